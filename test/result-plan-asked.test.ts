import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

// A village's write-ups: October's minutes plan when a drawing contest's winners are announced and who is to
// attend the harvest feast; neither is reported later.
const lib = Library.fromDocuments([
  writeUp({
    id: 'rapat-oktober',
    title: 'Notulen Rapat Oktober',
    date: '2026-10-04',
    body:
      'Rapat dibuka oleh ketua pukul 19.30 di balai warga.\n\n' +
      'Pemenang lomba mewarnai anak akan diumumkan pada malam pentas seni tanggal 24 Oktober.\n\n' +
      'Syukuran panen direncanakan 8 November, dihadiri kepala desa dan semua ketua RT.',
  }),
  writeUp({
    id: 'club-october',
    title: 'Photo Club October Meeting',
    date: '2026-10-05',
    body: 'The meeting opened at 7 pm in the library.\n\nThe winners of the autumn photo contest will be announced at the closing night on 24 October.',
  }),
  writeUp({
    id: 'lomba-catur',
    title: 'Lomba Catur Pemuda',
    date: '2026-02-15',
    body: 'Lomba catur pemuda diadakan di pos ronda dengan dua puluh peserta.\n\nJuara lomba catur adalah Budi Santoso.',
  }),
]);

describe('a question naming a result word that asks of the plan', () => {
  it('is answered from the plan when it asks when the result is announced', () => {
    for (const q of ['kapan pengumuman pemenang lomba mewarnai', 'kapan pemenang lomba mewarnai diumumkan']) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, 'rapat-oktober']);
    }
    for (const q of ['when are the winners of the autumn photo contest announced', 'when will they announce the photo contest results']) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, 'club-october']);
    }
  });
});
