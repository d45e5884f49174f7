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

// A name that only ends like one, typed in lower case ("the everest hike"), is no superlative: the lexicon knows
// no English word "everest", only "ever" inside it. Read as one, the question named no hike and another mountain's
// write-up answered it with that hike's leader.
describe('a lower-case name ending in -est beside a kind of event', () => {
  const rinjani = writeUp({
    id: 'rinjani',
    title: 'Rinjani hike 2025',
    body: 'The Rinjani hike started from Sembalun on Saturday, 10 May 2025, with 18 members.\n\nThe hike was led by Dimas Pratama.',
    lang: 'en',
    date: '2025-05-10',
  });
  const merapi = writeUp({
    id: 'merapi',
    title: 'Merapi hike 2024',
    body: 'The Merapi hike started from Selo on Sunday, 8 September 2024, with 12 members.\n\nThe hike was led by Sari Wulandari.',
    lang: 'en',
    date: '2024-09-08',
  });
  const lib = Library.fromDocuments([rinjani, merapi]);

  it('names an event no write-up is about, and is left unanswered', () => {
    expect(lib.ask('who led the kilimanjaro hike').answered).toBe(false);
    expect(lib.ask('who led the everest hike').answered).toBe(false);
  });

  it('while a superlative still asks which', () => {
    expect(lib.ask('who led the biggest hike').answered).toBe(true);
  });
});
