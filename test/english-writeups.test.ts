// Indonesian questions over English write-ups, with the shipped lexicon (FreeDict read backwards is thin: no
// English for "pembicara", "sesi", "pendaftaran"), over test/fixtures/corpus/bilingual: four English write-ups
// (`lang: en`) and two Indonesian ones. The English is reached by general rules only: an Indonesian word's root,
// the forward rules (cognates, agent nouns) run over the write-ups' own words, and an English verb's nouns.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus.ts';
import { Library } from '../src/engine/library.ts';
import type { AnswerResult, CorpusDocument } from '../src/engine/types.ts';

const dir = fileURLToPath(new URL('./fixtures/corpus/bilingual', import.meta.url));
const bold = (r: AnswerResult) => r.highlights.map(([s, e]) => r.text.slice(s, e).toLowerCase());

let documents: CorpusDocument[];
let lib: Library;
beforeAll(async () => {
  ({ documents } = await loadCorpus(dir));
  lib = Library.fromDocuments(documents);
});

describe('an Indonesian question over one English write-up', () => {
  let one: Library;
  beforeAll(() => {
    one = Library.fromDocuments(documents.filter((d) => d.id === 'meetup-2025-02-en'));
  });

  it('reaches an agent noun through the forward rule run backwards: pembicara of "The keynote speaker was …"', () => {
    const a = one.ask('siapa pembicara utama?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'meetup-2025-02-en#2']);
    expect(bold(a.results[0]!)).toContain('speaker');
  });

  it('is answered when the English passage has what the lexicon can read of it: "utama" (keynote) has no English', () => {
    const a = one.ask('berapa harga tiket?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'meetup-2025-02-en#3']);
  });

  it('takes "bulan" before a month as the month\'s label, as the write-up\'s date is: "bulan Februari 2025"', () => {
    for (const q of ['siapa pembicara utama bulan februari 2025', 'siapa pembicara utama februari 2025']) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.id]).toEqual([q, true, 'meetup-2025-02-en#2']);
    }
  });

  it('stays unanswered when nothing of it reaches the English ("peserta", "hadir" have no English)', () => {
    expect(one.ask('berapa peserta yang hadir?').answered).toBe(false);
  });
});

describe('Indonesian questions over English and Indonesian write-ups', () => {
  it.each([
    ['siapa pembicara utama data engineering?', 'meetup-2025-02-en#2', 'speaker'],
    ['siapa yang memandu sesi kedua meetup data engineering?', 'meetup-2025-02-en#5', 'session'],
    ['jam berapa pendaftaran DevFest dibuka?', 'devfest-2024-en#4', 'registration'],
    ['kapan registrasi DevFest dibuka?', 'devfest-2024-en#4', 'registration'],
    ['berapa biaya pendaftaran lokakarya Python?', 'workshop-2025-04-en#5', 'registration'],
    ['siapa pembicara pembukaan DevFest?', 'devfest-2024-en#3', 'opening'],
  ])('%s → %s', (question, id, word) => {
    const a = lib.ask(question);
    expect([a.answered, a.results[0]?.id]).toEqual([true, id]);
    expect(bold(a.results[0]!)).toContain(word);
  });

  it('leave a question whose English passage matches only its write-up\'s title unanswered', () => {
    // "lokakarya Python" names "Python for Beginners Workshop"; "diterima" and "peserta" have no English the
    // write-up has, and a passage that matches only the title says nothing about them.
    expect(lib.ask('apa yang diterima setiap peserta lokakarya Python?').answered).toBe(false);
  });

  it('still answer from the Indonesian write-up that says it', () => {
    const a = lib.ask('siapa pembicara utama?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'meetup-2025-05-id#2']);
  });

  it('answer "the last meetup" from the newest meetup, not from minutes that say "the last one"', () => {
    // "terakhir" beside "meetup", which titles number, only asks which meetup: the newest, #9. Its translation "last"
    // still ranked the March minutes ("… because the last one was full") first, which say nothing of a speaker, and
    // the question was left unanswered.
    for (const q of ['siapa pembicara meetup terakhir?', 'who was the speaker at the last meetup?']) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.id]).toEqual([q, true, 'meetup-2025-05-id#2']);
    }
  });
});

describe('English questions over the same write-ups', () => {
  it('prefer the English write-up when it answers', () => {
    for (const [q, id] of [
      ['who was the keynote speaker?', 'meetup-2025-02-en#2'],
      ['how many participants attended?', 'meetup-2025-02-en#4'],
      ['how much did tickets cost?', 'meetup-2025-02-en#3'],
    ] as const) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.id]).toEqual([q, true, id]);
    }
  });
});
