// Dates in questions (src/engine/dates.ts): months typed as numbers read as the month's name the index holds,
// and, over a year of dated meetup write-ups (test/fixtures/corpus/meetups), a month no write-up has is never
// answered with confidence from another month's.

import { beforeAll, describe, expect, it } from 'vitest';
import { dayNaming, readDates, textDateMonths } from '../src/engine/dates.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { Library } from '../src/engine/library.ts';

describe('dayNaming', () => {
  it('reads a day named without its year in the write-up\'s year, or the next across the new year', () => {
    const july12 = dayNaming('2025-07-12');
    expect(july12('meetup #7 pada Sabtu, 12 Juli di Telkom Hub', '2025-06-30')).toBe(true);
    expect(july12('meetup pada 12 Juli 2025', null)).toBe(true);
    expect(dayNaming('2026-01-10')('meetup pada 10 Januari', '2025-12-05')).toBe(true);
    // Another year's 12 July, or another day.
    expect(july12('meetup pada 12 Juli', '2024-06-30')).toBe(false);
    expect(july12('meetup pada 12 Juli 2024', '2025-06-30')).toBe(false);
    expect(july12('meetup pada 112 Juli, 2 Juli', '2025-06-30')).toBe(false);
  });
});

describe('readDates', () => {
  it('reads a month typed as a number beside a year as the month, in every usual order', () => {
    for (const q of ['meetup 06-2025', 'meetup 2025-06', 'meetup 6/2025', 'meetup 06/2025', 'meetup 2025/06']) expect(readDates(q, true), q).toBe('meetup Juni 2025');
  });

  it('reads a whole date as day, month and year, day first when the year is last', () => {
    for (const q of ['meetup 2025-06-14', 'meetup 14-06-2025', 'meetup 14/6/2025', 'meetup 2025/06/14']) expect(readDates(q, true), q).toBe('meetup 14 Juni 2025');
    expect(readDates('meetup 05/06/2025', true)).toBe('meetup 5 Juni 2025');
  });

  it('keeps what is not a month and a year: numbers, ranges, a day and month without a year, a month 13', () => {
    expect(readDates('gaji 12.500.000 per bulan', true)).toBe('gaji 12.500.000 per bulan');
    expect(readDates('banjir 6/9 di Bekasi', true)).toBe('banjir 6/9 di Bekasi');
    expect(readDates('HUT ke-75', true)).toBe('HUT ke-75');
    expect(readDates('periode 2024-2025', true)).toBe('periode 2024 2025');
    expect(readDates('nomor 13/2025', true)).toBe('nomor 13 2025');
    expect(readDates('2025-13', true)).toBe('2025 13');
    expect(readDates('meetup 2025-06/14', true)).toBe('meetup 2025 06 14');
  });

  it('reads month names joined to a year apart, as before, and numbers as months only where documents are dated so', () => {
    expect(readDates('meetup Juni-2025', true)).toBe('meetup Juni 2025');
    expect(readDates('meetup June-2025', false)).toBe('meetup June 2025');
    expect(readDates('isi UU 11/2020', false)).toBe('isi UU 11 2020');
  });
});

describe('dated write-ups asked by month', () => {
  let lib: Library;
  beforeAll(async () => {
    lib = await Library.open('test/fixtures/corpus/meetups');
  });

  it('answers a month typed as a number from that month\'s write-up', () => {
    for (const q of ['siapa pembicara meetup 05-2025', 'siapa pembicara meetup 2025-05', 'siapa pembicara meetup 5/2025', 'siapa pembicara meetup 2025-05-31', 'siapa pembicara meetup 31/5/2025', 'who spoke at the 2025-05 meetup']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]!.docId, q).toBe('meetup-2025-05');
    }
    expect(lib.ask('siapa pembicara meetup 03-2025').results[0]!.docId).toBe('meetup-2025-03');
  });

  it('never answers with confidence about a month no write-up has, however the month is typed', () => {
    for (const q of [
      'siapa pembicara meetup 06-2025',
      'siapa pembicara meetup 2025-06',
      'siapa pembicara meetup 6/2025',
      'siapa pembicara meetup 06/2025',
      'siapa pembicara meetup 2025/06',
      'siapa pembicara meetup 2025-06-14',
      'siapa pembicara meetup 14-06-2025',
      'siapa pembicara meetup 14/6/2025',
      'who spoke at the 2025-06 meetup',
    ]) {
      expect(lib.ask(q).answered, q).toBe(false);
    }
  });

  it('counts a year in a title only with the question\'s whole date: "Maret 2025" in a title is no answer about June 2025', () => {
    // Every write-up's title ends in its month and year ("Meetup Komunitas Data #8, Maret 2025").
    expect(lib.ask('siapa pembicara meetup Juni 2025').answered).toBe(false);
    const march = lib.ask('siapa pembicara meetup Maret 2025');
    expect(march.answered).toBe(true);
    expect(march.results[0]!.docId).toBe('meetup-2025-03');
    expect(lib.ask('siapa pembicara meetup 2025').answered).toBe(true);
  });

  it('counts a year in the text only with the rest of the date too: "31 Mei 2025" in the text is no answer about June 2025', () => {
    // Each write-up's first paragraph says its own date ("berlangsung pada 31 Mei 2025"): its 2025 and "meetup"
    // were most of the short question, and May's write-up was the confident answer about June.
    for (const q of ['meetup Juni 2025', 'meetup 06-2025', 'the June 2025 meetup', 'meetup Februari 2025']) expect(lib.ask(q).answered, q).toBe(false);
    for (const [q, month] of [['meetup Mei 2025', '2025-05'], ['meetup 03-2025', '2025-03'], ['meetup 2025', null]] as const) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      if (month !== null) expect(a.results[0]!.date?.startsWith(month), q).toBe(true);
    }
  });

  it('still counts each of two years a question names, in the text of a passage that has one of them', () => {
    // Two years are two dates, each matched on its own: only a month makes the year one part of a whole date.
    const body = 'DevFest Bandung 2023 dihadiri 400 peserta dari seluruh Jawa Barat.\n\nKomunitas membuka booth kuis Flutter.\n\nPameran foto 2022 di Braga ramai pengunjung.';
    const devfest = Library.fromDocuments([{ id: 'devfest', title: 'DevFest', body, excludedRanges: [], date: null, source: null, url: null, lang: 'id', file: 'devfest.md', line: null }], { lexicon: null });
    for (const [q, id] of [['DevFest 2023 2024', 'devfest#1'], ['pameran 2021 dan 2022', 'devfest#3']] as const) {
      const a = devfest.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]!.id, q).toBe(id);
    }
  });
});

describe('a question that names a month without its year', () => {
  // Minutes dated November speak of the sponsor of the next meetups; meetup #7 of July says who sponsored it. Asked
  // "siapa sponsor meetup bulan Juli?", the minutes came first ("sponsor", "meetup" and "bulan" are all in their
  // text) and July's sponsor fourth, below July's venue and the undated how-to-join page.
  const doc = (id: string, title: string, body: string, date: string | null) => ({ id, title, body, excludedRanges: [], date, source: null, url: null, lang: 'id', file: `${id}.md`, line: null });
  const lib = Library.fromDocuments([
    doc('meetup-07', 'Meetup Komunitas Data #7', 'Meetup ke-7 Komunitas Data diadakan pada 16 Juli 2025 di Dilo Bandung.\n\nKonsumsi dan tempat acara disponsori oleh Ruangguru.', '2025-07-16'),
    doc('meetup-08', 'Meetup Komunitas Data #8', 'Meetup ke-8 Komunitas Data diadakan pada 17 Agustus 2025 di Telkom Hub.\n\nKonsumsi dan tempat acara disponsori oleh Tiket.com.', '2025-08-17'),
    doc('rapat', 'Notulen Rapat Pengurus November 2025', 'Rapat pengurus membahas persiapan meetup bulan Desember. Sponsor untuk meetup bulan Januari belum ditentukan.', '2025-11-28'),
  ]);

  it('answers from the write-ups of that month first, then the others', () => {
    const a = lib.ask('siapa sponsor meetup bulan Juli?');
    expect(a.answered).toBe(true);
    expect(a.results.slice(0, 2).map((r) => r.docId)).toEqual(['meetup-07', 'meetup-07']);
    // A write-up of another month that names the month in its text is as good as one dated to it.
    expect(lib.ask('siapa sponsor meetup bulan Desember?').results[0]?.docId).toBe('rapat');
  });
});

describe('a date a passage writes in numbers', () => {
  // An undated notice that writes "14/06/2025" was not found by "Juni", "June" or "06-2025", which find one that writes
  // "14 Juni 2025": the index held the date's numbers only.
  function doc(id: string, body: string, date: string | null = null): CorpusDocument {
    return { id, title: id, body, excludedRanges: [], date, source: null, url: null, lang: 'id', file: `${id}.md`, line: null };
  }
  const lib = Library.fromDocuments([
    doc('lokakarya', 'Pendaftaran lokakarya ditutup pada 14/06/2025 pukul 17.00.'),
    doc('hackathon', 'Pendaftaran hackathon ditutup pada 2025-03-20 pukul 12.00.'),
    doc('meetup', 'Meetup diadakan di Bandung.', '2025-05-10'),
  ]);

  it('is read as its month, in every order readDates reads a question’s', () => {
    expect(textDateMonths('ditutup 14/06/2025, dibuka 2025-03-20 dan 1-2-2024').map((d) => d.month)).toEqual(['juni', 'maret', 'februari']);
    expect(textDateMonths('UU No. 11/2020, skor 1/3, tanggal 7/9, 12.500.000, versi 1.2.3, 99/99/2025')).toEqual([]);
  });

  it('is found by the month, named or typed, and marked', () => {
    for (const q of ['kapan pendaftaran ditutup bulan Juni?', 'when did registration close in June?', 'pendaftaran ditutup 06-2025']) {
      const top = lib.ask(q).results[0];
      expect(top?.docId, q).toBe('lokakarya');
      expect(top!.highlights.map(([s, e]) => top!.text.slice(s, e)), q).toContain('06');
    }
    expect(lib.ask('pendaftaran ditutup bulan Maret').results[0]?.docId).toBe('hackathon');
  });
});

describe('"tanggal" before a date in a question', () => {
  // "acara tanggal 14 juni 2025" was answered with the book club's "dijadwalkan tanggal 21 Juni 2025": "tanggal",
  // the label of the date asked, counted as a word to match, and a passage that writes the date without it
  // ("pada 14 Juni 2025") matched less of the question than one that labels another date so.
  const doc = (id: string, body: string): CorpusDocument => ({ id, title: id, body, excludedRanges: [], date: null, source: null, url: null, lang: 'id', file: `${id}.md`, line: null });
  const lib = Library.fromDocuments(
    [
      doc('lari', 'Lomba lari amal diadakan pada 14 Juni 2025 di Senayan dengan 300 pelari.'),
      doc('buku', 'Sesi keempat klub buku dijadwalkan tanggal 21 Juni 2025 di perpustakaan kota.'),
      doc('hackathon', 'Sebanyak 14 tim mengikuti hackathon, dan 14 mentor mendampingi mereka.'),
      doc('rapat', 'Rapat pengurus dihadiri 14 anggota dan memutuskan iuran naik mulai bulan depan.'),
    ],
    { lexicon: null },
  );

  it('asks for the date, not for the word that labels it', () => {
    for (const q of ['acara apa tanggal 14 Juni 2025?', 'ada apa tgl 14 juni 2025', 'tanggal 14/06/2025 ada acara apa']) expect(lib.ask(q).results[0]?.docId, q).toBe('lari');
  });

  it('keeps "tanggal" a word where no day follows it', () => {
    // "tanggal berapa" asks which date: a passage that says "tanggal" may be the one that answers.
    const terms = lib.snapshot.index.search('sesi klub buku tanggal berapa', 5).hits.find((h) => h.passage.docId === 'buku')?.terms;
    expect([...(terms?.keys() ?? [])]).toContain('tanggal');
  });
});
