// A set's questions split in two by their row number, to choose a weight or a threshold on one half and report the
// other: a setting chosen on the odd-numbered rows of facqa and tydiqa-id is checked on their even-numbered rows,
// which played no part in choosing it (see scripts/split-eval.mts and docs/retrieval.md).

import { score, type QueryOutcome, type Scores } from './metrics.ts';

export interface SplitScores {
  /** Rows 1, 3, 5, … of the file (numbered from 1, as its lines are). */
  odd: Scores;
  /** Rows 2, 4, 6, … */
  even: Scores;
  all: Scores;
}

/** The scores of the odd-numbered rows, the even-numbered rows and all of them, given the outcomes in file order. */
export function splitScores(outcomes: readonly QueryOutcome[]): SplitScores {
  return {
    odd: score(outcomes.filter((_, i) => i % 2 === 0)),
    even: score(outcomes.filter((_, i) => i % 2 === 1)),
    all: score(outcomes),
  };
}
