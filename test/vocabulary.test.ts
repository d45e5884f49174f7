// The corpus words autocomplete completes to (src/engine/vocabulary.ts): each word once, sorted, with the passages
// that hold it, counted once a passage, and where each passage's words stand. Checked against the plain reading of
// the passages' tokens, word by word.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { collectVocabulary, collectVocabularyInTurns, holdersOf } from '../src/engine/vocabulary.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title: 'Doc', paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const TEXTS = [
  'Hadiah diberikan kepada pemenang. Hadiah utama: sepeda, hadiah kedua: buku. Pemenang dari Indonesia.',
  'Di Indonesia, CMG dan Élan Vital bekerja sama; di 2024 ada 12 acara.',
  'tidak ada hadiah hari ini',
  '',
  'Kerja sama CMG, Indonesia dan Jepang: acara ke-3 di Jakarta, hari kedua.',
  ...Array.from({ length: 600 }, (_, i) => `Catatan ${i}: peserta hari ${i % 7 === 0 ? 'kedua' : 'pertama'} datang ke Jakarta.`),
];

describe('collectVocabulary', () => {
  const ps = passages(TEXTS);
  const v = collectVocabulary(ps);

  it('holds each word of three letters or more once, sorted, with the passages that hold it, in order', () => {
    const expected = new Map<string, number[]>();
    ps.forEach((p, n) => {
      for (const t of tokenize(p.text)) {
        if (t.norm.length < 3 || !/^\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*$/u.test(t.norm)) continue;
        const holders = expected.get(t.norm) ?? [];
        if (holders[holders.length - 1] !== n) holders.push(n);
        expected.set(t.norm, holders);
      }
    });
    expect(v.words).toEqual([...expected.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    v.words.forEach((w, i) => {
      expect([...holdersOf(v, i)], w).toEqual(expected.get(w));
      expect(v.counts[i], w).toBe(expected.get(w)!.length);
      expect(v.at.get(w)).toBe(i);
    });
    expect(v.counts[v.at.get('hadiah')!]).toBe(2); // three times in the first passage, once in the third
    expect(v.at.has('12')).toBe(false);
    expect(v.at.has('di')).toBe(false);
  });

  it('keeps each passage’s words in order, as indexes, -1 for a token that is none and between two sentences', () => {
    ps.forEach((p, n) => {
      const words = [...v.sequence.subarray(v.sequenceFrom[n]!, v.sequenceFrom[n + 1]!)].map((i) => (i < 0 ? null : v.words[i]!));
      // A sentence's end (or a line break) between two tokens is a gap of its own, so a word after it never counts
      // as following the word before it.
      const expected: (string | null)[] = [];
      tokenize(p.text).forEach((t, k, all) => {
        if (k > 0 && /[.!?;:\n]/u.test(p.text.slice(all[k - 1]!.end, t.start))) expected.push(null);
        expected.push(v.at.has(t.norm) ? t.norm : null);
      });
      expect(words, p.text).toEqual(expected);
    });
  });

  it('shows a word as written when the corpus mostly capitalises it within sentences', () => {
    expect(v.shown[v.at.get('indonesia')!]).toBe('Indonesia');
    expect(v.shown[v.at.get('cmg')!]).toBe('CMG');
    expect(v.shown[v.at.get('élan')!]).toBe('Élan');
    // Capitalised only where a sentence opens: a common word.
    expect(v.shown[v.at.get('hadiah')!]).toBe('hadiah');
    expect(v.shown[v.at.get('kerja')!]).toBe('kerja');
  });

  it('collects the same vocabulary in turns', async () => {
    expect(await collectVocabularyInTurns(ps)).toEqual(v);
  });
});
