// The words a document names, read once for every question that asks (see SearchIndex.documentWords, which keeps
// them up to DOCUMENT_WORDS_LIMIT words, least recently asked let go first).

import { hasNumeral, isYear, tokenize, wordsOf, type Token } from './analyzer.ts';
import { besideNumber, countedWordAt, measures } from './counted-words.ts';
import { reportedDateTerms } from './reported-month.ts';
import { spelledNumberAt } from './number-words.ts';
import { readNumberedShortForms } from './numbered-short-forms.ts';
import { ORDINAL, besideSpelled, columnNumbering, isScore, numberedKey, underHeaderRow } from './numberings.ts';
import { surfaceTerms } from './passage-analysis.ts';
import { startsOwnLine } from './sentences.ts';
import type { Passage } from './types.ts';
import { unique } from './unique.ts';

/** What documentWords gives of a document: read-only, as it is shared by every question that asks. */
export interface DocumentWords {
  words: ReadonlySet<string>;
  title: ReadonlySet<string>;
  written: ReadonlySet<string>;
  capitalised: ReadonlySet<string>;
  numbered: ReadonlySet<string>;
  /**
   * The words its title writes a number beside ("season" of "Garuda Cup Season 2", and of "Garuda Cup S2" where
   * titles number seasons: see readNumberedShortForms): the write-up is that one's, and `numbered` keeps of those
   * words the title's numbers and later ones (the next, which it may announce); not a word its text numbers with two
   * or more others ("Rapat … di Balai RT 03" reporting RT 01 and RT 05). Season 2's "Season 1 kemarin rame
   * banget" is no write-up of season 1, nor its "Juara 3" (the third place) one of season 3, though its title says
   * "juara" (see answer.ts, namingByNames).
   */
  titleNumbered: ReadonlySet<string>;
  /**
   * The pairs of words that stand within NEAR_WORDS of each other in one of its texts (its title or a passage), as
   * nearKey(earlier, later): "festival" and "makanan" of "festival makanan rakyat", not of a music festival's "stan
   * makanan" two paragraphs on. A word typed beside a kind of event names a write-up that says it with the kind
   * (see answer.ts, besideKindTranslated). Made on first use: few questions ask it, and it holds more pairs than the
   * write-up has words.
   */
  readonly near: ReadonlySet<string>;
}

/**
 * How far apart, in words, two words of one sentence may stand and still be said together: a kind of event and the
 * word that says which ("turnamen catur", "program drama dan dokumenter", "tim bola voli pemuda akan ikut turnamen
 * Camat Cup"), about a clause's length.
 */
export const NEAR_WORDS = 6;

/**
 * For each token of `text`, whether a sentence ends between it and the token before (see DocumentWords.near): a
 * full stop, "!", "?" or ";", or a line break where the next line stands on its own (a list item, a table row, after
 * a heading; see startsOwnLine), not the break of a paragraph wrapped over lines ("festival\nmakanan rakyat").
 */
function sentenceBreaks(text: string, tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let j = 1; j < tokens.length; j++) {
    for (let k = tokens[j - 1]!.end; k < tokens[j]!.start; k++) {
      const c = text.charCodeAt(k);
      // . ! ? ;
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || (c === 0x0a && startsOwnLine(text, k))) {
        out[j] = 1;
        break;
      }
    }
  }
  return out;
}

/** The key of two words `a` and `b`, `a` the earlier, that stand near each other (DocumentWords.near). */
export function nearKey(a: string, b: string): string {
  return `${a}\u0001${b}`;
}

/**
 * How many words (entries of DocumentWords' sets, of all documents) documentWords remembers: about 55 bytes each
 * (measured), so at most some 11 MB. The forum corpus's one write-up holds some 570; 200 monthly write-ups of a few
 * paragraphs, 26,000 (1.5 MB); tydiqa-id's 4,650 reference documents would fill it at 1,600 of them, were they
 * ever asked (their passages are undated and untitled, so the event-name check never reads them). `near`, built
 * only for the write-ups a question asks it of, is not counted (see documentWordsSize).
 */
export const DOCUMENT_WORDS_LIMIT = 200_000;

export function documentWordsSize(d: DocumentWords): number {
  // (Not `near`, made for the few write-ups a question asks it of: counted, it would be made for every one.)
  return d.words.size + d.title.size + d.written.size + d.capitalised.size + d.numbered.size + d.titleNumbered.size;
}

/** No word opened by letters (readDocument's default: a title's "S2" stays as written). */
const NO_WORD = (): undefined => undefined;

/** A word written with a capital first (see readDocument: asked of every word of a document a question reads). */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * documentWords, read from the document's passages, in order (tokenizing all of them). `english`: whether the
 * document has a passage in English (its numbers are read as English ones, see countedWordAt); `titleNumbered`: the
 * words titles number (SearchIndex.#titleNumbered), asked for only when a number of the text may count one: they
 * are collected on first use.
 */
export function readDocument(
  passages: readonly Passage[],
  english: boolean,
  titleNumbered: () => ReadonlySet<string>,
  opens: (letters: string) => string | undefined = NO_WORD,
): DocumentWords {
  const words = new Set<string>();
  const written = new Set<string>();
  const capitalised = new Set<string>();
  const numbered = new Set<string>();
  // (The numbers the title writes beside each word, see DocumentWords.titleNumbered.)
  const titleNumbers = new Map<string, Set<string>>();
  const texts: string[] = [];
  const add = (text: string, isTitle = false) => {
    texts.push(text);
    const tokens = tokenize(text);
    let tops: Map<number, number> | undefined;
    const norms = tokens.map((t) => t.norm);
    // A title numbered in digits has its number: an ordinal spelled further on is a word of its name, read as a
    // text's is ("KopiKode Meetup #9: Kontribusi Pertama" is meetup #9, not also the first meetup; a year is no
    // such number). Only a title without one is numbered by the number it spells ("Meetup Ketujuh").
    const spellsItsNumber = isTitle && !tokens.some((t) => hasNumeral(t.norm) && !isYear(t.norm));
    tokens.forEach((t, i) => {
      const as = text.slice(t.start, t.end);
      written.add(as);
      const capital = CAPITAL_FIRST.test(as);
      for (const w of wordsOf(t.norm)) {
        words.add(w);
        if (capital) capitalised.add(w);
      }
      // (A number the title spells out, "Meetup Komunitas Kesebelas", "Meetup Kedua Belas", is its number too;
      // in the text "dua", "kedua" are as often a count or a second day: there only an ordinal counts, and only
      // as the number of the word beside it, "hari kedua" as "hari 2" is, so that a question's "hari kedua"
      // names the write-up that says it, see QueryGroup.number.)
      const number = hasNumeral(t.norm) ? undefined : spelledNumberAt(norms, i);
      const spelled = number !== undefined && (spellsItsNumber || number.ordinal) ? number : undefined;
      // (Not a score, "3-2", which numbers nothing: see isScore.)
      const digits = isScore(t.norm) ? null : (t.norm.match(/\d+/gu) ?? (spelled === undefined ? null : [spelled.n]));
      if (!digits) return;
      if (spelled !== undefined && !spellsItsNumber) {
        for (const w of besideSpelled(text, tokens, i, spelled)) numbered.add(numberedKey(w, spelled.n));
        return;
      }
      // What the document numbers (see numberedKey): every number of its title but a count or a day ("Lokakarya
      // Dua Hari" is no lokakarya #2), an ordinal that stands beside no word ("yang ke-20", "the 20th"), and a
      // number beside a word ("meetup 20", "meetup ke-20"); not a day of a date or a count ("20 November"). An
      // ordinal beside a word numbers that word: "sesi ke-2" is the second session, no meetup #2 (as "hari 2" of
      // a question is no event's number).
      // (And, in a text, the head of the name the number ends, as #isNumberedWord and numbersWith read it: the
      // minutes' "Meetup Komunitas Python ke-23" numbers meetups, not only a "Python".)
      const head = isTitle || spelled !== undefined ? undefined : countedWordAt(text, tokens, i, undefined, english, titleNumbered());
      const near = head === undefined ? besideNumber(text, tokens, i) : unique([...besideNumber(text, tokens, i), head]);
      // (Or, alone in a table's cell, its column's name, as numberings reads it: "| 5 |" under "| Malam ke |".)
      const beside = near.length === 0 && !isTitle && spelled === undefined ? columnNumbering(text, t, (tops ??= new Map())) : near;
      for (const n of digits) {
        if ((isTitle && !measures(text, tokens, i + (spelled?.words ?? 1) - 1)) || (ORDINAL.test(t.norm) && beside.length === 0)) numbered.add(n);
        if (spelled !== undefined) continue;
        for (const w of beside) {
          numbered.add(numberedKey(w, n)).add(numberedKey(w, '*'));
          if (isTitle) titleNumbers.set(w, (titleNumbers.get(w) ?? new Set()).add(n));
        }
      }
    });
  };
  const first = passages[0];
  const title = new Set(first ? surfaceTerms(first.title) : []);
  if (first) {
    add(readNumberedShortForms(first.title, opens), true);
    for (const w of reportedDateTerms(first.date, first.title)) words.add(w);
  }
  // (A later part of a long table is read under its header row, as the table's first part is: its "| 25 |" is
  // night 25 under "| Malam ke |", see columnNumbering.)
  for (const p of passages) add(underHeaderRow(p));
  // (An earlier one only: a write-up may announce the next, "Retro Night #5 tanggal 15 November, temanya Winning
  // Eleven" at the end of #4's, which is what the newest word of #5 is; see plans.ts.)
  // (Nor is a write-up whose text numbers the word with two or more numbers its title lacks one number's: the
  // meeting "… di Balai RT 03" that reports RT 01's treasurer and RT 05's head is theirs too. An edition's
  // write-up speaks of another at most in passing, "Season 1 kemarin", "See you di season 3!".)
  if (titleNumbers.size > 0) {
    const others = new Map<string, Set<string>>();
    for (const key of numbered) {
      const [w, n] = key.split('\u0000') as [string, string | undefined];
      const own = titleNumbers.get(w);
      if (n !== undefined && n !== '*' && own !== undefined && !own.has(n)) others.set(w, (others.get(w) ?? new Set()).add(n));
    }
    for (const [w, ns] of others) if (ns.size >= 2) titleNumbers.delete(w);
  }
  if (titleNumbers.size > 0) {
    for (const key of numbered) {
      const [w, n] = key.split('\u0000') as [string, string | undefined];
      const own = titleNumbers.get(w);
      if (n !== undefined && n !== '*' && own !== undefined && !own.has(n) && [...own].every((m) => Number(n) < Number(m))) numbered.delete(key);
    }
  }
  let near: ReadonlySet<string> | undefined;
  return {
    words,
    title,
    written,
    capitalised,
    numbered,
    titleNumbered: new Set(titleNumbers.keys()),
    get near() {
      return (near ??= nearPairs(texts));
    },
  };
}

/** DocumentWords.near of its texts (its title and its passages). */
function nearPairs(texts: readonly string[]): ReadonlySet<string> {
  const near = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    const norms = tokens.map((t) => t.norm);
    // (Within a sentence: "… di pinggir lapangan. Festival …" says nothing of the two together.)
    const breaks = sentenceBreaks(text, tokens);
    for (let i = 0; i < norms.length; i++) {
      for (let j = i + 1; j <= i + NEAR_WORDS && j < norms.length && breaks[j] === 0; j++) {
        for (const a of wordsOf(norms[i]!)) for (const b of wordsOf(norms[j]!)) near.add(nearKey(a, b));
      }
    }
  }
  return near;
}
