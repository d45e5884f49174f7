// "siapa pembicara meetup bulan November?": a month without its year. A corpus of two years of monthly meetups
// has two November meetups, and the member means the latest November the write-ups speak of: the newest write-up
// dated that month, or a later document's plan for it ("meetup bulan November" in October's minutes, read in the
// minutes' year, as textMonths reads it). The ranking alone put whichever scored higher first, as often last
// year's.

import { monthNumber, textDates, textMonths } from './dates.ts';
import { COMPARABLE, dateOrder, speaksOfFuture } from './recency.ts';

type Ranked = { coverage: number; passage: { date: string | null; text: string } };

/**
 * The year a passage speaks of one of `months` (numbers, 1–12) in: its write-up's date's, when dated in one of
 * them; else the year a date in its text gives the month ("November 2025"); else, for a month its text names
 * without a year, its write-up's year, or the next for a plan (see below). Null when it speaks of none of them, or
 * is undated and names the month without a year.
 */
function yearOf(passage: Ranked['passage'], months: readonly number[]): string | null {
  const { date, text } = passage;
  const dateMonth = date === null ? null : /^(\d{4})-(\d{2})/u.exec(date);
  if (dateMonth && months.includes(Number(dateMonth[2]))) return dateMonth[1]!;
  const written = textDates(text).find((d) => d.length >= 7 && months.includes(Number(d.slice(5, 7))));
  if (written !== undefined) return written.slice(0, 4);
  const named = textMonths(text).filter((m) => months.includes(m));
  if (dateMonth === null || named.length === 0) return null;
  // A plan, in the tense of what is to come (see speaksOfFuture), for a month before its own is next year's:
  // December's minutes' "meetup bulan Januari akan diadakan …", as recency.ts reads such a plan as to come.
  const ahead = named.every((m) => m < Number(dateMonth[2])) && speaksOfFuture(text);
  return ahead ? String(Number(dateMonth[1]) + 1) : dateMonth[1]!;
}

/**
 * `hits` (ranked, with the passages about the question's months first: see monthFirst in answer.ts) with the
 * leading passages that speak of one of `monthNames` (Indonesian, as dateTerms indexes them) and match the
 * question about as well as the best of them (see COMPARABLE) ordered by the year they speak of it in, latest
 * first; passages of one year keep their order, and the rest follow as they came. Unchanged when those passages
 * are all of one year. Only for a question that gives no year: with one, the passages of that year come first
 * (yearFirst).
 */
export function latestMonthFirst<H extends Ranked>(hits: readonly H[], monthNames: readonly string[]): H[] {
  const months = monthNames.map(monthNumber).filter((m) => m > 0);
  const years = new Map<H, string>();
  for (const h of hits) {
    const year = yearOf(h.passage, months);
    if (year === null) break;
    years.set(h, year);
  }
  const run = hits.slice(0, years.size);
  const best = run.reduce((m, h) => Math.max(m, h.coverage), 0);
  const comparable = run.filter((h) => h.coverage >= best * COMPARABLE);
  if (comparable.every((h) => years.get(h) === years.get(comparable[0]!))) return [...hits];
  // Array.prototype.sort is stable: within a year, the ranking's order stays.
  const chosen = new Set(comparable);
  const newest = dateOrder('newest');
  comparable.sort((a, b) => newest(years.get(a)!, years.get(b)!));
  return [...comparable, ...hits.filter((h) => !chosen.has(h))];
}
