// "17an" (tujuhbelasan, the 17 August festivities) and "90an" (the nineties) are words, not numbers of the word
// beside them: "rapat persiapan 17an" asks about the meeting that prepared the festivities, not about a
// "persiapan" numbered 17, which no write-up has; read so, it named the write-up titled "Lomba 17an 2024" as the
// event asked about, and the minutes that answer were left unanswered.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'rapat-agustusan',
    title: 'Notulen Rapat Persiapan Agustusan RT 09',
    date: '2025-07-06',
    body: ['Tempat: rumah Pak RT\nHadir: 19 orang\nNotulis: Wulan', 'Keputusan: iuran 17an Rp 20.000 per rumah, lomba anak diperbanyak.'].join('\n\n'),
  }),
  writeUp({ id: 'lomba-2024', title: 'Pemenang Lomba 17an 2024', date: '2024-08-18', body: 'Balap karung: juara 1 Rudi, juara 2 Sari.\n\nHadiah diambil di rumah Pak RT.' }),
  writeUp({ id: 'ronda', title: 'Jadwal Ronda RT 09', date: '2025-06-01', body: 'Ronda malam dua orang, mulai jam 22.00.' }),
]);

describe('a number with -an', () => {
  it('"berapa orang yang hadir rapat persiapan 17an" is answered from the minutes', () => {
    const a = lib.ask('berapa orang yang hadir rapat persiapan 17an', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/19 orang/u);
  });
});
