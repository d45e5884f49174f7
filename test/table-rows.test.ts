// A table's numbered column says what each row's number is of: under "| Peringkat | Nama | Kelas |", the row
// "| 1 | Sinta | 7B |" is "peringkat 1", as a line "Peringkat 1: Sinta" would be. A question that asks for "peringkat
// 1 lomba lari" is answered by that table, not by another passage of the write-up that writes "peringkat 1" in its
// words (the prizes' "Peringkat 1 dapat medali, peringkat 2 …"), which says nothing of who won.

import { describe, expect, it } from 'vitest';
import { isNameAt } from '../src/engine/analyzer.ts';
import { Library } from '../src/engine/library.ts';
import { columnHeaderAt } from '../src/engine/tables.ts';
import { writeUp } from './write-up.ts';

const body = [
  '# Hasil Pekan Olahraga Sekolah 2025',
  'Pekan olahraga diadakan di lapangan sekolah, diikuti 120 siswa.',
  '## Kelas 7\n\n### Lari 100 meter\n\n| Peringkat | Nama | Kelas |\n|---|---|---|\n| 1 | Sinta Maharani | 7B |\n| 2 | Joko Susilo | 7A |\n| 3 | Wati Anggraini | 7C |',
  '### Lompat jauh\n\n| Peringkat | Nama | Kelas |\n|---|---|---|\n| 1 | Bagus Wicaksono | 7A |\n| 2 | Rina Kartika | 7C |\n| 3 | Sinta Maharani | 7B |',
  '## Kelas 8\n\n### Lari 100 meter\n\n| Peringkat | Nama | Kelas |\n|---|---|---|\n| 1 | Teguh Prakoso | 8C |\n| 2 | Lilis Suryani | 8A |\n| 3 | Hadi Purnomo | 8B |',
  '## Hadiah\n\nPeringkat 1 dapat medali emas dan piagam, peringkat 2 medali perak, peringkat 3 medali perunggu. Kelas dengan poin terbanyak dapat piala.',
].join('\n\n');

const lib = Library.fromDocuments([
  writeUp({ id: 'porseni', title: 'Hasil Pekan Olahraga Sekolah 2025', body, date: '2025-09-20' }),
  writeUp({ id: 'rapat', title: 'Rapat Panitia', body: 'Panitia rapat membahas hadiah lomba.\n\nPeringkat 1 tahun lalu dapat piala kecil.', date: '2025-09-01' }),
]);

describe('a numbered column of a table', () => {
  it('"peringkat 1 lari 100 meter kelas 7": the table of that race, not the prizes\' "Peringkat 1 …"', () => {
    const a = lib.ask('peringkat 1 lari 100 meter kelas 7 siapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Sinta Maharani/u);
  });

  it('"siapa peringkat 1 lompat jauh": the long-jump table first', () => {
    const a = lib.ask('siapa peringkat 1 lompat jauh', { top: 3 });
    expect(a.results[0]?.text).toMatch(/Bagus Wicaksono/u);
  });

  it('the prizes are still the answer to what the first place gets', () => {
    const a = lib.ask('peringkat 1 dapat hadiah apa', { top: 3 });
    expect(a.results[0]?.text).toMatch(/medali emas/u);
  });
});

describe("a table cell's first word", () => {
  // A cell opens with a capital as a sentence does: "Penimbangan" there is the word "penimbangan", stemmed and
  // found by "ditimbang", not a name (a name is indexed as written). So is a bulleted line's first word.
  it('is no name for its capital', () => {
    const text = '| Penimbangan balita | 63 balita |\n- Pembersihan selokan oleh warga';
    expect(isNameAt(text, text.indexOf('Penimbangan'))).toBe(false);
    expect(isNameAt(text, text.indexOf('Pembersihan'))).toBe(false);
    // (Not after a pipe outside a table: "ka|jmpl|Fransiskus Assisi" of a scraped page keeps its name.)
    const scraped = 'dan lingkungan. ka|jmpl|Fransiskus Assisi';
    expect(isNameAt(scraped, scraped.indexOf('Fransiskus'))).toBe(true);
    // (A capital inside a cell, after its first word, still is one.)
    expect(isNameAt('| Kader Posyandu Melati |', '| Kader Posyandu Melati |'.indexOf('Melati'))).toBe(true);
  });

  it('"berapa balita yang ditimbang": the row that says "Penimbangan balita"', () => {
    const health = Library.fromDocuments([
      writeUp({
        id: 'hari-sehat',
        title: 'Hari Sehat Warga',
        date: '2025-10-19',
        body: [
          'Hari sehat warga diadakan di balai desa bersama puskesmas.',
          '| No | Layanan | Jumlah | Petugas |\n|---|---|---|---|\n| 1 | Penimbangan balita | 63 balita | Kader posyandu |\n| 2 | Cek tensi lansia | 40 lansia | Bidan desa |\n| 3 | Imunisasi | 21 anak | Bidan desa |',
          'Ada 4 balita dengan berat badan kurang, sudah dirujuk ke puskesmas. Posyandu balita tetap tiap tanggal 8.',
        ].join('\n\n'),
      }),
    ]);
    const a = health.ask('berapa balita yang ditimbang', { top: 3 });
    expect(a.results[0]?.text).toMatch(/63 balita/u);
  });
});

describe('columnHeaderAt', () => {
  const table = 'Hasil:\n\n| Juara | Nama \\| panggilan | RT |\n|---|---|---|\n| 1 | Sinta \\| Sin | 03 |\n| 2 | Joko | 01 | extra |';
  it('names the column a body cell stands in, an escaped pipe inside a cell being no border', () => {
    expect(columnHeaderAt(table, table.indexOf('| 1 |') + 2)).toBe('Juara');
    expect(columnHeaderAt(table, table.indexOf('03'))).toBe('RT');
    expect(columnHeaderAt(table, table.indexOf('Sinta'))).toBe('Nama \\| panggilan');
  });

  it('is null outside a body row, or past the header\'s cells', () => {
    expect(columnHeaderAt(table, table.indexOf('Juara'))).toBeNull();
    expect(columnHeaderAt(table, table.indexOf('---'))).toBeNull();
    expect(columnHeaderAt(table, table.indexOf('Hasil'))).toBeNull();
    expect(columnHeaderAt(table, table.indexOf('extra'))).toBeNull();
  });
});

describe('a numbered column of a table long enough to be cut into passages', () => {
  // (A later part's header row lies before it, in the first part: its rows are numbered by the same columns.)
  const races = ['Balap karung', 'Makan kerupuk', 'Tarik tambang', 'Kelereng sendok', 'Bakiak', 'Panjat pinang', 'Estafet air', 'Joget balon', 'Memasukkan paku', 'Lari kelereng', 'Sepak bola sarung', 'Egrang', 'Gigit koin', 'Tebak kata'];
  const names = ['Aditya', 'Rafi', 'Nayla', 'Fadli', 'Bima', 'Zahra', 'Salsa', 'Dodi', 'Ika', 'Rudi', 'Sari', 'Wulan', 'Joko', 'Teguh', 'Lilis', 'Hadi'];
  const rows = races.flatMap((race, r) => [1, 2, 3].map((place) => `| ${race} | ${place} | ${names[(r * 3 + place) % names.length]} Saputra | 0${(r % 6) + 1} |`));
  const lib = Library.fromDocuments([
    writeUp({
      id: 'lomba',
      title: 'Hasil Lomba 17an 2025',
      date: '2025-08-20',
      body: [
        'Hasil lomba 17an RW 05 tahun ini, diikuti warga dari enam RT.',
        `| Lomba | Juara | Nama | RT |\n|---|---|---|---|\n${rows.join('\n')}`,
        'Juara 1 tiap lomba dapat Rp 100.000, juara 2 Rp 75.000, juara 3 Rp 50.000.',
      ].join('\n\n'),
    }),
    writeUp({ id: 'rapat', title: 'Rapat Warga', body: 'Rapat membahas ronda.', date: '2025-07-01' }),
  ]);

  it('"juara 1 tebak kata": the part that holds the race\'s rows, not the prizes\' "Juara 1 …" nor the first part', () => {
    const parts = lib.ask('juara 1 tebak kata', { top: 5 }).results.filter((r) => r.text.startsWith('|'));
    expect(parts.length).toBeGreaterThan(1);
    const a = lib.ask('juara 1 tebak kata', { top: 3 });
    expect(a.results[0]?.text).toMatch(/\| Tebak kata \| 1 \|/u);
  });
});
