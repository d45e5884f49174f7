// Autocomplete reads the last typed word as having one typo when the corpus lacks it. The spellings one typo away
// are made whole, each as long as the word, so their work grows with the square of its length: a member pasting a
// 300-letter run (Discord lets the question be that long while typing) held the bot for a second at every
// keystroke, and every other member's answer with it; 6,000 letters, several minutes. The work is counted
// (characters of spellings looked up, words compared), not timed.

import { describe, expect, it } from 'vitest';
import { corrections, type Vocabulary } from '../src/engine/vocabulary.ts';

class CountingMap extends Map<string, number> {
  chars = 0;
  override get(key: string): number | undefined {
    this.chars += key.length;
    return super.get(key);
  }
}

function vocabulary(list: string[]): { v: Vocabulary; work: () => number; reset: () => void } {
  const words = [...list].sort();
  let reads = 0;
  const at = new CountingMap(words.map((w, i) => [w, i]));
  // Every read of a word is a comparison in the binary search for a start (the prefix reading).
  const counted = new Proxy(words, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const none = new Int32Array(0);
  const v: Vocabulary = {
    words: counted,
    counts: words.map(() => 1),
    shown: words,
    at,
    alphabet: [...'aeinrtsuklmgdohpbycjfwvzx'],
    from: none,
    held: none,
    sequence: none,
    sequenceFrom: none,
  };
  return {
    v,
    work: () => at.chars + reads,
    reset: () => {
      at.chars = 0;
      reads = 0;
    },
  };
}

describe('typo correction of a long typed run', () => {
  const { v, work, reset } = vocabulary(['hackathon', 'peluncuran', 'meluncurkan', 'festival', 'pertanggungjawabannya', 'aaaa']);

  it('still corrects words of ordinary length, whole or as a start', () => {
    expect(corrections(v, 'hackaton', false, 5).map((i) => v.words[i])).toEqual(['hackathon']);
    expect(corrections(v, 'pelncur', true, 5).map((i) => v.words[i])).toEqual(['peluncuran']);
    expect(corrections(v, 'pertanggungjawabanya', false, 5).map((i) => v.words[i])).toEqual(['pertanggungjawabannya']);
  });

  it('does work bounded by a word of ordinary length, whatever the length of the run', () => {
    const of = (word: string) => {
      reset();
      corrections(v, word, false, 25);
      corrections(v, word, true, 25);
      return work();
    };
    const ordinary = of('a'.repeat(30));
    expect(ordinary).toBeGreaterThan(0);
    for (const n of [300, 600]) {
      expect(of('a'.repeat(n))).toBeLessThanOrEqual(ordinary);
      expect(of('pelncur'.repeat(n / 6))).toBeLessThanOrEqual(ordinary);
    }
  });
});
