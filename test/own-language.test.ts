// An English summary kept beside Indonesian write-ups (a season review for international players) names the same
// teams, numbers and loanwords, and matched an Indonesian question about a detail a little better than the
// write-up that states it: "mvp final season 1 siapa" showed the review's "the final MVP award went to Lawu"
// above the write-up's "MVP final adalah Bayu …". For a question asked in Indonesian, the passage of a write-up
// the summary looks back on (dated before it) comes first where it matches alike; an English question's order is
// left alone, and so is a write-up dated after the summary. Hand-made corpora.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const result = [
  'Piala Merapi Season 1 selesai digelar di Yogyakarta dengan 16 tim peserta.',
  'Babak final dimainkan dengan format BO5. Tim Lawu Esports menang 3-1 atas Tim Sindoro.',
  'MVP final adalah Bayu "Kilat" Nugroho dari Lawu Esports.',
].join('\n\n');
const review = [
  'Piala Merapi Season 1 final: Lawu Esports beat Sindoro in Yogyakarta, and the final MVP award went to Lawu.',
  'Season 2 moved online with 24 teams.',
].join('\n\n');
const kopdar = writeUp({ id: 'kopdar', title: 'Kopdar Komunitas', date: '2025-06-01', body: 'Kopdar komunitas di kafe dekat kampus, dihadiri 40 anggota.' });

function library(resultDate: string) {
  return Library.fromDocuments([
    writeUp({ id: 'piala-s1-hasil', title: 'Hasil Piala Merapi Season 1', date: resultDate, body: result }),
    writeUp({ id: 'season-review-en', title: 'Season Review 2025', date: '2025-12-20', lang: 'en', body: review }),
    kopdar,
  ]);
}

const lib = library('2025-03-10');

describe('an Indonesian write-up and a later English summary of it', () => {
  it("shows the write-up's passage first for an Indonesian question it matches alike", () => {
    const a = lib.ask('mvp final season 1 siapa');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.text).toContain('Bayu');
    expect(a.results.map((r) => r.docId)).toContain('season-review-en');
  });

  it("keeps the summary's place for the same question asked in English", () => {
    const a = lib.ask('who was the final mvp of season 1');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('season-review-en');
  });

  it('keeps the English passage first over a write-up dated after it, which it does not sum up', () => {
    const a = library('2026-01-10').ask('mvp final season 1 siapa');
    expect(a.answered).toBe(true);
    expect(a.results[0]!.docId).toBe('season-review-en');
  });
});

// An English write-up that is no summary but a later event's own: asked "siapa pembicara meetup ke-20?", meetup
// #11's Indonesian write-up (dated before, saying "meetup" and "20" of its 20 members) matched alike, and its
// speaker went ahead of meetup #20's own second passage, which namedFirst (answer.ts) had put before it: read as
// the second answer, Dimas of meetup #11 for meetup #20.
describe('an English write-up of the event asked about, and an Indonesian one of another', () => {
  it("keeps the named event's passages ahead of the other write-up's", () => {
    const meetups = Library.fromDocuments([
      writeUp({
        id: 'meetup-11',
        title: 'Meetup #11: Rust untuk Pemula',
        date: '2025-03-10',
        body: [
          'Meetup #11 dihadiri 20 anggota di kafe dekat kampus.',
          'Pembicara malam itu Dimas dari komunitas Rust Yogyakarta, yang menjawab banyak pertanyaan peserta tentang ownership, lifetimes, dan async di meetup.',
        ].join('\n\n'),
      }),
      writeUp({
        id: 'meetup-20-en',
        title: 'Meetup #20 Recap',
        date: '2025-11-25',
        lang: 'en',
        body: [
          'Meetup #20 was held on 20 November with 50 members.',
          'The speaker at meetup #20 was Sarah Lim, who also spoke at many other community events across the region this year about WebAssembly and Rust tooling.',
        ].join('\n\n'),
      }),
      kopdar,
    ]);
    const a = meetups.ask('siapa pembicara meetup ke-20?');
    expect(a.answered).toBe(true);
    expect(a.results.slice(0, 2).map((r) => r.docId)).toEqual(['meetup-20-en', 'meetup-20-en']);
  });
});
