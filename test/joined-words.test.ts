// A chat question writes two words the write-ups keep apart as one ("photowalk" for photo walk, "dresscode" for
// dress code): such a word, absent from the corpus, is read as the consecutive pair the corpus writes whose words
// it joins whole (src/engine/syllable-abbreviations.ts, the same reader as "korlap" of koordinator lapangan).

import { describe, expect, it } from 'vitest';
import { SyllableAbbreviations } from '../src/engine/syllable-abbreviations.ts';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const over = (texts: string[]) => new SyllableAbbreviations(texts, (w) => w !== 'yang' && w !== 'dan');

describe('a word that joins two whole words the corpus writes side by side', () => {
  it('is read as that pair', () => {
    const reader = over(['photo walk bulan ini lewat Braga', 'dress code kaos hitam', 'photo walk berikutnya, dress code bebas', 'hasil photo contest']);
    expect(reader.expand('photowalk')).toEqual(['photo', 'walk']);
    expect(reader.expand('dresscode')).toEqual(['dress', 'code']);
  });

  it('is not read where the corpus never writes the pair, nor from parts of two letters', () => {
    const reader = over(['photo bagus', 'walk santai', 'di mana saja']);
    expect(reader.expand('photowalk')).toBeNull();
    expect(reader.expand('dimana')).toBeNull();
  });

  it('is not read from a pair the corpus writes once, as a hyphenated word\'s halves', () => {
    const reader = over(['organisasi anti-perang di Irak', 'perang saudara']);
    expect(reader.joined('antiperang')).toBeNull();
    expect(over(['organisasi anti-perang di Irak', 'gerakan anti perang']).joined('antiperang')?.words).toEqual(['anti', 'perang']);
  });
});

function doc(id: string, title: string, paragraphs: string[], date: string): CorpusDocument {
  return writeUp({ id, title, body: paragraphs.join('\n\n'), date });
}

describe('asked in a chat question', () => {
  const lib = Library.fromDocuments([
    doc(
      'walk',
      'Photo walk bulanan Juni',
      [
        'Photo walk bulan ini Minggu, 15 Juni. Kumpul jam 06.00 di depan Gedung Merdeka.',
        'Rute: Gedung Merdeka, Jl. Braga, Alun-alun. Dress code kaos hitam.',
        'Peserta photo walk gratis, isi nama di thread ini.',
      ],
      '2025-06-09',
    ),
    doc('lomba', 'Lomba foto kota', ['Biaya pendaftaran lomba Rp 50.000, dibayar ke rekening panitia.'], '2025-05-10'),
    doc('rapat', 'Rapat pengurus', ['Rapat membahas kas dan jadwal kegiatan bulan depan.'], '2025-07-01'),
  ]);

  it('"photowalk bayar ga" is answered by the photo walk\'s passage that states its price', () => {
    const a = lib.ask('photowalk bayar ga', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/gratis/u);
  });
});

describe('a joined word the corpus has too, as a channel\'s name', () => {
  const lib = Library.fromDocuments([
    doc('summary', 'Our year', ['Monthly walks are posted in #photowalk, and everyone is welcome there.'], '2025-12-20'),
    doc(
      'walk',
      'Photo walk bulanan Juni',
      [
        'Photo walk bulan ini Minggu, 15 Juni. Kumpul jam 06.00 di depan Gedung Merdeka.',
        'Rute photo walk: Gedung Merdeka, Jl. Braga, Alun-alun. Dress code kaos hitam.',
        'Peserta photo walk gratis, isi nama di thread ini.',
      ],
      '2025-06-09',
    ),
    doc('lomba', 'Lomba foto kota', ['Biaya pendaftaran lomba Rp 50.000, dibayar ke rekening panitia.'], '2025-05-10'),
  ]);

  it('is read as the pair the write-ups write apart more often: their photo walk is among the answers', () => {
    const a = lib.ask('photowalk bayar ga', { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.text)).toContainEqual(expect.stringMatching(/photo walk gratis/u));
  });
});
