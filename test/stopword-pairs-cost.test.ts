// The stopword pair's cost (see SearchIndex.#writtenSideBySide): the passages that have both words are read for the
// two side by side, up to 300 of them for each question. Each was tokenized whole, the most of the rule's work, even
// one that writes the two apart, which a look at its text tells (some 40% of those read on tydiqa-id).

import { describe, expect, it, vi } from 'vitest';
import * as analyzer from '../src/engine/analyzer.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

vi.mock('../src/engine/analyzer.ts', async (importOriginal) => {
  const original = await importOriginal<typeof analyzer>();
  return { ...original, tokenize: vi.fn(original.tokenize) };
});

const apart = Array.from({ length: 80 }, (_, n) => `Pada akhir rapat ke-${n + 1}, bendahara membacakan saldo kas warga blok ${n + 1}.`);
const lib = Library.fromDocuments([
  ...apart.map((body, n) => writeUp({ id: `rapat-${n}`, title: `Rapat ${n + 1}`, body })),
  writeUp({ id: 'kas-akhir', title: 'Laporan Kas', body: 'Saldo akhir Maret: Rp 5.400.000.', date: '2025-04-01' }),
]);

describe('the stopword pair on a corpus where many passages write both words apart', () => {
  it('finds the pair without tokenizing every passage that has both words', () => {
    // (A first question without the pair: one with it would have its passages kept by the index (see
    // SearchIndex.#pairs), and the question below read none, with or without the look at their texts.)
    lib.ask('saldo kas maret');
    const tokenize = vi.mocked(analyzer.tokenize);
    tokenize.mockClear();
    const a = lib.ask('saldo akhir kas maret');
    expect(a.results[0]?.docId).toBe('kas-akhir');
    const read = new Set(apart);
    const tokenized = tokenize.mock.calls.filter(([text]) => read.has(text)).length;
    expect(tokenized).toBeLessThan(apart.length / 2);
  });
});
