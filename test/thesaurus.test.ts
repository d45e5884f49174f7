import { describe, expect, it } from 'vitest';
import { createLexicon, type Lexicon } from '../src/engine/lexicon.ts';
import { Library } from '../src/engine/library.ts';
import { loadThesaurus, parseMyThes, synonymTable, thesaurusOver } from '../src/engine/thesaurus.ts';
import { writeUp } from './write-up.ts';

// A hand-made MyThes file in the format of LibreOffice's th_id_ID_v2.dat (one encoding line, then `word|n` and n
// sense lines `[pos]|…`), with the shipped file's irregularities: a sense line without its `[pos]|`, an antonym
// line glued to its words, a headword announcing more senses than follow, a capitalised headword (a name).
const SAMPLE = `ISO8859-1
biaya|2
[n]|ongkos|bea|anggaran belanja negara tahunan
[ant]|pendapatan
ongkos|1
[n]|biaya|upah
juara|2
[n]|pemenang|kampiun
[ant]pecundang
pemenang|3
[n]|juara|jagoan
angin ribut|1
badai|topan
Bibel|1
[n]|Alkitab|Injil
`;

describe('parsing a MyThes thesaurus', () => {
  const entries = parseMyThes(SAMPLE);

  it('reads each headword with its senses, leaving out antonyms', () => {
    expect(entries.get('biaya')).toEqual([{ pos: 'n', words: ['ongkos', 'bea', 'anggaran belanja negara tahunan'] }]);
    expect(entries.get('juara')).toEqual([{ pos: 'n', words: ['pemenang', 'kampiun'] }]);
  });

  it('reads a sense line without its part of speech, and a headword with fewer senses than announced', () => {
    expect(entries.get('angin ribut')).toEqual([{ pos: '', words: ['badai', 'topan'] }]);
    expect(entries.get('pemenang')).toEqual([{ pos: 'n', words: ['juara', 'jagoan'] }]);
  });

  it('names the line of a sense that comes before any headword', () => {
    expect(() => parseMyThes('UTF-8\n[n]|ongkos|bea\n')).toThrow('line 2: a sense before any headword');
  });
});

describe('the synonym table', () => {
  const entries = parseMyThes(SAMPLE);

  it('keeps single words and short phrases in lower case, no names, at most max per word', () => {
    const table = synonymTable(entries, { max: 6, reciprocal: false });
    expect(table.get('biaya')).toEqual(['ongkos', 'bea']);
    expect(table.has('bibel')).toBe(false);
    expect(synonymTable(entries, { max: 1, reciprocal: false }).get('juara')).toEqual(['pemenang']);
  });

  it('keeps, when reciprocal, only the links both entries make', () => {
    const table = synonymTable(entries, { max: 6, reciprocal: true });
    expect(table.get('biaya')).toEqual(['ongkos']);
    expect(table.get('juara')).toEqual(['pemenang']);
    expect(table.get('ongkos')).toEqual(['biaya']);
    expect(table.has('angin ribut')).toBe(false);
  });
});

describe('the shipped thesaurus', () => {
  it('links words the thesaurus lists as each other\'s synonyms', () => {
    expect(loadThesaurus().synonyms('juara')).toContain('pemenang');
    expect(loadThesaurus().synonyms('pemenang')).toContain('juara');
    expect(loadThesaurus().synonyms('xyzzy')).toEqual([]);
  });
});

describe('Indonesian questions read through synonyms', () => {
  const thesaurus = thesaurusOver(new Map([['pemateri', 'narasumber|penceramah'], ['lomba', 'kompetisi|pertandingan']]));
  const lexicon: Lexicon = { ...createLexicon({}), synonyms: (w) => thesaurus.synonyms(w) };
  const lib = Library.fromDocuments(
    [
      writeUp({
        id: 'diskusi',
        title: 'Diskusi keamanan data',
        body: 'Narasumber: Budi Santoso, peneliti keamanan siber.\n\nDiskusi membahas enkripsi dan cadangan data.',
      }),
      writeUp({ id: 'rapat', title: 'Rapat pengurus', body: 'Rapat pengurus membahas jadwal kompetisi tahun depan.\n\nHadir tujuh pengurus.' }),
    ],
    { lexicon },
  );

  it('finds the passage that says the word in a synonym', () => {
    const a = lib.ask('siapa pemateri diskusi keamanan data');
    expect(a.results[0]!.text).toContain('Budi Santoso');
    expect(a.answered).toBe(true);
  });

  it('is not confident where a synonym is all the question matched', () => {
    const a = lib.ask('siapa pemateri?');
    expect(lib.snapshot.index.search('siapa pemateri', 1).hits[0]!.passage.text).toContain('Budi Santoso');
    expect(a.answered).toBe(false);
  });

  it('weighs a synonym below the word itself', () => {
    const both = Library.fromDocuments(
      [
        writeUp({ id: 'a', title: 'Catatan', body: 'Narasumber sesi pagi adalah Budi.' }),
        writeUp({ id: 'b', title: 'Catatan lain', body: 'Pemateri sesi pagi adalah Sari.' }),
      ],
      { lexicon },
    );
    expect(both.snapshot.index.search('pemateri sesi pagi', 2).hits[0]!.passage.text).toContain('Sari');
  });

  it('does not read a name, or a word of an English question, through synonyms', () => {
    const index = lib.snapshot.index;
    const synonymsOf = (question: string, word: string) =>
      index.analyze(question).find((g) => g.word === word)!.alternatives.filter((a) => a.synonym);
    expect(synonymsOf('siapa pemateri diskusi', 'pemateri').map((a) => a.surface)).toEqual([['narasumber']]);
    expect(synonymsOf('kapan jadwal lomba', 'lomba').map((a) => a.surface)).toEqual([['kompetisi']]);
    expect(synonymsOf('kapan acara Lomba Koding?', 'lomba')).toEqual([]);
    expect(synonymsOf('who was the pemateri', 'pemateri')).toEqual([]);
  });
});
