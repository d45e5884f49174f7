import { describe, expect, it } from 'vitest';
import { findAcronyms, findBracketAliases } from '../src/engine/acronyms.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title: 'Doc', paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

/** A question word's alternatives from a bracketed definition, as "word=alternative". */
const aliased = (index: SearchIndex, q: string) =>
  index.analyze(q).flatMap((g) => g.alternatives.filter((a) => a.kind === 'acronym').map((a) => `${g.word}=${a.surface.join(' ')}`));

describe('names a write-up defines in brackets', () => {
  it('reads a bracketed shortening that is no initialism', () => {
    expect(findBracketAliases('Alhamdulillah, bazar dan pentas seni (pensi) berjalan lancar.')).toEqual([{ short: 'pensi', long: 'pentas seni' }]);
    expect(findBracketAliases('Laporan Bakti Sosial (Baksos) desa.')).toEqual([{ short: 'Baksos', long: 'Bakti Sosial' }]);
    expect(findBracketAliases('Hasil Musyawarah Besar (Mubes) kemarin.')).toEqual([{ short: 'Mubes', long: 'Musyawarah Besar' }]);
  });

  it('reads no code whose letters spell nothing: which words it names cannot be told', () => {
    // The two words before a code were its name about half the time in the evaluation corpora ("daya beli (PPP)",
    // "arus inputnya (BJT)"), and an affiliation reads alike ("tim medis (PMI)").
    expect(findBracketAliases('Tahun ini ada kategori baru half marathon (21K) dengan 300 peserta.')).toEqual([]);
    expect(findBracketAliases('Jadwal mid-term tests (PTS) sudah keluar.')).toEqual([]);
    expect(findBracketAliases('Korban dibawa tim medis (PMI) ke puskesmas.')).toEqual([]);
  });

  it('leaves alone a word of the name it would shorten: no shortening, the name\'s own word', () => {
    // "(Panitia)" after "Panitia Penyelenggara" is the name's first word: read as a shortening, every question
    // saying "panitia" was read as also asking "panitia penyelenggara".
    expect(findBracketAliases('Pendaftaran dibuka oleh Panitia Penyelenggara (Panitia) sejak Senin.')).toEqual([]);
    expect(findBracketAliases('Acara puncak Lomba Agustusan (Lomba) digelar Minggu.')).toEqual([]);
    const index = new SearchIndex(
      passages(['Pendaftaran lomba dibuka oleh Panitia Penyelenggara (Panitia) sejak Senin.', 'Ketua panitia lomba tahun ini adalah Budi Santoso.']),
      { lexicon: null },
    );
    expect(aliased(index, 'siapa panitia lomba')).toEqual([]);
  });

  it('leaves a code findAcronyms reads to findAcronyms', () => {
    // Its letters spell more than the two words before it: an initialism whose name the acronym rule reads whole.
    expect(findAcronyms('Terungkap dalam rapat dengar pendapat (RDP) kemarin.')).toEqual([{ short: 'RDP', long: 'rapat dengar pendapat' }]);
    expect(findBracketAliases('Terungkap dalam rapat dengar pendapat (RDP) kemarin.')).toEqual([]);
    expect(findBracketAliases('Sabri, pekerja hutan tanaman industri (HTI) di Riau.')).toEqual([]);
  });

  it('leaves alone brackets that are no name: a year, a count, a quantity, a note, a role, an affiliation, a price', () => {
    const texts = [
      'Anggota aktif naik dari 96 (2024) menjadi 142.',
      'Rumahnya rusak berat dan keluarga (5 orang) mengungsi.',
      'Peserta lari jarak jauh (30km) berangkat pagi.',
      'Rincian biaya ada di proposal (lihat lampiran).',
      'Rapat dipimpin Pak Budi (ketua) dan dicatat sekretaris.',
      'Hadir juga Bambang Susilo (BPBD) dari Jakarta.',
      'Biaya daftar Rp 100.000 (5K) dan Rp 150.000 (10K).',
      'Hadir 87 anggota aktif (kuorum) di aula.',
      'Juara lomba cerdas cermat Ramadhani* (6A) dari kelas enam.',
      'Beberapa siswa membawa pakaian seragam (Pramuka) ke sekolah.',
      'Jaraknya tiga puluh kilometres (19mi) dari pusat kota.',
      'Senyawa klorida besi (III) berwarna kuning.',
      'Anggota parlemen Eropa disebut anggota (MEP) di sana.',
    ];
    for (const text of texts) expect(findBracketAliases(text)).toEqual([]);
  });

  it('makes the definition a two-way alias, weighed as an acronym', () => {
    const index = new SearchIndex(
      passages([
        'Tahun ini sekolah menggelar pentas seni (pensi) di aula utama.',
        'Juara pensi: 1. kelas 6A dengan tari Saman, 2. kelas 5B.',
        'Lomba mewarnai dimenangkan kelas 2A.',
      ]),
      { lexicon: null },
    );
    expect(aliased(index, 'siapa juara pentas seni')).toEqual(['pentas=pensi', 'seni=pensi']);
    expect(aliased(index, 'kapan pensi')).toEqual(['pensi=pentas seni']);
    expect(index.search('siapa juara pentas seni', 3).hits[0]!.passage.id).toBe('p#2');
  });
});

describe('a short form both a bracket and an acronym define', () => {
  // "(Baksos)" after "Bakti Sosial" is a shortening; "Badan Amal Kesejahteraan Sosial (BAKSOS)" of another
  // write-up is spelled by its initials. The definition read from initials is kept wherever in the corpus it
  // stands: which write-up comes first must not decide whether the short form also reads as the other.
  const texts = ['Laporan Bakti Sosial (Baksos) desa.', 'Rapat Badan Amal Kesejahteraan Sosial (BAKSOS) di kota.'];
  for (const order of [texts, [...texts].reverse()]) {
    it(`reads it as the acronym only (${order === texts ? 'bracket first' : 'acronym first'})`, () => {
      const index = new SearchIndex(passages(order), { lexicon: null });
      expect(aliased(index, 'kapan BAKSOS digelar')).toEqual(['baksos=badan amal kesejahteraan sosial']);
      expect(aliased(index, 'siapa ketua bakti sosial')).toEqual([]);
    });
  }
});
