// keepLastGood (src/engine/last-good.ts): what a reload serves when some files are broken.

import { describe, expect, it, vi } from 'vitest';
import { keepLastGood } from '../src/engine/last-good.ts';
import type { CorpusDocument, CorpusProblem } from '../src/engine/types.ts';

const doc = (id: string, file: string, body = `Text of ${id}.`): CorpusDocument => ({
  id, title: id, body, excludedRanges: [], date: null, source: null, url: null, lang: null, file, line: null,
});
const problem = (file: string, line: number | null = null): CorpusProblem => ({ file, line, reason: 'broken' });

describe('keepLastGood', () => {
  it('serves the good files as loaded and each broken file as served, in path order', () => {
    const served = [doc('a', 'a.md', 'old a'), doc('b', 'b.md', 'old b'), doc('c', 'c.md')];
    const loaded = { documents: [doc('a', 'a.md', 'new a'), doc('c', 'c.md')], problems: [problem('b.md', 3)] };
    const result = keepLastGood(served, loaded);
    expect(result.documents.map((d) => [d.id, d.body])).toEqual([['a', 'new a'], ['b', 'old b'], ['c', 'Text of c.']]);
    expect([result.kept, result.leftOut, result.problems]).toEqual([['b.md'], [], [problem('b.md', 3)]]);
  });

  it('keeps a JSONL file whole: its good lines of now are no version of it', () => {
    const served = [doc('x1', 'bulk.jsonl', 'old 1'), doc('x2', 'bulk.jsonl')];
    const loaded = { documents: [doc('x1', 'bulk.jsonl', 'new 1'), doc('x3', 'bulk.jsonl'), doc('a', 'a.md')], problems: [problem('bulk.jsonl', 2)] };
    expect(keepLastGood(served, loaded).documents.map((d) => [d.id, d.body])).toEqual([['a', 'Text of a.'], ['x1', 'old 1'], ['x2', 'Text of x2.']]);
  });

  it('keeps the files under a folder that cannot be read', () => {
    const served = [doc('a', '2024/a.md'), doc('b', '2024/b.md'), doc('c', 'c.md')];
    const result = keepLastGood(served, { documents: [doc('c', 'c.md')], problems: [problem('2024')] });
    expect([result.documents.map((d) => d.id), result.kept, result.leftOut]).toEqual([['a', 'b', 'c'], ['2024/a.md', '2024/b.md'], []]);
  });

  it('leaves out a broken file never served, and one whose previous id a good file took (all of it)', () => {
    const served = [doc('x1', 'bulk.jsonl'), doc('x2', 'bulk.jsonl'), doc('c', 'c.md')];
    const loaded = { documents: [doc('c', 'c.md'), doc('x1', 'new.md')], problems: [problem('bulk.jsonl', 1), problem('fresh.md')] };
    const result = keepLastGood(served, loaded);
    expect(result.documents.map((d) => `${d.id}@${d.file}`)).toEqual(['c@c.md', 'x1@new.md']);
    expect([result.kept, result.leftOut]).toEqual([[], ['bulk.jsonl', 'fresh.md']]);
    expect(result.problems.at(-1)).toEqual({ file: 'bulk.jsonl', line: null, reason: 'its previous version is not served either: its document id "x1" is now used by new.md' });
  });

  it('does work in proportion to the corpus, not to its documents times its broken files', () => {
    // No timing: the scan that made this quadratic compared each document with every broken path (startsWith), so
    // the comparisons are counted. 4,000 documents in 40 folders, a tenth of them broken, and one unreadable folder.
    const served = Array.from({ length: 4000 }, (_, i) => doc(`d${i}`, `y${i % 40}/f${i}.md`));
    const problems = [...served.filter((_, i) => i % 10 === 0).map((d) => problem(d.file, 2)), problem('y7')];
    const brokenFiles = new Set(problems.map((p) => p.file));
    const loaded = { documents: served.filter((d) => !brokenFiles.has(d.file) && !d.file.startsWith('y7/')), problems };
    const startsWith = vi.spyOn(String.prototype, 'startsWith');
    let result;
    let comparisons;
    try {
      result = keepLastGood(served, loaded);
    } finally {
      // (Read before the spy is restored, which clears what it counted.)
      comparisons = startsWith.mock.calls.length;
      startsWith.mockRestore();
    }
    expect(comparisons).toBeLessThanOrEqual(served.length + problems.length);
    expect(result.documents.length).toBe(4000);
    expect(result.kept.length).toBe(400 + 100);
    expect(result.leftOut).toEqual([]);
  });
});
