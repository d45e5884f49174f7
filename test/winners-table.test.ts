// A results write-up titled with its winners ("Pengumuman Pemenang Lomba Masak 2025") gives them as tables under
// each category's heading, "| Juara | Tim | Hidangan |": the rows are the title's winners, though no row says
// "pemenang". Matched only through the title, the tables were no result at all for "pemenang lomba masak siapa
// aja", and the congratulation above them ("Selamat kepada para pemenang!"), which names no one, was the answer.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const results = (title: string) =>
  doc(
    'hasil',
    title,
    'Lomba masak hari Minggu diikuti 26 tim umum dan 17 tim pelajar. Selamat kepada para pemenang!\n\n' +
      '## Kategori Umum\n\n| Juara | Tim | Hidangan |\n|---|---|---|\n| 1 | Dapur Bu Endang | Tiwul Lapis |\n| 2 | Sinar Rasa | Gethuk Keju |\n\n' +
      '## Kategori Pelajar\n\n| Juara | Sekolah | Hidangan |\n|---|---|---|\n| 1 | SMK Negeri 2 | Cireng Singkong |\n| 2 | SMA Satya | Singkong Keju |',
    '2025-10-20',
  );
const call = doc(
  'call',
  'Lomba Masak Olahan Singkong 2025',
  'Lomba masak digelar Minggu, 19 Oktober 2025. Hadiah juara 1 Rp 2.500.000, juara 2 Rp 1.500.000. Juri: Chef Arif.',
  '2025-08-25',
);

describe('a winners write-up’s tables of placings', () => {
  it('are found for the title’s winners word, the table before the congratulation', () => {
    const lib = Library.fromDocuments([results('Pengumuman Pemenang Lomba Masak 2025'), call]);
    const a = lib.ask('pemenang lomba masak siapa aja');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Dapur Bu Endang');
  });

  it('come before the congratulation where the question does not ask who', () => {
    // (A who-question finds them by their names too, see who-first.ts; "pemenang lomba masak 2025" only by the
    // title's word they say.)
    const lib = Library.fromDocuments([results('Pengumuman Pemenang Lomba Masak 2025'), call]);
    expect(lib.ask('pemenang lomba masak 2025').results[0]?.text).toContain('Dapur Bu Endang');
  });

  it('answer the English question too', () => {
    const lib = Library.fromDocuments([results('Pengumuman Pemenang Lomba Masak 2025'), call]);
    const a = lib.ask('who won the cooking contest');
    expect(a.results.slice(0, 2).some((r) => r.text.includes('Dapur Bu Endang'))).toBe(true);
  });

  it('say nothing of winners where the title names none', () => {
    const lib = Library.fromDocuments([results('Laporan Lomba Masak 2025'), call]);
    const a = lib.ask('pemenang lomba masak siapa aja');
    expect(a.results.every((r) => !r.text.includes('Dapur Bu Endang') || r.text.includes('pemenang'))).toBe(true);
  });
});

// The tables take the place of the line before them only where they match the question as much as it does: a
// write-up's opening that speaks of the winners says more than that it introduces them ("… membawa pulang hadiah
// uang tunai dan voucher belanja …"), and "hadiah pemenang lomba masak" showed the tables, which say nothing of
// prizes, before it (rrP).
const withPrizes = doc(
  'hasil-hadiah',
  'Pengumuman Pemenang Lomba Kue 2025',
  'Lomba kue hari Sabtu diikuti 30 peserta. Para pemenang membawa pulang hadiah uang tunai dan voucher belanja dari sponsor. Selamat kepada para pemenang!\n\n' +
    '## Kategori Kue Basah\n\n| Juara | Peserta | Kue |\n|---|---|---|\n| 1 | Bu Sari | Klepon Pandan |\n| 2 | Pak Edi | Lapis Legit |\n\n' +
    '## Kategori Kue Kering\n\n| Juara | Peserta | Kue |\n|---|---|---|\n| 1 | Mbak Tini | Nastar Keju |\n| 2 | Bu Rina | Kastengel |',
  '2025-11-03',
);

describe('a winners write-up’s opening that says more than who won', () => {
  it('keeps its place for what it says that the tables do not', () => {
    const lib = Library.fromDocuments([withPrizes]);
    const a = lib.ask('voucher belanja pemenang lomba kue');
    expect(a.results[0]?.text).toContain('voucher belanja');
  });

  it('still gives way to the tables for who won', () => {
    const lib = Library.fromDocuments([withPrizes]);
    const a = lib.ask('pemenang lomba kue siapa aja');
    expect(a.results[0]?.text).toContain('Bu Sari');
  });
});

// Where the question names one category, its table comes first: the tables take the opening's place in the
// write-up's order only where they match the question alike. "pemenang lomba masak kategori pelajar siapa" showed
// the Umum table, the first, before the Pelajar one its heading names (culinary set; diffR).
const drawing = doc(
  'hasil-mewarnai',
  'Pengumuman Pemenang Lomba Mewarnai 2025',
  'Lomba mewarnai hari Minggu diikuti 40 anak kategori TK dan 35 anak kategori SD. Selamat kepada para pemenang!\n\n' +
    '## Kategori TK\n\n| Juara | Nama | Sekolah |\n|---|---|---|\n| 1 | Alya | TK Melati |\n| 2 | Bima | TK Pertiwi |\n\n' +
    '## Kategori SD\n\n| Juara | Nama | Sekolah |\n|---|---|---|\n| 1 | Citra | SD Negeri 3 |\n| 2 | Dimas | SD Harapan |',
  '2025-09-15',
);

describe('the table of the category a question names', () => {
  it('comes before the other categories’ tables', () => {
    const lib = Library.fromDocuments([drawing]);
    const a = lib.ask('pemenang lomba mewarnai kategori SD siapa');
    expect(a.results[0]?.text).toContain('Citra');
  });

  it('leaves the tables in the write-up’s order where no category is named', () => {
    const lib = Library.fromDocuments([drawing]);
    const a = lib.ask('pemenang lomba mewarnai siapa aja');
    expect(a.results[0]?.text).toContain('Alya');
    expect(a.results[1]?.text).toContain('Citra');
  });
});
