// Terminal rendering of the engine's answer model: the console and `npm run ask` print these strings. Pure
// functions of their inputs (colour and width are parameters, never read from the process here), so tests can
// check both the plain and the coloured forms.

import { documentTypes } from '../engine/corpus.ts';
import { formatProblem, type ReloadReport } from '../engine/library.ts';
import { idList, lastGoodLines, problemsToFix, renamedPairs } from '../engine/reload-lines.ts';
import { safeText } from '../engine/safe-text.ts';
import { headerAbove } from '../engine/tables.ts';
import type { Answer, AnswerResult, CorpusProblem, CorpusSummary, Highlight } from '../engine/types.ts';

export interface RenderOptions {
  /** ANSI bold/colour for matched words, numbers and citations. */
  color: boolean;
  /** Wrap long lines at this many columns (a TTY's width); no wrapping when absent, so pipes get the text intact. */
  width?: number | undefined;
}

export interface AnswerRenderOptions extends RenderOptions {
  /** What the corpus covers, shown when there is no confident answer. */
  summary?: CorpusSummary | undefined;
  /** Results already shown before these (paging): numbering continues from here. */
  offset?: number | undefined;
}

const ESC = '\u001b[';
const style = {
  bold: (s: string, on: boolean) => (on ? `${ESC}1m${s}${ESC}22m` : s),
  dim: (s: string, on: boolean) => (on ? `${ESC}2m${s}${ESC}22m` : s),
  match: [`${ESC}1m${ESC}33m`, `${ESC}39m${ESC}22m`] as const,
};

/** Colour when the stream is a terminal and NO_COLOR is not set (https://no-color.org); FORCE_COLOR forces it. */
export function colorEnabled(stream: { isTTY?: boolean | undefined }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}

export function renderAnswer(answer: Answer, options: AnswerRenderOptions): string {
  const offset = options.offset ?? 0;
  // ("acara besok apa?": the day it was read as, see Answer.readAs. On every page: /more asks the question again,
  // on the clock of that moment, which may read another day than the first page did.)
  const readAs = answer.readAs === undefined ? '' : `Read as "${safeText(answer.readAs.trim())}".\n\n`;
  // A further page (/more) continues the numbered list: what the first page said around it is not repeated.
  if (offset > 0) return answer.results.length === 0 ? 'No more results.' : readAs + renderResults(answer, offset, options);
  if (!answer.answered || answer.results.length === 0) return renderUnanswered(answer, options);
  return readAs + renderResults(answer, offset, options);
}

function renderResults(answer: Answer, offset: number, options: AnswerRenderOptions): string {
  // The best passage of an answer is shown whole (it is the answer); the others, and every suggestion, as
  // snippets, to keep the screen readable.
  return answer.results.map((r, i) => renderResult(r, offset + i + 1, answer.answered && offset + i === 0, options)).join('\n\n');
}

function renderUnanswered(answer: Answer, options: AnswerRenderOptions): string {
  const readAs = answer.readAs === undefined ? '' : ` (read as "${safeText(answer.readAs.trim())}")`;
  const lines = [`No confident answer to "${safeText(answer.question.trim())}"${readAs} in the corpus.`];
  if (answer.results.length > 0) {
    lines.push('', 'The closest passages, which may not answer it:', '');
    lines.push(renderResults(answer, 0, options));
  }
  if (options.summary) lines.push('', coverage(options.summary));
  return lines.join('\n');
}

/** "The corpus covers: A (2024-12), B …" — what a person could ask about instead. */
export function coverage(summary: CorpusSummary, max = 8): string {
  const docs = summary.documents;
  if (docs.length === 0) return 'The corpus is empty.';
  const names = docs.slice(0, max).map((d) => `${safeText(d.title.trim() || d.id)}${d.date ? ` (${d.date})` : ''}`);
  const more = docs.length > max ? `, and ${docs.length - max} more` : '';
  const noun = docs.length === 1 ? 'document' : 'documents';
  return `The corpus covers ${docs.length} ${noun}: ${names.join('; ')}${more}.`;
}

function renderResult(r: AnswerResult, n: number, whole: boolean, options: RenderOptions): string {
  const number = `${n}. `;
  const indent = ' '.repeat(number.length);
  const { text, highlights, from } = whole ? { text: r.text, highlights: r.highlights, from: 0 } : excerpt(r);
  const width = options.width === undefined ? null : Math.max(20, options.width - indent.length);
  // Rows shown from the middle of a table get the table's header row above them, for their column names.
  const header = from === null ? null : headerAbove(r.text, from, r.tableHeader);
  const above = header === null ? '' : paint(safeText(header), [], false, width, indent) + `\n${indent}`;
  const body = above + paint(safeText(text), highlights, options.color, width, indent);
  const url = r.url && !r.citation.includes(r.url) ? `  ${r.url}` : '';
  const citation = paint(safeText(`— ${r.citation}${url}`), [], false, width, indent);
  return `${style.bold(number, options.color)}${body}\n${indent}${style.dim(citation, options.color)}`;
}

/**
 * The snippet with the result's highlights carried over. Highlights are offsets into `text`; when the snippet is
 * a verbatim slice of it (ellipses aside) they are shifted, otherwise the highlighted words are found again in
 * the snippet by their spelling. `from` is where in `text` the snippet starts (null when it is not a slice of it).
 */
export function excerpt(r: Pick<AnswerResult, 'text' | 'snippet' | 'highlights'>): { text: string; highlights: Highlight[]; from: number | null } {
  const snippet = r.snippet || r.text;
  if (snippet === r.text) return { text: r.text, highlights: r.highlights, from: 0 };
  const core = snippet.replace(/^(?:\s|…|\.\.\.)+/u, '').replace(/(?:\s|…|\.\.\.)+$/u, '');
  const at = core === '' ? -1 : r.text.indexOf(core);
  if (at >= 0) {
    const lead = snippet.indexOf(core);
    const shifted = r.highlights.filter(([s, e]) => s >= at && e <= at + core.length).map(([s, e]): Highlight => [s - at + lead, e - at + lead]);
    return { text: snippet, highlights: shifted, from: at };
  }
  const words = new Set(r.highlights.map(([s, e]) => r.text.slice(s, e).toLowerCase()).filter((w) => w.trim() !== ''));
  const found: Highlight[] = [];
  for (const m of snippet.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’+\-]*/gu)) {
    if (words.has(m[0].toLowerCase())) found.push([m.index, m.index + m[0].length]);
  }
  return { text: snippet, highlights: found, from: null };
}

/**
 * Inserts the highlight codes (when colour is on) and, given a width, turns some spaces into line breaks plus
 * an indent. Both are edits at positions of the original string, done in one pass so offsets never drift.
 */
export function paint(text: string, highlights: readonly Highlight[], color: boolean, width: number | null, indent = ''): string {
  const starts = new Set<number>();
  const ends = new Set<number>();
  if (color) {
    for (const [s, e] of mergeRanges(highlights, text.length)) {
      starts.add(s);
      ends.add(e);
    }
  }
  const breaks = width === null ? new Set<number>() : wrapPoints(text, width);
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    if (ends.has(i)) out += style.match[1];
    if (i === text.length) break;
    if (starts.has(i)) out += style.match[0];
    const ch = text[i]!;
    if (breaks.has(i)) out += `\n${indent}`;
    else if (ch === '\n') out += `\n${indent}`;
    else out += ch;
  }
  return out;
}

/** Sorted, clipped, non-overlapping ranges, so that codes never nest or interleave. */
function mergeRanges(ranges: readonly Highlight[], length: number): Highlight[] {
  const sorted = ranges
    .map(([s, e]): Highlight => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Highlight[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Indices of the spaces to break at so no line exceeds `width` (a longer word stays whole on its own line). */
function wrapPoints(text: string, width: number): Set<number> {
  const points = new Set<number>();
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (ch === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      points.add(lastSpace);
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return points;
}

/** "1 document", "2 documents": the count and its English noun, for every terminal message. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the files a corpus folder holds but does not read are called, in a reload's report and in check-corpus
 * alike: "not read (only .md, … files are documents)".
 */
export function notRead(): string {
  return `not read (only ${documentTypes()} files are documents)`;
}

export function renderReload(report: ReloadReport, options: RenderOptions): string {
  const ms = `${Math.round(report.ms)} ms`;
  if (!report.ok) {
    const head = `Reload rejected: the corpus has ${plural(report.problems.length, 'problem')}. Still serving the previous index (${plural(report.before.documents, 'document')}, ${plural(report.before.passages, 'passage')}).`;
    return [
      style.bold(head, options.color),
      ...report.problems.map(formatProblem),
    ].join('\n');
  }
  return [
    style.bold(`Reloaded in ${ms}${report.by ? ` (by ${safeText(report.by)})` : ''}${problemsToFix(report)}.`, options.color),
    `  documents ${report.before.documents} → ${report.after.documents}, passages ${report.before.passages} → ${report.after.passages}`,
    `  added: ${idList(report.added)}`,
    `  removed: ${idList(report.removed)}`,
    `  changed: ${idList(report.changed)}`,
    ...(report.renamed.length > 0 ? [`  renamed: ${idList(renamedPairs(report))}`] : []),
    ...(report.unread.length > 0 ? [`  ${notRead()}: ${idList(report.unread)}`] : []),
    ...lastGoodLines(report),
  ].join('\n');
}

export interface SummaryRenderOptions extends RenderOptions {
  loadedAt?: Date | undefined;
  loadedBy?: string | null | undefined;
  /** Whether the start-up load is still serving (see Snapshot.atStartUp); when omitted, whether `loadedBy` is empty. */
  atStartUp?: boolean | undefined;
  /** 'watch' for a reload by the corpus watcher (WATCH_CORPUS=1): "when a file of the corpus changed", not its name;
   * 'here' for the console's own /reload, told to the person who typed it. */
  reloader?: 'name' | 'watch' | 'here' | undefined;
  /** Documents a page lists (eval corpora hold thousands). */
  max?: number | undefined;
  /** The page to show (0-based); past the last page, the last. Default 0. */
  page?: number | undefined;
  /** Problems of the load serving now (see Snapshot.problems): left out at start-up, or broken at a reload. */
  problems?: readonly CorpusProblem[] | undefined;
}

const SUMMARY_PAGE = 20;

/** How many pages the list of `documents` documents takes, `max` a page (at least one). */
export function summaryPages(documents: number, max = SUMMARY_PAGE): number {
  return Math.max(1, Math.ceil(documents / max));
}

/** One page of the corpus's documents (the console's /about), with what pages the others are and how to see them. */
export function renderSummary(summary: CorpusSummary, options: SummaryRenderOptions): string {
  const max = options.max ?? SUMMARY_PAGE;
  const pages = summaryPages(summary.documents.length, max);
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const lines = [style.bold(`The corpus holds ${plural(summary.documents.length, 'document')} (${plural(summary.passages, 'passage')}):`, options.color)];
  for (const d of summary.documents.slice(page * max, (page + 1) * max)) {
    const meta = [d.date, d.source].filter((x): x is string => Boolean(x)).map(safeText).join(' · ');
    const title = safeText(d.title.trim() || d.id);
    lines.push(`- ${title}${meta ? ` (${meta})` : ''}: ${plural(d.passages, 'passage')}${d.url ? `  ${safeText(d.url)}` : ''}`);
  }
  if (pages > 1) {
    const from = page * max + 1;
    const to = Math.min(summary.documents.length, from + max - 1);
    const how = page + 1 < pages ? '/more shows the next, /about <page> any page' : '/about <page> shows any page';
    lines.push(style.dim(`Page ${page + 1} of ${pages} (documents ${from}–${to}); ${how}.`, options.color));
  }
  const problems = options.problems ?? [];
  const atStartUp = options.atStartUp ?? !options.loadedBy;
  if (problems.length > 0) {
    const heading = !atStartUp
      ? `Broken at the last reload (${plural(problems.length, 'problem')}; each such file answers as it was before, or is left out; fix, then /reload):`
      : `Left out at start-up (${plural(problems.length, 'problem')}; fix, then /reload):`;
    lines.push(style.bold(heading, options.color));
    for (const p of problems.slice(0, max)) lines.push(formatProblem(p));
    if (problems.length > max) lines.push(`- … and ${problems.length - max} more`);
  }
  if (options.loadedAt) {
    const at = `${options.loadedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const line = atStartUp
      ? `Loaded at start-up, ${at}; not reloaded since.`
      : options.reloader === 'watch'
        ? `Last reloaded ${at}, when a file of the corpus changed.`
        : options.reloader === 'here'
          ? `Last reloaded ${at}, with /reload at this console.`
        : `Last reloaded ${at}${options.loadedBy ? ` by ${safeText(options.loadedBy)}` : ''}.`;
    lines.push(style.dim(line, options.color));
  }
  return lines.join('\n');
}
