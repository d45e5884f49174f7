// Where a Markdown (or plain-text) pipe table's header row is, for text shown from the middle of the table.
//
// A long table is cut between rows into several passages (sentences.ts, segment.ts), a long excerpt is a window
// of its passage, and a long "Full passage" is sent in several messages: a piece that starts after the table's
// header shows rows without their column names ("14.00 | Diskusi | Budi"). Every front end puts the header row
// back above such a piece, found here; the header is context shown with the piece, never part of its text.
//
// A table is a header row, a delimiter row under it (`|---|:--:|`), then body rows, every line with pipes at both
// ends (GitHub's tables without outer pipes are not cut between rows either, so they never need this).

export type Span = [start: number, end: number];

/** A row: pipes at both ends (the same rule as the sentence splitter's, which cuts tables between rows). */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/u;
/** The delimiter row under a header: cells of dashes, with colons for alignment. */
const DELIMITER_ROW = /^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/u;

export function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line);
}

export function isDelimiterRow(line: string): boolean {
  return DELIMITER_ROW.test(line);
}

/**
 * The header above the text from `at` on, when `at` is in a body row of a table (at its start or inside it) or on
 * its delimiter row: the span of `text` holding the header row and the delimiter row (the header row alone when
 * `at` is on the delimiter row). `'before'` when the table's rows run up to the start of `text` without a header:
 * the piece continues a table whose header lies before `text` (a later passage of a long table: see
 * Passage.tableHeader). Null when `at` is not in a table, or is on its header row. `tops`: see below; pass one map
 * per text when asking about many places in it, in order.
 */
export function tableHeaderAt(text: string, at: number, tops?: Map<number, number>): Span | 'before' | null {
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  if (!isTableRow(lineAt(text, lineStart))) return null;
  // Up the consecutive rows to the table's first one. `tops` (the same text's rows → their table's first row, from
  // earlier calls) ends the walk at a row already walked from: the parts of a 20,000-row table are asked in turn,
  // and walking each up the whole table again made splitting it quadratic.
  let top = lineStart;
  while (top > 0) {
    const known = tops?.get(top);
    if (known !== undefined) {
      top = known;
      break;
    }
    const above = top >= 2 ? text.lastIndexOf('\n', top - 2) + 1 : 0;
    if (!isTableRow(lineAt(text, above))) break;
    top = above;
  }
  tops?.set(lineStart, top);
  const headerEnd = top + lineAt(text, top).length;
  const delimiterStart = headerEnd + 1;
  const delimiter = delimiterStart <= text.length ? lineAt(text, delimiterStart) : '';
  if (!isDelimiterRow(delimiter)) return top === 0 ? 'before' : null;
  if (lineStart === top) return null; // on the header row itself: nothing above it to show
  if (lineStart === delimiterStart) return [top, headerEnd];
  return [top, delimiterStart + delimiter.length];
}

/**
 * The header row text to show above a piece of `text` starting at `at`: from `text` itself, or `inherited` (the
 * passage's own tableHeader) when the piece continues a table whose header lies before the passage.
 */
export function headerAbove(text: string, at: number, inherited: string | null | undefined): string | null {
  const found = tableHeaderAt(text, at);
  if (found === null) return null;
  if (found === 'before') return inherited ?? null;
  return text.slice(found[0], found[1]);
}

/**
 * The start of the table row `at` is in (a row's first cell is where an excerpt of a table should open), or null
 * when the line holding `at` is not a table row.
 */
export function rowStartAt(text: string, at: number): number | null {
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  return isTableRow(lineAt(text, lineStart)) ? lineStart : null;
}

/**
 * The header cell of the column `at` stands in, when `at` is in a body row of a table whose header row `text`
 * holds: "Juara" for the "1" of "| 1 | Aditya | 03 |" under "| Juara | Nama | RT |". What the row's number, name
 * or amount in that column is of, as the words before it would say on a line of its own ("Juara 1: Aditya").
 * Null elsewhere (not in a table, on its header or delimiter row, in a part whose header lies before `text`), or
 * where the header row has fewer cells. `tops`: see tableHeaderAt.
 */
export function columnHeaderAt(text: string, at: number, tops?: Map<number, number>): string | null {
  const header = tableHeaderAt(text, at, tops);
  if (header === null || header === 'before') return null;
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  // (Not the delimiter row, which has no cells of its own.)
  if (isDelimiterRow(lineAt(text, lineStart))) return null;
  const column = cellsBefore(text.slice(lineStart, at));
  const cells = splitCells(lineAt(text, header[0]));
  return column >= 0 && column < cells.length ? cells[column]! : null;
}

/** The cells of a row, trimmed, without the empty pieces outside its outer pipes (an escaped `\|` is no border). */
function splitCells(row: string): string[] {
  const cells = row.trim().split(CELL_BORDER);
  const out: string[] = [];
  for (let k = 1; k < cells.length - 1; k++) out.push(cells[k]!.trim());
  return out;
}

/** How many cells of a row stand before a place in it, `before` being the row's text up to that place. */
function cellsBefore(before: string): number {
  return before.split(CELL_BORDER).length - 2;
}

/** A pipe that is a cell's border, not an escaped one (`\|`, a pipe inside a cell). */
const CELL_BORDER = /(?<!\\)\|/u;

/** Every table header in `text`: the spans of its header row and the delimiter row under it, in order. */
export function tableHeaders(text: string): Span[] {
  const out: Span[] = [];
  let previous: Span | null = null;
  for (let start = 0; start <= text.length; ) {
    const line = lineAt(text, start);
    const end = start + line.length;
    if (previous !== null && isDelimiterRow(line) && isTableRow(text.slice(previous[0], previous[1]))) out.push([previous[0], end]);
    previous = [start, end];
    start = end + 1;
  }
  return out;
}

/** The line of `text` starting at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const br = text.indexOf('\n', start);
  return text.slice(start, br === -1 ? text.length : br);
}
