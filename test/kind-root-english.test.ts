// "who is the mentor of the writing class" over an Indonesian write-up titled "Kelas Menulis Puisi": the English
// word beside the kind ("writing" beside "class") translates as "tulisan" and "penulisan", nouns, where the title
// says the verb of the same root, "menulis". The write-up is that class's: the question is answered from it, as
// "kelas menulis" asked in Indonesian is, and still not from a write-up of another class. Hand-made corpus.

import { describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';

const lib = Library.fromDocuments([
  writeUp({
    id: 'kelas-puisi',
    title: 'Kelas Menulis Puisi, Maret 2026',
    date: '2026-02-20',
    body: [
      '**Mentor:** Sapardi Wibisono, penyair dan editor\n**Jumlah sesi:** 3 sesi, setiap Sabtu\n**Biaya:** Rp 40.000 untuk seluruh sesi',
      'Setiap peserta menulis tiga puisi, dibahas bersama di sesi terakhir.',
      'Sertifikat diberikan kepada peserta yang hadir minimal 2 dari 3 sesi.',
    ].join('\n\n'),
  }),
  writeUp({
    id: 'kelas-masak',
    title: 'Kelas Memasak Kue Tradisional',
    date: '2026-01-10',
    body: '**Pengajar:** Bu Ratna\n**Biaya:** Rp 75.000, bahan disediakan panitia.',
  }),
]);

describe('an English word beside a kind, said in the title by another form of its root', () => {
  it('"who is the mentor of the writing class": the poetry class\'s mentor', () => {
    const a = lib.ask('who is the mentor of the writing class', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Sapardi Wibisono');
  });

  it('"how much does the writing class cost": its fee', () => {
    const a = lib.ask('how much does the writing class cost', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toContain('Rp 40.000');
  });

  it('not a class its write-ups do not name: "how much does the painting class cost"', () => {
    expect(lib.ask('how much does the painting class cost', { top: 3 }).answered).toBe(false);
  });
});
