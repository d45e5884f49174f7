// "who is the mentor of the writing class" over "Kelas Menulis Puisi": the dictionary translates "writing" as
// nouns, "tulisan" and "penulisan", where the write-up's title writes the verb of the same root, "menulis". The
// search finds the write-up through the shared root; the test of which write-up a question names (answer.ts,
// besideKindTranslated) looked for the translation's own form only, and the class's write-up, which names that
// class in its title, was not 'named': every such English question over it was left unanswered. Its title is
// where a write-up names its event, so there the root counts, beside the kind the question names with it.

import { stemsOf } from './analyzer.ts';

/**
 * Whether `title` (a write-up's title words, as DocumentWords.title) has one of `kinds` (the kind's forms the
 * question names, "kelas") and a word whose root is one of `roots` (the translation's stems, Alternative.stems):
 * "menulis" for "tulisan" and "penulisan", both of "tulis". A root of three letters or fewer says too little.
 */
export function titleSaysRoot(title: ReadonlySet<string>, roots: readonly string[], kinds: readonly string[]): boolean {
  if (roots.length === 0) return false;
  let kind = false;
  for (const k of kinds) if (title.has(k)) kind = true;
  if (!kind) return false;
  for (const w of title) for (const s of stemsOf(w)) if (s.length > 3 && roots.includes(s)) return true;
  return false;
}
