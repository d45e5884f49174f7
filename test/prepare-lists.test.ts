// The lists a write-up writes one item a paragraph (listRunsOf, lists.ts) are read over the whole corpus: an index
// built to serve (SearchIndex.build) reads them before its first question, as it does its other tables (see
// test/prepare.test.ts), so that the first question after a start or a reload does not wait for them.

import { describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../src/engine/answer.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

/** How often the lists of a corpus are read, counted through the real reader. */
const calls = vi.hoisted(() => ({ listRunsOf: 0 }));
vi.mock('../src/engine/lists.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/lists.ts')>();
  return {
    ...real,
    listRunsOf: (...args: Parameters<typeof real.listRunsOf>) => {
      calls.listRunsOf++;
      return real.listRunsOf(...args);
    },
  };
});

function passage(n: number, text: string): Passage {
  return {
    id: `lomba#${n}`, docId: 'lomba', title: 'Lomba Futsal Antar Kelas', paragraph: n, part: 1, parts: 1, text, start: 0,
    end: 0, date: '2025-03-02', source: null, url: null, lang: 'id',
  };
}

const CORPUS = [
  passage(1, 'Lomba futsal antar kelas diadakan di lapangan sekolah dan diikuti delapan tim.'),
  passage(2, 'Selamat kepada para pemenang lomba!'),
  passage(3, 'Juara 1: Kelas XI IPA 2'),
  passage(4, 'Juara 2: Kelas X IPS 1'),
  passage(5, 'Juara 3: Kelas XII IPA 1'),
];

describe('an index built to serve', () => {
  it("has read the write-ups' lists before its first question, and answers as an index that reads them then", async () => {
    calls.listRunsOf = 0;
    const prepared = await SearchIndex.build(CORPUS, { lexicon: null });
    expect(calls.listRunsOf).toBe(1);
    const first = answerQuestion(prepared, 'siapa pemenang lomba futsal', { top: 5 });
    expect(calls.listRunsOf).toBe(1);
    expect(first.answered).toBe(true);
    const lazy = new SearchIndex(CORPUS, { lexicon: null });
    expect(answerQuestion(lazy, 'siapa pemenang lomba futsal', { top: 5 })).toEqual(first);
    expect(calls.listRunsOf).toBe(2);
  });
});
