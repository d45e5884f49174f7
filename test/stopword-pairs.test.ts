// A stopword that tells passages apart where it stands beside a word: "saldo akhir" (the closing balance) beside
// "saldo awal" (the opening one). "akhir" is a stopword, so "saldo akhir maret" read only "saldo" and "maret", and
// April's report, which opens with "Saldo awal (dari Maret)", came before March's "Saldo akhir Maret" (the relief
// volunteers' persona set).

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// Two reports alike but for the stopword: the newer one says "saldo awal", and, the stopword read as nothing, it came
// first for "saldo akhir maret".
const lib = Library.fromDocuments([
  writeUp({ id: 'kas-awal', title: 'Laporan Kas', body: 'Saldo awal Maret: Rp 3.400.000.', date: '2025-03-01' }),
  writeUp({ id: 'kas-akhir', title: 'Laporan Kas', body: 'Saldo akhir Maret: Rp 5.400.000.', date: '2025-04-01' }),
  writeUp({ id: 'rapat', title: 'Rapat Akhir Tahun', body: 'Pada akhir rapat, bendahara membacakan saldo kas bulan Maret.', date: '2025-12-20' }),
]);

describe('a stopword beside the word it qualifies', () => {
  it('"saldo akhir maret" finds the closing balance, not the opening one', () => {
    expect(lib.ask('saldo akhir maret').results[0]?.docId).toBe('kas-akhir');
    expect(lib.ask('saldo akhir maret brp').results[0]?.docId).toBe('kas-akhir');
  });

  it('counts the stopword only where the pair stands side by side', () => {
    // The meeting's passage says "akhir" and "saldo", apart: no closing balance, and it earns nothing for it.
    const scores = (q: string) => new Map(lib.ask(q, { top: 5 }).results.map((r) => [r.docId, r.score]));
    const withStop = scores('saldo akhir maret');
    const without = scores('saldo maret');
    expect(withStop.get('kas-akhir')! - without.get('kas-akhir')!).toBeGreaterThan(withStop.get('rapat')! - without.get('rapat')!);
    // (Its score as without the stopword: where it earned for the pair too, it earned less than March's report.)
    expect(withStop.get('rapat')).toBeCloseTo(without.get('rapat')!, 9);
  });
});
