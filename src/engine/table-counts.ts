// Counts a table states: a report gives them as numbers alone in cells, the thing counted in its column's header
// ("| Bulan | Buku terkumpul |" over "| Agustus | 412 |"), where a sentence would say "412 buku". Read by
// asked-type.ts (a passage that states the count asked) and answer-slot.ts (the count slot and its value).

import { columnHeaderAt } from './tables.ts';

/** A table cell that is a number alone, bold or not: "| 412 |", "| **1.571** |". */
const NUMBER_CELL = /(?<=\|[ \t]*(?:\*\*)?)\d[\d.,]*(?=(?:\*\*)?[ \t]*\|)/gu;
const HEADER_WORDS = /\p{L}+/gu;
const YEAR = /^(?:1[5-9]|20)\d\d$/u;

/**
 * Where `text` states a count of one of `nouns` (lower case) in a table: each number alone in a cell of a column
 * whose header names the noun, not a year ("| Tahun | 2024 |" is no count). Empty where the text has no table.
 * With the question's `words`, only the columns whose header holds the most of them: "Buku terkumpul", not "Buku
 * disortir keluar", for "brp buku terkumpul".
 */
export function columnCounts(nouns: readonly string[], text: string, words?: ReadonlySet<string>): Array<[number, number]> {
  let found: Array<[number, number]> = [];
  if (nouns.length === 0 || !text.includes('|')) return found;
  let most = 0;
  NUMBER_CELL.lastIndex = 0;
  for (let m = NUMBER_CELL.exec(text); m !== null; m = NUMBER_CELL.exec(text)) {
    if (YEAR.test(m[0])) continue;
    const header = columnHeaderAt(text, m.index);
    if (header === null || !namesNoun(header, nouns)) continue;
    const shared = words === undefined ? 0 : sharedWords(header, words);
    if (shared > most) [found, most] = [[], shared];
    if (shared === most) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** How many of a header's words are among `words`. */
function sharedWords(header: string, words: ReadonlySet<string>): number {
  let n = 0;
  HEADER_WORDS.lastIndex = 0;
  for (let m = HEADER_WORDS.exec(header); m !== null; m = HEADER_WORDS.exec(header)) if (words.has(m[0].toLowerCase())) n += 1;
  return n;
}

/** `words` without those of a column's header. */
function withoutWordsOf(header: string, words: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(words);
  for (const m of header.matchAll(HEADER_WORDS)) out.delete(m[0].toLowerCase());
  return out;
}

/** Whether a column's header holds one of `nouns` as a word ("Buku terkumpul" for "buku"). */
function namesNoun(header: string, nouns: readonly string[]): boolean {
  HEADER_WORDS.lastIndex = 0;
  for (let m = HEADER_WORDS.exec(header); m !== null; m = HEADER_WORDS.exec(header)) if (nouns.includes(m[0].toLowerCase())) return true;
  return false;
}

/** A row's first cell that labels it a total: "| **Total** |", "| Jumlah |", "| Total keseluruhan |", "| In all |". */
const TOTAL_ROW = /^[ \t]*\|[ \t]*(?:\*\*)?(?:total|jumlah|grand total|seluruhnya|keseluruhan|in all)(?![\p{L}])/iu;

/** A row's first cell: "| Agustus |" of "| Agustus | 412 | 38 |". */
const FIRST_CELL = /^[ \t]*\|([^|]*)\|/u;

/**
 * Of the counts columnCounts found, those the question asks: on rows whose first cell holds one of the question's
 * `words` other than its column header's ("agustus" of "buku terkumpul bulan agustus brp": August's "412"), else
 * on a row labelled a total (TOTAL_ROW), where there are any: a report's table states each month's or place's
 * count and their total, and the total answers a question that names none of them ("brp buku terkumpul": "1.571",
 * not August's "412"). Else all.
 */
export function totalsFirst(text: string, counts: Array<[number, number]>, words: ReadonlySet<string>): Array<[number, number]> {
  const named: Array<[number, number]> = [];
  const totals: Array<[number, number]> = [];
  for (const span of counts) {
    const row = text.slice(text.lastIndexOf('\n', span[0]) + 1, span[0]);
    if (TOTAL_ROW.test(row)) totals.push(span);
    const first = FIRST_CELL.exec(row)?.[1] ?? '';
    // (Not by the words that named the column: "buku" of "brp buku terkumpul" names no row "Buku anak".)
    if (sharedWords(first, withoutWordsOf(columnHeaderAt(text, span[0]) ?? '', words)) > 0) named.push(span);
  }
  return named.length > 0 ? named : totals.length > 0 ? totals : counts;
}
