// What a number counts: the head of the name a number ends ("Meetup Komunitas Data #7" counts meetups; "Data
// Meetup #7" may, by the corpus's titles), the words a number stands beside, and whether it only measures ("2
// hari", "40 peserta", "5 Mei"). Read of titles and texts while an index is built (see SearchIndex.#numberedWords,
// analysePassage) and of a question's numbers (SearchIndex.#analyze). Pure functions of the text and its tokens.

import { hasNumeral, isYear, tokenize, wordsOf, type Token } from './analyzer.ts';
import { isDateWord, isMonthName } from './dates.ts';
import { spelledNumberAt, type SpelledNumber } from './number-words.ts';

/**
 * What analysePassage reads of a passage's number (see AnalysedDoc.counted in passage-analysis.ts): its head as an
 * Indonesian and as an English text would name it, whether the name read is one word, and the words before the
 * number where they are several.
 */
export type CountedHeads = [string | undefined, string | undefined, boolean, string[] | undefined];

/** Units a number before them measures (see besideNumber): time, and people or times counted. */
const QUANTITY_UNITS: ReadonlySet<string> = new Set([
  'detik', 'menit', 'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'orang', 'kali', 'peserta',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'people', 'person', 'persons', 'times', 'participants',
]);

/**
 * Whether `title` writes the number `n` in digits, and only as a count of something or a date's day ("3 hari", "40
 * peserta", "5 Mei"; see measures).
 */
export function countsOnly(title: string, n: string): boolean {
  const tokens = tokenize(title);
  const at = tokens.flatMap((t, i) => (t.norm === n ? [i] : []));
  return at.length > 0 && at.every((i) => measures(title, tokens, i));
}

/**
 * Whether the number at `i` measures rather than numbers: before a unit of time or a count, whatever stands before
 * it ("lokakarya 2 hari" is a two-day workshop, its write-up may say "dua hari"; "meetup 2 bulan lalu" the one two
 * months ago), or the day of a date ("meetup 31 Mei 2025", as "meetup 2025-05-31" is read, asks about the meetup
 * of that day, and a write-up's "sampai jumpa di meetup 20 Desember" is no meetup #20).
 */
export function measures(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (QUANTITY_UNITS.has(next.norm) || isMonthName(next.norm)) && /^[ \t]+$/u.test(text.slice(tokens[i]!.end, next.start));
}

/**
 * The words that name what the numbers of a title count: for each number (in digits or in words: "Meetup
 * Komunitas Kesebelas"; not a year, a day of a date or a count; a text's numbers in digits are read so as it is
 * indexed, see analysePassage), the head of the name it ends, the words
 * before it up to punctuation or a function word: its first word in Indonesian, where the head comes first
 * ("Meetup Komunitas Data #7", "Meetup ke-7"), its last in English ("Community Meetup 2"). An English ordinal
 * numbers the name after it, whose head is its last word ("The Eleventh Meetup", "the 3rd meetup"); so does any
 * number that ends no name ("#7 Meetup Komunitas"). In a title, "Data" of "Meetup Komunitas Data #7" stands next
 * to the number but names a topic: a member asking "data pertama" asks about the first data of a session, not a
 * "Data #1" (see #isNumberedWord). An Indonesian write-up's name of several words may be in English order ("Data
 * Meetup #7"): which, the corpus says (see CountedName and SearchIndex.#collectNumberedWords).
 */
export function countedWords(text: string, english: boolean): CountedName[] {
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const out: CountedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const digits = hasNumeral(tokens[i]!.norm);
    const spelled = digits ? undefined : spelledNumberAt(norms, i);
    if (!digits && spelled === undefined) continue;
    const reading = countedReading(text, tokens, i, spelled);
    const head = reading === undefined ? undefined : headOf(reading, tokens[i]!, spelled, english);
    // (Read in Indonesian order from the first of several words before the number: in English order, its last.)
    if (head !== undefined) out.push({ head, englishOrder: english || reading!.before.length < 2 ? undefined : reading!.before[reading!.before.length - 1]! });
    i += (spelled?.words ?? 1) - 1;
  }
  return out;
}

/**
 * See countedWords: the head of a number's name, and where an Indonesian write-up's name has several words before
 * the number, the head English word order would give it, its last word ("Meetup" of "Data Meetup #7"; see
 * SearchIndex.#collectNumberedWords).
 */
export interface CountedName {
  head: string;
  englishOrder: string | undefined;
}

/**
 * The words inside a title's names: neither the first word of a name (words with only spaces between) nor the word
 * before a number. "Data" of "Keamanan Data Pribadi" and of "Bootcamp Data Science Batch 5" names a topic there,
 * so it is no event's head in "Data Meetup #7" either (see SearchIndex.#collectNumberedWords).
 */
export function innerWords(text: string): string[] {
  const tokens = tokenize(text);
  const spaced = (a: Token | undefined, b: Token | undefined, hash = false) =>
    a !== undefined && b !== undefined && (hash ? /^[ \t]*#?$/u : /^[ \t]+$/u).test(text.slice(a.end, b.start));
  const word = (t: Token | undefined) => (t === undefined || hasNumeral(t.norm) ? undefined : wordsOf(t.norm)[0]);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const w = word(t);
    if (w === undefined || word(tokens[i - 1]) === undefined || !spaced(tokens[i - 1], t)) return;
    const next = tokens[i + 1];
    if (next !== undefined && hasNumeral(next.norm) && spaced(t, next, true)) return;
    out.push(w);
  });
  return out;
}

/** The head of the name the number at `i` ends or, after an English ordinal, begins (see countedWords). */
export function countedWordAt(
  text: string,
  tokens: Token[],
  i: number,
  spelled: SpelledNumber | undefined,
  english: boolean,
  kinds?: ReadonlySet<string>,
): string | undefined {
  const reading = countedReading(text, tokens, i, spelled);
  return reading === undefined ? undefined : headOf(reading, tokens[i]!, spelled, english, kinds);
}

/** What countedWordAt reads beside a number, for either language: the words before it, and (when asked) after. */
interface CountedReading {
  before: string[];
  after: () => string[];
}

/** See countedWordAt: undefined for a number that counts nothing (a year, "12.500.000", a measure). */
export function countedReading(text: string, tokens: Token[], i: number, spelled: SpelledNumber | undefined): CountedReading | undefined {
  const t = tokens[i]!;
  // (Not a year, nor a number that is no plain one: "12.500.000", "2025-05-31", "v2". Asked first: most numbers of
  // a corpus are these, and every passage's are read while it is indexed.)
  if (spelled === undefined && (isYear(t.norm) || !/^(?:\d+|ke-?\d+|\d+(?:st|nd|rd|th))$/u.test(t.norm))) return undefined;
  const last = i + (spelled?.words ?? 1) - 1;
  if (measures(text, tokens, last)) return undefined;
  let rest: string[] | null = null;
  return {
    before: countedPhrase(text, tokens, i - 1, -1),
    // (A method, not an arrow function: tsx names every arrow function it meets, and this one is made for every
    // number of every passage indexed.)
    after() {
      return (rest ??= countedPhrase(text, tokens, last + 1, 1));
    },
  };
}

/**
 * The words countedReading reads beside a number, walking from `from` by `step`: plain words (no number, no date's
 * word) with only spaces between them, and a "#" between the number and the word before it. (With countedGap and
 * countedWord, functions of the module's rather than closures made for every number of every passage indexed.)
 */
function countedPhrase(text: string, tokens: Token[], from: number, step: 1 | -1): string[] {
  const ws: string[] = [];
  for (let k = from; ; k += step) {
    const x = tokens[k];
    const w = countedWord(x);
    const a = step < 0 ? x : tokens[k - 1];
    const b = step < 0 ? tokens[k + 1] : x;
    if (w === undefined || a === undefined || b === undefined || !countedGap(text, a, b, step < 0 && k === from)) break;
    ws.push(w);
  }
  return step < 0 ? ws.reverse() : ws;
}

/** See countedPhrase: whether only spaces (and with `hash`, a "#") stand between `a` and `b`. */
function countedGap(text: string, a: Token, b: Token, hash: boolean): boolean {
  return (hash ? /^[ \t]*#?$/u : /^[ \t]+$/u).test(text.slice(a.end, b.start));
}

/** See countedPhrase: the word a token stands for there, undefined for a number, a date's word or no word. */
function countedWord(x: Token | undefined): string | undefined {
  if (x === undefined || hasNumeral(x.norm) || spelledNumberAt([x.norm], 0) !== undefined) return undefined;
  const ws = wordsOf(x.norm);
  return ws.length === 0 || ws.some(isDateWord) ? undefined : ws[0];
}

/** What a passage's number counts as analysePassage read it, in an Indonesian (k = 0) or English (1) text. */
export function countedHead(h: CountedHeads, k: 0 | 1, kinds: ReadonlySet<string>): string | undefined {
  return k === 0 && h[3] !== undefined ? indonesianHead(h[3], kinds) : h[k];
}

/**
 * The head of the Indonesian words before a number: their first, or the first that titles number (`kinds`, see
 * SearchIndex.#titleNumbered) where a later word is one. "Pembicara meetup ke-3 adalah Rina" speaks of meetup #3
 * where titles number meetups ("Meetup Komunitas Data #7"), not of a speaker #3, as "peserta Meetup Komunitas Data
 * ke-7" speaks of meetup #7; words before a number are as often the thing numbered and what belongs to it as one
 * name, and which of them counts is what the write-ups' titles say they count. Where titles number none of them
 * (reference text: "lahan seluas 23"), the first, as before.
 */
function indonesianHead(before: readonly string[], kinds: ReadonlySet<string> | undefined): string | undefined {
  return (kinds === undefined ? undefined : before.find((w) => kinds.has(w))) ?? before[0];
}

/**
 * A letter, as a constant: tsx compiles a regular expression literal with a \p{…} escape to a `new RegExp` where
 * it stands, and headOf is asked for every number of every passage indexed.
 */
const LETTER = /\p{L}/u;

/** An ordinal in digits, which numbers the word after it: "20th", "1st", "ke-20" (see besideNumber). */
const ORDINAL_DIGITS = /^(?:\d+(?:st|nd|rd|th)|ke-?\d+)$/u;

/** A number with its unit written on: "21k", "5km" (see besideNumber); an ordinal's ending is none. */
const WITH_UNIT = /^\d+\p{L}+$/u;

/** See countedWordAt: the head of the name read beside the number, as an Indonesian or an English text has it. */
export function headOf(reading: CountedReading, t: Token, spelled: SpelledNumber | undefined, english: boolean, kinds?: ReadonlySet<string>): string | undefined {
  const ordinalBefore = english && (spelled !== undefined ? spelled.ordinal : LETTER.test(t.norm));
  const before = ordinalBefore ? [] : reading.before;
  const name = before.length > 0 ? before : reading.after();
  if (english || before.length === 0) return name[name.length - 1];
  return indonesianHead(before, kinds);
}

/**
 * The content words a question's number stands beside (see QueryGroup.numbers): the word before it, with a space
 * or "#" between ("meetup 20", "Meetup #20", "meetup ke-20"), and the word after an ordinal, with a space between
 * ("20th meetup"). One standing among punctuation, like a list mark pasted into the question ("… ||Close|| - 1.
 * *"), numbers nothing.
 */
export function besideNumber(text: string, tokens: Token[], i: number): string[] {
  const out: string[] = [];
  // (Nor does a number with a unit number the word before it: "fun run 21K" is the fun run's 21K, as "21K fun run".)
  if (measures(text, tokens, i) || (WITH_UNIT.test(tokens[i]!.norm) && !ORDINAL_DIGITS.test(tokens[i]!.norm))) return [];
  const before = tokens[i - 1];
  if (before && /^[ \t]*#?$/u.test(text.slice(before.end, tokens[i]!.start))) out.push(...wordsOf(before.norm));
  // (A bare number before a word is more often a count: "2 lokakarya", two workshops. Nor is a number with a unit an
  // ordinal, "21K fun run", "5km run": the race's distance, not a "Fun Run #21".)
  const after = tokens[i + 1];
  if (after && ORDINAL_DIGITS.test(tokens[i]!.norm) && /^[ \t]+$/u.test(text.slice(tokens[i]!.end, after.start))) out.push(...wordsOf(after.norm));
  return out.filter((w) => !hasNumeral(w));
}
