// A numbered list's items as a member asks for them: an item's mark at a line's start ("5." of "5. Kas RW …") is
// numbering, not a number the text states (isMarker); under a line that says what the list is ("Keputusan
// rapat:"), it is indexed as that word's item (listItemTerm), which a question's "keputusan nomor 5" looks up (see
// analysePassage and SearchIndex.#analyze).

import { hasNumeral, isStopword, tokenize, wordsOf, type Token } from './analyzer.ts';
import { spelledNumberAt } from './number-words.ts';
import type { QueryGroup } from './search.ts';

/**
 * A list item's number ("1. Pembukaan", "2) Diskusi" at a line's start) or a footnote mark ("Mesir.[1]"):
 * numbering, not a number the text states. Indexed, it answered "meetup #1" with whatever write-up has a numbered
 * list; marked (answer.ts), it showed "3. Juara 3" as if the item's number had matched "juara 3".
 */
export function isMarker(text: string, t: Token): boolean {
  // (Most tokens are words: a first character that is no ASCII digit says so before the regular expression.)
  const first = t.norm.charCodeAt(0);
  if (first < 0x30 || first > 0x39 || !/^\d{1,3}$/u.test(t.norm)) return false;
  if (text[t.start - 1] === '[' && text[t.end] === ']') return true;
  let i = t.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return (i === 0 || text[i - 1] === '\n') && (text[t.end] === '.' || text[t.end] === ')') && /\s/u.test(text[t.end + 1] ?? '');
}

/**
 * What a list's introduction says its items are: its first content word ("keputusan" of "Keputusan rapat:"), as
 * an Indonesian name's head is its first word; none where there is none. Not its other words: the items of
 * "Agenda meetup kali ini:" are agenda items, not meetups, and "meetup 1" is no "1. Pembukaan".
 */
export function introHead(intro: string | undefined): string[] {
  if (intro === undefined) return [];
  for (const t of tokenize(intro)) for (const w of wordsOf(t.norm)) if (!hasNumeral(w) && !isStopword(w)) return [w];
  return [];
}

/** Whether a question's word has no digits (see the list items' numbers in SearchIndex.#analyze). */
export function wordsOnly(g: QueryGroup): boolean {
  return !g.surface.some(hasNumeral);
}

export function wordOf(g: QueryGroup): string {
  return g.word;
}

/**
 * The index term of item `n` of a list its introduction's `head` word says the items are of: "keputusan" and "5"
 * for "5. …" under "Keputusan rapat:" (see numberedListIntros). A term no word of a text or a question is, nor
 * begins like one: a question's "keputusan" is looked up by prefix too, and found "keputusan…" in every item.
 */
export function listItemTerm(head: string, n: string): string {
  return `\u0001${n}\u0001${head}`;
}

/** A question's number that may be a list item's: "5", "ke-5", "#5". */
export const LIST_ITEM_NUMBER = /^(?:#|ke-?)?(\d{1,3})$/u;

/** The digits of an ordinal spelled at `words[k]` ("kelima" 5, "kedua belas" 12, "fifth" 5), or undefined. */
export function spelledOrdinal(words: readonly string[], k: number): string | undefined {
  const number = spelledNumberAt(words, k);
  return number?.ordinal === true ? number.n : undefined;
}

/** A list item's number at a line's start ("5." of "5. Kas RW …"), not a footnote mark ("[3]"; see isMarker). */
export function isListNumber(text: string, t: Token): boolean {
  return isMarker(text, t) && text[t.end] !== ']';
}

/** The offset of the line `at` is in. */
export function lineStartOf(text: string, at: number): number {
  return at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
}
