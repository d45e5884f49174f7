// "acara besok apa?", "ada meetup hari ini?", "what's on tomorrow?": days named relative to when the member asks.
// Write-ups are the evidence, and their own "besok" or "hari ini" was written relative to their own date, not to the
// member's; only a write-up dated that day, or a plan that names the date ("meetup #8 pada 28 November 2026"), can
// answer honestly. So such a word is read as the date it is on the day the question is asked (the bot's clock,
// given as AskOptions.today) and the question is asked as if the member had typed that date ("acara 28 November
// 2026"): a write-up dated that day answers it (see Hit.onDay), and where none is, the question is not answered,
// rather than answered from a write-up of another day that happens to say "besok".
//
// Weeks ("minggu ini", "this week", "minggu depan") are not read: a week is no date the write-ups are found by, and
// "the next meetup" is what such a question is asked for (see recency.ts). Nor "sampai hari ini", "until today",
// "as of today": up to now, not on this day. Nor such words typed as part of a name, capitalised inside a sentence
// ("siapa pemandu Ngopi Hari Ini?", "who was on Data Science Today?"): the name asked about is no day.
//
// "meetup kemarin", "acara kemarin": after a kind of event, Indonesian "kemarin" is as often "the last one" (recent,
// not literally yesterday) as yesterday's. It is read as the day first; where that finds no answer, as the newest
// write-up of that kind dated before today (see asLastOfKind). English "yesterday" stays the day.

import { guessLanguage, isNameAt } from './analyzer.ts';
import { ENGLISH_MONTHS, MONTHS } from './dates.ts';
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

const PHRASE = new RegExp(
  String.raw`(?<!(?:sampai|hingga|until|till|as\s+of|up\s+to)\s+)(?<![\p{L}\p{N}])(?:${[...DAYS, ...CHAT_DAYS].map(([w]) => w.replace(/ /gu, String.raw`\s+`)).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

/** Whether `today` is a whole ISO date (YYYY-MM-DD). */
function isDay(today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(today);
}

/**
 * Whether the phrase at `at` is typed as (part of) a name: each of its words capitalised, not opening a sentence; or
 * a chat spelling typed as an acronym, with a capital past its first letter ("BSK itu apa?", "ketua BSK"), which is
 * no chat spelling wherever it stands (as a chat abbreviation is not read typed so: see SearchIndex's #abbreviated).
 */
function typedAsName(question: string, phrase: string, at: number): boolean {
  if (chatDay(phrase) !== undefined && /\p{Lu}/u.test(phrase.slice(1))) return true;
  return [...phrase.matchAll(/\S+/gu)].every((w) => isNameAt(question, at + w.index));
}

/**
 * The question with its days named relative to `today` (YYYY-MM-DD) written as dates, as readDates writes them
 * ("acara besok apa?" on 2026-11-27 → "acara 28 November 2026 apa?"), with `months`' names (see shownAsRead);
 * unchanged when it names none.
 */
export function readRelativeDays(question: string, today: string, months: readonly string[] = MONTHS): string {
  if (!isDay(today)) return question;
  return question.replace(PHRASE, (phrase: string, at: number) => {
    if (typedAsName(question, phrase, at)) return phrase;
    const day = dayOf(phrase, today);
    const month = months[day.getUTCMonth()]!;
    return `${day.getUTCDate()} ${month[0]!.toUpperCase()}${month.slice(1)} ${day.getUTCFullYear()}`;
  });
}

/** How many days from today a phrase of DAYS names. */
function offsetOf(phrase: string): number | undefined {
  const word = dayWord(phrase);
  return DAYS.find(([w]) => w === word)?.[1];
}

/** The word of DAYS a phrase of DAYS or CHAT_DAYS is, in lower case with single spaces ("Kmrn" → kemarin). */
function dayWord(phrase: string): string {
  return chatDay(phrase) ?? phrase.toLowerCase().replace(/\s+/gu, ' ');
}

/** The word of DAYS a phrase of CHAT_DAYS is ("Kmrn" → kemarin); undefined for any other phrase. */
function chatDay(phrase: string): string | undefined {
  const typed = phrase.toLowerCase().replace(/\s+/gu, ' ');
  return CHAT_DAYS.find(([chat]) => chat === typed)?.[1];
}

/** The day a phrase of DAYS names, `today` being YYYY-MM-DD. */
function dayOf(phrase: string, today: string): Date {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const offset = offsetOf(phrase) ?? 0;
  // (UTC arithmetic: only the calendar is wanted, and a day is always 24 hours there.)
  return new Date(Date.UTC(y, m - 1, d + offset));
}

/**
 * The question with each "kemarin" right after a kind of event ("meetup kemarin", "acara kemarin": a word events
 * are called by, or one for any event), or after one numbered ("meetup #6 kemarin", "meetup keenam kemarin"),
 * written "terbaru", the newest (see recency.ts); null when it has none.
 */
export function asLastOfKind(question: string): string | null {
  let found = false;
  const read = question.replace(PHRASE, (phrase: string, at: number) => {
    if (dayWord(phrase) !== 'kemarin' || typedAsName(question, phrase, at)) return phrase;
    const before = question.slice(0, at);
    const kind = /(\p{L}+)\s+$/u.exec(before)?.[1];
    const numbered = NUMBERED_KIND.exec(before);
    const isKind = (w: string | undefined) => w !== undefined && (isEventWord(w) || isAnyEvent(w.toLowerCase()));
    if (!isKind(kind) && !(numbered !== null && isKind(numbered[1]) && numbersIt(numbered[2]!))) return phrase;
    found = true;
    return 'terbaru';
  });
  return found ? read : null;
}

/** A word followed by one that may number it ("meetup #6", "meetup ke-6", "meetup keenam"), before "kemarin". */
const NUMBERED_KIND = /(\p{L}+)\s+(#\s?\d{1,3}|ke-?\d{1,3}|\d{1,3}|\p{L}+)\s+$/u;

/** Whether a word after a kind of event numbers it: digits, or an ordinal in words ("keenam", "ketujuh"). */
function numbersIt(word: string): boolean {
  return /\d/u.test(word) || spelledNumberAt([word.toLowerCase()], 0)?.ordinal === true;
}

/**
 * The question as readRelativeDays reads it, as shown to the member: an English question's month in English ("what's
 * on tomorrow?" → "what's on 28 November 2026?", not "28 Juni"). It is searched with the Indonesian month, as it
 * always was: the search weighs "June" in an English question a little differently from "Juni", and the answer must
 * not change with how it is shown.
 */
export function shownAsRead(question: string, today: string): string {
  return readRelativeDays(question, today, guessLanguage(question) === 'en' ? ENGLISH_MONTHS : MONTHS);
}

/** The days (YYYY-MM-DD) readRelativeDays writes into the question, in order. */
export function relativeDates(question: string, today: string): string[] {
  return isDay(today) ? relativePhrases(question).map((p) => dayOf(p, today).toISOString().slice(0, 10)) : [];
}

/** Whether a question names a day relative to today (see readRelativeDays). */
export function namesRelativeDay(question: string): boolean {
  return relativePhrases(question).length > 0;
}

/** The phrases of DAYS and CHAT_DAYS a question names days by, in order: not those typed as a name (typedAsName). */
function relativePhrases(question: string): string[] {
  return [...question.matchAll(PHRASE)].filter((m) => !typedAsName(question, m[0], m.index)).map((m) => m[0]);
}

/** A Date's calendar day on the clock's own time zone (the bot's `TZ`), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
