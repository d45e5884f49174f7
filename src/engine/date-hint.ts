// What a moderator meant by a date the loader refuses: "14/06/2025", "20 September 2025" and "Agustus 2025" are
// how people write dates, and `date:` takes only YYYY, YYYY-MM or YYYY-MM-DD (a sortable form the bot can read
// without guessing). The problem keeps refusing such a date, so nothing is read a way its author did not mean,
// but names the ISO form it would be, read day first as Indonesian writes dates, with the month spelled out so
// that "6/7/2025" shows which reading was taken. (And what a date the loader takes is: isIsoDate.)

import { dateOfParts, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, isoOfDate, WEEKDAYS, WRITTEN_MONTHS } from './dates.ts';

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and a day that month has (no 2024-02-31). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Day 0 of the next month is the last day of this one (leap years included).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A weekday's name, Indonesian or English, whole or shortened as dates write it ("Sabtu", "Jum'at", "Sat"), with
 * its comma, or "tanggal" (the date) itself. Only these: another word before a number ("Week 12/2025", "Pekan
 * 5/2025", "Edisi 7 Mei 2025") numbers a week, an edition or a round, and the number after it is no day of the
 * month.
 */
const WEEKDAY = new RegExp(
  String.raw`^(?:tanggal|tgl|${WEEKDAYS.join('|')}|sen|sel|rab|kam|jum|sab|min|${ENGLISH_WEEKDAYS.join('|')}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+`,
  'u',
);

/** `value` as an ISO date, or null when it is not a date written another way (or not a real one). */
function isoOf(value: string): string | null {
  const text = value.trim().toLowerCase();
  const rest = text.replace(WEEKDAY, '');
  if (rest === text) return readDate(text);
  // A weekday in front ("Sabtu, 5 Oktober 2025", "Saturday 5 Oct 2025") says nothing more, but only before a
  // whole date: "Minggu 3/2025" is the third week ("minggu") of 2025, not March.
  const iso = readDate(rest);
  return iso !== null && iso.length === 10 ? iso : null;
}

/**
 * A date written as people write them ("14/06/2025", "20 September 2025", "Agustus 2025"), as ISO. In numbers it
 * is read as a question's is (dateOfParts), with a full stop as a separator too ("14.06.2025"), and the separators
 * mixed.
 */
function readDate(text: string): string | null {
  if (/^\d+(?:[/.-]\d+){1,2}$/u.test(text)) {
    const date = dateOfParts(text.split(/[/.-]/u));
    return date === null ? null : isoOfDate(date);
  }
  const m = /^(?:(\d{1,2})\s+)?(\p{L}+)\.?,?\s+(\d{4})$/u.exec(text);
  const month = m ? WRITTEN_MONTHS.get(m[2]!) : undefined;
  if (m && month !== undefined) return `${m[3]}-${pad(month)}${m[1] === undefined ? '' : `-${pad(Number(m[1]))}`}`;
  return null;
}

/**
 * "2025-06-14 for 14 June 2025" for a date written "14/06/2025", "20 September 2025", "2025/6/14", …; null when
 * `value` is no such date (or already ISO), so that the problem then only says which forms are read.
 */
export function isoDateHint(value: string): string | null {
  if (isIsoDate(value)) return null;
  const iso = isoOf(value);
  if (iso === null || !isIsoDate(iso)) return null;
  const [year, month, day] = iso.split('-');
  const name = ENGLISH_MONTHS[Number(month) - 1]!;
  const spelled = `${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
  return `${iso} for ${day === undefined ? '' : `${Number(day)} `}${spelled}`;
}

/**
 * What is wrong with a date written in the very form asked for that is no day: "there is no month 13", "February
 * 2025 has 28 days". Null for any other value: the form itself is then what to fix (isoDateHint).
 */
export function impossibleDateHint(value: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(value);
  if (m === null) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day === 0) return 'there is no day 0';
  // Day 0 of the next month is the last day of this one (leap years included).
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day <= days) return null;
  const name = ENGLISH_MONTHS[month - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${year} has ${days} days`;
}
