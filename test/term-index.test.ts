import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { NEAR_TERMS_LIMIT, TermIndex, type LooseMatching } from '../src/engine/term-index.ts';

interface Doc {
  id: number;
  words: string[];
  title: string[];
}

// Words that begin one another (festival, festivalnya), lie one typo apart (pemerintah, pemerintha), repeat in a
// passage, and look like numbers (2024, which a plain object would order before every other key).
const VOCABULARY = [
  'festival', 'festivalnya', 'festivals', 'pemerintah', 'pemerintahan', 'pemerintha', 'perintah', 'musim', 'musik',
  'semi', 'kota', 'kata', 'pelabuhan', 'labuh', '2024', '2025', '20245', 'budaya', 'kebudayaan', 'budayawan', 'acara',
];

function documents(count: number): Doc[] {
  // A fixed pseudo-random corpus, different lengths, so that BM25's length normalisation matters.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, id) => ({
    id,
    words: Array.from({ length: 3 + Math.floor(next() * 40) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!),
    title: next() < 0.3 ? [] : [VOCABULARY[Math.floor(next() * VOCABULARY.length)]!],
  }));
}

/** Documents whose fields are already term lists: MiniSearch indexes them as they are. */
const FIELDS = {
  fields: ['words', 'title'],
  storeFields: [],
  extractField: (doc: Doc, field: string) => (field === 'id' ? doc.id : doc[field as 'words' | 'title']),
  stringifyField: (value: unknown) => value as string,
  tokenize: (value: unknown) => value as unknown as string[],
  processTerm: (term: string) => term,
};

function index(docs: Doc[]): TermIndex<Doc> {
  const mini = new TermIndex<Doc>({
    ...FIELDS,
    searchOptions: { tokenize: (q) => [q], processTerm: (t) => t },
  });
  mini.addAll(docs);
  return mini;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const TERMS = [...VOCABULARY, 'festiva', 'pemerintahx', 'kot', 'tidakada', '202', 'musi'];

describe('TermIndex', () => {
  const mini = index(documents(120));

  it('scores a term as MiniSearch.search does, to the last bit', () => {
    for (const field of ['words', 'title']) {
      for (const term of TERMS) {
        const expected = mini.search(term, { fields: [field], bm25: BM25 });
        const actual = mini.termScores(term, field, BM25);
        expect([...actual.keys()].sort((a, b) => a - b), `${field} ${term}`).toEqual(expected.map((r) => r.id as number).sort((a, b) => a - b));
        for (const r of expected) expect(actual.get(r.id as number)!.score, `${field} ${term} ${r.id}`).toBe(r.score);
      }
    }
  });

  it('scores prefix and typo matches as MiniSearch.search does, with the same matched terms', () => {
    const cases: LooseMatching[] = [
      { prefix: true, fuzzy: 1, weights: { prefix: 0.25, fuzzy: 0.3 } },
      { prefix: true, fuzzy: false, weights: { prefix: 0.25, fuzzy: 0.3 } },
      { prefix: false, fuzzy: 1, weights: { prefix: 0.375, fuzzy: 0.45 } },
      { prefix: true, fuzzy: 2, weights: { prefix: 0.375, fuzzy: 0.45 } },
    ];
    let looseMatches = 0;
    for (const loose of cases) {
      for (const term of TERMS) {
        const expected = mini.search(term, { fields: ['words'], bm25: BM25, prefix: loose.prefix, fuzzy: loose.fuzzy, weights: loose.weights });
        const actual = mini.termScores(term, 'words', BM25, loose);
        expect(actual.size, `${term} ${JSON.stringify(loose)}`).toBe(expected.length);
        for (const r of expected) {
          const mine = actual.get(r.id as number)!;
          expect(mine.score, `${term} ${r.id}`).toBe(r.score);
          expect([...mine.terms].sort(), `${term} ${r.id}`).toEqual([...r.terms].sort());
          if (r.terms.some((t) => t !== term)) looseMatches++;
        }
      }
    }
    // The cases above do exercise prefix and typo matches, not only exact ones.
    expect(looseMatches).toBeGreaterThan(100);
  });

  it('counts the passages that have a term in a field, as a one-term search finds them', () => {
    for (const field of ['words', 'title']) {
      for (const term of TERMS) expect(mini.documentFrequency(term, field), `${field} ${term}`).toBe(mini.search(term, { fields: [field] }).length);
    }
    expect(mini.documentFrequency('', 'words')).toBe(0);
  });

  it('names a field the index lacks', () => {
    expect(() => mini.termScores('kota', 'body', BM25)).toThrow(/no field "body"/);
  });

  it('lists the passages that have a term in a field, in termScores\'s order, without scoring them', () => {
    for (const field of ['words', 'title']) {
      for (const term of [...TERMS, '']) expect(mini.documentsWith(term, field), `${field} ${term}`).toEqual([...mini.termScores(term, field, BM25).keys()]);
    }
    expect(mini.documentsWith('kota', 'words').length).toBeGreaterThan(10);
    expect(() => mini.documentsWith('kota', 'body')).toThrow(/no field "body"/);
  });
});

describe('TermIndex as documents are added', () => {
  it('scores with the lengths and the terms of every document added since the last question', () => {
    const docs = documents(60);
    const mini = index(docs.slice(0, 30));
    const loose: LooseMatching = { prefix: true, fuzzy: 1, weights: { prefix: 0.25, fuzzy: 0.3 } };
    expect(mini.termScores('kota', 'words', BM25).size).toBeGreaterThan(0);
    expect(mini.termScores('musim', 'words', BM25, loose).size).toBeGreaterThan(0);
    // New words near "musim" (a longer one it begins, one a typo away), which the earlier question could not see.
    mini.addAll([...docs.slice(30), { id: 60, words: ['musimnya', 'kota'], title: [] }, { id: 61, words: ['musin'], title: [] }]);
    for (const [term, options] of [['kota', null], ['musim', loose]] as const) {
      const expected = mini.search(term, { fields: ['words'], bm25: BM25, ...(options ?? {}) });
      const actual = mini.termScores(term, 'words', BM25, options);
      expect(actual.size, term).toBe(expected.length);
      for (const r of expected) expect(actual.get(r.id as number)!.score, `${term} ${r.id}`).toBe(r.score);
    }
    expect(mini.termScores('musim', 'words', BM25, loose).get(60)!.terms).toEqual(['musimnya']);
    expect(mini.termScores('musim', 'words', BM25, loose).get(61)!.terms).toEqual(['musin']);
  });

  it('gives the same scores when a word is asked again (its loose matches remembered)', () => {
    const mini = index(documents(80));
    const loose: LooseMatching = { prefix: true, fuzzy: 1, weights: { prefix: 0.25, fuzzy: 0.3 } };
    for (const term of TERMS) {
      const first = mini.termScores(term, 'words', BM25, loose);
      expect(mini.termScores(term, 'words', BM25, loose), term).toEqual(first);
      // Other weights for the same word: the remembered matches are weighted afresh.
      const other = { ...loose, weights: { prefix: 0.375, fuzzy: 0.45 } };
      const expected = mini.search(term, { fields: ['words'], bm25: BM25, prefix: true, fuzzy: 1, weights: other.weights });
      const actual = mini.termScores(term, 'words', BM25, other);
      for (const r of expected) expect(actual.get(r.id as number)!.score, `${term} ${r.id}`).toBe(r.score);
    }
  });
});

/** A TermIndex whose typo searches can be counted: what remembering a word's loose matches saves. */
class CountingIndex extends TermIndex<Doc> {
  typoSearches(term: string): () => number {
    const spy = vi.spyOn(this._index, 'fuzzyGet');
    return () => spy.mock.calls.filter(([t]) => t === term).length;
  }
}

describe('TermIndex remembering loose matches', () => {
  const loose: LooseMatching = { prefix: true, fuzzy: 1, weights: { prefix: 0.25, fuzzy: 0.3 } };
  const exactOnly: LooseMatching = { prefix: false, fuzzy: false, weights: loose.weights };
  const build = () => {
    const mini = new CountingIndex({
      ...FIELDS,
    });
    mini.addAll(documents(40));
    return mini;
  };

  it('does not forget a word for a stream of words too short to match loosely', () => {
    const mini = build();
    const searches = mini.typoSearches('pemerintah');
    mini.termScores('pemerintah', 'words', BM25, loose);
    // Short words (as search.ts asks them: neither prefix nor typo matching) have nothing worth remembering.
    for (let i = 0; i < NEAR_TERMS_LIMIT + 10; i++) mini.termScores(`k${i}`, 'words', BM25, exactOnly);
    mini.termScores('pemerintah', 'words', BM25, loose);
    expect(searches()).toBe(1);
  });

  it('forgets the words asked longest ago, not a word members keep asking', () => {
    const mini = build();
    const searches = mini.typoSearches('pemerintah');
    for (let i = 0; i < NEAR_TERMS_LIMIT + 10; i++) {
      if (i % 1000 === 0) mini.termScores('pemerintah', 'words', BM25, loose);
      mini.termScores(`junkword${i}`, 'words', BM25, loose);
    }
    mini.termScores('pemerintah', 'words', BM25, loose);
    expect(searches()).toBe(1);
    // The oldest junk word was forgotten: asked again, it is looked up again.
    const junk = mini.typoSearches('junkword0');
    const before = junk();
    mini.termScores('junkword0', 'words', BM25, loose);
    expect(junk()).toBe(before + 1);
  });
});

describe('TermIndex and removal', () => {
  it('refuses to take documents out rather than score documents that are gone', () => {
    // Before, after discard(2) termScores still found document 2's words (under an undefined id), and after
    // removeAll() and as many new documents it scored the old ones: what it remembers of the index was not renewed.
    const docs = documents(20);
    const mini = index(docs);
    for (const [name, remove] of [
      ['discard', () => mini.discard(2)],
      ['discardAll', () => mini.discardAll([2, 3])],
      ['replace', () => mini.replace({ ...docs[2]!, words: ['kota'] })],
      ['remove', () => mini.remove(docs[2]!)],
      ['removeAll', () => mini.removeAll()],
      ['removeAll', () => mini.removeAll([docs[2]!])],
    ] as const) {
      expect(remove, name).toThrow(/cannot be taken out of this index/);
    }
    // Nothing was taken out: the index still has every document and scores as MiniSearch does.
    expect(mini.documentCount).toBe(20);
    for (const term of ['kota', 'festival']) {
      const expected = mini.search(term, { fields: ['words'], bm25: BM25 });
      const actual = mini.termScores(term, 'words', BM25);
      expect(actual.size, term).toBe(expected.length);
      for (const r of expected) expect(actual.get(r.id as number)!.score, `${term} ${r.id}`).toBe(r.score);
    }
  });
});

describe('TermIndex adding documents', () => {
  it('builds the very index MiniSearch builds, also for documents added after it was prepared', () => {
    const docs = documents(60);
    const plain = new MiniSearch<Doc>(FIELDS);
    plain.addAll(docs);
    const mini = index(docs.slice(0, 40));
    mini.prepare({ k: 1.2, b: 0.7, d: 0.5 });
    mini.addAll(docs.slice(40));
    expect(JSON.stringify(mini)).toBe(JSON.stringify(plain));
  });

  it('builds the very index MiniSearch builds when a term is not its token (dropped, split, empty, repeated)', () => {
    // TermIndex adds each distinct term of a field once, with its count; MiniSearch counts a field's length by its
    // distinct tokens, before processTerm, which here drops some tokens, splits others into several terms and
    // maps different tokens to one term.
    const docs: Doc[] = documents(50).map((d, i) => ({
      ...d,
      words: [...d.words, '', 'Kota', 'KOTA', 'drop', 'festival+2024', i % 3 === 0 ? 'festival+festival' : 'acara'],
    }));
    const options = {
      ...FIELDS,
      processTerm: (term: string) => (term === 'drop' || term === '' ? null : term.includes('+') ? term.split('+') : term.toLowerCase()),
    };
    const plain = new MiniSearch<Doc>(options);
    plain.addAll(docs);
    const mini = new TermIndex<Doc>(options);
    mini.addAll(docs);
    expect(JSON.stringify(mini)).toBe(JSON.stringify(plain));
  });

  it('refuses a document without an id or with one already added, as MiniSearch does', () => {
    const mini = new TermIndex<Doc>(FIELDS);
    mini.add({ id: 1, words: ['kota'], title: [] });
    expect(() => mini.add({ id: 1, words: ['acara'], title: [] })).toThrow(/duplicate ID 1/);
    expect(() => mini.add({ words: ['acara'], title: [] } as unknown as Doc)).toThrow(/does not have ID field "id"/);
    expect(mini.documentCount).toBe(1);
  });

  it('builds MiniSearch\'s own term tree, node for node and edge for edge in order, where a node has many edges', () => {
    // Terms that start with dozens of letters, digits and capitals (a node of many edges, which TermIndex finds by
    // their first letter), share prefixes that split edges again and again (ke, kebun, kebunnya, kec…), some
    // split after the node's edges were indexed, one term the prefix of another, and letters beyond the first
    // plane.
    const firsts = [...'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'é', '𝐀', 'ü'];
    const terms = [
      ...firsts.map((c) => `${c}ata`),
      ...firsts.map((c) => `${c}at`),
      ...firsts.map((c) => `${c}ot${c}`),
      'ke', 'kebun', 'kebunnya', 'kec', 'kecil', 'kecamatan', 'kebudayaan', 'k', 'kota', 'ko', '𝐀𝐁', '𝐀𝐂', 'éa', 'éb',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const docs: Doc[] = Array.from({ length: 40 }, (_, id) => ({
      id,
      words: Array.from({ length: 5 + Math.floor(next() * 30) }, () => terms[Math.floor(next() * terms.length)]!),
      title: [terms[Math.floor(next() * terms.length)]!],
    }));
    const plain = new MiniSearch<Doc>(FIELDS);
    plain.addAll(docs);
    const mini = new TermIndex<Doc>(FIELDS);
    mini.addAll(docs);
    // Every node's edges in their order, and each term's passages by field (the leaf, '').
    type Node = Map<string, unknown>;
    const shape = (node: Node): unknown[] =>
      [...node].map(([edge, below]) => [edge, edge === '' ? [...(below as Iterable<[number, Iterable<unknown>]>)].map(([field, postings]) => [field, [...postings]]) : shape(below as Node)]);
    const treeOf = (m: unknown) => (m as { _index: { _tree: Node } })._index._tree;
    expect(shape(treeOf(mini))).toEqual(shape(treeOf(plain)));
    expect(treeOf(plain).size).toBeGreaterThan(60);
    expect(mini.documentFrequency('kebunnya', 'words')).toBe(docs.filter((d) => d.words.includes('kebunnya')).length);
  });
});

describe('TermIndex postings', () => {
  it('keeps a term\'s passages in one field as one flat list, not a Map of its own (tydiqa-id\'s build makes ~55,000)', () => {
    const mini = index(documents(30));
    const tree = (mini as unknown as { _index: { get: (term: string) => Map<number, unknown> | undefined } })._index;
    const postings = tree.get('kota')!.get(0)!;
    expect(postings).not.toBeInstanceOf(Map);
    // And reads as MiniSearch reads a term's passages: by short id, in the order added.
    const expected = documents(30).flatMap((d, shortId) => (d.words.includes('kota') ? [[shortId, d.words.filter((w) => w === 'kota').length]] : []));
    expect([...(postings as unknown as Iterable<[number, number]>)]).toEqual(expected);
  });
});
