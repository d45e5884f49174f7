// Within a write-up, among its passages that match the question alike, the one that writes the question's words
// side by side comes first. A finance report's lines each match its title's words alike ("Laporan Donasi …" heads
// them all, and its month, "Oktober"): "total donasi bulan oktober" ranked "Total pengeluaran: Rp 9.450.000" above
// "Total donasi Oktober 2025: Rp 12.300.000", the one line that says "total donasi". Hand-made corpus.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { saidFirst } from '../src/engine/said-first.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'donasi-kebakaran',
    title: 'Laporan Donasi Bulan Oktober 2025',
    date: '2025-11-02',
    body: [
      'Laporan donasi untuk tiga keluarga korban kebakaran Gang Mawar, dikumpulkan 1-31 Oktober 2025.',
      'Total donasi Oktober 2025: Rp 12.300.000',
      'Pengeluaran: kasur dan selimut Rp 4.200.000, seragam dan buku sekolah anak Rp 2.750.000, sewa kontrakan dua bulan Rp 2.500.000.',
      'Total pengeluaran: Rp 9.450.000',
      'Sisa dana Rp 2.850.000 diserahkan tunai ke tiga keluarga.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'kerja-bakti',
    title: 'Kerja Bakti Gang Mawar',
    date: '2025-10-19',
    body: 'Kerja bakti membersihkan puing kebakaran diikuti 40 warga. Konsumsi dari donasi warga RT 02.',
  }),
  writeUp({
    id: 'fun-run',
    title: 'Fun Run Kampus 2024',
    date: '2024-03-10',
    body: [
      'Fun Run Kampus 2024 diikuti 300 pelari di kategori 5K putra dan 5K putri, start dari gerbang utama.',
      'Podium 5K putra: 1. Bagus Setiawan, 2. Rizky Ananda, 3. Yoga Pranata.',
      'Podium 5K putri: 1. Anisa Rahmawati, 2. Dewi Kartika, 3. Siti Marlina.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'pertukaran',
    title: 'Delapan jurnalis ikuti program pertukaran ke Beijing',
    date: '2024-09-23',
    body: [
      'Beijing - Delapan jurnalis Jawa Barat mengikuti program pertukaran jurnalis selama 10 hari di Tiongkok, dari 12 hingga 21 September 2024, mengunjungi kantor berita dan kampus.',
      'Tahun depan giliran jurnalis Tiongkok berkunjung ke Bandung.',
    ].join('\n\n'),
  }),
]);

describe('passages of one write-up that match alike', () => {
  it('"total donasi bulan oktober": the line that says "total donasi" first', () => {
    const a = lib.ask('total donasi bulan oktober', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Rp 12.300.000');
  });

  it('"total pengeluaran": still the expenses\' total', () => {
    const a = lib.ask('total pengeluaran bulan oktober', { top: 3 });
    expect(a.results[0]?.text).toContain('Rp 9.450.000');
  });

  it('the title\'s own words together count for nothing: the podium, not the opening that repeats "Fun Run Kampus"', () => {
    const a = lib.ask('juara 5K putra fun run kampus 2024 siapa', { top: 3 });
    expect(a.results[0]?.text).toContain('Bagus Setiawan');
  });

  it('only a tie-breaker: a passage that scores well below is not lifted for words said side by side in passing', () => {
    const a = lib.ask('berapa lama program pertukaran jurnalis ke tiongkok', { top: 3 });
    expect(a.results[0]?.text).toContain('10 hari');
  });
});

describe('saidFirst reads a passage only where it could be moved', () => {
  it('reads no text of a write-up\'s passages that match the question unalike (the rule runs on every answered question)', () => {
    let reads = 0;
    const hit = (id: string, coverage: number, score: number) => ({
      passage: {
        docId: 'd',
        title: 'Laporan Donasi',
        get text() {
          reads += 1;
          return `Total donasi ${id}: Rp 1.000.000`;
        },
      },
      score,
      coverage,
      terms: new Map([
        ['total', 0],
        ['donasi', 1],
      ]),
    });
    const hits = [hit('a', 1, 10), hit('b', 0.5, 9), hit('c', 1, 3)];
    const out = saidFirst(hits, null, null);
    expect(reads).toBe(0);
    expect(out.every((h, i) => h === hits[i])).toBe(true);
  });
});
