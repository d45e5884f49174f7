// Numbered days and meetups asked the way members chat: "hari terakhir workshop rust" (the write-up's last numbered
// day) and "meetup ke dua puluh satu" (chat's spaced "ke" before a number in words). The corpus: a two-day workshop
// with "Hari 1:" / "Hari 2:" paragraphs, a three-day conference with "Hari pertama/kedua/ketiga", numbered meetups
// up to #21, the last titled in English.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title, body, ...extra });
}

const venues = ['Kopi Tuku Cipete', 'Tokopedia Tower', 'Gojek HQ', 'Bukalapak Plaza', 'Traveloka Campus'];
const corpus: CorpusDocument[] = [
  doc(
    'workshop-rust',
    'Workshop Rust Dua Hari',
    'Workshop Rust dua hari ini diadakan di Gedung Cyber, Kuningan, Jakarta, dengan 30 peserta.\n\n' +
      'Hari 1: dasar-dasar ownership dan borrowing.\n\nHari 2: pemrograman asinkron dengan Tokio dan Axum.',
    { date: '2025-08-09' },
  ),
  doc(
    'konferensi',
    'Konferensi Data Nasional 2025',
    'Konferensi data nasional digelar tiga hari di Jakarta Convention Center.\n\n' +
      'Hari pertama diisi keynote tentang tata kelola data.\n\nHari kedua diisi lokakarya visualisasi.\n\n' +
      'Hari ketiga ditutup dengan hackathon dan pengumuman pemenang.',
    { date: '2025-06-10' },
  ),
  ...Array.from({ length: 20 }, (_, k) =>
    doc(`meetup-${k + 1}`, `Meetup Komunitas Data #${k + 1}`, `Meetup ini diadakan di ${venues[k % venues.length]} dengan ${20 + k} peserta.`, {
      date: `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-15`,
    }),
  ),
  doc('meetup-21', 'Community Meetup 21', 'The meetup was held at Telkom Hub with 55 members.', { lang: 'en', date: '2025-10-15' }),
  doc('jalan', 'Catatan Perjalanan Pengurus', 'Pengurus pergi ke dua kota untuk mencari tempat meetup: Bandung dan Surabaya.', { date: '2025-11-01' }),
];
const lib = Library.fromDocuments(corpus);

describe('chat\'s spaced "ke" before a number in words ("meetup ke dua puluh satu")', () => {
  it('reads it as the ordinal beside a word write-ups number', () => {
    for (const q of ['meetup ke dua puluh satu di mana?', 'meetup ke dua puluh satu dmn']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.docId, q).toBe('meetup-21');
    }
    expect(lib.ask('meetup ke tiga di mana?').results[0]?.docId).toBe('meetup-3');
  });

  it('leaves "ke" a preposition elsewhere ("pergi ke dua kota")', () => {
    const groups = lib.snapshot.index.analyze('pengurus pergi ke dua kota');
    expect(groups.find((g) => g.word === 'dua')?.number).toBeUndefined();
    expect(groups.some((g) => g.word.startsWith('ke-'))).toBe(false);
    expect(lib.ask('pengurus pergi ke dua kota mana?').results[0]?.docId).toBe('jalan');
  });
});

describe('"terakhir" / "last" beside a word write-ups number in their text ("hari terakhir")', () => {
  it('is the write-up\'s highest number of it: the two-day workshop\'s "Hari 2", the conference\'s "Hari ketiga"', () => {
    for (const q of ['hari terakhir workshop rust', 'hari terakhir workshop rust ngapain aja']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('Tokio');
    }
    for (const q of ['hari terakhir konferensi data ngapain', 'what happened on the last day of the conference?']) {
      const a = lib.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.results[0]?.text, q).toContain('hackathon');
    }
  });

  it('keeps "pertama" / "first" the first day, and the other days out of the last', () => {
    expect(lib.ask('hari pertama workshop rust').results[0]?.text).toContain('ownership');
    expect(lib.ask('hari pertama konferensi data').results[0]?.text).toContain('keynote');
    // The conference's "Hari kedua" is no last day, though the workshop's "Hari 2" is.
    const termsOf = (q: string, starts: string) =>
      [...(lib.snapshot.index.search(q, 10).hits.find((h) => h.passage.text.startsWith(starts))?.terms.keys() ?? [])];
    expect(termsOf('hari terakhir konferensi data', 'Hari kedua')).not.toContain('kedua');
  });

  it('leaves "terakhir" the newest write-up beside a word titles number, and a word elsewhere', () => {
    const groupOf = (q: string, w: string) => lib.snapshot.index.analyze(q).find((g) => g.word === w);
    // "Meetup Komunitas Data #21" names a write-up: the last meetup is the newest one (recency.ts).
    expect(groupOf('meetup terakhir di mana?', 'terakhir')?.last).toBeUndefined();
    expect(lib.ask('meetup terakhir di mana?').results[0]?.docId).toBe('meetup-21');
    expect(groupOf('pengurus terakhir pergi ke mana?', 'terakhir')?.last).toBeUndefined();
  });
});
