// How much of a corpus's names autocomplete reads per keystroke (src/engine/suggest.ts): a member's every keystroke
// asks, and reading all of a large corpus's names each time (tens of thousands in tydiqa-id) is what it must not do.
import { describe, expect, it } from 'vitest';
import { collectVocabulary } from '../src/engine/vocabulary.ts';
import { suggestFrom, type Suggestion } from '../src/engine/suggest.ts';
import type { Passage } from '../src/engine/types.ts';

const letters = 'bcdfgjklmnprstvz';
/** A made-up name word, distinct for every n ("Bakoru"). */
const word = (n: number) => [0, 1, 2].map((k) => letters[Math.floor(n / letters.length ** k) % letters.length]! + 'aoi'[k]).join('');
const name = (...words: string[]): Suggestion => ({
  text: words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '), words, count: 1, own: 1, passages: [0], quoted: false,
});
const names: Suggestion[] = [...Array.from({ length: 3000 }, (_, n) => name(word(n), word(n + 7919))), name('hackathon', 'nasional')];
const passage: Passage = {
  id: 'p#1', docId: 'p', title: 'T', paragraph: 1, part: 1, parts: 1, text: 'hackathon hackathon pemenang hadiah utama',
  start: 0, end: 0, date: null, source: null, url: null, lang: 'id',
};
const vocabulary = collectVocabulary([passage]);

/** The names list, counting every name read from it. */
function counted(): { all: readonly Suggestion[]; reads: () => number } {
  let reads = 0;
  const all = new Proxy(names, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { all, reads: () => reads };
}

describe('a keystroke', () => {
  it('reads only the names under the typed word\'s first letter, once the list is indexed', () => {
    const { all, reads } = counted();
    const typed = ['siapa pemenang hackaton', 'siapa pemenang hadi', 'apa itu baz', 'apa itu xyz'];
    const first = typed.map((q) => suggestFrom(all, q, 25, vocabulary));
    // (The first keystroke indexes the list: it is read once, whole.)
    const before = reads();
    const again = typed.map((q) => suggestFrom(all, q, 25, vocabulary));
    expect(again).toEqual(first);
    // (A typo's correction, and the names it starts; a name's start; none: each way of reading the names.)
    expect(first[0]).toEqual(['siapa pemenang hackaton', 'siapa pemenang hackathon', 'siapa pemenang Hackathon Nasional']);
    expect(first[2]!.length).toBeGreaterThan(1);
    // Not one of the 3,001 names read again: the index holds them.
    expect(reads() - before).toBe(0);
  });
});
