// An English question over Indonesian write-ups that write an English word as Indonesian borrowed it, where the
// dictionary lacks the word: the loan's spelling rules (cognates.ts) are what tell two otherwise alike passages
// apart.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const library = Library.fromDocuments([
  writeUp({
    id: 'rapat-panitia',
    title: 'Rapat Panitia',
    body: [
      'Para panitia wajib menulis laporan sepulang dari Tokyo.',
      'Peserta wajib membaca aturan keselamatan sebelum berangkat.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'kunjungan-tokyo',
    title: 'Kunjungan Pemuda',
    body: [
      'Para delegasi wajib menulis laporan sepulang dari Tokyo.',
      'Peserta wajib membaca prosedur keselamatan sebelum berangkat.',
    ].join('\n\n'),
  }),
]);

describe('an English question finding an Indonesian loan the dictionary lacks', () => {
  it('finds "delegasi" for "delegates" (-ate → -asi)', () => {
    const [first, second] = library.snapshot.index.search('what must the delegates write after Tokyo', 2).hits;
    expect([first?.passage.id, [...first!.terms.keys()]]).toEqual(['kunjungan-tokyo#1', expect.arrayContaining(['delegasi'])]);
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('finds "prosedur" for "procedure" (a silent final e)', () => {
    const [first, second] = library.snapshot.index.search('which safety procedure must participants read', 2).hits;
    expect([first?.passage.id, [...first!.terms.keys()]]).toEqual(['kunjungan-tokyo#2', expect.arrayContaining(['prosedur'])]);
    expect(first!.score).toBeGreaterThan(second!.score * 1.5);
  });
});

describe('an English question over a write-up in English', () => {
  const english = Library.fromDocuments([
    writeUp({
      id: 'panel',
      title: 'Women in Tech Panel',
      lang: 'en',
      body: [
        'The panel was streamed on YouTube and reached 310 live viewers.',
        'The panelists talked about returning to work after parental leave.',
      ].join('\n\n'),
    }),
  ]);

  it('reads no other English word into a word the loan would not respell: "leave" finds no "live"', () => {
    const hits = english.snapshot.index.search('what did the panelists say about leave', 5).hits;
    expect(hits.map((h) => [h.passage.id, [...h.terms.keys()].includes('live')])).not.toContainEqual([expect.any(String), true]);
    expect(hits[0]?.passage.id).toBe('panel#2');
  });
});
