// Indonesian synonyms for Indonesian questions: members ask in other words than a write-up uses ("pemenang" for
// "juara", "biaya" for "ongkos"). The data is LibreOffice's Indonesian thesaurus (Debian package mythes-id, the
// MyThes file th_id_ID_v2.dat), turned by `npm run build-lexicon` (scripts/build-lexicon.ts) into
// data/thesaurus-id.json; see data/LEXICON-LICENSE.md for its licence (LGPL-2.1) and attribution. Parsing and
// choosing are pure functions here; only loadThesaurus reads the file, once, when Library.open asks for it (or on
// the first question that does, where the library was built otherwise).
//
// A MyThes file is one encoding line, then per headword a line `word|n` followed by its n senses, one per line:
// `[pos]|synonym|synonym|…`. A sense marked `[ant]` lists antonyms, which are left out.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataFileError } from './data-file-error.ts';

/** One sense of a headword: its part of speech as the file marks it ("n", "v", "a", "adv", …) and its words. */
export interface ThesaurusSense {
  pos: string;
  words: string[];
}

/**
 * Headword (in lower case) → its senses, antonym lists left out, their words as the file writes them and in its
 * order (a capitalised one is a name, which synonymTable leaves out: see READABLE).
 */
export type ThesaurusEntries = Map<string, ThesaurusSense[]>;

/**
 * A word or short phrase the engine can read as a synonym: lower-case letters (and hyphens inside a word), one to
 * three words. A capitalised entry ("Alkitab") is a name, read as written elsewhere, never through a synonym.
 */
const READABLE = /^\p{Ll}+(?:-\p{Ll}+)*(?: \p{Ll}+(?:-\p{Ll}+)*){0,2}$/u;
const HEAD_LINE = /^([^|[\]]+)\|(\d+)$/u;
const SENSE_LINE = /^\[([^\]]*)\]\|?(.*)$/u;

/**
 * Parses a MyThes data file already decoded to text (the package's is ISO-8859-1: decode it with 'latin1').
 * Lenient where the shipped file is irregular (a sense line without its `[pos]|`, a headword announcing more or
 * fewer senses than follow it): a line `word|n` starts a headword, every other line is a sense of the headword
 * before it. Throws, naming the line, when a sense comes before any headword.
 */
export function parseMyThes(text: string): ThesaurusEntries {
  const lines = text.split(/\r?\n/u);
  const out: ThesaurusEntries = new Map();
  let senses: ThesaurusSense[] | null = null;
  // (The first line names the encoding.)
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const head = HEAD_LINE.exec(line);
    if (head) {
      const key = head[1]!.trim().toLowerCase();
      senses = out.get(key) ?? [];
      out.set(key, senses);
      continue;
    }
    if (senses === null) throw new Error(`line ${i + 1}: a sense before any headword ("word|senses"): ${JSON.stringify(line)}`);
    const sense = SENSE_LINE.exec(line);
    const pos = sense ? sense[1]!.trim().toLowerCase() : '';
    if (pos === 'ant') continue;
    const words = (sense ? sense[2]! : line).split('|').map((w) => w.trim().replace(/\s+/gu, ' ')).filter((w) => w !== '');
    if (words.length > 0) senses.push({ pos, words });
  }
  for (const [key, list] of out) if (list.length === 0) out.delete(key);
  return out;
}

export interface SynonymOptions {
  /** Most synonyms kept per headword. */
  max: number;
  /** Keep only a link A → B where B's entry lists A too (see synonymTable). */
  reciprocal: boolean;
}

/**
 * The synonym table the engine reads: each lower-case headword → its readable synonyms (see READABLE), first
 * senses first, at most `max`. With `reciprocal`, only synonyms whose own entry lists the headword back: the
 * thesaurus lists near and loose relations alike in a sense ("biaya": anggaran, bayaran, bea, beban, …), and a
 * link both entries make is the one most likely to mean the same thing.
 */
export function synonymTable(entries: ThesaurusEntries, options: SynonymOptions): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lists = (word: string): Set<string> => new Set((entries.get(word) ?? []).flatMap((s) => s.words.map((w) => w.toLowerCase())));
  for (const [headword, senses] of entries) {
    if (!READABLE.test(headword)) continue;
    const kept: string[] = [];
    for (const sense of senses) {
      for (const word of sense.words) {
        if (!READABLE.test(word) || word === headword || kept.includes(word)) continue;
        if (options.reciprocal && !lists(word).has(headword)) continue;
        kept.push(word);
      }
    }
    if (kept.length > 0) out.set(headword, kept.slice(0, options.max));
  }
  return out;
}

/** Indonesian synonyms of an Indonesian word; [] for a word the thesaurus lacks. */
export interface Thesaurus {
  synonyms(word: string): readonly string[];
  readonly size: number;
}

/** A thesaurus over a table of packed synonym lists (`a|b|c`, as the data file stores them). */
export function thesaurusOver(table: ReadonlyMap<string, string>): Thesaurus {
  const unpacked = new Map<string, readonly string[]>();
  return {
    synonyms(word: string): readonly string[] {
      const cached = unpacked.get(word);
      if (cached) return cached;
      const packed = table.get(word);
      if (packed === undefined) return [];
      const list = packed.split('|');
      unpacked.set(word, list);
      return list;
    },
    size: table.size,
  };
}

let shipped: Thesaurus | null = null;

/** Loads the shipped thesaurus (data/thesaurus-id.json) once, on first use: indexing never waits for it. */
export function loadThesaurus(): Thesaurus {
  if (shipped) return shipped;
  const path = fileURLToPath(new URL('../../data/thesaurus-id.json', import.meta.url));
  shipped = thesaurusOver(new Map(Object.entries(readThesaurusFile(path))));
  return shipped;
}

/** Reads and checks a thesaurus data file; errors name the file and what is wrong with it. */
export function readThesaurusFile(path: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DataFileError(`cannot read the thesaurus ${path}: ${(err as Error).message} (regenerate it with npm run build-lexicon)`);
  }
  const synonyms = (data as { synonyms?: unknown } | null)?.synonyms;
  if (!synonyms || typeof synonyms !== 'object' || Array.isArray(synonyms)) {
    throw new DataFileError(`the thesaurus ${path} has no "synonyms" object (regenerate it with npm run build-lexicon)`);
  }
  for (const [key, packed] of Object.entries(synonyms)) {
    if (typeof packed !== 'string' || packed === '') throw new DataFileError(`the thesaurus ${path}: synonyms ${JSON.stringify(key)} is not a non-empty string`);
  }
  return synonyms as Record<string, string>;
}
