// Numbers spelled as words, read in a sequence of words (see number-words.ts): 1–99, cardinal and ordinal,
// Indonesian and English, in one word or several.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { ordinalWords, spelledNumberAt } from '../src/engine/number-words.ts';

/** Every number read in `text`, as "21" (cardinal) or "21th" (ordinal), with how many words it takes. */
function read(text: string): string[] {
  const words = tokenize(text).map((t) => t.norm);
  return words.flatMap((_, i) => {
    const n = spelledNumberAt(words, i);
    return n === undefined ? [] : [`${n.n}${n.ordinal ? 'th' : ''}/${n.words}`];
  });
}

describe('spelledNumberAt', () => {
  it('reads Indonesian numbers above twenty, cardinal and ordinal, however the words are joined', () => {
    expect(read('meetup kedua puluh satu')).toEqual(['21th/3']);
    expect(read('meetup ke-dua puluh satu')).toEqual(['21th/3']);
    expect(read('meetup keduapuluh satu')).toEqual(['21th/2']);
    expect(read('meetup keduapuluhsatu')).toEqual(['21th/1']);
    expect(read('sembilan puluh sembilan peserta')).toEqual(['99/3']);
    expect(read('meetup ketiga puluh')).toEqual(['30th/2']);
    expect(read('ke-dua')).toEqual(['2th/1']);
  });

  it('reads English numbers above twenty, hyphenated or not', () => {
    expect(read('the twenty-first meetup')).toEqual(['21th/1']);
    expect(read('the twenty first meetup')).toEqual(['21th/2']);
    expect(read('the thirtieth meetup')).toEqual(['30th/1']);
    expect(read('ninety-nine members')).toEqual(['99/1']);
    expect(read('twenty one members')).toEqual(['21/2']);
  });

  it('keeps what it read before', () => {
    expect(read('meetup pertama')).toEqual(['1th/1']);
    expect(read('kedua belas')).toEqual(['12th/2']);
    expect(read('keduabelas')).toEqual(['12th/1']);
    expect(read('dua puluh')).toEqual(['20/2']);
    expect(read('kesebelas')).toEqual(['11th/1']);
    expect(read('the twentieth meetup')).toEqual(['20th/1']);
    expect(read('the eleventh meetup')).toEqual(['11th/1']);
  });

  it('reads no part of a number as a number of its own, nor what is none', () => {
    expect(read('satu belas')).toEqual([]);
    expect(read('dua puluh belas')).toEqual([]);
    expect(read('dua ratus peserta')).toEqual([]);
    expect(read('twenty thousand people')).toEqual([]);
    expect(read('kembali keduanya ke')).toEqual([]);
  });
});

describe('ordinalWords', () => {
  it('spells 1–99 as the one-word ordinals spelledNumberAt reads back', () => {
    for (let n = 1; n <= 99; n++) {
      const words = ordinalWords(n);
      expect(words.length, String(n)).toBeGreaterThan(0);
      for (const w of words) expect(spelledNumberAt([w], 0), w).toMatchObject({ n: String(n), ordinal: true, words: 1 });
    }
    expect(ordinalWords(2)).toEqual(['kedua', 'second']);
    expect(ordinalWords(21)).toEqual(['twenty-first']);
    expect(ordinalWords(0)).toEqual([]);
    expect(ordinalWords(100)).toEqual([]);
  });
});
