// One walker finds runs of capitalised words for two readers, each by its own rule (src/engine/name-runs.ts):
// autocomplete offers names as written, the acronym reader reads initials. The same sentence, read by both, shows
// what differs between the rules and why.
import { describe, expect, it } from 'vitest';
import { capitalisedRuns } from '../src/engine/acronyms.ts';
import { nameRuns, type RunRule } from '../src/engine/name-runs.ts';
import { collectSuggestions } from '../src/engine/suggest.ts';
import type { Passage } from '../src/engine/types.ts';

const names = (text: string) =>
  collectSuggestions([{ id: 'd#1', docId: 'd', title: 'T', text, paragraph: 1, start: 0, end: text.length, date: null, source: null, url: null, lang: 'id' } as Passage])
    .map((s) => s.text)
    .filter((t) => t !== 'T')
    .sort();

describe('runs of capitalised words, by two rules', () => {
  it('autocomplete takes two words and acronyms as written; initials need three words and leave acronyms out', () => {
    const text = 'Dialog dengan Joko Widodo, lalu saham PT Bank Central Asia naik, kata Forum Media CCTV+ kemarin.';
    expect(names(text)).toEqual(['Forum Media CCTV+', 'Joko Widodo', 'PT Bank Central Asia']);
    expect(capitalisedRuns(text)).toEqual([['Bank', 'Central', 'Asia']]);
  });

  it('autocomplete joins with a fixed few words, two at most; initials with any short function word, two at most', () => {
    const text = 'Ia bekerja di Bank of the West Coast lalu di Institut für Rundfunktechnik München.';
    expect(names(text)).toEqual(['Bank of the West Coast', 'Rundfunktechnik München']);
    expect(capitalisedRuns(text)).toEqual([
      ['Bank', 'of', 'the', 'West', 'Coast'],
      ['Institut', 'für', 'Rundfunktechnik', 'München'],
    ]);
  });

  it('joins words over spaces and tabs only: a line break, a non-breaking space or a mark between ends a run', () => {
    const rule: RunRule = {
      name: String.raw`\p{Lu}\p{Ll}*`,
      word: String.raw`\p{L}+`,
      isName: () => true,
      joinerShape: 'dan',
      isJoiner: () => true,
      maxJoiners: 1,
      minNames: 2,
      insideWords: false,
    };
    const runs = (text: string) => nameRuns(text, rule).map((r) => r.words.join(' '));
    expect(runs('oleh Balai  Kota\tBandung dan \t Jakarta saja')).toEqual(['Balai Kota Bandung dan Jakarta']);
    expect(runs('oleh Balai Kota\nBandung Raya')).toEqual(['Balai Kota', 'Bandung Raya']);
    expect(runs('oleh Balai\u00a0Kota Bandung')).toEqual(['Kota Bandung']);
    expect(runs('oleh Balai Kota, Bandung Raya · Jawa Barat')).toEqual(['Balai Kota', 'Bandung Raya', 'Jawa Barat']);
  });

  it('reads a rule given as a parameter: its words, joiners and fewest names', () => {
    const rule: RunRule = {
      name: String.raw`\p{Lu}\p{Ll}*`,
      word: String.raw`\p{L}+`,
      isName: (w) => w !== 'Bapak',
      joinerShape: 'bin',
      isJoiner: () => true,
      maxJoiners: 1,
      minNames: 2,
      insideWords: false,
    };
    expect(nameRuns('kata Ali bin Abu Talib kepada Bapak Budi Santoso', rule).map((r) => r.words)).toEqual([
      ['Ali', 'bin', 'Abu', 'Talib'],
      ['Budi', 'Santoso'],
    ]);
  });
});
