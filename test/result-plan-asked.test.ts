import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { foretellsOnly } from '../src/engine/plans.ts';
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
    body: 'Lomba catur pemuda diadakan di pos ronda dengan dua puluh peserta.\n\nJuara lomba catur adalah Budi Santoso, yang akan mewakili desa di tingkat kecamatan bulan depan.',
  }),
  writeUp({
    id: 'chess-night',
    title: 'Chess Night',
    date: '2026-03-01',
    body: 'Chess night was held at the library with twelve players.\n\nThe winner of chess night was Maria, who will represent the club at the city open next month.',
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

describe('a report whose sentence goes on to what is to come', () => {
  it('answers the result it tells', () => {
    for (const [q, docId] of [
      ['siapa juara lomba catur', 'lomba-catur'],
      ['who was the winner of chess night', 'chess-night'],
    ] as const) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, docId]);
    }
  });

  it('is no foretelling, where a plan of the same words in one clause still is', () => {
    const forms = new Set(['juara', 'lomba', 'catur']);
    expect(foretellsOnly('Juara lomba catur adalah Budi, yang akan mewakili desa bulan depan.', '2026-02-15', forms)).toBe(false);
    expect(foretellsOnly('Juara lomba catur akan diumumkan, dan hadiahnya diberikan bulan depan.', '2026-02-15', forms)).toBe(true);
    expect(foretellsOnly('Bulan depan, lomba catur akan digelar di pos ronda.', '2026-02-15', forms)).toBe(true);
  });
});

describe('a question of who will attend, in the words a member asks it', () => {
  it('is answered from the plan when it says it asks of what is to come ("nanti")', () => {
    for (const q of ['siapa saja yang hadir nanti di syukuran panen', 'syukuran panen nanti yang hadir siapa aja']) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, 'rapat-oktober']);
    }
  });
  it('is still no answer from the plan when it asks who came', () => {
    expect(lib.ask('siapa yang hadir di syukuran panen').answered).toBe(false);
  });
});

describe('an undated report that tells a result and goes on, with "dan akan" or "and will", to what is to come', () => {
  // (An encyclopedia's articles have no date: only the tense says what is to come.)
  const wiki = Library.fromDocuments([
    writeUp({ id: 'pemilu', title: 'Budi Santoso', body: 'Budi Santoso adalah politikus dari Jawa Tengah.\n\nBudi Santoso memenangkan pemilihan bupati Kendal tahun 2010 dan akan menjabat hingga 2015.' }),
    writeUp({ id: 'election', title: 'John Carter', body: 'John Carter is a politician from Ohio.\n\nJohn Carter won the 2010 mayoral election in Dayton and will serve until 2015.' }),
    writeUp({ id: 'sungai', title: 'Bengawan Solo', body: 'Sungai Bengawan Solo adalah sungai terpanjang di Jawa.' }),
  ]);
  it('is answered', () => {
    for (const [q, docId] of [
      ['siapa yang memenangkan pemilihan bupati Kendal tahun 2010', 'pemilu'],
      ['siapa pemenang pemilihan bupati Kendal tahun 2010', 'pemilu'],
      ['who won the 2010 mayoral election in Dayton', 'election'],
    ] as const) {
      const a = wiki.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, docId]);
    }
  });
  it('is no foretelling, where "dan akan" after a plan still is', () => {
    const forms = new Set(['memenangkan', 'pemilihan', 'bupati']);
    expect(foretellsOnly('Budi memenangkan pemilihan bupati dan akan menjabat hingga 2015.', null, forms)).toBe(false);
    expect(foretellsOnly('Budi akan ikut pemilihan bupati dan akan berkampanye di Kendal.', null, forms)).toBe(true);
  });
});

describe('a question asking what a meeting decided or said of a plan', () => {
  const minutes = Library.fromDocuments([
    writeUp({ id: 'club-october', title: 'Photo Club October Meeting', date: '2026-10-05', lang: 'en', body: 'The meeting opened at 7 pm in the library.\n\nDecision: the club will hold an autumn photo walk along the river on 14 November, led by Sara.' }),
    writeUp({ id: 'chess', title: 'Chess Night', date: '2026-03-01', lang: 'en', body: 'Chess night was held at the library with twelve players.\n\nThe winner of chess night was Maria.' }),
    writeUp({ id: 'rapat', title: 'Notulen Rapat Oktober', date: '2026-10-04', body: 'Rapat dibuka oleh ketua pukul 19.30 di balai warga.\n\nKeputusan: syukuran panen akan diadakan 8 November di balai desa.' }),
  ]);
  it('is answered from the plan the meeting made', () => {
    for (const [q, docId] of [
      ['what did the club decide about the autumn photo walk', 'club-october'],
      ['did they say when the autumn photo walk is', 'club-october'],
      ['apa hasil rapat soal syukuran panen', 'rapat'],
      ['apa yang diputuskan soal syukuran panen', 'rapat'],
    ] as const) {
      const a = minutes.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, docId]);
    }
  });
});
