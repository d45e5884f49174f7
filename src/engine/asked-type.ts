// What kind of answer a question asks for, where its words say it unambiguously, and whether a passage states one.
//
// "jam brp meetup 5 mulai" asks for a time and "htm brp" for an amount, but no passage says "brp": its question
// words are dropped, and the write-up's passages that match only its title ("meetup 5") tie, the opening that
// merely names the event first. A write-up states a time or a price in a form of its own ("pukul 19.00", "19:00
// WIB", "7 pm"; "Rp50.000", "gratis", "free"), which a word cannot match. So among the passages of one write-up
// that match the question alike, the one that states what is asked comes first (see askedTypeFirst in answer.ts).
// Only that here: the score's reward across documents is answer-slot.ts's, for a kind of answer the question does
// not already say (the form alone, as rewarded before, was measured and dropped: docs/retrieval.md). Likewise a
// place ("di mana", "where", "lokasi": "bertempat di Aula Barat", "at CoHive, Jl. …") and a count ("berapa
// peserta", "how many teams": "48 peserta", "Twelve teams"), each stated in a form of its own too: a preposition
// before a capitalised name or an address, a number beside the noun asked or one that counts people. ("berapa"
// alone asks nothing: any number states it.)

import { columnCounts } from './table-counts.ts';
import { ENGLISH_WEEKDAYS, WEEKDAYS, WRITTEN_MONTHS } from './dates.ts';
import { isStopword } from './analyzer.ts';
import { groupBy } from './group-by.ts';
import { statingFirstIn } from './stating-first.ts';
import { askedMeasure } from './measure-slot.ts';
import { ENGLISH_CARDINALS, ENGLISH_TENS, INDONESIAN_UNITS } from './number-words.ts';
import { DI_MANA, FREE, HOW_MUCH, MANA, MEASURES, MONEY, namesMoney, PRICE, WHEN, withoutChatTail } from './question-words.ts';

/**
 * 'day': a day of the calendar and no time of day ("tanggal berapa", "hari apa", "what date"), which a passage that
 * states only a clock time ("selesai jam 10.00") does not answer; 'date or time': either ("kapan", "when").
 */
export type AskedType = 'time' | 'date or time' | 'day' | 'amount' | 'place' | CountAsked;
/** Whether `type` asks where or when: a place, a day, a time, or either of a day and a time (search.ts, answer.ts). */
export function asksPlaceOrTime(type: AskedType | null): boolean {
  return type === 'place' || type === 'day' || type === 'time' || type === 'date or time';
}
/** A count asked for, and the nouns it is asked of ("peserta" of "berapa peserta", "teams" of "how many teams"). */
export interface CountAsked {
  readonly count: readonly string[];
}

/** Whether what is asked is a count (CountAsked), not a time, a day, an amount or a place. */
export function asksCount(type: AskedType): type is CountAsked {
  return typeof type === 'object';
}

/**
 * The words of MONEY that say money and nothing more, so that any amount a passage states is one (isOfAskedKind):
 * not "sumbangan", "pengeluaran", "anggaran", "saldo", "kas", which say which sum is asked (a prize's "Rp 300.000"
 * is no donation, expense or budget).
 */
const MONEY_AS_SUCH: ReadonlySet<string> = new Set(['dana', 'dananya', 'uang', 'uangnya', 'duit', 'duitnya', 'money', 'funds']);
/**
 * The words of PRICE that say which payment is asked ("iuran sampah": the monthly dues, not the truck's haulage
 * fee; a ticket's price, "htm"), so that not any amount a passage states is it (isOfAskedKind).
 */
const WHICH_PAYMENT: ReadonlySet<string> = new Set(['iuran', 'htm', 'tiket', 'tiketnya', 'ticket', 'tickets']);
/**
 * Words of price with "-nya" that ask the price by themselves, with no "berapa" ("batik XXL harganya?"): not
 * "tiketnya" ("tiketnya sudah habis?") nor "bayarnya" ("bayarnya ke siapa"), which name a thing or an act.
 */
const PRICE_OF_IT: ReadonlySet<string> = new Set(['harganya', 'biayanya', 'ongkosnya', 'tarifnya']);
/** Question words that ask something other than a price beside such a word: "siapa yang menentukan harganya". */
const OTHER_ASKING: ReadonlySet<string> = new Set(['siapa', 'apa', 'apakah', 'kenapa', 'mengapa', 'bagaimana', 'gimana', 'who', 'what', 'why', 'how']);
/** The words of price that ask for one when a question opens with them ("harga kaos komunitas"): see priceFirst. */
const PRICE_HEAD: ReadonlySet<string> = new Set(['harga', 'hrg', 'htm', 'biaya', 'ongkos', 'tarif']);
/** The English words of price that "what is the … of" asks for. */
const PRICE_NAMED: ReadonlySet<string> = new Set(['price', 'cost', 'fee']);
/** Whether the question opens with a word of price (PRICE_HEAD) and names a thing after it. */
function priceFirst(words: readonly string[]): boolean {
  return words.length >= 2 && PRICE_HEAD.has(words[0]!);
}
/** The words after English "how much" that ask a price with no word of price: "how much was the workshop". */
const HOW_MUCH_OF: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "it's", 'does', 'did', 'do']);
/** The particles a chat question ends a yes-or-no question with: "bayar ga?", "gratis nggak?". */
const YES_NO: ReadonlySet<string> = new Set(['ga', 'gak', 'nggak', 'ngga', 'enggak', 'engga', 'tidak', 'ndak', 'nda', 'kah', 'ngak']);
/**
 * Words of the clock: before HOW_MUCH ("jam berapa", "pukul brp") they ask for a time of day. After it, "berapa
 * jam" asks a length of time, as "berapa lama" (measure-slot.ts), answered by "2 jam", not by "pukul 04.00".
 */
const CLOCK: ReadonlySet<string> = new Set(['jam', 'pukul', 'pkl', 'jm']);
/** Words of the calendar's day: beside HOW_MUCH they ask for a day ("tanggal berapa", "tgl brp"), as "kapan" does. */
const DATE_WORDS: ReadonlySet<string> = new Set(['tanggal', 'tanggalnya', 'tgl', 'tglnya']);
/** Words of price that are things counted too: "berapa tiket terjual" asks how many (see countedPrice). */
const COUNTABLE_PRICE: ReadonlySet<string> = new Set(['tiket', 'tiketnya', 'ticket', 'tickets']);
/** English words that ask where, only where they stand as a question's (see asksAt). */
const ENGLISH_WHERE: ReadonlySet<string> = new Set(['where', "where's"]);
/** Words that name a place as what is asked, with or without a word of where ("lokasi kopdar berikutnya"). */
const PLACE_ALONE: ReadonlySet<string> = new Set(['lokasi', 'lokasinya', 'alamat', 'alamatnya', 'venue', 'venuenya', 'location', 'address']);
/**
 * Those and the ones that name a place only with a word of where ("tempatnya di mana": alone, "tempat" is as often
 * a seat): the words that only name what is asked (isAskedTypeLabel).
 */
const PLACE: ReadonlySet<string> = new Set([...PLACE_ALONE, 'tempat', 'tempatnya']);
/** Words beside "alamat", "address" that make it no place: "alamat email", "web address" ("e-mail" is "e", "mail"). */
const NOT_PLACE_ADDRESS: ReadonlySet<string> = new Set(['email', 'emailnya', 'e', 'mail', 'surel', 'web', 'website', 'websitenya', 'situs', 'url']);

/**
 * Whether the word at `i` names a place as what is asked, without a word of where (PLACE_ALONE): not an email's or
 * a website's address, and English "address" only as a noun after "the", "an": "keynote address" is a talk, and
 * "how did the talk address security" a verb.
 */
function namesPlace(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (!PLACE_ALONE.has(w)) return false;
  if (w.startsWith('alamat') || w === 'address') {
    if (NOT_PLACE_ADDRESS.has(words[i - 1] ?? '') || NOT_PLACE_ADDRESS.has(words[i + 1] ?? '')) return false;
  }
  return w !== 'address' || words[i - 1] === 'the' || words[i - 1] === 'an';
}
/**
 * Words beside "berapa" that ask a measure or a date, not a count: "berapa lama", "berapa jam", "tahun berapa",
 * "umur berapa". (And a word of the clock before it, read before: "jam berapa".)
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  ...MEASURES, ...CLOCK, 'tahun', 'tanggal', 'tgl', 'bulan', 'nomor', 'no', 'ukuran',
  // ("juara ke berapa": which one, an ordinal.)
  'ke',
]);
/**
 * Words beside "berapa" that are no noun counted: a particle, "banyak" of "berapa banyak peserta", a verb or an
 * adverb before it ("ada berapa peserta", "sekitar berapa orang").
 */
const NOT_NOUNS: ReadonlySet<string> = new Set([
  'yang', 'yg', 'sih', 'ya', 'aja', 'saja', 'kah', 'an', 'banyak', 'jumlah', 'total', 'ada', 'sekitar', 'kira', 'kurang', 'lebih', 'dapat', 'dapet',
]);
/** Words an English question may open with before its question word: "and where was it held". */
const LEADING: ReadonlySet<string> = new Set(['and', 'so', 'but', 'ok', 'okay', 'oh']);
/**
 * Words after which an English "where" or "when" inside a sentence asks, as an indirect question: "do you know
 * where meetup 7 was held", "tell me when", "any idea where", "I wonder when".
 */
const ASKING: ReadonlySet<string> = new Set(['know', 'knows', 'tell', 'me', 'us', 'ask', 'asking', 'wonder', 'wondering', 'idea', 'remember', 'sure']);
/** English words that ask when, only where they stand as a question's (see asksAt). */
const ENGLISH_WHEN: ReadonlySet<string> = new Set(['when', "when's"]);

/**
 * A question's words, lower case, as a member types them: question words included (the analyzer's wordsOf drops
 * them), and split at a hyphen or a dot (its tokenize keeps "jam-berapa", "19.00" whole).
 */
function typedWords(question: string): readonly string[] {
  // (Without the particles and terms of address a chat question ends with: "harganya kak?" asks as "harganya?".)
  return withoutChatTail(question.normalize('NFKC').toLowerCase().match(TYPED_WORD) ?? []);
}
const TYPED_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/**
 * Whether the question's only words of price are things counted, asked how many of: "berapa tiket terjual", "berapa
 * tiket yang dijual" (a word of "yang" or a verb of ter- or di- after it), not "berapa tiketnya", "berapa tiket
 * meetup 9".
 */
function countedPrice(words: readonly string[]): boolean {
  const prices = words.flatMap((w, i) => (PRICE.has(w) ? [i] : []));
  return prices.every((i) => COUNTABLE_PRICE.has(words[i]!) && /^(?:yang|yg|(?:ter|di)\p{L}{3,})$/u.test(words[i + 1] ?? ''));
}

/**
 * What the question asks for, or null: an amount where a word of "how much" and one of price are both in it ("htm
 * brp", "berapa biaya meetup 7", "how much are the tickets"); a time where a word of the clock stands beside one
 * of "how much" ("jam brp", "mulai pukul berapa") or it says "what time"; a day or a time where it asks "kapan" or
 * "when" (in English where it asks, asksAt: elsewhere inside a question "when" joins clauses); a place where it
 * asks "di mana", "dimana", "where" (likewise where it asks) or names one ("lokasi", "alamat", "venue";
 * "tempat" only with "di mana": alone it is as often a seat); a count where "berapa" stands beside a noun or "how
 * many" before one, and what is asked is not an amount or a time (see countedNouns).
 */
export function askedType(question: string): AskedType | null {
  return askedTypeOf(typedWords(question));
}

/**
 * askedType and, of the same reading of the question's words, whether it asks where or when (`whereOrWhen`),
 * whatever else it asks too: "jam berapa dan di mana meetup 6" asks a time first, and a place.
 */
export function readAsked(question: string): { type: AskedType | null; whereOrWhen: boolean } {
  const words = typedWords(question);
  return { type: askedTypeOf(words), whereOrWhen: whereOrWhen(words) };
}

function whereOrWhen(words: readonly string[]): boolean {
  return asksWhen(words) || asksWhere(words);
}

/**
 * Whether an English "where" or "when" at `i` asks it: as the question's first word (after "and", "so", "but"
 * too), its last, as a chat asks it, "meetup 6 where?", or after a word of asking, "do you know where …". Elsewhere
 * inside a question it joins clauses: "the room where …", "what happened when the keynote began".
 */
function asksAt(words: readonly string[], i: number): boolean {
  return i === 0 || (i === 1 && LEADING.has(words[0]!)) || i === words.length - 1 || ASKING.has(words[i - 1]!);
}

/** Whether the word at `i` stands beside one of "how much" ("tgl brp", "berapa biaya"). */
function besideHow(words: readonly string[], i: number): boolean {
  return HOW_MUCH.has(words[i - 1] ?? '') || HOW_MUCH.has(words[i + 1] ?? '');
}

/**
 * Whether the question asks when: "kapan", an English "when" where it asks, a word of date beside "berapa", or a
 * day or date asked with "apa" after it or "what"/"which" before it ("meetup 7 hari apa", "tanggal apa", "what date
 * is the meetup", "which day"): the same question in other words.
 */
function asksWhen(words: readonly string[]): boolean {
  return asksDateOrTime(words) || asksDay(words);
}

/** Whether the question asks a day or a time, either: "kapan", an English "when" where it asks (see asksAt). */
function asksDateOrTime(words: readonly string[]): boolean {
  return words.some((w, i) => WHEN.has(w) || (ENGLISH_WHEN.has(w) && asksAt(words, i)));
}

/** Whether the question asks a day by a word of the calendar ("tanggal berapa", "hari apa", "what date"). */
function asksDay(words: readonly string[]): boolean {
  return words.some(
    (w, i) => (DATE_WORDS.has(w) && besideHow(words, i)) || (DAY_WORDS.has(w) && (WHICH_AFTER.has(words[i + 1] ?? '') || WHICH_BEFORE.has(words[i - 1] ?? ''))),
  );
}

/** Words of a day or a date that "apa" after them or "what"/"which" before them ask for: "hari apa", "what date". */
const DAY_WORDS: ReadonlySet<string> = new Set([...DATE_WORDS, 'hari', 'harinya', 'date', 'day']);
/** "Which" after a word, as Indonesian asks it ("hari apa"). */
const WHICH_AFTER: ReadonlySet<string> = new Set(['apa', 'apakah']);
/** "Which" before a word, as English asks it ("what date"). */
const WHICH_BEFORE: ReadonlySet<string> = new Set(['what', 'which']);

function asksWhere(words: readonly string[]): boolean {
  return words.some((w, i) => DI_MANA.has(w) || (MANA.has(w) && words[i - 1] === 'di') || (ENGLISH_WHERE.has(w) && asksAt(words, i)));
}

function askedTypeOf(words: readonly string[]): AskedType | null {
  const how = words.some((w) => HOW_MUCH.has(w)) || words.some((w, i) => w === 'how' && words[i + 1] === 'much');
  // (Not where "berapa" asks something else beside it, whatever word of price or of money the question has:
  // "berapa orang yang ikut donasi" asks how many gave, "tanggal berapa dana diserahkan", "tanggal berapa bayar
  // iuran" when.)
  const priced = words.some((w) => PRICE.has(w)) && !countedPrice(words);
  if (how && (priced || words.some((w) => MONEY.has(w))) && !asksOtherThanMoney(words)) return 'amount';
  // ("meetup 1 bayar ga?", "gratis nggak": whether there is a price asks for it, answered by "free" or an amount.)
  if (words.some((w, i) => (PRICE.has(w) || FREE.has(w)) && YES_NO.has(words[i + 1] ?? ''))) return 'amount';
  // ("how much was the rust workshop", "how much is membership": of a thing, not of a stuff, "how much data",
  // English asks its price with a verb of being or doing right after.)
  if (words.some((w, i) => w === 'how' && words[i + 1] === 'much' && HOW_MUCH_OF.has(words[i + 2] ?? ''))) return 'amount';
  // ("batik XXL harganya?", "study tour biayanya": a chat asks a price by its word and "-nya", its price, last and
  // alone; "siapa yang menentukan harganya" asks who, "harganya naik ga" something else.)
  if (PRICE_OF_IT.has(words[words.length - 1] ?? '') && !words.some((w) => HOW_MUCH.has(w) || OTHER_ASKING.has(w)) && !asksWhen(words) && !asksWhere(words)) return 'amount';
  // ("harga kaos komunitas", "htm konser amal", "what is the fee for the class": a price asked by its word first,
  // of the thing named after it, with nothing else asked. Not "tiket" or "iuran" first, which name a thing as
  // often as its price, "tiket masih ada?", "iuran agustusan dibayar kapan".)
  if (priceFirst(words) && !words.some((w) => HOW_MUCH.has(w) || OTHER_ASKING.has(w) || YES_NO.has(w)) && !asksWhen(words) && !asksWhere(words)) return 'amount';
  if (words[0] === 'what' && (words[1] === 'is' || words[1] === 'was') && words[2] === 'the' && PRICE_NAMED.has(words[3] ?? '') && (words[4] === 'of' || words[4] === 'for')) return 'amount';
  if (words[0] === "what's" && words[1] === 'the' && PRICE_NAMED.has(words[2] ?? '') && (words[3] === 'of' || words[3] === 'for')) return 'amount';
  // ("sewa studio per jam brp", "les gitar per bulan berapa": a unit of time after "per", right before "berapa",
  // is what a price is of, a rate; "jam" there is no clock, and the opening's "Buka jam 10.00" was put first. Only
  // with no word after "berapa" that it counts or measures: "per hari berapa band", "per minggu berapa jam".)
  if (words.some((w, i) => words[i - 1] === 'per' && PER_TIME_UNIT.has(w) && HOW_MUCH.has(words[i + 1] ?? '') && (words[i + 2] === undefined || isStopword(words[i + 2]!))) && !asksOtherThanMoney(words.filter((w) => !PER_TIME_UNIT.has(w)))) return 'amount';
  if (words.some((w, i) => CLOCK.has(w) && HOW_MUCH.has(words[i + 1] ?? ''))) return 'time';
  if (words.some((w, i) => w === 'what' && words[i + 1] === 'time')) return 'time';
  // (English "when" and "where" only where they ask: see asksAt. "santunan yatim tgl brp" asks the day, not a
  // count; read as a name of the event, "tgl" kept it unanswered.)
  // ("photo walk januari tanggal berapa" asks the day: the route's "selesai jam 10.00" states none. "kapan" and
  // "when" ask either, and with one of them beside it, "kapan tanggal berapa", so does the question.)
  if (asksDateOrTime(words)) return 'date or time';
  if (asksDay(words)) return 'day';
  if (asksWhere(words) || words.some((_, i) => namesPlace(words, i))) return 'place';
  // (Nor a count where a measure is asked (measure-slot.ts): "andong" of "tinggi andong berapa", "salak" of
  // "ketinggian gunung salak berapa" name what is measured, and a write-up's "46 orang" is no answer.)
  const counted = countedNouns(words);
  return counted.length > 0 && askedMeasure(words) === null ? { count: counted } : null;
}

/**
 * The nouns a question asks the count of: the words beside "berapa" ("berapa peserta", "meetup 6 berapa peserta",
 * "kuotanya berapa"), those after "how many"; a particle's "-nya" left off ("kuotanya" counts "kuota"). None where
 * it asks a measure or a date ("berapa lama", "tahun berapa"): see NOT_COUNTED.
 */
function countedNouns(words: readonly string[]): string[] {
  const nouns = new Set<string>();
  const noun = (w: string | undefined) => w !== undefined && /^\p{L}{2,}$/u.test(w) && !NOT_NOUNS.has(w) && !HOW_MUCH.has(w);
  words.forEach((w, i) => {
    if (w === 'how' && words[i + 1] === 'many') {
      if (noun(words[i + 2])) nouns.add(words[i + 2]!);
      return;
    }
    if (!HOW_MUCH.has(w)) return;
    // ("berapa banyak peserta": the noun after "banyak"; "peserta ada berapa": the one before "ada".)
    const next = words[i + 1] === 'banyak' ? i + 2 : i + 1;
    let previous = words[i - 1] === 'ada' ? i - 2 : i - 1;
    // ("kuota penonton vol 8 brp", "penonton ke-3 berapa", "peserta meetup 12 berapa": a number right before
    // "berapa" numbers the event named before it, and is no count; the noun counted stands before the event's
    // word; "s2", "vol8", the event's word written into the number, stand right after it.)
    const numbering = words[previous];
    if (numbering !== undefined && EVENT_NUMBER.test(numbering)) {
      if (/^\p{L}/u.test(numbering)) previous -= 1;
      else if (previous >= 2) previous -= 2;
    }
    // (With "-nya" as without it: "tingginya berapa" asks a height, as "tinggi berapa" does.)
    if ([words[previous], words[next]].some((b) => b !== undefined && (NOT_COUNTED.has(b) || NOT_COUNTED.has(withoutNya(b))))) return;
    for (const b of [words[next], words[previous]]) if (noun(b)) nouns.add(b!);
  });
  return [...nouns].map(withoutNya);
}

/** A number that numbers an event: digits, or "s2", "vol8" (one to three letters before them). */
const EVENT_NUMBER = /^\p{L}{0,3}\d{1,3}$/u;

/** A word without a particle's "-nya" ("kuotanya" → "kuota"), a word of six letters or more. */
function withoutNya(w: string): string {
  return w.length > 5 && w.endsWith('nya') ? w.slice(0, -3) : w;
}

// A time of day: "pukul 19.00", "jam 7", "19:00", "19.00 WIB", "7 pm", "9:30 a.m.". Two digits after the
// separator, not followed by more: "12.500" and "1.500.000" are numbers, not times. Not "jam" after a number of
// one or two digits: "1 jam 30 menit" is a length of time ("6 Juni 2026 jam 9", "2026 pukul 9" give the time).
const CLOCK_TIME = /(?<![\p{L}\p{N}.,:])(?:(?:pukul|pkl|(?<!(?<!\p{N})\p{N}{1,2}\s*)jam)\s+\d{1,2}(?:[.:][0-5]\d)?|\d{1,2}[.:][0-5]\d(?!\d|[.,]\d)|\d{1,2}(?:[.:][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/iu;
// A day: a month's name with a day beside it ("22 November", "November 22"), a date in numbers ("12/7",
// "12-07-2025"; a hyphen only with the year: "menang 3-1" is a score, "sesi 1-2" a range), or a day of the week
// (not "minggu" alone, as often a week: "dua minggu sebelum acara"; but "hari Minggu", and "Ahad"), and a day with
// an ordinal before its month ("15th of June", "21st June": without them a "hari apa" or "what date" question put a
// deadline's "hari Kamis", "on Friday" ahead of the event's day).
const MONTH = `(?:${[...WRITTEN_MONTHS.keys()].join('|')})`;
const DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}\s+${MONTH}|\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?${MONTH}|hari\s+minggu|ahad|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\p{N}])`,
  'iu',
);
/** Nouns that count people or the groups they come in, whatever the question calls them. */
const COUNTING = [
  'orang', 'peserta', 'anggota', 'tim', 'kelompok', 'pengunjung', 'relawan', 'tamu', 'pendaftar', 'penonton', 'member',
  'people', 'persons', 'participants?', 'attendees?', 'members?', 'teams?', 'guests?', 'volunteers?', 'visitors?', 'registrants?',
];
/**
 * Nouns of people after a number of thousands or millions make it a count, not a sum: "50 ribu orang", "2 juta
 * penonton", "50k runners" (COUNTING, and the people a crowd is said in).
 */
const PEOPLE_AFTER = [...COUNTING, 'jiwa', 'warga', 'penduduk', 'pelari', 'runners?', 'spectators?', 'fans?', 'siswa', 'mahasiswa', 'jemaah', 'jamaah', 'students?'].join('|');
/**
 * A word of price just before the number (or one word before it) makes it a sum whatever follows: the price for
 * those people, "HTM 50k mahasiswa", "Harga tiket: 25 ribu anggota", "Iuran 20rb member".
 */
const PRICE_BEFORE = String.raw`(?<=(?<![\p{L}])(?:harga|hrg|htm|biaya|tiket|iuran|ongkos|tarif|price|fee|ticket|cost)(?:nya|s)?(?:\s+\p{L}+)?\s*:?\s*)`;
// An amount of money: "Rp50.000", "Rp 25 ribu", "IDR 30,000", "USD 20", "50rb", "50k", "25.000 rupiah", "20
// dollars", "$10", or none at all: "gratis", "free" (a word of its own: "freelance", "freedom" say nothing of a
// price; nor do "car free day", a street closed to cars, "sugar-free", without sugar, or "feel free").
const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:rp\.?\s?\d|(?:idr|usd)\s?\d|${PRICE_BEFORE}\d+(?:[.,]\d+)*\s?(?:rb|ribu|jt|juta|k|rupiah|usd|dollars?)(?![\p{L}\p{N}])|\d+(?:[.,]\d+)*\s?(?:rb|ribu|jt|juta|k|rupiah|usd|dollars?)(?![\p{L}\p{N}])(?!\s+(?:${PEOPLE_AFTER})(?![\p{L}]))|gratis|(?<!-|car[\s-]|feel\s)free(?![\p{L}\p{N}])|cuma-cuma)|[$€£]\s?\d`,
  'iu',
);
const AMOUNTS = new RegExp(AMOUNT.source, 'giu');
/** The number at an amount's first digit, and what is no digit of it ("Rp 175.000": 175000). */
const AMOUNT_NUMBER = /\d+(?:[.,]\d+)*/y;
const NOT_DIGITS = /\D/gu;
const DIGIT = /\d/u;

/**
 * Whether `text` states an amount of money (as statesAskedType's) other than the numbers `said` (digits only, as
 * answer-slot.ts reads a question's): "Rp 275.000" for "biaya daftar 21K fun run berapa", not the race's "21K"
 * restated. "Gratis", "free" say no number: always one.
 */
export function statesAmountOtherThan(said: ReadonlySet<string>, text: string): boolean {
  return amountsOtherThan(said, text, true).length > 0;
}

/** A sum's number and what follows it to its end: "275.000" of "Rp 275.000", "19,797 miliar" of "Rp 19,797 miliar". */
const AMOUNT_REST = /\d+(?:[.,]\d+)*(?:,-)?(?:\s?(?:rb|ribu|jt|juta|miliar|milyar|triliun|k|rupiah|usd|dollars?)(?![\p{L}\p{N}]))?/iuy;

/**
 * Where `text` states an amount of money other than the numbers `said` (see statesAmountOtherThan): each sum
 * whole, its currency, number and unit ("Rp 19,797 miliar", "50rb", "gratis"), for an excerpt to show and
 * highlight (answer-slot.ts's answerValues). `first`: stop at the first one.
 */
export function amountsOtherThan(said: ReadonlySet<string>, text: string, first = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  AMOUNTS.lastIndex = 0;
  for (let m = AMOUNTS.exec(text); m !== null; m = AMOUNTS.exec(text)) {
    const digit = m[0].search(DIGIT);
    let end = m.index + m[0].length;
    if (digit >= 0) {
      AMOUNT_NUMBER.lastIndex = m.index + digit;
      if (said.has(AMOUNT_NUMBER.exec(text)![0].replace(NOT_DIGITS, ''))) continue;
      AMOUNT_REST.lastIndex = m.index + digit;
      end = Math.max(end, m.index + digit + AMOUNT_REST.exec(text)![0].length);
      AMOUNTS.lastIndex = end;
    }
    found.push([m.index, end]);
    if (first) break;
  }
  return found;
}

// A place: a preposition before a capitalised name ("di Aula Barat", "at the GoWork coworking space", "bertempat di
// Restoran Sederhana"; not a month's or a day's name, "di Sabtu", nor an owner, "at Google's booth"), an address
// ("Jl. Diponegoro 22", "Jalan Braga"), a label of place before a colon ("Lokasi: …", "Venue: …"), or no place but
// a call ("online", "daring"). The preposition in lower case, as a sentence has it before a name: "Di sesi kedua"
// opens a sentence; Markdown's bold or italics may open before the name, as chat announcements write the venue
// ("di **Inul Vizta Galaxy Mall**"). English "in" only after a verb of taking place ("held in Bandung"): elsewhere
// it is as often a language or a month ("written in Rust", "in February").
// (Case matters but for the first letter of those names, which a write-up capitalises: "in February".)
const NOT_PLACES = [...WRITTEN_MONTHS.keys(), ...WEEKDAYS, ...ENGLISH_WEEKDAYS].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const PLACE_LABEL_WORD = String.raw`(?:[Ll]okasi|[Tt]empat|[Vv]enue|[Ll]ocation|[Aa]lamat|[Aa]ddress)`;
const PLACE_LABEL = String.raw`${PLACE_LABEL_WORD}\s*:`;
const PLACE_STATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:di|at|ke|(?:held|place|happened|hosted|located)\s+in)\s+(?:the\s+)?(?:\*{1,2}|_{1,2})?(?!(?:${NOT_PLACES})(?![\p{L}]))\p{Lu}(?![\p{L}-]*['’]s(?![\p{L}]))|[Jj](?:l|ln|alan)\.?\s+\p{Lu}|${PLACE_LABEL}|[Oo]nline|[Dd]aring)`,
  'u',
);
/**
 * A place given under a label ("Tempat: Galeri …", "Lokasi: …"): where a write-up has one, a name after "di" or
 * "ke" in its other passages is more often a person or a channel than the place ("Daftar ke Anggi di thread ini",
 * "diumumkan di Discord"), and askedTypeFirst reads only this. Not a street's name: a route passes several ("Rute:
 * Gedung Merdeka → Jl. Braga", "hill repeat di tanjakan Jl. Raya Bandungan"), where the venue is another.
 * Read as answer-slot.ts's LABELLED reads a label (labelledLine): at a line's start (a list's mark and Markdown's
 * bold around it, "**Tempat:** Aula SD"), a capitalised name after it. Not a label that gives none ("Lokasi:
 * menyusul, diumumkan H-3" came ahead of the update's "di Kafe Halaman"; nor "Lokasi: Menyusul", PLACE_NOT_YET),
 * nor "address:" inside a sentence ("Write to our email address: hello@…" came ahead of "held at the CoHive
 * building").
 */
const PLACE_GIVEN = labelledLine(PLACE_LABEL_WORD, String.raw`(\p{Lu}[\p{L}\p{N}'-]*)`, 'gmu');
/**
 * A label's value that says the place is still to come, "Lokasi: Menyusul", "Tempat: TBA", "Lokasi: Belum
 * ditentukan", "Akan diumumkan": a notice with no place yet, whose capitalised word is no name (here and in
 * answer-slot.ts's labelled places).
 */
export const PLACE_NOT_YET = /^(?:menyusul|tba|tbc|tbd|belum|akan|segera|nanti|dirahasiakan)$/iu;

/** Whether `text` gives a place under a label (PLACE_GIVEN), not one still to come. */
function givesPlace(text: string): boolean {
  for (const m of text.matchAll(PLACE_GIVEN)) if (!PLACE_NOT_YET.test(m[1]!)) return true;
  return false;
}

/**
 * A label at a line's start and its value after the colon ("**Titik kumpul:** Stasiun Bogor", "- Lokasi: Gedung
 * Serbaguna": a list's mark and Markdown's bold around the label), `label` and `value` patterns: the one shape of
 * a labelled line, for PLACE_GIVEN and answer-slot.ts's LABELLED.
 */
export function labelledLine(label: string, value: string, flags: string): RegExp {
  return new RegExp(String.raw`^[ \t]*(?:[-•][ \t]+)?\**${label}\**[ \t]*:\**[ \t]*${value}`, flags);
}

// A number that counts: digits (not "#6", not a part of "19.00" or "2026-01") or a number in words (number-words.ts's,
// and the words of many: "hundreds", "puluhan").
const NUMBER_WORDS = [
  ...ENGLISH_CARDINALS, ...ENGLISH_TENS, 'hundred', 'hundreds', 'dozen', 'dozens',
  ...INDONESIAN_UNITS, 'sepuluh', 'sebelas', String.raw`\p{L}+\s+belas`, String.raw`\p{L}+\s+puluh`, 'puluhan', 'seratus', 'ratusan', 'ribuan',
];
const NUMBER = String.raw`(?:(?<![#\p{L}\p{N}.,:/-])\d+(?:[.,]\d{3})*(?![\p{N}]|[.,:/-]\p{N})|(?<![\p{L}])(?:${NUMBER_WORDS.join('|')})(?![\p{L}]))`;
/**
 * Whether "berapa" stands beside a word that asks something other than a sum of money, whatever word of money or
 * of price the question has: a time or a day ("tanggal berapa dana diserahkan", "tanggal berapa bayar iuran", "jam
 * berapa"), a measure other than the sum's size ("berapa lama donasi dibuka", not "berapa besar dana"), a number or
 * an ordinal ("nomor berapa", "ke berapa"), or a count of people, days or times ("berapa orang yang ikut donasi":
 * COUNTING; not a rate, "per orang").
 */
function asksOtherThanMoney(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!HOW_MUCH.has(w)) return false;
    const beside = [words[words[i + 1] === 'banyak' ? i + 2 : i + 1] ?? '', words[i - 1] ?? ''];
    // (A person after "per" is a rate, not a count: "harga tiket per orang berapa".)
    const rate = PER.has(words[i - 2] ?? '');
    return beside.some((b, j) => NOT_MONEY.has(b) || (PEOPLE.test(b) && !(j === 1 && rate)));
  });
}
/** Units of time a price is asked per: "sewa studio per jam brp" (see askedTypeOf). */
const PER_TIME_UNIT: ReadonlySet<string> = new Set(['jam', 'hari', 'malam', 'minggu', 'bulan', 'tahun', 'sesi']);
/** Words before a noun of people that make it a rate: "per orang", "tiap peserta". */
const PER: ReadonlySet<string> = new Set(['per', 'tiap', 'setiap', 'each']);
const NOT_MONEY: ReadonlySet<string> = new Set([...CLOCK, ...DATE_WORDS, ...NOT_COUNTED, 'hari', 'kali'].filter((w) => w !== 'besar'));
const PEOPLE = new RegExp(`^(?:${COUNTING.join('|')})$`, 'u');
const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether `text` states a count of `nouns` (CountAsked.count) or of people: a number, then up to one word, then
 * the noun ("48 participants", "Twelve teams", "sekitar 60 orang", "40 peserta baru"); or the noun asked, then up
 * to one word or a colon, then a number ("kuota 50", "Peserta: 48", "limited to 60" is not one: "seats" asked).
 */
function statesCount(nouns: readonly string[], text: string): boolean {
  const { after, before } = countPatterns(nouns);
  // (Or in a table, the noun in its column's header: "| Buku terkumpul |" over "| 412 |".)
  return after.test(text) || before.test(text) || columnCounts(nouns, text).length > 0;
}

/**
 * Whether `text` states a count of `nouns` themselves (statesCount without its nouns of people): "dari 418
 * donatur", "Donatur: 418", a column headed with the noun. "Peak viewer 1.120 orang" counts people, not donors.
 */
export function statesCountOf(nouns: readonly string[], text: string): boolean {
  const { own, before } = countPatterns(nouns);
  return own.test(text) || before.test(text) || columnCounts(nouns, text).length > 0;
}

// (The patterns of the question last asked: a question reads them for every passage of the write-ups it ranks.)
let lastCount: { key: string; after: RegExp; own: RegExp; before: RegExp } | undefined;

function countPatterns(nouns: readonly string[]): { after: RegExp; own: RegExp; before: RegExp } {
  const key = nouns.join('\u0000');
  if (lastCount?.key === key) return lastCount;
  const asked = nouns.map((n) => `${escaped(n)}(?:s|es|nya)?`);
  const counted = [...COUNTING, ...asked].join('|');
  const after = new RegExp(String.raw`${NUMBER}\s+(?:[\p{L}-]+\s+)?(?:${counted})(?![\p{L}])`, 'iu');
  // (With no noun asked, patterns that match nothing: "(?!)".)
  const own = new RegExp(asked.length === 0 ? '(?!)' : String.raw`${NUMBER}\s+(?:[\p{L}-]+\s+)?(?:${asked.join('|')})(?![\p{L}])`, 'iu');
  const before = new RegExp(asked.length === 0 ? '(?!)' : String.raw`(?<![\p{L}])(?:${asked.join('|')})(?:\s*:|\s+[\p{L}]+)?\s+${NUMBER}`, 'iu');
  lastCount = { key, after, own, before };
  return lastCount;
}

/** Whether a passage's text states what `type` asks for. */
export function statesAskedType(type: AskedType, text: string): boolean {
  if (typeof type === 'object') return statesCount(type.count, text);
  if (type === 'place') return PLACE_STATED.test(text);
  if (type === 'amount') return AMOUNT.test(text);
  if (type === 'time') return CLOCK_TIME.test(text);
  if (type === 'day') return DAY.test(text);
  return CLOCK_TIME.test(text) || DAY.test(text);
}

/**
 * Words that make the date or time right after them, in the same clause, a deadline's: the last day to register
 * or to send something ("ditutup 20 November", "paling lambat 3 Mei", "batas pendaftaran: 1 Mei", "deadline kirim
 * demo 31 Agustus", "register before 5 May", "applications close on Friday"), not the day the event is held.
 */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:deadline|batas|lambat|selambat-lambatnya|ditutup|tutup|close|closes|closed|closing|due)(?![\p{L}])/iu;
/**
 * Words of a deadline only right before the date (after "tanggal", "tgl", "hari" or "on" at most): "daftar sebelum
 * 20 November", "kirim maks 31 Agustus", "register before Friday". Further back they say other things: "datang 15
 * menit sebelum acara dimulai pukul 09.00" gives the time the event starts, "kuota maks 15 orang, Sabtu 3 Mei" its
 * day.
 */
const DEADLINE_JUST_BEFORE = /(?<![\p{L}])(?:sebelum|maks|maksimal|before)\.?\s+(?:(?:tanggal|tgl\.?|hari|on)\s+)?$/iu;
/**
 * Where a clause ends, before a date: a sentence's end, a semicolon, a line's end, a bracket. (Not the period of
 * "tgl.", "pkl.", "maks.": "ditutup tgl. 20 November" is one clause.)
 */
const CLAUSE_END = /[;!?\n()]|(?<!(?<![\p{L}])(?:tgl|pkl|maks|max))\.\s/giu;
const DAYS = new RegExp(DAY.source, 'giu');
const CLOCK_TIMES = new RegExp(CLOCK_TIME.source, 'giu');
/** How far back (characters) within its clause a word of a deadline makes a date a deadline's. */
const DEADLINE_REACH = 60;

/**
 * Whether a passage's text states the day or the time an event is held, where `type` asks when (a day, a time or
 * either): a date or a time that no word of a deadline stands before in its clause (DEADLINE_BEFORE; "sebelum",
 * "maks", "before" only right before it: DEADLINE_JUST_BEFORE). "Link
 * daftar … (ditutup 20 November 2025)" states when registration closes, not when the book talk is; a question
 * that asks when an event is wants the day it is held, unless it asks the deadline (asksDeadline). Other types
 * as statesAskedType.
 */
export function statesHeldTime(type: AskedType, text: string): boolean {
  if (type !== 'day' && type !== 'time' && type !== 'date or time') return statesAskedType(type, text);
  return (type !== 'time' && heldMatch(DAYS, text)) || (type !== 'day' && heldMatch(CLOCK_TIMES, text));
}

/** Whether some match of `pattern` (global) in `text` has no word of a deadline before it in its clause. */
function heldMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  let stated: number[] | undefined;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = Math.max(0, m.index - DEADLINE_REACH);
    const before = text.slice(start, m.index);
    let from = 0;
    CLAUSE_END.lastIndex = 0;
    for (let e = CLAUSE_END.exec(before); e !== null; e = CLAUSE_END.exec(before)) from = e.index + e[0].length;
    let clause = before.slice(from);
    if (DEADLINE_BEFORE.test(clause) || DEADLINE_JUST_BEFORE.test(clause)) {
      // (A deadline's word says of the date right after it, not of one that words of their own follow it with:
      // "Pendaftaran ditutup 20 November, acaranya Sabtu 22 November" states the day held; "ditutup Kamis, 20
      // November 2025 pukul 23.59" is one deadline. Read only where a word of a deadline stands before.)
      stated ??= statedEnds(text);
      const at = m.index;
      const previous = stated.filter((e) => e >= start + from && e <= at).at(-1);
      if (previous !== undefined && ownWords(text.slice(previous, at))) clause = text.slice(previous, at);
    }
    if (!DEADLINE_BEFORE.test(clause) && !DEADLINE_JUST_BEFORE.test(clause)) return true;
  }
  return false;
}

// (Copies of DAYS and CLOCK_TIMES: heldMatch reads one of those while statedEnds reads the text.)
const DAYS_STATED = new RegExp(DAY.source, 'giu');
const CLOCK_TIMES_STATED = new RegExp(CLOCK_TIME.source, 'giu');

/** Where each date and time stated in `text` ends. */
function statedEnds(text: string): number[] {
  const ends: number[] = [];
  for (const pattern of [DAYS_STATED, CLOCK_TIMES_STATED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) ends.push(m.index + m[0].length);
  }
  return ends.sort((a, b) => a - b);
}

/** Words that join a date to the time or the day of the same one: "Kamis, 20 November 2025 pukul 23.59 WIB". */
const DATE_JOINING: ReadonlySet<string> = new Set([
  'pukul', 'pkl', 'jam', 'wib', 'wita', 'wit', 'pagi', 'siang', 'sore', 'malam', 'tanggal', 'tgl', 'hari', 'at', 'on', 'of', 'the',
]);

/** Whether `gap` between two dates holds a word of its own (not DATE_JOINING). */
function ownWords(gap: string): boolean {
  return (gap.toLowerCase().match(/\p{L}{2,}/gu) ?? []).some((w) => !DATE_JOINING.has(w));
}

/**
 * Words of a question that ask about a deadline or about registering, whose last day is the date asked for:
 * "kapan batas pendaftaran", "deadline daftar kapan", "paling lambat kapan", "when does registration close".
 */
const DEADLINE_ASKED: ReadonlySet<string> = new Set([
  'deadline', 'deadlinenya', 'batas', 'batasnya', 'lambat', 'tutup', 'ditutup', 'close', 'closes', 'closing', 'due',
  'daftar', 'pendaftaran', 'pendaftarannya', 'mendaftar', 'registrasi', 'register', 'registration', 'signup',
]);

/** Whether a question asks a deadline or when to register (DEADLINE_ASKED), not when an event is held. */
export function asksDeadline(question: string): boolean {
  // (With "-nya" too: "jam berapa tutupnya", "kapan daftarnya".)
  return typedWords(question).some((w) => DEADLINE_ASKED.has(w) || (w.endsWith('nya') && DEADLINE_ASKED.has(w.slice(0, -3))));
}

/** Words of a question right before the time asked that make it the end: "sampai jam berapa", "until what time". */
const UNTIL: ReadonlySet<string> = new Set(['sampai', 'sampe', 'hingga', 'until', 'till', 'til']);
/** Words of the time asked: "jam", "pukul" of "sampai jam berapa", "what" of "until what time". */
const TIME_ASKED: ReadonlySet<string> = new Set(['jam', 'pukul', 'pkl', 'what']);
/** Words of a question that ask when an event ends: "selesai jam berapa", "jam berapa bubar", "what time does it end". */
const ENDING: ReadonlySet<string> = new Set([
  'selesai', 'selese', 'kelar', 'beres', 'bubar', 'berakhir', 'usai', 'end', 'ends', 'ended', 'finish', 'finishes', 'finished', 'over',
]);

/**
 * Whether a question asks the time an event ends (a time of day asked with "sampai", "hingga", "until" right before
 * it, or a word of ending beside "jam", "pukul", "time"), not its deadline (asksDeadline): "acara sampai jam
 * berapa", "selesai jam berapa", "until what time is the gig". Not "jam berapa sampai di puncak" (arriving).
 */
export function asksEndTime(question: string): boolean {
  if (asksDeadline(question)) return false;
  const w = typedWords(question);
  let timed = false;
  let ending = false;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (UNTIL.has(x) && TIME_ASKED.has(w[i + 1] ?? '')) return true;
    if (x === 'jam' || x === 'pukul' || x === 'pkl' || x === 'time') timed = true;
    if (ENDING.has(x)) ending = true;
  }
  return timed && ending;
}

/**
 * A clock time that ends something: the end of a range ("09.00–15.00", "19.45 s/d 23.30", "dari jam 9 sampai jam
 * 12") or a time after a word of ending ("Acara ditutup jam 22.00", "selesai pukul 21.00", "ends at 9 pm"). For a
 * question that asks an end time (asksEndTime), "ditutup" before a time closes the event, not a registration
 * (unless its clause says one: see statesEndTime).
 */
const END_TIME = new RegExp(
  String.raw`(?:(?:[-–—]|\bs(?:\/|\.?\s?)d\.?|\b(?:sampai|sampe|hingga|until|till|to)\b)\s*|(?<![\p{L}])(?:ditutup|tutup|selesai|berakhir|bubar|usai|kelar|ends?|ended|finish(?:es|ed)?|closes?|closed)\s+(?:(?:sekitar|kira-kira|tepat|sekira|at|around|on)\s+)?(?:(?:pada|at)\s+)?)(?:${CLOCK_TIME.source})`,
  'iu',
);

const END_TIMES = new RegExp(END_TIME.source, 'giu');
/**
 * Words of registering, which make a closing time in their clause a registration's, no end of the event:
 * "Pendaftaran tenant lewat form, ditutup jam 20.00", "Registration closes at 11 pm".
 */
const REGISTERING = /(?<![\p{L}])(?:daftar|pendaftaran|pendaftarannya|mendaftar|registrasi|register|registration|signup)(?![\p{L}])/iu;

/**
 * Whether `text` states a time something ends (END_TIME), where no word of registering stands before it in its
 * clause (REGISTERING; the clause as statesHeldTime reads it).
 */
export function statesEndTime(text: string): boolean {
  END_TIMES.lastIndex = 0;
  for (let m = END_TIMES.exec(text); m !== null; m = END_TIMES.exec(text)) {
    const before = text.slice(Math.max(0, m.index - DEADLINE_REACH), m.index);
    let from = 0;
    CLAUSE_END.lastIndex = 0;
    for (let e = CLAUSE_END.exec(before); e !== null; e = CLAUSE_END.exec(before)) from = e.index + e[0].length;
    if (!REGISTERING.test(before.slice(from))) return true;
  }
  return false;
}

type Ranked = { passage: { docId: string; text: string }; coverage: number; paired?: true };

/**
 * `hits` with, in the places each write-up's passages hold, a passage that states what `type` asks for moved ahead
 * of the passages of the same write-up that match no more of the question than it does (`coverage`: the share of
 * the question a passage matches, leaving out the words that only name what is asked, "jam" of "jam berapa",
 * "bayar" of "bayar brp": the talk's "layanan pembayaran" says "bayar" and no price). Never ahead of a passage
 * that numbers what the question numbers (Hit.paired) when it does not, nor ahead of one that `keeps` its place
 * when it does not (a passage that speaks of the coming one, for "meetup berikutnya di mana": see answer.ts). Other
 * write-ups' places, and the order of the rest, are unchanged: a tie-breaker within the write-up, not a score.
 * With `held`, a date or a time states when only where it is not a deadline's (statesHeldTime): for a question
 * that asks when an event is, not its deadline (asksDeadline). With `held` 'end', where a passage of a write-up
 * states an end time (statesEndTime), only such passages state it: the question asks when the event ends
 * (asksEndTime). With `stating`, where some passages of a write-up state what is asked as it reads them (an
 * amount of the thing asked: see value-owner.ts), only those do.
 */
export function askedTypeFirst<H extends Ranked>(
  hits: readonly H[],
  type: AskedType,
  coverage: (hit: H) => number,
  keeps: (hit: H) => boolean = () => false,
  held: boolean | 'end' = false,
  stating?: (hit: H) => boolean,
): H[] {
  const places = groupBy(hits.keys(), (i) => hits[i]!.passage.docId);
  // (Read only where a write-up holds two places or more: a question ranks thousands of passages of reference
  // text, one a document.)
  const states = new Map<H, boolean>();
  const stated = (h: H) => states.get(h) === true;
  const out = [...hits];
  for (const own of places.values()) {
    if (own.length < 2) continue;
    // (A place: where one passage of the write-up gives it under a label, only those state it; "*Lokasi*: Gedung
    // Serbaguna", a chat's bold label, too, which PLACE_STATED does not read.)
    const given = type === 'place' ? own.filter((i) => givesPlace(hits[i]!.passage.text)) : [];
    // (An amount of the thing asked, `stating`; an end time asked: where a passage of the write-up states one, it
    // states what is asked, the others not.)
    const owned = stating === undefined ? [] : own.filter((i) => stating(hits[i]!));
    const ends = held === 'end' && type !== 'place' && type !== 'day' ? own.filter((i) => statesEndTime(hits[i]!.passage.text)) : [];
    const only = ends.length > 0 ? ends : given.length > 0 ? given : owned;
    for (const i of own) states.set(hits[i]!, only.length > 0 ? only.includes(i) : (held ? statesHeldTime : statesAskedType)(type, hits[i]!.passage.text));
    statingFirstIn(hits, own, stated, coverage, keeps, out);
  }
  return out;
}

/**
 * Whether a question word is of the kind of thing asked for, so that a passage stating one says it (see
 * isConfident in answer.ts): a word that only names what is asked (isAskedTypeLabel), or, where an amount is
 * asked, a word of money as such ("duit" of "dapet duit berapa": a passage's "Rp 50.000" is money, whatever word it
 * uses; not one that says which sum, MONEY_AS_SUCH), nor a word of price that says which payment (WHICH_PAYMENT).
 */
export function isOfAskedKind(word: string, type: AskedType): boolean {
  if (type === 'amount') return MONEY_AS_SUCH.has(word) || (isAskedTypeLabel(word, type) && !WHICH_PAYMENT.has(word));
  return isAskedTypeLabel(word, type);
}

/**
 * Whether a question word is any word of the kind asked for, excused or not (isOfAskedKind): with an amount asked,
 * every word of price or of money, "tiket" and "sumbangan" too. Such a word alone does not say which thing's
 * amount a passage states (see coverageExcusing in answer.ts).
 */
export function namesAskedKind(word: string, type: AskedType): boolean {
  return type === 'amount' ? namesMoney(word) : isAskedTypeLabel(word, type);
}

/** Whether a question word only names what the question asks for (see askedTypeFirst): "jam" of "jam brp". */
export function isAskedTypeLabel(word: string, type: AskedType): boolean {
  if (asksCount(type)) return ANY_PEOPLE.has(word);
  if (type === 'place') return PLACE.has(word);
  if (type === 'date or time' || type === 'day') return DATE_WORDS.has(word);
  return type === 'amount' ? PRICE.has(word) || FREE.has(word) : type === 'time' ? CLOCK.has(word) : false;
}

/**
 * Words that count persons in general and say nothing of who they are: "people" of "how many people registered",
 * asked of a count, only says that persons are counted, as "jam" of "jam berapa" says that a time is asked. A
 * write-up states the count with the noun of who came ("4.500 orang mendaftar", "6.200 penonton"), and its own
 * word for people in general, "orang", is a stopword: read as a word the passage must say, "people" reached only
 * "rakyat" and "masyarakat", and English counts of people were left unanswered beside the passage stating them.
 * Not "participants", "members", "volunteers": they say whom the question counts.
 */
const ANY_PEOPLE: ReadonlySet<string> = new Set(['people', 'persons']);
