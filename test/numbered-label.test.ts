// A number after "nomor" or "no" is a label, whatever follows it: "keputusan rapat nomor 5 bulan juli"
// asks for decision 5 of July's meeting, not for five months, and "nomor 5 juli" is no 5th of July. Read as a count
// (or a date's day), the number stood beside no word, and decision 5 was found but left unanswered.

import { describe, expect, it } from 'vitest';
import { buildIndex, Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'rapat-juli',
    title: 'Notulen Rapat Bulanan',
    date: '2025-07-13',
    body: [
      'Rapat dibuka ketua pukul 19.30 dan dihadiri 23 anggota.',
      'Keputusan rapat:\n1. Ketua panitia lomba adalah Rizky.\n2. Iuran Rp 25.000 per KK.\n3. Lomba anak dibagi dua kelompok umur.\n4. Panjat pinang tetap diadakan.\n5. Anggaran kegiatan disepakati Rp 12.500.000.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'rapat-sept',
    title: 'Notulen Rapat Bulanan',
    date: '2025-09-14',
    body: [
      'Rapat dibuka pukul 20.00.',
      'Keputusan rapat:\n1. Sisa dana masuk kas.\n2. Iuran anggota Rp 5.000 per bulan.\n3. Beli sound system.\n4. Kerja bakti tiap bulan.\n5. Pengurus baru dipilih Desember.',
    ].join('\n\n'),
  }),
]);

describe('a number after a label word is a label, not a count or a day', () => {
  for (const q of ['keputusan rapat nomor 5 bulan juli apa', 'keputusan rapat no 5 juli apa']) {
    it(`"${q}": July's decision 5, answered`, () => {
      const a = lib.ask(q, { top: 3, today: '2026-11-27' });
      expect(a.results[0]?.text).toContain('12.500.000');
      expect(a.answered).toBe(true);
    });
  }
});

describe('"nomor" after a function word is a word of its own', () => {
  // "di nomor 10 km jalan cepat" (facqa's athletics) names an event of a sport, which a passage says as "nomor 10 km".
  const index = buildIndex([writeUp({ id: 'atletik', title: 'Atletik', body: 'Darwati kalah di nomor 10 km jalan cepat. Keputusan juri nomor 5 final.' })], { lexicon: null });
  const words = (q: string) => index.search(q).groups.map((g) => g.word);

  it('"di nomor 10 km jalan cepat" keeps "nomor"; "keputusan nomor 5" does not', () => {
    expect(words('siapa yang mengalahkan Darwati di nomor 10 km jalan cepat')).toContain('nomor');
    expect(words('keputusan nomor 5 apa')).not.toContain('nomor');
  });
});
