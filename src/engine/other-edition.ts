// Whether a passage names the event a question asks about with another edition of it: the year beside the event's
// name. The 2025 karaoke recap keeps unsold goods "buat charity sale berikutnya di Kizuna Matsuri 2026": asked
// "kizuna matsuri 2025 tanggal brp", it matched "kizuna", "matsuri", "tanggal" and, by its own date, 2025, and came
// before the 2025 announcement that states the dates. A year written right after (or before) a word the question
// matched names which edition of it the passage speaks of; a year after a month's name is a date, no edition.

import { isYear, stemsOf, tokenize, wordsOf } from './analyzer.ts';
import { isMonthName } from './dates.ts';

/**
 * Whether `text` writes a year that is not one of `years` beside one of `words` (normalised index terms the passage
 * matched for the question's other words, a word's or its stem's: "matsuri" of "Kizuna Matsuri 2026"), and writes
 * none of `years` so. A passage that names the edition asked beside the event too ("Kizuna Matsuri 2025, like
 * Kizuna Matsuri 2024") is about the one asked as much as any.
 */
export function namesOtherEdition(text: string, years: readonly string[], words: ReadonlySet<string>): boolean {
  const norms = tokenize(text).map((t) => t.norm);
  let other = false;
  for (let i = 0; i < norms.length; i++) {
    const n = norms[i]!;
    if (!isYear(n)) continue;
    // (A date's year follows its month: "9 Agustus 2026" dates something, it names no edition.)
    if (i > 0 && isMonthName(norms[i - 1]!)) continue;
    if (!isMatched(norms[i - 1], words) && !isMatched(norms[i + 1], words)) continue;
    if (years.includes(n)) return false;
    other = true;
  }
  return other;
}

/** Whether a token is one of `words`, or one of its words or their stems is (see yearBesideWords). */
function isMatched(n: string | undefined, words: ReadonlySet<string>): boolean {
  if (n === undefined || isMonthName(n)) return false;
  if (words.has(n)) return true;
  for (const w of wordsOf(n)) {
    if (words.has(w)) return true;
    for (const s of stemsOf(w)) if (words.has(s)) return true;
  }
  return false;
}
