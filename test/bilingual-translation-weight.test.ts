// A corpus with write-ups in both languages, some on the same event: an English question's translations are the
// Indonesian write-up's own words, as the words as written are the English write-up's (see
// RANKING.bilingualTranslationWeight). In a corpus of one language a translation still weighs below the word.
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { overrideRanking } from '../src/engine/ranking.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const recap: CorpusDocument = {
  ...writeUp({
    id: 'hackathon-en',
    title: 'Flood Hackathon: a Mentor\'s Notes',
    body: 'I mentored at the flood hackathon this June. The judges were strict and the teams worked through the night.\n\nThe winning app mapped flooded streets.',
    date: '2025-06-22',
  }),
  lang: 'en',
};
const report = writeUp({
  id: 'hackathon-id',
  title: 'Hasil Hackathon Banjir 2025',
  body: 'Hackathon banjir diikuti 27 tim dari berbagai kampus.\n\nJuri hackathon: Bambang Susilo dan Laura Chen. Mereka memilih tiga pemenang dari 27 tim.',
  date: '2025-06-21',
});

describe('an English question over write-ups in both languages', () => {
  const lib = Library.fromDocuments([recap, report]);

  it('ranks the Indonesian passage that names the judges before the English one that only mentions them', () => {
    expect(lib.ask('who were the hackathon judges', { top: 3 }).results[0]?.id).toBe('hackathon-id#2');
  });
});

describe('an English question over a corpus of one language', () => {
  it('still weighs a translation below the same word as written', () => {
    // "judges" as written (a loan in the first report) against its translation "juri" in the second.
    const lib = Library.fromDocuments([
      writeUp({ id: 'a', title: 'Laporan Lomba', body: 'Para judges lomba datang dari kampus.', date: '2025-06-21' }),
      writeUp({ id: 'b', title: 'Laporan Pentas', body: 'Para juri lomba datang dari kampus.', date: '2025-06-21' }),
    ]);
    const results = lib.ask('who were the judges', { top: 2 }).results;
    expect(results.map((r) => r.id)).toEqual(['a#1', 'b#1']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });
});

describe('an English question over a corpus with a few passages in English', () => {
  it('weighs a translation below the word as written there: two English passages of 24 do not make it bilingual', () => {
    const minutes = Array.from({ length: 20 }, (_, k) =>
      writeUp({ id: `rapat-${k}`, title: `Rapat ${k + 1}`, body: `Rapat bulanan ke-${k + 1} membahas kas dan jadwal.`, date: '2025-05-01' }),
    );
    const lib = Library.fromDocuments([recap, report, ...minutes]);
    expect(lib.ask('who were the hackathon judges', { top: 3 }).results[0]?.id).toBe('hackathon-en#1');
  });
});

describe('an Indonesian question with an English word switched in, over write-ups in both languages', () => {
  // "mouse" of a question about the office's stock is a computer's; the dictionary's sense (tikus, a rat) matched
  // alone must not make it answered (see Alternative.switched): a corpus with English write-ups beside the
  // Indonesian ones does not count that sense in full, as it does an English question's translations.
  const lexicon = createLexicon({ mouse: ['tikus'] });
  const kebun = writeUp({
    id: 'kebun',
    title: 'Kerja Bakti Kebun',
    body: 'Warga membersihkan kebun dan gudang.\n\nDi gudang ditemukan banyak tikus, jadi warga memasang perangkap.',
  });
  const lomba = writeUp({ id: 'lomba', title: 'Lomba Desain Poster', body: 'Lomba desain poster diikuti 20 peserta.\n\nPemenang lomba desain: Sari.' });
  const english: CorpusDocument = {
    ...writeUp({ id: 'meetup-en', title: 'Design Meetup Recap', body: 'We met at the library to talk about design systems.\n\nThe next meetup is in May.' }),
    lang: 'en',
  };

  it('is left unanswered by the rats in the warehouse, as it is in a corpus of one language', () => {
    const one = Library.fromDocuments([kebun, lomba], { lexicon }).ask('stok mouse di gudang kantor');
    expect(one.answered).toBe(false);
    const both = Library.fromDocuments([english, kebun, lomba], { lexicon }).ask('stok mouse di gudang kantor');
    expect(both.results[0]?.id).toBe('kebun#2');
    expect(both.answered).toBe(false);
  });
});

describe('RANKING.bilingualShare, changed after the first question', () => {
  // scripts/split-eval.mts and fit-ranking.ts index a corpus once and score it under each setting, "the settings
  // read when a question is scored": whether the corpus is bilingual was decided at its first question and kept,
  // so a bilingualShare tried after it changed nothing, and the tool reported it as making no difference.
  it('is read when a question is scored, as the other settings are', () => {
    const minutes = Array.from({ length: 20 }, (_, k) =>
      writeUp({ id: `rapat-${k}`, title: `Rapat ${k + 1}`, body: `Rapat bulanan ke-${k + 1} membahas kas dan jadwal.`, date: '2025-05-01' }),
    );
    const lib = Library.fromDocuments([recap, report, ...minutes]);
    const first = () => lib.ask('who were the hackathon judges', { top: 3 }).results[0]?.id;
    expect(first()).toBe('hackathon-en#1');
    const restore = overrideRanking({ bilingualShare: 0.05 });
    try {
      expect(first()).toBe('hackathon-id#2');
    } finally {
      restore();
    }
    expect(first()).toBe('hackathon-en#1');
  });
});
