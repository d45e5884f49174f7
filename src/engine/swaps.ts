// A word typed with two neighbouring letters swapped ("wokrshop", "dokcer", "pmebicara"): the commonest slip on a
// phone keyboard, and one the index's typo matching misses, as it allows one letter changed and a swap changes
// two.

/** A lower-case letter (a constant: tsx would make a RegExp of a \p{…} literal for every letter tested). */
const LOWER_CASE_LETTER = /^\p{Ll}$/u;

/** The spellings of a lower-case word with one pair of neighbouring letters swapped back, each once. */
export function swappedSpellings(word: string): string[] {
  const chars = [...word];
  if (chars.length < 4 || !chars.every((c) => LOWER_CASE_LETTER.test(c))) return [];
  const out = new Set(neighbourSwaps(chars));
  // (A pair of the same letter swaps back to the word itself, which is no other spelling.)
  out.delete(word);
  return [...out];
}

/**
 * `chars` with each pair of neighbouring characters swapped, left to right: the transpositions of a one-typo edit
 * (see oneTypoFrom in vocabulary.ts). A pair of the same character gives `chars` itself.
 */
export function* neighbourSwaps(chars: readonly string[]): Generator<string> {
  for (let i = 0; i + 1 < chars.length; i++) yield chars.slice(0, i).join('') + chars[i + 1]! + chars[i]! + chars.slice(i + 2).join('');
}
