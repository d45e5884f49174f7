// Whether a passage names a year together with what a question asks of it. The minutes of 2026 that report "1
// training camp" held in 2025 and, a sentence later, a member count "dari 96 (2024)" name 2024, but not of the
// training camp: taken for a passage about 2024 (ofYear in answer.ts), they answered "training camp 2024 di mana",
// which the corpus could not answer. A write-up dated another year answers about the year asked only where one of
// its sentences names the year and some other word the question matched ("Training camp 2024 diadakan di Kopeng"),
// or a heading, a table row or a line that introduces a list names it: "## 2024" over the section, "| 2024 | Kopeng
// |" under "Lokasi training camp:", "Pengurus periode 2026:" over "- Bendahara: Kevin" say what that section, row or
// list is of, not a year in passing.

import { stemsOf, tokenize, wordsOf } from './analyzer.ts';
import { isHeadingLine, splitSentences } from './sentences.ts';
import { isTableRow } from './tables.ts';

/** A line that introduces what follows it ("Pengurus periode 2026:"), as splitSentences gives it. */
const INTRODUCES = /:\s*$/u;

/**
 * Whether some sentence of `text` has one of `years` (as a token of its own) and one of `words` (normalised index
 * terms the passage matched for the question's other words, a word's or its stem's: "lomba" of "Perlombaan 2024
 * diadakan", "race" of "In 2024, racing took us"), or is a heading, a table row or a line introducing a list
 * ("Pengurus periode 2026:") with one of `years`.
 */
export function yearBesideWords(text: string, years: readonly string[], words: ReadonlySet<string>): boolean {
  for (const [start, end] of splitSentences(text)) {
    const sentence = text.slice(start, end);
    const norms = tokenize(sentence).map((t) => t.norm);
    if (!norms.some((w) => years.includes(w))) continue;
    if (norms.some((n) => words.has(n) || wordsOf(n).some((w) => words.has(w) || stemsOf(w).some((s) => words.has(s)))) || isHeadingLine(sentence) || isTableRow(sentence) || INTRODUCES.test(sentence)) return true;
  }
  return false;
}
