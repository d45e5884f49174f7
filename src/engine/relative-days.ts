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
// Juni 2025"). Not "dua bulan lalu", "beberapa minggu lalu" (a count of them ago); "hari Minggu ini" is this
// Sunday, a day of the week's name read as NAMED_WEEKDAY reads it. Nor "sampai hari ini", "until today", "as of
// today": up to now, not on this day. Nor such words typed as part of a name, capitalised inside a sentence
// ("siapa pemandu Ngopi Hari Ini?", "who was on Data Science Today?"): the name asked about is no day.
//
// "meetup kemarin", "acara kemarin": after a kind of event, Indonesian "kemarin" is as often "the last one"
// (recent, not literally yesterday) as yesterday's. It is read as the day first; where that finds no answer, as
// the newest write-up of that kind dated before today (see asLastOfKind). English "yesterday" stays the day.

import { guessLanguage, isNameAt } from './analyzer.ts';
import { dayNaming, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, MONTHS, textDates, textMonths, WEEKDAYS } from './dates.ts';
import { INDONESIAN_UNITS, spelledNumberAt } from './number-words.ts';
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
const COUNTS = [String.raw`(?<!(?:tanggal|tgl\.?)\s+)(?<!\p{N})\d+`, ...INDONESIAN_UNITS, 'sepuluh', 'beberapa', 'berapa', 'banyak'];
const PERIOD = String.raw`(?<!(?:${COUNTS.join('|')}|hari|malam|malem|mlm)\s+)(?:${PERIODS.map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})`;

/**
 * Not a day after a day of the week's name: "Sabtu kemarin", "hari minggu kemarin" is last Saturday, last Sunday,
 * "Jumat besok" the coming Friday, none of them yesterday or tomorrow but on the one day of the week it happens to
 * be (read whole as that day: see NAMED_WEEKDAY).
 */
const DAY = String.raw`(?<!(?:${WEEKDAYS.join('|')})\s+)(?:${[...DAYS, ...CHAT_DAYS].map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})`;

/**
 * The words after a day of the week's name that make it one day by the clock, each with which one: the last such
 * day before today ("Sabtu kemarin", "Sabtu lalu", "Sabtu yang lalu"), the next after it ("Jumat besok"), this
 * week's ("Sabtu ini": Monday to Sunday, as a week is read, so that on a Sunday it is yesterday), or next week's
 * ("Jumat depan": the one after "Jumat ini", as "minggu depan" is the week after this one; on a Friday "Sabtu
 * depan" is eight days on, and tomorrow is "Sabtu ini" or "Sabtu besok").
 */
type WeekdayWhen = 'last' | 'coming' | 'this' | 'next';
const AFTER_WEEKDAY: ReadonlyArray<readonly [string, WeekdayWhen]> = [
  ['yang lalu', 'last'],
  ['yg lalu', 'last'],
  ['lalu', 'last'],
  ...wordsOf('kemarin').map((w) => [w, 'last'] as const),
  ...wordsOf('besok').map((w) => [w, 'coming'] as const),
  ['ini', 'this'],
  ['depan', 'next'],
];

/** The English words before a day of the week's name, read as AFTER_WEEKDAY's ("last Saturday", "next Friday"). */
const BEFORE_WEEKDAY: ReadonlyArray<readonly [string, WeekdayWhen]> = [
  ['last', 'last'],
  ['this', 'this'],
  ['next', 'next'],
];

/** Each day of the week's name, in either language, by its number as getUTCDay() gives it (0 for Sunday). */
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['senin', 1], ['selasa', 2], ['rabu', 3], ['kamis', 4], ['jumat', 5], ["jum'at", 5], ['sabtu', 6], ['minggu', 0], ['ahad', 0],
  ...ENGLISH_WEEKDAYS.map((w, i) => [w, (i + 1) % 7] as const),
]);
/**
 * A day of the week's name with one of AFTER_WEEKDAY after it: "Sabtu kemarin", "hari minggu lalu" is the last
 * Saturday, Sunday before today, "Jumat besok" the coming Friday, "Sabtu ini" this week's, "Jumat depan" next
 * week's; read as that date, as "kemarin" alone is as yesterday's. "Minggu" only after "hari" ("minggu kemarin" is
 * last week), or capitalised inside the question (see readPhrase), and none after "malam" ("malam Sabtu kemarin"
 * is a Friday night). In English, "last Saturday", "this Sunday", "next Friday"; not "the last Saturday" (of a
 * month, of a series).
 */
const AFTER_WEEKDAY_WORDS = AFTER_WEEKDAY.map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|');
const NAMED_WEEKDAY = String.raw`(?<!(?:malam|malem|mlm)\s+)(?:hari\s+(?:${WEEKDAYS.join('|')})|${WEEKDAYS.filter((w) => w !== 'minggu').join('|')})\s+(?:${AFTER_WEEKDAY_WORDS})|(?<!the\s+)(?:${BEFORE_WEEKDAY.map(([w]) => w).join('|')})\s+(?:${ENGLISH_WEEKDAYS.join('|')})`;

/**
 * A past week, month or year with "sejak" or "since" before it: "sejak tahun lalu", "since last month" is from
 * then until today, not that period alone (see periodOf).
 */
const SINCE_WORDS = ['sejak', 'since'];
const SINCE = String.raw`(?:${SINCE_WORDS.join('|')})\s+(?:${PERIODS.filter(([, , n]) => n < 0).map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})`;

const PHRASE = new RegExp(
  String.raw`(?<!(?:sampai|hingga|until|till|as\s+of|up\s+to)\s+)(?<![\p{L}\p{N}])(?:${SINCE}|${NAMED_WEEKDAY}|${PERIOD}|${DAY})(?![\p{L}\p{N}])`,
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
 * #abbreviated).
 */
function typedAsName(question: string, phrase: string, at: number): boolean {
  if (chatDay(phrase) !== undefined && /\p{Lu}/u.test(phrase.slice(1))) return true;
  return [...phrase.matchAll(/\S+/gu)].every((w) => isNameAt(question, at + w.index));
}

/**
 * The phrase at `at` as it is read: "Minggu ini", "Minggu lalu" capitalised inside the question is the day's name,
 * Sunday ("acara Minggu ini" is this Sunday's), read as "hari Minggu ini" is; in lower case, or opening the
 * question, "minggu ini" is the week. Null when the phrase is typed as a name (see typedAsName).
 */
function readPhrase(question: string, phrase: string, at: number): string | null {
  if (typedAsName(question, phrase, at)) return null;
  return /^minggu\s/iu.test(phrase) && isNameAt(question, at) && weekdayOffset(`hari ${asListed(phrase)}`, 0) !== undefined ? `hari ${phrase}` : phrase;
}

/**
 * The question with its days named relative to `today` (YYYY-MM-DD) written as dates, as readDates writes them
 * ("acara besok apa?" on 2026-11-27 → "acara 28 November 2026 apa?"), with `months`' names (see shownAsRead); its
 * months as their name and year ("bulan depan" → "Desember 2026"), its years as the year, and its weeks as the
 * month (or year) they fall in, which is what the write-ups can be found by (see relativePeriods for the rest),
 * or, `shown`, as the days they are ("23–29 November 2026"); unchanged when it names none.
 */
export function readRelativeDays(question: string, today: string, titled: (word: string) => boolean, months: readonly string[] = MONTHS, shown = false): string {
  if (!isDay(today)) return question;
  const name = (d: Date) => {
    const month = months[d.getUTCMonth()]!;
    return `${month[0]!.toUpperCase()}${month.slice(1)}`;
  };
  const asked = relativePeriods(question, today).some((p) => p.unit !== 'day') ? asEarliest(question, titled) : question;
  return asked.replace(PHRASE, (typed: string, at: number) => {
    const phrase = readPhrase(asked, typed, at);
    if (phrase === null) return typed;
    const { from, to, unit, since } = periodOf(phrase, today);
    const [y, m] = [from.getUTCFullYear(), from.getUTCMonth()];
    // "sejak tahun lalu" on 2026-11-27: shown "2025–2026", "sejak bulan lalu" "Oktober–November 2026"; asked as
    // the year they share, or as nothing (a passage matches one year of two, and would count as matching half the
    // question's time): the write-ups of the span are told by their dates (see periodTest).
    if (since && !shown && unit !== 'week') return y === to.getUTCFullYear() && unit === 'month' ? String(y) : '';
    if (since && unit === 'year') return `${y}–${to.getUTCFullYear()}`;
    if (since && unit === 'month') return y === to.getUTCFullYear() ? `${name(from)}–${name(to)} ${y}` : `${name(from)} ${y}–${name(to)} ${to.getUTCFullYear()}`;
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

/**
 * Words for the first of a kind of event, to read as the earliest in the week, month or year the question names:
 * "meetup tahun ini yang pertama", "meetup pertama bulan lalu", "the first meetup this year" is the earliest
 * meetup of that time, not meetup #1 nor a write-up whose title says "Pertama" ("Meetup #9: Kontribusi
 * Pertama"). "pertama" after a kind of event (see isKindOfEvent: a club's own too, "pendakian pertama tahun
 * ini"), or after "yang" that follows one or the period; "first" before such a word or "one". Not the first of
 * something within an event ("pembicara yang pertama", "hari pertama", "the first speaker", "the first day", "the
 * first session").
 */
const FIRST = /(?<![\p{L}\p{N}])(?:pertama|first)(?![\p{L}\p{N}])/giu;
const WITHIN_EVENT: ReadonlySet<string> = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'hari', 'malam', 'pekan', 'session', 'sessions', 'sesi']);
const AFTER_PERIOD = new RegExp(String.raw`(?:${SINCE}|${PERIOD})\s+(?:yang|yg)\s+$`, 'iu');

/** The question with FIRST's words written as the earliest ("terawal", "earliest": see recency.ts). */
function asEarliest(question: string, titled: (word: string) => boolean): string {
  const ofKind = (w: string | undefined) => w !== undefined && !WITHIN_EVENT.has(w.toLowerCase()) && isKindOfEvent(w, titled);
  return question.replace(FIRST, (word: string, at: number) => {
    const before = question.slice(0, at);
    const first = word.toLowerCase() === 'first'
      ? ofKind(/^\s+(\p{L}+)/u.exec(question.slice(at + word.length))?.[1]) || /^\s+one(?![\p{L}\p{N}])/iu.test(question.slice(at + word.length))
      : ofKind(/(\p{L}+)\s+(?:(?:yang|yg)\s+)?$/iu.exec(before)?.[1]) || AFTER_PERIOD.test(before);
    if (!first) return word;
    const earliest = word.toLowerCase() === 'first' ? 'earliest' : 'terawal';
    return word[0] === word[0]!.toUpperCase() ? `${earliest[0]!.toUpperCase()}${earliest.slice(1)}` : earliest;
  });
}

/**
 * A period named relative to today: its first and last day, and how long it is (for one from a past period until
 * today, `since`: how long the first is).
 */
interface Period {
  from: Date;
  to: Date;
  unit: Unit | 'day';
  since?: true;
}

/** The period a phrase of DAYS, CHAT_DAYS, PERIODS or SINCE names, `today` being YYYY-MM-DD. */
function periodOf(phrase: string, today: string): Period {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // (UTC arithmetic: only the calendar is wanted, and a day is always 24 hours there.)
  const day = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm - 1, dd));
  const typed = asListed(phrase);
  // "sejak tahun lalu", "since last month": from the first day of that period until today.
  const since = SINCE_WORDS.find((w) => typed.startsWith(`${w} `));
  if (since !== undefined) return { ...periodOf(typed.slice(since.length + 1), today), to: day(y, m, d), since: true };
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
 * How many days from today a day of the week named so is (see NAMED_WEEKDAY), `weekday` being today's (0 for
 * Sunday): the last such day before today, the next after it, this week's or next week's (see AFTER_WEEKDAY);
 * undefined for any other phrase.
 */
function weekdayOffset(typed: string, weekday: number): number | undefined {
  const words = typed.replace(/^hari /u, '').split(' ');
  const english = BEFORE_WEEKDAY.find(([w]) => w === words[0]);
  const [name, after] = english === undefined ? [words[0]!, words.slice(1).join(' ')] : [words[1]!, undefined];
  const wanted = WEEKDAY_NUMBERS.get(name);
  const when = english?.[1] ?? AFTER_WEEKDAY.find(([w]) => w === after)?.[1];
  // ("minggu kemarin" without "hari" is last week: see PERIODS; a capitalised "Minggu" is given "hari":
  // readPhrase.)
  if (wanted === undefined || when === undefined || (name === 'minggu' && !typed.startsWith('hari '))) return undefined;
  if (when === 'coming') return (wanted - weekday + 7) % 7 || 7;
  if (when === 'last') return -((weekday - wanted + 7) % 7 || 7);
  // Monday first: 0 for Monday, 6 for Sunday.
  const thisWeek = ((wanted + 6) % 7) - ((weekday + 6) % 7);
  return when === 'this' ? thisWeek : thisWeek + 7;
}

/** How many days from today a phrase of DAYS names. */
function offsetOf(phrase: string): number | undefined {
  const word = dayWord(phrase);
  return DAYS.find(([w]) => w === word)?.[1];
}

/** The word of DAYS a phrase of DAYS or CHAT_DAYS is, in lower case with single spaces ("Kmrn" → kemarin). */
function dayWord(phrase: string): string {
  return chatDay(phrase) ?? asListed(phrase);
}

/** The word of DAYS a phrase of CHAT_DAYS is ("Kmrn" → kemarin); undefined for any other phrase. */
function chatDay(phrase: string): string | undefined {
  const typed = asListed(phrase);
  return CHAT_DAYS.find(([chat]) => chat === typed)?.[1];
}

/** A phrase as the lists above spell it: in lower case, its words one space apart ("Bulan  Lalu" → bulan lalu). */
function asListed(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/gu, ' ');
}

/**
 * Whether a question's word names a kind of event: a word events are called by (isEventWord), one for any event
 * (isAnyEvent), or, by `titled`, a word (in lower case) the corpus's dated write-ups are titled by, the kinds of
 * event this community holds (see asLastOfKind). One rule for "kemarin" after it and "pertama" beside it.
 */
function isKindOfEvent(w: string, titled: (word: string) => boolean): boolean {
  return isEventWord(w) || isAnyEvent(w.toLowerCase()) || titled(w.toLowerCase());
}

/**
 * The question with each "kemarin" right after a kind of event ("meetup kemarin", "acara kemarin": a word events
 * are called by, or one for any event), after one numbered ("meetup #6 kemarin", "meetup keenam kemarin"), or
 * after one and words of its name that one dated title has with it (`titledTogether`: see namedKind),
 * written "terbaru", the newest (see recency.ts); null when it has none, or names another day or period too.
 * `titled`: whether a word (in lower case) is one the corpus's dated write-ups are titled by, the kinds of event
 * this community holds ("pendakian" of "Pendakian #6: Gunung Semeru", "pengajian", "santunan"): the words events
 * are called by are a closed list, and a hiking club's "pendakian kemarin kemana" was read as yesterday's hike,
 * of which there is none, and left unanswered where "kopdar kemarin" was answered with the last kopdar.
 */
export function asLastOfKind(question: string, titled: (word: string) => boolean, titledTogether: (words: readonly string[]) => boolean = NO_TITLE): string | null {
  let found = false;
  let other = false;
  const read = question.replace(PHRASE, (typed: string, at: number) => {
    const phrase = readPhrase(question, typed, at);
    if (phrase === null) return typed;
    const before = question.slice(0, at);
    const kind = /(\p{L}+)\s+$/u.exec(before)?.[1];
    const numbered = NUMBERED_KIND.exec(before);
    const isKind = (w: string | undefined) => w !== undefined && isKindOfEvent(w, titled);
    if (dayWord(phrase) !== 'kemarin' || (!isKind(kind) && !(numbered !== null && isKind(numbered[1]) && numbersIt(numbered[2]!)) && !namedKind(before, isKind, titledTogether))) {
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

/** No title has the words: where the caller gives no titles. */
const NO_TITLE = (): boolean => false;

/** The last words before "kemarin", letters only, at most MAX_NAME_WORDS + 1 of them. */
const LAST_WORDS = /(?:\p{L}+\s+){1,4}$/u;

/** Words of an event's name between its kind and "kemarin": "seminar nasional himatif kemarin" has two. */
const MAX_NAME_WORDS = 3;

/**
 * Whether the words before "kemarin" are a kind of event followed by words of its name, all of them words of one
 * dated write-up's title ("seminar nasional himatif kemarin" of "Seminar Nasional HIMATIF 2025", "pendakian gunung
 * semeru kemarin" of "Pendakian #6: Gunung Semeru"): the last of those held, as "seminar kemarin" is. Not a name
 * alone ("biaya semeru kemarin": no kind before it), which says which event and leaves the day to the clock.
 */
function namedKind(before: string, isKind: (w: string) => boolean, titledTogether: (words: readonly string[]) => boolean): boolean {
  const words = (LAST_WORDS.exec(before)?.[0] ?? '').trim().split(/\s+/u).map((w) => w.toLowerCase());
  for (let k = 1; k <= MAX_NAME_WORDS && k < words.length; k++) {
    const kind = words[words.length - k - 1]!;
    if (isKind(kind) && titledTogether(words.slice(-k - 1))) return true;
  }
  return false;
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
export function shownAsRead(question: string, today: string, titled: (word: string) => boolean): string {
  return readRelativeDays(question, today, titled, guessLanguage(question) === 'en' ? ENGLISH_MONTHS : MONTHS, true);
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
 * day of it (see dayNaming), or, for a month or a year, a date in it (see textDates); a month its text names
 * without a year in the write-up's year ("meetup bulan Desember" in November's minutes), a year the year in digits
 * ("pada 2024"), in an undated page only right after a word events are called by ("Hackathon 2025"). A day's own
 * write-up is told by the search (Hit.onDay), as it always was. Made for one period, its days and expressions
 * once: a question's period is asked of every passage it ranks, which over a large dated corpus is thousands. A
 * passage that only announces a later event (`plan` says whether it does: see plans.ts, onlyPlansNext) is not of
 * the period by its write-up's date, only by what its text names.
 */
export function periodTest(period: RelativePeriod): (text: string, written: string | null, plan?: () => boolean) => boolean {
  const { from, to, unit } = period;
  if (unit === 'day') {
    // (Not dayNaming's test itself: its third argument is the text's dates, and it would be handed `plan`.)
    const names = dayNaming(from);
    return (text, written) => names(text, written);
  }
  const k = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
  const days = unit === 'week' ? daysOf(from, to).map(dayNaming) : [];
  // (A period since a past one, "sejak tahun lalu", runs over several: any of them.)
  const years = Array.from({ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 }, (_, i) => String(Number(from.slice(0, 4)) + i)).join('|');
  const within = (date: string) => from.slice(0, k) <= date.slice(0, k) && date.slice(0, k) <= to.slice(0, k);
  const year = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${years})(?![\p{L}\p{N}])`, 'u');
  const afterWord = new RegExp(String.raw`(\p{L}+)\s+(?:${years})(?![\p{L}\p{N}])`, 'gu');
  const eventYear = (text: string) => [...text.matchAll(afterWord)].some((m) => isEventWord(m[1]!));
  return (text, written, plan) => {
    // (`plan` is asked only of a passage dated in the period: it reads the passage's sentences.)
    if (written !== null && written.length >= k && within(written) && plan?.() !== true) return true;
    const dates = textDates(text);
    if (unit === 'week') return days.some((names) => names(text, written, dates));
    if (dates.some((d) => d.length >= k && within(d))) return true;
    // (An undated page's bare year is one it mentions in passing, "berdiri sejak 2025", as often as the time of an
    // event: it counts only as an event's own, "Hackathon 2025", not as the year asked about.)
    if (unit === 'year') return written !== null ? year.test(text) : eventYear(text);
    return written !== null && textMonths(text).some((n) => within(`${written.slice(0, 4)}-${String(n).padStart(2, '0')}`));
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
  return [...question.matchAll(PHRASE)].flatMap((m) => readPhrase(question, m[0], m.index) ?? []);
}

/** A Date's calendar day on the clock's own time zone (the bot's `TZ`), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
