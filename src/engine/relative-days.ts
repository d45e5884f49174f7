// "acara besok apa?", "ada meetup hari ini?", "what's on tomorrow?": days named relative to when the member asks.
// Write-ups are the evidence, and their own "besok" or "hari ini" was written relative to their own date, not to
// the member's; only a write-up dated that day, or a plan that names the date ("meetup #8 pada 28 November 2026"),
// can answer honestly. So such a word is read as the date it is on the day the question is asked (the bot's clock,
// given as AskOptions.today) and the question is asked as if the member had typed that date ("acara 28 November
// 2026"): a write-up dated that day answers it (see Hit.onDay), and where none is, the question is not answered,
// rather than answered from a write-up of another day that happens to say "besok".
//
// Weeks, months and years named so ("minggu lalu", "bulan depan", "tahun ini", "last week", "next month") are read
// the same way, as the period they are on the bot's clock: a member asking "meetup minggu lalu siapa
// pembicaranya?" means last week's meetup, not the words "minggu" and "lalu", nor the next plan or the newest
// write-up. A month is asked as its name and year ("meetup bulan lalu" → "meetup Mei 2025"), a year as itself; a
// week has no words the write-ups are found by, so it is asked as the month (or year) it falls in and answered
// only from a write-up dated in it, or a passage that names one of its days (shown as the days it is: "meetup 2–8
// Juni 2025"). Not "dua bulan lalu", "beberapa minggu lalu" (a count of them ago), nor "hari Minggu ini" (this
// Sunday). Nor "sampai hari ini", "until today", "as of today": up to now, not on this day. Nor such words typed
// as part of a name, capitalised inside a sentence ("siapa pemandu Ngopi Hari Ini?", "who was on Data Science
// Today?"): the name asked about is no day.
//
// "meetup kemarin", "acara kemarin": after a kind of event, Indonesian "kemarin" is as often "the last one"
// (recent, not literally yesterday) as yesterday's. It is read as the day first; where that finds no answer, as
// the newest write-up of that kind dated before today (see asLastOfKind). English "yesterday" stays the day.

import { guessLanguage, isNameAt } from './analyzer.ts';
import { dayNaming, ENGLISH_MONTHS, MONTHS, textDates, textMonths, WEEKDAYS } from './dates.ts';
import { spelledNumberAt } from './number-words.ts';
import { isAnyEvent } from './recency.ts';
import { isEventWord } from './textmeta.ts';

/** The words, with how many days from today each names; longer phrases first, so that they are read whole. */
const DAYS: ReadonlyArray<readonly [string, number]> = [
  ['the day after tomorrow', 2],
  ['day after tomorrow', 2],
  ['hari ini', 0],
  ['malam ini', 0],
  ['today', 0],
  ['tonight', 0],
  ['besok', 1],
  ['tomorrow', 1],
  ['lusa', 2],
  ['kemarin', -1],
  ['yesterday', -1],
];

/**
 * How members spell them in a chat, each with the word of DAYS it is ("acara bsk apa?", "meetup kmrn"), as the
 * function words' chat spellings are listed in analyzer.ts: the common ones, in general, not any question's. Not
 * "lsa" (lusa): rare in chat, and LSA, typed in lower case, is as likely the acronym (latent semantic analysis).
 */
const CHAT_DAYS: ReadonlyArray<readonly [string, string]> = [
  ['hr ini', 'hari ini'],
  ['hri ini', 'hari ini'],
  ['mlm ini', 'malam ini'],
  ['bsk', 'besok'],
  ['bsok', 'besok'],
  ['kmrn', 'kemarin'],
  ['kmarin', 'kemarin'],
  ['kemaren', 'kemarin'],
  ['kmaren', 'kemarin'],
];

/** A word of DAYS and its chat spellings (see CHAT_DAYS): "kemarin", "kmrn", "kemaren" … */
const wordsOf = (day: string) => [day, ...CHAT_DAYS.filter(([, w]) => w === day).map(([chat]) => chat)];

/** A period longer than a day: a week (Monday to Sunday, as the Indonesian calendar has it), a month, a year. */
type Unit = 'week' | 'month' | 'year';

/**
 * The Indonesian words for each such period, with their common chat spellings ("bln", "thn"); then the English.
 */
const UNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['minggu', 'week'],
  ['mgg', 'week'],
  ['pekan', 'week'],
  ['bulan', 'month'],
  ['bln', 'month'],
  ['tahun', 'year'],
  ['thn', 'year'],
];
const ENGLISH_UNITS: ReadonlyArray<readonly [string, Unit]> = [
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
];

/**
 * The words after an Indonesian period ("bulan lalu", "minggu ini"), and before an English one, with its offset.
 */
const AFTER_UNIT: ReadonlyArray<readonly [string, number]> = [
  ['yang lalu', -1],
  ['yg lalu', -1],
  ['lalu', -1],
  ...wordsOf('kemarin').map((w) => [w, -1] as const),
  ['ini', 0],
  ['depan', 1],
];
const BEFORE_UNIT: ReadonlyArray<readonly [string, number]> = [
  ['last', -1],
  ['this', 0],
  ['next', 1],
];

/** The periods, whole ("bulan lalu", "next month"), with their unit and offset. */
const PERIODS: ReadonlyArray<readonly [string, Unit, number]> = [
  ...UNITS.flatMap(([unit, u]) => AFTER_UNIT.map(([w, n]) => [`${unit} ${w}`, u, n] as const)),
  ...ENGLISH_UNITS.flatMap(([unit, u]) => BEFORE_UNIT.map(([w, n]) => [`${w} ${unit}`, u, n] as const)),
];

/**
 * Not a period after a count ("2 bulan lalu", "dua minggu lalu", "beberapa tahun lalu": that many ago; but
 * "tanggal 17 bulan lalu" is the 17th of last month, the number a day of it), nor
 * "Minggu" after "hari" ("hari Minggu ini" is this Sunday) or "malam" ("malam minggu kemarin" is last Saturday
 * night).
 */
const COUNTS = [String.raw`(?<!(?:tanggal|tgl\.?)\s+)(?<!\p{N})\d+`, 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'beberapa', 'berapa', 'banyak'];
const PERIOD = String.raw`(?<!(?:${COUNTS.join('|')}|hari|malam|malem|mlm)\s+)(?:${PERIODS.map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})`;

/**
 * Not a day after a day of the week's name: "Sabtu kemarin", "hari minggu kemarin" is last Saturday, last Sunday,
 * "Jumat besok" the coming Friday, none of them yesterday or tomorrow but on the one day of the week it happens to
 * be (read whole as that day: see NAMED_WEEKDAY).
 */
const DAY = String.raw`(?<!(?:${WEEKDAYS.join('|')})\s+)(?:${[...DAYS, ...CHAT_DAYS].map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})`;

/**
 * A day of the week's name with "kemarin" or "besok" after it (or their chat spellings): "Sabtu kemarin", "hari
 * minggu kemarin" is the last Saturday, Sunday before today, "Jumat besok" the coming Friday; read as that date,
 * as "kemarin" alone is as yesterday's. "Minggu" only after "hari" ("minggu kemarin" is last week), and none after
 * "malam" ("malam Sabtu kemarin" is a Friday night).
 */
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['senin', 1], ['selasa', 2], ['rabu', 3], ['kamis', 4], ['jumat', 5], ["jum'at", 5], ['sabtu', 6], ['minggu', 0], ['ahad', 0],
]);
const NAMED_WEEKDAY = String.raw`(?<!(?:malam|malem|mlm)\s+)(?:hari\s+(?:${WEEKDAYS.join('|')})|${WEEKDAYS.filter((w) => w !== 'minggu').join('|')})\s+(?:${[...wordsOf('kemarin'), ...wordsOf('besok')].join('|')})`;

const PHRASE = new RegExp(
  String.raw`(?<!(?:sampai|hingga|until|till|as\s+of|up\s+to)\s+)(?<![\p{L}\p{N}])(?:${NAMED_WEEKDAY}|${PERIOD}|${DAY})(?![\p{L}\p{N}])`,
  'giu',
);

/** Whether `today` is a whole ISO date (YYYY-MM-DD). */
function isDay(today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(today);
}

/**
 * Whether the phrase at `at` is typed as (part of) a name: each of its words capitalised, not opening a sentence;
 * or a chat spelling typed as an acronym, with a capital past its first letter ("BSK itu apa?", "ketua BSK"),
 * which is no chat spelling wherever it stands (as a chat abbreviation is not read typed so: see SearchIndex's
 * #abbreviated); or "Minggu" capitalised, Sunday's name.
 */
function typedAsName(question: string, phrase: string, at: number): boolean {
  if (chatDay(phrase) !== undefined && /\p{Lu}/u.test(phrase.slice(1))) return true;
  // "acara Minggu ini": capitalised inside the question, "Minggu" is the day's name, Sunday, not the week.
  if (/^minggu\s/iu.test(phrase) && isNameAt(question, at)) return true;
  return [...phrase.matchAll(/\S+/gu)].every((w) => isNameAt(question, at + w.index));
}

/**
 * The question with its days named relative to `today` (YYYY-MM-DD) written as dates, as readDates writes them
 * ("acara besok apa?" on 2026-11-27 → "acara 28 November 2026 apa?"), with `months`' names (see shownAsRead); its
 * months as their name and year ("bulan depan" → "Desember 2026"), its years as the year, and its weeks as the
 * month (or year) they fall in, which is what the write-ups can be found by (see relativePeriods for the rest),
 * or, `shown`, as the days they are ("23–29 November 2026"); unchanged when it names none.
 */
export function readRelativeDays(question: string, today: string, months: readonly string[] = MONTHS, shown = false): string {
  if (!isDay(today)) return question;
  const name = (d: Date) => {
    const month = months[d.getUTCMonth()]!;
    return `${month[0]!.toUpperCase()}${month.slice(1)}`;
  };
  return question.replace(PHRASE, (phrase: string, at: number) => {
    if (typedAsName(question, phrase, at)) return phrase;
    const { from, to, unit } = periodOf(phrase, today);
    const [y, m] = [from.getUTCFullYear(), from.getUTCMonth()];
    if (unit === 'year') return String(y);
    if (unit === 'month') return `${name(from)} ${y}`;
    if (unit === 'day') return `${from.getUTCDate()} ${name(from)} ${y}`;
    const sameMonth = m === to.getUTCMonth() && y === to.getUTCFullYear();
    if (shown) {
      const start = sameMonth ? from.getUTCDate() : `${from.getUTCDate()} ${name(from)}${y === to.getUTCFullYear() ? '' : ` ${y}`}`;
      return `${start}–${to.getUTCDate()} ${name(to)} ${to.getUTCFullYear()}`;
    }
    // (A week across two years is asked as neither: a question with two years is one about both.)
    return sameMonth ? `${name(from)} ${y}` : y === to.getUTCFullYear() ? String(y) : '';
  });
}

/** A period named relative to today: its first and last day, and how long it is. */
interface Period {
  from: Date;
  to: Date;
  unit: Unit | 'day';
}

/** The period a phrase of DAYS, CHAT_DAYS or PERIODS names, `today` being YYYY-MM-DD. */
function periodOf(phrase: string, today: string): Period {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // (UTC arithmetic: only the calendar is wanted, and a day is always 24 hours there.)
  const day = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm - 1, dd));
  const typed = asTyped(phrase);
  const named = weekdayOffset(typed, day(y, m, d).getUTCDay());
  if (named !== undefined) {
    const at = day(y, m, d + named);
    return { from: at, to: at, unit: 'day' };
  }
  const period = PERIODS.find(([w]) => w === typed);
  if (period === undefined) {
    const at = day(y, m, d + (offsetOf(phrase) ?? 0));
    return { from: at, to: at, unit: 'day' };
  }
  const [, unit, n] = period;
  if (unit === 'year') return { from: day(y + n, 1, 1), to: day(y + n, 12, 31), unit };
  if (unit === 'month') return { from: day(y, m + n, 1), to: day(y, m + n + 1, 0), unit };
  // Monday to Sunday: getUTCDay() is 0 for Sunday.
  const monday = d - ((day(y, m, d).getUTCDay() + 6) % 7) + 7 * n;
  return { from: day(y, m, monday), to: day(y, m, monday + 6), unit };
}

/**
 * How many days from today a day of the week named with "kemarin" or "besok" is (see NAMED_WEEKDAY), `weekday`
 * being today's (0 for Sunday): the last such day before today, or the next after it; undefined for any other
 * phrase.
 */
function weekdayOffset(typed: string, weekday: number): number | undefined {
  const [name, when] = typed.replace(/^hari /u, '').split(' ') as [string, string | undefined];
  const wanted = WEEKDAY_NUMBERS.get(name);
  const word = when === undefined ? undefined : dayWord(when);
  // ("minggu kemarin" without "hari" is last week: see PERIODS.)
  if (wanted === undefined || (word !== 'kemarin' && word !== 'besok') || (name === 'minggu' && !typed.startsWith('hari '))) return undefined;
  return word === 'besok' ? (wanted - weekday + 7) % 7 || 7 : -((weekday - wanted + 7) % 7 || 7);
}

/** How many days from today a phrase of DAYS names. */
function offsetOf(phrase: string): number | undefined {
  const word = dayWord(phrase);
  return DAYS.find(([w]) => w === word)?.[1];
}

/** The word of DAYS a phrase of DAYS or CHAT_DAYS is, in lower case with single spaces ("Kmrn" → kemarin). */
function dayWord(phrase: string): string {
  return chatDay(phrase) ?? asTyped(phrase);
}

/** The word of DAYS a phrase of CHAT_DAYS is ("Kmrn" → kemarin); undefined for any other phrase. */
function chatDay(phrase: string): string | undefined {
  const typed = asTyped(phrase);
  return CHAT_DAYS.find(([chat]) => chat === typed)?.[1];
}

/** A phrase as the lists above spell it: in lower case, its words one space apart ("Bulan  Lalu" → bulan lalu). */
function asTyped(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/gu, ' ');
}

/**
 * The question with each "kemarin" right after a kind of event ("meetup kemarin", "acara kemarin": a word events
 * are called by, or one for any event), or after one numbered ("meetup #6 kemarin", "meetup keenam kemarin"),
 * written "terbaru", the newest (see recency.ts); null when it has none, or names another day or period too.
 * `titled`: whether a word (in lower case) is one the corpus's dated write-ups are titled by, the kinds of event
 * this community holds ("pendakian" of "Pendakian #6: Gunung Semeru", "pengajian", "santunan"): the words events
 * are called by are a closed list, and a hiking club's "pendakian kemarin kemana" was read as yesterday's hike,
 * of which there is none, and left unanswered where "kopdar kemarin" was answered with the last kopdar.
 */
export function asLastOfKind(question: string, titled: (word: string) => boolean = () => false): string | null {
  let found = false;
  let other = false;
  const read = question.replace(PHRASE, (phrase: string, at: number) => {
    if (typedAsName(question, phrase, at)) return phrase;
    const before = question.slice(0, at);
    const kind = /(\p{L}+)\s+$/u.exec(before)?.[1];
    const numbered = NUMBERED_KIND.exec(before);
    const isKind = (w: string | undefined) => w !== undefined && (isEventWord(w) || isAnyEvent(w.toLowerCase()) || titled(w.toLowerCase()));
    if (dayWord(phrase) !== 'kemarin' || (!isKind(kind) && !(numbered !== null && isKind(numbered[1]) && numbersIt(numbered[2]!)))) {
      other = true;
      return phrase;
    }
    found = true;
    return 'terbaru';
  });
  // Read both or neither: with another day or period beside it ("meetup kemarin dan workshop besok"), the question
  // stays read by the clock, every one of them a date (the other, left a word, matched write-ups that say
  // "besok").
  return found && !other ? read : null;
}

/** A word followed by one that may number it ("meetup #6", "meetup ke-6", "meetup keenam"), before "kemarin". */
const NUMBERED_KIND = /(\p{L}+)\s+(#\s?\d{1,3}|ke-?\d{1,3}|\d{1,3}|\p{L}+)\s+$/u;

/** Whether a word after a kind of event numbers it: digits, or an ordinal in words ("keenam", "ketujuh"). */
function numbersIt(word: string): boolean {
  return /\d/u.test(word) || spelledNumberAt([word.toLowerCase()], 0)?.ordinal === true;
}

/**
 * The question as readRelativeDays reads it, as shown to the member: an English question's month in English
 * ("what's on tomorrow?" → "what's on 28 November 2026?", not "28 Juni"). It is searched with the Indonesian
 * month, as it always was: the search weighs "June" in an English question a little differently from "Juni", and
 * the answer must not change with how it is shown.
 */
export function shownAsRead(question: string, today: string): string {
  return readRelativeDays(question, today, guessLanguage(question) === 'en' ? ENGLISH_MONTHS : MONTHS, true);
}

/** A period readRelativeDays reads, as ISO days: its first and last (one day: both the same), and its unit. */
export interface RelativePeriod {
  from: string;
  to: string;
  unit: Unit | 'day';
}

/** The periods readRelativeDays reads in the question, in order. */
export function relativePeriods(question: string, today: string): RelativePeriod[] {
  if (!isDay(today)) return [];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return relativePhrases(question).map((p) => {
    const { from, to, unit } = periodOf(p, today);
    return { from: iso(from), to: iso(to), unit };
  });
}

/**
 * Whether a passage of a write-up dated `written` is of `period` (see relativePeriods): its write-up is dated in
 * it, to the period's precision (a write-up dated only "2025-06" is of no particular week), or its text names a
 * day of it (see namesDay), or, for a month or a year, a date in it (see textDates); a month its text names
 * without a year in the write-up's year ("meetup bulan Desember" in November's minutes), a year the year in digits
 * ("pada 2024"), in an undated page only right after a word events are called by ("Hackathon 2025"). A day's own
 * write-up is told by the search (Hit.onDay), as it always was. Made for one period, its days and expressions
 * once: a question's period is asked of every passage it ranks, which over a large dated corpus is thousands.
 */
export function periodTest(period: RelativePeriod): (text: string, written: string | null) => boolean {
  const { from, to, unit } = period;
  if (unit === 'day') return dayNaming(from);
  const k = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
  const days = unit === 'week' ? daysOf(from, to).map(dayNaming) : [];
  const year = new RegExp(String.raw`(?<![\p{L}\p{N}])${from.slice(0, 4)}(?![\p{L}\p{N}])`, 'u');
  const afterWord = new RegExp(String.raw`(\p{L}+)\s+${from.slice(0, 4)}(?![\p{L}\p{N}])`, 'gu');
  const eventYear = (text: string) => [...text.matchAll(afterWord)].some((m) => isEventWord(m[1]!));
  return (text, written) => {
    if (written !== null && written.length >= k && from.slice(0, k) <= written.slice(0, k) && written.slice(0, k) <= to.slice(0, k)) return true;
    const dates = textDates(text);
    if (unit === 'week') return days.some((names) => names(text, written, dates));
    if (dates.some((d) => d.length >= k && d.slice(0, k) === from.slice(0, k))) return true;
    // (An undated page's bare year is one it mentions in passing, "berdiri sejak 2025", as often as the time of an
    // event: it counts only as an event's own, "Hackathon 2025", not as the year asked about.)
    if (unit === 'year') return written !== null ? year.test(text) : eventYear(text);
    return written !== null && written.slice(0, 4) === from.slice(0, 4) && textMonths(text).includes(Number(from.slice(5, 7)));
  };
}

/** The days from `from` to `to`, YYYY-MM-DD both. */
function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/** Whether a question names a day, or a week, month or year, relative to today (see readRelativeDays). */
export function namesRelativeDay(question: string): boolean {
  return relativePhrases(question).length > 0;
}

/**
 * The phrases of DAYS, CHAT_DAYS and PERIODS a question names days by, in order: not those typed as a name (see
 * typedAsName).
 */
function relativePhrases(question: string): string[] {
  return [...question.matchAll(PHRASE)].filter((m) => !typedAsName(question, m[0], m.index)).map((m) => m[0]);
}

/** A Date's calendar day on the clock's own time zone (the bot's `TZ`), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
