import { describe, expect, it } from 'vitest';
import { AffixReadings, CountedWords, recodings, suffixedRoot } from '../src/engine/affix-readings.ts';
import { stemsOf } from '../src/engine/analyzer.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title: 'Doc', paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

describe('recodings', () => {
  it('undoes meN-/peN- each way it can have changed the root', () => {
    expect(recodings('mengunjungi')).toEqual(['unjungi', 'kunjungi']);
    expect(recodings('memungut')).toEqual(['mungut', 'pungut']);
    expect(recodings('menyaring')).toEqual(['nyaring', 'saring']);
    expect(recodings('penipisan')).toEqual(['nipisan', 'tipisan']);
    expect(recodings('perawatan')).toEqual(['awatan', 'rawatan']); // per- + awat, or pe- + rawat
    expect(recodings('peperangan')).toEqual(['perangan']); // pe- keeps a consonant
    expect(recodings('pemrograman')).toEqual(['programan']); // a loanword's pr-
    expect(recodings('membaca')).toEqual([]); // mem- + b: one reading only
    expect(recodings('berlari')).toEqual([]);
  });
});

describe('suffixedRoot', () => {
  it('takes the suffixes off a reading as the stemmer would, a noun with -an and a verb with -kan', () => {
    expect(suffixedRoot('kunjunginya', false)).toBe('kunjung');
    expect(suffixedRoot('tegakan', true)).toBe('tegak'); // penegakan
    expect(suffixedRoot('petakan', false)).toBe('peta'); // memetakan
    expect(suffixedRoot('meras', false)).toBeUndefined(); // no prefix comes off: "memeras" is no me- + ras
  });
});

describe('AffixReadings', () => {
  it('reads a meN- word as the root the corpus derives other words from', () => {
    // The stemmer alone reads "mengunjungi" as meng- + unjung (a dictionary word), never meeting "kunjungan".
    expect(stemsOf('mengunjungi')).toContain('unjung');
    const readings = new AffixReadings(['mengunjungi', 'kunjungan', 'berkunjung', 'pengunjung']);
    expect(readings.rootOf('mengunjungi')).toBe('kunjung');
    expect(readings.rootOf('pengunjung')).toBe('kunjung');
    expect(stemsOf('mengunjungi', (w) => readings.rootOf(w))).toContain('kunjung');
    expect(stemsOf('mengunjungi', (w) => readings.rootOf(w))).not.toContain('unjung');
  });

  it('reads per- and peN- nouns by the roots the corpus derives verbs from', () => {
    const readings = new AffixReadings(['perawatan', 'dirawat', 'merawat', 'penyelidikan', 'diselidiki']);
    expect(stemsOf('perawatan')).toContain('awat');
    expect(readings.rootOf('perawatan')).toBe('rawat');
    expect(stemsOf('penyelidikan')).toContain('lidi');
    expect(readings.rootOf('penyelidikan')).toBe('selidik');
  });

  it('reads the pe- and pemr- nouns the stemmer leaves whole', () => {
    const readings = new AffixReadings(['peperangan', 'berperang', 'pemrograman', 'diprogram', 'memprogram']);
    expect(stemsOf('peperangan')).toEqual([]);
    expect(readings.rootOf('peperangan')).toBe('perang');
    expect(readings.rootOf('pemrograman')).toBe('program');
  });

  it("keeps the stemmer's reading when the corpus says nothing, or derives words from its root too", () => {
    expect(new AffixReadings(['mengunjungi']).rootOf('mengunjungi')).toBeUndefined();
    // "kubah" (a dome) written as a word of its own is no evidence that "mengubah" comes from it: "berubah" is.
    const readings = new AffixReadings(['mengubah', 'kubah', 'berubah', 'perubahan']);
    expect(readings.rootOf('mengubah')).toBeUndefined();
    expect(stemsOf('mengubah', (w) => readings.rootOf(w))).toContain('ubah');
  });

  it('gives the same answer when a word is asked again (remembered), a reading or none', () => {
    const readings = new AffixReadings(['mengunjungi', 'kunjungan', 'mengubah', 'berubah', 'perubahan']);
    for (let i = 0; i < 3; i++) {
      expect(readings.rootOf('mengunjungi')).toBe('kunjung');
      expect(readings.rootOf('mengubah')).toBeUndefined();
      expect(readings.rootOf('kota')).toBeUndefined();
    }
  });

  it("stems a word by each corpus's reading, asked in turn, as by none", () => {
    // Two corpora (two indexes live at once, during a reload): stemsOf remembers a word's answer by the reading.
    const kunjung = new AffixReadings(['mengunjungi', 'kunjungan']);
    const none = new AffixReadings(['mengunjungi']);
    const byKunjung = (w: string) => kunjung.rootOf(w);
    const byNone = (w: string) => none.rootOf(w);
    for (let i = 0; i < 2; i++) {
      expect(stemsOf('mengunjungi', byKunjung)).toContain('kunjung');
      expect(stemsOf('mengunjungi', byKunjung)).not.toContain('unjung');
      expect(stemsOf('mengunjungi', byNone)).toContain('unjung');
      expect(stemsOf('mengunjungi', byNone)).not.toContain('kunjung');
      expect(stemsOf('mengunjungi')).toContain('unjung');
    }
  });

  it("never re-reads a dictionary word, nor counts a root's bare form or its clitics as evidence", () => {
    // "memang" is a word itself, not mem- + pang; "kelak" and "kelaknya" are no derivations of kelak.
    expect(new AffixReadings(['memang', 'pangkalan']).rootOf('memang')).toBeUndefined();
    expect(new AffixReadings(['mengelak', 'kelak', 'kelaknya']).rootOf('mengelak')).toBeUndefined();
  });

  it('reads a corpus in steps, pausing every so many words, to the same readings as at once', () => {
    // A corpus's words, the evidence for "kunjung" and "rawat" among many others: what a reload reads in steps.
    const filler = Array.from({ length: 4500 }, (_, i) => `kata${i.toString(36)}`);
    const words = [...filler.slice(0, 2000), 'mengunjungi', 'kunjungan', ...filler.slice(2000), 'perawatan', 'dirawat'];
    const steps = AffixReadings.inSteps(words, 1000);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(Math.floor(words.length / 1000));
    const stepped = step.value;
    const atOnce = new AffixReadings(words);
    for (const w of ['mengunjungi', 'perawatan', 'memungut', 'kata1']) expect(stepped.rootOf(w), w).toBe(atOnce.rootOf(w));
    expect(stepped.rootOf('mengunjungi')).toBe('kunjung');
    expect(stepped.rootOf('perawatan')).toBe('rawat');
  });
});

describe('SearchIndex with the corpus reading of meN- words', () => {
  it('finds "mengunjungi" for a question that asks about "kunjungan", and the other way round', () => {
    const index = new SearchIndex(
      passages([
        'Ratusan warga mengunjungi pameran lukisan di balai kota.',
        'Jadwal kunjungan pejabat ke pabrik gula diumumkan pekan depan.',
        'Cuaca hari ini cerah dan berangin.',
      ]),
      { lexicon: null },
    );
    const ids = (q: string) => index.search(q, 5).hits.map((h) => h.passage.id);
    // Only the root joins them: the passages share no other word with either question.
    expect(ids('kunjungan')).toEqual(expect.arrayContaining(['p#1', 'p#2']));
    expect(ids('siapa yang mengunjungi')).toEqual(expect.arrayContaining(['p#1', 'p#2']));
  });

  it('reads them the same in an index built in steps (SearchIndex.build)', async () => {
    const texts = [
      'Ratusan warga mengunjungi pameran lukisan di balai kota.',
      'Jadwal kunjungan pejabat ke pabrik gula diumumkan pekan depan.',
      'Cuaca hari ini cerah dan berangin.',
    ];
    const index = await SearchIndex.build(passages(texts), { lexicon: null });
    expect(index.reading('mengunjungi')).toBe('kunjung');
    expect(index.search('kunjungan', 5).hits.map((h) => h.passage.id)).toEqual(expect.arrayContaining(['p#1', 'p#2']));
  });
});

describe('AffixReadings between readings that derived words stand behind', () => {
  /** A corpus's lower-case words, each written as often as it is listed. */
  function written(...words: string[]): CountedWords {
    const out = new CountedWords();
    for (const w of words) out.add(w);
    return out;
  }

  it('reads a word by the root the corpus uses most, not the one a single derived word stands behind', () => {
    // "berapi" is ber- + api or be- + rapi (the stemmer says be- + rap + -i). "merapikan" derives from rapi, no word
    // from api without ambiguity; but the corpus writes "api" again and again, "rapi" once.
    const readings = new AffixReadings(written('berapi', 'gunung', 'api', 'api', 'api', 'api', 'merapikan', 'rapi'));
    expect(readings.rootOf('berapi')).toBe('api');
    // A corpus that writes "rapi" more reads it so.
    expect(new AffixReadings(written('berapi', 'api', 'merapikan', 'merapikan', 'rapi', 'rapi')).rootOf('berapi')).toBe('rapi');
  });

  it("takes the stemmer's reading for none when it needs a suffix the prefix never takes", () => {
    // be- + rap + -i: Indonesian has no ber-…-i. With no word derived from api or rapi, the corpus's use decides.
    expect(new AffixReadings(written('berapi', 'api', 'api', 'api', 'rapi')).rootOf('berapi')).toBe('api');
    // Where the corpus says nothing of either, nothing changes.
    expect(new AffixReadings(written('berapi')).rootOf('berapi')).toBeUndefined();
  });

  it("does not keep the stemmer's root, when no word derives from it, for being common as a word", () => {
    // "madu" (honey) is written far more than "padu"; "memadukan" is still me- + padu + -kan, as "dipadukan" says.
    const readings = new AffixReadings(written('memadukan', 'madu', 'madu', 'madu', 'madu', 'dipadukan'));
    expect(readings.rootOf('memadukan')).toBe('padu');
  });

  it('never reads a word with a suffix its prefix does not take (ber-…-i, ter-…-an, meN-…-an)', () => {
    // "kuanta" (ku- + anta) is a word derived from anta, but "berantai" is no ber- + anta + -i.
    expect(new AffixReadings(written('berantai', 'kuanta')).rootOf('berantai')).toBeUndefined();
    expect(suffixedRoot('antai', false, 'i')).toBeUndefined();
    expect(suffixedRoot('antai', false)).toBe('anta');
  });

  it('finds a passage\'s "berapi" for a question about "api", through the index', () => {
    const index = new SearchIndex(
      passages([
        'Gunung berapi itu meletus pagi tadi.',
        'Petugas datang membawa air untuk api di pasar, api di gudang, dan api di dapur.',
        'Meja di aula sudah rapi setelah panitia merapikan kursi.',
      ]),
      { lexicon: null },
    );
    expect(index.search('api', 5).hits.map((h) => h.passage.id)).toContain('p#1');
  });
});

describe('CountedWords', () => {
  it('is the set of the words added, in the order first added, and counts each word every time it is added', () => {
    const words = new CountedWords();
    for (const w of ['api', 'rapi', 'api', 'gunung', 'api', 'rapi']) expect(words.add(w)).toBe(words);
    expect([...words]).toEqual(['api', 'rapi', 'gunung']);
    expect(words.size).toBe(3);
    expect(words.has('rapi')).toBe(true);
    expect(words.has('berapi')).toBe(false);
    expect([words.uses('api'), words.uses('rapi'), words.uses('gunung'), words.uses('berapi')]).toEqual([3, 2, 1, 0]);
  });
});
