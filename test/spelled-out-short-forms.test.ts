// The reverse of a syllable abbreviation (syllable-abbreviations.ts): a member spells out the phrase ("pusat
// kesehatan masyarakat", "sekretaris umum", "program kerja") where the write-up writes only its short form
// ("puskesmas", "sekum", "proker"), joined from the openings of the phrase's words. The phrase's consecutive words
// are read as the corpus word their openings join, when the corpus has it.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { shortForms } from '../src/engine/syllable-abbreviations.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'cek-kesehatan',
    title: 'Cek Kesehatan Gratis Oktober',
    date: '2025-10-12',
    body: [
      'Cek kesehatan gratis digelar di balai warga bersama petugas puskesmas Sukamaju.',
      'Warga dengan tensi tinggi dirujuk ke dokter umum.',
      'Dimas, sekum karang taruna, mencatat 84 warga yang datang.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'rapat',
    title: 'Rapat Pengurus September',
    date: '2025-09-07',
    body: ['Rapat membahas proker tiga bulan ke depan: kerja bakti, ronda, dan lomba.', 'Bendahara melaporkan kas Rp 2.300.000.'].join('\n\n'),
  }),
]);

describe('shortForms', () => {
  it('joins the openings of two or three words, cut where a syllable may end', () => {
    expect(shortForms(['pusat', 'kesehatan', 'masyarakat'])).toContain('puskesmas');
    expect(shortForms(['sekretaris', 'umum'])).toContain('sekum');
    expect(shortForms(['program', 'kerja'])).toContain('proker');
  });

  it('no form under five letters, nor of a word with digits', () => {
    expect(shortForms(['bola', 'voli']).filter((w) => w.length < 5)).toEqual([]);
    expect(shortForms(['rt', '05'])).toEqual([]);
  });
});

describe('a question spelling out what the write-up abbreviates', () => {
  it.each([
    ['petugas pusat kesehatan masyarakat dari mana', /puskesmas Sukamaju/u],
    ['siapa sekretaris umum', /sekum karang taruna/u],
  ])('"%s"', (q, text) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.results[0]?.text).toMatch(text);
    expect(a.answered).toBe(true);
  });
});

describe('no chance join', () => {
  const other = Library.fromDocuments([
    writeUp({ id: 'lomba-lari', title: 'Lomba Lari Anak', date: '2025-05-04', body: 'Lomba lari anak diikuti 40 peserta. Juara 2 mendapat medali perak dari panitia.' }),
    writeUp({ id: 'pasar', title: 'Pasar Murah', date: '2025-06-01', body: 'Pasar murah digelar untuk membantu warga berpenghasilan rendah.' }),
  ]);

  it('"pendapatan rakyat" is no "perak", a word of the language two openings happen to spell', () => {
    const a = other.ask('berapa pendapatan rakyat', { top: 3 });
    expect(a.results.map((r) => r.docId)).not.toContain('lomba-lari');
  });

  // "Rasyid" is a word of the dictionary (clever) as well as a name: its opening and "meninggal"'s join into "ramen".
  const names = Library.fromDocuments([
    writeUp({ id: 'bazar', title: 'Bazar Kuliner Ramadan', date: '2025-03-20', body: 'Bazar kuliner digelar di lapangan. Stan ramen paling ramai dikunjungi warga.' }),
    writeUp({ id: 'sejarah', title: 'Sejarah Kampung', date: '2025-08-17', body: 'Penghulu Rasyid adalah tokoh pendiri kampung. Ia dimakamkan di belakang masjid.' }),
  ]);

  it.each(['Kapan Penghulu Rasyid meninggal?', 'kapan penghulu rasyid meninggal'])('a name is no word of a short form: "%s" is no "ramen"', (q) => {
    const a = names.ask(q, { top: 3 });
    expect(a.results.map((r) => r.docId)).toEqual(['sejarah']);
  });
});
