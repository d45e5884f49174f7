import { describe, expect, it } from 'vitest';
import { colloquialRoots } from '../src/engine/colloquial.ts';

describe('colloquialRoots', () => {
  it.each([
    ['disiarin', 'siar'],
    ['daftarin', 'daftar'],
    ['ngajarin', 'ajar'],
    ['ngebahas', 'bahas'],
    ['nanya', 'tanya'],
    ['ngirim', 'kirim'],
    ['dapet', 'dapat'],
    ['temen', 'teman'],
    ['dipake', 'pakai'],
    ['sampe', 'sampai'],
  ])('%s is read as %s', (spoken, root) => {
    expect(colloquialRoots(spoken)).toContain(root);
  });

  it('offers every root a nasal may stand for, for the corpus to choose', () => {
    expect(colloquialRoots('nyari')).toEqual(expect.arrayContaining(['cari', 'sari']));
  });

  it.each(['golang', 'kemaren', 'admin', 'Docker', 'ngo'])('reads nothing into %s', (word) => {
    expect(colloquialRoots(word)).toEqual([]);
  });
});
