import { describe, expect, it } from 'vitest';
import { guessLanguage, hasNumeral, isAcronymStopword, isStopword, isStopwordWithClitic, normalize, stemsOf, tokenize, wordsOf } from '../src/engine/analyzer.ts';

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
