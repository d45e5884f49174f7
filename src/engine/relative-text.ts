// A write-up's own "tahun lalu", "bulan depan", "last year" were written relative to the write-up's date, not to the
// member's day (which is how a question's are read: see relative-days.ts). The July 2025 minutes' "anggaran tahun
// lalu habis Rp 9.200.000" is 2024's budget, and a member asks for it as "anggaran 17an 2024"; the words "tahun"
// and "lalu" find nothing of it. So such a phrase in a dated document's text is also indexed as the year it denotes
// ("2024"), and a month as its name and year ("bulan lalu" of 2025-07-13 → "juni", "2025"), as a date written in
// numbers is indexed as its month's name (see textDateMonths). Only a year or a month one before or after the
// document's: "minggu lalu" and "kemarin" name days, which the index holds no words for; "dua tahun lalu",
// "beberapa bulan lalu" (a count of them ago) and "tahun ini" (the document's own year, its date's) are left as
// they are.

import { ENGLISH_MONTHS, MONTHS, monthNumber } from './dates.ts';
import { INDONESIAN_UNITS } from './number-words.ts';
import type { NamedPeriod } from './types.ts';

/**
 * Not after a count: "2 tahun lalu", "dua bulan lalu", "beberapa tahun lalu" are that many ago, and so are the
 * counts of more than one word, whose last word is no unit: "dua puluh tahun lalu", "lima belas", "seratus",
 * "puluhan tahun lalu", "setengah bulan lalu". (Nor "bertahun-tahun lalu": see RELATIVE's hyphen.) Whole words
 * only: "Germany last year" is no "many last year". A count in digits is one to three of them, or a fraction,
 * "1,5 tahun lalu": an amount's "Rp 150.000 bulan lalu" (digits after a thousands point) and its "25 ribu tahun
 * lalu" are last month's and last year's.
 */
const COUNT_WORDS = [
  ...INDONESIAN_UNITS, 'sepuluh', 'sebelas', 'puluh', 'belas', 'ratus', 'seratus', 'puluhan', 'belasan', 'ratusan', 'ribuan', 'setengah',
  'sekian', 'beberapa', 'berapa', 'banyak', 'several', 'few', 'many',
];
const COUNT = String.raw`(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,]\d{1,2})?|(?<![\p{L}\p{N}])(?:${COUNT_WORDS.join('|')})`;

/**
 * The phrases: Indonesian unit then the word for before or after ("tahun lalu", "thn kemarin", "bulan depan"),
 * English the word then the unit ("last year", "the previous month", "next year").
 */
const RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?<!(?:${COUNT})\s+)(?:(?<idUnit>tahun|thn|bulan|bln)\s+(?<idWhen>yang\s+lalu|yg\s+lalu|lalu|kemarin|kemaren|kmrn|sebelumnya|depan|berikutnya)|(?<enWhen>last|previous|next|following)\s+(?<enUnit>year|month))(?![\p{L}\p{N}])`,
  'giu',
);

/** RELATIVE, for a test whether a text names one at all (not global: no lastIndex to reset). */
const ANY_RELATIVE = new RegExp(RELATIVE.source, 'iu');

const EARLIER = /^(?:yang\s+lalu|yg\s+lalu|lalu|kemarin|kemaren|kmrn|sebelumnya|last|previous)$/iu;
/**
 * The words that refer back to a period the text has named rather than to the day it was written ("tahun
 * sebelumnya", "the following year"): after a year the text names, the year before or after that one. ("tahun
 * lalu", "last year", "next year" are the writer's: a 2025 write-up's "tahun lalu" is 2024 whatever it names.)
 */
const ANAPHORIC = /^(?:sebelumnya|berikutnya|previous|following)$/iu;
/**
 * A year the text names (1900–2099), which an anaphoric "tahun berikutnya" after it counts from. Not an amount's
 * digits: "Rp 2000", "IDR 2000" are no year 2000.
 */
const NAMED_YEAR = /(?<![\p{L}\p{N}.,])(?<!(?:Rp|RP|rp|IDR)\.?[ \t]*)(?:19|20)\d\d(?![\p{L}\p{N}])/gu;
/** A range's first year, right before its last: "2019–" of "2019–2022", "2019 sampai " ("from 2019 to 2022"). */
const RANGE_START = /(?<![\p{L}\p{N}.,])((?:19|20)\d\d)[ \t]*(?:[-–—/]|s\.?[ \t]?d\.?|sampai|hingga|to|until)[ \t]*$/iu;
/** NAMED_YEAR, for a test whether a text names one at all (not global: no lastIndex to reset). */
const NAMED_YEAR_ONCE = new RegExp(NAMED_YEAR.source, 'u');
const DATE = /^(\d{4})-(\d{2})/u;
/** A phrase referring back to a period named before it (see ANAPHORIC): a cheap test whether a text has one. */
const REFERS_BACK = /(?:tahun|thn|bulan|bln)\s+(?:sebelumnya|berikutnya)|(?:previous|following)\s+(?:year|month)/iu;
/**
 * A month's name the text writes, with the year written after it if any ("Juni 2024", "March 2023"). Capitalised
 * (or all capitals): a lower-case "may", "march" is a verb, and write-ups capitalise months in both languages.
 */
const NAMED_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${[...MONTHS, ...ENGLISH_MONTHS].map((m) => `${m[0]!.toUpperCase()}(?:${m.slice(1)}|${m.slice(1).toUpperCase()})`).join('|')})(?![\p{L}\p{N}])(?:[ \t]+((?:19|20)\d\d)(?![\p{L}\p{N}]))?`,
  'gu',
);
/**
 * A range's first month, right before its last: "Maret–" of "Maret–Mei 2024", "Desember 2023 – " (of "… Februari
 * 2024"), "3 Maret sampai 5 " (of "… Mei 2024"). As RANGE_START is of years.
 */
const MONTH_RANGE_START = new RegExp(
  String.raw`${NAMED_MONTH.source}[ \t]*(?:[-–—/]|s\.?[ \t]?d\.?|sampai|hingga|to|until)[ \t]*(?:\d{1,2}[ \t]+)?$`,
  'u',
);

/**
 * The year and month words a dated text's relative periods denote, from its date (YYYY-MM or YYYY-MM-DD; a year
 * alone for years only): "tahun lalu" of 2025-07-13 → "2024", "bulan lalu" → "juni", "2025". Empty for a text that
 * names none; an undated text's are only the years "tahun berikutnya" and the like count from a year it names.
 * `before` is what its write-up's earlier paragraphs name (Passage.namedBefore), which "tahun berikutnya", "bulan
 * sebelumnya" count from when the text names no year (or month) before them.
 */
export function relativeDateWords(text: string, date: string | null, before?: NamedPeriod): string[] {
  // (An undated text's are only those counted from a year it or its earlier paragraphs name: "digelar 2019. Tahun
  // berikutnya …" is 2020.)
  const m = date === null ? null : (DATE.exec(date) ?? /^(\d{4})/u.exec(date));
  if (!m && (date !== null || (before === undefined && !NAMED_YEAR_ONCE.test(text)))) return [];
  const year = m ? Number(m[1]) : undefined;
  const month = m?.[2] === undefined ? undefined : Number(m[2]);
  const out: string[] = [];
  for (const hit of text.matchAll(RELATIVE)) {
    const g = hit.groups!;
    const unit = (g['idUnit'] ?? g['enUnit'])!.toLowerCase();
    const when = (g['idWhen'] ?? g['enWhen'])!;
    const step = EARLIER.test(when) ? -1 : 1;
    const anaphoric = ANAPHORIC.test(when);
    if (unit.startsWith('t') || unit === 'year') {
      const from = anaphoric ? (yearBefore(text, hit.index, step < 0) ?? (step < 0 ? before?.firstYear : before?.year)) : undefined;
      if ((from ?? year) !== undefined) out.push(String((from ?? year)! + step));
    } else {
      // (After a month the text or an earlier paragraph names, the month next to that one: "Rapat bulan Maret …
      // Bulan berikutnya …" is April; its year the one written with it, else the write-up's.)
      // (For the month before, a range's first: "Maret–Mei 2024. Bulan sebelumnya …" is February.)
      const named = anaphoric
        ? (monthBefore(text, hit.index, before, year, step < 0) ?? (step < 0 ? (before?.firstMonth ?? before?.month) : before?.month))
        : undefined;
      const from = named ?? (year !== undefined && month !== undefined ? { month: year * 12 + (month - 1) } : undefined);
      if (from === undefined) continue;
      const index = from.month + step;
      out.push(MONTHS[((index % 12) + 12) % 12]!);
      if (from.dated !== false) out.push(String(Math.floor(index / 12)));
    }
  }
  return out;
}

/** Whether a text refers back to a period named before it ("tahun berikutnya", "the previous month"). */
export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text);
}

/**
 * The last year and month `text` names, with what an earlier text named (`before`) for those it does not: what a
 * later paragraph's "tahun berikutnya" counts from (NamedPeriod). A month without a year written with it is of the
 * last year named before it (see monthBefore), else of the write-up's (`date`).
 */
export function namedPeriod(text: string, date: string | null, before?: NamedPeriod): NamedPeriod | undefined {
  let out = before;
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(NAMED_YEAR)) last = m;
  if (last !== undefined) {
    const from = RANGE_START.exec(text.slice(0, last.index));
    out = { ...out, year: Number(last[0]), firstYear: Number(from ? from[1] : last[0]) };
  }
  const dateYear = date === null ? undefined : Number(date.slice(0, 4));
  const of = Number.isNaN(dateYear) ? undefined : dateYear;
  const month = monthBefore(text, text.length, before, of, false);
  if (month !== undefined) out = { ...out, month, firstMonth: monthBefore(text, text.length, before, of, true) ?? month };
  return out;
}

/** Whether a text names a year or month relative to its date (see relativeDateWords): a cheap test first. */
export function namesRelativePeriod(text: string): boolean {
  return ANY_RELATIVE.test(text);
}

/**
 * The last year `text` names before `at`, which a phrase there referring back counts from: "2019" of "digelar
 * 2019. Tahun berikutnya …"; for the year before (`earlier`) a range, its first ("2019–2022. Tahun sebelumnya …"
 * counts from 2019). Undefined where the text names none before it (then its write-up's earlier paragraphs, and
 * last its date, are what there is to count from).
 */
function yearBefore(text: string, at: number, earlier: boolean): number | undefined {
  const before = text.slice(0, at);
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(NAMED_YEAR)) last = m;
  if (last === undefined) return undefined;
  // (The year before a range is the year before it begins: "digelar 2019–2022. Tahun sebelumnya …" is 2018.)
  const from = earlier ? RANGE_START.exec(before.slice(0, last.index)) : null;
  return Number(from ? from[1] : last[0]);
}

/**
 * The last month `text` names before `at`, as a count of months (NamedPeriod.month): of the year written after it
 * ("Juni 2024"), else of the last year named before it in the text, else of an earlier paragraph's (`before`), else
 * `year` (the write-up's); undated when there is none. For the month before (`earlier`) a range, its first
 * ("Maret–Mei 2024. Bulan sebelumnya …" counts from March), of the year written with it, else the months before
 * the last ("November–Februari 2024": November 2023).
 */
function monthBefore(text: string, at: number, before: NamedPeriod | undefined, year: number | undefined, earlier: boolean): NamedPeriod['month'] {
  const head = text.slice(0, at);
  let last: RegExpExecArray | undefined;
  for (const m of head.matchAll(NAMED_MONTH)) last = m;
  if (last === undefined) return undefined;
  const number = monthIndex(last[1]!);
  const of = last[2] !== undefined ? Number(last[2]) : (yearBefore(text, last.index, false) ?? before?.year ?? year);
  const end: NonNullable<NamedPeriod['month']> = of === undefined ? { month: 12_000 + number, dated: false } : { month: of * 12 + number };
  const from = earlier ? MONTH_RANGE_START.exec(head.slice(0, last.index)) : null;
  if (from === null) return end;
  const first = monthIndex(from[1]!);
  if (from[2] !== undefined && end.dated !== false) return { month: Number(from[2]) * 12 + first };
  return { ...end, month: end.month - ((number - first + 12) % 12) };
}

/** A month's number, 0 to 11, from its name as written (Indonesian or English, any case): dates.ts's, from 0. */
function monthIndex(written: string): number {
  return monthNumber(written.toLowerCase()) - 1;
}
