// Numbers as write-up titles and questions spell them: a title may say "Meetup Komunitas Kesebelas" or "The Eleventh
// Meetup" where a member asks about "meetup #11", and a member may ask about "meetup pertama" or "the second
// meetup" where the title says "#1", "#2" (see search.ts: documentWords, and analyze's numbersSpelled). One-word
// forms, and in a sequence of words the Indonesian two-word ones ("kedua belas", "dua puluh"): those cannot be told,
// in a document's set of words, from the same two words apart ("dua peserta … belas kasihan"), only where they stand
// together.

const INDONESIAN = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const ENGLISH = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const ENGLISH_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** The Indonesian cardinal of 1–20 as one word: 12–19 and 20 joined as often typed ("duabelas", "duapuluh"). */
function indonesian(n: number): string | undefined {
  if (n >= 12 && n <= 19) return INDONESIAN[n - 11] + 'belas';
  if (n === 20) return 'duapuluh';
  return INDONESIAN[n - 1];
}

/** The one-word spellings of a number written in digits ("11" → sebelas, kesebelas, eleven, eleventh); [] if none. */
function numberWords(digits: string): string[] {
  if (!/^\d{1,2}$/u.test(digits)) return [];
  const n = Number(digits);
  const out: string[] = [];
  const id = indonesian(n);
  // The ordinal is ke- on the cardinal, but "pertama" for the first ("kesatu" is rare, but correct too).
  if (id !== undefined) out.push(id, 'ke' + id);
  if (n === 1) out.push('pertama');
  if (n >= 1 && n <= ENGLISH.length) out.push(ENGLISH[n - 1]!, ENGLISH_ORDINALS[n - 1]!);
  return out;
}

const NUMBER_OF_WORD: ReadonlyMap<string, string> = new Map(
  Array.from({ length: ENGLISH.length }, (_, i) => String(i + 1)).flatMap((n) => numberWords(n).map((w) => [w, n] as const)),
);

/** The number a one-word spelling stands for, in digits ("kesebelas" → 11; see numberWords); undefined if none. */
function numberOfWord(word: string): string | undefined {
  return NUMBER_OF_WORD.get(word);
}

/** Whether a one-word spelling of a number is an ordinal ("kedua", "pertama", "second"), not a cardinal. */
function isOrdinalWord(word: string): boolean {
  return NUMBER_OF_WORD.has(word) && (word === 'pertama' || ENGLISH_ORDINALS.includes(word) || (word.startsWith('ke') && NUMBER_OF_WORD.has(word.slice(2))));
}

/** A number spelled out at a place in a sequence of words: its digits, whether it is an ordinal, and how many words. */
export interface SpelledNumber {
  n: string;
  ordinal: boolean;
  /** Whether it is spelled in English ("first", "two"), where an ordinal stands before what it numbers. */
  english: boolean;
  words: number;
}

/**
 * The number spelled at `words[i]` (normalised words in order), one word or two ("kedua belas" 12, "dua puluh" 20,
 * "ketiga puluh" 30); undefined if none, and also where it is only part of a number this cannot read: "kedua" of
 * "kedua puluh satu" is no 2, nor its "satu" a 1.
 */
export function spelledNumberAt(words: readonly string[], i: number): SpelledNumber | undefined {
  const word = words[i];
  const n = word === undefined ? undefined : numberOfWord(word);
  if (word === undefined || n === undefined) return undefined;
  // The end of a longer number ("satu" of "dua puluh satu") is none of its own.
  const previous = words[i - 1];
  if (previous === 'puluh' || previous === 'belas' || previous === 'ratus' || previous === 'seratus') return undefined;
  const ordinal = isOrdinalWord(word);
  const english = ENGLISH.includes(word) || ENGLISH_ORDINALS.includes(word);
  const next = words[i + 1];
  if ((next !== 'belas' && next !== 'puluh') || english) return { n, ordinal, english, words: 1 };
  // Only a unit 2–9 takes "belas" or "puluh" ("dua belas", "kedua puluh"); "satu belas" and "sebelas puluh" are none.
  const unit = Number(n);
  if (unit < 2 || unit > 9) return undefined;
  const after = words[i + 2];
  if (next === 'puluh' && after !== undefined && (INDONESIAN.slice(0, 9).includes(after) || after === 'belas')) return undefined;
  return { n: String(next === 'belas' ? 10 + unit : 10 * unit), ordinal, english, words: 2 };
}

/**
 * A question's ordinal typed with a space, as chat writes it ("meetup ke 2", "hari ke 3"), in the spelling write-ups
 * use ("ke-2"): then it numbers the word before it as "meetup ke-2" does. Read as such only after a word ("dari 1 ke
 * 2" goes from one to two) and before a number of at most three digits that no further digit, decimal mark or date
 * continues ("ke 2.5", "ke 2025" are no ordinals).
 */
export function joinSpacedOrdinals(text: string): string {
  return text.replace(SPACED_ORDINAL, (_, ke: string) => `${ke}-`);
}

const SPACED_ORDINAL = /(?<=\p{L}[ \t]+)(ke)[ \t]+(?=\d{1,3}(?!\d|[.,:/-]\d))/giu;
