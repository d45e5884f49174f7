// Autocomplete for /ask as a member meets it: on the write-up the repository ships and on a folder of several
// write-ups in both languages (test/fixtures/corpus/autocomplete). Each choice is a whole question.
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { shippedCorpus } from './shipped-corpus.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/corpus/autocomplete/', import.meta.url));

let forum: Library;
let several: Library;
beforeAll(async () => {
  forum = await Library.open(shippedCorpus());
  several = await Library.open(FIXTURE);
});

/** Where `choice` stands among the choices for `typed` (-1: not offered). */
const rank = (library: Library, typed: string, choice: string) => library.suggest(typed, 25).indexOf(choice);

describe('a name listed with "dan" and its parts', () => {
  it('offers the whole name before a part of it that never stands alone', () => {
    // The shipped write-up: "… Membangun Dialog Media dan Kerja sama Global South", the run cut at "sama".
    const whole = rank(forum, 'apa itu dia', 'apa itu Membangun Dialog Media dan Kerja');
    const part = rank(forum, 'apa itu dia', 'apa itu Membangun Dialog Media');
    expect(whole).toBeGreaterThan(0);
    expect(part).toBeGreaterThan(whole);
    const wholeThere = rank(several, 'apa itu dia', 'apa itu Dialog Media dan Kerja');
    expect(wholeThere).toBeGreaterThan(0);
    expect(rank(several, 'apa itu dia', 'apa itu Dialog Media')).toBeGreaterThan(wholeThere);
  });
});

describe('a sentence opened by an English article or preposition', () => {
  it('starts no name with it: "In Jakarta, …" offers no "In Jakarta", "At Gedung Sate …" no "At Gedung Sate"', () => {
    const all = [...several.suggest('in', 25), ...several.suggest('in jak', 25), ...several.suggest('where is at', 25), ...several.suggest('the', 25)];
    for (const c of all) expect(c).not.toMatch(/\b(?:In|At|On|The) (?:Jakarta|Bandung|Gedung|Kebun|Sunday|Global)/u);
    // The name after it is still offered, as the write-up writes it.
    expect(several.suggest('where is ged', 25)).toContain('where is Gedung Sate');
    expect(several.suggest('who covered jak', 25)).toContain('who covered Jakarta Post');
  });
});

describe('what fits the rest of the question comes first', () => {
  it('"hari ke" offers "hari kedua" and "hari ketiga" before the names that start with "Ke"', () => {
    for (const typed of ['hari ke', 'apa yang dibahas pada hari ke']) {
      const choices = several.suggest(typed, 25);
      const head = typed.slice(0, -2);
      expect(choices.slice(1, 3)).toEqual([`${head}kedua`, `${head}ketiga`]);
      // A name is no completion of the ordinal phrase the write-ups write ("Hari kedua"): none is put after "hari".
      expect(choices).not.toContain(`${head}Kebun Raya Bogor`);
    }
    // Where no ordinal the corpus writes after the word starts so, names are offered as before.
    expect(several.suggest('hari keb', 25)).toContain('hari Kebun Raya Bogor');
  });

  it('"hari ke" offers no street name written after "hari" only across a sentence\'s end ("pagi hari. Kertajaya …")', () => {
    const doc = (id: string, title: string, body: string): CorpusDocument =>
      ({ id, title, body, excludedRanges: [], date: null, source: null, url: null, lang: 'id', file: `${id}.md`, line: null });
    const lib = Library.fromDocuments([
      doc('ws', 'Workshop Rust Tiga Hari', 'Hari pertama membahas ownership.\n\nHari kedua membahas trait dan generik.\n\nHari ketiga membahas async.'),
      doc('loc', 'Lokasi Kopdar', 'Kopdar diadakan di Jalan Kertajaya, Surabaya. Warung di Kertajaya buka sampai malam.\n\nParkir di Kertajaya terbatas, jadi datang pagi hari. Kertajaya ramai.'),
      doc('hut', 'Upacara', 'Upacara Hari Kemerdekaan diadakan di lapangan. Peserta upacara Hari Kemerdekaan memakai batik.'),
    ]);
    for (const typed of ['hari ke', 'apa yang dibahas hari ke']) {
      const choices = lib.suggest(typed, 25);
      const head = typed.slice(0, -2);
      expect(choices.slice(1, 4), typed).toEqual(expect.arrayContaining([`${head}kedua`, `${head}ketiga`]));
      expect(choices.some((c) => c.includes('Kertajaya')), typed).toBe(false);
      // A name that holds "hari" continues the typed words, in their place: still offered.
      expect(choices, typed).toContain(`${typed.slice(0, -'hari ke'.length)}Hari Kemerdekaan`);
    }
    // Typed further, the street is what the member means.
    expect(lib.suggest('hari kert', 25)).toContain('hari Kertajaya');
    expect(lib.suggest('di ke', 25)).toContain('di Kertajaya');
  });

  it('a name written in a passage with the question\'s other words, right after the word before it, before more mentioned ones', () => {
    // "Kebun Raya Bogor" is mentioned in two write-ups, "Kementerian Dalam Negeri" once, in the passage with "Pemateri".
    const choices = several.suggest('siapa pemateri dari ke', 25);
    // (The word the names start with leads them.)
    expect(choices.slice(1, 3)).toEqual(['siapa pemateri dari Kementerian', 'siapa pemateri dari Kementerian Dalam Negeri']);
    expect(choices.indexOf('siapa pemateri dari Kebun Raya Bogor')).toBeGreaterThan(1);
    // With nothing else to fit, the most mentioned name first, as before.
    expect(several.suggest('keb', 25).slice(1, 3)).toEqual(['Kebun', 'Kebun Raya Bogor']);
  });

  it('orders the shipped write-up\'s words by the question too, and the same way every time', () => {
    // "lahir" follows "hari" in the write-up; "Latin American Information Alliance" is named elsewhere.
    const choices = forum.suggest('kapan hari la', 25);
    expect(choices[1]).toBe('kapan hari lahir');
    expect(forum.suggest('kapan hari la', 25)).toEqual(choices);
  });
});

describe('what a member typing on the shipped write-up found odd', () => {
  it('a dash written as two hyphens ends a name: "Jalur Sutra Maritim--CMG" is no name, "CMG" completes alone', () => {
    for (const typed of ['siapa president cm', 'siapa president cmg', 'di mana international communication sea']) {
      for (const c of forum.suggest(typed, 25)) expect(c).not.toMatch(/--/u);
    }
    expect(forum.suggest('siapa president cm', 25)[1]).toBe('siapa president CMG');
    expect(forum.suggest('di mana international communication sea', 25)).toContain('di mana International Communication Season');
  });

  it('offers a question once, whatever the case: the name "Global South", not also "global South" for "global so"', () => {
    const choices = forum.suggest('what is global so', 25);
    expect(choices[1]).toBe('what is Global South');
    expect(choices.map((c) => c.toLowerCase()).filter((c) => c === 'what is global south')).toHaveLength(1);
    // What was typed stays first even when a choice differs from it only in case.
    expect(forum.suggest('apa itu global south', 25)).toEqual(['apa itu global south', 'apa itu Global South']);
  });
});

describe('what a member typing on several write-ups found odd', () => {
  it('completes a start to stopwords ("dan", "dari", "dengan") only after the words that say something', () => {
    for (const typed of ['d', 'who covered the first d']) {
      const choices = several.suggest(typed, 25);
      const head = typed.slice(0, -1);
      const stop = choices.indexOf(`${head}dan`);
      expect(stop).toBeGreaterThan(choices.indexOf(`${head}data`));
      expect(stop).toBeGreaterThan(choices.indexOf(`${head}desa`));
    }
  });

  it('does not offer a name for holding a joining word that starts like the typed one ("dan" for "d")', () => {
    expect(several.suggest('who covered the first d', 25)).not.toContain('who covered the first Kebun Raya Bogor dan Kedutaan Besar Jepang');
    expect(several.suggest('kapan d', 25)).not.toContain('kapan Kementerian Komunikasi dan Informatika');
  });
});

describe('a word that names start with', () => {
  it('comes just before the first of them: "indo" → "Indonesia", then "Indonesia Raya"; "what is chi" → "China"', () => {
    const choices = forum.suggest('what is chi', 25);
    expect(choices.slice(0, 3)).toEqual(['what is chi', 'what is China', 'what is China Up Close']);
    // One name starting with it is not enough: "Global South" is the name, "Global" comes after it.
    const glo = forum.suggest('apa itu glo', 25);
    expect(glo.indexOf('apa itu Global South')).toBeLessThan(glo.indexOf('apa itu Global'));
  });
});
