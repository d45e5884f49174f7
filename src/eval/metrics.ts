// Retrieval metrics for the evaluation sets (formats and scoring: ../shared/eval/README.md).
// Pure functions: the runner asks the engine, this module only judges what came back, so the arithmetic can be
// checked by hand in a test without an index.

/** One row of a `dev.jsonl` file. */
export interface EvalQuery {
  id: string;
  lang: string | null;
  q: string;
  /** Document ids that answer the question. Absent in the forum set: there `answers` judge the passage text. */
  gold: string[] | null;
  answers: string[];
  /** True when the corpus holds no answer: the right outcome is `answered === false`. */
  none: boolean;
}

/** The part of an engine result the metrics look at. */
export interface RankedResult {
  id: string;
  docId: string;
  text: string;
}

/** What the engine returned for one query, in the order it returned it. */
export interface QueryOutcome {
  query: EvalQuery;
  answered: boolean;
  results: RankedResult[];
}

export interface Scores {
  /** Answerable queries (rows without `none`): MRR and recall are over these only. */
  n: number;
  mrr10: number;
  r1: number;
  r3: number;
  r10: number;
  none: { n: number; unanswered: number };
}

/** The metrics cut at 10 results, as the README's scoring says; later results never count. */
export const CUTOFF = 10;

/**
 * Is this result a hit for this query?
 * With `gold`: the result's document is one of the gold documents (several passages of one document may be
 * returned; each of them is a hit). Without `gold` (the forum set): the passage text contains every answer
 * string, case-insensitively, a line break or run of spaces counting as one space.
 */
export function isHit(query: EvalQuery, result: RankedResult): boolean {
  if (query.gold !== null) return query.gold.includes(result.docId);
  if (query.answers.length === 0) return false; // nothing to look for: never a hit (rows are validated on read)
  const text = flatten(result.text);
  return query.answers.every((a) => text.includes(flatten(a)));
}

/** Any run of whitespace, line breaks included, as one space. */
const WHITESPACE_RUN = /\s+/g;

/**
 * Lowercased, every whitespace run one space: a write-up hard-wrapped in an editor breaks an answer such as a
 * name over two lines, and the passage still says it.
 */
function flatten(text: string): string {
  return text.toLowerCase().replace(WHITESPACE_RUN, ' ');
}

/** 1-based position of the first hit among the first `CUTOFF` results as returned, or null when none hit. */
export function firstHitRank(query: EvalQuery, results: readonly RankedResult[]): number | null {
  const limit = Math.min(results.length, CUTOFF);
  for (let i = 0; i < limit; i++) {
    if (isHit(query, results[i]!)) return i + 1;
  }
  return null;
}

/** MRR@10, R@1, R@3, R@10 over the answerable rows; for `none` rows, how many were correctly left unanswered. */
export function score(outcomes: readonly QueryOutcome[]): Scores {
  let n = 0;
  let reciprocal = 0;
  let r1 = 0;
  let r3 = 0;
  let r10 = 0;
  let noneN = 0;
  let unanswered = 0;
  for (const { query, answered, results } of outcomes) {
    if (query.none) {
      noneN++;
      if (!answered) unanswered++;
      continue;
    }
    n++;
    const rank = firstHitRank(query, results);
    if (rank === null) continue;
    reciprocal += 1 / rank;
    if (rank <= 1) r1++;
    if (rank <= 3) r3++;
    if (rank <= 10) r10++;
  }
  // An empty set scores 0 rather than NaN, so a table or JSON consumer never sees a non-number.
  const share = (k: number) => (n === 0 ? 0 : k / n);
  return { n, mrr10: share(reciprocal), r1: share(r1), r3: share(r3), r10: share(r10), none: { n: noneN, unanswered } };
}

/** A query that did not come out at rank 1 (or a none-row that was answered), for `--verbose` diagnosis. */
export interface Miss {
  query: EvalQuery;
  /** Rank of the first hit within the top 10, null when there was none; null for none-rows. */
  rank: number | null;
  answered: boolean;
  /** Ids of the first three results as returned. */
  top: string[];
}

export function misses(outcomes: readonly QueryOutcome[]): Miss[] {
  const out: Miss[] = [];
  for (const { query, answered, results } of outcomes) {
    const top = results.slice(0, 3).map((r) => r.id);
    if (query.none) {
      if (answered) out.push({ query, rank: null, answered, top });
      continue;
    }
    const rank = firstHitRank(query, results);
    // An answerable question left unanswered is a miss for the user even when the right passage ranks first.
    if (rank !== 1 || !answered) out.push({ query, rank, answered, top });
  }
  return out;
}
