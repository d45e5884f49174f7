// A size typed as one word ("booth 3x3", "tenda 4x6") is a size, as the write-up writes it spaced ("3 x 3 m",
// "3 × 3 m"): not a number of the word before it (booth #3, which no write-up numbers, so that no passage "named"
// it and the right one was left unanswered), and found where the write-up writes it.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const corpus = () => [
  doc(
    'call-juli',
    'Open Tenant Bazar Juli 2025',
    'Bazar Juli digelar 12-13 Juli 2025 di lapangan kota. Jumlah booth terbatas: 60 booth dan 6 lahan food truck.\n\n## Pilihan booth\n\n' +
      '| Tipe booth | Ukuran | Sewa per hari | Paket 2 hari |\n|---|---|---|---|\n| Booth kecil | 2 x 2 m | Rp 150.000 | Rp 250.000 |\n' +
      '| Booth besar | 3 x 3 m | Rp 225.000 | Rp 400.000 |\n| Food truck | lahan 3 x 5 m | Rp 300.000 | Rp 500.000 |\n\n' +
      'Pendaftaran paling lambat 5 Juli 2025.',
    '2025-06-20',
  ),
  doc(
    'agustus',
    'Bazar Edisi Merdeka (Agustus 2025)',
    'Bazar Agustus jadi ya, 16-17 Agustus 2025. Harga sewa sama kayak Juli: booth kecil 2x2 Rp 150rb/hari, sewa per hari tetap ya. Slot cuma 70 booth.',
    '2025-07-28',
  ),
];

describe('a size typed as one word', () => {
  it('is no number of the word before it: the question is answered', () => {
    const lib = Library.fromDocuments(corpus());
    const a = lib.ask('harga sewa booth 3x3 per hari berapa');
    expect(a.answered).toBe(true);
    const row = a.results.findIndex((r) => r.text.includes('Rp 225.000'));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(2);
  });

  it('finds the passage that writes the size spaced or with "×"', () => {
    for (const written of ['3 x 3 m', '3×3 m', '3 × 3 m']) {
      const lib = Library.fromDocuments([
        doc('tenda-kecil', 'Sewa Tenda Pameran', 'Tenda ukuran 3 x 4 m disewakan Rp 200.000 per hari, sudah termasuk pemasangan.', '2025-06-02'),
        doc('tenda-besar', 'Sewa Tenda Bazar', `Tenda ukuran ${written} disewakan Rp 300.000 per hari, sudah termasuk pemasangan dan pembongkaran oleh tim kami.`, '2025-06-01'),
      ]);
      const a = lib.ask('sewa tenda 3x3 per hari brp');
      expect(a.results[0]?.docId, written).toBe('tenda-besar');
    }
  });

  it('does not read a decimal or a product code as a size', () => {
    const lib = Library.fromDocuments([doc('kode', 'Kode Produk', 'Kode produk 1.5 x 2 dan seri X 3 tersedia, juga 4x4 offroad.', '2025-06-01')]);
    expect(lib.ask('ukuran 5x2 ada').answered).toBe(false);
  });
});
