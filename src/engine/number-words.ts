// Numbers as write-up titles and questions spell them: a title may say "Meetup Komunitas Kesebelas" or "The
// Eleventh Meetup" where a member asks about "meetup #11", and a member may ask about "meetup pertama" or "the
// second meetup" where the title says "#1", "#2" (see search.ts: documentWords, and analyze's numbersSpelled).
// Numbers 1–99, read in a sequence of words, where a number of several words stands together ("kedua belas", "dua
// puluh satu", "twenty first"): those cannot be told, in a document's set of words, from the same words apart
// ("dua peserta … belas kasihan").

/** The Indonesian units 1–9, in order. */
const UNITS: readonly string[] = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
/** English cardinals 1–19, in order. */
const ENGLISH: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ENGLISH_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];
/** English tens 20–90, in order. */
const ENGLISH_TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// (The one list of the number words: relative-days.ts and asked-type.ts read them too.)
export { UNITS as INDONESIAN_UNITS, ENGLISH as ENGLISH_CARDINALS, ENGLISH_TENS };
const ENGLISH_TENS_ORDINALS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/**
 * Words that make a number larger than this reads: "dua" of "dua ratus" is no 2, "twenty" of "twenty thousand" no
 * 20.
 */
const LARGER = new Set(['ratus', 'ribu', 'juta', 'miliar', 'hundred', 'thousand', 'million', 'billion']);

/**
 * A number spelled out at a place in a sequence of words: its digits, whether it is an ordinal, and how many
 * words.
 */
export interface SpelledNumber {
  n: string;
  ordinal: boolean;
  /** Whether it is spelled in English ("first", "two"), where an ordinal stands before what it numbers. */
  english: boolean;
  words: number;
}

/** An Indonesian unit 1–9 ("dua" → 2); undefined if none. */
function unit(word: string | undefined): number | undefined {
  const k = word === undefined ? -1 : UNITS.indexOf(word);
  return k < 0 ? undefined : k + 1;
}

/**
 * An Indonesian cardinal written as one word, and whether more may follow it: "dua" 2 (before "belas" or "puluh",
 * more), "sepuluh" 10, "sebelas" 11, "duabelas" 12, "duapuluh" 20 (before a unit, more: "duapuluh satu"),
 * "duapuluhsatu" 21; undefined if none.
 */
function indonesianWord(word: string): { n: number; tens: boolean } | undefined {
  if (word === 'sepuluh') return { n: 10, tens: false };
  if (word === 'sebelas') return { n: 11, tens: false };
  const u = unit(word);
  if (u !== undefined) return { n: u, tens: false };
  const joined = JOINED_TENS.exec(word);
  const head = joined ? unit(joined[1]) : undefined;
  if (!joined || head === undefined || head < 2) return undefined;
  if (joined[2] === 'belas') return joined[3] === '' ? { n: 10 + head, tens: false } : undefined;
  if (joined[3] === '') return { n: 10 * head, tens: true };
  const tail = unit(joined[3]);
  return tail === undefined ? undefined : { n: 10 * head + tail, tens: false };
}

/**
 * A unit joined to belas or puluh ("duabelas", "duapuluhsatu"): a constant, as analyzer.ts explains for NUMERAL.
 */
const JOINED_TENS = /^(\p{L}+?)(belas|puluh)(\p{L}*)$/u;

/**
 * An Indonesian number at `i`: a cardinal ("dua puluh satu", "duapuluh satu", "tujuh belas") or its ordinal, ke-
 * on the cardinal's first word ("kedua puluh satu", "ke-dua puluh satu", "keduapuluh satu", "kesebelas"; "pertama"
 * for the first, "kesatu" too).
 */
function indonesianAt(words: readonly string[], i: number): SpelledNumber | undefined {
  const word = words[i]!;
  if (word === 'pertama') return { n: '1', ordinal: true, english: false, words: 1 };
  const bare = word.startsWith('ke-') ? word.slice(3) : word.startsWith('ke') ? word.slice(2) : undefined;
  const asOrdinal = bare === undefined ? undefined : indonesianWord(bare);
  const first = asOrdinal ?? (word.startsWith('ke-') ? undefined : indonesianWord(word));
  if (first === undefined) return undefined;
  const ordinal = asOrdinal !== undefined;
  const done = (n: number, count: number) =>
    LARGER.has(words[i + count] ?? '') ? undefined : { n: String(n), ordinal, english: false, words: count };
  const next = words[i + 1];
  if (first.tens) {
    const u = unit(next);
    return u === undefined ? done(first.n, 1) : done(first.n + u, 2);
  }
  if (next !== 'belas' && next !== 'puluh') return done(first.n, 1);
  // Only a unit 2–9 takes "belas" or "puluh" ("dua belas", "kedua puluh"); "satu belas" and "sebelas puluh" are
  // none.
  if (first.n < 2 || first.n > 9) return undefined;
  if (next === 'belas') return done(10 + first.n, 2);
  const after = words[i + 2];
  if (after === 'belas') return undefined;
  const u = unit(after);
  return u === undefined ? done(10 * first.n, 2) : done(10 * first.n + u, 3);
}

/** An English unit 1–9, cardinal or ordinal ("one", "first" → 1, true); undefined if none. */
function englishUnit(word: string | undefined): { n: number; ordinal: boolean } | undefined {
  if (word === undefined) return undefined;
  const c = ENGLISH.indexOf(word);
  if (c >= 0 && c < 9) return { n: c + 1, ordinal: false };
  const o = ENGLISH_ORDINALS.indexOf(word);
  return o >= 0 && o < 9 ? { n: o + 1, ordinal: true } : undefined;
}

/**
 * An English number at `i`: "eleven", "eleventh", "twenty", "twentieth", "twenty-one", "twenty first",
 * "thirty-second".
 */
function englishAt(words: readonly string[], i: number): SpelledNumber | undefined {
  const word = words[i]!;
  const c = ENGLISH.indexOf(word);
  if (c >= 0) return englishNumber(words, i, c + 1, false, 1);
  const o = ENGLISH_ORDINALS.indexOf(word);
  if (o >= 0) return englishNumber(words, i, o + 1, true, 1);
  const to = ENGLISH_TENS_ORDINALS.indexOf(word);
  if (to >= 0) return englishNumber(words, i, 20 + 10 * to, true, 1);
  const [tensWord, unitWord, ...rest] = word.split('-');
  const t = ENGLISH_TENS.indexOf(tensWord!);
  if (t < 0 || rest.length > 0) return undefined;
  if (unitWord !== undefined) {
    const u = englishUnit(unitWord);
    return u === undefined ? undefined : englishNumber(words, i, 20 + 10 * t + u.n, u.ordinal, 1);
  }
  const u = englishUnit(words[i + 1]);
  return u === undefined ? englishNumber(words, i, 20 + 10 * t, false, 1) : englishNumber(words, i, 20 + 10 * t + u.n, u.ordinal, 2);
}

/**
 * englishAt's number: `n`, read over `count` words from `i`, unless a larger unit continues it ("twenty
 * thousand"). (A function of the module's, not a closure of englishAt's: englishAt is asked for every word before
 * a number as a corpus is indexed, nearly always to find none.)
 */
function englishNumber(words: readonly string[], i: number, n: number, ordinal: boolean, count: number): SpelledNumber | undefined {
  return LARGER.has(words[i + count] ?? '') ? undefined : { n: String(n), ordinal, english: true, words: count };
}

/**
 * Whether a word ends a number that the word after it continues ("puluh" of "dua puluh satu", "twenty" of "twenty
 * one").
 */
function continued(previous: string | undefined): boolean {
  if (previous === undefined) return false;
  if (previous === 'puluh' || previous === 'belas' || LARGER.has(previous) || previous === 'seratus') return true;
  // (And a tens joined, "duapuluh", "keduapuluh", as typed often.)
  return ENGLISH_TENS.includes(previous) || (/puluh$/u.test(previous) && indonesianAt([previous], 0) !== undefined);
}

/**
 * The number spelled at `words[i]` (normalised words in order), 1–99 in one word or several ("kedua belas" 12,
 * "dua puluh satu" 21, "keduapuluh satu" 21, "twenty-first" 21, "twenty first" 21); undefined if none, and also
 * where it is only part of a number: the "satu" of "dua puluh satu" is no 1 of its own, nor the "dua" of "dua
 * ratus" a 2.
 */
export function spelledNumberAt(words: readonly string[], i: number): SpelledNumber | undefined {
  const word = words[i];
  if (word === undefined || continued(words[i - 1])) return undefined;
  return indonesianAt(words, i) ?? englishAt(words, i);
}

/**
 * A question's ordinal typed with a space, as chat writes it ("meetup ke 2", "hari ke 3"), in the spelling
 * write-ups use ("ke-2"): then it numbers the word before it as "meetup ke-2" does. Read as such only after a word
 * ("dari 1 ke 2" goes from one to two) and before a number of at most three digits that no further digit, decimal
 * mark or date continues ("ke 2.5", "ke 2025" are no ordinals). Before a number in words ("meetup ke dua puluh
 * satu" → "ke-dua puluh satu") only after a word `numbered` says write-ups number (see search.ts #questionText).
 */
export function joinSpacedOrdinals(text: string, numbered?: (word: string) => boolean): string {
  const digits = text.replace(SPACED_ORDINAL, (_, ke: string) => `${ke}-`);
  if (numbered === undefined) return digits;
  // Before a number in words ("meetup ke dua puluh satu") only after a word write-ups number: elsewhere "ke" is as
  // often the preposition before a count ("pergi ke dua kota").
  return digits.replace(SPACED_WORD_ORDINAL, (match, before: string, ke: string, after: string) => {
    const words = after.toLowerCase().split(/[ \t]+/u);
    words[0] = `ke-${words[0]}`;
    const number = indonesianAt(words, 0);
    return number?.ordinal === true && numbered(before.toLowerCase()) ? `${ke}-` : match;
  });
}

const SPACED_ORDINAL = /(?<=\p{L}[ \t]+)(ke)[ \t]+(?=\d{1,3}(?!\d|[.,:/-]\d))/giu;
/** "ke" spaced between a word and the (up to three) words after it, which joinSpacedOrdinals reads as a number. */
const SPACED_WORD_ORDINAL = /(?<=(\p{L}+)[ \t]+)\b(ke)[ \t]+(?=(\p{L}+(?:[ \t]+\p{L}+){0,2}))/giu;

/**
 * The one-word ordinals of `n` (1–99) as write-ups spell them, Indonesian and English: "pertama" and "kesatu",
 * "kedua" … "kesebelas", "keduabelas", "keduapuluh"; "first" … "twentieth", "twenty-first". A question's number in
 * digits ("hari 2") finds a write-up's "Hari kedua" through them (see search.ts). Not the forms of several words
 * ("kedua puluh satu", "twenty first"), which are no one word of the index; [] outside 1–99.
 */
export function ordinalWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 99) return [];
  const tens = Math.floor(n / 10);
  const u = n % 10;
  const indonesian =
    n === 1 ? ['pertama', 'kesatu']
    : n < 10 ? [`ke${UNITS[n - 1]}`]
    : n === 10 ? ['kesepuluh']
    : n === 11 ? ['kesebelas']
    : n < 20 ? [`ke${UNITS[u - 1]}belas`]
    : u === 0 ? [`ke${UNITS[tens - 1]}puluh`]
    : [];
  const english = n < 20 ? ENGLISH_ORDINALS[n - 1]! : u === 0 ? ENGLISH_TENS_ORDINALS[tens - 2]! : `${ENGLISH_TENS[tens - 2]}-${ENGLISH_ORDINALS[u - 1]}`;
  return [...indonesian, english];
}

/**
 * The value of a Roman numeral I–XXXIX written in capitals ("IV" 4, "XII" 12), the numbers events are numbered
 * with ("Futsal Cup IV", "Musyawarah Besar VII"); undefined otherwise. Larger ones are left out: their letters are
 * as often a word or an abbreviation's ("CV", "MC", "DI", "MIX", "XL" a size).
 */
export function romanValue(word: string): number | undefined {
  const m = ROMAN.exec(word);
  if (m === null || word.length === 0) return undefined;
  const tail = m[2]!;
  const units = tail === 'IX' ? 9 : tail === 'IV' ? 4 : (tail.startsWith('V') ? 5 : 0) + (tail.length - (tail.startsWith('V') ? 1 : 0));
  return 10 * m[1]!.length + units;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/u;

/**
 * A question's Roman numerals as digits where they number an event: after "ke-" or "ke" ("mubes ke-VII", "ke
 * iii"), and, in either case, after a word `numbered` says write-ups number ("futsal cup iv", "futsal cup V"), or
 * of two letters or more, after any word, where `unknown` says the corpus has no such word ("perang dunia ii" of a
 * text's "Perang Dunia II", which the index reads as 2: see analyzer.ts, romanNorm). A lone "i" only where no word
 * follows ("the meetup i went to" keeps its "i"). After a word the corpus does not have, the numeral is lower-cased
 * instead, so that the index does not read it as a number either ("Alfonso VI" of a corpus without him is no 6).
 */
export function readRomanNumerals(text: string, numbered: (word: string) => boolean, unknown: (word: string) => boolean): string {
  return text.replace(QUESTION_ROMAN, (match, before: string, ke: string | undefined, numeral: string, at: number) => {
    const n = romanValue(numeral.toUpperCase());
    if (n === undefined) return match;
    const lower = numeral.toLowerCase();
    if (ke === undefined) {
      if (lower === 'i' && !endsLone(text, at + match.length)) return match;
      const word = before.toLowerCase();
      if (!numbered(word)) {
        // After a word the corpus lacks ("Kapan Alfonso VI lahir?" over write-ups that never name him) the numeral
        // is a name's, and no number of the corpus's: lower-cased, the index reads it as the unknown word it was.
        if (unknown(word)) return match.toLowerCase();
        if (numeral.length < 2 || !unknown(lower)) return match;
      }
    }
    return `${ke === undefined ? '' : 'ke-'}${n}`;
  });
}

/** A Roman-looking word after a word (and "ke" or "ke-"), standing alone: not "v-neck", "xi'an", "iv2". */
const QUESTION_ROMAN = /(?<=(?:^|[^\p{L}\p{N}\p{M}])(\p{L}+)[ \t]+)(ke[- \t])?([ivx]+)(?![\p{L}\p{N}\p{M}]|[-'’.&+][\p{L}\p{N}])/giu;
/**
 * Whether a numeral of one letter ending at `end` stands alone: no word after it on its line, only spaces and
 * punctuation, a digit, or the end ("Futsal Cup V", "Part I: …", not "Then I went"). For a question's numerals
 * here and a text's (analyzer.ts, romanNorm).
 */
export function endsLone(text: string, end: number): boolean {
  LONE_END.lastIndex = end;
  return LONE_END.test(text);
}

const LONE_END = /[ \t]*(?![ \t])(?:[^\p{L}\p{M}]|$)/uy;
