// A person's title is written short before the name ("dr. Arief Budiman", "drg. Maya", "Prof. Hadi"): a member
// asks for the title in full, "siapa dokter yang cek tensi", and the row that names "dr. Arief Budiman" is the
// answer, not the paragraph that repeats "cek tensi" without naming anyone. Only before a capitalised name and with
// its dot: chat's "dr" without one is "dari" ("konsumsi dr ibu2 PKK").

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';
import { titlesInFull } from '../src/engine/title-abbreviations.ts';

const body = [
  'Hari Sehat Warga diadakan Minggu pagi di balai warga, diikuti 160 warga.',
  '| No | Layanan | Peserta | Petugas |\n|---|---|---|---|\n| 1 | Timbang balita | 62 balita | Kader posyandu |\n| 2 | Cek tensi lansia | 48 lansia | dr. Sinta Maharani |\n| 3 | Periksa gigi anak | 30 anak | drg. Wulan Sari |',
  'Dari cek tensi, 12 lansia hipertensi dan disarankan kontrol rutin ke posbindu tiap bulan.',
  'Konsumsi dr ibu2 PKK RT 03, snack dari donatur.',
].join('\n\n');
const lib = Library.fromDocuments([writeUp({ id: 'hari-sehat', title: 'Laporan Hari Sehat Warga', body, date: '2025-10-19' })]);

describe('a title written short before a name', () => {
  it('"siapa dokter yang cek tensi lansia" is answered by the row naming "dr. …"', () => {
    const a = lib.ask('siapa dokter yang cek tensi lansia', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/dr\. Sinta Maharani/u);
  });

  it('"dokter gigi siapa" finds "drg. …"', () => {
    const a = lib.ask('dokter gigi siapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/drg\. Wulan Sari/u);
  });

  it('chat\'s "dr" without a dot is no doctor', () => {
    // (Read on the passage's words: "siapa dokter" alone finds no passage at all, so a result list could not tell.)
    expect(titlesInFull('Konsumsi dr ibu2 PKK RT 03, snack dari donatur.')).toEqual([]);
    expect(titlesInFull('Konsumsi dr Ibu Ani, snack dari donatur.')).toEqual([]);
  });
});

// The dentist's "drg." ends in "g.": a passage that names only her was read for no title at all (the quick look for
// a dot after "r" or "f" passed it by), so "dokter gigi siapa" did not find "drg. Wulan Sari".
describe('"drg." in a passage that names no one else', () => {
  const gigi = Library.fromDocuments([
    writeUp({ id: 'bulan-gigi', title: 'Bulan Kesehatan Gigi', body: 'Bulan kesehatan gigi di posyandu, diikuti 40 anak.\n\nPemeriksaan gigi anak dilakukan drg. Wulan Sari dari puskesmas', date: '2025-09-14' }),
  ]);

  it('"dokter gigi siapa" finds her', () => {
    const a = gigi.ask('dokter gigi siapa', { top: 3 });
    expect(a.results[0]?.text).toMatch(/drg\. Wulan Sari/u);
  });

  it('is read as "dokter"', () => {
    expect(titlesInFull('Periksa gigi: drg. Wulan Sari')).toEqual(['dokter']);
  });
});

// "Dr." with a capital is the doctorate (doktor), as Indonesian writes it: the seminar's "Dr. Ratna Kusumawardani,
// M.Kom (dosen …)" is a lecturer, and "ada dokter yang jadi pembicara?" is not asking for her. "dr." is the physician.
describe('"Dr." is a doctorate, "dr." a physician', () => {
  it.each([
    ['Pembicara: Dr. Ratna Kusumawardani, M.Kom (dosen Teknik Informatika)', ['doktor']],
    ['Cek tensi oleh dr. Sinta Maharani', ['dokter']],
  ])('%s', (text, words) => {
    expect(titlesInFull(text)).toEqual(words);
  });
});

// Titles come in a row: "Prof. dr. Hadi Susanto, Sp.PD" is a professor and a physician. The first title's name
// check ("a capital follows") took the next title's first letter, which then began no title of its own; and a
// lowercase "dr." after it is no capitalised name, though a title before one.
describe('titles in a row', () => {
  it.each([
    ['Penyuluhan oleh Prof. Dr. Hadi Susanto', ['profesor', 'doktor']],
    ['Penyuluhan oleh Prof. dr. Hadi Susanto, Sp.PD', ['profesor', 'dokter']],
  ])('%s', (text, words) => {
    expect(titlesInFull(text)).toEqual(words);
  });
});
