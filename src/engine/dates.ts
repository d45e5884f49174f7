// The words that place a write-up in time, on both sides of the index: a document's date as the words a member
// asks with (its year and its month's name), and a question's dates read into those words, however typed
// ("Juni-2025", "06-2025", "2025-06-14").

import { isYear } from './analyzer.ts';

export const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * Every way a date writes a month's name, in lower case, and its number (1–12): whole or in three letters, in
 * either language ("Okt", "Aug"), and "agt", "sept". One list for the dates a moderator types (date-hint.ts) and
 * those a passage states (asked-type.ts).
 */
export const WRITTEN_MONTHS: ReadonlyMap<string, number> = new Map(
  [...MONTHS, ...ENGLISH_MONTHS, 'agt', 'sept'].map((name, i): [string, number] => {
    const month = name === 'agt' ? 8 : name === 'sept' ? 9 : (i % 12) + 1;
    return [name, month];
  }).flatMap(([name, month]): Array<[string, number]> => [[name, month], [name.slice(0, 3), month]]),
);
/** The days of the week, whole, as dates and plans name them ("Sabtu, 5 Oktober 2025", "Sabtu depan"). */
export const WEEKDAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad'];
export const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * A document's date as words a member would ask with: its year and its month's name ("2025-05-31" → 2025, mei).
 * Members name an event by when it was ("meetup Mei 2025", "the June 2024 meetup") more often than the write-up
 * repeats its own date, so the date is indexed in a field of its own, with the title's weight. It earns coverage
 * (what makes an answer confident) only when it matches the question's date whole (see search.ts, and dateSlots in
 * question-dates.ts): asked about "meetup Juni 2025" where only March's exists, the March write-up matches
 * "meetup" and "2025", which would be most of the question, and its speaker would be named with confidence. Month
 * names are Indonesian, the corpus's language; English questions reach them through the lexicon (june → juni), as
 * they reach any Indonesian word.
 */
export function dateTerms(date: string | null): string[] {
  const m = date === null ? null : /^(\d{4})(?:-(\d{2}))?/u.exec(date);
  if (!m) return [];
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  return month === undefined ? [m[1]!] : [m[1]!, month];
}

/** Whether a document's date is precise to the month at least ("2025-05", "2025-05-31"; not "2025"). */
export function datesMonth(date: string | null): boolean {
  return date !== null && /^\d{4}-\d{2}/u.test(date);
}

/** A month's name, Indonesian or English, lowercased ("juli", "july"). */
export function isMonthName(word: string): boolean {
  return MONTHS.includes(word) || ENGLISH_MONTHS.includes(word);
}

/**
 * The number (1–12) of a month by its lowercased name in either language ("juni", "june"); 0 for no month's name.
 */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name) + 1 || ENGLISH_MONTHS.indexOf(name) + 1;
}

/** Whether a word is one dateTerms makes: a year or a month's name. */
export function isDateWord(word: string): boolean {
  return isYear(word) || MONTHS.includes(word);
}

/**
 * A question's dates written as one word read as the words dateTerms indexes. A month's name joined to a year
 * ("Juni-2025", "June-2025") is its parts apart ("Juni 2025"): read as one compound, a date missing from the
 * corpus weighed as one question word rather than two, and "meetup Juni-2025" was answered from May's write-up
 * where "meetup Juni 2025" was not. A month typed as a number beside a year ("06-2025", "2025-06", "6/2025",
 * "2025/06") is that month's name ("Juni 2025"), and a whole date ("2025-06-14", "14-06-2025", "14/6/2025") its
 * day, month's name and year ("14 Juni 2025"), as if typed so: read as numbers, "meetup 06-2025" was answered
 * with confidence from May's write-up, whose date has the 2025. Only when `numericMonths`: where no document is
 * dated to the month there is no month to find, and "UU 11/2020" is likelier a law's number than November.
 * Other numbers beside a year are parts apart as before ("2024-2025"); "ke-75", "6/9" (no year) and "12.500.000"
 * are not dates.
 */
export function readDates(text: string, numericMonths: boolean): string {
  return text.replace(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu, (word) => {
    const parts = word.toLowerCase().split(/[-/]/u);
    const month = (p: string) => MONTHS.includes(p) || ENGLISH_MONTHS.includes(p);
    const dateLike = parts.every((p) => month(p) || /^\d{1,4}$/u.test(p)) && parts.some((p) => month(p) || isYear(p));
    if (!dateLike) return word;
    const read = numericMonths ? numericDate(word) : null;
    return read ?? word.replace(/[-/]/gu, ' ');
  });
}

/**
 * A date read from numbers (see dateOfParts): its four-digit year, its month 1–12, and its day 1–31 if it has one.
 */
export interface NumericDate {
  year: string;
  month: number;
  day?: number;
}

/**
 * The date the parts of a date typed in numbers say ("2025", "06" of "2025-06"; "14", "6", "2025" of "14/6/2025"),
 * or null when they are none: a four-digit year first or last, a month 1–12, a day 1–31. Day first when the year
 * is last, as Indonesian writes dates ("05/06/2025" is 5 June, as "6/9" in a news text is 6 September); year first
 * is year, month, day (ISO 8601, and how front matter writes dates). The one reader of such dates: of a question's
 * and a text's here, and of a front-matter date written another way (date-hint.ts); which separators a date may
 * have is the caller's to say.
 */
export function dateOfParts(parts: readonly string[]): NumericDate | null {
  if (!parts.every((p) => /^\d+$/u.test(p))) return null;
  const monthOf = (p: string) => (p.length <= 2 && Number(p) >= 1 && Number(p) <= 12 ? Number(p) : null);
  const isDay = (p: string) => p.length <= 2 && Number(p) >= 1 && Number(p) <= 31;
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    const [year, m] = isYear(a) ? [a, b] : isYear(b) ? [b, a] : [null, null];
    const month = m === null ? null : monthOf(m);
    return year !== null && month !== null ? { year, month } : null;
  }
  if (parts.length !== 3) return null;
  const [a, b, c] = parts as [string, string, string];
  const month = monthOf(b);
  if (month === null) return null;
  if (isYear(a) && isDay(c)) return { year: a, month, day: Number(c) };
  if (isYear(c) && isDay(a)) return { year: c, month, day: Number(a) };
  return null;
}

/** A NumericDate as ISO 8601: "2025-06", "2025-06-14". */
export function isoOfDate(d: NumericDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month)}${d.day === undefined ? '' : `-${pad(d.day)}`}`;
}

/**
 * A date typed in numbers, as words ("2025-06" → "Juni 2025", "14/6/2025" → "14 Juni 2025"), or null when it is
 * not one (see dateOfParts): one separator throughout, "-" or "/".
 */
function numericDate(word: string): string | null {
  if (word.includes('-') && word.includes('/')) return null;
  const d = dateOfParts(word.split(/[-/]/u));
  return d === null ? null : `${d.day === undefined ? '' : `${d.day} `}${capitalised(MONTHS[d.month - 1]!)} ${d.year}`;
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * The months of the whole dates a text writes in numbers ("14/06/2025", "2025-06-14", "14-6-2025"), each as its
 * name and where the date stands: a passage that writes its date so is about June as much as one that writes "14
 * Juni 2025", and is found by "Juni", "June" and "06-2025" alike. Only a whole date (day, month and year, read as
 * readDates reads a question's): a month and a year alone ("11/2020") is as often a law's or a letter's number
 * ("UU No. 11/2020") in reference text.
 */
export function textDateMonths(text: string): Array<{ start: number; end: number; month: string }> {
  return numericDates(text).map(({ start, end, date }) => ({ start, end, month: MONTHS[date.month - 1]! }));
}

/**
 * A whole date in numbers, "14/6/2025", "2025-06-14". At module level: numericDates is asked of every passage a
 * question ranks (its dates, its plans), and tsx makes a \p{…} literal afresh each time it is reached. (matchAll
 * copies the expression, so its lastIndex is never shared.)
 */
const NUMERIC_DATE = /(?<![\p{L}\p{N}./-])\d{1,4}([-/])\d{1,2}\1\d{1,4}(?![\p{L}\p{N}]|[./-]\p{N})/gu;

/** The whole dates a text writes in numbers, read once for textDateMonths and textDates alike. */
function numericDates(text: string): Array<{ start: number; end: number; date: NumericDate }> {
  const out: Array<{ start: number; end: number; date: NumericDate }> = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const date = dateOfParts(m[0].split(m[1]!));
    if (date !== null) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

const MONTH_NAMES = [...MONTHS, ...ENGLISH_MONTHS].join('|');
/** "14 Juni 2025", "Juni 2025", "June 14, 2025": a month's name with its year, and a day before or after it. */
const WORDED_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\d{1,2})\s+)?(${MONTH_NAMES})\s+(?:(\d{1,2}),?\s+)?(\d{4})(?![\p{L}\p{N}])`, 'giu');

/**
 * The dates a text names with their year, as ISO ("2025-11" of "November 2025", "2025-06-14" of "14 Juni 2025",
 * "June 14, 2025" or "14/06/2025"), in the order it names them. A month's name with its year, a day beside it if
 * any, and whole dates in numbers as textDateMonths reads them; not a month without its year ("bulan November" may
 * be last year's or next year's), nor a year alone (as often a count), nor a month and year in numbers ("UU No.
 * 11/2020").
 */
export function textDates(text: string): string[] {
  const found: Array<{ at: number; iso: string }> = [];
  for (const m of text.matchAll(WORDED_DATE)) {
    const name = m[2]!.toLowerCase();
    const month = String(monthNumber(name)).padStart(2, '0');
    const day = m[1] ?? m[3];
    const valid = day === undefined || (Number(day) >= 1 && Number(day) <= 31);
    found.push({ at: m.index, iso: `${m[4]}-${month}${day !== undefined && valid ? `-${day.padStart(2, '0')}` : ''}` });
  }
  for (const d of numericDates(text)) found.push({ at: d.start, iso: isoOfDate(d.date) });
  return found.sort((a, b) => a.at - b.at).map((d) => d.iso);
}

/**
 * Whether a text names the day `iso` (YYYY-MM-DD): with its year (see textDates), or, in a write-up dated
 * `written` within the year before the day, by its day and month's name without a year ("Sabtu, 12 Juli", "July
 * 12"), as minutes write the date of a meetup they plan (read in the write-up's year, or the next, as textMonths'
 * months are). Made once for the day, its expression with it: a question's day or week is asked of every passage
 * it ranks. `dates`, the text's textDates, when the caller has them already (a week asks seven days of one text).
 */
export function dayNaming(iso: string): (text: string, written: string | null, dates?: readonly string[]) => boolean {
  const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const day = String(Number(iso.slice(8, 10)));
  const name = monthNames([month]);
  // (Not dayWriting's rule, which reads the day of a month in any year: a day and month before a year are read
  // here with that year, by textDates, and only the day's own year counts.)
  const end = String.raw`(?![\p{L}\p{N}])(?!\s*,?\s*\d{4}(?!\d))`;
  const worded = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:0?${day}\s+${name}${end}|${name}\s+0?${day}${end})`, 'iu');
  return (text, written, dates = textDates(text)) => {
    if (dates.includes(iso)) return true;
    const dated = written === null ? null : /^(\d{4})-(\d{2})/u.exec(written);
    if (dated === null || !(Number(dated[1]) === year || (Number(dated[1]) === year - 1 && Number(dated[2]) > month))) return false;
    return worded.test(text);
  };
}

/**
 * A month's name in text: Indonesian in any case; English only capitalised, as "may" and "march" are words too.
 */
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${MONTHS.join('|')}|${ENGLISH_MONTHS.join('|')})(?![\p{L}\p{N}])`, 'giu');

/**
 * The months (1–12) a text names without a year ("meetup bulan Desember", "Sabtu 14 Juni", "in November"), in
 * order: read with the year of the write-up that names them (see speaksOfFuture in recency.ts), as its readers
 * read them. Not the months textDates reads (with their year), nor an English month's name in lower case ("may",
 * "march").
 */
export function textMonths(text: string): number[] {
  const dated: Array<[number, number]> = [...text.matchAll(WORDED_DATE)].map((m) => [m.index, m.index + m[0].length]);
  const out: number[] = [];
  for (const m of text.matchAll(MONTH_WORD)) {
    if (dated.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const name = m[0].toLowerCase();
    const indonesian = MONTHS.indexOf(name);
    if (indonesian >= 0) out.push(indonesian + 1);
    else if (m[0][0] !== name[0]) out.push(ENGLISH_MONTHS.indexOf(name) + 1);
  }
  return out;
}

/**
 * Whether a text writes `day` as the day of a date in one of `months` (numbers 1–12): beside the month's name, in
 * either language ("22 Mei", "May 22", "the 22nd of May"), in a whole date in numbers ("22/05/2025"), or as news
 * writes the day of this year's date, without it ("Jumat (22/5)"). A number elsewhere is a count, a room or a
 * price ("22 peserta", "ruang 22"), which says nothing of the day asked about. Made once for the day and its
 * months, its expression with it: a search asks it of every passage that matches the day's number, which over a
 * large dated corpus is thousands.
 */
export function dayWriting(day: number, months: readonly number[]): (text: string) => boolean {
  const name = monthNames(months);
  const d = String.raw`0?${day}(?:st|nd|rd|th)?`;
  const short = String.raw`0?${day}/0?(?:${months.join('|')})(?!/?\p{N})`;
  const worded =
    months.length === 0 ? null : new RegExp(String.raw`(?<![\p{L}\p{N}./-])(?:${d}\s+(?:of\s+)?${name}|${name}\s+(?:the\s+)?${d}|${short})(?![\p{L}\p{N}])`, 'iu');
  return (text) => numericDates(text).some(({ date }) => date.day === day && months.includes(date.month)) || (worded?.test(text) ?? false);
}

/** The names of `months` (1–12) in either language, as one group of a regular expression: "(?:juli|july)". */
function monthNames(months: readonly number[]): string {
  return `(?:${months.flatMap((m) => [MONTHS[m - 1], ENGLISH_MONTHS[m - 1]]).join('|')})`;
}
