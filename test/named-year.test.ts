// A question that names a year is answered first from the write-ups that can answer about that year, even where
// another year's write-up names the event in its title and that year's does not: "lomba 17an 2025 di mana" was
// shown last year's "Juara Lomba 17an 2024" (named by its title) before the 2025 report that states the place.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'lomba-2024',
    title: 'Juara Lomba 17an RT 07 2024',
    date: '2024-09-01',
    body: ['Selamat untuk para juara lomba tahun ini!', 'Balap karung: juara 1 Dodi, juara 2 Ika.', 'Hadiah diambil di rumah ketua panitia.'].join('\n\n'),
  }),
  writeUp({
    id: 'kemerdekaan-2025',
    title: 'Laporan Perayaan Kemerdekaan RT 07',
    date: '2025-09-07',
    body: ['Lomba 17an tahun ini diadakan di halaman masjid Al-Falah, diikuti 90 warga.', 'Malam tirakatan diisi doa bersama dan potong tumpeng.'].join('\n\n'),
  }),
]);

describe('a year asked, and another year\'s write-up named by its title', () => {
  it('"lomba 17an 2025 diadakan dimana": the 2025 report first', () => {
    const a = lib.ask('lomba 17an 2025 diadakan dimana', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('kemerdekaan-2025');
  });

  it('"juara lomba 17an 2024": still last year\'s winners', () => {
    const a = lib.ask('juara lomba 17an 2024', { top: 3 });
    expect(a.results[0]?.docId).toBe('lomba-2024');
  });
});
