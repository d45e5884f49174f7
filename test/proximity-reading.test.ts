// Proximity reads a passage's term positions once and keeps them on the index (see SearchIndex.#positions): what
// it gives must not depend on whether they were read just now or kept from an earlier question.
import { describe, expect, it } from 'vitest';
import { proximity, termPositions } from '../src/engine/proximity.ts';
import { SearchIndex, type QueryGroup } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: `d${i + 1}`, title: 'Catatan', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const ranking = (index: SearchIndex, q: string) => index.search(q, 10).hits.map((h) => [h.passage.id, h.score]);

describe('proximity over kept term positions', () => {
  it('ranks a question the same when asked again, before and after other questions and more passages than it keeps', () => {
    const texts = [
      'Pembicara utama forum media adalah Lestari Handayani dari Bandung.',
      'Forum itu membahas media digital; pembicara lain datang dari Jakarta.',
      'Lestari Handayani membuka acara, lalu forum berlanjut dengan diskusi media.',
      // More passages than the index keeps the positions of, each matching the other question.
      ...Array.from({ length: 600 }, (_, i) => `Catatan rapat warga nomor ${i + 1}: kebun warga dirawat bersama relawan.`),
    ];
    // (The positions of some 40 of these passages kept: see IndexOptions.positionsWordsLimit.)
    const index = new SearchIndex(passages(texts), { lexicon: null, positionsWordsLimit: 300 });
    const first = ranking(index, 'siapa pembicara forum media');
    expect(first[0]![0]).toBe('p#1');
    expect(ranking(index, 'siapa pembicara forum media')).toEqual(first);
    for (let i = 0; i < 30; i++) ranking(index, `kebun warga relawan rapat nomor ${i * 20 + 1}`);
    expect(ranking(index, 'siapa pembicara forum media')).toEqual(first);
  });

  it('reads without the excepted groups as it reads a question that lacks their terms', () => {
    const read = termPositions('Lestari Handayani membuka forum media, lalu diskusi media digital berlanjut.');
    const groups = [{ weight: 1 }, { weight: 2 }, { weight: 0.5 }] as QueryGroup[];
    const all = new Map([['lestari', 0], ['forum', 1], ['digital', 2], ['media', 1]]);
    const without = new Map([...all].filter(([, g]) => g !== 1));
    expect(proximity(read, all, groups, new Set([1]))).toEqual(proximity(read, without, groups));
    expect(proximity(read, all, groups).pairs).toBeGreaterThan(proximity(read, without, groups).pairs);
  });

  it("reads a word's terms under the reading asked, not one asked before for the same word", () => {
    const text = 'Warga mengunjungi kebun, lalu warga mengunjungi pasar.';
    const plain = termPositions(text);
    const kunjung = termPositions(text, (w) => (w === 'mengunjungi' ? 'kunjung' : undefined));
    const other = termPositions(text, (w) => (w === 'mengunjungi' ? 'kunjungan' : undefined));
    expect(kunjung.tokens.flat()).toContain('kunjung');
    expect(other.tokens.flat()).toContain('kunjungan');
    expect(other.tokens.flat()).not.toContain('kunjung');
    expect(termPositions(text).tokens).toEqual(plain.tokens);
  });

  it('reads a stopword written as an acronym by how each text writes it', () => {
    // ("as" is a stopword; "AS" inside a sentence is the acronym's term, in capitals: see acronymTerm.)
    expect(termPositions('Investor AS datang ke Jakarta.').tokens.flat()).toContain('AS');
    expect(termPositions('Dia datang as usual ke Jakarta.').tokens.flat()).not.toContain('AS');
    expect(termPositions('Investor AS datang ke Jakarta.').tokens).toEqual(termPositions('Investor AS datang ke Jakarta.').tokens);
    // (Whichever was read first: a stopword's reading is kept by its word, its acronym told by each text.)
    expect(termPositions('Dia datang as usual ke Jakarta.').tokens.flat()).not.toContain('AS');
    expect(termPositions('Investor AS datang ke Jakarta.').tokens.flat()).toContain('AS');
  });

  it('lists the terms of each word that has any, in order, a word its stems after it', () => {
    // (A token's position in proximity is its place in this list: stopwords, which have no terms, take none.)
    const read = termPositions('Warga dan relawan mengunjungi kebun.', (w) => (w === 'mengunjungi' ? 'kunjung' : undefined));
    expect(read.tokens.map((t) => t[0])).toEqual(['warga', 'relawan', 'mengunjungi', 'kebun']);
    expect(read.tokens[2]).toContain('kunjung');
  });
});
