// A correction post ("Ralat: …", "Correction: …") supersedes the figure of the write-up it corrects: asked what
// both speak of, a member must see the corrected figure first, not the report's wrong one above it. Hand-made
// corpora: a clean-up report, and a later post that corrects its count; a bazaar report with an English
// correction.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { correctionTitle } from '../src/engine/correction-posts.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'kerja-bakti',
    title: 'Laporan Kerja Bakti Bersih Sungai Cikapundung',
    date: '2025-08-10',
    body: [
      'Kerja bakti bersih Sungai Cikapundung diadakan Minggu, 3 Agustus 2025 di bantaran RW 09 Kelurahan Tamansari.',
      'Jumlah warga yang ikut kerja bakti: 84 orang dari 6 RT. Sampah yang terkumpul 1,3 ton, diangkut 3 truk DLH.',
      'Posko konsumsi di pos ronda RW 09, dikelola ibu-ibu PKK.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'ralat-kerja-bakti',
    title: 'Ralat Laporan Kerja Bakti',
    date: '2025-08-12',
    body: [
      'Mohon maaf, ada salah ketik di laporan kerja bakti kemarin: jumlah warga yang ikut adalah 48 orang, bukan 84 orang.',
      'Data lain (sampah 1,3 ton, konsumsi oleh ibu-ibu PKK) sudah benar. Terima kasih.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'bazar',
    title: 'Charity Bazaar Report',
    date: '2025-09-01',
    lang: 'en',
    body: ['The charity bazaar raised Rp 12,500,000 from 40 stalls at the community hall.', 'Thanks to everyone who baked, sold and bought.'].join('\n\n'),
  }),
  writeUp({
    id: 'bazar-correction',
    title: 'Correction: bazaar total',
    date: '2025-09-03',
    lang: 'en',
    body: 'In our bazaar report the amount raised was wrong: the charity bazaar raised Rp 15,200,000, not Rp 12,500,000.',
  }),
]);

describe('correctionTitle', () => {
  it('reads a title that announces a correction, in Indonesian and English', () => {
    for (const t of ['Ralat Laporan Kerja Bakti', 'RALAT: jadwal posyandu', 'Koreksi data penerima bantuan', 'Correction: bazaar total', 'Erratum', 'Corrections to the May minutes', 'Pengumuman (ralat) jadwal']) {
      expect(correctionTitle(t), t).toBe(true);
    }
  });

  it('reads no other title as one', () => {
    for (const t of ['Laporan Kerja Bakti', 'Correctional facility visit', 'Koreksian ujian', 'Rapat koordinasi', '']) expect(correctionTitle(t), t).toBe(false);
  });

  it('reads "koreksi" and "correction" as a correction only where they announce one, not as a workshop\'s subject', () => {
    // (A photography club's "Color Correction Workshop", a teachers' "Pelatihan Koreksi Soal Ujian": their passages
    // saying "not" or "salah" set nothing of an earlier write-up right.)
    for (const t of ['Color Correction Workshop', 'Basic colour correction in Lightroom', 'Pelatihan Koreksi Soal Ujian']) expect(correctionTitle(t), t).toBe(false);
    for (const t of ['Update: correction to the bazaar total', 'Data Penyaluran (Koreksi)', '[Koreksi] Jadwal Posyandu', 'Laporan banjir – koreksi']) expect(correctionTitle(t), t).toBe(true);
  });
});

describe('a correction post and the write-up it corrects', () => {
  it('"berapa warga yang ikut kerja bakti": the corrected count first', () => {
    const a = lib.ask('berapa warga yang ikut kerja bakti', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('ralat-kerja-bakti');
    expect(a.results.map((r) => r.docId)).toContain('kerja-bakti');
  });

  it('"how much did the charity bazaar raise": the corrected total first', () => {
    const a = lib.ask('how much did the charity bazaar raise', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('bazar-correction');
  });

  it('a passage of the correction post that corrects nothing keeps its place', () => {
    // (Its second paragraph repeats the report's figures as right: the report states them as well.)
    const a = lib.ask('konsumsi kerja bakti', { top: 3 });
    expect(a.results[0]?.text).toContain('pos ronda');
  });

  it('a question the correction does not speak to keeps the report first', () => {
    const a = lib.ask('berapa ton sampah terkumpul', { top: 3 });
    expect(a.results[0]?.docId).toBe('kerja-bakti');
  });
});
