import { describe, expect, it } from 'vitest';
import { parseEntry, type ParsedEntry } from '../src/engine/freedict.ts';
import { createLexicon, readLexiconFile } from '../src/engine/lexicon.ts';
import { Library } from '../src/engine/library.ts';
import { bridgedOnly, pivotTranslations, type PivotLanguage } from '../src/engine/pivot.ts';
import { writeUp } from './write-up.ts';

// Hand-made entries in the dictd text form of Debian's WikDict dictionaries (headword /IPA/ <pos>, then the
// translations, then a gloss in the source language), read by the same parser as eng-ind's.
function entries(...texts: string[]): ParsedEntry[] {
  return texts.map((t) => parseEntry(t)!);
}

const finnish: PivotLanguage = {
  name: 'fin',
  toEnglish: entries('aloittaa /ˈaloitːaː/ <v>\nstart, begin\nlaittaa jokin alulle', 'nostaa /ˈnostaː/ <v>\nraise, lift\nsiirtää ylemmäs'),
  fromEnglish: entries('volunteer /vɒlənˈtɪə/ <n>\nvapaaehtoinen\nperson who works for free'),
  toIndonesian: entries(
    'aloittaa /ˈaloitːaː/ <v>\nmemulai, mulai\nlaittaa jokin alulle',
    'nostaa /ˈnostaː/ <v>\nangkat, mengangkat\nsiirtää ylemmäs',
    'vapaaehtoinen /ˈʋapaːˌehtoinen/ <n>\nrelawan\nhenkilö joka tekee työtä palkatta',
  ),
};
const polish: PivotLanguage = {
  name: 'pol',
  toEnglish: entries(
    'zaczynać /zaˈʧ̑ɨ̃naʨ̑/ <v>\nstart, begin\nprzystępować do wykonywania jakiejś czynności',
    'wolontariusz /vɔlɔ̃nˈtarjuʃ/ <n>\nvolunteer\nosoba pracująca bez wynagrodzenia',
    'podnosić /pɔdˈnɔɕiʨ̑/ <v>\n(motoryzacja) raise the car\nunosić',
  ),
  toIndonesian: entries(
    'zaczynać /zaˈʧ̑ɨ̃naʨ̑/ <v>\nmemulai, awal\nrozpoczynać',
    'wolontariusz /vɔlɔ̃nˈtarjuʃ/ <n>\nrelawan\nosoba',
    'podnosić /pɔdˈnɔɕiʨ̑/ <v>\nmengangkat\nunosić',
  ),
};
const greek: PivotLanguage = {
  name: 'ell',
  toEnglish: entries('αρχίζω /arçˈizo/ <v>\nbegin, start'),
  toIndonesian: entries('αρχίζω /arçˈizo/ <v>\nmulai, memulai, sebuah kata yang sangat panjang sekali'),
};

describe('English → Indonesian through bridge languages', () => {
  const table = pivotTranslations([finnish, polish, greek]);

  it('keeps what two languages agree on, the most agreed first', () => {
    // memulai: all three; mulai: Finnish and Greek; awal: Polish alone.
    expect(table['start']).toEqual(['memulai', 'mulai']);
    expect(table['begin']).toEqual(['memulai', 'mulai']);
    // From an English → Finnish dictionary and a Polish → English one, read backwards.
    expect(table['volunteer']).toEqual(['relawan']);
  });

  it("drops one language's guess, a gloss, and an English side that is no headword", () => {
    // raise: angkat and mengangkat through Finnish only, Polish's "raise" is a gloss, not a word.
    expect(table['raise']).toBeUndefined();
    expect(Object.values(table).flat()).not.toContain('sebuah kata yang sangat panjang sekali');
    expect(Object.keys(table).some((k) => k.includes('('))).toBe(false);
  });

  it('can ask for one language, and names a bad setting', () => {
    expect(pivotTranslations([finnish], { minLanguages: 1 })['raise']).toEqual(['angkat', 'mengangkat']);
    expect(() => pivotTranslations([finnish], { minLanguages: 0 })).toThrow('minLanguages must be a positive integer, got 0');
  });

  it('keeps only what the dictionary does not already give', () => {
    const bridged = bridgedOnly({ start: ['menjalankan', 'mulai'], constructor: ['pembangun'] }, { start: ['memulai', 'mulai'], begin: ['mulai'], constructor: ['pembangun'] });
    expect(bridged).toEqual({ begin: ['mulai'], start: ['memulai'] });
  });
});

describe('the lexicon reads bridged translations', () => {
  const lexicon = createLexicon(
    { start: ['menjalankan'], use: ['pakai'], the: ['itu'], donation: ['sumbangan', 'donasi'] },
    { bridged: { start: ['memulai', 'menjalankan'], volunteer: ['relawan'], used: ['bekas'], the: ['sang'], donation: ['hadiah'] } },
  );

  it("for the headword a form resolves to, less the headword's own translations", () => {
    expect(lexicon.bridged('start')).toEqual(['memulai']);
    expect(lexicon.bridged('started')).toEqual(['memulai']);
  });

  it('for a word the dictionary lacks, or its first form with some', () => {
    expect(lexicon.bridged('volunteers')).toEqual(['relawan']);
    expect(lexicon.lookup('volunteer')).toEqual([]);
  });

  it("for the word itself where the dictionary reads it only as another headword with its stem", () => {
    // Porter cuts "collect" and "collective" alike: the lexicon reads collect as kolektif, a guess.
    const stems = createLexicon({ collective: ['kolektif'] }, { bridged: { collect: ['mengumpulkan'], collective: ['bersama'] } });
    expect(stems.lookup('collect')).toEqual(['kolektif']);
    expect(stems.bridged('collect')).toEqual(['mengumpulkan']);
    expect(stems.bridged('collected')).toEqual(['mengumpulkan']);
    expect(stems.bridged('collective')).toEqual(['bersama']);
  });

  it("for a word read only as another headword with its stem, whatever that headword's number of senses", () => {
    // Porter cuts "calculate" and "calculator" alike: calculator's three translations are no sense of calculate,
    // which the dictionary does not give at all.
    const stems = createLexicon(
      { calculator: ['kalkulator', 'penghitung', 'mesin hitung'] },
      { bridged: { calculate: ['menghitung'], calculator: ['pengganda'] } },
    );
    expect(stems.resolve('calculate')).toMatchObject({ headword: 'calculator', via: 'stem' });
    expect(stems.bridged('calculate')).toEqual(['menghitung']);
    expect(stems.bridged('calculated')).toEqual(['menghitung']);
    // (Not the headword's own bridged senses: it has its common senses already, as a word read as itself has.)
    expect(stems.bridged('calculator')).toEqual([]);
    expect(createLexicon({ calculator: ['kalkulator', 'penghitung'] }, { bridged: { calculator: ['pengganda'] } }).bridged('calculators')).toEqual([]);
  });

  it('only for a word the dictionary gives one sense or none', () => {
    // Two translations are the common senses already; a bridged one would be a rarer sense (a gift).
    expect(lexicon.bridged('donation')).toEqual([]);
  });

  it('never for a function word, nor for a word with none', () => {
    expect(lexicon.bridged('the')).toEqual([]);
    expect(lexicon.bridged('golang')).toEqual([]);
  });

  it('ships a bridged table, each translation one FreeDict does not give the word', () => {
    const file = readLexiconFile(new URL('../data/lexicon-en-id.json', import.meta.url).pathname);
    const words = Object.keys(file.bridged);
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) {
      const own = Object.hasOwn(file.entries, word) ? file.entries[word]!.split('|') : [];
      for (const t of file.bridged[word]!.split('|')) expect(own).not.toContain(t);
    }
  });
});

describe('an English question with a word the dictionary lacks and other languages translate', () => {
  // The dictionary has no "volunteer", and WordNet relates it to none of its words; two bridge languages agree it
  // is relawan. (Not "start" → mulai: "mulai" is an Indonesian stopword, which the index does not read.)
  const lexicon = createLexicon(
    { do: ['buat', 'laku', 'melakukan'], beach: ['pantai'], cleanup: ['pembersihan'] },
    { related: { volunteer: [] }, bridged: { volunteer: ['relawan'] } },
  );
  const lib = Library.fromDocuments(
    [
      writeUp({
        id: 'bersih-pantai',
        title: 'Bersih Pantai Kuta',
        body:
          'Bersih pantai Kuta diadakan Minggu pagi bersama warga sekitar dan pengelola pantai.\n\n' +
          'Relawan bertugas memilah sampah plastik dan menimbangnya di pos panitia.',
      }),
      writeUp({ id: 'lari', title: 'Lari Sabtu Pagi', body: 'Lari pagi tiap Sabtu di Gelora Bung Karno.\n\nKumpul pukul 05.30 di Pintu 7.' }),
    ],
    { lexicon },
  );

  it('finds the passage that says it in the translation they agree on', () => {
    const hits = lib.snapshot.index.search('what do volunteers do at Kuta', 3).hits;
    expect(hits[0]!.passage.text).toContain('Relawan bertugas');
  });
});
