// Asking the engine every question of a set and judging the answers. Separate from the script so tests and the
// benchmark can use it without a command line.

import { performance } from 'node:perf_hooks';
import type { Library } from '../engine/library.ts';
import { CUTOFF, misses, score, type EvalQuery, type Miss, type QueryOutcome, type Scores } from './metrics.ts';

export interface SetResult {
  name: string;
  scores: Scores;
  misses: Miss[];
  /** Milliseconds spent answering (not loading). */
  ms: number;
}

/** Asks each question for the top `top` results (10 by default, the metrics' cut-off) and scores the set. */
export function evaluate(name: string, library: Pick<Library, 'ask'>, queries: readonly EvalQuery[], top = CUTOFF): SetResult {
  const started = performance.now();
  const outcomes: QueryOutcome[] = queries.map((query) => {
    const answer = library.ask(query.q, { top });
    return { query, answered: answer.answered, results: answer.results.map((r) => ({ id: r.id, docId: r.docId, text: r.text })) };
  });
  const ms = performance.now() - started;
  return { name, scores: score(outcomes), misses: misses(outcomes), ms };
}

const fixed = (x: number) => x.toFixed(3);

/** One Markdown table (it reads well in a terminal and pastes into the README as is). */
export function formatTable(results: readonly SetResult[]): string {
  const header = ['set', 'n', 'MRR@10', 'R@1', 'R@3', 'R@10', 'none unanswered'];
  const rows = results.map(({ name, scores: s }) => [
    name,
    String(s.n),
    fixed(s.mrr10),
    fixed(s.r1),
    fixed(s.r3),
    fixed(s.r10),
    s.none.n === 0 ? '–' : `${s.none.unanswered}/${s.none.n}`,
  ]);
  return markdownTable(header, rows);
}

/** A Markdown table: the first column text, left-aligned; the others numbers, right-aligned (cells and rule). */
function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const cell = (v: string, i: number) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!));
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The `--json` shape for one set: `{"n","mrr10","r1","r3","r10","none":{"n","unanswered"}}`. */
export function toJson(s: Scores): Scores {
  return { n: s.n, mrr10: s.mrr10, r1: s.r1, r3: s.r3, r10: s.r10, none: { n: s.none.n, unanswered: s.none.unanswered } };
}

/** `--verbose`: each question that did not come out first, with what was expected and what came back. */
export function formatMisses(result: SetResult): string {
  if (result.misses.length === 0) return `${result.name}: no misses`;
  const lines = [`${result.name}: ${result.misses.length} miss${result.misses.length === 1 ? '' : 'es'}`];
  for (const m of result.misses) {
    const q = m.query;
    let what: string;
    if (q.none) what = 'answered, but the corpus has no answer';
    else if (m.rank === null) what = `not in the top ${CUTOFF}`;
    else what = `first hit at rank ${m.rank}`;
    if (!q.none && !m.answered) what += '; marked unanswered';
    const expected = q.none ? 'none' : q.gold !== null ? `gold ${q.gold.join(', ')}` : `text containing ${q.answers.map((a) => JSON.stringify(a)).join(' + ')}`;
    lines.push(`- [${q.id}] ${q.q}`, `    ${what}; expected ${expected}`, `    top 3: ${m.top.length === 0 ? '(no results)' : m.top.join(', ')}`);
  }
  return lines.join('\n');
}

/** How often a corpus answers: its own answerable questions, and questions it should leave unanswered. */
export interface ConfidenceRow {
  name: string;
  /** The set's answerable questions, and how many were marked answered. */
  own: { n: number; answered: number };
  /** The other sets' questions and the set's own `none` rows, and how many were (wrongly, mostly) answered. */
  others: { n: number; answered: number };
}

/**
 * `--confidence`: asks every set's corpus its own questions and everyone else's. A question from another set is
 * not always without an answer (the corpora overlap in topic), so `others` overstates false answers; it is for
 * comparing methods of deciding `answered`, as `own` is, not an absolute error rate.
 */
export function confidence(sets: ReadonlyArray<{ name: string; library: Pick<Library, 'ask'>; queries: readonly EvalQuery[] }>): ConfidenceRow[] {
  return sets.map(({ name, library, queries }) => {
    const answered = (q: string) => library.ask(q, { top: 1 }).answered;
    const own = queries.filter((q) => !q.none);
    const others = [...queries.filter((q) => q.none), ...sets.filter((s) => s.name !== name).flatMap((s) => s.queries)];
    return {
      name,
      own: { n: own.length, answered: own.filter((q) => answered(q.q)).length },
      others: { n: others.length, answered: others.filter((q) => answered(q.q)).length },
    };
  });
}

export function formatConfidence(rows: readonly ConfidenceRow[]): string {
  const share = (x: { n: number; answered: number }) => `${x.answered}/${x.n} (${x.n === 0 ? '–' : `${Math.round((100 * x.answered) / x.n)}%`})`;
  return markdownTable(
    ['corpus', 'own questions answered', "others' questions answered"],
    rows.map((r) => [r.name, share(r.own), share(r.others)]),
  );
}
