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
