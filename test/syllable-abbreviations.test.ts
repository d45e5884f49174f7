import { describe, expect, it } from 'vitest';
import { opensWord, singleLetters, SyllableAbbreviations } from '../src/engine/syllable-abbreviations.ts';
import { SearchIndex } from '../src/engine/search.ts';
import { Library } from '../src/engine/library.ts';
import { writeUp } from './write-up.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: `d${i + 1}`, title: 'Catatan', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

// ("kerja" and "yang" stand for stopwords here.)
const over = (texts: string[], isContent = (w: string) => w !== 'kerja' && w !== 'yang' && w !== 'akan') => new SyllableAbbreviations(texts, isContent);

describe('opensWord', () => {
  it('takes an opening cut where a syllable may end, a doubled letter written once', () => {
    expect(singleLetters('koordinator')).toBe('kordinator');
    for (const [part, word] of [['kor', 'koordinator'], ['lap', 'lapangan'], ['pro', 'program'], ['ker', 'kerja'], ['op', 'open'], ['sek', 'sekretaris']]) {
      expect(opensWord(part!, word!)).toBe(true);
    }
  });

  it('refuses one letter, no vowel, three syllables, the whole word, a cut inside "ng" or after two consonants', () => {
    for (const [part, word] of [['menemuk', 'menemukan'], ['k', 'kerja'], ['kr', 'kerja'], ['kerja', 'kerja'], ['pan', 'pangan'], ['progr', 'program'], ['lab', 'lapangan']]) {
      expect(opensWord(part!, word!)).toBe(false);
    }
  });
});

describe('SyllableAbbreviations', () => {
  it('reads a word as the consecutive pair whose openings it joins', () => {
    const reader = over(['rapat koordinator lapangan kerja bakti', 'susunan program kerja tahun ini']);
    expect(reader.expand('korlap')).toEqual(['koordinator', 'lapangan']);
    expect(reader.expand('proker')).toEqual(['program', 'kerja']);
  });

  it('reads no word under five letters, nor a phrase of two function words', () => {
    expect(over(['hari sehat warga']).expand('sewa')).toBeNull();
    expect(over(['hadir yang akan datang']).expand('yaak')).toBeNull();
    expect(over(['hadir yang akan datang']).expand('yangak')).toBeNull();
  });

  it('reads nothing for words the corpus never writes side by side, or when two phrases fit alike', () => {
    expect(over(['koordinator acara di lapangan']).expand('korlap')).toBeNull();
    expect(over(['koordinator 2 lapangan', 'Koordinator café lapangan']).expand('korlap')).toBeNull();
    expect(over(['program kerja', 'proses kerja']).expand('proker')).toBeNull();
  });
});

describe('SearchIndex reads syllable abbreviations', () => {
  const index = new SearchIndex(
    passages([
      'Kerja bakti Minggu pagi. Koordinator lapangan: Mas Joko, hubungi 0812-3456-7788.',
      'Lapangan voli dipakai untuk lomba tujuh belasan.',
      'Koordinator acara malam puncak adalah Mbak Rina.',
      'Kas karang taruna bulan ini bertambah dari iuran warga.',
    ]),
    { lexicon: null },
  );
  const ids = (q: string) => index.search(q, 10).hits.map((h) => h.passage.id);

  it('"korlap" finds the passage that writes "koordinator lapangan" first', () => {
    expect(ids('siapa korlap kerja bakti')[0]).toBe('p#1');
    expect(ids('korlap')[0]).toBe('p#1');
  });

  it('weighs the phrase read as a guess, below the phrase typed in full', () => {
    const typed = index.search('koordinator lapangan', 10).hits.find((h) => h.passage.id === 'p#1')!.score;
    const short = index.search('korlap', 10).hits.find((h) => h.passage.id === 'p#1')!.score;
    expect(short).toBeLessThan(typed);
  });

  it('does not read a typo of a corpus word: "kitah" is kitab, not "kira tahun"', () => {
    const other = new SearchIndex(passages(['Kitab itu ditulis kira tahun 1700.', 'Kitab kedua hilang.', 'Kira tahun depan dibuka.']), { lexicon: null });
    expect(other.analyze('asal kitah').flatMap((g) => g.alternatives).filter((a) => a.guessed)).toEqual([]);
  });

  it('does not read a name typed with a capital inside the sentence', () => {
    expect(ids('rumah Korlap di mana')).not.toContain('p#1');
  });
});

describe('a syllable abbreviation read in a question the bot answers', () => {
  // (The phrase read earns half the word's weight, as a long form guessed from initials does: enough for a question
  // that asks the word alone, not for one whose other words the passage lacks. The README and search.ts had said
  // such a word "alone never makes a question answered", which "siapa korlap" contradicts.)
  const lib = Library.fromDocuments([
    writeUp({ id: 'kb', title: 'Kerja Bakti', body: ['Kerja bakti Minggu pagi. Koordinator lapangan: Mas Joko, hubungi 0812-3456-7788.', 'Warga membawa cangkul sendiri.'].join('\n\n'), date: '2025-04-20' }),
    writeUp({ id: 'rapat', title: 'Rapat Bulanan', body: ['Rapat membahas jadwal ronda malam dan lampu jalan gang.', 'Kas karang taruna dilaporkan bendahara.'].join('\n\n'), date: '2025-09-07' }),
  ]);

  it('answers a question of the word alone with the passage that writes the phrase', () => {
    const a = lib.ask('siapa korlap');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Koordinator lapangan/u);
  });

  it('does not answer one whose other word no passage has', () => {
    expect(lib.ask('siapa korlap catur').answered).toBe(false);
  });
});
