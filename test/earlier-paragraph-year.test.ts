// "tahun berikutnya", "bulan sebelumnya" refer back to a period the write-up has named, and a write-up names it where
// it tells that part of the story, often a paragraph before: "Lomba ini pertama digelar 2019." (§2) … "Tahun
// berikutnya ditiadakan karena pandemi." (§4) is 2020, not the year after the write-up. A passage that names no
// year before the phrase counts from the last one its write-up's earlier paragraphs name, and only then from the
// write-up's date; "bulan berikutnya" after a month named (in the passage or before it) is the month after that one.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { relativeDateWords } from '../src/engine/relative-text.ts';
import { splitPassages } from '../src/engine/segment.ts';
import { writeUp } from './write-up.ts';

const history = writeUp({
  id: 'sejarah-perahu',
  title: 'Sejarah Lomba Perahu Hias Kampung',
  date: '2025-08-20',
  body: [
    'Lomba perahu hias adalah acara tahunan karang taruna di sungai kampung.',
    'Lomba ini pertama digelar 2019 dengan dua belas perahu dari enam RT.',
    'Pesertanya kebanyakan remaja dan bapak-bapak nelayan.',
    'Tahun berikutnya lomba ditiadakan karena pandemi dan dana dialihkan ke bantuan warga.',
  ].join('\n\n'),
});

const minutes = writeUp({
  id: 'rapat-agustus',
  title: 'Notulen Rapat Pengurus Agustus',
  date: '2025-08-10',
  body: [
    'Rapat pengurus bulan Maret memutuskan iuran kas naik menjadi Rp 20.000.',
    'Bulan berikutnya bendahara mulai menagih iuran baru ke tiap rumah.',
    'Pada bulan Juni 2024 pengurus lama menyerahkan kas. Bulan sebelumnya diadakan audit oleh warga.',
  ].join('\n\n'),
});

const lib = Library.fromDocuments([history, minutes]);

describe('a year named in an earlier paragraph', () => {
  it('"tahun berikutnya" of §4 counts from §2\'s 2019', () => {
    const passages = splitPassages(history);
    const last = passages[3]!;
    expect(relativeDateWords(last.text, last.date, last.namedBefore)).toEqual(['2020']);
  });

  it('"lomba perahu hias 2020": the fourth paragraph, answered', () => {
    const a = lib.ask('kenapa lomba perahu hias 2020 ditiadakan', { top: 3, today: '2026-11-27' });
    expect(a.results[0]?.text).toContain('pandemi');
    expect(a.answered).toBe(true);
  });

  it('not the year after the write-up: "lomba perahu hias 2026" is no answer', () => {
    const a = lib.ask('kenapa lomba perahu hias 2026 ditiadakan', { top: 3, today: '2026-11-27' });
    expect(a.answered).toBe(false);
  });

  it('a year the passage itself names before the phrase still comes first', () => {
    const doc = writeUp({ id: 'd', date: '2025-01-01', body: 'Berdiri 2010.\n\nPada 2015 pindah ke balai, tahun berikutnya ke GOR.' });
    const p = splitPassages(doc)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['2016']);
  });

  it('"tahun lalu" stays the write-up\'s', () => {
    const doc = writeUp({ id: 'd', date: '2025-01-01', body: 'Berdiri 2010.\n\nAnggaran tahun lalu habis.' });
    const p = splitPassages(doc)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['2024']);
  });

  it('an undated write-up counts from its earlier paragraph too', () => {
    const doc = writeUp({ id: 'd', body: 'Festival pertama 2019.\n\nTahun berikutnya ditiadakan.' });
    const p = splitPassages(doc)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['2020']);
  });

  it('a range in an earlier paragraph: the year before it begins', () => {
    const doc = writeUp({ id: 'd', date: '2025-01-01', body: 'Festival digelar 2019–2022.\n\nTahun sebelumnya masih bazar kecil.' });
    const p = splitPassages(doc)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['2018']);
  });
});

describe('"bulan berikutnya" after a month named', () => {
  it('in an earlier paragraph: the month after it, in the write-up\'s year', () => {
    const p = splitPassages(minutes)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['april', '2025']);
  });

  it('in the passage itself, with its year: "Juni 2024 … bulan sebelumnya" is May 2024', () => {
    const p = splitPassages(minutes)[2]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['mei', '2024']);
  });

  it('"bulan lalu" stays the write-up\'s', () => {
    expect(relativeDateWords('Rapat bulan Maret. Iuran bulan lalu terkumpul.', '2025-08-10')).toEqual(['juli', '2025']);
  });

  it('December\'s next month is January of the year after', () => {
    expect(relativeDateWords('Bazar Desember 2024 ramai; bulan berikutnya sepi.', '2025-08-10')).toEqual(['januari', '2025']);
  });

  // (As a range of years: "2019–2022. Tahun sebelumnya" is 2018. "Bulan sebelumnya" of a programme that ran from
  // March to May is February, not April, a month it ran.)
  it.each([
    ['Program berjalan Maret–Mei 2024. Bulan sebelumnya panitia rapat.', ['februari', '2024']],
    ['Program berjalan 3 Maret sampai 5 Mei 2024. Bulan sebelumnya panitia rapat.', ['februari', '2024']],
    ['Program berjalan Desember 2023 – Februari 2024. Bulan sebelumnya panitia rapat.', ['november', '2023']],
    ['Program berjalan November–Februari 2024. Bulan sebelumnya panitia rapat.', ['oktober', '2023']],
    ['Program berjalan Maret–Mei 2024. Bulan berikutnya evaluasi.', ['juni', '2024']],
  ])('a range of months: %s', (text, words) => {
    expect(relativeDateWords(text, '2025-08-10')).toEqual(words);
  });

  it('a range of months in an earlier paragraph: the month before it begins', () => {
    const doc = writeUp({ id: 'd', date: '2025-01-01', body: 'Program berjalan Maret–Mei 2024.\n\nBulan sebelumnya panitia rapat.' });
    const p = splitPassages(doc)[1]!;
    expect(relativeDateWords(p.text, p.date, p.namedBefore)).toEqual(['februari', '2024']);
  });

  it('an English month: "in March … the following month"', () => {
    expect(relativeDateWords('The club met in March 2023. The following month it moved.', '2025-08-10')).toEqual(['april', '2023']);
  });

  it('a lower-case "may" is no month', () => {
    expect(relativeDateWords('Members may join. The following month dues rose.', '2025-08-10')).toEqual(['september', '2025']);
  });

  it('"audit mei 2024": the third paragraph\'s "Juni 2024 … bulan sebelumnya", answered; "juli 2025" not', () => {
    const may = lib.ask('kapan audit mei 2024', { top: 3, today: '2026-11-27' });
    expect(may.results[0]?.text).toContain('audit');
    expect(may.answered).toBe(true);
    expect(lib.ask('kapan audit juli 2025', { top: 3, today: '2026-11-27' }).answered).toBe(false);
  });
});
