// "book club oktober jam brp": a question that names a month asks about that month. A club's monthly write-ups end
// with the next month's plan ("Buku bulan Oktober: …, tempat menyusul"), a paragraph of September's notes that
// speaks of October, and it matched the question better than October's own notes, whose title holds the words
// "book club" and "Oktober" once for all its paragraphs. Among the passages that can be about the month and match
// the question alike, those of a write-up whose title names that month (and no other) come first: that write-up is
// about the month; a passage of another that names it is about something else that mentions it. And a question
// naming a month that no write-up speaks of ("book club desember") is not answered (answer.ts, isConfident).

import { datesMonth, isMonthName, MONTHS, monthNumber } from './dates.ts';
import { reportedDateTerms } from './reported-month.ts';
import { COMPARABLE } from './recency.ts';
import type { Passage } from './types.ts';

/** A passage's years and months as words, its title's and its text's: SearchIndex.calendarWords. */
export type CalendarWords = { title: ReadonlySet<string>; text: ReadonlySet<string> };

/**
 * Whether a passage can be about one of `months` (Indonesian names): its write-up is undated or dated to a year
 * only, or dated (see reportedDateTerms) in one of them, or its title or its own text names one (minutes of
 * November that plan "meetup bulan Desember", or "meetup 14/12/2025"). (Not only the passages whose text names no
 * other month: a July meeting's decisions name the August dates they set, and are what "keputusan rapat bulan
 * juli" asks for; measured so, a persona set lost two such questions.)
 */
export function ofMonth(p: Passage, months: readonly string[], words: CalendarWords, english = false): boolean {
  if (!datesMonth(p.date) || reportedDateTerms(p.date, p.title).some((w) => months.includes(w))) return true;
  // (With `english`, a month it names in English too: an English write-up's "In October the reading club …"
  // speaks of October, and "who hosted the reading club in October" was left unanswered as asking of a month no
  // write-up speaks of. Only for that test (isConfident): in the order of the hits, measured, an English summary's
  // "From August to October we collected …" went ahead of the August report's own figure.)
  if (english) return namesOneOf(words.title, months) || namesOneOf(words.text, months);
  return months.some((m) => words.title.has(m) || words.text.has(m));
}

/** The Indonesian name of a month's name in either language ("oktober" of "october"). */
function indonesianMonth(name: string): string {
  return MONTHS[monthNumber(name) - 1] ?? name;
}

/** Whether calendar words (see CalendarWords) name one of `months`, in either language. */
function namesOneOf(words: ReadonlySet<string>, months: readonly string[]): boolean {
  for (const w of words) if (isMonthName(w) && months.includes(indonesianMonth(w))) return true;
  return false;
}

/** Whether a title names months, all of them among `months`: "Klub Baca Oktober 2025", not "Agustus–Oktober". */
function titledOnly(title: ReadonlySet<string>, months: readonly string[]): boolean {
  let named = false;
  for (const w of title) {
    if (!isMonthName(w)) continue;
    if (!months.includes(w)) return false;
    named = true;
  }
  return named;
}

/**
 * `hits` (with those about one of `months` ahead: monthFirst in answer.ts) with, among that leading run
 * (`about`), those whose write-up's title names one of the months and no other (see titledOnly) and that match
 * the question about as well as the best of the run (COMPARABLE) first; each part keeps its order.
 */
export function titledMonthFirst<H extends { coverage: number; passage: Passage }>(
  hits: readonly H[],
  months: readonly string[],
  about: (hit: H) => boolean,
  titleWords: (hit: H) => ReadonlySet<string>,
): H[] {
  let end = 0;
  while (end < hits.length && about(hits[end]!)) end++;
  const run = hits.slice(0, end);
  // (Only where the run's first passage is of another write-up: where a titled write-up's passage leads, the
  // ranking's order stands. Measured otherwise, the March report's passage that states the transport cost went
  // behind another of its passages that matched more of the question.)
  if (run.length === 0 || titledOnly(titleWords(run[0]!), months)) return [...hits];
  const best = run.reduce((m, h) => Math.max(m, h.coverage), 0);
  const titled = new Set(run.filter((h) => h.coverage >= best * COMPARABLE && titledOnly(titleWords(h), months)));
  if (titled.size === 0) return [...hits];
  return [...run.filter((h) => titled.has(h)), ...hits.filter((h) => !titled.has(h))];
}
