// "When is the next meetup?" over write-ups that plan it without the future's auxiliaries: by a date later than the
// write-up's own ("meetup #11 pada November 2025" in October's minutes), or relative to it ("bulan depan", "next
// month"). And "what's the upcoming meetup?", which no passage says in its words: the minutes that plan the meetup
// ("akan diadakan") were offered only as a weak suggestion, because "upcoming" (and "next", where the corpus has
// no "berikutnya") counted as a word the best passage lacked.

import { describe, expect, it } from 'vitest';
import { textDates } from '../src/engine/dates.ts';
import { Library } from '../src/engine/library.ts';
import { speaksOfFuture } from '../src/engine/recency.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return writeUp({ id, title, body, date });
}

/** Monthly meetups (none of which says "berikutnya", "next" or "upcoming"), and the board's minutes. */
function meetups(extra: CorpusDocument[]): CorpusDocument[] {
  const months = ['03', '04', '05', '06', '07', '08'];
  return [
    ...months.map((m, i) =>
      doc(
        `meetup-${m}`,
        `Meetup Komunitas Data #${i + 3}`,
        `Meetup ke-${i + 3} diadakan di Bandung dengan ${20 + i} peserta.\n\nPembicara meetup adalah anggota nomor ${i + 1}.\n\nRekaman meetup dapat ditonton di kanal komunitas.`,
        `2025-${m}-1${i}`,
      ),
    ),
    doc('tentang', 'Tentang Komunitas Data', 'Komunitas Data mengadakan meetup bulanan yang terbuka untuk umum.', null),
    ...extra,
  ];
}

describe('textDates', () => {
  it('reads the dates a text names with their year, in words of both languages or in numbers', () => {
    expect(textDates('meetup #11 pada November 2025 di Bandung')).toEqual(['2025-11']);
    expect(textDates('pada Sabtu, 14 Juni 2025, lalu June 21, 2025 dan 2025-07-05, ditutup 9/8/2025')).toEqual(['2025-06-14', '2025-06-21', '2025-07-05', '2025-08-09']);
    expect(textDates('bulan November, skor 7/9, UU No. 11/2020, 12.500.000 peserta, tahun 2025')).toEqual([]);
  });
});

describe('a passage that speaks of the future without its tense', () => {
  it('names a date later than its write-up\'s own', () => {
    expect(speaksOfFuture('Keputusan 1: meetup #11 pada November 2025 di Bandung.', false, '2025-10-05')).toBe(true);
    expect(speaksOfFuture('Meetup diadakan pada 14 Juni 2025 di Bandung.', false, '2025-06-14')).toBe(false);
    expect(speaksOfFuture('Meetup bulan Maret 2025 dihadiri 40 orang.', false, '2025-10-05')).toBe(false);
    // A date of the same month is no later than a write-up dated only to that month.
    expect(speaksOfFuture('Meetup pada 21 Juni 2025.', false, '2025-06')).toBe(false);
    // Undated text cannot say when it spoke.
    expect(speaksOfFuture('meetup #11 pada November 2025', false, null)).toBe(false);
  });

  it('plans it relative to when it was written: "bulan depan", "minggu depan", "tahun depan", "next month", "next week"', () => {
    for (const t of ['Sampai jumpa di meetup bulan depan.', 'Meetup minggu depan di Surabaya.', 'Pekan depan ada meetup.', 'Tahun depan meetup pindah ke Jakarta.', 'See you at the meetup next month.', 'The meetup next week is in Surabaya.']) {
      expect(speaksOfFuture(t, false, '2025-07-19'), t).toBe(true);
    }
    for (const t of ['Peserta duduk di depan panggung.', 'Bulan lalu meetup diadakan di Surabaya.', 'Tahun ini meetup pindah ke Jakarta.']) expect(speaksOfFuture(t, false, '2025-07-19'), t).toBe(false);
  });
});

describe('the next meetup, planned by a later date or "bulan depan"', () => {
  const lib = Library.fromDocuments(
    meetups([
      doc('meetup-09', 'Meetup Komunitas Data #9', 'Meetup ke-9 diadakan di Bandung dengan 31 peserta.\n\nSampai jumpa di meetup bulan depan di Surabaya!', '2025-09-13'),
      doc('notulen', 'Notulen Rapat Pengurus Oktober 2025', 'Rapat pengurus membahas anggaran.\n\nKeputusan 1: meetup #11 pada November 2025 di Bandung.', '2025-10-05'),
    ]),
  );

  it('is answered from the minutes that name its later date, then from the write-up that said "bulan depan"', () => {
    for (const q of ['kapan meetup berikutnya', 'when is the next meetup?', 'meetup selanjutnya di mana']) {
      const a = lib.ask(q, { top: 2 });
      const texts = a.results.map((r) => r.text);
      expect(a.answered, q).toBe(true);
      expect(texts[0], q).toContain('November 2025');
      expect(texts[1], q).toContain('bulan depan');
    }
  });
});

describe('the upcoming meetup, which no passage calls so', () => {
  const lib = Library.fromDocuments(
    meetups([doc('notulen', 'Notulen Rapat Pengurus September 2025', 'Rapat pengurus membahas anggaran.\n\nKeputusan rapat: meetup #9 akan diadakan pada 20 September 2025 di Jakarta.', '2025-09-02')]),
  );

  it('is answered from the minutes that plan it, in every wording', () => {
    for (const q of ["what's the upcoming meetup", 'when is the next meetup', 'the upcoming meetup', 'meetup mendatang', 'kapan meetup berikutnya']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('notulen');
    }
  });

  it('still leaves a question about the past meetups as it was: "berikutnya" counts only for a passage of what is to come', () => {
    // The next speaker within a meetup held is no plan: no passage of a past meetup gains from the word.
    const a = lib.ask('siapa pembicara berikutnya di meetup #5?');
    expect(a.results[0]?.docId).toBe('meetup-05');
  });
});
