import { describe, expect, it } from 'vitest';
import { answerSlot, answerValues, holdsNewAnswer } from '../src/engine/answer-slot.ts';
import { Library } from '../src/engine/library.ts';
import { columnCounts, totalsFirst } from '../src/engine/table-counts.ts';
import { writeUp } from './write-up.ts';

// A report states counts in a table, the thing counted in the column's header ("| Bulan | Buku terkumpul |"), the
// numbers alone in its cells: a count of that thing, as "412 buku" in a sentence is.
describe('a count stated in a table column', () => {
  const table =
    '## Terkumpul per bulan\n\n| Bulan | Buku terkumpul | Buku disortir keluar |\n|---|---|---|\n| Agustus | 412 | 38 |\n| September | 638 | 51 |\n| **Total** | **1.050** | **89** |';

  it('holds a count of the noun its column header names, not of another', () => {
    expect(holdsNewAnswer(answerSlot('brp buku terkumpul')!, table)).toBe(true);
    expect(holdsNewAnswer(answerSlot('berapa relawan ikut')!, table)).toBe(false);
    // (Nor a table of another thing's counts.)
    expect(holdsNewAnswer(answerSlot('brp buku terkumpul')!, '| Desa | Relawan |\n|---|---|\n| Kalisidi | 12 |')).toBe(false);
    // (Nor a year under a header that names the noun: "| Angkatan peserta |" over "| 2021 |".)
    expect(columnCounts(['peserta'], '| Nama | Angkatan peserta |\n|---|---|\n| Rina | 2021 |')).toEqual([]);
  });

  it('shows the total row\'s count where the table has one, else each count', () => {
    const shown = (q: string, text: string) => answerValues(answerSlot(q)!, text).map(([a, b]) => text.slice(a, b));
    expect(shown('brp buku terkumpul', table)).toEqual(['1.050']);
    // (A month the question names: its row's, not the total.)
    expect(shown('brp buku terkumpul bulan agustus', table)).toEqual(['412']);
    expect(shown('brp buku terkumpul', '| Bulan | Buku terkumpul |\n|---|---|\n| Agustus | 412 |\n| September | 638 |')).toEqual(['412', '638']);
  });

  it('names no row by the words that name the column: the noun counted in a row\'s label is no row asked', () => {
    const kinds = '| Jenis | Buku terkumpul |\n|---|---|\n| Buku anak | 300 |\n| Buku pelajaran | 500 |\n| **Total** | **800** |';
    const values = (q: string) => totalsFirst(kinds, columnCounts(['buku'], kinds, new Set(q.split(' '))), new Set(q.split(' '))).map(([a, b]) => kinds.slice(a, b));
    expect(values('brp buku terkumpul')).toEqual(['800']);
    // (A word of the question other than the column's still names its row.)
    expect(values('brp buku anak terkumpul')).toEqual(['300']);
  });

  const lib = Library.fromDocuments([
    writeUp({
      id: 'laporan', title: 'Laporan Donasi Buku 2025: terkumpul dan tersalurkan', date: '2025-11-10',
      body:
        'Terima kasih untuk semua donatur! Berikut rekap donasi buku periode Agustus–September 2025.\n\n' +
        table + '\n\n' +
        'Buku yang disortir keluar kebanyakan majalah lama dan LKS yang sudah diisi. Buku layak salur: **961 buku**.\n\n' +
        '## Disalurkan ke desa\n\n| Desa | Jumlah buku |\n|---|---|\n| Kalisidi | 420 |\n| Lerep | 380 |\n\n' +
        'Penyaluran pakai 2 mobil pinjaman anggota dan 11 relawan. Buku diserahkan ke pengelola taman baca desa.',
    }),
    writeUp({ id: 'klub', title: 'Klub Baca Oktober', date: '2025-10-12', body: 'Buku bulan ini Cantik Itu Luka.\n\nHadir 17 orang.' }),
  ]);

  it('ranks the table stating the count collected first', () => {
    expect(lib.ask('brp buku terkumpul').results[0]?.text).toContain('1.050');
  });
});
