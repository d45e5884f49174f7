// The numbers a question asks of an event ("meetup #20", "meetup ke-20", "meetup pertama"), read one way from its
// query group for every place that asks: whether a write-up names the event (answer.ts), whether a title numbers
// it (plans.ts) and whether a passage's own words do (numbersWith in numberings.ts).

import type { QueryGroup } from './search.ts';

/**
 * The numbers a question's number group asks, in digits, as the question writes them: "1" of "pertama", "20" of
 * "ke-20", "06" of "#06" (QueryGroup.number when it spells one, else every run of digits of its words).
 */
export function askedNumbers(g: QueryGroup): string[] {
  return g.number !== undefined ? [g.number] : g.surface.flatMap((w) => w.match(/\d+/gu) ?? []);
}
