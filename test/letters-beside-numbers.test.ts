// Letters and a number typed apart where the write-ups join them, or the letters typed without their number: a
// match format "BO5" (best of five) asked as "BO brp final", an episode "ep3" asked as "ep 3", a season "S2" asked
// as "S 2". Read as typed, "bo" and "ep" are words no write-up has, and the passage that states the format or the
// episode was not found by them.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'liga-hasil',
    title: 'Hasil Liga Kampus',
    body: 'Grand final Liga Kampus: tim Elang menang.\n\nPenonton grand final memenuhi aula.',
    date: '2025-03-24',
  }),
  writeUp({
    id: 'liga-format',
    title: 'Format Liga Kampus',
    body: 'Format Liga Kampus: fase grup memakai BO1, semifinal BO3, dan grand final BO5.\n\nPendaftaran tim dibuka sampai 20 Maret.',
    date: '2025-03-01',
  }),
  writeUp({
    id: 'podcast',
    title: 'Catatan podcast kampus',
    body:
      'Podcast kampus ep2 membahas desain antarmuka bersama alumni; podcast kampus ini direkam di studio.\n\n' +
      'Ep3 membahas keamanan jaringan bersama tamu dari tim CSIRT.\n\nSetiap episode tayang Jumat.',
    date: '2025-04-01',
  }),
]);

describe('letters the write-ups join to a number', () => {
  it('"BO brp final" finds the passage that writes BO5 beside the final', () => {
    const a = lib.ask('BO brp grand final liga kampus');
    expect(a.results[0]?.text).toContain('BO5');
  });

  it('"ep 3" finds the passage that writes ep3', () => {
    const a = lib.ask('podcast kampus ep 3 bahas apa');
    expect(a.results[0]?.text).toContain('Ep3');
  });

  it('leaves letters the write-ups have as a word of their own as typed', () => {
    // "jam 7" is no "jam7": the corpus has "jam" alone. Nor is a stopword joined to a number ("ke 2").
    const other = Library.fromDocuments([
      writeUp({ id: 'a', title: 'Kopdar', body: 'Kopdar mulai jam 7 malam di kafe; kopdar ke-2 bulan depan.' }),
      writeUp({ id: 'b', title: 'Catatan', body: 'Kode jam7 dan ke2 dipakai di formulir.' }),
    ]);
    expect(other.ask('kopdar mulai jam 7').results[0]?.docId).toBe('a');
    // (Asked of the words read too: the passage that says "jam 7" came first with "jam7" read, its other words won.)
    const words = (l: Library, q: string) => l.snapshot.index.analyze(q).map((g) => g.word);
    expect(words(lib, 'podcast kampus ep 3 bahas apa')).toContain('ep3');
    expect(words(other, 'kopdar mulai jam 7')).not.toContain('jam7');
    expect(words(other, 'kopdar ke 2 kapan')).not.toContain('ke2');
  });
});

describe('a season typed apart from its number', () => {
  const seasons = Library.fromDocuments(
    [1, 2].map((n) =>
      writeUp({
        id: `liga-${n}`,
        title: `Liga Catur Warga Season ${n}`,
        body: `Pendaftaran liga catur dibuka.\n\nTotal hadiah ${n === 1 ? 'Rp 1.000.000' : 'Rp 2.500.000'} untuk juara.`,
        date: `202${n + 3}-03-01`,
      }),
    ),
  );
  it('"S 2" is season 2, as "S2" is', () => {
    for (const n of [1, 2]) {
      expect(seasons.ask(`hadiah liga catur S${n} brp`).results[0]?.docId).toBe(`liga-${n}`);
      expect(seasons.ask(`hadiah liga catur S ${n} brp`).results[0]?.docId).toBe(`liga-${n}`);
    }
  });
});

describe('three letters typed apart from a number that titles spell out', () => {
  // "vol 2" where titles say "Volume 2": the joined "vol2" is no corpus word, and only a joined word of one or two
  // letters is spelled out as the title's word ("s2" → season 2). Joined, "vol 2" lost its number and the volume
  // asked for tied with the other.
  const volumes = Library.fromDocuments(
    [1, 2].map((n) =>
      writeUp({
        id: `vol-${n}`,
        title: `Kompilasi Musik Warga Volume ${n}`,
        body: `Kompilasi ini dirilis.\n\nLagu pembuka ${n === 1 ? 'Senja di Kampung' : 'Hujan Pagi'} dibawakan band warga.`,
        date: `202${n + 3}-03-01`,
      }),
    ),
  );
  it('"vol 2" still reads its number', () => {
    for (const n of [1, 2]) {
      const [first, ...rest] = volumes.ask(`lagu pembuka kompilasi vol ${n} apa`).results;
      expect(first?.docId).toBe(`vol-${n}`);
      expect(first!.score).toBeGreaterThan(rest.find((r) => r.docId !== `vol-${n}`)?.score ?? 0);
    }
  });
});
