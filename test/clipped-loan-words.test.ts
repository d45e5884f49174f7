// A loan word clipped in chat that no write-up's word begins: "regis" (registrasi, register) where the write-ups say
// "pendaftaran". MiniSearch's prefix search reads a clipped word where the corpus has the whole one ("regis" finds
// "registrasi"), but here nothing begins with it, and the question read only its other words.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'liga',
    title: 'Liga Futsal Warga',
    body: 'Lapangan tutup jam 22.00, jadi pertandingan terakhir mulai jam 21.00.\n\nPendaftaran tim dibuka 1–14 September, biaya Rp 100.000 per tim.',
    date: '2025-08-25',
  }),
]);

/** The guessed readings of `word` in question `q`, as `library` reads it. */
const guessedFor = (library: Library, q: string, word: string) =>
  library.snapshot.index
    .analyze(q)
    .filter((g) => g.word === word)
    .flatMap((g) => g.alternatives.filter((a) => a.guessed).map((a) => a.surface.join(' ')));

describe('a clipped loan word', () => {
  it('"regis" is read as the one dictionary word family it begins (register → daftar)', () => {
    expect(lib.ask('kapan regis liga futsal tutup').results[0]?.text).toContain('Pendaftaran');
  });

  it('is not read where the corpus has a word it begins: the prefix search reads it', () => {
    const own = Library.fromDocuments([
      writeUp({ id: 'a', title: 'Meetup', body: 'Antrian registrasi terlalu panjang karena check-in masih manual.' }),
      writeUp({ id: 'b', title: 'Meetup', body: 'Daftar hadir diisi panitia di meja depan.' }),
    ]);
    expect(own.ask('antrian regis panjang').results[0]?.docId).toBe('a');
    // (Asked of the reading itself: the passage that has "registrasi" came first with the guess read as well.)
    expect(guessedFor(lib, 'kapan regis liga futsal tutup', 'regis')).toContain('daftar');
    expect(guessedFor(own, 'antrian regis panjang', 'regis')).toEqual([]);
  });
});
