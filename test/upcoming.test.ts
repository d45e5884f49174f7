// "Where's the next meetup?" and "what's the latest event?" over a community's write-ups: numbered monthly meetups
// (whose write-ups speak of "meetup berikutnya" too, the one that has since happened), a workshop, a conference,
// and the board's minutes that plan the coming meetup. Found by members asking as they chat: the next meetup was
// answered with a past meetup's write-up, and "acara terbaru" with whichever write-up happened to say "acara".

import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/engine/analyzer.ts';
import { Library } from '../src/engine/library.ts';
import { recencyOf, speaksOfFuture } from '../src/engine/recency.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const corpus: CorpusDocument[] = [
  doc(
    'meetup-1',
    'Meetup Komunitas Data #1',
    'Meetup pertama Komunitas Data diadakan di Kopi Tuku Cipete, Jakarta, dengan 25 peserta.\n\n' +
      'Pembicara meetup adalah Andi Pratama, yang membahas dasar-dasar SQL.\n\nSesi berikutnya diisi diskusi santai. Sampai jumpa di meetup berikutnya!',
    '2025-07-19',
  ),
  doc(
    'meetup-2',
    'Meetup Komunitas Data #2',
    'Meetup kedua berlangsung di kantor Tokopedia Tower, Kuningan, dengan 60 peserta.\n\n' +
      'Pembicara pertama adalah Rina Kusuma; pembicara berikutnya, Budi Santoso, membahas dasbor.\n\n' +
      'Meetup berikutnya akan diadakan di Bandung pada bulan September.',
    '2025-08-16',
  ),
  doc(
    'meetup-3',
    'Meetup Komunitas Data #3',
    'Meetup ketiga diadakan di Bandung Creative Hub dengan 45 peserta.\n\nPembicara meetup adalah Sarah Whitfield dari Universitas Leiden.\n\n' +
      'Di akhir acara panitia membagikan stiker komunitas.',
    '2025-09-20',
  ),
  doc('rust', 'Lokakarya Rust', 'Lokakarya Rust diadakan sehari penuh di Gedung Cyber 2, Jakarta, dengan 30 peserta.\n\nPemateri lokakarya adalah Maya Chen.', '2025-08-30'),
  doc(
    'konferensi',
    'Konferensi Data Nasional 2025',
    'Konferensi Data Nasional digelar dua hari di Jakarta Convention Center dan dihadiri 800 peserta.\n\nPembicara utama adalah Dedi Gunawan.',
    '2025-09-27',
  ),
  doc(
    'notulen',
    'Notulen Rapat Pengurus Oktober 2025',
    'Rapat pengurus dihadiri tujuh pengurus dan membahas rencana akhir tahun.\n\n' +
      'Keputusan 1: meetup #4 akan diadakan pada November 2025 di Bandung.\n\nKeputusan 2: kas komunitas Rp2.450.000 dari sponsor meetup sebelumnya.',
    '2025-10-05',
  ),
  doc('tentang', 'Tentang Komunitas Data', 'Komunitas Data mengadakan meetup bulanan yang terbuka untuk umum.', null),
];

describe('the words that ask for the coming one', () => {
  const asked = (q: string) => recencyOf(tokenize(q.toLowerCase()));

  it('reads them in Indonesian and English, and "datang" and "coming" only in their phrases', () => {
    for (const q of ['meetup berikutnya', 'meetup selanjutnya', 'meetup mendatang', 'meetup yang akan datang', 'meetup yg akan datang', 'the next meetup', 'the upcoming meetup', 'the coming meetup']) {
      expect(asked(q), q).toBe('upcoming');
    }
    for (const q of ['kapan pembicara akan datang?', 'who is coming to the meetup?', 'meetup terbaru']) expect(asked(q), q).not.toBe('upcoming');
  });

  it('tells a passage that speaks of the future by its tense, and by the next one only beside what is asked', () => {
    for (const t of ['Meetup #4 akan diadakan di Bandung.', 'The next meetup will be in Bandung.', "We'll meet in May.", 'Lokakarya dijadwalkan bulan Mei.']) expect(speaksOfFuture(t), t).toBe(true);
    for (const t of ['Rapat membahas rencana akhir tahun.', 'Pembicara berikutnya, Budi, membahas dasbor.']) expect(speaksOfFuture(t), t).toBe(false);
    expect(speaksOfFuture('Sampai jumpa di meetup berikutnya!', true)).toBe(true);
  });
});

describe('the next (upcoming) meetup', () => {
  const lib = Library.fromDocuments(corpus);

  it('is answered from the newest write-up that speaks of a coming meetup: the minutes that plan it', () => {
    for (const q of ['kpn meetup selanjutnya', 'meetup berikutnya dimana', 'meetup mendatang di mana?', 'meetup yang akan datang di mana', 'the upcoming meetup', "where's the next meetup gonna be", 'when is the next meetup?']) {
      const first = lib.ask(q).results[0];
      expect(first?.docId, q).toBe('notulen');
      expect(first?.text, q).toContain('meetup #4');
    }
  });

  it('puts the older write-ups that spoke of their next meetup after it, newest first, and the past meetups\' own passages after those', () => {
    const docs = lib.ask('meetup berikutnya dimana', { top: 3 }).results.map((r) => r.text);
    expect(docs[0]).toContain('meetup #4');
    expect(docs[1]).toContain('Meetup berikutnya akan diadakan di Bandung');
    expect(docs[2]).toContain('Sampai jumpa di meetup berikutnya');
  });

  it('keeps "berikutnya" an ordinary word within one event: the next speaker, the next session', () => {
    expect(lib.ask('siapa pembicara berikutnya di meetup #2?').results[0]?.text).toContain('Budi Santoso');
    expect(lib.ask('sesi berikutnya di meetup #1 apa?').results[0]?.text).toContain('diskusi santai');
  });
});

describe('the latest event, of any kind', () => {
  const lib = Library.fromDocuments(corpus);

  it('is answered from the newest dated write-up, whatever it calls itself', () => {
    for (const q of ['acara terbaru apa', "what's the latest event", 'kegiatan terbaru', 'acara paling baru apa?']) {
      const a = lib.ask(q, { top: 3 });
      expect(a.answered, q).toBe(true);
      expect(a.results.map((r) => r.docId), q).toEqual(['notulen', 'konferensi', 'meetup-3']);
    }
    expect(lib.ask('acara paling awal apa?').results[0]?.docId).toBe('meetup-1');
  });

  it('reads "terakhir" or "last" beside a word for any event as "terbaru": the last event is the latest', () => {
    // "acara terakhir apa" went unanswered while "acara terbaru apa" was answered: no passage says "terakhir".
    for (const q of ['acara terakhir apa', 'kegiatan terakhir apa ya', 'what was the last event?']) {
      const a = lib.ask(q, { top: 3 });
      expect(a.answered, q).toBe(true);
      expect(a.results.map((r) => r.docId), q).toEqual(['notulen', 'konferensi', 'meetup-3']);
    }
  });

  it('asks for the coming one of any kind from the newest write-up in the tense of what is to come', () => {
    for (const q of ['acara berikutnya apa?', "what's the next event?", 'kegiatan mendatang']) {
      const texts = lib.ask(q, { top: 2 }).results.map((r) => r.text);
      expect(texts[0], q).toContain('meetup #4 akan diadakan');
      // Not meetup #2's "pembicara berikutnya", the next speaker of a meetup held, but its plan for the next meetup.
      expect(texts[1], q).toContain('Meetup berikutnya akan diadakan');
    }
    // "terbaru" alone names no event: nothing to answer, as before.
    expect(lib.ask('terbaru')).toMatchObject({ answered: false, results: [] });
  });

  it('asks the rest of the question of every kind of event, newest first', () => {
    // The conference's keynote is the newest "pembicara"; meetup #3's "akhir acara" says the word, not the speaker.
    expect(lib.ask('siapa pembicara acara terbaru?').results[0]?.text).toContain('Dedi Gunawan');
  });

  it('keeps "acara" a word a passage must say when no recency word asks which one', () => {
    expect(lib.ask('apa yang dibagikan di akhir acara?').results[0]?.text).toContain('stiker');
  });
});
