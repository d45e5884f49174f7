// The month a write-up is about. A monthly report is posted after the month it reports on: "Laporan Keuangan April
// 2025" is dated 5 May. Its date's month says only when it was posted; read as what it is about, "saldo akhir Mei"
// was answered with April's balance, "Mei" being the date's. So where the title names a month before the date's
// (and every month it names is before it), that month stands in the date's place, with the title's year or, where
// it names none, the year that puts the month nearest the date (December's report posted in January is last
// year's). A title that names the date's own month ("Notulen Rapat Mei 2025") or a later one (a plan posted ahead,
// "Imunisasi November" dated in October) leaves the date as it is.

import { dateTerms, ENGLISH_MONTHS, MONTHS } from './dates.ts';

/**
 * A month's name in a title, Indonesian or English, as a word. "May" and "March" apart (below): a title capitalises
 * the verb and the walk too ("What We May Do Next", "Peace March").
 */
const TITLE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(${[...MONTHS, ...ENGLISH_MONTHS.filter((m) => m !== 'may' && m !== 'march')].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/**
 * "May" or "March" where a title writes it as a month: after a day ("22 May"), or opening the title or a clause
 * (or after "of", "for", "in", "from") and followed by a year, a day, or the clause's end ("March 2025 Finance
 * Report", "Monthly report, March"). Not after another word ("Climate March 2025"), nor before one ("March for
 * Science", "May Do").
 */
const TITLE_MAY_MARCH =
  /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(May|March)(?![\p{L}\p{N}])|(?:^|[,:;|(\[–—-]|(?<![\p{L}\p{N}])(?:of|for|in|from))\s*(May|March)(?=\s*(?:$|[,:;|)\]–—-]|(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d{2})(?![\p{L}\p{N}])))/gu;
const TITLE_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d{2})(?![\p{L}\p{N}])/u;

/**
 * dateTerms of a write-up's date (its year and its month's Indonesian name), read as what the write-up is about
 * (see above): the months its title names in place of the date's, where all of them are before it. Kept per date
 * and title: asked for every passage indexed and every dated hit of a question that names a month.
 */
export function reportedDateTerms(date: string | null, title: string): string[] {
  return readOnce(date, title).terms.slice();
}

/**
 * The months ("YYYY-MM") a write-up is about in place of its date's (see above), or none where the date stands:
 * for a month or a year asked relative to today ("saldo kas bulan lalu" in August is July's report, posted in
 * August), as reportedDateTerms is for one typed.
 */
export function reportedMonths(date: string | null, title: string): readonly string[] {
  return readOnce(date, title).months;
}

function readOnce(date: string | null, title: string): Reported {
  const key = `${date}\n${title}`;
  let r = reported.get(key);
  if (r === undefined) {
    if (reported.size >= REPORTED_LIMIT) reported.clear();
    reported.set(key, (r = read(date, title)));
  }
  return r;
}

/** How many date and title pairs reportedDateTerms keeps (a corpus's write-ups: their titles are few). */
const REPORTED_LIMIT = 10_000;
type Reported = { terms: string[]; months: readonly string[] };
const reported = new Map<string, Reported>();

function read(date: string | null, title: string): Reported {
  const terms = dateTerms(date);
  const kept = { terms, months: [] };
  const m = date === null ? null : /^(\d{4})-(\d{2})/u.exec(date);
  if (m === null || terms.length < 2) return kept;
  const months = new Set<number>();
  for (const t of title.matchAll(TITLE_MONTH)) {
    const name = t[1]!.toLowerCase();
    months.add((MONTHS.includes(name) ? MONTHS.indexOf(name) : ENGLISH_MONTHS.indexOf(name)) + 1);
  }
  for (const t of title.matchAll(TITLE_MAY_MARCH)) months.add((t[1] ?? t[2]) === 'May' ? 5 : 3);
  if (months.size === 0) return kept;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const titled = TITLE_YEAR.exec(title)?.[1];
  const posted = year * 12 + month;
  // Without a year in the title, a month is the nearer of its two: one more than half a year after the date's is
  // last year's ("Laporan Kas Desember" posted in January is December's, not a plan eleven months ahead), one
  // closer ahead a plan's ("Imunisasi November" posted in October).
  const at: number[] = [];
  for (const n of months) {
    const when = (titled !== undefined ? Number(titled) : n - month > 6 ? year - 1 : year) * 12 + n;
    if (when >= posted) return kept;
    at.push(when);
  }
  at.sort((a, b) => a - b);
  const years = [...new Set(at.map((w) => String(Math.floor((w - 1) / 12))))];
  return {
    terms: [...years, ...at.map((w) => MONTHS[(w - 1) % 12]!)],
    months: at.map((w) => `${Math.floor((w - 1) / 12)}-${String(((w - 1) % 12) + 1).padStart(2, '0')}`),
  };
}
