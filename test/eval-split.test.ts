import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitScores } from '../src/eval/split.ts';
import type { EvalQuery, QueryOutcome } from '../src/eval/metrics.ts';
import { fixtures, runNode } from './cli-helpers.ts';

// Four answerable rows and one none-row, in file order (1-based): row 1 hit at 1, row 2 at 2, row 3 at 4, row 4
// a none-row left unanswered, row 5 no hit. Odd rows (1, 3, 5): (1 + 1/4 + 0) / 3; even rows (2, 4): 1/2 over the
// one answerable row; all: (1 + 1/2 + 1/4 + 0) / 4.
const row = (id: string, goldRank: number | null, none = false): QueryOutcome => {
  const query: EvalQuery = { id, lang: 'id', q: `q ${id}`, gold: none ? null : [`g${id}`], answers: [], none };
  const results = Array.from({ length: 10 }, (_, i) => ({ id: `x${id}-${i}#1`, docId: `x${id}-${i}`, text: '' }));
  if (goldRank !== null) results[goldRank - 1] = { id: `g${id}#1`, docId: `g${id}`, text: '' };
  return { query, answered: !none, results };
};

describe('splitScores', () => {
  const outcomes = [row('1', 1), row('2', 2), row('3', 4), row('4', null, true), row('5', null)];
  const split = splitScores(outcomes);

  it('scores the odd-numbered rows, the even-numbered rows and the whole apart', () => {
    expect(split.odd.n).toBe(3);
    expect(split.odd.mrr10).toBeCloseTo((1 + 1 / 4) / 3, 10);
    expect(split.even.n).toBe(1);
    expect(split.even.mrr10).toBeCloseTo(1 / 2, 10);
    expect(split.even.none).toEqual({ n: 1, unanswered: 1 });
    expect(split.all.n).toBe(4);
    expect(split.all.mrr10).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 4, 10);
  });

  it('numbers rows from 1, as the lines of a file are: the first row is odd', () => {
    expect(splitScores([row('1', 1)]).odd.r1).toBe(1);
    expect(splitScores([row('1', 1)]).even.n).toBe(0);
  });
});

describe('scripts/split-eval.mts --sets', () => {
  it('names a set it does not find (exit 2) rather than leave it out of the odd sum unsaid', async () => {
    // "--sets facqa,tydiqa" measured facqa alone, and its "odd sum", the figure a setting is chosen by, was
    // facqa's alone, with nothing to say that the other set had been skipped.
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-split-eval-'));
    try {
      mkdirSync(path.join(dir, 'mini'));
      copyFileSync(path.join(fixtures, 'corpus.jsonl'), path.join(dir, 'mini', 'corpus.jsonl'));
      copyFileSync(path.join(fixtures, 'questions.jsonl'), path.join(dir, 'mini', 'dev.jsonl'));
      const res = await runNode('scripts/split-eval.mts', ['--eval-dir', dir, '--sets', 'mini,minj']);
      expect(res.stderr).toContain(`split-eval: no set "minj" in ${dir} (found: mini)`);
      expect(res.code).toBe(2);
      expect(res.stdout).not.toContain('odd sum');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
