// A question's date as its groups say it (see QueryGroup): the date words a passage's date must match, one slot
// each (dateSlots), and the days of the month and the months beside them (dayGroups, monthsBeside). Read by
// SearchIndex.#search; pure functions of the groups.

import { isDateWord, isMonthName, monthNumber } from './dates.ts';
import type { QueryGroup } from './search.ts';

/**
 * The question's date words, each with the words that stand for it: "Juni 2025" has two, "juni" and "2025"; so
 * has "Juni-2025" (one question word, two parts), and "june" stands as its translation "juni". A passage's date
 * matches the question's only when it has one word of every such slot.
 */
export function dateSlots(groups: QueryGroup[]): Array<{ group: number; words: string[] }> {
  const slots = new Map<string, { group: number; words: string[] }>();
  const add = (group: number, part: number, word: string) => {
    if (!isDateWord(word)) return;
    const key = `${group}:${part}`;
    const slot = slots.get(key) ?? { group, words: [] };
    slot.words.push(word);
    slots.set(key, slot);
  };
  groups.forEach((g, gi) => {
    g.surface.forEach((w, part) => add(gi, part, w));
    for (const a of g.alternatives) for (const w of a.surface) add(gi, a.part, w);
  });
  return [...slots.values()];
}

/**
 * The question's days of the month, each by its group and number: a number 1–31 just before or after a month's
 * name ("14 Juni 2025", "14/06/2025" read so, "June 14, 2025", "the 14th of June"). Elsewhere a number is a count
 * ("14 peserta"), and the date's day is no word of the index (a document's date stands for its year and month: see
 * dateTerms).
 */
export function dayGroups(groups: QueryGroup[]): Map<number, number> {
  const month = (g: QueryGroup | undefined) => g !== undefined && [...g.surface, ...g.alternatives.flatMap((a) => a.surface)].some((w) => isMonthName(w) && isDateWord(w));
  const days = new Map<number, number>();
  groups.forEach((g, gi) => {
    const day = g.surface.length === 1 ? Number(/^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(g.word)?.[1] ?? 0) : 0;
    if (day >= 1 && day <= 31 && (month(groups[gi + 1]) || month(groups[gi - 1]))) days.set(gi, day);
  });
  return days;
}

/** The months (1–12) the groups beside the `gi`-th name, in either language (see dayGroups). */
export function monthsBeside(groups: QueryGroup[], gi: number): number[] {
  const words = [groups[gi - 1], groups[gi + 1]].flatMap((g) => (g === undefined ? [] : [...g.surface, ...g.alternatives.flatMap((a) => a.surface)]));
  return [...new Set(words.map(monthNumber).filter((m) => m > 0))];
}
