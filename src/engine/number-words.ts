// Numbers as write-up titles spell them in one word: a title may say "Meetup Komunitas Kesebelas" or "The Eleventh
// Meetup" where a member asks about "meetup #11" (see search.ts, documentWords). One-word forms only: a
// spelled-out number of two words ("dua belas") cannot be told, in a document's set of words, from the same two
// words apart ("dua peserta … belas kasihan").

const INDONESIAN = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const ENGLISH = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const ENGLISH_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** The one-word spellings of a number written in digits ("11" → sebelas, kesebelas, eleven, eleventh); [] if none. */
export function numberWords(digits: string): string[] {
  if (!/^\d{1,2}$/u.test(digits)) return [];
  const n = Number(digits);
  const out: string[] = [];
  const id = INDONESIAN[n - 1];
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
export function numberOfWord(word: string): string | undefined {
  return NUMBER_OF_WORD.get(word);
}
