import { describe, expect, it, vi } from 'vitest';
import { contentStopwords, contentStopwordTerms } from '../src/engine/content-stopwords.ts';
import { Library } from '../src/engine/library.ts';
import { createLexicon, loadLexicon } from '../src/engine/lexicon.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

describe('contentStopwords: the Indonesian stopwords an English content word translates to', () => {
  const lexicon = createLexicon({ begin: ['mulai'], place: ['tempat'], the: ['itu'], which: ['yang'], book: ['buku'] });

  it('holds a stopword the lexicon gives for an English content word', () => {
    const words = contentStopwords(lexicon);
    expect(words.has('mulai')).toBe(true);
    expect(words.has('tempat')).toBe(true);
  });

  it('leaves out a stopword that only English function words translate to, and every word that is no stopword', () => {
    const words = contentStopwords(lexicon);
    expect(words.has('itu')).toBe(false);
    expect(words.has('yang')).toBe(false);
    expect(words.has('buku')).toBe(false);
  });

  it('is empty without a lexicon that reads Indonesian back to English', () => {
    expect(contentStopwords({ lookup: () => [], size: 0 }).size).toBe(0);
  });

  it("reads them in one pass over the dictionary, without building the lexicon's backwards table", () => {
    // (The table, built on its first use, is 2 MB and ~45 ms for the shipped lexicon, which only a corpus with
    // English write-ups needs otherwise: every index's build read the stopwords through it.)
    const fresh = createLexicon({ begin: ['mulai'], place: ['tempat'], the: ['itu'] });
    const asked = vi.spyOn(fresh, 'english');
    expect([...contentStopwords(fresh)].sort()).toEqual(['mulai', 'tempat']);
    expect(asked).not.toHaveBeenCalled();
  });

  it('gives the shipped lexicon the same terms as reading each stopword back through the table', () => {
    const shipped = loadLexicon();
    // A lexicon that has only the table (as a lexicon of one's own may): the stopwords read back one by one.
    const tableOnly = { lookup: shipped.lookup, size: shipped.size, english: shipped.english };
    const terms = contentStopwordTerms(shipped);
    expect(terms.size).toBeGreaterThan(20);
    expect(new Map(terms)).toEqual(new Map(contentStopwordTerms(tableOnly)));
  });
});

// (Titled alike, so that no title tells the passages apart.)
function doc(id: string, body: string): CorpusDocument {
  return writeUp({ id, title: 'Kegiatan komunitas', body });
}

describe('English questions whose word translates to an Indonesian stopword', () => {
  const lib = Library.fromDocuments(
    [
      doc('diskusi', 'Diskusi klub buku membahas novel Laskar Pelangi. Anggota klub buku membawa buku masing-masing ke diskusi klub buku.'),
      doc('jadwal', 'Sesi klub buku dimulai pukul 19.00 di perpustakaan kota.'),
      doc('rute', 'Rute jalan sehat melewati taman kota dan alun-alun. Peserta jalan sehat memuji rute jalan sehat itu.'),
      doc('panjang', 'Panjang rute jalan sehat tahun ini lima kilometer.'),
    ],
    { lexicon: loadLexicon() },
  );

  it('"when does the book club begin" reaches the passage that says "dimulai"', () => {
    const a = lib.ask('when does the book club begin?');
    expect(a.results[0]!.docId).toBe('jadwal');
  });

  it('"what was the length of the walk route" reaches the passage that says "panjang"', () => {
    const a = lib.ask('what was the length of the walk route?');
    expect(a.results[0]!.docId).toBe('panjang');
  });

  it('an Indonesian question still reads the stopword as one: "mulai" adds nothing to "klub buku"', () => {
    const a = lib.ask('kapan klub buku mulai?');
    const b = lib.ask('kapan klub buku?');
    expect(a.results.map((r) => [r.docId, r.score])).toEqual(b.results.map((r) => [r.docId, r.score]));
  });
});

describe('the answer marks the stopword an English question matched through its translation', () => {
  const lib = Library.fromDocuments(
    [
      doc('diskusi', 'Diskusi klub buku membahas novel Laskar Pelangi. Anggota klub buku membawa buku masing-masing ke diskusi klub buku.'),
      doc('jadwal', 'Sesi klub buku dimulai pukul 19.00 di perpustakaan kota.'),
      doc('panjang', 'Panjang rute jalan sehat tahun ini lima kilometer.'),
    ],
    { lexicon: loadLexicon() },
  );
  const marked = (q: string, docId: string) => {
    const r = lib.ask(q).results.find((x) => x.docId === docId)!;
    return r.highlights.map(([s, e]) => r.text.slice(s, e));
  };

  it('"when does the book club begin" marks "dimulai" beside "klub buku"', () => {
    expect(marked('when does the book club begin?', 'jadwal')).toEqual(['klub', 'buku', 'dimulai']);
  });

  it('"what was the length of the walk route" marks "Panjang"', () => {
    expect(marked('what was the length of the walk route?', 'panjang')).toContain('Panjang');
  });

  it('an Indonesian question marks no stopword: "kapan klub buku mulai" marks "klub buku" only', () => {
    expect(marked('kapan klub buku mulai?', 'jadwal')).toEqual(['klub', 'buku']);
  });
});
