// Events numbered with Roman numerals, as Indonesian communities number recurring ones ("HIMATIF Futsal Cup IV",
// "Musyawarah Besar VII", "Kemah Pemuda ke-II"): the numeral is the event's number, in the title and in the
// question ("futsal cup IV", "futsal cup iv", "futsal cup ke-4", "the fourth futsal cup"), and a number no
// write-up has is not answered from another number's.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { Library } from '../src/engine/library.ts';
import { romanValue } from '../src/engine/number-words.ts';
import { writeUp } from './write-up.ts';

const winners = ['Teknik Sipil', 'Informatika', 'Arsitektur', 'Elektro'];
const places = ['GOR Pajajaran', 'Lapangan Saparua', 'GOR Citra Arena', 'Sport Center Arcamanik'];
const roman = ['I', 'II', 'III', 'IV'];

const lib = Library.fromDocuments([
  ...[1, 2, 3, 4].map((n) =>
    writeUp({
      id: `futsal-${n}`,
      title: `HIMATIF Futsal Cup ${roman[n - 1]}`,
      body: `Turnamen diadakan di ${places[n - 1]}.\n\nJuara pertama adalah tim ${winners[n - 1]}.`,
      date: `202${n}-05-10`,
    }),
  ),
  writeUp({ id: 'mubes', title: 'Musyawarah Besar VII', body: 'Mubes memilih Rizky Maulana sebagai ketua umum.', date: '2025-01-12' }),
  writeUp({ id: 'notes', title: 'Catatan Pengurus', body: 'Anggaran kas tahun ini Rp3.000.000 untuk konsumsi dan sewa lapangan.', date: '2025-02-01' }),
]);

describe('romanValue', () => {
  it('reads I..XXXIX and nothing else', () => {
    expect(['I', 'IV', 'VII', 'IX', 'XIV', 'XXXIX'].map(romanValue)).toEqual([1, 4, 7, 9, 14, 39]);
    for (const w of ['', 'IIII', 'VV', 'IIV', 'XL', 'MC', 'CV', 'DI', 'MIX', 'DIY', 'C', 'XXXX', 'iv']) expect(romanValue(w), w).toBeUndefined();
  });
});

describe('a Roman numeral in a text', () => {
  const norms = (text: string) => tokenize(text).map((t) => t.norm);
  it('is a number after a capitalised word, and beside ke-', () => {
    expect(norms('HIMATIF Futsal Cup IV')).toEqual(['himatif', 'futsal', 'cup', '4']);
    expect(norms('Musyawarah Besar VII HIMATIF')).toEqual(['musyawarah', 'besar', '7', 'himatif']);
    expect(norms('Pesantren Kilat ke-III')).toEqual(['pesantren', 'kilat', 'ke-3']);
    expect(norms('Futsal Cup V: Final')).toEqual(['futsal', 'cup', '5', 'final']);
  });
  it('is not a word that only looks Roman', () => {
    expect(norms('Then I went home')).toEqual(['then', 'i', 'went', 'home']);
    expect(norms('as I did')).toEqual(['as', 'i', 'did']);
    expect(norms('Kaos V-neck dan DIY kit, MC acara, CV peserta, Bahasa C')).toContain('v-neck');
    expect(norms('Follow us on Twitter X or')).toContain('x');
    expect(norms('Kelas Civil di Mix')).toEqual(['kelas', 'civil', 'di', 'mix']);
    expect(norms('ukuran XL dan L')).toEqual(['ukuran', 'xl', 'dan', 'l']);
    // (A lone letter before a word is no number: "Tim A", "Grup I Putra" read by their words.)
    expect(norms('Grup I Putra')).toEqual(['grup', 'i', 'putra']);
  });
});

describe('a Roman-numbered event', () => {
  it('is found by its number in any spelling', () => {
    for (const q of [
      'futsal cup IV juaranya siapa?',
      'siapa juara futsal cup iv?',
      'juara futsal cup ke-4 siapa',
      'juara futsal cup ke 4 siapa',
      'juara futsal cup #4',
      'juara futsal cup keempat siapa',
      'futsal cup ke-IV di mana?',
      'futsal cup ke iv di mana?',
    ]) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('futsal-4');
    }
    // (In English: "the fourth futsal cup", where the ordinal stands two words before the word titles number, is
    // answered no better with a "#4" title.)
    expect(lib.ask('where was the fourth cup?').results[0]?.docId).toBe('futsal-4');
    for (const q of ['futsal cup II di mana?', 'futsal cup kedua di mana?', 'futsal cup 2 di mana']) {
      expect(lib.ask(q).results[0]?.text, q).toContain('Lapangan Saparua');
    }
    for (const q of ['mubes ke-7 memilih siapa?', 'musyawarah besar ke-VII memilih siapa?', 'musyawarah besar VII ketua', 'musyawarah besar ketujuh ketua umum']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('mubes');
    }
  });

  it('is not what a number no write-up has is answered from', () => {
    for (const q of ['juara futsal cup v siapa?', 'juara futsal cup V siapa?', 'futsal cup ke-5 di mana?', 'futsal cup kelima di mana?']) {
      const a = lib.ask(q);
      expect(a.answered && a.results.some((r) => r.docId.startsWith('futsal-')), q).toBe(false);
    }
  });
});

describe('a Roman numeral after a name the corpus lacks', () => {
  it('is no number of the corpus\'s', () => {
    // (A regnal number read as 6 matched the notes' "6" where "Alfonso" matched nothing: the question was
    // answered.)
    const small = Library.fromDocuments([
      writeUp({ id: 'rapat', title: 'Rapat Pengurus', body: 'Rapat dihadiri 6 orang dan lahir ide turnamen baru.', date: '2025-01-12' }),
    ]);
    expect(small.snapshot.index.search('Kapan Alfonso VI lahir?', 3).groups.map((g) => g.word)).not.toContain('6');
  });
});
