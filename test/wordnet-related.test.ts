import { describe, expect, it } from 'vitest';
import { createLexicon } from '../src/engine/lexicon.ts';
import { Library } from '../src/engine/library.ts';
import {
  parseDataFile,
  parseIndexFile,
  parseTaggedSenses,
  relatedWords,
  type SenseIndex,
  type Synset,
  type WordNet,
} from '../src/engine/wordnet-related.ts';
import { writeUp } from './write-up.ts';

// A hand-made slice of WordNet 3.0's database, in its own formats (see wndb(5WN) and cntlist(5WN)); the offsets
// are made up, the relations are WordNet's: a hike is a walk (hypernym) and a tramp (synonym); a fee is a fixed
// charge, a fixed charge a charge, a charge a cost; a founder founds (derivation) and, in a sense SemCor never saw,
// is laminitis.
const INDEX_NOUN = `  1 This software and database is being provided to you, the LICENSEE, by
hike n 1 2 @ + 1 1 00000001
fee n 1 1 @ 1 1 00000010
founder n 2 2 @ + 2 1 00000030 00000020
walk n 1 1 @ 1 1 00000002
`;
const DATA_NOUN = `  1 This software and database is being provided to you, the LICENSEE, by
00000001 04 n 02 hike 0 tramp 0 002 @ 00000002 n 0000 + 00000100 v 0101 | a long walk usually for exercise
00000002 04 n 01 walk 0 000 | the act of traveling by foot
00000010 21 n 01 fee 0 001 @ 00000011 n 0000 | a fixed charge for a privilege
00000011 21 n 02 fixed_charge 0 fixed_cost 0 001 @ 00000012 n 0000 | a periodic charge
00000012 21 n 01 charge 0 001 @ 00000013 n 0000 | the price charged
00000013 21 n 01 cost 0 001 @ 00000014 n 0000 | the total spent
00000014 21 n 01 outlay 0 000 | money spent
00000020 26 n 02 laminitis 0 founder 0 001 @ 00000021 n 0000 | inflammation of the hoof
00000021 26 n 01 inflammation 0 000 | a response of body tissues
00000030 18 n 02 founder 0 beginner 0 002 @ 00000031 n 0000 + 00000200 v 0101 | a person who founds an institution
00000031 18 n 01 originator 0 000 | someone who creates new things
`;
const INDEX_VERB = `hike v 1 1 @ 1 1 00000100
`;
const DATA_VERB = `00000100 38 v 01 hike 0 001 @ 00000101 v 0000 01 + 02 00 | walk a long way
00000101 38 v 01 walk 0 000 01 + 02 00 | use one's feet to advance
00000200 41 v 01 found 0 001 + 00000030 n 0101 01 + 08 00 | set up or found
`;
// (The founder's laminitis sense, listed second here as the person's is first, never tagged.)
const CNTLIST = `hike%1:04:00:: 1 3
hike%2:38:00:: 1 1
fee%1:21:00:: 1 11
founder%1:18:00:: 1 1
founder%1:26:00:: 2 0
walk%1:04:00:: 1 12
`;

function wordnet(): WordNet {
  const senses: SenseIndex = new Map();
  const synsets = new Map<string, Synset>();
  parseIndexFile(INDEX_NOUN, 'noun', senses);
  parseIndexFile(INDEX_VERB, 'verb', senses);
  parseDataFile(DATA_NOUN, 'noun', synsets);
  parseDataFile(DATA_VERB, 'verb', synsets);
  return { senses, synsets, tagged: parseTaggedSenses(CNTLIST) };
}

describe('WordNet relations for words the dictionary lacks', () => {
  const wn = wordnet();
  const dictionary = new Set(['walk', 'tramp', 'cost', 'found', 'inflammation', 'beginner', 'originator']);
  const known = (w: string) => dictionary.has(w);

  it('reads synonyms first, then the words derived from it, then hypernyms', () => {
    expect(relatedWords('hike', wn, known)).toEqual(['tramp', 'walk']);
    // (The person's sense: the derived verb, then its synonym and hypernym.)
    expect(relatedWords('founder', wn, known)).toEqual(['beginner', 'found', 'originator']);
  });

  it('climbs hypernyms the dictionary lacks to the nearest one it has, three levels at most', () => {
    // fee → fixed charge → charge → cost.
    expect(relatedWords('fee', wn, known)).toEqual(['cost']);
    expect(relatedWords('fee', wn, (w) => w === 'outlay')).toEqual([]);
  });

  it('leaves out senses SemCor never saw, and phrases', () => {
    expect(relatedWords('founder', wn, known)).not.toContain('inflammation');
    expect(relatedWords('fee', wn, (w) => w === 'fixed_charge' || w === 'cost')).toEqual(['cost']);
  });

  it('names the file and line it cannot read', () => {
    expect(() => parseIndexFile('hike n x y\n', 'noun')).toThrow(/index\.noun: cannot read "hike n x y"/);
    expect(() => parseDataFile('00000001 04 n zz\n', 'noun')).toThrow(/data\.noun: cannot read/);
  });
});

describe('the lexicon reads a related word only for a word it lacks in every form', () => {
  const lexicon = createLexicon(
    { walk: ['jalan', 'berjalan', 'jalan kaki'], cost: ['biaya'], lead: ['pimpin'] },
    { related: { hike: ['walk'], fee: ['cost'], lead: ['cost'] } },
  );

  it('translates the related headwords, the first two of each', () => {
    expect(lexicon.lookup('hike')).toEqual([]);
    expect(lexicon.related('hike')).toEqual(['jalan', 'berjalan']);
    expect(lexicon.related('hikes')).toEqual(['jalan', 'berjalan']);
    expect(lexicon.related('fees')).toEqual(['biaya']);
  });

  it('reads nothing for a word the dictionary has, nor for function words', () => {
    expect(lexicon.related('lead')).toEqual([]);
    expect(lexicon.related('led')).toEqual([]);
    expect(lexicon.related('the')).toEqual([]);
  });
});

describe('English questions with a word the dictionary lacks', () => {
  // The shipped lexicon: FreeDict has no "fee" and no "hike"; WordNet relates them to cost (biaya) and walk (jalan).
  const lib = Library.fromDocuments([
    writeUp({
      id: 'papandayan',
      title: 'Pendakian Papandayan',
      body: 'Pendakian ke Gunung Papandayan dipimpin oleh Rina Marlina.\n\nBiaya pendakian Rp275.000 per orang, termasuk sewa tenda.',
    }),
    writeUp({ id: 'rapat', title: 'Rapat pengurus', body: 'Rapat pengurus membahas jadwal kegiatan tahun depan.\n\nHadir tujuh pengurus.' }),
  ]);

  it('finds the passage that says it in a related word', () => {
    const a = lib.ask('what was the fee for the Papandayan climb');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('Rp275.000');
  });

  it('is not confident where the related word is all the question matched', () => {
    const a = lib.ask('what was the fee');
    expect(a.answered).toBe(false);
    // (Found, ranked first, but not vouched for.)
    expect(lib.snapshot.index.search('what was the fee', 1).hits[0]!.passage.text).toContain('Biaya');
  });
});

describe('an English word WordNet knows that the dictionary cannot read', () => {
  // WordNet relates "volunteer" to no word FreeDict has: the lexicon keeps it with no readings, as an English word.
  const lexicon = createLexicon({ walk: ['jalan'], cost: ['biaya'] }, { related: { hike: ['walk'], volunteer: [], use: ['cost'], used: [] } });

  it('is known as English, with no reading', () => {
    expect(lexicon.knows('volunteer')).toBe(true);
    expect(lexicon.knows('volunteers')).toBe(true);
    expect(lexicon.knows('hike')).toBe(true);
    expect(lexicon.knows('walking')).toBe(true);
    expect(lexicon.related('volunteer')).toEqual([]);
    expect(lexicon.knows('golang')).toBe(false);
  });

  it('leaves such a word for a form of one with readings', () => {
    expect(lexicon.related('used')).toEqual(['biaya']);
  });

  // Over Indonesian write-ups whose titles have the kind ("Orientasi Relawan"), the English word beside it is a
  // word the dictionary cannot read, not a name no write-up has: "golang" of "is there a golang workshop" is.
  const lib = Library.fromDocuments([
    writeUp({
      id: 'orientasi',
      title: 'Orientasi Relawan 2025',
      body: 'Relawan baru wajib ikut orientasi.\n\nOrientasi dilaksanakan pada Sabtu, 14 Juni 2025, pukul 08.00 di Aula Santo Yusuf.',
    }),
    writeUp({ id: 'docker', title: 'Workshop Docker', body: 'Workshop Docker diadakan di Aula Barat.\n\nPesertanya 30 orang.' }),
  ]);

  it.each(['when is the volunteer orientation', 'where is the volunteer orientation'])('answers "%s"', (q) => {
    const a = lib.ask(q);
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('14 Juni 2025');
  });

  it('still leaves a lower-case name beside a kind unanswered', () => {
    expect(lib.ask('is there a golang workshop').answered).toBe(false);
  });
});

describe('a lower-case word of an English question that is no English word the lexicon knows', () => {
  // "wifi" of "is there wifi at the orientation": a word no dictionary has, over write-ups that never say it. The
  // corpus's silence on it is the answer, as for "golang" beside a kind of event; an English word the dictionary
  // cannot read ("volunteer") stays the dictionary's gap, not the corpus's.
  const lib = Library.fromDocuments([
    writeUp({ id: 'orientasi', title: 'Orientasi Relawan', body: 'Orientasi dilaksanakan pada Sabtu, 14 Juni 2025.\n\nMakan siang disediakan.' }),
    writeUp({ id: 'docker', title: 'Workshop Docker', body: 'Workshop Docker diadakan di Aula Barat.' }),
  ]);

  it('leaves the question unanswered where no write-up has it', () => {
    expect(lib.ask('is there wifi at the orientation').answered).toBe(false);
    expect(lib.ask('is there lunch at the orientation').answered).toBe(true);
  });

  it("is the dictionary's gap for a word it knows as English", () => {
    expect(lib.ask('when is the volunteer orientation').answered).toBe(true);
  });

  // FreeDict lists some names with themselves as their translation ("lombok" → lombok): it reads them as nothing
  // but the name, which a write-up would write so.
  it('counts a word the dictionary reads only as itself, a name', () => {
    const trail = Library.fromDocuments([
      writeUp({ id: 'trail', title: 'Ubud Trail Run 21K', body: 'Trail run di Ubud diikuti sebelas pelari.\n\nLomba dimulai pukul 06.00.' }),
      writeUp({ id: 'orientasi', title: 'Orientasi Relawan', body: 'Orientasi dilaksanakan pada Sabtu, 14 Juni 2025.' }),
    ]);
    expect(trail.ask('is there a trail run in lombok').answered).toBe(false);
    expect(trail.ask('is there a trail run in ubud').answered).toBe(true);
  });
});
