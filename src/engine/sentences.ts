// A small sentence splitter for Indonesian and English prose, working on offsets so callers can slice the
// original text. natural's SentenceTokenizer splits "Rp12.500.000" and after "Dr.", and misses a sentence that
// ends in a URL; this one is tuned to the cases a write-up corpus actually has.
//
// The rule, in one line: a sentence ends at `.`, `!`, `?`, `…` (or a run of them, like `?!` or `...`), plus any
// closing quotes/brackets, when whitespace follows and the next word does not start with a lowercase letter.
// Everything else is exceptions to `.`:
// - a period not followed by whitespace never ends anything: 12.500.000, 3.5, https://example.com/a.b, a.n.;
// - known abbreviations that precede a name or number (Dr., Prof., Tn., Jl., No., e.g., Mr., St., ...);
// - a single capital letter (initials: J. R. R. Tolkien) and dotted short forms (U.S., S.H., Ph.D.);
// - a number at the start of a line (a numbered list item: "1. Pembukaan").
// Abbreviations that often close a sentence (dll., dsb., etc.) follow the main rule: "dll. yang" goes on,
// "dll. Kemudian" starts a new sentence. Inside a paragraph, a line break ends a sentence only before a list
// item or a table row, or around a Markdown heading; otherwise hard-wrapped lines are one flowing text.

import { isTableRow } from './tables.ts';

export type Span = [start: number, end: number];

/** Abbreviations (lowercase, without their final period) after which a period never ends a sentence. */
const NEVER_FINAL = new Set([
  // titles and honorifics
  'mr', 'mrs', 'ms', 'dr', 'drs', 'dra', 'prof', 'tn', 'ny', 'nn', 'sdr', 'sdri', 'bpk', 'yth', 'ir', 'hj', 'ust',
  'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'hon', 'sen', 'rep', 'gov', 'pres', 'st', 'mt', 'ft',
  // addresses, references, numbering
  'jl', 'jln', 'kab', 'kec', 'kel', 'prov', 'no', 'nos', 'nr', 'hlm', 'vol', 'vols', 'fig', 'figs', 'pp', 'ave', 'blvd',
  'pt', 'cv', 'a.n', 'u.p', 's.d', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'ca', 'dept', 'univ',
  // months, which precede a day or a year
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'agu', 'agt', 'sep', 'sept', 'oct', 'okt', 'nov', 'dec', 'des',
]);

/** Dotted short forms that often close a sentence (academic degrees after a name, times): the main rule applies. */
const DOTTED_MAY_END = new Set(['s.h', 'm.h', 's.e', 'm.si', 's.si', 's.kom', 's.pd', 's.t', 'm.t', 'm.m', 'm.b.a', 'ph.d', 'a.m', 'p.m']);

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡']);

const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LOWERCASE_START = /^\p{Ll}/u;

/** True for a Markdown ATX heading line (`# Title`, `### Part`), not for a hashtag (`#Imlek`). */
export function isHeadingLine(line: string): boolean {
  return HEADING_LINE.test(line);
}

/**
 * A heading line without its marks, as the page shows it ("## Jadwal ##" → "Jadwal"); any other line unchanged.
 * One rule for the shown text (answer.ts) and for a name read from a text's opening heading (text-title.ts).
 */
export function headingText(line: string): string {
  const m = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u.exec(line);
  return m ? m[1]! : line;
}

/**
 * The heading on the line at `start`, without its marks, or null when that line is no heading: what a passage opens
 * with names its section (segment.ts's Passage.sectionHeading; answer.ts's words that name, not answer).
 */
export function openingHeading(text: string, start: number): string | null {
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end === -1 ? text.length : end);
  return isHeadingLine(line) ? headingText(line).trim() || null : null;
}

/**
 * Splits `text.slice(from, to)` into sentences. Returns spans of `text`, trimmed of surrounding whitespace,
 * in order and non-overlapping. Linear in the length of the range. Stops after `max` sentences: a caller that
 * reads only the first (a text's name, see text-title.ts) need not split a long paragraph's others.
 */
export function splitSentences(text: string, from = 0, to = text.length, max = Infinity): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const c = text[i]!;
    if (c === '\n') {
      if (breaksAtLine(text, from, i, to)) {
        pushSpan(spans, text, start, i);
        if (spans.length >= max) return spans;
        start = skipSpace(text, i, to);
        i = start;
      } else {
        i++;
      }
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && TERMINATORS.has(text[j]!)) j++;
    const runEnd = j;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j >= to) break; // the text ends here: the last sentence ends with it
    if (!isSpace(text.charCodeAt(j))) {
      i = j; // 12.500.000, 3.5, example.com/a.b, "Yahoo!Inc": not an end
      continue;
    }
    const singlePeriod = runEnd === i + 1 && c === '.';
    if ((!singlePeriod || !isAbbreviation(text, from, i)) && !nextStartsLowercase(text, j, to)) {
      pushSpan(spans, text, start, j);
      if (spans.length >= max) return spans;
      start = skipSpace(text, j, to);
      i = start;
      continue;
    }
    i = j;
  }
  if (start < to) pushSpan(spans, text, start, to);
  return spans;
}

/** Is the word before the period at `dot` one after which a period does not end a sentence? */
export function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && !isSpace(text.charCodeAt(s - 1))) s--;
  while (s < dot && OPENERS.has(text[s]!)) s++;
  if (s === dot) return false;
  const token = text.slice(s, dot);
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  if (SINGLE_CAPITAL.test(token)) return true; // an initial
  if (DOTTED.test(token)) return !DOTTED_MAY_END.has(lower);
  if (/^\d{1,3}$/.test(token) && atLineStart(text, from, s)) return true; // "1. Item"
  return false;
}

/** Whether the next word (after whitespace and opening quotes/brackets) starts with a lowercase letter. */
function nextStartsLowercase(text: string, pos: number, to: number): boolean {
  let k = skipSpace(text, pos, to);
  while (k < to && OPENERS.has(text[k]!)) k++;
  if (k >= to) return false;
  // Two code units cover a surrogate pair, so letters outside the BMP are classified too.
  return LOWERCASE_START.test(text.slice(k, k + 2));
}

/**
 * Whether the line after the line break at `nl` stands on its own rather than going on with the line above: after
 * a blank line, or where a sentence ends at the break (see breaksAtLine: a heading, a list item, a table row). A
 * hard-wrapped paragraph's next line, or a list item's, does not.
 */
export function startsOwnLine(text: string, nl: number): boolean {
  const above = text.lastIndexOf('\n', nl - 1) + 1;
  return text.slice(above, nl).trim() === '' || breaksAtLine(text, 0, nl, text.length);
}

/** A line break inside a paragraph ends a sentence only around headings and before list items and table rows. */
function breaksAtLine(text: string, from: number, nl: number, to: number): boolean {
  let lineStart = nl;
  while (lineStart > from && text[lineStart - 1] !== '\n') lineStart--;
  if (isHeadingLine(text.slice(lineStart, nl))) return true;
  let nextEnd = text.indexOf('\n', nl + 1);
  if (nextEnd === -1 || nextEnd > to) nextEnd = to;
  // Only the next line's head matters, and a bounded slice keeps this linear on long hard-wrapped paragraphs
  // (a table row is read whole, once: only lines that start with a pipe are).
  const head = text.slice(nl + 1, Math.min(nextEnd, nl + 1 + 16));
  // A row of a table, pipes at both ends: a long table is cut between rows, never inside one. (A line that only
  // starts with a pipe, "| grep ERROR", is a hard-wrapped command, not a row.)
  if (/^[ \t]*\|/u.test(head)) return isTableRow(text.slice(nl + 1, nextEnd));
  return LIST_ITEM.test(head) || isHeadingLine(head);
}

function atLineStart(text: string, from: number, pos: number): boolean {
  for (let k = pos - 1; k >= from; k--) {
    const ch = text[k]!;
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

function pushSpan(spans: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) spans.push([start, e]);
}

export function skipSpace(text: string, pos: number, to: number): number {
  while (pos < to && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Whitespace as String.prototype.trim sees it (so trimmed passage text and offsets agree). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x80) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
