// A word an English question types in lower case beside a kind of event ("the food festival") says which event, as
// a name would (QueryGroup.besideKind). An Indonesian write-up names that event by the word's translation where it
// says the translation with the kind, in its title or near it in a sentence ("Festival Kuliner Makanan Rakyat",
// "turnamen catur"), not where the translation stands anywhere in it: the music festival's "stan makanan" at the
// edge of the field is no food festival, and a question about one is no question the corpus answers. (An
// Indonesian question's own word is left counting anywhere in the write-up: read so strictly, "17an" of "rapat
// persiapan 17an" no longer named the minutes whose "Iuran 17an" is the only place they say it.)

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { writeUp } from './write-up.ts';

const lexicon = createLexicon({
  food: ['makanan', 'pangan'],
  festival: ['festival'],
  music: ['musik'],
  people: ['orang'],
  came: ['datang'],
  many: ['banyak'],
  when: ['kapan'],
  held: ['diadakan', 'digelar'],
  tournament: ['turnamen'],
  chess: ['catur'],
});

const music = writeUp({
  id: 'festival-musik',
  title: 'Festival Musik Kampung 2025',
  date: '2025-07-12',
  body: [
    'Festival musik kampung digelar di lapangan RW 03 dengan enam band lokal.',
    'Di pinggir lapangan ada stan makanan dari ibu-ibu PKK dan karang taruna.',
    'Penonton mencapai 400 orang hingga acara selesai pukul 23.00.',
  ].join('\n\n'),
});
const chess = writeUp({
  id: 'turnamen-catur',
  title: 'Turnamen Antarkampung 2025',
  date: '2025-05-10',
  body: 'Turnamen catur digelar di balai desa, diikuti 24 pemain.\n\nJuara turnamen adalah Arief Budiman.',
});

const lib = Library.fromDocuments([music, chess], { lexicon });

describe('a lower-case word beside a kind of event names a write-up that says them together', () => {
  it.each(['when was the food festival held', 'how many people came to the food festival'])(
    '"%s": the music festival\'s "stan makanan" is no food festival',
    (q) => {
      expect(lib.ask(q, { top: 3 }).answered).toBe(false);
    },
  );

  it.each(['when was the music festival held', 'kapan festival musik diadakan'])('"%s" is answered', (q) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('festival-musik');
  });

  it('the word with the kind in the text, not the title, names it too: "who won the chess tournament"', () => {
    const a = lib.ask('who won the chess tournament', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('turnamen-catur');
  });

  it('a paragraph wrapped over lines is one sentence: "the food festival" of a write-up wrapping "Festival" from "makanan"', () => {
    const wrapped = writeUp({
      id: 'festival-pangan',
      title: 'Acara Agustusan RW 05',
      date: '2025-08-24',
      body: 'Malam harinya warga menggelar festival\nmakanan rakyat di halaman balai RW, dengan dua puluh stan.',
    });
    const a = Library.fromDocuments([music, wrapped], { lexicon }).ask('when was the food festival held', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('festival-pangan');
  });
});
