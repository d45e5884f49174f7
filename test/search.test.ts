import { describe, expect, it } from 'vitest';
import { createLexicon } from '../src/engine/lexicon.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { Passage } from '../src/engine/types.ts';

function passages(texts: string[], title = 'Doc'): Passage[] {
  return texts.map((text, i) => ({
    id: `p#${i + 1}`, docId: 'p', title, paragraph: i + 1, part: 1, parts: 1, text,
    start: 0, end: text.length, date: null, source: null, url: null, lang: 'id',
  }));
}

const top = (index: SearchIndex, q: string) => index.search(q, 5).hits.map((h) => h.passage.id);
/** Words no question below asks about, to place the words that matter. */
const filler = (n: number) => 'pohon '.repeat(n);

describe('SearchIndex ranking', () => {
  it('prefers a passage that matches more of the question over one that repeats a single word', () => {
    const index = new SearchIndex(
      passages([
        'Festival festival festival festival festival yang meriah sekali.',
        'Festival musim semi dirayakan di kota pelabuhan Quanzhou.',
        'Cuaca hari ini cerah dan berangin.',
      ]),
      { lexicon: null },
    );
    expect(top(index, 'festival musim semi Quanzhou')[0]).toBe('p#2');
  });

  it('keeps numbers, ordinals and calendar words as content: they tell one event from another', () => {
    const meetups = [1, 2, 3, 9].map((n) => `Meetup #${n} membahas topik yang berbeda setiap bulan bersama anggota komunitas.`);
    const days = [
      'Pada hari pertama forum, Budi Santoso membuka acara dengan pidato utama.',
      'Pada hari kedua forum, Sarah Whitfield memimpin lokakarya data terbuka.',
      'Forum ditutup dengan makan malam bersama seluruh peserta dan panitia.',
    ];
    const index = new SearchIndex(passages([...meetups, ...days]), { lexicon: createLexicon({}) });
    expect(top(index, 'meetup #3')[0]).toBe('p#3');
    expect(top(index, 'meetup ke-3')[0]).toBe('p#3');
    expect(top(index, 'meetup #9')[0]).toBe('p#4');
    expect(top(index, 'siapa pembicara hari kedua forum')[0]).toBe('p#6');
    expect(top(index, 'siapa pembicara hari pertama forum')[0]).toBe('p#5');
  });

  it('counts how many of the question\'s words a passage matched, each once whatever form matched it', () => {
    const index = new SearchIndex(
      passages(['Satelit diluncurkan pemerintah.', 'Pemerintah mengumumkan peluncuran satelit baru.', 'Cuaca cerah.']),
      { lexicon: null },
    );
    const matched = Object.fromEntries(index.search('peluncuran satelit pemerintah', 5).hits.map((h) => [h.passage.id, h.matched]));
    // p#1 has "peluncuran" only as a related form (diluncurkan): still one of the three words.
    expect(matched).toEqual({ 'p#1': 3, 'p#2': 3 });
    expect(index.search('satelit hujan', 5).hits.map((h) => h.matched)).toEqual([1, 1]);
  });

  it('counts the words a passage matched only through a translation', () => {
    const index = new SearchIndex(passages(['Satelit diluncurkan pemerintah.', 'Cuaca cerah.']), {
      lexicon: createLexicon({ satellite: ['satelit'], government: ['pemerintah'] }),
    });
    const [hit] = index.search('satellite launch pemerintah', 5).hits;
    expect([hit!.matched, hit!.translated]).toEqual([2, 1]);
  });

  it('ranks the exact word above a passage with only a related form (stem)', () => {
    const index = new SearchIndex(passages(['Pemerintah mengumumkan peluncuran satelit.', 'Satelit diluncurkan pemerintah kemarin.']), { lexicon: null });
    expect(top(index, 'peluncuran satelit')[0]).toBe('p#1');
    // ...and still finds the related form.
    expect(top(index, 'peluncuran satelit')).toContain('p#2');
  });

  it('rewards question words standing close together', () => {
    // Same words, same length, both beyond the opening words: only the distance between them differs.
    const index = new SearchIndex(
      passages([`${filler(20)} jalur ${filler(20)} sutra ${filler(20)}`, `${filler(20)} ${filler(20)} jalur sutra ${filler(20)}`]),
      { lexicon: null },
    );
    expect(top(index, 'jalur sutra')[0]).toBe('p#2');
  });

  it('prefers the passage whose opening word is the question\'s subject, the earlier the better', () => {
    // p#1 and p#3: same words, same length; the subject opens p#3 and is p#1's eighth word. p#2 has it at word 31.
    const index = new SearchIndex(
      passages([`${filler(7)}banjir ${filler(3)}`, `${filler(30)}banjir ${filler(3)}`, `banjir ${filler(10)}`]),
      { lexicon: null },
    );
    const order = index.search('apa itu banjir', 5).hits.map((h) => h.passage.id);
    expect(order).toEqual(['p#3', 'p#1', 'p#2']);
  });

  it('does not stem names inside a sentence, but stems a capitalised word that opens one', () => {
    const index = new SearchIndex(passages(['Kota Kediri ramai sekali.', 'Peluncuran satelit berjalan lancar.']), { lexicon: null });
    // "Kediri" would stem to "diri" (self): as a name it is indexed only as written.
    expect(top(index, 'diri')).toEqual([]);
    expect(top(index, 'Kediri')).toEqual(['p#1']);
    // "Peluncuran" starts its sentence: an ordinary word, stemmed to "luncur".
    expect(top(index, 'luncur')).toEqual(['p#2']);
  });

  it('stems a capitalised word inside a sentence when the corpus also writes it in lower case', async () => {
    const texts = ['Menurut Peraturan Pemerintah itu, pajak naik.', 'Ada peraturan lain tentang pajak.', 'Kota Kediri ramai sekali.'];
    // "Peraturan" in "Peraturan Pemerintah" is a common word in a name's capitals: the corpus writes "peraturan" too,
    // so it is stemmed ("atur") like the lower-case one. "Kediri" is never written in lower case: a name, unstemmed.
    for (const index of [new SearchIndex(passages(texts), { lexicon: null }), await SearchIndex.build(passages(texts), { lexicon: null }, 1)]) {
      expect(top(index, 'mengatur').sort()).toEqual(['p#1', 'p#2']);
      expect(top(index, 'diri')).toEqual([]);
    }
  });

  it('forgives a typo in a long word', () => {
    const index = new SearchIndex(passages(['Kota pelabuhan Quanzhou di Tiongkok.', 'Kota lain di Eropa.']), { lexicon: null });
    expect(top(index, 'Quanzou')[0]).toBe('p#1');
  });

  it('finds Indonesian loanword spellings of English words the lexicon lacks', () => {
    const index = new SearchIndex(passages(['Inisiatif bersama diumumkan oleh organisasi media.', 'Cuaca cerah.']), {
      lexicon: createLexicon({}),
    });
    const result = index.search('Which organization announced the initiative?', 5);
    expect(result.hits[0]?.passage.id).toBe('p#1');
    expect([...result.hits[0]!.terms.keys()]).toEqual(expect.arrayContaining(['inisiatif', 'organisasi']));
  });

  it('does not translate Indonesian questions', () => {
    const index = new SearchIndex(passages(['Program televisi baru.']), { lexicon: createLexicon({ program: ['acara'] }) });
    expect(index.analyze('Apa program yang diluncurkan?').every((g) => g.alternatives.length === 0)).toBe(true);
  });

  it('finds the long form of an acronym the corpus defines, and the acronym of a long form the question spells out', () => {
    const index = new SearchIndex(
      passages([
        'Menurut Badan Pusat Statistik (BPS), ekspor naik.',
        'Badan Pusat Statistik memperkirakan jumlah penganggur terdidik akan bertambah.',
        'Data BPS menunjukkan jumlah penganggur turun di desa.',
        'Jumlah penganggur di kota bertambah, kata wali kota.',
      ]),
      { lexicon: null },
    );
    // "BPS" typed as an acronym also finds the passage that only spells it out...
    expect(top(index, 'Berapa jumlah penganggur menurut BPS?').slice(0, 2).sort()).toEqual(['p#2', 'p#3']);
    expect([...index.search('penganggur BPS', 5).hits.find((h) => h.passage.id === 'p#2')!.terms.keys()]).toContain('statistik');
    // ...and the spelled-out name finds the passage that only uses the acronym.
    expect(top(index, 'jumlah penganggur Badan Pusat Statistik')).toContain('p#3');
    // Typed in lower case it is a word like any other: no expansion.
    expect(index.analyze('bps').every((g) => g.alternatives.length === 0)).toBe(true);
  });

  it("credits a compound's parts by their share of it: all of them count as the whole, one alone as its share", () => {
    const index = new SearchIndex(
      passages(['Kerja sama Asia-Pasifik makin erat.', 'Kerja sama Asia dan Pasifik makin erat.', 'Kerja sama Asia makin erat.', 'Pasar ikan ramai.', 'Pasifik luas.']),
      { lexicon: null },
    );
    const coverage = (id: string) => index.search('Asia-Pasifik', 10).hits.find((h) => h.passage.id === id)?.coverage ?? 0;
    expect(coverage('p#1')).toBeCloseTo(1, 5);
    expect(coverage('p#2')).toBeCloseTo(1, 5);
    // "Asia" is in three passages, "Pasifik" in three: each part is about half of the compound.
    expect(coverage('p#3')).toBeGreaterThan(0.3);
    expect(coverage('p#3')).toBeLessThan(0.7);
  });

  it("adds up a compound's parts found through their translations, as it does for the parts as written", () => {
    const index = new SearchIndex(passages(['Saudara saya datang kemarin.', 'Kota ini ramai sekali.', 'Bandung menjadi kota saudara Braunschweig.']), {
      lexicon: createLexicon({ sister: ['saudara'], city: ['kota'] }),
    });
    const coverage = (id: string) => index.search('Which is the sister-city of Bandung?', 5).hits.find((h) => h.passage.id === id)?.coverage ?? 0;
    expect(coverage('p#3')).toBeGreaterThan(coverage('p#1') + 0.1);
    expect(coverage('p#3')).toBeGreaterThan(coverage('p#2') + 0.1);
    expect(top(index, 'sister-city')[0]).toBe('p#3');
  });

  it('knows an acronym written with full stops as a question writes it', () => {
    const index = new SearchIndex(passages(['Kanjeng Pangeran Harya (K.P.H.) memimpin upacara itu.']), { lexicon: null });
    const [group] = index.analyze('Siapa K.P.H. itu?');
    expect(group!.alternatives.map((a) => a.surface)).toEqual([['kanjeng', 'pangeran', 'harya']]);
  });

  it('keeps an acronym the corpus defines even when it spells a stopword (WHO, AS, IT)', () => {
    const index = new SearchIndex(
      passages([
        'Presiden Prancis berkunjung ke Jakarta pekan lalu.',
        'Presiden Amerika Serikat (AS) berkunjung ke Jakarta pekan lalu.',
        'World Health Organization (WHO) adalah badan kesehatan dunia.',
      ]),
      { lexicon: null },
    );
    expect(top(index, 'Kapan presiden AS berkunjung?')[0]).toBe('p#2');
    expect(top(index, 'Apa itu WHO?')).toEqual(['p#3']);
    // Typed in lower case, or in a question all in capitals, "as" and "who" are the stopwords they look like.
    expect(index.analyze('who as')).toEqual([]);
    expect(index.analyze('WHO IS THE PRESIDENT OF AS').map((g) => g.word)).toEqual(['president']);
    // An acronym that is not a stopword expands however the question is typed, alone or in capitals.
    const bps = new SearchIndex(passages(['Menurut Badan Pusat Statistik (BPS), ekspor naik.', 'Badan Pusat Statistik mencatat impor.']), { lexicon: null });
    for (const q of ['BPS', 'APA ITU BPS?']) expect(top(bps, q).sort()).toEqual(['p#1', 'p#2']);
  });

  it('finds an acronym that spells a stopword in the passages that write it in capitals (AS, IT, WHO)', () => {
    const texts = [
      'Dubes PBB dari Prancis menanggapi laporan itu dengan keras.',
      'Dubes AS untuk PBB John Bolton menanggapi laporan itu dengan keras.',
      'Laporan itu disusun as soon as possible oleh tim PBB.',
    ];
    // Defined by the corpus or not, "AS" is what the question asks about, and the passage that writes it has it.
    for (const corpus of [texts, [...texts, 'Amerika Serikat (AS) dan Uni Eropa melansir peringatan keras.']]) {
      const index = new SearchIndex(passages(corpus), { lexicon: null });
      expect(top(index, 'Siapa Dubes AS untuk PBB?')[0]).toBe('p#2');
    }
    // Written in lower case, "as" is the stopword it looks like: in a passage it is no acronym to find.
    const lower = new SearchIndex(passages([texts[0]!, texts[2]!]), { lexicon: null });
    expect(lower.analyze('Siapa Dubes AS untuk PBB?').map((g) => g.word)).toEqual(['dubes', 'pbb']);
    // Nor is a heading all in capitals made of acronyms.
    const heading = new SearchIndex(passages(['LAPORAN AS IT IS\nDubes Prancis untuk PBB menanggapi laporan itu.']), { lexicon: null });
    expect(heading.analyze('Dubes AS?').map((g) => g.word)).toEqual(['dubes']);
  });

  it('reads an Indonesian question word typed in capitals as emphasis, not as an acronym ("SIAPA pemenang lomba?")', () => {
    // A corpus that shouts "untuk SIAPA SAJA" indexed "SIAPA" as an acronym, and a question that stressed its
    // question word then asked for it: the winner's passage fell to 0.65 of the question and tied with the shout.
    const index = new SearchIndex(
      passages(['Pemenang lomba foto adalah Rina dari Bandung.', 'Pendaftaran GRATIS dan terbuka untuk SIAPA SAJA.', filler(8)]),
      { lexicon: null },
    );
    expect(index.analyze('SIAPA pemenang lomba?').map((g) => g.word)).toEqual(['pemenang', 'lomba']);
    const best = index.search('SIAPA pemenang lomba?', 3).hits[0]!;
    expect(best.passage.id).toBe('p#1');
    expect(best.coverage).toBe(1);
    // Nor is a longer stopword in capitals: "TIDAK" is stressed, and the passage that says "tidak" answers.
    const stressed = new SearchIndex(
      passages(['Tiket meetup ini tidak gratis: Rp50.000.', 'Pengumuman: TIDAK ADA meetup bulan Juli.', filler(8)]),
      { lexicon: null },
    );
    expect(stressed.analyze('apakah tiket meetup TIDAK gratis?').map((g) => g.word)).toEqual(['tiket', 'meetup', 'gratis']);
    // An acronym that is an English question word stays one: "WHO" is the World Health Organization.
    const who = new SearchIndex(passages(['Laporan WHO tentang malaria terbit kemarin.', filler(8)]), { lexicon: null });
    expect(who.analyze('Kapan laporan WHO terbit?').map((g) => g.word)).toContain('who');
  });

  it('does not take a word whose stem spells the acronym for it ("asing", foreign, is not "AS")', () => {
    // Porter strips "-ing" from "asing" to "as": indexed beside the word, that stem was the "AS" a question asked
    // about, and "investor AS" was answered, in full, by a passage about foreign investors.
    const index = new SearchIndex(
      passages(['Investor asing menanam modal di Jakarta tahun ini.', 'Dubes AS untuk PBB menanggapi laporan itu.', filler(8)]),
      { lexicon: null },
    );
    const hits = index.search('Berapa investor AS di Jakarta?', 5).hits;
    expect([...hits.find((h) => h.passage.id === 'p#1')!.terms.keys()].sort()).toEqual(['investor', 'jakarta']);
    expect(hits.find((h) => h.passage.id === 'p#1')!.coverage).toBeLessThan(1);
    // Nor the other way round: "asing" asked is not found in the passage that writes "AS".
    expect(top(index, 'investor asing')).toEqual(['p#1']);
    // With no "AS" in the corpus, the question's "AS" is no question word at all.
    const foreign = new SearchIndex(passages(['Investor asing menanam modal di Jakarta tahun ini.']), { lexicon: null });
    expect(foreign.analyze('Berapa investor AS di Jakarta?').map((g) => g.word)).toEqual(['investor', 'jakarta']);
  });

  it('credits a long form only as far as the passage has it', () => {
    const index = new SearchIndex(
      passages([
        'Televisi Republik Indonesia (TVRI) mengudara pada tanggal 24 Agustus 1962.',
        'Percetakan Negara Republik Indonesia berdiri sejak zaman Belanda.',
        'Stasiun Televisi Republik Indonesia mengudara pertama kali.',
      ]),
      { lexicon: null },
    );
    const coverage = (id: string) => index.search('Kapan TVRI mengudara?', 5).hits.find((h) => h.passage.id === id)?.coverage ?? 0;
    // The whole long form counts as the acronym; "Republik Indonesia" alone hardly does.
    expect(coverage('p#3')).toBeCloseTo(coverage('p#1'), 5);
    expect(coverage('p#2')).toBeLessThan(coverage('p#3') / 2);
  });

  it('says how much coverage the corpus could give at best: less for words it has only through translations', () => {
    const index = new SearchIndex(passages(['Kota pelabuhan itu ramai.', 'Hujan turun.']), {
      lexicon: createLexicon({ harbour: ['pelabuhan'], city: ['kota'] }),
    });
    expect(index.search('kota pelabuhan').attainable).toBe(1);
    expect(index.search('harbour city').attainable).toBeCloseTo(0.7, 5);
    // A word neither the corpus nor the lexicon knows is attainable in full: its absence is what counts.
    const mixed = index.search('harbour city zanzibar');
    expect(mixed.attainable).toBeGreaterThan(0.7);
    expect(mixed.attainable).toBeLessThan(1);
  });

  it('counts an English word in full when the corpus has none of its translations: its absence is what counts', () => {
    const index = new SearchIndex(passages(['Kota pelabuhan itu ramai.', 'Hujan turun.']), {
      lexicon: createLexicon({ harbour: ['pelabuhan'], cost: ['biaya', 'ongkos'] }),
    });
    // "cost" → biaya/ongkos, neither in the corpus: as attainable as the Indonesian "biaya" would be...
    expect(index.search('cost').attainable).toBe(1);
    // ...while "harbour", which the corpus has only through its translation, is attainable at 0.7 of its weight.
    const [harbour, cost] = index.analyze('harbour cost').map((g) => g.weight) as [number, number];
    expect(index.search('harbour cost').attainable).toBeCloseTo((0.7 * harbour + cost) / (harbour + cost), 5);
  });

  it('reads a question word with the particle -kah, -tah, -lah or -pun as the word itself', () => {
    const index = new SearchIndex(
      passages(['Sebanyak 300 orang hadir di forum itu.', 'Forum dibuka menteri.', 'Murid sekolah itu berlatih langkah tari.']),
      { lexicon: null },
    );
    const view = (q: string) => index.search(q, 5).hits.map((h) => [h.passage.id, h.score, h.coverage]);
    // "orangkah" is "orang" asked about: without the particle stripped it weighed as a word the corpus lacks.
    expect(index.analyze('Berapa orangkah yang hadir?')).toEqual(index.analyze('Berapa orang yang hadir?').map((g) => (g.word === 'orang' ? { ...g, word: 'orangkah' } : g)));
    expect(view('Berapa orangkah yang hadir?')).toEqual(view('Berapa orang yang hadir?'));
    // A particle on a stopword leaves nothing to search for; words the corpus has that merely end so stay whole.
    expect(index.analyze('adakah merekapun').length).toBe(0);
    expect(index.analyze('sekolah langkah').map((g) => g.surface)).toEqual([['sekolah'], ['langkah']]);
    // The possessive too: "forumnya" is the forum.
    expect(index.analyze('forumnya').map((g) => g.surface)).toEqual([['forum']]);
    // A word of its own that only ends like one is kept, even when the corpus lacks it and the rest is a
    // stopword ("makalah" is not "maka" + -lah): it counts as a word the corpus lacks.
    expect(index.analyze('makalah bangku').map((g) => g.surface)).toEqual([['makalah'], ['bangku']]);
  });

  it('weighs a word it cannot interpret at all below a real word the corpus lacks', () => {
    const index = new SearchIndex(passages(['Festival musim semi.']), { lexicon: null });
    const groups = index.analyze('festival bensin qzxvbn');
    const weight = (w: string) => groups.find((g) => g.word === w)!.weight;
    // "bensin" is an Indonesian word (so its absence is informative); "qzxvbn" is nothing at all.
    expect(weight('bensin')).toBeGreaterThan(weight('qzxvbn'));
    expect(weight('festival')).toBeLessThan(weight('bensin'));
  });
});

describe('SearchIndex.suggest (autocomplete)', () => {
  const index = new SearchIndex(
    passages(['CMG meluncurkan program "China Up Close" bersama China Global Television Network.', 'Festival Spring Festival Gala sejak 1983.'], 'Forum Media 2024'),
    { lexicon: null },
  );

  it('offers what was typed first, then completes its last word with named things from the corpus', () => {
    const choices = index.suggest('what is chi');
    expect(choices[0]).toBe('what is chi');
    expect(choices).toContain('what is China Up Close');
    expect(choices).toContain('what is China Global Television Network');
  });

  it('with nothing typed, lists titles and names; never more than the limit or 100 characters', () => {
    expect(index.suggest('')).toContain('Forum Media 2024');
    expect(index.suggest('', 2)).toHaveLength(2);
    for (const c of index.suggest('x'.repeat(150))) expect(c.length).toBeLessThanOrEqual(100);
  });

  it('names only what stands together on one line within a sentence', () => {
    const other = new SearchIndex(
      passages(['Meetup diadakan di Technopark Cimahi. Hadir sekitar 40 orang.', '# Kode Etik Komunitas\n\nSemua anggota wajib hadir.']),
      { lexicon: null },
    );
    expect(other.suggest('cimahi')).toContain('Technopark Cimahi');
    expect(other.suggest('cimahi').some((c) => c.includes('Hadir'))).toBe(false);
    expect(other.suggest('kode').some((c) => c.includes('Semua'))).toBe(false);
  });

  it('never offers a shortened question: a long question is not offered back, and is never cut', () => {
    const long = `${'what did the forum say about media cooperation '.repeat(3)}chi`;
    expect(long.length).toBeGreaterThan(100);
    const choices = index.suggest(long);
    expect(choices.some((c) => long.startsWith(c.replace(/…$/u, '')) && c !== long)).toBe(false);
    for (const c of choices) expect(c.endsWith('…')).toBe(false);
  });
});
