// What an index built to serve (SearchIndex.build, as a start-up or a reload builds it) prepares before its first
// question, and what it remembers across questions (documentWords): the same answers as an index that builds its
// tables lazily, with the work moved off the first question, in steps, and without ever serving a half-built index.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../src/engine/answer.ts';
import { Library } from '../src/engine/library.ts';
import { loadLexicon } from '../src/engine/lexicon.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

/** How often the analyzer is asked to guess a text's language and to tokenize, counted through the real ones. */
const calls = vi.hoisted(() => ({ guess: 0, tokenize: 0, texts: [] as string[] }));
vi.mock('../src/engine/analyzer.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/engine/analyzer.ts')>();
  return {
    ...real,
    guessLanguage: (text: string) => {
      calls.guess++;
      return real.guessLanguage(text);
    },
    tokenize: (text: string) => {
      calls.tokenize++;
      calls.texts.push(text);
      return real.tokenize(text);
    },
  };
});

const lexicon = loadLexicon();

function passage(docId: string, n: number, title: string, text: string, extra: Partial<Passage> = {}): Passage {
  return {
    id: `${docId}#${n}`, docId, title, paragraph: n, part: 1, parts: 1, text, start: 0, end: 0,
    date: null, source: null, url: null, lang: null, ...extra,
  };
}

/** Write-ups numbered in their titles, in Indonesian and (without `lang`) in English, and untitled reference text. */
function corpus(): Passage[] {
  const out: Passage[] = [];
  for (let i = 1; i <= 12; i++) {
    const date = `2025-${String(i).padStart(2, '0')}-10`;
    out.push(passage(`meetup-${i}`, 1, `Meetup Komunitas Data #${i}`, `Meetup ke-${i} diadakan di Jakarta. Pembicara utama membahas Flutter dan data.`, { date }));
    out.push(passage(`meetup-${i}`, 2, `Meetup Komunitas Data #${i}`, `Sponsor bulan ini adalah Kopi Nusantara. Peserta ${20 + i} orang hadir.`, { date }));
  }
  for (let i = 1; i <= 6; i++) {
    out.push(passage(`talk-${i}`, 1, `Guest Talk ${i}`, `The speaker explained how the harbour of Quanzhou grew, and where the ships left for. Tickets cost ${i * 10} thousand.`, { date: `2024-0${i}-01` }));
  }
  for (let i = 0; i < 30; i++) out.push(passage(`ref-${i}`, 1, '', `Pelabuhan nomor ${i} dibangun pada tahun ${1900 + i} oleh pemerintah kota.`));
  return out;
}

const QUESTIONS = [
  'siapa pembicara meetup pertama',
  'siapa sponsor meetup kedua belas',
  'who was the speaker at meetup #3',
  'berapa harga tiket',
  'kapan pelabuhan nomor 7 dibangun',
  'meetup bulan Juli 2025',
  'siapa juara pertama lomba',
  'where did the ships leave for',
  'Flutter Jakarta',
];

beforeEach(() => {
  calls.guess = 0;
  calls.tokenize = 0;
});

describe('an index built to serve', () => {
  it('gives the same answers as one that builds its tables on the first question', async () => {
    const prepared = await SearchIndex.build(corpus(), { lexicon });
    const lazy = new SearchIndex(corpus(), { lexicon });
    for (const q of QUESTIONS) {
      expect(answerQuestion(prepared, q, { top: 10 }), q).toEqual(answerQuestion(lazy, q, { top: 10 }));
      expect(prepared.search(q, 20), q).toEqual(lazy.search(q, 20));
    }
  });

  it('has read which write-ups are English before its first question, not during it', async () => {
    const index = await SearchIndex.build(corpus(), { lexicon });
    const ask = () => {
      calls.guess = 0;
      answerQuestion(index, 'berapa harga tiket', { top: 3 });
      return calls.guess;
    };
    // The first question guesses only its own language, as every later one does: no document's opening is read.
    const first = ask();
    expect(first).toBe(ask());
    expect(first).toBeLessThanOrEqual(1);
  });

  it('has read which words write-ups number before the first question that asks', async () => {
    // (Remembering no write-up's words, so that the second question reads the same write-ups as the first.)
    const index = await SearchIndex.build(corpus(), { lexicon, documentWordsLimit: 0 });
    // "pertama" beside "meetup", a word of numbered titles: the question needs the numbered words. Without them
    // read, the first question reads every titled write-up (18 here) besides those the second reads too.
    // (Not counted: the texts of the passages it ranks, which proximity and the excerpts read once and keep for
    // later questions, so that the first question reads them and the second does not.)
    const bodies = new Set(corpus().map((p) => p.text));
    const ask = () => {
      calls.texts = [];
      answerQuestion(index, 'siapa pembicara meetup pertama', { top: 3 });
      return calls.texts.filter((t) => !bodies.has(t)).length;
    };
    // (Besides, once for the index's life, the numbers of the few passages with the question's number, which later
    // questions find read: see SearchIndex.#numberings.)
    const first = ask();
    const second = ask();
    expect(ask()).toBe(second);
    expect(first - second).toBeLessThanOrEqual(2);
  });

  it('reads the languages with the lower-case words, a chunk of passages at a time, not in a pass of its own', async () => {
    // One passage per document, indexed 250 at a time: each chunk's turn reads its documents' openings too.
    const passages = Array.from({ length: 1500 }, (_, i) => passage(`d${i}`, 1, '', i % 2 ? `The harbour ${i} was built by the city.` : `Pelabuhan ${i} dibangun oleh kota.`));
    let turns = 0;
    let done = false;
    calls.guess = 0;
    const build = SearchIndex.build(passages, { lexicon }, 250).then((index) => {
      done = true;
      return index;
    });
    while (!done) {
      turns++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(turns).toBeGreaterThanOrEqual(1500 / 250);
    // No document's opening was read again to guess its language (1,500 of them, before).
    expect(calls.guess).toBe(0);
    const index = await build;
    expect(index.search('harbour 7 built', 1).hits[0]?.passage.id).toBe('d7#1');
    // The English write-ups were told from the Indonesian ones: an Indonesian question reaches the English
    // write-up it asks about through its words' English translations, which only English write-ups are read for.
    const english = index.analyze('pelabuhan').flatMap((g) => g.alternatives).filter((a) => a.scope === 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(index.search('pelabuhan 7 dibangun', 1).hits[0]?.passage.id).toBe('d7#1');
  });
});

describe('documentWords', () => {
  it('reads a write-up once, not again for every question that asks about it', () => {
    const index = new SearchIndex(corpus(), { lexicon });
    const ask = () => {
      calls.tokenize = 0;
      const answer = answerQuestion(index, 'siapa pembicara Meetup Komunitas Data #3', { top: 3 });
      return { answer, tokenized: calls.tokenize };
    };
    const first = ask();
    const second = ask();
    expect(second.answer).toEqual(first.answer);
    expect(first.answer.results[0]?.docId).toBe('meetup-3');
    // The question's own tokenizing, and the shown results', stay; the write-ups' words are remembered.
    expect(second.tokenized).toBeLessThan(first.tokenized);
    expect(index.documentWordsHeld.documents).toBeGreaterThan(0);
  });

  it('holds no more words than its limit, forgetting the write-ups asked about longest ago', () => {
    const limited = new SearchIndex(corpus(), { lexicon, documentWordsLimit: 150 });
    const unlimited = new SearchIndex(corpus(), { lexicon });
    for (let i = 1; i <= 12; i++) {
      const q = `siapa pembicara meetup #${i}`;
      expect(answerQuestion(limited, q, { top: 5 }), q).toEqual(answerQuestion(unlimited, q, { top: 5 }));
      expect(limited.documentWordsHeld.words).toBeLessThanOrEqual(150);
      expect(limited.documentWords(`meetup-${i}`)).toEqual(unlimited.documentWords(`meetup-${i}`));
    }
    expect(limited.documentWordsHeld.documents).toBeLessThan(unlimited.documentWordsHeld.documents);
  });
});

describe('a reload while the next index prepares', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tanya-prepare-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lines = (lang: 'en' | 'id', n: number) =>
    Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: `${lang}${i}`, title: '', text: lang === 'en' ? `The harbour number ${i} was built by the city.` : `Pelabuhan nomor ${i} dibangun oleh kota.` }),
    ).join('\n') + '\n';

  it('serves the previous index until the new one is whole, and a broken file queued meanwhile changes nothing', async () => {
    const file = join(dir, 'corpus.jsonl');
    await writeFile(file, lines('id', 600));
    const lib = await Library.open(file);
    const before = lib.ask('pelabuhan nomor 7', { top: 1 }).results[0]?.id;
    expect(before).toBe('id7#1');

    await writeFile(file, lines('en', 600));
    // Once the first reload has read the corpus and builds its index, the corpus breaks and a second reload is asked.
    const build = SearchIndex.build.bind(SearchIndex);
    let second: ReturnType<Library['reload']> | null = null;
    const spy = vi.spyOn(SearchIndex, 'build').mockImplementation(async (...args) => {
      if (second === null) {
        await writeFile(file, 'not json\n');
        second = lib.reload('b');
      }
      return build(...args);
    });
    const first = lib.reload('a');
    const answered: string[] = [];
    let done = false;
    void first.then(() => (done = true));
    while (!done) {
      answered.push(lib.ask('pelabuhan nomor 7', { top: 1 }).results[0]?.id ?? 'none');
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(second).not.toBeNull();
    const [a, b] = await Promise.all([first, second!]);
    spy.mockRestore();
    // The first reload read the corpus before it broke; it swapped in whole. (Rule changed: the second, every file
    // broken, was rejected; its broken file now keeps the version the first swapped in, so it changes nothing.)
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: true, kept: ['corpus.jsonl'], added: [], removed: [], changed: [], renamed: [] });
    expect(answered.length).toBeGreaterThan(1);
    expect(new Set(answered)).toEqual(new Set(['id7#1']));
    // The index serving now is the English one, prepared: its answers are a lazily built index's.
    const lazy = new SearchIndex([...lib.snapshot.index.passages.values()], { lexicon });
    for (const q of ['harbour number 7', 'pelabuhan nomor 7', 'kota']) {
      expect(lib.ask(q, { top: 3 }), q).toEqual(answerQuestion(lazy, q, { top: 3 }));
    }
  });
});

describe('calendarWords', () => {
  it('reads the years and months a passage names once, not again for every question about a month', () => {
    const index = new SearchIndex(corpus(), { lexicon });
    const ask = () => {
      calls.tokenize = 0;
      const answer = answerQuestion(index, 'siapa sponsor meetup bulan Juli', { top: 5 });
      return { answer, tokenized: calls.tokenize };
    };
    const first = ask();
    const second = ask();
    expect(first.answer.answered).toBe(true);
    // July's write-up first: the month is read from its date, the other months' passages from their words.
    expect(first.answer.results[0]?.docId).toBe('meetup-7');
    expect(second.answer).toEqual(first.answer);
    expect(second.tokenized).toBeLessThan(first.tokenized);
  });

  it('finds the years and months a passage says as words, in its title and its text apart', () => {
    const index = new SearchIndex(
      [passage('m', 1, 'Rapat Pengurus, Juli 2025', 'Meetup bulan Desember dan lokakarya 2026 direncanakan; ruang 1203.', { date: '2025-07-05' })],
      { lexicon },
    );
    const p = index.passages.get('m#1')!;
    expect(index.calendarWords(p)).toEqual({ title: new Set(['juli', '2025']), text: new Set(['desember', '2026', '1203']) });
  });
});
