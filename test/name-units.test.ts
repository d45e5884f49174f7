import { describe, expect, it } from 'vitest';
import { proximityOf } from '../src/engine/proximity.ts';
import { SearchIndex, type QueryGroup } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

/** News paragraphs, one document each, as a corpus of news passages is. */
function news(texts: readonly string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `n${i + 1}#1`, docId: `n${i + 1}`, title: '', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const group = (word: string, weight: number, nameUnit?: number): QueryGroup => ({
  word, surface: [word], stems: [], alternatives: [], weight, ...(nameUnit === undefined ? {} : { nameUnit }),
});

describe('a long name in a question is one word to proximity', () => {
  it('marks the words of a name of four or more capitalised words, not a shorter name', () => {
    const index = new SearchIndex(news(['Kelompok Tani Sumber Rejeki Makmur menanam padi.', 'Budi Santoso melatih petani.']), { lexicon: null });
    const { groups } = index.search('Siapa yang melatih Kelompok Tani Sumber Rejeki Makmur bersama Budi Santoso?', 3);
    const unitOf = (word: string) => groups.find((g) => g.word === word)?.nameUnit;
    const unit = unitOf('kelompok');
    expect(unit).toBeDefined();
    expect(['tani', 'sumber', 'rejeki', 'makmur'].map(unitOf)).toEqual([unit, unit, unit, unit]);
    expect(unitOf('budi')).toBeUndefined();
    expect(unitOf('santoso')).toBeUndefined();
    expect(unitOf('melatih')).toBeUndefined();
  });

  it('marks a name of exactly four words, not one of three, and two long names apart', () => {
    const index = new SearchIndex(news(['Kelompok Tani Sumber Rejeki menanam padi.']), { lexicon: null });
    const units = (question: string) => {
      const { groups } = index.search(question, 3);
      return groups.filter((g) => g.nameUnit !== undefined).map((g) => `${g.word}:${g.nameUnit}`);
    };
    expect(units('Siapa yang melatih Kelompok Tani Sumber Rejeki?').map((u) => u.split(':')[0])).toEqual(['kelompok', 'tani', 'sumber', 'rejeki']);
    expect(units('Siapa yang melatih Kelompok Tani Makmur?')).toEqual([]);
    const two = units('Siapa dari Dinas Pertanian Kabupaten Sleman yang melatih Kelompok Tani Sumber Rejeki?');
    expect(two).toHaveLength(8);
    expect(new Set(two.slice(0, 4).map((u) => u.split(':')[1])).size).toBe(1);
    expect(new Set(two.slice(4).map((u) => u.split(':')[1])).size).toBe(1);
    expect(two[0]!.split(':')[1]).not.toBe(two[4]!.split(':')[1]);
  });

  it('reads names a comma or a bracket parts as names apart, not as one long name', () => {
    const index = new SearchIndex(news(['Budi Santoso, Ketua Kelompok Tani, menanam padi.', 'Ani Wijaya (Dinas Pertanian Sleman) melatih petani.']), { lexicon: null });
    for (const question of [
      'Kapan Budi Santoso, Ketua Kelompok Tani, mulai menanam padi?',
      'Siapa yang melatih Budi Santoso, Ani Wijaya?',
      'Apa yang diajarkan Ani Wijaya (Dinas Pertanian) kepada petani?',
    ]) {
      const { groups } = index.search(question, 3);
      expect(groups.filter((g) => g.nameUnit !== undefined).map((g) => g.word), question).toEqual([]);
    }
  });

  it("pairs the name with the question's other words once, at its heaviest word's weight, and not within itself", () => {
    // A name of three words (weights 3, 5, 4) at words 1-3, another question word (weight 2) at word 5.
    const positions = [[1], [2], [3], [5]];
    const asName = proximityOf(positions, [group('a', 3, 0), group('b', 5, 0), group('c', 4, 0), group('d', 2)]);
    // One pair: the name (found at 1-3, weight 5) and "d" two words from its last word: min(5, 2) / (1 + 1/3).
    expect(asName.pairs).toBeCloseTo(1.5, 6);
    const asWords = proximityOf(positions, [group('a', 3), group('b', 5), group('c', 4), group('d', 2)]);
    expect(asWords.pairs).toBeGreaterThan(10);
    // The lead reward is still each word's.
    expect(asName.lead).toBeCloseTo(asWords.lead, 6);
  });

  it('pairs two long names with each other once, each as one word', () => {
    // Name 0 (weights 2, 3) at words 1-2, name 1 (weights 4, 1) at words 4-5, another word (weight 5) at word 7.
    const positions = [[1], [2], [4], [5], [7]];
    const pairs = proximityOf(positions, [group('a', 2, 0), group('b', 3, 0), group('c', 4, 2), group('e', 1, 2), group('d', 5)]).pairs;
    // name 0 / name 1: min(3, 4) at 2 words; name 0 / d: min(3, 5) at 5 words; name 1 / d: min(4, 5) at 2 words.
    expect(pairs).toBeCloseTo(3 / (1 + 1 / 3) + 3 / (1 + 4 / 3) + 4 / (1 + 1 / 3), 6);
  });

  it("weighs the name as the heaviest of its words the passage has, not as a rarer one it lacks", () => {
    // A name of four words (weights 1, 6, 6, 6) of which the passage has only the first, common one ("kelompok" of
    // "Kelompok Tani Sumber Rejeki"), at word 1, and another question word (weight 4) at word 2.
    const positions = [[1], [], [], [], [2]];
    const groups = [group('a', 1, 0), group('b', 6, 0), group('c', 6, 0), group('e', 6, 0), group('d', 4)];
    // One pair at distance one, weighed min(1, 4): as word by word, where "a" and "d" are the only pair found.
    expect(proximityOf(positions, groups).pairs).toBeCloseTo(1, 6);
    expect(proximityOf(positions, groups.map((g) => group(g.word, g.weight))).pairs).toBeCloseTo(1, 6);
    // Where the passage has a rarer word of it too, the name weighs as that word.
    expect(proximityOf([[1], [], [3], [], [2]], groups).pairs).toBeCloseTo(4, 6);
  });

  it("ranks the paragraph that states what is asked before the lead that writes the long name in full", () => {
    const index = new SearchIndex(
      news([
        'Yogyakarta, Kompas - Kelompok Tani Sumber Rejeki Makmur di Desa Sleman kini menanam padi organik di lahan seluas 20 hektar.',
        'Petani Sumber Rejeki mulai menanam padi organik setelah Budi Santoso, penyuluh dari dinas pertanian, mengajari mereka membuat kompos.',
        'Harga cabai naik menjelang Lebaran.',
        'Kelompok tani di Bantul menanam jagung.',
      ]),
      { lexicon: null },
    );
    const hits = index.search('Siapa yang mengajari Kelompok Tani Sumber Rejeki Makmur menanam padi organik?', 3).hits;
    expect(hits.map((h) => h.passage.docId).slice(0, 2)).toEqual(['n2', 'n1']);
  });
});
