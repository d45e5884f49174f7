// Whether a passage names the event a question asks about with another edition of it: the year beside the event's
// name. The 2025 karaoke recap keeps unsold goods "buat charity sale berikutnya di Kizuna Matsuri 2026": asked
// "kizuna matsuri 2025 tanggal brp", it matched "kizuna", "matsuri", "tanggal" and, by its own date, 2025, and came
// before the 2025 announcement that states the dates. A year written right after (or before) a word the question
// matched names which edition of it the passage speaks of; a year after a month's name is a date, no edition.

import { isYear, stemsOf, tokenize, wordsOf } from './analyzer.ts';
import { isMonthName } from './dates.ts';
import { relativeDateWords } from './relative-text.ts';
import { splitSentences } from './sentences.ts';

/**
 * Whether `text` writes a year that is not one of `years` beside one of `words` (normalised index terms the passage
 * matched for the question's other words, a word's or its stem's: "matsuri" of "Kizuna Matsuri 2026"), and writes
 * none of `years` so. A passage that names the edition asked beside the event too ("Kizuna Matsuri 2025, like
 * Kizuna Matsuri 2024") is about the one asked as much as any.
 */
export function namesOtherEdition(text: string, years: readonly string[], words: ReadonlySet<string>): boolean {
  // (Read for every passage of the year asked of every question that names one (answer.ts yearFirst): most write
  // nothing but the year asked, if any, and need no tokens. Any run of four digits or more in any script that is
  // not a year asked may be a year token.)
  if (!mayNameOtherYear(text, years)) return false;
  const norms = tokenize(text).map((t) => t.norm);
  let other = false;
  for (let i = 0; i < norms.length; i++) {
    const n = norms[i]!;
    if (!isYear(n)) continue;
    // (A date's year follows its month: "9 Agustus 2026" dates something, it names no edition.)
    if (i > 0 && isMonthName(norms[i - 1]!)) continue;
    if (!isMatched(norms[i - 1], words) && !isMatched(norms[i + 1], words)) continue;
    if (years.includes(n)) return false;
    other = true;
  }
  return other;
}

/** Whether `text` writes a run of four digits or more (any script) that is not one of `years`. */
function mayNameOtherYear(text: string, years: readonly string[]): boolean {
  for (const [run] of text.matchAll(/\p{Nd}{4,}/gu)) if (!years.includes(run)) return true;
  return false;
}

/** Whether a token is one of `words`, or one of its words or their stems is (see yearBesideWords). */
function isMatched(n: string | undefined, words: ReadonlySet<string>): boolean {
  if (n === undefined || isMonthName(n)) return false;
  if (words.has(n)) return true;
  for (const w of wordsOf(n)) {
    if (words.has(w)) return true;
    for (const s of stemsOf(w)) if (words.has(s)) return true;
  }
  return false;
}

/**
 * Whether `text` says one of `outcome` (normalised terms a passage matched for a question's word of an outcome:
 * "juara", "pemenang", "pengunjung") of one of `years` or of no year: where the year nearest to the word in its
 * sentence, within NEAR_YEAR words, is one of `years`, or there is none so near. The 2026 call for photos names its jury, "Putri
 * Handayani (juara 1 mobile 2025)": a winner of 2025, no result of 2026.
 */
export function saysOutcomeOf(text: string, years: readonly string[], outcome: ReadonlySet<string>, date: string | null = null): boolean {
  for (const [start, end] of splitSentences(text)) {
    const norms = tokenize(text.slice(start, end)).map((t) => t.norm);
    for (let i = 0; i < norms.length; i++) {
      if (!isMatched(norms[i], outcome)) continue;
      const year = nearestYear(norms, i, NEAR_YEAR, date);
      if (year === null || years.includes(year)) return true;
    }
  }
  return false;
}

/**
 * How many words from an outcome's word a year says whose outcome it is: "juara 1 mobile 2025". One further off
 * speaks of something else: "5.780 pengunjung, total 10.030 orang, naik dari 7.400 orang di tahun 2024".
 */
const NEAR_YEAR = 4;

/**
 * The year nearest to position `i` of `norms` within `reach` words (the earlier of two as near), or null: a year
 * token, or one its text names relative to its date `date` (see relativeDateWords): "Jumlah pengunjung tahun lalu
 * 800 orang" in the 2026 call for entries counts 2025's visitors.
 */
function nearestYear(norms: readonly string[], i: number, reach: number, date: string | null): string | null {
  for (let d = 1; d <= reach; d++) {
    const before = i - d >= 0 ? yearAt(norms, i - d, date) : null;
    if (before !== null) return before;
    const after = i + d < norms.length ? yearAt(norms, i + d, date) : null;
    if (after !== null) return after;
    if (i - d < 0 && i + d >= norms.length) break;
  }
  return null;
}

/**
 * The year token at position `j`, or the year a relative phrase whose unit is there denotes ("tahun lalu", "thn
 * kemarin", "last year": the words around it read as relativeDateWords reads them, a count before it too, "dua
 * tahun lalu" no year), or null.
 */
function yearAt(norms: readonly string[], j: number, date: string | null): string | null {
  const n = norms[j]!;
  if (isYear(n)) return n;
  if (date === null) return null;
  let phrase: string;
  if (n === 'tahun' || n === 'thn') phrase = norms.slice(Math.max(0, j - 1), j + 3).join(' ');
  else if (n === 'year') phrase = norms.slice(Math.max(0, j - 2), j + 1).join(' ');
  else return null;
  return relativeDateWords(phrase, date).find(isYear) ?? null;
}

/**
 * Whether `text` writes a year and none of `years`: a title "Hasil Tantangan Baca 12 Buku 2025" on a write-up of
 * January 2026 is of the 2025 edition, and a passage of 2026 minutes that says "Laporan pengurus 2025" reports
 * 2025, whatever their date.
 */
export function namesOnlyOtherYears(text: string, years: readonly string[]): boolean {
  let named = false;
  for (const t of tokenize(text)) {
    if (!isYear(t.norm)) continue;
    if (years.includes(t.norm)) return false;
    named = true;
  }
  return named;
}

/** Whether `text` says one of `words` (normalised index terms, as namesOtherEdition reads them). */
export function saysAnyOf(text: string, words: ReadonlySet<string>): boolean {
  for (const t of tokenize(text)) if (isMatched(t.norm, words)) return true;
  return false;
}
