import { describe, expect, it } from 'vitest';
import { Abbreviations, mayAbbreviate, skeletonOf } from '../src/engine/abbreviations.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: `d${i + 1}`, title: 'Catatan', paragraph: 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

/** Abbreviations over a word list, each word used as often as it is listed, each its own family unless merged. */
function over(words: string[], family: (w: string) => string = (w) => w.replace(/nya$/u, '')): Abbreviations {
  const uses = new Map<string, number>();
  for (const w of words) uses.set(w, (uses.get(w) ?? 0) + 1);
  return new Abbreviations(uses.keys(), (w) => uses.get(w) ?? 0, family);
}

describe('consonant skeletons', () => {
  it('takes words with at most one vowel, three letters or more, as possible abbreviations', () => {
    expect(skeletonOf('pembicara')).toBe('pmbcr');
    expect(mayAbbreviate('tmpt')).toBe(true);
    expect(mayAbbreviate('tmpat')).toBe(true);
    expect(mayAbbreviate('tempat')).toBe(false);
    expect(mayAbbreviate('tp')).toBe(false);
    expect(mayAbbreviate('hrg')).toBe(true);
    // Two consonants say too little: a typo ("nam" of nama) or another language's word ("kyu").
    expect(mayAbbreviate('nam')).toBe(false);
    expect(mayAbbreviate('kyu')).toBe(false);
    expect(mayAbbreviate('Tmpt')).toBe(false); // the caller lower-cases; capitals are an acronym's
  });

  it('reads the one frequent word family whose consonants the abbreviation spells', () => {
    const a = over(['tempat', 'tempat', 'tempat', 'tempatnya', 'pembicara', 'pembicara', 'pembicara', 'acara']);
    expect(a.expand('tmpt')).toBe('tempat');
    expect(a.expand('tmpat')).toBe('tempat');
    expect(a.expand('pmbcr')).toBe('pembicara');
    // The letters in order, from the same first letter: "mpt" is no tempat.
    expect(a.expand('mpt')).toBeUndefined();
  });

  it('reads nothing when several families fit, or the one that fits is rare', () => {
    // "pst": pusat, pesta, pasti all fit.
    expect(over(['pusat', 'pusat', 'pusat', 'pesta', 'pesta', 'pasti', 'pasti']).expand('pst')).toBeUndefined();
    // "tgl" (tanggal) fits only "tegal", written once: no reading.
    expect(over(['tegal']).expand('tgl')).toBeUndefined();
    // One rare competitor beside a word used far more does not block it.
    const karena = Array<string>(40).fill('karena');
    expect(over([...karena, 'kurun']).expand('krn')).toBe('karena');
    // berikut and berikutnya are one family; berkata another, used as much: "brkt" is neither.
    const family = (w: string) => (w.startsWith('berikut') ? 'ikut' : w);
    expect(over(['berikut', 'berikut', 'berikutnya', 'berikutnya', 'berikutnya'], family).expand('brkt')).toBe('berikutnya');
    expect(over(['berikut', 'berikut', 'berikutnya', 'berkata', 'berkata', 'berkata'], family).expand('brkt')).toBeUndefined();
  });
});

describe('SearchIndex reads chat abbreviations', () => {
  const index = new SearchIndex(
    passages([
      'Meetup bulan ini menghadirkan pembicara dari komunitas data.',
      'Sesi kedua dibawakan pembicara tamu; tempat duduk terbatas.',
      'Daftar pembicara diumumkan panitia sepekan sebelum acara.',
      'Warga membuka dapur umum di dapur balai; relawan dapur memasak sejak pagi.',
      'Ketua DPR hadir sebagai tamu undangan.',
      'Kursus HTML untuk pemula dibuka bulan depan.',
      'Tiket acara dijual di loket; tempat parkir dan tempat salat ada di lantai dasar.',
    ]),
    { lexicon: null },
  );
  const ids = (q: string) => index.search(q, 10).hits.map((h) => h.passage.id);

  it('"pmbcr" finds the passages that say "pembicara", below the word typed in full', () => {
    expect(ids('pmbcr')).toEqual(expect.arrayContaining(['p#1', 'p#2', 'p#3']));
    const typed = index.search('pembicara', 10).hits.find((h) => h.passage.id === 'p#1')!.score;
    const short = index.search('pmbcr', 10).hits.find((h) => h.passage.id === 'p#1')!.score;
    expect(short).toBeLessThan(typed);
  });

  it('drops an abbreviation of a stopword, as the stopword is: "tmpt" (tempat) asks nothing', () => {
    const words = (q: string) => index.analyze(q).map((g) => g.word);
    expect(words('tmpt acara')).toEqual(words('acara'));
    expect(index.search('tiket acara tmpt', 10).hits[0]!.coverage).toBe(index.search('tiket acara', 10).hits[0]!.coverage);
  });

  it('leaves acronyms alone: typed in capitals, written by the corpus, or the initials of a name', () => {
    // "dpr" fits dapur (three times), but the corpus writes DPR: the word is its own.
    expect(ids('dpr')).not.toContain('p#4');
    expect(ids('dpr')).toContain('p#5');
    // Capitals in the question mark an acronym even where the corpus lacks it.
    const other = new SearchIndex(passages(['Warga membuka dapur umum di dapur balai warga; relawan dapur memasak.', 'Rapat warga.']), { lexicon: null });
    expect(other.search('siapa ketua DPR', 10).hits.map((h) => h.passage.id)).not.toContain('p#1');
    expect(other.search('siapa ketua dpr', 10).hits.map((h) => h.passage.id)).toContain('p#1');
    // The initials of a name the corpus writes: "kpk" is the Komisi Pemberantasan Korupsi, not "kapak".
    const named = new SearchIndex(
      passages(['Penyidik Komisi Pemberantasan Korupsi datang pagi.', 'Warga membawa kapak, kapak kecil dan kapak besar.']),
      { lexicon: null },
    );
    expect(named.search('kpk', 10).hits.map((h) => h.passage.id)).not.toContain('p#2');
    expect(ids('html')).toEqual(['p#6']);
  });
});
