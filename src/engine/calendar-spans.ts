// The words of a day's name or a span of time ("sabtu", "minggu", "hari", "pekan", "week"): what a question asks
// when or how often with ("jam buka hari sabtu", "sewa per minggu"), never which kind of event. A title may have
// them ("Hujan Deras di Hari Minggu", "Pasar Minggu"), but a question naming them does not name that write-up's
// kind of event (see SearchIndex's #isTitleWord).

import { ENGLISH_WEEKDAYS, WEEKDAYS } from './dates.ts';

const CALENDAR_SPANS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...ENGLISH_WEEKDAYS,
  'hari', 'pekan', 'bulan', 'tahun',
  'day', 'week', 'month', 'year',
]);

/** Whether `word` (normalized, lower case) is a weekday's name or a span of time (see CALENDAR_SPANS). */
export function isCalendarSpan(word: string): boolean {
  return CALENDAR_SPANS.has(word);
}
