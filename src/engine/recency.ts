// "Which is the latest?": questions that ask for the newest (or the oldest) of several write-ups. A corpus of
// monthly meetups answers "siapa pembicara meetup terbaru?" equally well from every month; the member means
// the newest one, and only the documents' dates can say which that is.
//
// Two kinds of words ask for it:
//   - words that only ask *which one* (terbaru, terkini, latest, newest, recent; "paling baru"): they say nothing
//     about what the question is about, so they never decide whether it is answered, nor make a passage a
//     result (see search.ts, answer.ts), though a passage that says them still ranks by them ("album terbaru");
//   - ordinal words that may mean it: "terakhir" and "last" ("meetup terakhir" is the latest meetup, "hari
//     terakhir" the final day, "pemimpin terakhir Majapahit" the last one there was). They stay content words,
//     as they were (a passage must say them to match them), and only also ask for the newest among passages that
//     match the question alike. "pertama" and "first" do not ask for the oldest: in a corpus that covers a year,
//     "meetup pertama" is meetup #1, which the oldest write-up need not be.

import type { Token } from './analyzer.ts';

export type Recency = 'newest' | 'oldest';

/** Words that only ask which of several is meant. */
const ONLY_RECENCY: ReadonlyMap<string, Recency> = new Map([
  ...['terbaru', 'terkini', 'teranyar', 'latest', 'newest', 'recent'].map((w) => [w, 'newest'] as const),
  ...['terawal', 'earliest', 'oldest'].map((w) => [w, 'oldest'] as const),
]);

/** Content words that also ask for the newest (see above). */
const ALSO_RECENCY: ReadonlyMap<string, Recency> = new Map([
  ['terakhir', 'newest'],
  ['last', 'newest'],
]);

/** "paling baru", "paling akhir", "paling awal": two stopwords that together ask which one. */
const SUPERLATIVE = 'paling';
const AFTER_SUPERLATIVE: ReadonlyMap<string, Recency> = new Map([
  ['baru', 'newest'],
  ['akhir', 'newest'],
  ['awal', 'oldest'],
]);

/** Whether a question word only asks which one is meant (it is not what the question is about). */
export function isRecencyWord(norm: string): boolean {
  return ONLY_RECENCY.has(norm);
}

/** Which end of the calendar a question asks for, or null: none, or both ("terbaru" and "terawal"). */
export function recencyOf(tokens: readonly Token[]): Recency | null {
  const asked = new Set<Recency>();
  tokens.forEach((t, i) => {
    const r = ONLY_RECENCY.get(t.norm) ?? ALSO_RECENCY.get(t.norm) ?? (tokens[i - 1]?.norm === SUPERLATIVE ? AFTER_SUPERLATIVE.get(t.norm) : undefined);
    if (r) asked.add(r);
  });
  return asked.size === 1 ? [...asked][0]! : null;
}

/**
 * How close to the best a passage must come to count as matching the question as well as it: the newest of such
 * passages comes first, while one that matches less (a newer write-up that only mentions the meetup) keeps its
 * place. Judged by coverage, the share of the question a passage matches, and then by the share its document's
 * title has: among passages that all say "lokakarya", the write-up titled "Lokakarya Visualisasi Data" is about
 * one, and the board's minutes that mention the next one are not, however much newer. Not by the score, which
 * also rewards wording (where in the paragraph the words stand, how close together) that says nothing of which
 * write-up answers.
 */
export const COMPARABLE = 0.9;

type Dated = { coverage: number; titleCoverage: number; passage: { date: string | null } };

/**
 * The hits with the newest (or oldest) write-up of what the question asks about first (see newestTitled), then
 * those that match the question about as well as the best (see COMPARABLE), newest document first (or oldest),
 * undated ones after the dated; the others after them in the order they came. Unchanged when those passages are
 * all of one date, or all undated. Dates compare as written (YYYY, YYYY-MM, YYYY-MM-DD), so a year alone counts as
 * that year's start.
 */
export function preferByDate<H extends Dated>(hits: readonly H[], recency: Recency | null): H[] {
  const ordered = byDate(hits, recency);
  const first = newestTitled(ordered, recency);
  return first === undefined ? ordered : [first, ...ordered.filter((h) => h !== first)];
}

/**
 * The best passage of the newest (or oldest) dated write-up whose title has as much of the question as any title
 * does (see COMPARABLE), or none. "meetup terbaru bahas apa?": the newest write-up titled "Meetup …" is the latest
 * meetup, whatever its passages say of the rest of the question; an older meetup's "Ia membahas …" matched more of
 * it ("bahas"), as did the board's minutes ("Rapat pengurus … membahas anggaran"), and either came first, answering
 * about another meeting. The title says which write-up the recency word asks for; the rest of the question, what
 * is asked of it. (A passage found only through its title is none of `hits`: see answer.ts.)
 */
function newestTitled<H extends Dated>(hits: readonly H[], recency: Recency | null): H | undefined {
  if (recency === null) return undefined;
  const bestTitle = hits.reduce((m, h) => Math.max(m, h.titleCoverage), 0);
  if (bestTitle <= 0) return undefined;
  let chosen: H | undefined;
  for (const h of hits) {
    const date = h.passage.date;
    if (date === null || h.titleCoverage < bestTitle * COMPARABLE) continue;
    // (The first of its date in `hits` is that write-up's best passage: `hits` are ranked.)
    const better = chosen === undefined || (recency === 'newest' ? date > chosen.passage.date! : date < chosen.passage.date!);
    if (better) chosen = h;
  }
  return chosen;
}

/** The ordering by date among passages that match the question alike (see preferByDate). */
function byDate<H extends Dated>(hits: readonly H[], recency: Recency | null): H[] {
  if (recency === null || hits.length < 2) return [...hits];
  // (A loop, not Math.max(...hits): an answered question's hits can be more than a call's arguments.)
  const best = hits.reduce((m, h) => Math.max(m, h.coverage), 0);
  if (best <= 0) return [...hits];
  const covering = hits.filter((h) => h.coverage >= best * COMPARABLE);
  const bestTitle = covering.reduce((m, h) => Math.max(m, h.titleCoverage), 0);
  const comparable = covering.filter((h) => h.titleCoverage >= bestTitle * COMPARABLE);
  // Nothing to prefer when they are all of one date (an undated corpus): the ranking stands as it was.
  if (comparable.every((h) => h.passage.date === comparable[0]!.passage.date)) return [...hits];
  const chosen = new Set<H>(comparable);
  const sign = recency === 'newest' ? -1 : 1;
  // Array.prototype.sort is stable: among passages of one date, the ranking's order stays.
  comparable.sort((x, y) => {
    const a = x.passage.date;
    const b = y.passage.date;
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return sign * (a < b ? -1 : 1);
  });
  return [...comparable, ...hits.filter((h) => !chosen.has(h))];
}
