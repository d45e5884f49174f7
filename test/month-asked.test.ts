// A question that names a month asks about that month. A club's monthly write-ups each end with the next month's
// plan ("Buku bulan Oktober: …"): the October write-up's own paragraphs answer "book club oktober jam brp"
// before September's plan for October, and a meeting's decisions that name next month's dates are still its
// month's. A month none of the write-ups speaks of ("book club desember") is not answered from another month's
// write-up, as another year's is not (see ofYear in answer.ts). Hand-made corpus of a reading club's notes.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'klub-september',
    title: 'Klub Baca Senja September 2025: Ronggeng Dukuh Paruk',
    date: '2025-09-15',
    body: [
      '# Klub Baca Senja, September 2025',
      '**Buku:** *Ronggeng Dukuh Paruk* karya Ahmad Tohari\n**Pemandu:** Laras\n**Tempat:** Kafe Senja, Jl. Merdeka 10\n**Tanggal:** Minggu, 14 September 2025, jam 15.00',
      'Yang datang 21 orang. Diskusi paling seru soal tokoh Srintil dan kehidupan di dukuh.',
      '## Buku bulan depan',
      'Buku bulan Oktober: *Pulang* karya Leila Chudori. Pemandu Banu, tempat menyusul, bukunya tebal jadi mulai baca dari sekarang.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'klub-oktober',
    title: 'Klub Baca Senja Oktober 2025: Pulang',
    date: '2025-10-13',
    body: [
      '# Klub Baca Senja, Oktober 2025\n\n- Buku: *Pulang* (Leila Chudori)\n- Pemandu: Banu\n- Tempat: Perpustakaan Kota lantai 2\n- Waktu: Minggu, 12 Oktober 2025, 13.00–15.30\n- Hadir: 15 orang',
      'Diskusi soal pengasingan dan keluarga yang ditinggalkan di Jakarta.',
      'Buku November: *Amba* (Laksmi Pamuntjak), pemandu Sekar.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'rapat-juli',
    title: 'Notulen Rapat Pengurus',
    date: '2025-07-13',
    body: [
      '# Notulen Rapat Pengurus, Juli 2025\n\nHadir 12 pengurus di sekretariat.',
      'Keputusan rapat:\n1. Bedah buku diadakan Sabtu 23 Agustus 2025.\n2. Donasi buku ditutup 31 Agustus 2025.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'donasi',
    title: 'Donasi buku untuk taman baca',
    date: '2025-08-01',
    body: 'Donasi buku anak dibuka sampai akhir Oktober 2025, drop point di sekretariat Jl. Kelud 7.',
  }),
]);

describe('a month asked', () => {
  it('"keputusan rapat bulan juli": July\'s minutes, whose decisions name the August dates they set', () => {
    const a = lib.ask('keputusan rapat bulan juli apa aja', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rapat-juli');
  });

  it('"klub baca oktober yg dateng brp": October\'s write-up, not September\'s plan for October', () => {
    const a = lib.ask('klub baca oktober yg dateng brp', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('15 orang');
    expect(lib.ask('klub baca oktober jam brp', { top: 3 }).results[0]?.docId).toBe('klub-oktober');
  });

  it('"klub baca desember bukunya apa": no write-up speaks of December, not answered', () => {
    expect(lib.ask('klub baca desember bukunya apa', { top: 3 }).answered).toBe(false);
    expect(lib.ask('who hosted the December reading club', { top: 3 }).answered).toBe(false);
  });

  it('still answers a month a write-up speaks of in its text only', () => {
    const a = lib.ask('donasi buku anak sampai bulan oktober?', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('donasi');
  });
});

// An English write-up names its months in English ("In October the reading club …"), and a question's "may" is
// as often the verb ("may I bring …"): neither is a month no write-up speaks of. Hand-made corpus.
describe('a month asked, in English', () => {
  const en = Library.fromDocuments([
    writeUp({
      id: 'summary',
      lang: 'en',
      title: 'Reading Club 2025 summary for our partner library',
      date: '2026-01-20',
      body: [
        'In October the reading club discussed Pulang by Leila Chudori, hosted by Banu at the city library.',
        'Children are welcome to bring their parents to the reading stall every Sunday; the stall opens at 6 am.',
      ].join('\n\n'),
    }),
    writeUp({ id: 'klub-september', title: 'Klub Baca September 2025', date: '2025-09-15', body: '**Buku:** Ronggeng Dukuh Paruk\n**Pemandu:** Laras' }),
  ]);

  it('"who hosted the reading club in October": the summary that names October in English', () => {
    const a = en.ask('who hosted the reading club in October', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Banu');
  });

  it('"may I bring children to the reading stall": "may" the verb, no month asked', () => {
    const a = en.ask('may I bring children to the reading stall', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('reading stall every Sunday');
  });
});
