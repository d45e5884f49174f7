// A word clipped to four letters in chat ("maks" of maksimal), shorter than the prefix search reads
// (RANKING.prefixMinLength): read as the one family of corpus words it begins, as a chat abbreviation is, before
// the two-letter swap ("maks" spelled back is "mask", the stem of a write-up's "masking").

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lomba = writeUp({
  id: 'lomba',
  title: 'Lomba Foto Kemerdekaan',
  body:
    'Lomba foto terbuka untuk anggota. Format JPG, ukuran file maksimal 10 MB, maksimal 3 karya per peserta, dan ' +
    'setiap peserta boleh memilih kategori yang ia suka, maksimal dua kategori.',
  date: '2025-07-01',
});
const workshop = writeUp({
  id: 'workshop',
  title: 'Workshop Lightroom',
  body: 'Materi: koreksi warna foto, masking, preset, lalu ekspor foto untuk media sosial.',
  date: '2025-06-01',
});

/** The readings of `word` in question `q` of kind 'abbreviation', as `library` reads it. */
const readingsOf = (library: Library, q: string, word: string) =>
  library.snapshot.index
    .analyze(q)
    .filter((g) => g.word === word)
    .flatMap((g) => g.alternatives.filter((a) => a.kind === 'abbreviation').map((a) => a.surface.join(' ')));

describe('a word clipped to four letters', () => {
  it('"maks" is read as the corpus word it begins (maksimal), not as the swapped "mask" of masking', () => {
    const lib = Library.fromDocuments([lomba, workshop]);
    expect(readingsOf(lib, 'maks brp foto', 'maks')).toEqual(['maksimal']);
    expect(lib.ask('maks brp foto').results[0]?.docId).toBe('lomba');
  });

  it('is not read where the words it begins are of two families, neither used ten times more', () => {
    const both = writeUp({ id: 'rapat', title: 'Rapat', body: 'Maksud rapat ini jelas, maksudnya memilih ketua; tidak ada maksud lain.' });
    const lib = Library.fromDocuments([lomba, both]);
    expect(readingsOf(lib, 'maks brp foto', 'maks')).toEqual([]);
  });

  it('is not read as the content word it begins where a stopword it begins is used as often ("samp": sampai, sampah)', () => {
    // A stopword is no term of the passages' words, yet the corpus writes it: "samp" stands for "sampai" as
    // likely as for "sampah", and read as the one content word it begins, the question asked about rubbish.
    const bersih = writeUp({
      id: 'bersih',
      title: 'Bersih pantai',
      date: '2025-05-01',
      body: 'Kami memungut sampah plastik, sampah kaca, dan sampah kertas; sampah dipilah lalu sampah dibawa ke bank sampah.',
    });
    const jalan = writeUp({
      id: 'jalan',
      title: 'Jalan pagi',
      date: '2025-05-08',
      body: 'Kumpul dari jam 6 sampai jam 7, jalan sampai taman, istirahat sampai jam 8, pulang sampai rumah sampai jam 9.',
    });
    const lib = Library.fromDocuments([bersih, jalan]);
    expect(readingsOf(lib, 'jalan pagi dari jam 6 samp jam brp', 'samp')).not.toContain('sampah');
  });
});
