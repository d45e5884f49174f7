// Which of a long passage's highlights a snippet should be built around. A conference write-up's agenda is one
// passage of many rows or list items, each repeating the same words ("Sesi", "Ruang", "Panggung", "Sabtu"): the
// densest cluster of highlights was the table's first rows, so "panggung anak hari sabtu ada apa" was shown the
// Saturday rows of the main stage and never the row "| Sabtu | Panggung Anak | 10.00–11.30 | Dongeng …" that
// answers it. The line that answers is the one holding the most of the question's words that are rare in the
// passage; a word of the write-up's title or of a table's header row names the event or the column, not the row.

import { startsOwnLine } from './sentences.ts';
import { tableHeaders } from './tables.ts';
import type { Highlight } from './types.ts';

export interface SnippetFocus {
  /** The highlights the snippet's window is chosen among (those of the answering line, or all of them). */
  highlights: Highlight[];
  /** How much each highlight's word is worth to a window, counted once per distinct word in it. */
  weight: (h: Highlight) => number;
  /** The word a highlight is, for counting distinct words. */
  key: (h: Highlight) => string;
  /** Where the answering line starts: a snippet opens no earlier (its lead-in stays on the line). */
  lineStart: number;
}

/**
 * A title word still counts a little (it ties windows otherwise alike), but far less than a word of the question
 * that only some of the passage says: it is said by every passage of the write-up alike.
 */
export const TITLE_WORD_WEIGHT = 0.05;

/** What separates a title's or a highlight's words (module-level: tsx compiles a `\p{…}` literal where it stands). */
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function snippetFocus(text: string, highlights: Highlight[], title = ''): SnippetFocus {
  // Each highlight's word and each word's weight read once: snippetOf asks them of every highlight of every window.
  const keys = new Map<Highlight, string>();
  const key = (h: Highlight) => {
    let k = keys.get(h);
    if (k === undefined) keys.set(h, (k = text.slice(h[0], h[1]).toLocaleLowerCase('id')));
    return k;
  };
  const titleWords = new Set(title.toLocaleLowerCase('id').split(NON_WORD).filter(Boolean));
  const occurrences = new Map<string, number>();
  for (const h of highlights) occurrences.set(key(h), (occurrences.get(key(h)) ?? 0) + 1);
  // A word said once in the passage points at its line; one said in every row points at none of them.
  const weights = new Map<string, number>();
  const weight = (h: Highlight) => {
    const k = key(h);
    let w = weights.get(k);
    if (w === undefined) {
      const words = k.split(NON_WORD).filter(Boolean);
      const inTitle = words.length > 0 && words.every((x) => titleWords.has(x));
      weights.set(k, (w = (inTitle ? TITLE_WORD_WEIGHT : 1) / (occurrences.get(k) ?? 1)));
    }
    return w;
  };
  const headers = tableHeaders(text);
  const inHeader = (h: Highlight) => headers.some(([s, e]) => h[0] >= s && h[1] <= e);
  const lines = new Map<number, Highlight[]>();
  for (const h of highlights) {
    if (inHeader(h)) continue;
    const start = lineStartOf(text, h[0]);
    const own = lines.get(start);
    if (own) own.push(h);
    else lines.set(start, [h]);
  }
  let best: { start: number; score: number } | null = null;
  for (const [start, hs] of lines) {
    const score = distinctWeight(hs, key, weight);
    if (best === null || score > best.score) best = { start, score };
  }
  // No highlight outside a table's header: the window is chosen among every highlight. (Prose, one line or
  // hard-wrapped, is one line here: all of its highlights.)
  if (best === null) return { highlights, weight, key, lineStart: 0 };
  return { highlights: lines.get(best.start)!, weight, key, lineStart: best.start };
}

/**
 * Where the line holding `at` starts, a line being a row, a list item or a paragraph: the lines of a paragraph or
 * list item an editor wrapped go on with the one above (see startsOwnLine), so that the words of "… lalu
 * pembicara" stay with the "utama malam itu, Lestari Handayani" below them.
 */
export function lineStartOf(text: string, at: number): number {
  let start = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  while (start > 0 && !startsOwnLine(text, start - 1)) start = text.lastIndexOf('\n', start - 2) + 1;
  return start;
}

/** The worth of a run of highlights: each distinct word's weight, once. */
export function distinctWeight(hs: readonly Highlight[], key: (h: Highlight) => string, weight: (h: Highlight) => number): number {
  const seen = new Map<string, number>();
  for (const h of hs) seen.set(key(h), weight(h));
  let sum = 0;
  for (const w of seen.values()) sum += w;
  return sum;
}
