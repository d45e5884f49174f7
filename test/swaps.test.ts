import { describe, expect, it } from 'vitest';
import { swappedSpellings } from '../src/engine/swaps.ts';

describe('swappedSpellings', () => {
  it('swaps each pair of neighbours back once', () => {
    expect(swappedSpellings('dokcer')).toContain('docker');
    expect(swappedSpellings('wokrshop')).toContain('workshop');
    expect(swappedSpellings('abcd')).toEqual(['bacd', 'acbd', 'abdc']);
  });

  it('skips a pair of the same letter, which swaps to the word itself', () => {
    expect(swappedSpellings('toot')).not.toContain('toot');
  });

  it.each(['ab', 'abc', 'Docker', 'rp50'])('leaves %s alone', (w) => {
    expect(swappedSpellings(w)).toEqual([]);
  });
});
