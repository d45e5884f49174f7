// The words a write-up heads a section or a table's column with (see attribute-words.ts): a heading line's and a
// table's header row's, not a table's body rows nor a line of prose that holds a pipe.
import { describe, expect, it } from 'vitest';
import { attributeWords } from '../src/engine/attribute-words.ts';

describe('attributeWords', () => {
  it('reads a heading line and a table header row', () => {
    const words = attributeWords(['## Kategori grup\n\n1. Juara 1: Tim Akatsuki', 'Hadiah:\n\n| Juara | Individu | Grup |\n|---|---|---|\n| 1 | Rp2.000.000 | Rp5.000.000 |']);
    expect([...words].sort()).toEqual(['grup', 'individu', 'juara', 'kategori']);
  });

  it('not a table body row, a row without a separator under it, nor prose', () => {
    expect(attributeWords(['teks biasa | satu | dua |', '| tim | skor |\n| akatsuki | 90 |', 'Kategori grup dibuka.']).size).toBe(0);
  });

  it('a header row over a separator with alignment colons', () => {
    expect(attributeWords(['| Nama | Biaya |\n| :--- | ---: |\n| Andi | 10 |']).has('biaya')).toBe(true);
  });

  it('a header row over a delimiter row of one dash a cell, a table as tables.ts and the sentence splitter read it', () => {
    // (GitHub's tables need one dash a cell: "| Juara | Individu | Grup |" over "|-|-|-|" heads a prize table whose
    // header is shown above its rows, and its "Grup" is a column, as it is over "|---|---|---|".)
    expect(attributeWords(['Hadiah:\n\n| Juara | Individu | Grup |\n|-|-|-|\n| 1 | Rp2.000.000 | Rp5.000.000 |']).has('grup')).toBe(true);
  });
});
