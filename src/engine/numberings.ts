// What write-ups number and with which numbers: "Hari 2", "Meetup #2", "hari kedua", a number alone in a table's
// cell under its column's name, an item under the line that introduces its list (numberings, read once a passage
// by SearchIndex.#numberings); and a number's spellings in digits ("1", "ke-1", "1st") a question's number is
// looked up by. Pure functions of the text.

import { hasNumeral, tokenize, wordsOf, type Token } from './analyzer.ts';
import { askedNumbers } from './asked-numbers.ts';
import { besideNumber, countedWordAt } from './counted-words.ts';
import { introHead, isListNumber, lineStartOf } from './list-items.ts';
import { listsPlacings, numberedListIntros, PLACING_WORD } from './numbered-lists.ts';
import { spelledNumberAt, type SpelledNumber } from './number-words.ts';
import type { QueryGroup } from './search.ts';
import { columnHeaderAt } from './tables.ts';
import type { Passage } from './types.ts';

/**
 * The content words a number spelled out as words stands beside, with a space between: the word before it ("meetup
 * pertama", "hari kedua", "day two"; for an Indonesian ordinal also before "yang", "meetup yang pertama"), but for
 * an English ordinal the word after it ("the first meetup"). Not the other way: the Indonesian ordinal follows
 * what it numbers, and before a word it is "both" or another word's ("kedua meetup itu", "pembicara kedua meetup
 * #9" is the second speaker of #9). None for a first time ("pertama kali", "the first time"), nor another number
 * ("dua tiga").
 */
export function besideSpelled(text: string, tokens: Token[], i: number, number: SpelledNumber): string[] {
  const spaced = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && /^[ \t]+$/u.test(text.slice(a.end, b.start));
  const last = tokens[i + number.words - 1]!;
  const after = tokens[i + number.words];
  if (number.ordinal && spaced(last, after) && TIMES.has(after!.norm)) return [];
  let beside: Token | undefined;
  if (number.ordinal && number.english) beside = spaced(last, after) ? after : undefined;
  else {
    // (An ordinal also with "yang" between: "meetup yang pertama" is "meetup pertama".)
    const skip = number.ordinal && tokens[i - 1]?.norm === 'yang' && spaced(tokens[i - 1], tokens[i]) ? 1 : 0;
    beside = spaced(tokens[i - 1 - skip], tokens[i - skip]) ? tokens[i - 1 - skip] : undefined;
  }
  return beside === undefined ? [] : wordsOf(beside.norm).filter((w) => !hasNumeral(w) && spelledNumberAt([w], 0) === undefined);
}

/**
 * A number a passage writes beside one of the words it may number (see numberings): "Hari 2" is { written: "2",
 * numbers: ["2"], words: ["hari"] }.
 */
export interface Numbering {
  /** The number's token ("2", "ke-2", "2-3", "5.700"), or a number in words in digits ("kedua": "2"). */
  written: string;
  /**
   * Every run of digits in it, which a question's number is matched against (see numbersWith): "2" and "3" of
   * "Hari 2-3", as a range is; but also "5" and "700" of "5.700", as a question's "Rp 5.700" is read as its first
   * run.
   */
  numbers: string[];
  words: string[];
}

/** A number in digits as write-ups number things: "2", "#2", "ke-2", "2nd". */
const PLAIN_NUMBER = /^(?:#|ke-?)?(\d+)(?:st|nd|rd|th)?$/u;

/** A range of numbers, smaller first: "Hari 2-3" is days 2 and 3. */
const NUMBER_RANGE = /^(\d{1,3})-(\d{1,3})$/u;

/**
 * Whether a token is a match's score, two numbers joined by a dash, the first not smaller ("3-2", "2-0", "13-9",
 * "1-1"): it numbers nothing, neither the team before it nor the word after ("RAJAWALI 3-2 NAGA HITAM" is no
 * RAJAWALI #3, and under a title that names RAJAWALI it made the write-up one of a "season 3"). A range is smaller
 * first ("Hari 2-3").
 */
export function isScore(norm: string): boolean {
  const m = NUMBER_RANGE.exec(norm);
  return m !== null && Number(m[1]) >= Number(m[2]);
}

/**
 * The numbers a written number counts to (see Numbering.written), for a write-up's last day
 * (SearchIndex.#lastNumbers): its number ("2", "ke-2", "2nd"), or both of a range ("Hari 2-3" is the write-up's
 * second and third day, and the last is the third, as a question's "hari 3" finds it). None of a date, an amount
 * or a version ("3-5-2025", "12.500", "v2").
 */
export function numbersOf(written: string): string[] {
  const plain = PLAIN_NUMBER.exec(written);
  if (plain) return [plain[1]!];
  const range = NUMBER_RANGE.exec(written);
  return range && Number(range[1]) < Number(range[2]) ? [range[1]!, range[2]!] : [];
}

/**
 * What `text` numbers, and with which numbers: "Hari 2", "hari ke-2", "Meetup #2" (besideNumber), "Meetup
 * Komunitas Python ke-23" (the head of the name the number ends, read as #isNumberedWord reads it, by the text's
 * language: countedWordAt), or an ordinal in words beside it, "hari kedua", "the second day" (besideSpelled). Read
 * once a passage (see SearchIndex.#numberings): what a question's number beside a word write-ups number is looked
 * for in (numbersWith), and what a write-up's last day is read from (SearchIndex.#lastNumbers).
 */
export function numberings(text: string, english: boolean, kinds: ReadonlySet<string>, placings: boolean): Numbering[] {
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const out: Numbering[] = [];
  const tops = new Map<number, number>();
  let intros: Map<number, string> | undefined;
  tokens.forEach((t, i) => {
    if (hasNumeral(t.norm)) {
      const numbers = isScore(t.norm) ? [] : (t.norm.match(/\d+/gu) ?? []);
      if (numbers.length === 0) return;
      // (Or the head of the name the number ends, as a title's is read: the minutes' "Meetup Komunitas Python
      // ke-23" is meetup #23, see countedWords.)
      const head = countedWordAt(text, tokens, i, undefined, english, kinds);
      const beside = head === undefined ? besideNumber(text, tokens, i) : [...besideNumber(text, tokens, i), head];
      // (Or, alone in a table's cell, its column's name: "| 1 | Aditya | 03 |" under "| Juara | Nama | RT |" is
      // "Juara 1", as the line "Juara 1: Aditya" is; a row's number stands apart from its column's name.)
      const column = beside.length === 0 ? columnNumbering(text, t, tops) : [];
      // (Or, a list's mark, the words of the line that introduces the list: "Keputusan rapat:" over "5. …".)
      const intro = beside.length === 0 && column.length === 0 && isListNumber(text, t) ? (intros ??= numberedListIntros(text)).get(lineStartOf(text, t.start)) : undefined;
      const introduced = introHead(intro);
      // (In a results write-up, `placings`, or under an introduction that names winners, an introduced list's items
      // are placings too: see PLACING_WORD.)
      const winners = listsPlacings(introduced[0], placings, intro);
      const listed = winners ? [...introduced, PLACING_WORD] : introduced;
      const words = column.length > 0 ? column : listed.length > 0 ? listed : beside;
      if (words.length > 0) out.push({ written: t.norm, numbers, words });
      return;
    }
    const spelled = spelledNumberAt(norms, i);
    if (spelled === undefined || !spelled.ordinal) return;
    const words = besideSpelled(text, tokens, i, spelled);
    if (words.length > 0) out.push({ written: spelled.n, numbers: [spelled.n], words });
  });
  return out;
}

/**
 * The words of the column name a number written alone in a table's cell has (see columnHeaderAt), or none: "juara"
 * for the "1" of "| 1 | Aditya | 03 |" under "| Juara | Nama | RT |". Only a number as write-ups number things
 * (numbersOf: "1", "ke-1", "2-3"), not an amount or a date in a cell ("Rp 50.000", "17/8"), which counts or dates
 * something and numbers nothing. `tops`: one map per text (see tableHeaderAt).
 */
export function columnNumbering(text: string, t: Token, tops: Map<number, number>): string[] {
  if (numbersOf(t.norm).length === 0 || !CELL_BEFORE.test(text.slice(Math.max(0, t.start - 64), t.start)) || !CELL_AFTER.test(text.slice(t.end, t.end + 64))) return [];
  const name = columnHeaderAt(text, t.start, tops);
  if (name === null) return [];
  return tokenize(name).flatMap((w) => wordsOf(w.norm)).filter((w) => !hasNumeral(w));
}

/**
 * A number with Indonesian -an: "17an" (tujuhbelasan, the 17 August festivities), "90an" (the nineties). A word
 * of its own, no number of the word beside it: "lomba 17an" is no race #17.
 */
export const DIGITS_AN = /^\d+an$/u;

/**
 * A passage's text under the header row of the table it continues, if it is a later part of one: how #numberings and
 * the document's numbered words (SearchIndex.documentWords) both read it, so that its "| 25 |" is night 25 under
 * "| Malam ke |" to either (see columnNumbering).
 */
export function underHeaderRow(p: Passage): string {
  return p.tableHeader === undefined ? p.text : `${p.tableHeader.text}\n${p.text}`;
}

/** A table cell's opening up to a place in it: a border, then only spaces (the number is the cell's first word). */
const CELL_BEFORE = /\|[ \t]*$/u;

/** A table cell's end after a place in it: only spaces, then a border (the number is the cell's last word). */
const CELL_AFTER = /^[ \t]*\|/u;

/**
 * Whether a passage's numberings number one of `words` with the number of `g` (see SearchIndex.#numberedForms).
 */
export function numbersWith(read: readonly Numbering[], g: QueryGroup, words: readonly string[]): boolean {
  const n = askedNumbers(g)[0];
  if (n === undefined) return false;
  return read.some((x) => x.numbers.includes(n) && x.words.some((w) => words.includes(w)));
}

/** The words after an ordinal that make it a count of times, not a number of the word before ("pertama kali"). */
const TIMES: ReadonlySet<string> = new Set(['kali', 'kalinya', 'time', 'times']);

/** A number's spellings in digits, as write-ups number events: "1" ("#1", "Meetup 1"), "ke-1", "1st". */
export function digitSpellings(n: string): string[] {
  const tens = Number(n) % 100;
  const last = Number(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return [n, `ke-${n}`, n + suffix];
}

/** An ordinal written as one word: "ke-20", "ke20", "20th", "21st". */
export const ORDINAL = /^(?:ke-?\d+|\d+(?:st|nd|rd|th))$/u;

/**
 * The key of "`word` numbered `n`" in documentWords' `numbered` ("meetup 20"), and with `n` = "*" of "the document
 * numbers `word`s" (it has "meetup #12"); a bare number there is one the title or an ordinal has.
 */
export function numberedKey(word: string, n: string): string {
  return `${word}\u0000${n}`;
}
