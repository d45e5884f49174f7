// "acara tanggal 14 Juni 2025", "what happened on 14 June 2025": a question that gives a day asks for the write-up
// dated that day. A write-up's date was matched by its month and year only, so a workshop of 21 June whose text
// says "21 Juni 2025" came first, and the meetup held on the 14th, whose text does not repeat its date, said
// nothing: it matched the question only through its date.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const corpus: CorpusDocument[] = [
  doc('meetup-05', 'Meetup Komunitas Data #5', 'Meetup kelima diadakan di Kopi Tuku Cipete dengan 30 peserta.\n\nPembicara meetup adalah Andi Pratama yang membahas SQL.', '2025-05-17'),
  doc('meetup-06', 'Meetup Komunitas Data #6', 'Meetup keenam diadakan di Bandung Creative Hub dengan 40 peserta.\n\nPembicara meetup adalah Rina Kusuma yang membahas dasbor.', '2025-06-14'),
  doc('lokakarya', 'Lokakarya Python', 'Lokakarya Python diadakan pada 21 Juni 2025 di Gedung Cyber 2, Jakarta, dengan 25 peserta.\n\nPemateri lokakarya adalah Maya Chen.', '2025-06-21'),
  doc('meetup-07', 'Meetup Komunitas Data #7', 'Meetup ketujuh diadakan di Tokopedia Tower dengan 55 peserta.\n\nPembicara meetup adalah Budi Santoso.', '2024-06-14'),
  doc('tentang', 'Tentang Komunitas Data', 'Komunitas Data mengadakan meetup bulanan yang terbuka untuk umum.', null),
];

describe('a question that gives a day', () => {
  const lib = Library.fromDocuments(corpus);

  it('is answered from the write-up dated that day first, though its text does not say the date', () => {
    for (const q of ['acara tanggal 14 juni 2025', 'what happened on 14 June 2025', 'apa yang terjadi pada 14 Juni 2025', 'acara 14/06/2025', 'event on June 14, 2025', 'meetup 14 juni 2025', 'what happened on June 14th, 2025', 'what happened on the 14th of June 2025']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-06');
    }
  });

  it('finds the write-up of the other day of that month by its own date', () => {
    expect(lib.ask('acara tanggal 21 juni 2025').results[0]?.docId).toBe('lokakarya');
  });

  it('needs the whole date: the 14th of June of another year, or of another month, is not that day', () => {
    // Meetup #7 was held on 14 June 2024: "14 Juni 2025" is not its day, nor is "14 Mei 2025" meetup #6's.
    const a = lib.ask('acara tanggal 14 juni 2025', { top: 5 });
    expect(a.results.map((r) => r.docId)).not.toContain('meetup-07');
    expect(lib.ask('acara tanggal 14 mei 2025').results[0]?.docId).not.toBe('meetup-06');
  });

  it('answers from the passage that says what is asked, not from the one that repeats the date', () => {
    // The workshop's opening paragraph says "21 Juni 2025", which its date says for every passage of it: that made
    // the opening, which names no speaker, outrank "Pemateri lokakarya adalah Maya Chen" for "siapa pemateri
    // lokakarya tanggal 21 Juni 2025" (and for "… Juni 2025"), as a paragraph repeating its title's name once did.
    for (const q of ['siapa pemateri lokakarya tanggal 21 juni 2025', 'siapa pemateri lokakarya juni 2025', 'pemateri 21/06/2025 siapa']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Maya Chen');
    }
  });

  it('takes "acara" of a day\'s question as the write-up dated that day, not as the paragraph that says "acara"', () => {
    const one = Library.fromDocuments([
      doc('meetup-08', 'Meetup Komunitas Data #8', 'Meetup kedelapan digelar pada 22 Maret 2025 di Bandung Creative Hub.\n\nPembicara meetup adalah Budi Santoso.\n\nDi akhir acara panitia membagikan stiker komunitas.', '2025-03-22'),
      doc('rapat', 'Rapat Pengurus', 'Logo baru akan dipakai di semua acara komunitas.', '2025-07-12'),
    ]);
    expect(one.ask('acara tanggal 22 maret 2025').results[0]?.text).toContain('Bandung Creative Hub');
    expect(one.ask('siapa pembicara meetup tanggal 22 maret 2025').results[0]?.text).toContain('Budi Santoso');
  });

  it('reads a number beside a month as its day only: "14 peserta" of a question with no month is a count', () => {
    // No write-up has 14 participants; the meetup dated the 14th must not answer for its date's day.
    expect(lib.ask('meetup dengan 14 peserta').results[0]?.docId).not.toBe('meetup-06');
  });
});
