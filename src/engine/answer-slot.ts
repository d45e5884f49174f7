// What a factoid question's answer looks like, and whether a passage holds one the question does not already say.
//
// "Kapan Roemwerdiniadi Soedoko lahir?", "Di manakah kapal Yo To berada?", "Desa apakah yang tergusur …?",
// "Berapa penumpang …?": the answer is a date, a place, a name of the kind asked ("Desa Sidodadi") or a count of
// what is asked ("84 penumpang"). In news text the paragraph that restates the question's words (an article's lead
// names most of them) often lacks the answer, which another paragraph gives in a form of its own. The form alone
// says little, since nearly every news paragraph has a date and a place; what says more is one the question does
// not already hold: a year or a day it does not name, a place after "di", "ke", "dari" it does not name, a
// capitalised name right after the noun asked ("Desa …" for "Desa apakah"), a number before the noun counted.
// search.ts adds a small reward to its best candidates that hold one (RANKING.answerSlotWeight).
//
// Indonesian question words only, but for a reason or a purpose (reason-slot.ts, which reads "why" too): English
// "when", "where", "how many" were measured too and lowered the English questions over Indonesian text
// (squad-en-id −0.005 MRR@10). A person asked with "siapa", and a number asked with "berapa" and no noun, were
// measured and dropped: nearly every news paragraph holds a new capitalised name and a new number, so they told
// passages apart no better than chance (facqa ±0; tydiqa-id −0.002 for the person, ±0 for the number).
// An amount of money asked ("iuran per semester brp", "how much is the sports uniform": asked-type.ts's amount, in
// either language) is a slot too: a sum ("Rp 450.000") or "gratis" is rarely in the question, and the passage that
// restates the question's words without one (a notice that the fee is due, an English summary's "see the costs")
// is what it told apart in a parents' committee's write-ups; no dev set moved (few of their questions ask a sum).

import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, MONTHS, WEEKDAYS } from './dates.ts';
import { DI_MANA, HOW_MUCH, MANA, MEASURES as MEASURE_WORDS, WHEN, withoutChatTail } from './question-words.ts';
import { amountsOtherThan, askedType, labelledLine, PLACE_NOT_YET, statesAmountOtherThan } from './asked-type.ts';
import { askedMeasure, measuresOtherThan, statesMeasureOtherThan, type Measure } from './measure-slot.ts';
import { asksReason, reasonClauses, statesReason } from './reason-slot.ts';
import { indonesianStem } from './analyzer.ts';
import { columnCounts, totalsFirst } from './table-counts.ts';
import type { Highlight } from './types.ts';

/** What a question's answer looks like (see answerSlot). */
export type AnswerSlot =
  | { readonly type: 'date' }
  | { readonly type: 'place' }
  /** A name of the kind the noun says ("desa" of "Desa apakah": "Desa Sidodadi"). */
  | { readonly type: 'named'; readonly noun: string }
  /** A number of the noun counted ("penumpang" of "Berapa penumpang": "84 penumpang"). */
  | { readonly type: 'count'; readonly noun: string }
  /** A reason or a purpose ("mengapa", "apa tujuan": see reason-slot.ts). */
  | { readonly type: 'reason' }
  /** A sum of money or "gratis" ("iuran per semester brp", "how much is the uniform": asked-type.ts's amount). */
  | { readonly type: 'amount' }
  /** A distance or a length of time ("berapa km", "berapa lama", "how far", "how long": measure-slot.ts). */
  | { readonly type: 'measure'; readonly of: Measure };

/** A question's answer slot and the words it says already (lower case), which an answer is not. */
export interface AskedSlot {
  readonly slot: AnswerSlot;
  readonly words: ReadonlySet<string>;
  /** The numbers the question says, digits only ("7.380" → 7380). */
  readonly numbers: ReadonlySet<string>;
  /**
   * Of a count, the root of the verb of the relative clause after its noun, which says which ones are counted
   * ("masuk" of "berapa karya yang masuk", "tewas" of "berapa orang yang tewas": see clauseOf).
   */
  readonly clause?: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Nouns before "berapa" that ask a date: "tahun berapa", "tanggal berapa". After it they ask a count: "berapa tahun"
 * is how many years ("35 tahun"), as "berapa tahunkah" is.
 */
const DATE_NOUNS: ReadonlySet<string> = new Set(['tahun', 'tanggal', 'tgl', 'bulan', 'hari']);
/** Words that ask a place: "dimana", and "kemana", "darimana" (where to, where from), whose answer is a place too. */
const WHERE: ReadonlySet<string> = new Set([...DI_MANA, 'kemana', 'kemanakah', 'darimana', 'darimanakah']);
/** The prepositions before "mana" that ask a place: "di mana", "ke manakah", "dari mana". */
const WHERE_BEFORE: ReadonlySet<string> = new Set(['di', 'ke', 'dari']);
/** The words after a noun that ask which one it is: "Desa apakah", "partai apa", "kabupaten manakah". */
const WHICH: ReadonlySet<string> = new Set(['apa', 'apakah', 'manakah']);
const NOUN = /^\p{L}{3,}$/u;
/** A particle on the noun asked: "berapa kalikah" counts "kali". */
const CLITIC = /(?<=\p{L}{3})(?:kah|nya)$/u;
/** Words after "berapa" that ask no count of themselves: a measure (question-words.ts), or "jumlah", "total". */
const MEASURES: ReadonlySet<string> = new Set([...MEASURE_WORDS, 'jumlah', 'total']);
const DIGITS = /\D/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*/gu;
const YEAR_DIGITS = /^(?:1[5-9]|20)\d\d$/u;
const digitsOf = (n: string) => n.replace(DIGITS, '');

/**
 * The kind of answer an Indonesian question asks for, or null where its words do not say: a date ("kapan", "tahun
 * berapa", "tanggal berapa"), a count of a noun ("berapa penumpang"), a place ("di mana", "dimanakah", "ke mana",
 * "dari mana"), a name of a kind ("Desa apakah", "Di negara manakah": the noun before "apa", "apakah",
 * "manakah"), or a reason or a purpose ("mengapa", "apa tujuan", "untuk apa", "why": reason-slot.ts); or, before
 * all of them and in English too, an amount of money where asked-type.ts reads one ("iuran per semester brp", "how
 * much is the uniform"). Else the first question word of a date, a count or a place decides; then a reason or a
 * purpose ("Ke manakah tujuan pesawat itu?" asks where it flew); then a name of a kind ("untuk apa" names no kind
 * "untuk").
 */
export function answerSlot(question: string): AskedSlot | null {
  const typed = question.normalize('NFKC');
  const w = typed.toLowerCase().match(WORD) ?? [];
  // An amount first, read as asked-type.ts reads it (a word of price or of money with "berapa", "how much", or
  // "bayar ga?"): "berapa anggaran perbaikan" counts no "anggaran", and a passage that restates the question's
  // words (a notice that the fee is due, an English summary that says "see the costs") states no sum.
  // Then a distance or a length of time (measure-slot.ts), in either language too: "berapa jam" asks no count of
  // "jam" but a length of time, however a write-up states it ("3 jam", "2 hari 1 malam", "90 menit").
  // (Without the particles and terms of address a chat question ends with: "berapa peserta kak" counts no "kak".)
  const asked = withoutChatTail(w);
  const slot: AnswerSlot | null = askedType(typed) === 'amount' ? AMOUNT_SLOT : measureSlot(asked) ?? slotOf(asked);
  if (slot === null) return null;
  const read = askedOf(slot, typed, w);
  const clause = slot.type === 'count' ? clauseOf(asked, slot.noun) : undefined;
  return clause === undefined ? read : { ...read, clause };
}

/** The slot `typed` (the question, NFKC) asks, with its words (`words`, lower case) and numbers. */
function askedOf(slot: AnswerSlot, typed: string, words: readonly string[]): AskedSlot {
  return { slot, words: new Set(words), numbers: new Set((typed.match(NUMBER) ?? []).map(digitsOf)) };
}

/**
 * Where the noun that "berapa" at `i` counts stands (slotOf's count, clauseOf's): right after it, or after
 * "banyak" ("berapa banyak penumpang", "berapa banyaknya penumpang").
 */
function countedAt(w: readonly string[], i: number): number {
  return (w[i + 1] ?? '').replace(CLITIC, '') === 'banyak' ? i + 2 : i + 1;
}

/** "yang" and its chat spelling, which open a relative clause: "berapa karya yang masuk". */
const RELATIVE: ReadonlySet<string> = new Set(['yang', 'yg']);
/**
 * Words after "yang" that are no verb of the clause but say its aspect, its mood or its negation: "yang sudah daftar",
 * "yang tidak hadir", "yang bisa ikut", "yg lagi antri" (the verb after them is read).
 */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set([
  'sudah', 'udah', 'telah', 'akan', 'masih', 'belum', 'tidak', 'tak', 'nggak', 'ngga', 'gak', 'ga', 'sempat', 'pernah', 'benar', 'bener', 'betul', 'jadi', 'berhasil',
  'sedang', 'lagi', 'bakal', 'bisa', 'dapat', 'mau', 'ingin', 'pengen', 'pingin', 'harus', 'mesti', 'perlu', 'boleh',
]);
/**
 * Prepositions after "yang", which open no clause with a verb ("berapa peserta yang dari luar kota"): as a verb read,
 * "dari" would be found in every sentence that says where a count came from ("412 karya dari 168 peserta").
 */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['dari', 'untuk', 'buat', 'dengan', 'pada', 'dalam', 'oleh', 'sama', 'tanpa', 'kepada', 'antara', 'via']);
const CLAUSE_VERB = /^\p{L}{3,}$/u;

/**
 * The root of the verb of the relative clause right after the counted noun of "berapa" ("masuk" of "berapa karya
 * yang masuk", "daftar" of "berapa peserta yg sudah mendaftar"), or undefined: a count of the noun the question
 * says which of (the entries that came in, not the 9 disqualified), stated with that verb in its sentence.
 */
function clauseOf(w: readonly string[], noun: string): string | undefined {
  for (let i = 0; i < w.length; i++) {
    if (!HOW_MUCH.has(w[i]!)) continue;
    const at = countedAt(w, i);
    if ((w[at] ?? '').replace(CLITIC, '') !== noun || !RELATIVE.has(w[at + 1] ?? '')) return undefined;
    let k = at + 2;
    while (CLAUSE_ADVERBS.has(w[k] ?? '')) k++;
    const verb = w[k];
    return verb !== undefined && CLAUSE_VERB.test(verb) && !HOW_MUCH.has(verb) && !CLAUSE_PREPOSITIONS.has(verb) ? indonesianStem(verb) : undefined;
  }
  return undefined;
}

// A sentence's end: a stop, "!" or "?" before a space (not the point of "15.30" or "2.958"), or a line's end.
const SENTENCE_END = /[.!?](?=\s)|\n/gu;

/**
 * Whether `text` states a count of the noun asked (as holdsNewAnswer reads one) in a sentence that says the verb of
 * the question's relative clause (AskedSlot.clause), in any of its forms: "412 karya dari 168 peserta yang masuk",
 * "menewaskan 12 orang", not "ada 9 karya didiskualifikasi" for "berapa karya yang masuk". (A reward beside the
 * slot's, not a condition of it: a write-up may say the verb otherwise, "48 relawan yang diberangkatkan" for
 * "berapa relawan yang dikirim", and a count without it still holds the slot.)
 */
export function statesCountInClause(asked: AskedSlot, text: string): boolean {
  const { slot, clause } = asked;
  if (slot.type !== 'count' || clause === undefined) return false;
  const { noun } = slot;
  const tokens = [...text.matchAll(TOKEN)];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]![0];
    if (!DIGIT_START.test(t) || YEAR_DIGITS.test(t) || asked.numbers.has(digitsOf(t))) continue;
    if (tokens[i + 1]?.[0].toLowerCase() !== noun && tokens[i + 2]?.[0].toLowerCase() !== noun) continue;
    const at = tokens[i]!.index;
    let from = 0;
    let to = text.length;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
      if (m.index < at) from = m.index + 1;
      else {
        to = m.index;
        break;
      }
    }
    for (const x of tokens) {
      if (x.index < from || x.index >= to) continue;
      const word = x[0].toLowerCase();
      if (word === clause || indonesianStem(word) === clause) return true;
    }
  }
  return false;
}

const AMOUNT_SLOT: AnswerSlot = { type: 'amount' };
const DATE_SLOT: AnswerSlot = { type: 'date' };
const PLACE_SLOT: AnswerSlot = { type: 'place' };

/**
 * The slot whose value a result's excerpt shows (answer.ts): answerSlot's, else a day, a place or a count that
 * asked-type.ts reads in either language ("when is the deadline to pay membership dues", "where is the language
 * exchange", "how many teams"). The ranking keeps to answerSlot: English "when", "where", "how many" lowered
 * English questions over Indonesian text there (see above); an excerpt only chooses its window in a passage
 * already ranked.
 */
export function shownSlot(question: string): AskedSlot | null {
  const own = answerSlot(question);
  if (own !== null) return own;
  const typed = question.normalize('NFKC');
  const type = askedType(typed);
  const slot: AnswerSlot | null =
    type === 'date or time' || type === 'day' ? DATE_SLOT : type === 'place' ? PLACE_SLOT : type !== null && typeof type === 'object' && type.count.length > 0 ? { type: 'count', noun: type.count[0]! } : null;
  return slot === null ? null : askedOf(slot, typed, typed.toLowerCase().match(WORD) ?? []);
}

function measureSlot(w: readonly string[]): AnswerSlot | null {
  const of = askedMeasure(w);
  return of === null ? null : { type: 'measure', of };
}

function slotOf(w: readonly string[]): AnswerSlot | null {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (HOW_MUCH.has(word)) {
      if (DATE_NOUNS.has(w[i - 1] ?? '')) return { type: 'date' };
      const next = (w[countedAt(w, i)] ?? '').replace(CLITIC, '');
      return NOUN.test(next) && !HOW_MUCH.has(next) && !MEASURES.has(next) ? { type: 'count', noun: next } : null;
    }
    if (WHEN.has(word)) return { type: 'date' };
    if (WHERE.has(word) || (MANA.has(word) && WHERE_BEFORE.has(w[i - 1] ?? ''))) return { type: 'place' };
  }
  if (asksReason(w)) return { type: 'reason' };
  for (let i = 1; i < w.length; i++) if (WHICH.has(w[i]!) && NOUN.test(w[i - 1]!)) return { type: 'named', noun: namedBefore(w, i - 1) };
  return null;
}

/** "Bulan" and its short forms before a month's name: "buku bulan oktober apa". */
const MONTH_WORD: ReadonlySet<string> = new Set(['bulan', 'bln']);

/**
 * The noun whose name "apa" asks, the word at `at` right before it, or, where that is a month's name, the noun
 * before the month ("buku bulan oktober apa": October's book, not a thing called October).
 */
function namedBefore(w: readonly string[], at: number): string {
  if (!MONTH_NAME.test(w[at]!)) return w[at]!;
  const before = MONTH_WORD.has(w[at - 1] ?? '') ? at - 2 : at - 1;
  const noun = w[before];
  return noun !== undefined && NOUN.test(noun) && !MONTH_NAME.test(noun) ? noun : w[at]!;
}

// A year, a day and its month ("4 Februari 1937", "19 April"), or a news story's day in brackets ("(6/9)"). (The
// months of dates.ts in either language, but English "may", as often a verb: "4 may be".)
const MONTH_NAMES = [...new Set([...MONTHS, ...ENGLISH_MONTHS])].filter((m) => m !== 'may').join('|');
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:1[5-9]|20)\\d\\d(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d{1,2}\\s+(?:${MONTH_NAMES})(?![\\p{L}])|\\(\\d{1,2}\\/\\s?\\d{1,2}\\)`,
  'giu',
);
// A place: a preposition before a capitalised word ("di Seoul", "ke PLN", "dari Panama").
// (Markdown's bold or italics may open before the name: "di **Inul Vizta Galaxy Mall**".)
const PLACE = /(?<![\p{L}])(?:di|ke|dari|in|at|to|from)\s+(?:\*{1,2}|_{1,2})?(\p{Lu}[\p{L}\p{N}'-]*)/gu;
// A place as a label's value at a line's start, as an announcement states one with no preposition: "**Titik
// kumpul:** Stasiun Bogor", "- Lokasi: Gedung Serbaguna" (a list's mark and Markdown's bold around the label).
const LABELLED = labelledLine(String.raw`(\p{L}[\p{L} \t]{0,38}?)`, String.raw`(\p{Lu}[\p{L}\p{N}'-]*)`, 'gmu');
const LABEL_WORDS = /\p{L}+/gu;
// (Nor a time of day, "Kumpul: Pukul 05.00", "Titik kumpul: Jam 05.00 di Stasiun Bogor": a place may follow it.)
const CLOCK = /^(?:jam|pukul|pkl)$/iu;
const NYA = /(?<=\p{L}{3})nya$/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const CAPITAL = /^\p{Lu}/u;
const DIGIT_START = /^\d/u;

/** Whether `text` holds an answer of the kind `asked` asks for that the question does not already say. */
export function holdsNewAnswer(asked: AskedSlot, text: string): boolean {
  // (A news dateline, "Pekanbaru, Kompas - ", is read with the rest: its place follows no preposition and it has no
  // digits, so it holds no place, date or count. Taken off first, it changed nothing.)
  const { slot } = asked;
  if (slot.type === 'reason') return statesReason(asked.words, text);
  // (A sum the question says itself is none: "21K" of "biaya daftar 21K fun run berapa" is the race.)
  if (slot.type === 'amount') return statesAmountOtherThan(asked.numbers, text);
  if (slot.type === 'measure') return statesMeasureOtherThan(slot.of, asked.numbers, text);
  if (slot.type === 'date') {
    for (const [d] of text.matchAll(DATE)) if (!asked.numbers.has(digitsOf(d))) return true;
    return false;
  }
  if (slot.type === 'place') {
    for (const m of text.matchAll(PLACE)) if (!asked.words.has(m[1]!.toLowerCase())) return true;
    return labelledPlaces(asked, text, true).length > 0;
  }
  if (slot.type === 'count' && countsInColumn(asked, slot.noun, text).length > 0) return true;
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (slot.type === 'named') {
      const next = tokens[i + 1];
      // (Not a month's or a day's name after it: "Buku November: …" says which month's book, not its title.)
      if (t.toLowerCase() === slot.noun && next !== undefined && CAPITAL.test(next) && !asked.words.has(next.toLowerCase()) && !NO_PLACE.test(next)) return true;
    } else if (DIGIT_START.test(t) && !YEAR_DIGITS.test(t) && !asked.numbers.has(digitsOf(t))) {
      // (The noun right after the number, or one word later: "84 penumpang", "15 kali", "40 peserta baru".)
      if (tokens[i + 1]?.toLowerCase() === slot.noun || tokens[i + 2]?.toLowerCase() === slot.noun) return true;
    }
  }
  return false;
}

// Where the value stands. A date's year after its day and month ("10 November 1988"), and its month and day before
// a year alone ("September 2005"); a place's or a kind's name whole ("di Jalan Pegangsaan Timur 56": capitalised
// words and a house number, not the sentence's next word); a count from its number to its noun.
const YEAR_AFTER = /\s+(?:1[5-9]|20)\d\d(?![\p{L}\p{N}])/uy;
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})\\s+$`, 'iu');
// (A house number on the same line: one that opens the next line is a numbered item's, "Aula Barat\n2. Peserta".)
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'-]*(?:\s\p{Lu}[\p{L}\p{N}'-]*|[ \t]\d+(?![\p{L}\p{N}]))*/uy;
// (Spaces only: a line break ends a value, as a chat post states one a line, "Rp 50.000\nRp 75.000 untuk umum".)
const BETWEEN_VALUES = /^[ \t]+$/u;
const NO_PLACE = new RegExp(`^(?:${[...MONTHS, ...ENGLISH_MONTHS, ...WEEKDAYS, ...ENGLISH_WEEKDAYS].join('|')})$`, 'iu');
/**
 * Where `text` states a count of `noun` in a table's column (table-counts.ts), as "412 buku" would say it in a
 * sentence: not a number the question says.
 */
function countsInColumn(asked: AskedSlot, noun: string, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of columnCounts([noun], text, asked.words)) if (!asked.numbers.has(digitsOf(text.slice(span[0], span[1])))) out.push(span);
  return out;
}

/** A month's name, Indonesian or English (MONTH_NAMES: not "may"). */
const MONTH_NAME = new RegExp(`^(?:${MONTH_NAMES})$`, 'iu');

/**
 * Where `text` states the answer `asked` asks for, the values holdsNewAnswer reads, each whole ("3 jam 15 menit",
 * "Rp 19,797 miliar", "10 November 1988", "Taman Ismail Marzuki", "84 penumpang"): what a long passage's excerpt
 * is taken to show and highlights (answer.ts's snippetOf). In order; values only spaces apart are one ("3 jam" and
 * "15 menit"). For a reason or a purpose, the clause that gives it (reason-slot.ts's reasonClauses).
 */
export function answerValues(asked: AskedSlot, text: string): Highlight[] {
  const { slot } = asked;
  let found: Highlight[] = [];
  if (slot.type === 'reason') return joined(text, reasonClauses(asked.words, text));
  if (slot.type === 'amount') found = amountsOtherThan(asked.numbers, text);
  else if (slot.type === 'measure') found = measuresOtherThan(slot.of, asked.numbers, text);
  else if (slot.type === 'date') {
    for (const m of text.matchAll(DATE)) {
      if (asked.numbers.has(digitsOf(m[0]))) continue;
      let start = m.index;
      let end = start + m[0].length;
      YEAR_AFTER.lastIndex = end;
      const year = YEAR_AFTER.exec(text);
      if (year !== null && !m[0].startsWith('(')) end += year[0].length;
      else {
        const month = MONTH_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
        if (month !== null) start -= month[0].length;
      }
      found.push([start, end]);
    }
  } else if (slot.type === 'place') {
    for (const m of text.matchAll(PLACE)) {
      // (Nor a month's or a day's name, "in July", "di Sabtu": no place to show.)
      if (asked.words.has(m[1]!.toLowerCase()) || NO_PLACE.test(m[1]!)) continue;
      found.push(nameAt(text, m.index + m[0].length - m[1]!.length));
    }
    for (const at of labelledPlaces(asked, text)) found.push(nameAt(text, at));
  } else {
    const tokens = [...text.matchAll(TOKEN)];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]![0];
      if (slot.type === 'named') {
        const next = tokens[i + 1];
        if (t.toLowerCase() === slot.noun && next !== undefined && CAPITAL.test(next[0]) && !asked.words.has(next[0].toLowerCase()) && !NO_PLACE.test(next[0])) {
          found.push([tokens[i]!.index, nameAt(text, next.index)[1]]);
        }
      } else if (DIGIT_START.test(t) && !YEAR_DIGITS.test(t) && !asked.numbers.has(digitsOf(t))) {
        // (The noun right after the number, or one word later, as holdsNewAnswer reads it.)
        const noun = tokens[i + 1]?.[0].toLowerCase() === slot.noun ? tokens[i + 1] : tokens[i + 2]?.[0].toLowerCase() === slot.noun ? tokens[i + 2] : undefined;
        if (noun !== undefined) found.push([tokens[i]!.index, noun.index + noun[0].length]);
      }
    }
    // (A count in a table's column: the row the question names, else the total row's, table-counts.ts.)
    if (slot.type === 'count') found.push(...totalsFirst(text, countsInColumn(asked, slot.noun, text), asked.words));
  }
  return joined(text, found);
}

/**
 * Where `text` states a place as a label's value (LABELLED) whose label the question says, every word of it
 * ("Titik kumpul: Stasiun Bogor" for "titik kumpul trip gede dmn", "tempat kumpulnya"'s "-nya" aside): not a
 * label of the question's one word among others ("Leader trip: Bimo" for its "trip"), nor a day or a time of day
 * after one, nor a place still to come ("Lokasi: Menyusul").
 * `first`: stop at the first one.
 */
function labelledPlaces(asked: AskedSlot, text: string, first = false): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const label = m[1]!.toLowerCase().match(LABEL_WORDS) ?? [];
    if (label.length === 0 || asked.words.has(m[2]!.toLowerCase()) || NO_PLACE.test(m[2]!) || PLACE_NOT_YET.test(m[2]!) || CLOCK.test(m[2]!)) continue;
    let all = true;
    for (const w of label) all &&= saysWord(asked, w);
    if (!all) continue;
    found.push(m.index + m[0].length - m[2]!.length);
    if (first) break;
  }
  return found;
}

/** Whether the question says `w`, or says it with "-nya" ("kumpulnya"). */
function saysWord(asked: AskedSlot, w: string): boolean {
  if (asked.words.has(w)) return true;
  for (const q of asked.words) if (q.replace(NYA, '') === w) return true;
  return false;
}

/** The capitalised name (with a house number) that starts at `at`. */
function nameAt(text: string, at: number): Highlight {
  NAME_RUN.lastIndex = at;
  const m = NAME_RUN.exec(text);
  return [at, at + (m === null ? 0 : m[0].length)];
}

/** Sorted values, those that overlap or stand only spaces apart made one. */
function joined(text: string, values: Highlight[]): Highlight[] {
  values.sort((a, b) => a[0] - b[0]);
  const out: Highlight[] = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last !== undefined && (v[0] <= last[1] || BETWEEN_VALUES.test(text.slice(last[1], v[0])))) last[1] = Math.max(last[1], v[1]);
    else out.push([v[0], v[1]]);
  }
  return out;
}
