// "Which is the latest?": recency words in a question, and preferring the newest write-up among passages that
// answer it alike. Unit tests of src/engine/recency.ts, then the engine over a small corpus of monthly meetups
// (test/fixtures/corpus/meetups: five dated write-ups and one undated page).

import { beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { Library } from '../src/engine/library.ts';
import { firstPlans, openingPassages, preferByDate, recencyOf } from '../src/engine/recency.ts';

const asked = (q: string) => recencyOf(tokenize(q.toLowerCase()));

describe('recencyOf', () => {
  it('reads the words that ask for the newest, in Indonesian and English', () => {
    for (const q of ['meetup terbaru', 'berita terkini', 'meetup paling baru', 'meetup paling akhir', 'meetup terakhir', 'the latest meetup', 'newest write-up', 'most recent workshop', 'the last meetup']) {
      expect(asked(q), q).toBe('newest');
    }
  });

  it('reads the unambiguous words that ask for the oldest, but not ordinals', () => {
    for (const q of ['meetup terawal', 'meetup paling awal', 'the earliest meetup', 'oldest write-up']) expect(asked(q), q).toBe('oldest');
    // "meetup pertama" is meetup #1, which the oldest write-up of a year's corpus need not be.
    for (const q of ['meetup pertama', 'hari pertama', 'the first meetup', 'meetup baru', 'paling ramai', 'meetup #1']) expect(asked(q), q).toBeNull();
  });

  it('asks for neither when a question asks for both', () => {
    expect(asked('meetup terbaru dan terawal')).toBeNull();
  });
});

describe('preferByDate', () => {
  const hit = (id: string, date: string | null, coverage = 1, titleCoverage = 0.5) => ({ id, coverage, titleCoverage, passage: { date, text: '' } });
  const ids = (hits: Array<{ id: string }>) => hits.map((h) => h.id);

  it('puts the newest (or oldest) of the passages that match alike first, undated ones after the dated', () => {
    const hits = [hit('mar', '2025-03-22'), hit('undated', null), hit('mei', '2025-05-31'), hit('jan', '2025-01')];
    expect(ids(preferByDate(hits, 'newest'))).toEqual(['mei', 'mar', 'jan', 'undated']);
    expect(ids(preferByDate(hits, 'oldest'))).toEqual(['jan', 'mar', 'mei', 'undated']);
    expect(ids(preferByDate(hits, null))).toEqual(['mar', 'undated', 'mei', 'jan']);
  });

  it('lifts no passage that matches less of the question, or whose document is less about it', () => {
    // (A newer passage that matches less, of a write-up whose title has less of the question.)
    const weak = [hit('mar', '2025-03-22'), hit('juli-mention', '2025-07-12', 0.6, 0.3), hit('mei', '2025-05-31')];
    expect(ids(preferByDate(weak, 'newest'))).toEqual(['mei', 'mar', 'juli-mention']);
    const untitled = [hit('lokakarya', '2024-11-09', 1, 1), hit('juli-minutes', '2025-07-12', 1, 0)];
    expect(ids(preferByDate(untitled, 'newest'))).toEqual(['lokakarya', 'juli-minutes']);
  });

  it('puts the newest (or oldest) write-up whose title has as much of the question as any first, however little else its passage matches', () => {
    // "meetup terbaru bahas apa?": May's meetup write-up says "meetup" but not "bahas"; March's says both.
    const hits = [hit('minutes', '2025-07-12', 0.7, 0), hit('mar-bahas', '2025-03-22', 1, 0.3), hit('jan', '2025-01-18', 0.3, 0.3), hit('mei', '2025-05-31', 0.3, 0.3), hit('mei-2', '2025-05-31', 0.3, 0.3)];
    expect(ids(preferByDate(hits, 'newest'))).toEqual(['mei', 'minutes', 'mar-bahas', 'jan', 'mei-2']);
    expect(ids(preferByDate(hits, 'oldest'))).toEqual(['jan', 'minutes', 'mar-bahas', 'mei', 'mei-2']);
    expect(ids(preferByDate(hits, null))).toEqual(ids(hits));
    // No title has any of the question: nothing to lift.
    const untitled = hits.map((h) => ({ ...h, titleCoverage: 0 }));
    expect(ids(preferByDate(untitled, 'newest'))).toEqual(ids(hits));
  });

  it('leaves the ranking as it is when the passages that match alike are all of one date, or undated', () => {
    const undated = [hit('a', null), hit('b', null, 0.5), hit('c', null)];
    expect(ids(preferByDate(undated, 'newest'))).toEqual(['a', 'b', 'c']);
  });
});

describe('openingPassages', () => {
  it("is each document's first passage by paragraph, then part, documents in the order they first come", () => {
    const p = (docId: string, paragraph: number, part: number) => ({ id: `${docId}#${paragraph}.${part}`, docId, paragraph, part });
    const openings = openingPassages([p('b', 2, 1), p('a', 1, 2), p('b', 1, 1), p('a', 1, 1), p('a', 2, 1)]);
    expect([...openings].map(([docId, o]) => [docId, o.id])).toEqual([
      ['b', 'b#1.1'],
      ['a', 'a#1.1'],
    ]);
  });
});

describe('firstPlans', () => {
  it("is each dated write-up's first passage in the tense of what is to come, in the corpus's order", () => {
    const p = (id: string, docId: string, date: string | null, text: string) => ({ id, docId, date, text });
    const plans = firstPlans([
      p('a1', 'a', '2025-05-10', 'Meetup ini dihadiri 40 orang.'),
      p('a2', 'a', '2025-05-10', 'Meetup berikutnya akan diadakan di Bandung.'),
      p('a3', 'a', '2025-05-10', 'Workshop akan diadakan bulan depan.'),
      p('u1', 'u', null, 'Meetup berikutnya akan diadakan di Jakarta.'),
      p('b1', 'b', '2025-03-01', 'Meetup berikutnya akan diadakan pada 12 April 2025.'),
    ]);
    expect(plans.map((x) => x.id)).toEqual(['a2', 'b1']);
  });
});

describe('the latest write-up, over a year of meetups', () => {
  let lib: Library;
  beforeAll(async () => {
    lib = await Library.open('test/fixtures/corpus/meetups');
  });
  const docs = (q: string, top = 5) => lib.ask(q, { top }).results.map((r) => r.docId);

  it("reads every write-up's opening once for the index, not again for each question", () => {
    const openings = lib.snapshot.index.openingPassages;
    expect(lib.ask('acara terbaru apa?').answered).toBe(true);
    expect(lib.snapshot.index.openingPassages).toBe(openings);
    expect(openings.get('meetup-2025-05')?.paragraph).toBe(1);
  });

  it("reads every write-up's plans once for the index, not again for each question about the next one", () => {
    const plans = lib.snapshot.index.firstPlans;
    expect(lib.ask('acara berikutnya').answered).toBe(true);
    expect(lib.snapshot.index.firstPlans).toBe(plans);
  });

  it('answers "siapa pembicara meetup terbaru?" from the newest write-up, in any of its phrasings', () => {
    for (const q of ['siapa pembicara meetup terbaru?', 'pembicara meetup terkini', 'siapa pembicara meetup paling baru', 'who spoke at the latest meetup', 'who spoke at the most recent meetup']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]!.docId, q).toBe('meetup-2025-05');
    }
    expect(lib.ask('siapa pembicara meetup terbaru?').results[0]!.text).toContain('Sarah Whitfield');
    // Older write-ups follow, newest first, and the undated page that matches alike after every dated one.
    expect(docs('siapa pembicara meetup terbaru?').slice(0, 4)).toEqual(['meetup-2025-05', 'meetup-2025-03', 'meetup-2025-01', 'tentang-komunitas']);
  });

  it('answers "meetup terbaru" with the newest meetup write-up', () => {
    const a = lib.ask('meetup terbaru', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.docId)).toEqual(['meetup-2025-05', 'meetup-2025-05', 'meetup-2025-05']);
    expect(docs('the latest meetup', 1)).toEqual(['meetup-2025-05']);
  });

  it('lifts no newer passage that matches less of the question, or only mentions what a write-up is about', () => {
    // The July minutes are newer, but say only "pembicara", not "meetup".
    expect(docs('siapa pembicara meetup terbaru?').slice(0, 3)).not.toContain('rapat-pengurus-2025-07');
    // They mention the next lokakarya; the write-up of the lokakarya is older, and about it.
    expect(docs('lokakarya terbaru', 1)).toEqual(['lokakarya-2024-11']);
  });

  it('answers what the latest meetup discussed from the newest meetup write-up, not from passages that say "membahas"', () => {
    // The July minutes ("Rapat pengurus … membahas anggaran") and January's write-up ("Ia membahas …") matched
    // "bahas"; the newest meetup's write-up, May's, matched only "meetup", in its title and text, and came third.
    for (const q of ['meetup terbaru bahas apa?', 'apa yang dibahas di meetup terbaru?', 'meetup paling baru membahas apa?']) {
      expect(docs(q, 1), q).toEqual(['meetup-2025-05']);
    }
    expect(docs('meetup paling awal membahas apa?', 1)).toEqual(['meetup-2025-01']);
    // A question that asks for no date is ranked as before: January's "membahas" first.
    expect(docs('meetup bahas apa?', 1)).toEqual(['meetup-2025-01']);
  });

  it('never answers from the recency word alone, nor makes a question answered that is not without it', () => {
    expect(lib.ask('terbaru')).toMatchObject({ answered: false, results: [] });
    expect(lib.ask('apa yang terbaru?')).toMatchObject({ answered: false, results: [] });
    // The minutes' "Logo terbaru komunitas …" shares only "terbaru" with the question: no result.
    const results = lib.ask('siapa pembicara meetup terbaru?', { top: 50 }).results;
    expect(results.some((r) => r.text.includes('Logo terbaru'))).toBe(false);
    for (const q of ['harga tiket konser', 'jadwal kereta bandara', 'siapa pembicara meetup', 'lokakarya visualisasi data']) {
      for (const word of ['terbaru', 'terkini', 'paling baru']) expect(lib.ask(`${q} ${word}`).answered, `${q} ${word}`).toBe(lib.ask(q).answered);
    }
  });

  it('reads "terakhir" as the latest, and keeps it a word a passage must say: "hari terakhir" is still the final day', () => {
    expect(docs('siapa pembicara meetup terakhir?', 1)).toEqual(['meetup-2025-05']);
    const lastDay = lib.ask('apa yang dilakukan peserta di hari terakhir');
    expect(lastDay.answered).toBe(true);
    expect(lastDay.results[0]!.text).toContain('Hari terakhir peserta mempresentasikan');
    expect(docs('meetup #8', 1)).toEqual(['meetup-2025-03']);
  });

  it('reads no newest or oldest from a link pasted into the question, only from the question\'s own words', () => {
    const index = lib.snapshot.index;
    const plain = 'siapa pembicara meetup?';
    for (const link of ['https://example.org/latest', 'https://blog.example.org/2025/newest-speakers', '<www.example.org/meetup/terbaru>', 'HTTPS://EXAMPLE.ORG/LAST']) {
      const question = `${plain} ${link}`;
      // Whoever searches, with the link or without it: the same question, about the same words.
      const result = index.search(question);
      expect(result.recency, question).toBeNull();
      expect(result.groups.map((g) => g.word), question).toEqual(index.search(plain).groups.map((g) => g.word));
      expect(docs(question), question).toEqual(docs(plain));
    }
    // A link pasted beside a question that does ask for the newest does not stop it asking.
    expect(index.search('siapa pembicara meetup terbaru? https://example.org/oldest').recency).toBe('newest');
    expect(docs('siapa pembicara meetup terbaru? https://example.org/oldest', 1)).toEqual(['meetup-2025-05']);
  });

  it('answers "meetup paling awal" and "the earliest meetup" from the oldest meetup write-up', () => {
    expect(docs('meetup paling awal', 2)).toEqual(['meetup-2025-01', 'meetup-2025-01']);
    expect(docs('the earliest meetup', 1)).toEqual(['meetup-2025-01']);
  });
});
