// The stopword pair's passages (see SearchIndex.#writtenSideBySide) kept per index: a pair asked again ("saldo
// akhir" of the treasurer's every question) is not read from the passages' texts again, the passages kept are
// bounded (IndexOptions.pairPassagesLimit), and a reload, which builds a new index, starts afresh.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as analyzer from '../src/engine/analyzer.ts';
import { answerQuestion } from '../src/engine/answer.ts';
import { Library } from '../src/engine/library.ts';
import { loadLexicon } from '../src/engine/lexicon.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

vi.mock('../src/engine/analyzer.ts', async (importOriginal) => {
  const original = await importOriginal<typeof analyzer>();
  return { ...original, tokenize: vi.fn(original.tokenize), normalize: vi.fn(original.normalize) };
});

const lexicon = loadLexicon();

function passage(n: number, text: string): Passage {
  const docId = `laporan-${n}`;
  return {
    id: `${docId}#1`, docId, title: `Laporan ${n}`, paragraph: 1, part: 1, parts: 1, text, start: 0, end: 0,
    date: null, source: null, url: null, lang: null,
  };
}

// Forty reports that write "saldo akhir" side by side, forty that write the two apart, and a meeting on "anggota
// baru" (new members), for a second pair.
const texts = [
  ...Array.from({ length: 40 }, (_, n) => `Saldo akhir bulan ke-${n + 1}: Rp ${n + 1}.400.000, dicatat bendahara blok ${n + 1}.`),
  ...Array.from({ length: 40 }, (_, n) => `Pada akhir rapat ke-${n + 1}, bendahara membacakan saldo kas warga blok ${n + 1}.`),
  ...Array.from({ length: 20 }, (_, n) => `Rapat menyambut anggota baru angkatan ${n + 1}; ada ${n + 3} anggota yang hadir.`),
];
const passages = () => texts.map((t, n) => passage(n, t));

/**
 * How many times a passage's whole text was tokenized or normalised since the mocks were cleared, but for the
 * passages shown (read for their excerpts).
 */
function textsRead(shown: readonly { text: string }[]): number {
  const whole = new Set(texts);
  for (const p of shown) whole.delete(p.text);
  const calls = [...vi.mocked(analyzer.tokenize).mock.calls, ...vi.mocked(analyzer.normalize).mock.calls];
  return calls.filter(([text]) => whole.has(text)).length;
}

describe('the stopword pair, kept per index', () => {
  it('reads a pair from the passages once: asked again, by the same question or another, none is read', () => {
    const index = new SearchIndex(passages(), { lexicon });
    const first = answerQuestion(index, 'saldo akhir bulan ke-7', { top: 5 });
    expect(first.results[0]?.docId).toBe('laporan-6');
    vi.mocked(analyzer.tokenize).mockClear();
    vi.mocked(analyzer.normalize).mockClear();
    const again = answerQuestion(index, 'saldo akhir bulan ke-7', { top: 5 });
    expect(again).toEqual(first);
    expect(textsRead(first.results)).toBe(0);
    // Another question with the pair: its own candidates are read for proximity (tokenized), none normalised whole
    // to look for the pair.
    const other = answerQuestion(index, 'berapa saldo akhir bulan ke-12', { top: 5 });
    expect(other.results[0]?.docId).toBe('laporan-11');
    expect(vi.mocked(analyzer.normalize).mock.calls.filter(([text]) => texts.includes(text))).toEqual([]);
    expect(index.pairPassagesHeld.pairs).toBeGreaterThan(0);
  });

  it('holds no more passages than its limit, with the same answers as an index without one', () => {
    const limited = new SearchIndex(passages(), { lexicon, pairPassagesLimit: 30 });
    const unlimited = new SearchIndex(passages(), { lexicon });
    const questions = ['saldo akhir bulan ke-3', 'anggota baru angkatan 4', 'saldo akhir blok 9', 'berapa anggota baru yang hadir'];
    for (const q of [...questions, ...questions]) {
      expect(answerQuestion(limited, q, { top: 5 }), q).toEqual(answerQuestion(unlimited, q, { top: 5 }));
      expect(limited.pairPassagesHeld.passages).toBeLessThanOrEqual(30);
    }
    // "saldo akhir"'s forty passages exceed the limit: never kept; "anggota baru"'s twenty are.
    expect(limited.pairPassagesHeld.passages).toBe(20);
    expect(unlimited.pairPassagesHeld.passages).toBe(60);
  });
});

describe('the stopword pair, let go', () => {
  it('lets the pair asked longest ago go first, not the one read first', () => {
    const index = new SearchIndex(passages(), { lexicon, pairPassagesLimit: 85 });
    answerQuestion(index, 'saldo akhir', { top: 5 });
    answerQuestion(index, 'anggota baru', { top: 5 });
    expect(index.pairPassagesHeld).toEqual({ pairs: 2, passages: 60 });
    // Asked again: now the most recent, so "anggota baru" (20) goes for "akhir rapat" (40), and "saldo akhir" (40)
    // stays.
    answerQuestion(index, 'saldo akhir', { top: 5 });
    answerQuestion(index, 'kapan akhir rapat', { top: 5 });
    expect(index.pairPassagesHeld).toEqual({ pairs: 2, passages: 80 });
    vi.mocked(analyzer.normalize).mockClear();
    answerQuestion(index, 'saldo akhir', { top: 5 });
    expect(vi.mocked(analyzer.normalize).mock.calls.filter(([text]) => texts.includes(text))).toEqual([]);
  });

  it('keeps nothing for a word no write-up has: a stream of junk beside a stopword lets no pair go', () => {
    const index = new SearchIndex(passages(), { lexicon, pairPassagesLimit: 100 });
    answerQuestion(index, 'saldo akhir', { top: 5 });
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let n = 0; n < 120; n++) answerQuestion(index, `akhir zq${letters[n % 26]}${letters[Math.floor(n / 26)]}x`, { top: 5 });
    expect(index.pairPassagesHeld).toEqual({ pairs: 1, passages: 40 });
  });
});

describe('the stopword pair after a reload', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tanya-pairs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the new corpus: a write-up added that writes the pair is found', async () => {
    await writeFile(join(dir, 'kas-awal.md'), '---\ntitle: Laporan Kas\ndate: 2025-03-01\n---\nSaldo awal Maret: Rp 3.400.000.\n');
    await writeFile(join(dir, 'rapat.md'), '---\ntitle: Rapat Akhir Tahun\ndate: 2025-12-20\n---\nPada akhir rapat, bendahara membacakan saldo kas bulan Maret.\n');
    const lib = await Library.open(dir);
    expect(lib.ask('saldo akhir maret').results[0]?.docId).not.toBe('kas-akhir');
    await writeFile(join(dir, 'kas-akhir.md'), '---\ntitle: Laporan Kas\ndate: 2025-04-01\n---\nSaldo akhir Maret: Rp 5.400.000.\n');
    await lib.reload();
    expect(lib.ask('saldo akhir maret').results[0]?.docId).toBe('kas-akhir');
  });
});
