import { describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import StemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id';
import { IndonesianStemmer } from '../src/engine/indonesian-stemmer.ts';
import { isMarker } from '../src/engine/list-items.ts';
import { addLowerCaseWords, guessLanguage, hasNumeral, indonesianStem, isAcronymStopword, isNameAt, isPlainWord, isStopword, isStopwordWithClitic, mayHavePorterSuffix, normalize, stemsOf, tokenize, wordsOf, type Token } from '../src/engine/analyzer.ts';

/** Every term a text yields: surface words and their stems. */
function termsOf(text: string): string[] {
  return tokenize(text).flatMap((t) => wordsOf(t.norm).flatMap((w) => [w, ...stemsOf(w)]));
}

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Digelar oleh CCTV Video News Agency (CCTV+), bagian dari China Media Group (CMG)';
    for (const t of tokenize(text)) expect(normalize(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('keeps names with joiners whole: CCTV+, Asia-Pacific, ke-75, 12.500.000', () => {
    const norms = tokenize('CCTV+ Asia-Pacific ke-75 Rp12.500.000 tamu-tamu').map((t) => t.norm);
    expect(norms).toEqual(['cctv+', 'asia-pacific', 'ke-75', 'rp12.500.000', 'tamu-tamu']);
  });

  it('is Unicode-aware: capitals, accents and other scripts are not lost', () => {
    // natural's AggressiveTokenizerId deletes capitals ("Diusulkan" -> "iusulkan"); ours must not.
    expect(tokenize('Diusulkan oleh CMG, Asia-Pacific').map((t) => t.norm)).toEqual(['diusulkan', 'oleh', 'cmg', 'asia-pacific']);
    expect(tokenize('Café Zürich 北京').map((t) => t.norm)).toEqual(['café', 'zürich', '北京']);
  });

  it('applies NFKC and lowercase', () => {
    // Fullwidth letters and the "ﬁ" ligature fold to their plain forms.
    expect(tokenize('ＣＣＴＶ ﬁlm').map((t) => t.norm)).toEqual(['cctv', 'film']);
  });

  it('keeps quoted titles and years as words', () => {
    expect(tokenize('program "China Up Close" sejak 1983').map((t) => t.norm)).toEqual(['program', 'china', 'up', 'close', 'sejak', '1983']);
  });
});

describe('the token scan (no match object per token)', () => {
  // What tokenize and addLowerCaseWords read a text as, by the plain global scan of the same expression (as they
  // once did): the scan that finds where a token starts and asks the expression there finds the same tokens.
  const TOKEN = /[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}\p{Cf}]*(?:['’\-.&+][\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}\p{Cf}]*)*\+*/gu;
  const TEXTS = [
    'Rapat RT 05 di Balai Warga, Jl. Melati No. 12 — "Kerja bakti" (Minggu, 7/9) pukul 07.00 WIB.',
    'C++ & AT&T: ke-75, 12.500.000, CCTV+, tamu-tamu, ’x’, it’s, -a- .b. a.-b',
    'Ünïcödé café naïve résumé — “kutipan” 𝐀𝐁𝐂 math 𝐱𝐲 then 😀ok and \u0301mark x\u0301y',
    'lone \uD800 surrogates \uDC00a b\uD83D and e\u200Bx soft\u00ADhyphen \uFEFFbom',
    'Futsal Cup IV ke-IX, Part I: V-neck; 漢字かな交じり 한국어 العربية हिन्दी',
    '', '   ', '...', 'a', '\u0301',
  ];
  const scan = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m[0], m.index]);

  it('finds the tokens the global scan finds, at the same offsets', () => {
    for (const text of TEXTS) {
      expect(tokenize(text).map((t) => [text.slice(t.start, t.end), t.start])).toEqual(scan(text));
      expect(tokenize(text).every((t) => t.norm.length > 0)).toBe(true);
    }
  });

  it('adds the lower-case words the global scan finds', () => {
    for (const text of TEXTS) {
      const words = new Set<string>();
      addLowerCaseWords(text, words);
      const expected = new Set(scan(text).filter(([w]) => { const c = (w as string)[0]!; return c !== c.toUpperCase(); }).map(([w]) => normalize(w as string)));
      expect([...words]).toEqual([...expected]);
    }
  });

  it('tells a plain word as wordsOf and termsAt read it: its own one term', () => {
    for (const w of ['rapat', 'balai', 'kota', '2024', 'é']) expect([isPlainWord(w), wordsOf(w)]).toEqual([true, [w]]);
    for (const w of ['yang', 'the', '', 'ke-75', 'tamu-tamu', "it's", 'cctv+', 'a.b']) expect(isPlainWord(w)).toBe(false);
  });
});

describe('wordsOf', () => {
  it('finds the parts of a compound as well as the whole', () => {
    expect(wordsOf('asia-pacific')).toEqual(expect.arrayContaining(['asia-pacific', 'asia', 'pacific']));
    expect(wordsOf('cctv+')).toEqual(expect.arrayContaining(['cctv', 'cctv+']));
  });

  it('reads a question word written with an English clitic as the question word it is', () => {
    // "what's the latest event" had "what's" as a word to match, and asked more than which event.
    for (const w of ["what's", "where's", 'what’s', "who's", "how'd"]) expect(isStopwordWithClitic(w), w).toBe(true);
    // Other stopwords so written are as often another word misspelled ("it's" for "its"): they stay as they were.
    for (const w of ["it's", "there's", "o'neil", "ra'd", "jum'at", 'asia-pacific', 'what']) expect(isStopwordWithClitic(w), w).toBe(false);
  });

  it('collapses reduplication to the single word', () => {
    expect(wordsOf('tamu-tamu')).toEqual(['tamu']);
    expect(wordsOf('program-program')).toEqual(['program']);
  });

  it('keeps "ke-75" findable as the ordinal and as the number', () => {
    expect(wordsOf('ke-75')).toEqual(expect.arrayContaining(['ke-75', '75']));
    expect(wordsOf('ke-75')).not.toContain('ke');
  });

  it('keeps a number with thousands separators as one quantity', () => {
    expect(wordsOf('12.500.000')).toEqual(['12.500.000']);
  });

  it('drops Indonesian and English stopwords and question words', () => {
    for (const w of ['apa', 'siapa', 'kapan', 'berapa', 'yang', 'dan', 'what', 'who', 'when', 'how', 'many', 'the']) {
      expect(isStopword(w), w).toBe(true);
      expect(wordsOf(w), w).toEqual([]);
    }
    expect(wordsOf('forum')).toEqual(['forum']);
  });

  it('drops the English auxiliaries and negations natural lacks, and keeps relation-bearing prepositions', () => {
    // "will" reached the lexicon and came back as "wasiat" (a testament) before.
    for (const w of ['will', 'not', 'just', 'having']) expect(wordsOf(w), w).toEqual([]);
    expect(wordsOf('against')).toEqual(['against']);
  });
});

describe('stemsOf', () => {
  it("applies natural's Indonesian stemmer", () => {
    expect(stemsOf('diusulkan')).toContain('usul');
    expect(stemsOf('mengusulkan')).toContain('usul');
    expect(stemsOf('peluncuran')).toContain('luncur');
    expect(stemsOf('kebudayaan')).toContain('budaya');
  });

  it('applies Porter for English', () => {
    expect(stemsOf('exchanges')).toContain('exchang');
    expect(stemsOf('communication')).toContain('commun');
  });

  it('never replaces the word: an over-stemmed name is still findable as written', () => {
    // The stemmer turns Bekasi into "bekas" (used); the surface word is kept beside it.
    const terms = termsOf('Bekasi');
    expect(terms).toContain('bekasi');
  });
});

describe('guessLanguage', () => {
  it('tells English from Indonesian questions by their function words', () => {
    expect(guessLanguage('Which agency organised the forum?')).toBe('en');
    expect(guessLanguage('Siapa yang meluncurkan program itu?')).toBe('id');
    expect(guessLanguage('qwertyuiop')).toBeNull();
  });
});

describe('invisible characters', () => {
  it('zero-width characters and soft hyphens inside a word neither split it nor stay in it', () => {
    expect(tokenize('Quan\u200bzhou pe\u00adlabuhan \u200dCMG\u2060').map((t) => t.norm)).toEqual(['quanzhou', 'pelabuhan', 'cmg']);
  });
});

describe('normalize (plain ASCII told by its codes)', () => {
  it('gives what NFKC without invisible characters, lower-cased, gives, ASCII or not', () => {
    const words = [
      'Bekasi', 'CCTV+', "Jum'at", 'AT&T', '12.500', '', '~\u007f', 'Café', 'Cafe\u0301', 'ＣＭＧ', 'ｋａｔａ', 'ﬁnal', 'Ⅻ',
      '𝐀𝐒', 'İstanbul', 'ΣΟΦΙΑ', 'Quan\u200bzhou', 'pe\u00adlabuhan', '\u0080x', 'x\u00a0y', 'Ａ1',
    ];
    for (const w of words) expect(normalize(w), JSON.stringify(w)).toBe(w.normalize('NFKC').replace(/\p{Cf}/gu, '').toLowerCase());
  });
});

describe('hasNumeral and isAcronymStopword (told cheaply for plain words)', () => {
  it('finds a number character in any script, as \\p{N} does', () => {
    const words = ['abc', 'a1', '2024', 'ke-3', 'é2', 'é', '٣', 'x²', 'ⅻ', '𝟘', '一', 'sebelas', '', 'rp12.500'];
    for (const w of words) expect(hasNumeral(w), w).toBe(/\p{N}/u.test(w));
  });

  it('reads a stopword as an acronym only where it is two or three capitals in a line with lower case', () => {
    const text = 'Dubes AS untuk PBB, as usual; IT dan it, ITU itu, Itu, WHO who, DI di, ÀS, 𝐀𝐒 dan SEMUA';
    const acronyms = tokenize(text).filter((t) => isAcronymStopword(text, t)).map((t) => text.slice(t.start, t.end));
    expect(acronyms).toEqual(['AS', 'IT', 'ITU', 'WHO', 'DI', '𝐀𝐒']);
  });
});

describe('stemming told cheaply (the same stems as asking the stemmers)', () => {
  /** Deterministic pseudo-random lower-case words, with the endings Porter's steps look for among them. */
  function words(n: number, seed: number): string[] {
    let x = seed;
    const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const letters = 'abcdefghijklmnopqrstuvwxyzéü';
    // Every ending a step of Porter's looks for, and each without its first letter (what the check must not take
    // for the ending itself).
    const steps = ['sses', 'ies', 'ss', 's', 'eed', 'ed', 'ing', 'at', 'bl', 'iz', 'y', 'ational', 'tional', 'enci', 'anci', 'izer', 'abli',
      'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti',
      'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic',
      'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'sion', 'tion', 'e', 'll'];
    const endings = [...steps, ...steps.map((e) => e.slice(1)), 'an', 'kan', 'nya', 'ah', 'at', 'ar', 'ik', 'un', 'in', 'am', 'id', 'ong'];
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = '';
      const len = 1 + Math.floor(next() * 10);
      for (let k = 0; k < len; k++) w += letters[Math.floor(next() * letters.length)];
      out.push(next() < 0.5 ? w : w + endings[Math.floor(next() * endings.length)]!);
    }
    return out;
  }

  it("asks Porter's stemmer only for words it may change: any other word it gives back unchanged", () => {
    const tricky = ['bekasi', 'jakarta', 'masjid', 'rumah', 'kota', 'cafe\u0301', 'café', 'ｋａｔａ', "jum'at", 'tamu-tamu', 'ke-3', '2024', 'k', 'oh'];
    let skipped = 0;
    for (const w of [...tricky, ...words(20_000, 7)]) {
      if (mayHavePorterSuffix(w)) continue;
      skipped++;
      expect(PorterStemmer.stem(w), w).toBe(w);
    }
    expect(skipped).toBeGreaterThan(2_000); // the check says no for a good part of them, or it spares nothing
    // And it says yes to every ending a step looks for.
    for (const w of ['cats', 'agreed', 'running', 'happy', 'relational', 'digitizer', 'hopeful', 'electric', 'adjustment', 'homologou', 'criticism', 'rate', 'fall', 'conditional', 'formalism', 'generalization', 'operator', 'sensibiliti', 'analogi', 'valenci', 'irritant', 'adoption', 'hopefulness']) {
      expect(PorterStemmer.stem(w) === w || mayHavePorterSuffix(w), w).toBe(true);
    }
  });

  it("takes a root word of natural's dictionary, without a hyphen, as its own Indonesian stem", () => {
    const roots = (createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter((w) => w && !w.includes('-'));
    for (const w of roots) if (w.length > 3) expect(StemmerId.stem(w), w).toBe(w);
    // A hyphenated one is still stemmed ("seolah-olah" → olah), as before.
    expect(stemsOf('seolah-olah')).toContain('olah');
    expect(stemsOf('mengunjungi')).toContain('unjung');
  });

  it('asks the Indonesian stemmer nothing about a word only its suffix rules could change, when they leave no root', () => {
    // (The analyzer asks the rewrite of natural's stemmer, see indonesian-stemmer.ts.)
    const stem = vi.spyOn(IndonesianStemmer, 'stem');
    try {
      // Names and foreign words with an Indonesian ending: without a prefix, all the stemmer could try is the word
      // without its endings ("yogyakarta", "portug"), and those are no root words.
      for (const w of ['yogyakartanya', 'pasuruan', 'portugis', 'francis', 'hamburgkah', 'asia-pacific']) expect(indonesianStem(w), w).toBe(w);
      expect(stem).not.toHaveBeenCalled();
      // One whose ending leaves a root ("rumah"), that a prefix rule may act on, or a reduplication, is asked.
      expect(stemsOf('rumahnya')).toContain('rumah');
      expect(stemsOf('xbekerjanya')).toContain('kerja');
      expect(stemsOf('kerbau-kerbau')).toContain('kerbau');
      expect(stem).toHaveBeenCalledTimes(3);
    } finally {
      stem.mockRestore();
    }
  });

  it('gives every word with an ending the Indonesian stemmer takes off the stem the stemmer itself gives', () => {
    const roots = (createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter((w) => w && !w.includes('-'));
    // (mulberry32: deterministic, and without the short cycles a multiplication past 2^53 gives.)
    let x = 11;
    const next = () => {
      x = (x + 0x6d2b79f5) | 0;
      let t = Math.imul(x ^ (x >>> 15), 1 | x);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const ends = ['i', 'is', 'isme', 'isasi', 'kan', 'an', 'ku', 'mu', 'nya', 'lah', 'kah', 'tah', 'pun', 'kannya', 'annya', 'inya', 'kanlah', 'nyalah', 'kupun'];
    const prefixes = ['di', 'ke', 'se', 'me', 'mem', 'men', 'meng', 'meny', 'be', 'ber', 'pe', 'per', 'pen', 'peng', 'te', 'ter', 'ku', 'kau'];
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const random = () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => pick([...letters])).join('');
    const words: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const root = pick(roots);
      words.push(random() + pick(ends)); // a name or a foreign word with an Indonesian ending
      words.push(root + pick(ends)); // a root with its endings
      words.push(pick([...letters]) + root.slice(1) + pick(ends)); // a root's first letter changed, as a prefix rule puts back
      words.push(pick(prefixes) + root + pick(ends)); // prefixed
      words.push(random() + 'be' + root + pick(ends)); // "be" inside, where two of the rules look
      const other = pick(roots);
      words.push(random() + '-' + random(), random() + '-' + other, root + '-' + other, root + '-' + root + pick(ends)); // halves
      words.push(`${root}-${root}`, `me${root.slice(1)}-${root.slice(1)}`, `${random()}-${pick(['nya', 'ku', 'lah'])}`); // reduplication, particles
    }
    const unique = [...new Set(words)].filter((w) => w.length > 3);
    const expected = unique.map((w) => StemmerId.stem(w));
    // (natural's own stems are the expected ones; the analyzer asks the rewrite, see indonesian-stemmer.ts.)
    const asked = vi.spyOn(IndonesianStemmer, 'stem');
    try {
      unique.forEach((w, i) => expect(indonesianStem(w), w).toBe(expected[i]));
      // And the stemmer is spared a good part of them (the names with endings, the halves), or the check is no use.
      expect(unique.length - asked.mock.calls.length).toBeGreaterThan(2_500);
    } finally {
      asked.mockRestore();
    }
  });
});

describe('isNameAt (ASCII told by its codes)', () => {
  it('tells a capitalised word inside a sentence as the one-letter comparison does, ASCII or not', () => {
    const text = 'Di Bekasi, “Ｂandung” dan Éclair; 12 Juni (ÀS) ke-3 Ⅻ 𝐀𝐒 ǅemal\nİstanbul. jakarta \'Solo\' -Kota _X [Z] @B «Ü»';
    // The comparison as written before: upper-cases that change when lower-cased, and not at a sentence's start.
    const reference = (at: number) => {
      const c = text[at]!;
      if (c === c.toLowerCase()) return false;
      for (let i = at - 1; i >= 0; i--) {
        const p = text[i]!;
        if (p === '\n' || p === '.' || p === '!' || p === '?' || p === ':') return false;
        if (p !== ' ' && p !== '"' && p !== '“' && p !== "'" && p !== '(' && p !== '\t' && p !== '\r') return true;
      }
      return false;
    };
    const names: string[] = [];
    for (let at = 0; at < text.length; at++) {
      expect(isNameAt(text, at), `${at} ${JSON.stringify(text[at])}`).toBe(reference(at));
      if (isNameAt(text, at)) names.push(text[at]!);
    }
    expect(names).toContain('B');
    expect(names).toContain('Ｂ');
    expect(names).toContain('É');
  });
});

describe('isMarker (a word told by its first character)', () => {
  it("finds a list item's number and a footnote mark as the regular expression alone did, digits of any script or not", () => {
    const text = '1. Pembukaan\n 2) Diskusi\n３. Penutup\n٣. x\nMesir.[1] dan [12] [a1] 1000. 12.5 ke-3\n4.\tTab\n1a. no';
    const reference = (t: Token) => {
      if (!/^\d{1,3}$/u.test(t.norm)) return false;
      if (text[t.start - 1] === '[' && text[t.end] === ']') return true;
      let i = t.start;
      while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
      return (i === 0 || text[i - 1] === '\n') && (text[t.end] === '.' || text[t.end] === ')') && /\s/u.test(text[t.end + 1] ?? '');
    };
    const marks = tokenize(text).filter((t) => {
      expect(isMarker(text, t), t.norm).toBe(reference(t));
      return isMarker(text, t);
    });
    expect(marks.map((t) => t.norm)).toEqual(['1', '2', '3', '1', '12', '4']); // (full-width ３ is 3 once normalised)
  });
});
