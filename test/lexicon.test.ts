import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildLexiconEntries,
  cleanTranslationLine,
  decodeDictdNumber,
  encodeDictdNumber,
  isMetadataHeadword,
  nameHeadwords,
  parseEntry,
  parseHeadLine,
  parseIndex,
  readDatabaseInfo,
  sliceEntries,
  type ParsedEntry,
} from '../src/engine/freedict.ts';
import { baseFormCandidates, buildStemIndex, createLexicon, loadLexicon, readLexiconFile } from '../src/engine/lexicon.ts';
import { irregularForms, parseExceptionList, pluralNames } from '../src/engine/irregular.ts';

describe('dictd base64 numbers', () => {
  it('decodes big-endian digits of the A-Za-z0-9+/ alphabet', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('B')).toBe(1);
    expect(decodeDictdNumber('/')).toBe(63);
    expect(decodeDictdNumber('BA')).toBe(64);
    // From the real index (00databasealphabet): 3·64³ + 59·64² + 47·64 + 59.
    expect(decodeDictdNumber('D7v7')).toBe(1_031_163);
  });

  it('encodes as the inverse of decoding', () => {
    expect(encodeDictdNumber(0)).toBe('A');
    expect(encodeDictdNumber(63)).toBe('/');
    expect(encodeDictdNumber(64)).toBe('BA');
    expect(encodeDictdNumber(1_031_163)).toBe('D7v7');
    for (const n of [1, 65, 4095, 4096, 262_143, 1_000_000_007]) expect(decodeDictdNumber(encodeDictdNumber(n))).toBe(n);
  });

  it('rejects characters outside the alphabet and negative numbers', () => {
    expect(() => decodeDictdNumber('A=')).toThrow(/invalid character "="/);
    expect(() => decodeDictdNumber('')).toThrow(/empty/);
    expect(() => encodeDictdNumber(-1)).toThrow();
  });
});

describe('dictd index', () => {
  it('names the line of a malformed index entry', () => {
    expect(() => parseIndex('president\tA\tB\nbroken line\n')).toThrow(/line 2: expected 3 tab-separated fields/);
    expect(() => parseIndex('president\tA\tB\ntheme\tA\t*\n')).toThrow(/line 2: invalid character "\*"/);
  });

  it('recognises the metadata entries', () => {
    expect(isMetadataHeadword('00databaseinfo')).toBe(true);
    expect(isMetadataHeadword('00-database-short')).toBe(true);
    expect(isMetadataHeadword('10th')).toBe(false);
  });
});

/** Writes a dictd dictionary in memory: entries in order, byte offsets in base64, body gzipped like dictzip. */
function makeDictionary(entries: Array<[headword: string, text: string]>): { index: string; dictDz: Buffer } {
  const chunks: Buffer[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const [headword, text] of entries) {
    const bytes = Buffer.from(text, 'utf8');
    lines.push(`${headword}\t${encodeDictdNumber(offset)}\t${encodeDictdNumber(bytes.length)}`);
    chunks.push(bytes);
    offset += bytes.length;
  }
  return { index: `${lines.join('\n')}\n`, dictDz: gzipSync(Buffer.concat(chunks)) };
}

describe('parsing a dictd dictionary', () => {
  // IPA is multi-byte UTF-8, so these entries also check that offsets are taken as bytes, not characters.
  const { index, dictDz } = makeDictionary([
    ['00databaseinfo', 'English-Bahasa Indonesia test dictionary\n\nEdition: 2022.11.18\nSize: 3 headwords\n'],
    ['00databaseshort', '\n00-database-short\nEnglish-Bahasa Indonesia test dictionary ver. 2022.11.18\n'],
    ['country', 'country //ˈkʌntɹi// <adj>\ndesa\nof, from or pertaining to the countryside (adjective)\n\n'],
    ['country', 'country //ˈkʌntɹi// <n>\n1. negara, bangsa\nnation state\n2. bangsa, negara\nregion of land\n\n'],
    ['president', 'president //ˈpɹɛzɪdənt// <n>\npresiden\nthe head of state of a republic\n\n'],
    ['ness', 'ness //nəs// <suffix>\ne- -an\nappended to adjectives to form nouns\n\n'],
  ]);
  const raw = sliceEntries(parseIndex(index), gunzipSync(dictDz));

  it('cuts every entry out by byte range', () => {
    expect(raw.map((e) => e.headword)).toEqual(['00databaseinfo', '00databaseshort', 'country', 'country', 'president', 'ness']);
    expect(raw[4]!.text.startsWith('president //ˈpɹɛzɪdənt// <n>\npresiden\n')).toBe(true);
  });

  it('reads the edition from the metadata entries', () => {
    const info = readDatabaseInfo(raw);
    expect(info.edition).toBe('2022.11.18');
    expect(info.short).toBe('English-Bahasa Indonesia test dictionary ver. 2022.11.18');
  });

  it('builds english → translations, skipping metadata and affixes', () => {
    const parsed = raw.filter((e) => !isMetadataHeadword(e.headword)).map((e) => parseEntry(e.text)!);
    expect(buildLexiconEntries(parsed)).toEqual({
      country: ['negara', 'bangsa', 'desa'],
      president: ['presiden'],
    });
  });

  it('fails clearly when the index points past the dictionary', () => {
    expect(() => sliceEntries(parseIndex('late\tBA\tB\n'), new Uint8Array(10))).toThrow(/"late" points past the end/);
  });
});

describe('cleaning real entries', () => {
  it('splits the headword line into headword and part of speech', () => {
    expect(parseHeadLine('launch //lɑnt͡ʃ// //lɔːnt͡ʃ// <v>')).toEqual({ headword: 'launch', pos: 'v' });
    expect(parseHeadLine("Adam's apple /ˈædəmz ˈæpəl/ <n>")).toEqual({ headword: "Adam's apple", pos: 'n' });
    expect(parseHeadLine('for example /fɔːɹ ɛɡzˈampəl/')).toEqual({ headword: 'for example', pos: null });
  });

  it('keeps only translation lines, dropping glosses and the stray gloss numbering', () => {
    const run = parseEntry(
      'run //ɹʊn// //ɹʌn// <v>\n1. menjalankan 2.\nto be in charge of\n 3.\nto execute or carry out a plan\n' +
        '2. berlari 2.\nto compete in a race\n 3.\nto move quickly\n3. mengalir, berlari\nto flow\n4. lari, jalan\nto move quickly on two feet\n',
    );
    expect(run).toEqual({ headword: 'run', pos: 'v', senses: [['menjalankan'], ['berlari'], ['mengalir', 'berlari'], ['lari', 'jalan']] });

    const television = parseEntry('television //ˈtɛləˌvɪʒən// <n>\ntelevisi 2.\nmedium\n 3.\ndevice for receiving television signals\n');
    expect(television?.senses).toEqual([['televisi']]);

    const broadDaylight = parseEntry('in broad daylight /ɪn bɹˈɔːd dˈeɪlaɪt/\ndi siang bolong\n\n');
    expect(broadDaylight).toEqual({ headword: 'in broad daylight', pos: null, senses: [['di siang bolong']] });
  });

  it('resolves wiki links and glued optional endings', () => {
    expect(cleanTranslationLine('abang, saudara, [[adik laki-laki]], [[kakak laki-laki]]')).toEqual([
      'abang',
      'saudara',
      'adik laki-laki',
      'kakak laki-laki',
    ]);
    expect(cleanTranslationLine('[[kemudi|mengemudi(kan)]], mengendalikan')).toEqual(['mengemudi', 'mengemudikan', 'mengendalikan']);
  });

  it('drops notes in parentheses, placeholders, exclamations and affixes; lowercases', () => {
    expect(cleanTranslationLine('(orang) brengsek, sampah')).toEqual(['brengsek', 'sampah']);
    expect(cleanTranslationLine('kependekan (dari)')).toEqual(['kependekan']);
    expect(cleanTranslationLine('saya perlu ...')).toEqual(['saya perlu']);
    expect(cleanTranslationLine('kampret!, sialan!')).toEqual(['kampret', 'sialan']);
    expect(cleanTranslationLine('berdasarkan eksperimen / percobaan, secara empiris')).toEqual([
      'berdasarkan eksperimen',
      'percobaan',
      'secara empiris',
    ]);
    expect(cleanTranslationLine('Daerah Istimewa Yogyakarta')).toEqual(['daerah istimewa yogyakarta']);
    expect(cleanTranslationLine('dll., dsb.')).toEqual(['dll', 'dsb']);
    expect(cleanTranslationLine('e, em-, eng-')).toEqual(['e']);
    expect(cleanTranslationLine('e- -an')).toEqual([]);
    expect(cleanTranslationLine('ke-10')).toEqual(['ke-10']);
  });

  it('normalises with NFKC', () => {
    expect(cleanTranslationLine('ｐｒｅｓｉｄｅｎ')).toEqual(['presiden']);
  });
});

describe('ranking translations', () => {
  const entry = (headword: string, pos: string | null, senses: string[][]): ParsedEntry => ({ headword, pos, senses });

  it('puts translations given for several senses first, then earlier senses, then single words', () => {
    const brother = entry('brother', 'n', [['bruder'], ['saudara'], ['abang', 'saudara', 'adik laki-laki', 'kakak laki-laki']]);
    expect(buildLexiconEntries([brother]).brother).toEqual(['saudara', 'bruder', 'abang', 'adik laki-laki', 'kakak laki-laki']);
    const phraseFirst = entry('expression', 'n', [['ungkapan kata', 'ungkapan', 'ekspresi']]);
    expect(buildLexiconEntries([phraseFirst]).expression).toEqual(['ungkapan', 'ekspresi', 'ungkapan kata']);
  });

  it('prefers nouns and verbs over other parts of speech, merges entries, and caps the list', () => {
    const entries = [
      entry('Set', 'adj', [['siap']]),
      entry('set', 'v', [['atur', 'pas', 'pasang', 'tepat'], ['memperkenalkan']]),
      entry('set', 'n', [['himpunan']]),
    ];
    expect(buildLexiconEntries(entries).set).toEqual(['himpunan', 'atur', 'pas', 'pasang', 'tepat', 'siap']);
    expect(buildLexiconEntries(entries, { maxPerWord: 2 }).set).toEqual(['himpunan', 'atur']);
  });
});

describe('base forms of inflected words', () => {
  it.each([
    ['presidents', 'president'],
    ['countries', 'country'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['houses', 'house'],
    ['launched', 'launch'],
    ['announced', 'announce'],
    ['hoped', 'hope'],
    ['stopped', 'stop'],
    ['carried', 'carry'],
    ['running', 'run'],
    ['making', 'make'],
    ['bigger', 'big'],
    ['larger', 'large'],
    ['happiest', 'happy'],
    ["president's", 'president'],
    ["members'", 'member'],
  ])('%s can come from %s', (word, base) => {
    expect(baseFormCandidates(word)).toContain(base);
  });

  it('tries the silent-e form first after a one-syllable consonant-vowel-consonant stem', () => {
    expect(baseFormCandidates('hoped')[0]).toBe('hope');
    expect(baseFormCandidates('opened')[0]).toBe('open');
  });

  it("reads a -men plural as its -man noun, as WordNet's own lemmatizer does (it lists no such plural)", () => {
    expect(baseFormCandidates('women')).toContain('woman');
    expect(baseFormCandidates("women's")).toContain('woman');
    expect(baseFormCandidates('chairmen')).toContain('chairman');
    const lexicon = createLexicon({ woman: ['wanita', 'perempuan'] });
    expect(lexicon.lookup("women's")).toEqual(['wanita', 'perempuan']);
    expect(createLexicon({ oman: ['oman'] }).lookup('omen')).toEqual([]);
  });

  it("reads a phrasal verb's noun written joined as the verb, where WordNet has no reading of its own", () => {
    const lexicon = createLexicon({ clean: ['bersih'], work: ['kerja'], truck: ['truk'], pick: ['pilih'] }, { related: { pickup: ['truck'] } });
    expect(lexicon.lookup('cleanup')).toEqual(['bersih']);
    expect(lexicon.resolve('cleanup')?.via).toBe('joined');
    expect(lexicon.lookup('workout')).toEqual(['kerja']);
    // (A pickup is a truck: WordNet's reading, not the verb's.)
    expect(lexicon.lookup('pickup')).toEqual([]);
    expect(lexicon.related('pickup')).toEqual(['truk']);
    // (Not after fewer than three letters: "about" is no "ab".)
    expect(createLexicon({ ab: ['x'] }).lookup('about')).toEqual([]);
  });

  it("reads such a noun's plural as the noun is read: cleanups as cleanup, pickups as WordNet's pickup", () => {
    // ("what to bring to the cleanups" over Indonesian write-ups went unanswered where "the cleanup" was answered:
    // the plural was no English word at all.)
    const lexicon = createLexicon({ clean: ['bersih'], sign: ['tanda'], truck: ['truk'], pick: ['pilih'] }, { related: { pickup: ['truck'] } });
    expect(lexicon.lookup('cleanups')).toEqual(['bersih']);
    expect(lexicon.resolve('signups')?.via).toBe('joined');
    expect(lexicon.knows('cleanups')).toBe(true);
    expect(lexicon.lookup('pickups')).toEqual([]);
    expect(lexicon.related('pickups')).toEqual(['truk']);
  });

  it('does not strip the -s of words that only end in s', () => {
    expect(baseFormCandidates('class')).toEqual([]);
    expect(baseFormCandidates('campus')).toEqual([]);
    expect(baseFormCandidates('analysis')).toEqual([]);
    expect(baseFormCandidates('sing')).toEqual([]);
  });
});

describe("irregular forms (WordNet's exception lists)", () => {
  it('parses "form base [base ...]" lines, phrases written with underscores', () => {
    const text = 'took take\nchildren child\n\naxes ax axis\naides-de-camp aide-de-camp\ncame_to come_to\n';
    expect(parseExceptionList(text)).toEqual([
      { form: 'took', bases: ['take'] },
      { form: 'children', bases: ['child'] },
      { form: 'axes', bases: ['ax', 'axis'] },
      { form: 'aides-de-camp', bases: ['aide-de-camp'] },
      { form: 'came to', bases: ['come to'] },
    ]);
  });

  it('names the file and line of a line it cannot read', () => {
    expect(() => parseExceptionList('took take\nwent\n', 'verb.exc')).toThrow('verb.exc line 2: expected "form base", got "went"');
  });

  it('keeps only forms the lookup needs: not found by the spelling rules (unless a headword), with a base it knows', () => {
    const headwords = new Set(['take', 'child', 'left', 'leave', 'abet', 'axis', 'good', 'well', 'bet', 'come to', 'wedding', 'wed']);
    const verbs = parseExceptionList('took take\nleft leave\nabetted abet\nwent go\ncame_to come_to\nwedding wed\n');
    const nouns = parseExceptionList('children child\naxes ax axis\n');
    const adjectives = parseExceptionList('better good well\n');
    expect(irregularForms([verbs, nouns, adjectives], headwords)).toEqual({
      // "abetted" the rules undo, "go" is no headword, a phrase is no form; "better" stays although the rules would
      // find "bet": the table is right where they are not. "left" (kiri) and "wedding" are headwords, where the
      // lookup stops before the rules: only the table says they are also forms of leave and wed.
      axes: ['axis'],
      better: ['good', 'well'],
      children: ['child'],
      left: ['leave'],
      took: ['take'],
      wedding: ['wed'],
    });
  });

  it('reads a plural the dictionary has only as a name as the plural of its common headword', () => {
    const headwords = new Set(['judges', 'judge', 'numbers', 'number', 'easter', 'east', 'americas', 'america', 'news', 'new']);
    // "Easter" is no plural; "Americas" is the plural of a name; "news" is no name.
    expect(pluralNames(new Set(['judges', 'numbers', 'easter', 'americas', 'america']), headwords)).toEqual({
      judges: ['judge'],
      numbers: ['number'],
    });
  });

  it('finds the names among parsed entries: headwords all of whose entries are proper nouns', () => {
    const entries = [
      { headword: 'Judges', pos: 'pn', senses: [['kitab hakim-hakim']] },
      { headword: 'judge', pos: 'n', senses: [['hakim']] },
      { headword: 'March', pos: 'pn', senses: [['maret']] },
      { headword: 'march', pos: 'v', senses: [['berbaris']] },
    ];
    expect([...nameHeadwords(entries)]).toEqual(['judges']);
  });

  it('merges the bases a form has in several lists, in the order of the lists', () => {
    const headwords = new Set(['mouse', 'computer mouse']);
    const first = parseExceptionList('mice mouse\n');
    const second = parseExceptionList('mice computer_mouse mouse\n');
    expect(irregularForms([first, second], headwords)).toEqual({ mice: ['mouse', 'computer mouse'] });
  });
});

describe('lexicon lookup', () => {
  const lexicon = createLexicon({
    president: ['presiden'],
    'prime minister': ['perdana menteri'],
    organ: ['organ', 'alat'],
    organization: ['organisasi', 'pengaturan'],
    doe: ['rusa betina'],
    announcement: ['pengumuman'],
    Theme: ['tema'],
  });

  it('finds exact words, whatever their case or width', () => {
    expect(lexicon.size).toBe(7);
    expect(lexicon.lookup('president')).toEqual(['presiden']);
    expect(lexicon.lookup('PRESIDENT')).toEqual(['presiden']);
    expect(lexicon.lookup('ｐｒｅｓｉｄｅｎｔ')).toEqual(['presiden']);
    expect(lexicon.lookup('theme')).toEqual(['tema']);
  });

  it('finds inflected forms through their base form', () => {
    expect(lexicon.lookup('presidents')).toEqual(lexicon.lookup('president'));
    expect(lexicon.lookup('president’s')).toEqual(['presiden']);
    expect(lexicon.lookup('themes')).toEqual(['tema']);
    expect(lexicon.lookup('prime ministers')).toEqual(['perdana menteri']);
    expect(lexicon.resolve('presidents')).toEqual({ headword: 'president', via: 'inflection', translations: ['presiden'] });
  });

  it('falls back to the headword sharing the Porter stem and the longest prefix', () => {
    expect(lexicon.resolve('organizing')).toMatchObject({ headword: 'organization', via: 'stem' });
    expect(lexicon.resolve('organs')).toMatchObject({ headword: 'organ', via: 'inflection' });
    expect(lexicon.lookup('announced')).toEqual(['pengumuman']);
  });

  it('does not read a word as the headword a letter away that Porter cuts to the same stem', () => {
    // "venue workshop docker" was asked with the alternative "venus": Porter cuts "venue" (-e) and "venus" (-s, as
    // a plural) both to "venu", and the stem fallback took the one for the other.
    const small = createLexicon({ venus: ['venus'], producer: ['produser'], study: ['belajar'] });
    expect(small.resolve('venue')).toBeNull();
    expect(small.lookup('venues')).toEqual([]);
    // Forms that swap an ending still reach their headword: produced → producer, studi- → study.
    expect(small.resolve('produced')).toMatchObject({ headword: 'producer', via: 'stem' });
    expect(small.resolve('studi')).toMatchObject({ headword: 'study', via: 'stem' });
    expect(loadLexicon().lookup('venue')).not.toContain('venus');
  });

  it('reads backwards: an Indonesian word gives the headwords that list it, those listing it first before others', () => {
    const both = createLexicon({ people: ['orang', 'rakyat'], finn: ['orang finlandia', 'orang'], man: ['pria', 'orang'], human: ['manusia'], the: ['orang'] });
    expect(both.english!('orang')).toEqual(['people', 'man', 'finn']); // "the" is a function word
    expect(both.english!('Rakyat')).toEqual(['people']);
    expect(both.english!('orang finlandia')).toEqual(['finn']);
    expect(both.english!('kucing')).toEqual([]);
  });

  it('returns [] for unknown words and does not de-inflect function words', () => {
    expect(lexicon.lookup('xylophone')).toEqual([]);
    expect(lexicon.lookup('')).toEqual([]);
    expect(lexicon.lookup('does')).toEqual([]); // a stopword, not the plural of "doe"
    expect(lexicon.resolve('asdfghjkl')).toBeNull();
  });

  it('returns lists that cannot be modified', () => {
    expect(Object.isFrozen(lexicon.lookup('president'))).toBe(true);
  });

  it('finds irregular forms through their base, before the spelling rules and after the exact word', () => {
    const irregular = createLexicon(
      { take: ['mengambil'], good: ['baik'], bet: ['taruhan'], left: ['kiri'], leave: ['meninggalkan'], child: ['anak'] },
      { irregular: { took: ['take'], better: ['good'], left: ['leave'], children: ['go', 'child'] } },
    );
    expect(irregular.resolve('took')).toEqual({ headword: 'take', via: 'irregular', translations: ['mengambil'] });
    expect(irregular.lookup('TOOK')).toEqual(['mengambil']);
    // The spelling rules would read bet + -er; the exception list knows better.
    expect(irregular.resolve('better')).toMatchObject({ headword: 'good', via: 'irregular' });
    // A headword is itself first: "left" is kiri, and then, as the past of leave, meninggalkan.
    expect(irregular.resolve('left')).toEqual({ headword: 'left', via: 'exact', translations: ['kiri', 'meninggalkan'] });
    // The first base that is a headword.
    expect(irregular.lookup('children')).toEqual(['anak']);
    // Not when the form's own translations already have the base's sense: "born" is lahir, as bear is, and not beruang.
    const born = createLexicon({ born: ['lahir'], bear: ['beruang', 'lahir'] }, { irregular: { born: ['bear'] } });
    expect(born.lookup('born')).toEqual(['lahir']);
    // The other forms of a word, either way.
    expect(irregular.irregularRelatives!('left')).toEqual(['leave']);
    expect(irregular.irregularRelatives!('Leave')).toEqual(['left']);
    expect(irregular.irregularRelatives!('president')).toEqual([]);
    // Only the word's own forms, for a headword whose sense is known: "left" as kiri is no form of leave.
    expect(irregular.irregularRelatives!('left', 'forms')).toEqual([]);
    expect(irregular.irregularRelatives!('leave', 'forms')).toEqual(['left']);
    // Without the table the same lexicon does not know "took".
    expect(createLexicon({ take: ['mengambil'] }).lookup('took')).toEqual([]);
  });
});

describe('the shipped lexicon (data/lexicon-en-id.json)', () => {
  const path = fileURLToPath(new URL('../data/lexicon-en-id.json', import.meta.url));

  it('loads once, with more than 5,000 headwords, president → presiden', () => {
    const lexicon = loadLexicon();
    expect(loadLexicon()).toBe(lexicon);
    expect(lexicon.size).toBeGreaterThan(5000);
    expect(lexicon.lookup('president')).toContain('presiden');
    expect(lexicon.lookup('presidents')).toContain('presiden');
    expect(lexicon.lookup('presidents')).toEqual(lexicon.lookup('president'));
    expect(lexicon.lookup('qwertyuiop')).toEqual([]);
    // Irregular forms reach the translations of their base.
    expect(lexicon.lookup('took').length).toBeGreaterThan(0);
    expect(lexicon.lookup('took')).toEqual(lexicon.lookup('take'));
    expect(lexicon.lookup('children')).toEqual(lexicon.lookup('child'));
    // A headword that is also an irregular form, or a plural the dictionary has only as a name, reads both ways.
    expect(lexicon.lookup('won')).toEqual(expect.arrayContaining(['won', 'menang']));
    expect(lexicon.lookup('judges')).toEqual(expect.arrayContaining(['hakim', 'juri']));
    expect(lexicon.irregularRelatives!('leave')).toContain('left');
  });

  it('records its source and licence, caps translations, and carries an up-to-date stem index', () => {
    const file = readLexiconFile(path);
    expect(file.meta).toMatchObject({ license: 'CC-BY-SA-3.0', edition: '2022.11.18' });
    const keys = Object.keys(file.entries);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const key of keys) expect(file.entries[key]!.split('|').length).toBeLessThanOrEqual(6);
    // The stems were computed at build time; if natural's Porter stemmer changed, the file must be rebuilt.
    const stems = Object.fromEntries(Object.entries(buildStemIndex(keys)).map(([stem, list]) => [stem, list.join('|')]));
    expect(file.stems).toEqual(stems);
    // Every irregular form leads to bases that are headwords.
    const forms = Object.keys(file.irregular);
    expect(forms.length).toBeGreaterThan(100);
    for (const form of forms) for (const base of file.irregular[form]!.split('|')) expect(file.entries[base]).toBeDefined();
    // Every verb is a headword, with at most as many translations, all of them its headword's or its other senses'.
    const verbs = Object.keys(file.verbs);
    expect(verbs.length).toBeGreaterThan(100);
    for (const verb of verbs) {
      expect(file.entries[verb]).toBeDefined();
      expect(file.verbs[verb]!.split('|').length).toBeLessThanOrEqual(6);
    }
  });

  it('names the file when it cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanya-lexicon-test-'));
    try {
      const bad = join(dir, 'lexicon.json');
      writeFileSync(bad, '{"meta":{},"entries":{"a":["not packed"]},"stems":{}}');
      expect(() => readLexiconFile(bad)).toThrow(`the lexicon ${bad}: entries "a" is not a non-empty string`);
      writeFileSync(bad, '{"meta":');
      expect(() => readLexiconFile(bad)).toThrow(`cannot read the lexicon ${bad}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
