// A time or an amount asked of a write-up that states none anywhere: its passage that names the question's other
// words (an author, a guest) is no answer to "how much" or "what time".
import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

function doc(id: string, title: string, body: string, date: string, lang = 'id'): CorpusDocument {
  return writeUp({ id, title, body, date, lang });
}

const lib = Library.fromDocuments([
  doc(
    'sastra-maret',
    'Malam Sastra Maret 2026: Kumpulan Puisi Senja',
    [
      'rekap malam sastra maret ya teman2. tamu kita Laksmi Pamuntjak, baca puisi dari kumpulan Senja di Pelabuhan.',
      'yg dateng 27 orang, diskusinya rame sampe malam. makasih buat kafe Jendela yg minjemin tempat.',
    ].join('\n\n'),
    '2026-03-21',
  ),
  doc(
    'konser-amal',
    'Konser Amal Februari 2026',
    ['Konser amal Februari di aula kampus, dibuka pukul 19.00.', 'Tiket masuk Rp25.000, seluruh hasil untuk perpustakaan desa.'].join('\n\n'),
    '2026-02-14',
  ),
  doc(
    'kelas-menulis',
    'Kelas Menulis April 2026',
    ['Kelas menulis cerpen bersama Laksmi Pamuntjak, empat pertemuan.', 'Biaya kelas Rp150.000 untuk empat pertemuan, mulai pukul 15.00.'].join('\n\n'),
    '2026-04-05',
  ),
]);

describe('a value asked that the write-up states nowhere', () => {
  it.each(['how much is the ticket for the Senja di Pelabuhan reading', 'harga tiket malam sastra Senja di Pelabuhan berapa'])('%s: not answered', (q) => {
    expect([q, lib.ask(q, { top: 3 }).answered]).toEqual([q, false]);
  });

  it('still answers where the write-up states it', () => {
    const a = lib.ask('biaya kelas menulis Laksmi Pamuntjak berapa', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results.some((r) => /Rp150\.000/u.test(r.text))).toBe(true);
    expect(lib.ask('yg dateng malam sastra Senja di Pelabuhan brp orang', { top: 3 }).answered).toBe(true);
  });
});
