// An English superlative right before a kind of thing, "the biggest audience", asks which of them, as "latest" does:
// it is no name of the event (QueryGroup.besideKind), which an Indonesian write-up would have to say ("terbanyak",
// "paling banyak" are none of its translations) before it could answer. Read as one, "which film had the biggest
// audience at the film week" was left unanswered beside "Film yang paling banyak ditonton adalah …".
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const week = writeUp({
  id: 'pekan',
  title: 'Pekan film kampus 2024: 900 penonton',
  body:
    'Pekan film kampus ditutup pada Minggu, 13 Oktober 2024, dengan pemutaran film "Langit Biru".\n\n' +
    'Film yang paling banyak ditonton adalah "Laut Tenang" dengan 310 penonton, disusul "Langit Biru".\n\n' +
    'Panitia memberikan penghargaan pilihan juri kepada film "Rumah Kayu".',
  lang: 'id',
  date: '2024-10-13',
});
const fair = writeUp({
  id: 'pameran',
  title: 'Pameran buku kampus 2025',
  body: 'Pameran buku kampus dibuka di aula utama pada 3 Maret 2025 dengan 40 penerbit.',
  lang: 'id',
  date: '2025-03-03',
});

describe('an English superlative beside a kind of thing', () => {
  const lib = Library.fromDocuments([week, fair]);

  it('asks which, and does not name the event the write-up must say', () => {
    const a = lib.ask('which film had the biggest audience at the film week');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.id).toBe('pekan#2');
  });

  it('leaves a kind of event no write-up names unanswered all the same', () => {
    expect(lib.ask('which film had the biggest audience at the music festival').answered).toBe(false);
  });
});
