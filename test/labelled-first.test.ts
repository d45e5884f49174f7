// Within a write-up, the passage that writes a question's word as a label ("Narasumber: …", "**Kuota:** …") or a
// heading comes before the opening that repeats the event's name and topic a few times more: the fact sheet
// holds the answer, the opening names no speaker (see labelled-first.ts).

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const halal = doc(
  'halal',
  'Pendampingan Sertifikasi Halal untuk UMKM',
  '# Workshop dan Pendampingan Sertifikasi Halal\n\n' +
    'Bekerja sama dengan Rumah Halal Kota dan pendamping proses produk halal, komunitas mengadakan workshop sertifikasi halal untuk usaha mikro.\n\n' +
    'Tanggal: Sabtu, 15 November 2025, pukul 08.30-14.00 WIB\nTempat: Aula Kecamatan\nNarasumber: Ustazah Laila Fitriani dan Bapak Agus Salim\nKuota: 40 pelaku usaha\n\n' +
    'Setelah workshop, pendamping akan verifikasi ke tempat produksi. Sertifikat halal biasanya terbit dalam 21 hari kerja.',
  '2025-10-28',
);

describe('a question word written as a label', () => {
  it('puts the fact sheet that labels it before the opening', () => {
    const lib = Library.fromDocuments([halal]);
    const a = lib.ask('narasumber workshop halal siapa');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Laila Fitriani');
  });
});
