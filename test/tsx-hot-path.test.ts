// The bot runs under tsx (`node --import tsx`), whose compiler turns a regular expression literal with a \p{…} escape
// into a `new RegExp(…)` where it stands, and names every arrow function it meets (one defineProperty call each
// time the function is made). In a function asked for every word of a corpus, either is paid once per word while it
// is indexed; the analysis keeps such expressions and functions at module level instead. This indexes passages
// under tsx itself, in a child process, and counts both per passage: they must not grow with the passages' words.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** RegExp constructions and function namings per passage while `passages` passages of `words` numbered words index. */
function perPassage(passages: number, words: number): { regexps: number; names: number } {
  const script = `
    let regexps = 0, names = 0, on = false;
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, { construct(target, args) { if (on) regexps++; return Reflect.construct(target, args); } });
    const define = Object.defineProperty;
    Object.defineProperty = (o, k, d) => { if (on && k === 'name') names++; return define(o, k, d); };
    const { SearchIndex } = await import(${JSON.stringify(root + 'src/engine/search.ts')});
    // Words of every kind the per-word analysis reads: numbers and the words before them, spelled numbers, compounds,
    // capitalised words, acronyms that spell stopwords, Indonesian affixes.
    const sentence = (i) => 'Meetup Komunitas Data #' + i + ' pada hari ke-2 dihadiri ' + i + ' peserta dan dua puluh tamu-tamu ' +
      'dari AS, twenty-one pembicara Bekasi mengunjungi kunjungan duabelas Asia-Pacific CCTV+ berkunjung ' + (i % 97) + ' kali.';
    const passages = Array.from({ length: ${passages} }, (_, i) => ({
      id: 'p' + i, docId: 'd' + i, title: 'Catatan ' + i, text: Array.from({ length: ${words} }, (_, k) => sentence(i * 31 + k)).join(' '),
      paragraph: 1, part: 1, parts: 1, start: 0, end: 0, date: null, source: null, url: null, lang: null,
    }));
    on = true;
    new SearchIndex(passages, { lexicon: null });
    on = false;
    console.log(JSON.stringify({ regexps: regexps / ${passages}, names: names / ${passages} }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { regexps: number; names: number };
}

describe('indexing under tsx', () => {
  it('makes no RegExp and names no function for every word it reads', () => {
    const short = perPassage(20, 1);
    const long = perPassage(20, 8);
    // A passage's own few (its links, its dates) are the same for a long passage as for a short one.
    expect(long.regexps).toBe(short.regexps);
    expect(long.names).toBe(short.names);
  }, 60_000);
});

/**
 * RegExp constructions per question while `passages` passages of `words` numbered, dated, capitalised sentences are
 * ranked for a question with a number in it (what the query reads per passage: its numberings, its dates, its
 * document's words).
 */
function perQuestion(passages: number, words: number): number {
  const script = `
    let regexps = 0, on = false;
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, { construct(target, args) { if (on) regexps++; return Reflect.construct(target, args); } });
    const { SearchIndex } = await import(${JSON.stringify(root + 'src/engine/search.ts')});
    const sentence = (i) => 'Meetup Komunitas Data #' + i + ' pada hari ke-2, 14/6/2025, dihadiri ' + i + ' peserta dan Tamu Undangan ' +
      'kedua dari Bekasi.';
    const passages = Array.from({ length: ${passages} }, (_, i) => ({
      id: 'p' + i, docId: 'd' + i, title: 'Meetup Komunitas Data #' + i, text: Array.from({ length: ${words} }, (_, k) => sentence(i * 31 + k)).join(' '),
      paragraph: 1, part: 1, parts: 1, start: 0, end: 0, date: '2025-06-14', source: null, url: null, lang: null,
    }));
    const index = new SearchIndex(passages, { lexicon: null });
    on = true;
    index.search('siapa tamu undangan meetup komunitas data #5 hari ke-2 tanggal 14/6/2025', Infinity);
    on = false;
    console.log(JSON.stringify({ regexps }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { regexps: number }).regexps;
}

describe('a question under tsx', () => {
  it('makes no RegExp for every word of the passages it ranks', () => {
    // (The question's own words make their few, and which of them are read can differ by a word or two with the
    // ranking: fewer than one more per passage, for passages eight times as long. Made per word, it was 4447 to 668.)
    expect(perQuestion(20, 8) - perQuestion(20, 1)).toBeLessThan(20);
  }, 60_000);
});

/**
 * RegExp constructions while `index.search` reads a question of `words` distinct words (English and Indonesian,
 * with the lexicon, so that the translation of each is read too: words the warm-up did not ask), over a few passages.
 */
function perQuestionWords(words: number): number {
  const script = `
    let regexps = 0, on = false;
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, { construct(target, args) { if (on) regexps++; return Reflect.construct(target, args); } });
    const { SearchIndex } = await import(${JSON.stringify(root + 'src/engine/search.ts')});
    const { loadLexicon } = await import(${JSON.stringify(root + 'src/engine/lexicon.ts')});
    const passages = Array.from({ length: 5 }, (_, i) => ({
      id: 'p' + i, docId: 'd' + i, title: 'Catatan ' + i, text: 'Panitia mengumumkan program baru tentang festival sains ' + i + '.',
      paragraph: 1, part: 1, parts: 1, start: 0, end: 0, date: null, source: null, url: null, lang: null,
    }));
    const index = new SearchIndex(passages, { lexicon: loadLexicon() });
    const english = 'organizers announced new programmes about science festivals nature conservation documentaries broadcasting partners launched speakers workshops volunteers';
    const indonesian = 'panitianya mengumumkan programnya tentang festivalnya sainslah alamnya pelestarian dokumenternya penyiaran mitranya diluncurkan pembicaranya lokakaryanya relawannya';
    // (Warmed up with other words: asked again, a word's translations come from the index's memo, not read.)
    const warmEnglish = 'committee members discussed several budget proposals during monthly meetings regarding library renovation plans students teachers parents';
    const warmIndonesian = 'anggotanya membahas anggarannya selama rapatnya mengenai renovasinya perpustakaan siswanya gurunya orangtuanya rencananya bulanannya usulannya kegiatannya';
    const pick = (s) => s.split(' ').slice(0, ${words}).join(' ');
    index.search('what ' + pick(warmEnglish), 10);
    index.search('apa ' + pick(warmIndonesian), 10);
    on = true;
    index.search('what ' + pick(english), 10);
    index.search('apa ' + pick(indonesian), 10);
    on = false;
    console.log(JSON.stringify({ regexps }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { regexps: number }).regexps;
}

describe("a question's own words under tsx", () => {
  it('make no RegExp for every word of the question', () => {
    // (Four words against fifteen, in each language: made per word, it was some 2 more a word.)
    expect(perQuestionWords(15) - perQuestionWords(4)).toBeLessThan(8);
  }, 60_000);
});
