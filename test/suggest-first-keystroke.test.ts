// Autocomplete's first keystroke after a (re)load: Discord asks for choices as soon as a member opens /ask, with an
// empty box, and those are names alone; the corpus's words (vocabulary.ts), which only something typed needs, are
// not collected for it. The choices are the same either way.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../src/engine/search.ts';
import { suggestFrom, collectSuggestions } from '../src/engine/suggest.ts';
import type { Passage } from '../src/engine/types.ts';

const collected = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/engine/vocabulary.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/vocabulary.ts')>();
  return {
    ...real,
    collectVocabulary: (...args: Parameters<typeof real.collectVocabulary>) => {
      collected.count++;
      return real.collectVocabulary(...args);
    },
  };
});

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title: 'Festival Musim Semi', paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const TEXTS = [
  'Panitia Festival Musim Semi mengumumkan hadiah bagi pemenang lomba di Balai Kota Bandung.',
  'Acara dibuka oleh Wali Kota Bandung dan ditutup dengan konser Orkestra Simfoni Jakarta.',
];

describe('autocomplete for an empty box', () => {
  beforeEach(() => {
    collected.count = 0;
  });

  it('offers the names without collecting the corpus words, which the first word typed then collects once', () => {
    const index = new SearchIndex(passages(TEXTS), { lexicon: null });
    const all = collectSuggestions(passages(TEXTS));
    for (const empty of ['', ' ', '   ', '?!']) expect(index.suggest(empty, 25), JSON.stringify(empty)).toEqual(suggestFrom(all, empty, 25));
    expect(index.suggest('', 25)).toContain('Festival Musim Semi');
    expect(collected.count).toBe(0);
    expect(index.suggest('apa itu hadi', 25)).toContain('apa itu hadiah');
    expect(index.suggest('', 25)).toEqual(suggestFrom(all, '', 25));
    expect(index.suggest('wali', 25)).toContain('Wali Kota Bandung');
    expect(collected.count).toBe(1);
  });
});
