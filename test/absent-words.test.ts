import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

// A community's write-ups of two workshops, a meetup and the board's minutes: none of them mentions Go or Kubernetes.
function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const lib = Library.fromDocuments([
  doc(
    'docker',
    'Workshop Docker untuk Pemula',
    'Workshop Docker diadakan di aula kampus dengan tiga puluh peserta.\n\nPeserta belajar membuat image dan menjalankan container.\n\nPemateri workshop adalah Rina Kusuma.',
    '2026-03-14',
  ),
  doc('flutter', 'Workshop Flutter Dua Hari', 'Workshop Flutter berlangsung dua hari di gedung inkubator.\n\nHari pertama membahas widget, hari kedua state management.', '2026-06-06'),
  doc('meetup', 'Meetup Bulanan Maret', 'Meetup bulanan membahas karier developer.\n\nKonsumsi disediakan oleh sponsor.', '2026-03-28'),
  doc('rapat', 'Rapat Pengurus Juni', 'Pengurus membahas anggaran acara dan jadwal workshop berikutnya.\n\nBendahara melaporkan saldo kas.', '2026-06-20'),
]);

describe('a question about something no write-up mentions in any form', () => {
  it('is not answered from a write-up that only shares the kind of event', () => {
    for (const q of ['ada workshop golang ga', 'kapan workshop kubernetes']) {
      const a = lib.ask(q);
      expect([q, a.answered]).toEqual([q, false]);
    }
  });

  it('is answered when the write-ups do mention it', () => {
    const a = lib.ask('ada workshop docker ga');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('docker');
  });

  it('is answered when the word is one typo from a word the write-ups have, too short to match it loosely', () => {
    const a = lib.ask('ada workshop dockr ga');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('docker');
  });
});

describe('a typo of a word no write-up says, whose root one does', () => {
  // ("pemimpn" is "pemimpin", which no write-up writes; "dipimpin oleh" is its root in another form. Counted as
  // absent, the question went unanswered, though the write-up's opening says who led the hike.)
  const club = Library.fromDocuments([
    doc('papandayan', 'Pendakian #2: Gunung Papandayan', 'Pendakian kedua ke Gunung Papandayan dipimpin oleh Rina Marlina.\n\nPeserta 31 orang.', '2026-04-12'),
    doc('prau', 'Pendakian #5: Gunung Prau', 'Pendakian kelima ke Gunung Prau lewat jalur Patak Banteng.\n\nPeserta 25 orang.', '2026-07-19'),
  ]);

  it('is read as that word: the write-up that says it in another form answers', () => {
    const a = club.ask('siapa pemimpn pendakian papandayan');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/dipimpin oleh Rina Marlina/u);
  });

  it('while a typo of a word whose root no write-up has still counts as absent', () => {
    expect(club.ask('siapa sponsr pendakian papandayan').answered).toBe(false);
  });
});

describe('an English question over Indonesian write-ups', () => {
  it('is answered though a word of it has no translation: the dictionary lacks it, not the write-ups', () => {
    const a = lib.ask('how many people attended the docker workshop');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('docker');
  });
});

describe('an Indonesian question over an English write-up', () => {
  const mixed = Library.fromDocuments([
    {
      ...doc('fest', 'Our Booth at DevFest 2026', 'Our community ran a booth at DevFest 2026.\n\nAt the booth, visitors could try a mini coding challenge. The winners received t-shirts and stickers.', '2026-10-03'),
      lang: 'en',
    },
    doc('docker', 'Workshop Docker untuk Pemula', 'Workshop Docker diadakan di aula kampus dengan tiga puluh peserta.\n\nPemateri workshop adalah Rina Kusuma.', '2026-03-14'),
    doc('meetup', 'Meetup Bulanan Maret', 'Meetup bulanan membahas karier developer.\n\nKonsumsi disediakan oleh sponsor.', '2026-03-28'),
  ]);

  it('is not answered on "code" alone when no write-up says "dress" in any form', () => {
    expect(mixed.ask('apakah ada dress code').answered).toBe(false);
  });

  it('is answered from it when the write-up has what it asks', () => {
    const a = mixed.ask('apa hadiah coding challenge');
    expect([a.answered, a.results[0]?.docId]).toEqual([true, 'fest']);
  });

  it('about one write-up, with an Indonesian word the dictionary cannot translate, is still answered from it', () => {
    // ("instruktur" is no word of any passage in any form, but an English write-up's "instructor" is out of its
    // reach only because the dictionary lacks it: that absence says nothing of the write-up.)
    const workshop = Library.fromDocuments([
      { ...doc('docker', 'Docker Workshop for Beginners', 'The Docker workshop took place at the community hub with thirty participants.\n\nThe instructor was Hendra Wijaya.', '2025-07-19'), lang: 'en' },
      doc('meetup', 'Meetup Bulanan Maret', 'Meetup bulanan membahas karier developer.\n\nKonsumsi disediakan oleh sponsor.', '2026-03-28'),
    ]);
    const a = workshop.ask('siapa instruktur workshop docker');
    expect([a.answered, a.results[0]?.docId]).toEqual([true, 'docker']);
    // (While a word no dictionary has either, of any language, still asks what the write-up does not say.)
    expect(workshop.ask('workshop docker ada doorprize?').answered).toBe(false);
  });
});
