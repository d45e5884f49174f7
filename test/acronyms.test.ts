import { describe, expect, it } from 'vitest';
import { capitalisedRuns, findAcronyms, initialsForm, initialsOf, isInitialism, longForm } from '../src/engine/acronyms.ts';
import { Library } from '../src/engine/library.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { CorpusDocument, Passage } from '../src/engine/types.ts';
import { shippedCorpus } from './shipped-corpus.ts';
import { writeUp } from './write-up.ts';

describe('findAcronyms (definitions the corpus writes as "long form (SHORT)")', () => {
  it('reads initialisms, with joining words inside the long form', () => {
    expect(findAcronyms('Menurut Badan Pusat Statistik (BPS), jumlah penganggur naik.')).toEqual([
      { short: 'BPS', long: 'Badan Pusat Statistik' },
    ]);
    expect(findAcronyms('Kepala Badan Pengkajian dan Penerapan Teknologi (BPPT) hadir.')).toEqual([
      { short: 'BPPT', long: 'Badan Pengkajian dan Penerapan Teknologi' },
    ]);
  });

  it('reads acronyms built from syllables, and short forms with a plus sign', () => {
    expect(findAcronyms('Televisi Republik Indonesia (TVRI) mengudara pada 1962.')).toEqual([
      { short: 'TVRI', long: 'Televisi Republik Indonesia' },
    ]);
    expect(findAcronyms('Digelar oleh CCTV Video News Agency (CCTV+), bagian dari China Media Group (CMG).')).toEqual([
      { short: 'CCTV+', long: 'CCTV Video News Agency' },
      { short: 'CMG', long: 'China Media Group' },
    ]);
  });

  it('takes initials before letters from inside words', () => {
    // The letter walk alone would take the first K from inside "Kedokteran" and drop "Konsil".
    expect(findAcronyms('Konsil Kedokteran Indonesia (KKI) merupakan badan otonom.')).toEqual([
      { short: 'KKI', long: 'Konsil Kedokteran Indonesia' },
    ]);
  });

  it('ignores glosses, one-word explanations and brackets whose letters the words before cannot spell', () => {
    expect(findAcronyms('jahe dikenal dengan jahe (Sunda) dan spons (Porifera).')).toEqual([]);
    expect(findAcronyms('Roy Glauber (80) dan John Hall (71) dari AS.')).toEqual([]);
    expect(findAcronyms('kecerdasan buatan (AI) dalam bidang media')).toEqual([]);
    // A long form never spans a clause: "Tionghoa: 张鸿南) ..." style fragments are not definitions.
    expect(findAcronyms('Kata mereka: "Kami datang" (KD) kemarin.')).toEqual([]);
  });

  it('does not reach across a comma when letters come from inside words, nor keep a comma at the end', () => {
    // PDPA is the English initials of the party; the letter walk would reach back into the date before the comma.
    expect(findAcronyms('Pada bulan April 1978, Partai Demokrasi Rakyat Afganistan (PDPA) berkuasa.')).toEqual([]);
    expect(findAcronyms('Alat itu memakai Nuclear Magnetic Resonance, (NMR) untuk memindai.')).toEqual([
      { short: 'NMR', long: 'Nuclear Magnetic Resonance' },
    ]);
    // Initials may span a comma: a list inside a name.
    expect(findAcronyms('Ia kuliah di School of Water, Energy and Environment (SWEE) di Inggris.')).toEqual([
      { short: 'SWEE', long: 'School of Water, Energy and Environment' },
    ]);
  });


  it('survives brackets with nothing or only space before them', () => {
    for (const text of ['(AB) di awal', '   (ABC) lagi', 'baris\n(AB)', '((AB))', '(AB)(CD)(EF)']) {
      expect(findAcronyms(text)).toEqual([]);
    }
  });

  it('examines a bounded number of brackets per text, so a file full of them cannot slow the index build down', () => {
    const flood = 'Alpha Beta (AB) '.repeat(100);
    expect(findAcronyms(flood)).toHaveLength(32);
    expect(findAcronyms(flood)[0]).toEqual({ short: 'AB', long: 'Alpha Beta' });
  });
});

describe('initialsForm and longForm', () => {
  it('initialsForm spells the short form with word initials, skipping lower-case joining words', () => {
    expect(initialsForm('PLTA', 'membangun Pembangkit Listrik Tenaga Air')).toBe('Pembangkit Listrik Tenaga Air');
    expect(initialsForm('BPPT', 'Kepala Badan Pengkajian dan Penerapan Teknologi')).toBe('Badan Pengkajian dan Penerapan Teknologi');
    expect(initialsForm('TVRI', 'Televisi Republik Indonesia')).toBeNull();
  });

  it('longForm finds every letter right to left, the first at a word start', () => {
    expect(longForm('TVRI', 'stasiun Televisi Republik Indonesia')).toBe('Televisi Republik Indonesia');
    expect(longForm('XYZ', 'Badan Pusat Statistik')).toBeNull();
    // Offsets stay right when lower-casing would change a string's length ("İ" → two units).
    expect(longForm('IAS', 'di İstanbul Art School')).toBe('İstanbul Art School');
  });
});

describe('capitalisedRuns (names a write-up spells out, for acronyms it never writes)', () => {
  it('reads runs of three capitalised words or more, short joining words inside them', () => {
    expect(capitalisedRuns('Merayakan hari lahir Republik Rakyat Tiongkok ke-75, China Global Television Network, bagian dari CMG.')).toEqual([
      ['Republik', 'Rakyat', 'Tiongkok'],
      ['China', 'Global', 'Television', 'Network'],
    ]);
    expect(capitalisedRuns('Hasil uji Badan Pengawas Obat dan Makanan keluar.')).toEqual([['Badan', 'Pengawas', 'Obat', 'dan', 'Makanan']]);
    expect(capitalisedRuns('Ia bekerja di Bank of the West Coast lalu di Institut für Rundfunktechnik München.')).toEqual([
      ['Bank', 'of', 'the', 'West', 'Coast'],
      ['Institut', 'für', 'Rundfunktechnik', 'München'],
    ]);
  });

  it('ends a run at punctuation, a line end, a number, an acronym or a longer lower-case word', () => {
    expect(capitalisedRuns('Gedung Putih, Scott McClellan Junior')).toEqual([['Scott', 'McClellan', 'Junior']]);
    // A short Indonesian content word is no joining word: "Hasil uji Badan …" is no name of "Hasil".
    expect(capitalisedRuns('Hasil uji Badan Pusat Statistik')).toEqual([['Badan', 'Pusat', 'Statistik']]);
    expect(capitalisedRuns('Kebun Raya\nBogor Timur')).toEqual([]);
    expect(capitalisedRuns('Presiden Joko Widodo mengunjungi Jawa Barat Selatan')).toEqual([['Presiden', 'Joko', 'Widodo'], ['Jawa', 'Barat', 'Selatan']]);
    // An acronym's first letter does not stand for it: "PT" is left out, "IPCC" ends the run.
    expect(capitalisedRuns('saham PT Bank Central Asia naik')).toEqual([['Bank', 'Central', 'Asia']]);
    expect(capitalisedRuns('sesi Kelompok Kerja IPCC dan IPCC')).toEqual([]);
    // Words written all in capitals are acronyms to the reader, a name so written included: in capitals the two
    // cannot be told apart, and such runs are mostly strings of acronyms, whose initials are no name's.
    expect(capitalisedRuns('surat dari KEMENTERIAN KOMUNIKASI DAN INFORMATIKA tiba')).toEqual([]);
    expect(capitalisedRuns('anggota BP DPR DIY hadir')).toEqual([]);
    // Trailing joining words are not part of the name; more than two in a row end it.
    expect(capitalisedRuns('oleh Dewan Kesenian Jakarta dan di kota')).toEqual([['Dewan', 'Kesenian', 'Jakarta']]);
  });

  it("reads a run that opens a sentence also without the sentence's first word", () => {
    expect(capitalisedRuns('Menurut Badan Pusat Statistik, ekspor naik.')).toEqual([
      ['Menurut', 'Badan', 'Pusat', 'Statistik'],
      ['Badan', 'Pusat', 'Statistik'],
    ]);
    // A heading in title case is no name: more capitals than an acronym read from initials may have.
    expect(capitalisedRuns('Laporan Tahunan Forum Media Dan Budaya Asia Pasifik Tahun Ini')).toEqual([]);
    // Inside a sentence a capitalised word is part of the name as written.
    expect(capitalisedRuns('kata Kepala Badan Pusat Statistik.')).toEqual([['Kepala', 'Badan', 'Pusat', 'Statistik']]);
  });

  it('spells initials in capitals, skipping joining words', () => {
    expect(initialsOf(['China', 'Global', 'Television', 'Network'])).toBe('CGTN');
    expect(initialsOf(['Badan', 'Pengawas', 'Obat', 'dan', 'Makanan'])).toBe('BPOM');
    expect(initialsOf(['Éditions', 'Gallimard', 'Paris'])).toBe('ÉGP');
  });

  it('reads only three to eight capitals typed alone as initials', () => {
    expect(['CGTN', 'BPOM', 'UGM'].every(isInitialism)).toBe(true);
    expect(['TV', 'Cgtn', 'cgtn', 'G20X', 'ABCDEFGHI', 'K-POP'].some(isInitialism)).toBe(false);
  });
});

function passages(texts: string[]): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title: 'Doc', paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

/** The long forms a question's word was read as from initials. */
const guessed = (index: SearchIndex, q: string) =>
  index.analyze(q).flatMap((g) => g.alternatives.filter((a) => a.guessed).map((a) => `${g.word}=${a.surface.join(' ')}`));

describe('acronyms the corpus never writes, read from initials', () => {
  const forum = [
    'China Global Television Network meluncurkan program "China Up Close" untuk pemirsa internasional.',
    'Program drama dan dokumenter juga diluncurkan pada forum yang sama.',
    'Hasil uji Badan Pengawas Obat dan Makanan diumumkan pekan lalu.',
  ];

  it('reads an all-capitals question word no passage has as the run of capitalised words it spells', () => {
    const index = new SearchIndex(passages(forum), { lexicon: null });
    expect(guessed(index, 'Program apa yang diluncurkan CGTN?')).toEqual(['cgtn=china global television network']);
    expect(index.search('Program apa yang diluncurkan CGTN?', 3).hits[0]!.passage.id).toBe('p#1');
    // Joining words are skipped, and not part of the evidence either.
    expect(guessed(index, 'Kapan hasil uji BPOM diumumkan?')).toEqual(['bpom=badan pengawas obat makanan']);
  });

  it('leaves alone a word the corpus writes, an acronym it defines, two letters, and a word not typed in capitals', () => {
    const index = new SearchIndex(
      passages([...forum, 'Siaran CGTN ditonton luas.', 'Menurut Badan Pusat Statistik (BPS), ekspor naik.', 'Program Dokumenter Terbaru ditayangkan.']),
      { lexicon: null },
    );
    expect(guessed(index, 'Program apa yang diluncurkan CGTN?')).toEqual([]);
    expect(guessed(index, 'Berapa ekspor menurut BPS?')).toEqual([]);
    expect(guessed(index, 'Kapan Hasil Uji BPOM diumumkan?')).toEqual(['bpom=badan pengawas obat makanan']);
    expect(guessed(index, 'Apa itu GT?')).toEqual([]);
    expect(guessed(index, 'apa itu pdt?')).toEqual([]);
  });

  it('reads none of several names with the same initials: the corpus does not say which is meant', () => {
    const index = new SearchIndex(passages([...forum, 'Kantor Central Georgia Technical Network tutup.']), { lexicon: null });
    expect(guessed(index, 'Program apa yang diluncurkan CGTN?')).toEqual([]);
    // The same name written again, here after a sentence's first word, is one name.
    const twice = new SearchIndex(passages([...forum, 'Menurut China Global Television Network, siaran itu ditonton luas.']), { lexicon: null });
    expect(guessed(twice, 'Program apa yang diluncurkan CGTN?')).toEqual(['cgtn=china global television network']);
  });
});

function doc(id: string, title: string, body: string, date: string): CorpusDocument {
  return writeUp({ id, title, body, date });
}

const marked = (r: { text: string; highlights: Array<[number, number]> }) => r.highlights.map(([s, e]) => r.text.slice(s, e));

describe('an acronym read from initials, asked end to end', () => {
  it('on the shipped corpus, "CGTN" is the China Global Television Network its write-up spells out, marked where it stands whole', async () => {
    const library = await Library.open(shippedCorpus());
    for (const question of ['What program did CGTN launch?', 'Program apa yang diluncurkan CGTN?']) {
      const answer = library.ask(question, { top: 1 });
      expect(answer.answered).toBe(true);
      const best = answer.results[0]!;
      expect(best.paragraph).toBe(7);
      expect(marked(best).slice(0, 4)).toEqual(['China', 'Global', 'Television', 'Network']);
      // "China" of "China Up Close" is not the name asked about.
      expect(marked(best).filter((w) => w === 'China')).toHaveLength(1);
    }
  });

  it("names what the question names only where the write-up has the whole long form, not one of its words", () => {
    const library = Library.fromDocuments(
      [
        doc('satelit', 'Peluncuran Satelit Nusantara', 'Lembaga antariksa Indonesia meluncurkan satelit cuaca baru pada malam hari.', '2024-03-10'),
        doc('kongres', 'Kongres Partai 2024', 'Partai Demokrasi Indonesia menggelar kongres di Surabaya.', '2024-05-10'),
      ],
      { lexicon: null },
    );
    // The satellite write-up says "Indonesia", not Partai Demokrasi Indonesia: it is no answer about PDI.
    expect(library.ask('Satelit cuaca apa yang diluncurkan PDI?').answered).toBe(false);
    const congress = library.ask('Di mana PDI menggelar kongres?', { top: 1 });
    expect(congress.answered).toBe(true);
    expect(congress.results[0]!.docId).toBe('kongres');
  });
});
