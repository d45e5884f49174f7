// A day's or a week's word in a write-up's title ("Hujan di Hari Minggu", "Pasar Minggu") is no kind of event: a
// question that names a day ("hari sabtu") or a span ("per minggu", a week) asks when or how often, not which
// kind of event. Read as kinds, they made every write-up whose title lacks the word "another kind" (answer.ts,
// kindsOf, unsaidKind), and the right passage, ranked first, was left unanswered.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

describe('calendar words in titles are not kinds of event', () => {
  it('answers "hari sabtu" from a write-up whose title has no "hari" where another title has it', () => {
    const lib = Library.fromDocuments([
      doc(
        'bazar-desember',
        'Laporan Bazar Desember: Hujan Deras di Hari Minggu',
        'Bazar Desember digelar 13-14 Desember 2025 dengan 70 tenant. Hari Minggu hujan deras sejak siang dan bazar ditutup pukul 17.00.',
        '2025-12-16',
      ),
      doc(
        'bazar-agustus',
        'Pasar Rakyat Edisi Merdeka (Agustus 2025)',
        'Bazar bulan Agustus jadi ya, 16-17 Agustus 2025 di lapangan kota. Jam buka: Sabtu 15.00-22.00, Minggu 06.00-21.00.',
        '2025-07-28',
      ),
    ]);
    const a = lib.ask('jam buka bazar agustus hari sabtu');
    expect(a.results[0]?.docId).toBe('bazar-agustus');
    expect(a.answered).toBe(true);
  });

  it('answers "per minggu" (a week) from a write-up that writes "per pekan" where a title is "Pasar Minggu"', () => {
    const lib = Library.fromDocuments([
      doc('pasar-minggu', 'Pasar Minggu Edisi Juli', 'Pasar Minggu digelar 12-13 Juli 2025. Sewa booth kecil Rp 150.000 per hari, booth besar Rp 225.000.', '2025-06-20'),
      doc(
        'bazar-ramadan',
        'Bazar Ramadan 2026',
        'Bazar Ramadan digelar 20 Februari sampai 15 Maret 2026. Sewa booth Rp 1.200.000 untuk seluruh periode, atau Rp 450.000 per pekan.',
        '2026-02-05',
      ),
    ]);
    const a = lib.ask('sewa booth ramadan per minggu');
    expect(a.results[0]?.docId).toBe('bazar-ramadan');
    expect(a.answered).toBe(true);
  });
});
