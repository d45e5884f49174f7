import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { foretellsOnly } from '../src/engine/plans.ts';
import { writeUp } from './write-up.ts';

// A youth group's write-ups: March's minutes plan a volleyball tournament and a clean-up, neither reported later; a
// chess contest and a football cup were held and reported.
const lib = Library.fromDocuments([
  writeUp({
    id: 'rapat-maret',
    title: 'Notulen Rapat Pemuda Maret',
    date: '2026-03-08',
    body:
      'Rapat dibuka oleh ketua pemuda pukul 19.30 di balai warga.\n\n' +
      'Keputusan: tim bola voli pemuda akan ikut turnamen Camat Cup bulan Mei, biaya pendaftaran dari kas.\n\n' +
      'Gotong royong berikutnya direncanakan Minggu 12 April, fokus membersihkan saluran air di gang mawar.',
  }),
  writeUp({
    id: 'lomba-catur',
    title: 'Lomba Catur Pemuda',
    date: '2026-02-15',
    body: 'Lomba catur pemuda diadakan di pos ronda dengan dua puluh peserta.\n\nJuara lomba catur adalah Budi Santoso, juara kedua Andi Wijaya.',
  }),
  writeUp({
    id: 'lurah-cup',
    title: 'Turnamen Lurah Cup',
    date: '2026-01-25',
    body: 'Turnamen sepak bola Lurah Cup sudah selesai dan juaranya tim pemuda RW 05. Tahun depan tim pemuda akan ikut lagi.',
  }),
]);

describe('a question asking what happened, whose best passage only foretells it', () => {
  it('is no confident answer when the plan is all there is', () => {
    for (const q of ['siapa juara turnamen camat cup', 'hasil gotong royong bulan april gimana', 'who won the camat cup volleyball tournament']) {
      const a = lib.ask(q);
      expect([q, a.answered]).toEqual([q, false]);
    }
  });

  it('is answered from a report, even one that also plans the next', () => {
    for (const [q, docId] of [
      ['siapa juara lomba catur', 'lomba-catur'],
      ['siapa juara turnamen lurah cup', 'lurah-cup'],
    ] as const) {
      const a = lib.ask(q);
      expect([q, a.answered, a.results[0]?.docId]).toEqual([q, true, docId]);
    }
  });

  it('is answered from the plan when the question asks what is planned, not what happened', () => {
    const a = lib.ask('kapan turnamen camat cup');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.docId).toBe('rapat-maret');
    // ("held" says no tense, and a question in the future asks for a plan, whatever its other words.)
    for (const q of ['where will the camat cup volleyball tournament be held', 'when will the camat cup volleyball tournament be held', 'siapa yang akan hadir di gotong royong april']) {
      const b = lib.ask(q);
      expect([q, b.answered, b.results[0]?.docId]).toEqual([q, true, 'rapat-maret']);
    }
  });
});

describe('foretellsOnly', () => {
  const forms = new Set(['turnamen', 'cup']);
  it('is true when every sentence saying the words speaks of what is to come', () => {
    expect(foretellsOnly('Rapat dibuka. Tim akan ikut turnamen Camat Cup.', '2026-03-08', forms)).toBe(true);
    expect(foretellsOnly('Tim ikut turnamen Camat Cup bulan Mei.', '2026-03-08', forms)).toBe(true);
  });
  it('is false when a sentence saying them reports, or none says them', () => {
    expect(foretellsOnly('Turnamen Lurah Cup sudah selesai. Tahun depan tim akan ikut turnamen lagi.', '2026-01-25', forms)).toBe(false);
    expect(foretellsOnly('Tim akan ikut lomba catur.', '2026-03-08', forms)).toBe(false);
    expect(foretellsOnly('Tim ikut turnamen Camat Cup.', '2026-03-08', forms)).toBe(false);
  });
});
