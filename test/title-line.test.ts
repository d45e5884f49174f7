// A plain-text write-up whose first line is its title ("Kopdar Pemula Python Bandung", a blank line, then the
// text): the line is the document's title, cited as such, and not a one-line passage of its own.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';

const KOPDAR = [
  'Kopdar Pemula Python Bandung',
  '',
  'Kopdar adalah kopi darat: pertemuan tatap muka anggota komunitas. Kopdar kali ini diadakan di sebuah kafe di Dago.',
  '',
  'Sesi pertama membahas cara memasang Python dan menulis skrip pertama. Peserta membawa laptop masing-masing.',
  '',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tanya-title-line-'));
  await writeFile(join(dir, 'kopdar-pemula.txt'), KOPDAR);
  await writeFile(join(dir, 'festival.md'), '---\ntitle: Festival Kopi\n---\nFestival kopi digelar di alun-alun kota.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a .txt write-up whose first line is its title', () => {
  it('is cited by that title, and the line is no passage of its own', async () => {
    const lib = await Library.open(dir);
    const answer = lib.ask('apa itu kopdar');
    expect(answer.results.length).toBeGreaterThan(0);
    const top = answer.results[0]!;
    expect(top.title).toBe('Kopdar Pemula Python Bandung');
    expect(top.citation).toContain('Kopdar Pemula Python Bandung');
    expect(top.text.startsWith('Kopdar adalah kopi darat')).toBe(true);
    expect(answer.results.every((r) => r.text.trim() !== 'Kopdar Pemula Python Bandung')).toBe(true);
    expect(lib.counts).toEqual({ documents: 2, passages: 3 });
    expect(lib.summary().documents.map((d) => d.title).sort()).toEqual(['Festival Kopi', 'Kopdar Pemula Python Bandung']);
  });

  it('finds the write-up by the words of its title alone, as any title is found', async () => {
    const lib = await Library.open(dir);
    const top = lib.ask('pemula python bandung').results[0];
    expect(top?.docId).toBe('kopdar-pemula');
  });
});
