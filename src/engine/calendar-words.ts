// The years and months a passage is about, as words (see SearchIndex.calendarWords, answer.ts's ofYear): those its
// text names, a date it writes in numbers, and those it names relative to its date ("tahun lalu").

import { isYear, tokenize, wordsOf } from './analyzer.ts';
import { isMonthName, textDateMonths } from './dates.ts';
import { relativeDateWords } from './relative-text.ts';
import type { NamedPeriod, Passage } from './types.ts';

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The text whose years and months a passage is about (see SearchIndex.calendarWords, answer.ts's ofYear): its own,
 * and the header row of the table a later part continues and the line that introduces its table (Passage.tableHeader,
 * Passage.tableIntro), which say what the rows are of: "daftar juara lomba 2024." over a table of winners.
 */
export function calendarText(passage: Passage): string {
  if (passage.tableHeader === undefined && passage.tableIntro === undefined) return passage.text;
  return [passage.tableHeader?.text, passage.tableIntro, passage.text].filter((t) => t !== undefined).join('\n\n');
}

/** The words of `text` (wordsOf each token) that are years or months' names (see SearchIndex.calendarWords). */
export function calendarWordsOf(text: string, date: string | null = null, before?: NamedPeriod): ReadonlySet<string> {
  let out: Set<string> | null = null;
  // (And the years and months it names relative to its date, or to a period its earlier paragraphs name, `before`:
  // "tahun lalu" of a 2025 write-up says 2024; see relative-text.ts.)
  for (const w of relativeDateWords(text, date, before)) (out ??= new Set()).add(w);
  for (const t of tokenize(text)) for (const w of wordsOf(t.norm)) if (isYear(w) || isMonthName(w)) (out ??= new Set()).add(w);
  // (Also a date the text writes in numbers: "rapat 14/12/2025" names Desember; see textDateMonths.)
  for (const d of textDateMonths(text)) (out ??= new Set()).add(d.month);
  return out ?? NO_WORDS;
}
