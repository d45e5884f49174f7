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

/**
 * Whether `a` and `b` are one typo apart: a letter inserted or deleted, one replaced (when `replaced`), or two
 * neighbours swapped. A test of one pair, where oneTypoFrom (vocabulary.ts) spells every word one typo away.
 */
export function oneEditApart(a: string, b: string, replaced = true): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return (replaced && sameAfter(a, b, i + 1, i + 1)) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameAfter(a, b, i + 2, i + 2));
  return a.length > b.length ? sameAfter(a, b, i + 1, i) : sameAfter(a, b, i, i + 1);
}

/**
 * Whether `a` from `x` on is `b` from `y` on. (A function of its own, not a closure in oneEditApart: tsx names
 * every arrow function where it is made, and oneEditApart runs for each long word of every question.)
 */
function sameAfter(a: string, b: string, x: number, y: number): boolean {
  return a.slice(x) === b.slice(y);
}
