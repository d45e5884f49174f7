// A list written one item a paragraph ("Juara 1: …", blank line, "Juara 2: …") under a line that introduces it
// without a colon ("Selamat kepada para pemenang!"): asked who won, a member gets the lines that name the winners,
// not the congratulation that names no one (src/engine/lists.ts).

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { listRuns } from '../src/engine/lists.ts';
import type { CorpusDocument, Passage } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, paragraphs: string[], date: string, lang = 'id'): CorpusDocument {
  return writeUp({ id, title, body: paragraphs.join('\n\n'), date, lang });
}

const lib = Library.fromDocuments([
  doc(
    'gamejam',
    'Game Jam Nusantara 2025',
    [
      'Game Jam Nusantara 2025 berlangsung 48 jam di Yogyakarta dengan 18 tim.',
      'Selamat kepada para pemenang game jam tahun ini!',
      'Juara 1: Tim Layang — game puzzle tentang layang-layang dan angin musim kemarau.',
      'Juara 2: Tim Bekel — game ritme.',
      'Juara 3: Tim Congklak — game strategi dua pemain.',
      'Terima kasih kepada para juri dan relawan.',
    ],
    '2025-07-12',
  ),
  doc(
    'ctf',
    'Capture the Flag Night',
    [
      'Our first Capture the Flag night drew 30 players to the campus lab.',
      'Congratulations to all the winners of the CTF night!',
      'First place: Dewi Anggraini, who solved every crypto challenge.',
      'Second place: Raka Pratama.',
      'Prizes were sponsored by a local security firm.',
    ],
    '2025-09-06',
    'en',
  ),
  // (An opening that says what the event was and what it cost, right before a list of its days; minutes whose
  // labelled entry stands right before a numbered list of decisions.)
  doc(
    'navigasi',
    'Pelatihan Navigasi Darat',
    [
      'Pelatihan navigasi darat diadakan dua hari di Cibubur, diikuti 20 anggota. Biaya pelatihan Rp 150.000, termasuk modul.',
      'Hari pertama: peta topografi dan kompas bidik.',
      'Hari kedua: praktik orientasi medan.',
    ],
    '2026-03-22',
  ),
  doc(
    'rapat',
    'Notulen Rapat Pengurus Juni',
    [
      'Rapat pengurus Sabtu malam di sekretariat. Hadir lima pengurus.',
      'Evaluasi Merbabu: biaya membengkak Rp 1.200.000 karena tambahan porter.',
      'Keputusan 1: kopdar berikutnya di Kedai Kopi Ranu.',
      'Keputusan 2: aksi bersih gunung bulan depan.',
    ],
    '2026-06-27',
  ),
  doc('meetup', 'Meetup Bulanan Juni', ['Meetup bulanan membahas karier developer game.', 'Pembicara: Sinta Dewi.'], '2025-06-28'),
]);

const texts = (q: string, top = 3) => {
  const a = lib.ask(q, { top });
  expect(a.answered).toBe(true);
  return a.results.map((r) => r.text);
};

describe('a list written one item a paragraph under a line that introduces it', () => {
  it('answers "who won" with the lines that name the winners, in their order, before the congratulation', () => {
    const shown = texts('siapa pemenang game jam');
    expect(shown[0]).toMatch(/^Juara 1: Tim Layang/u);
    expect(shown[1]).toMatch(/^Juara 2: Tim Bekel/u);
    expect(shown[2]).toMatch(/^Juara 3: Tim Congklak/u);
  });

  it('in English too', () => {
    const shown = texts('who won the ctf night');
    expect(shown[0]).toMatch(/^First place: Dewi Anggraini/u);
    expect(shown[1]).toMatch(/^Second place: Raka Pratama/u);
  });

  it('shows items that match the question alike in the list order, not by their length', () => {
    // ("Juara 1"'s longer line has the lower BM25 score of the three.)
    const shown = texts('siapa juara game jam');
    expect(shown.slice(0, 3).map((t) => t.slice(0, 7))).toEqual(['Juara 1', 'Juara 2', 'Juara 3']);
  });

  it('keeps an item the question names first', () => {
    expect(texts('juara 2 game jam siapa')[0]).toMatch(/^Juara 2: Tim Bekel/u);
  });

  it('leaves other passages of the write-up where they were', () => {
    expect(texts('berapa tim ikut game jam')[0]).toMatch(/18 tim/u);
  });

  it('not in place of an opening that says more than one thing, nor of a labelled entry of its own', () => {
    expect(texts('biaya pelatihan navigasi')[0]).toMatch(/^Pelatihan navigasi darat/u);
    expect(texts('biaya merbabu berapa')[0]).toMatch(/^Evaluasi Merbabu/u);
  });
});

describe('what is a list written one item a paragraph', () => {
  const passages = (paragraphs: string[]): Passage[] =>
    paragraphs.map((text, k) => ({
      id: `d#${k + 1}`,
      docId: 'd',
      title: 'd',
      paragraph: k + 1,
      part: 1,
      parts: 1,
      text,
      start: 0,
      end: text.length,
      date: null,
      source: null,
      url: null,
      lang: 'id',
    }));

  it('numbered labels that share a word, after the line that introduces them', () => {
    const [run] = listRuns(passages(['Selamat kepada para pemenang!', 'Juara pertama: Nadia.', 'Juara kedua: Yoga.', 'Sampai jumpa!']));
    expect(run?.intro?.text).toBe('Selamat kepada para pemenang!');
    expect(run?.items.map((p) => p.text)).toEqual(['Juara pertama: Nadia.', 'Juara kedua: Yoga.']);
  });

  it('every one-word ordinal number-words.ts reads: "kesatu" for the first too', () => {
    const [run] = listRuns(passages(['Selamat kepada para pemenang!', 'Juara kesatu: Nadia.', 'Juara kedua: Yoga.']));
    expect(run?.items.map((p) => p.text)).toEqual(['Juara kesatu: Nadia.', 'Juara kedua: Yoga.']);
  });

  it('a label set off by a dash with spaces, as chat writes it: "Juara 1 - Nadia", "Peringkat ke-2 - Yoga"', () => {
    const [run] = listRuns(passages(['Selamat kepada para pemenang!', 'Juara 1 - Nadia.', 'Juara 2 - Yoga.']));
    expect(run?.items.map((p) => p.text)).toEqual(['Juara 1 - Nadia.', 'Juara 2 - Yoga.']);
    const [ranks] = listRuns(passages(['Hasil akhir:', 'Peringkat ke-1 - Nadia.', 'Peringkat ke-2 - Yoga.']));
    expect(ranks?.items).toHaveLength(2);
    // (Not a hyphen inside a word: "1-2" is a range, "tanya-jawab" one word.)
    expect(listRuns(passages(['Intro.', 'Sesi 1-2 tanya-jawab.', 'Sesi 3-4 tanya-jawab.']))).toEqual([]);
  });

  it('introduced by no labelled line, nor by an opening of more than one sentence', () => {
    expect(listRuns(passages(['Awal.', 'Evaluasi: biaya naik.', 'Keputusan 1: a.', 'Keputusan 2: b.']))[0]?.intro).toBeNull();
    expect(listRuns(passages(['Acara dua hari. Biaya Rp 150.000.', 'Hari pertama: a.', 'Hari kedua: b.']))[0]?.intro).toBeNull();
  });

  it('not one item alone, nor labels that are not numbered or share nothing, nor a long paragraph', () => {
    expect(listRuns(passages(['Intro.', 'Juara 1: Nadia.', 'Hadiah: Rp1.000.000.']))).toEqual([]);
    expect(listRuns(passages(['Intro.', 'Catatan: satu.', 'Catatan: dua.']))).toEqual([]);
    expect(listRuns(passages(['Intro.', 'Juara 1: Nadia.', 'Sesi 2: Yoga.']))).toEqual([]);
    expect(listRuns(passages(['Intro.', `Hari 1: ${'materi '.repeat(40)}`, `Hari 2: ${'materi '.repeat(40)}`]))).toEqual([]);
  });
});
