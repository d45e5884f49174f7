// Which documents without a `lang` read as English: their openings' words are tallied in the pass that collects
// the corpus's lower-case words (openings.ts), and must give what guessLanguage gives over each opening read on
// its own, the first GUESS_CHARS characters of the document across its passages, each after a line break.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addLowerCaseWords, guessLanguage, tallyLanguage, tokenize, type LanguageTally } from '../src/engine/analyzer.ts';
import { GUESS_CHARS, Openings } from '../src/engine/openings.ts';
import { splitPassages } from '../src/engine/segment.ts';
import { parseTextFile } from '../src/engine/corpus.ts';
import type { Passage } from '../src/engine/types.ts';
import { SHIPPED_FORUM } from './shipped-corpus.ts';

function passage(docId: string, n: number, text: string, lang: string | null = null): Passage {
  return { id: `${docId}#${n}`, docId, title: '', paragraph: n, part: 1, parts: 1, text, start: 0, end: 0, date: null, source: null, url: null, lang };
}

/** The opening of each document without a `lang`, joined as one text: what its language was guessed from. */
function openingTexts(passages: Passage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of passages) {
    if (p.lang !== null) continue;
    const text = out.get(p.docId);
    if (text === undefined) out.set(p.docId, p.text.slice(0, GUESS_CHARS));
    else if (text.length < GUESS_CHARS) out.set(p.docId, `${text}\n${p.text.slice(0, GUESS_CHARS - text.length)}`);
  }
  return out;
}

// English and Indonesian sentences with joined words ("it's", "ke-75", "AT&T", "C++"), numbers and capitals, so
// that an opening's end cuts through every kind of word somewhere.
const ENGLISH = "It's the harbour of Quanzhou, where AT&T and the city's C++ team met; the ships left for Aden at 12.30 and were back by the 75th day. ";
const INDONESIAN = 'Pelabuhan ke-75 itu dibangun oleh pemerintah kota, yang juga membangun jalan-jalan di sekitarnya pada tahun 1925. ';

function documents(): Passage[] {
  const out: Passage[] = [];
  // Openings that end inside every character of a sentence, over one passage or across several.
  for (let cut = 0; cut < ENGLISH.length; cut++) {
    const filler = (ENGLISH + INDONESIAN).repeat(8).slice(0, GUESS_CHARS - cut);
    out.push(passage(`one-${cut}`, 1, filler + ENGLISH + INDONESIAN));
    // A first passage a little short of the opening: the second fills it, after a line break.
    out.push(passage(`two-${cut}`, 1, INDONESIAN.repeat(9).slice(0, GUESS_CHARS - 40 - (cut % 40))));
    out.push(passage(`two-${cut}`, 2, ENGLISH.slice(cut) + ENGLISH.repeat(3)));
    out.push(passage(`two-${cut}`, 3, ENGLISH.repeat(5)));
  }
  // Openings that end a character earlier or later in a third passage that alternates an English and an
  // Indonesian function word: the last word read decides between English and neither. (The first two have none.)
  for (let a = 0; a < 12; a++) {
    for (let b = 0; b < 12; b++) {
      out.push(passage(`three-${a}-${b}`, 1, 'zq '.repeat(400).slice(0, GUESS_CHARS - 20 + a)));
      out.push(passage(`three-${a}-${b}`, 2, 'xw '.repeat(5).slice(0, b)));
      out.push(passage(`three-${a}-${b}`, 3, 'of yang '.repeat(5)));
    }
  }
  // Many short passages, mostly English after an Indonesian heading; an empty one; documents that say their
  // language.
  for (let i = 0; i < 40; i++) out.push(passage('short', i + 1, i === 0 ? 'Ringkasan acara' : i === 3 ? '' : ENGLISH.slice(0, 20 + i * 7)));
  out.push(passage('said-id', 1, ENGLISH.repeat(3), 'id'));
  out.push(passage('said-en', 1, INDONESIAN.repeat(3), 'en'));
  out.push(passage('empty', 1, ''));
  const forum = parseTextFile(readFileSync(SHIPPED_FORUM, 'utf8'), SHIPPED_FORUM, () => undefined);
  for (const d of forum) out.push(...splitPassages({ ...d, lang: null }));
  return out;
}

describe('Openings', () => {
  const passages = documents();

  it('reads as English the documents whose opening guessLanguage reads as English', () => {
    const openings = new Openings();
    for (const p of passages) openings.read(p, new Set());
    const expected = [...openingTexts(passages)].filter(([, text]) => guessLanguage(text) === 'en').map(([docId]) => docId);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(openingTexts(passages).size - 100);
    expect([...openings.english()].sort()).toEqual(expected.sort());
  });

  it('collects the same lower-case words as addLowerCaseWords alone', () => {
    const openings = new Openings();
    const read = new Set<string>();
    for (const p of passages) openings.read(p, read);
    const alone = new Set<string>();
    for (const p of passages) addLowerCaseWords(p.text, alone);
    expect([...read].sort()).toEqual([...alone].sort());
  });
});

describe('addLowerCaseWords', () => {
  it('collects the words tokenize gives that start with a letter in lower case, in any script', () => {
    const text = `${ENGLISH}${INDONESIAN} Édition édition Ärger ärger 3d iPhone Αθήνα αθήνα ǅemal ǆemal ﬁnal Ⅻ ⅻ 𝐀bc 𝐚bc ß-Bahn`;
    const expected = new Set(tokenize(text).filter((t) => text[t.start] !== text[t.start]!.toUpperCase()).map((t) => t.norm));
    const collected = new Set<string>();
    addLowerCaseWords(text, collected);
    expect(collected.has('édition') && collected.has('ärger') && collected.has('αθήνα') && !collected.has('3d')).toBe(true);
    expect([...collected].sort()).toEqual([...expected].sort());
  });
});

describe('addLowerCaseWords with a tally', () => {
  it('tallies the words of the text up to any point as guessLanguage would read that much of it', () => {
    const text = `${ENGLISH}\n${INDONESIAN}  "Quanzhou's" e-mail: x+y, ke-3.`;
    for (let upTo = 0; upTo <= text.length + 1; upTo++) {
      const tally: LanguageTally = { en: 0, id: 0 };
      addLowerCaseWords(text, new Set(), tally, upTo);
      const expected: LanguageTally = { en: 0, id: 0 };
      tallyLanguage(text.slice(0, upTo), expected);
      expect(tally, `up to ${upTo}: ${JSON.stringify(text.slice(0, upTo))}`).toEqual(expected);
    }
  });
});
