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
//
// And words that ask for the coming one: "meetup berikutnya", "selanjutnya", "mendatang", "yang akan datang", "the
// next/upcoming/coming meetup". The next meetup has no write-up yet; only the newest documents can speak of it
// (the board's minutes: "meetup #4 akan diadakan pada November 2025"), and a past meetup's "meetup berikutnya akan
// diadakan di Bandung" spoke of one that has happened since. So they ask for the newest dated passage that speaks
// of the future (see speaksOfFuture) among those that match the rest of the question as well as any passage does,
// not for the newest write-up of the kind, which is of the last meetup held. Like "terakhir" they stay content
// words: "sesi berikutnya" and "the next speaker" are within one event, and a passage that says them matches them.
//
// A generic word for an event ("acara", "kegiatan", "event") beside a recency word says "any event": "acara
// terbaru" is the newest write-up of any kind, which need not say "acara". There it only asks which one, as
// "terbaru" does; without a recency word it stays a content word ("akhir acara").

import { isIndonesianWord, type Token } from './analyzer.ts';
import { ENGLISH_WEEKDAYS, textDates, textMonths, WEEKDAYS } from './dates.ts';
import { splitSentences } from './sentences.ts';
import { oneEditApart } from './swaps.ts';

export type Recency = 'newest' | 'oldest' | 'upcoming';

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

/** Content words that also ask for the coming one (see above). */
const UPCOMING: ReadonlySet<string> = new Set(['berikutnya', 'selanjutnya', 'mendatang', 'next', 'upcoming']);

/**
 * Phrases whose last word asks for the coming one where alone it does not: "yang akan datang" ("kapan pembicara
 * akan datang?" asks when the speaker arrives), "the coming meetup" ("who is coming to the meetup?" asks who
 * attends).
 */
const UPCOMING_PHRASES: ReadonlyArray<readonly string[]> = [
  ['yang', 'akan', 'datang'],
  ['yg', 'akan', 'datang'],
  ['the', 'coming'],
  ['this', 'coming'],
];

/** Words for any event, whatever its kind (see above). */
const ANY_EVENT: ReadonlySet<string> = new Set(['acara', 'kegiatan', 'event', 'events']);

/**
 * Words by which a passage speaks of what is still to come: the future's auxiliaries and planning verbs. Not
 * "rencana" alone, which is as often a topic discussed ("membahas rencana akhir tahun") as a plan made.
 */
const FUTURE_TENSE =
  /(?<![\p{L}\p{N}])(?:akan|bakal|berencana|direncanakan|merencanakan|dijadwalkan|terjadwal|will|shall|planned|scheduled)(?![\p{L}\p{N}])|\p{L}['’]ll(?![\p{L}])/iu;

/**
 * Time named relative to when a write-up was written, forward: "bulan depan", "minggu depan", "pekan depan",
 * "tahun depan", "Sabtu depan", "next month", "next week", "next year", "next Saturday". Only after a word of the
 * calendar: "di depan panggung" is in front of the stage. Not "besok" or "tomorrow", as often the day after, told
 * of an event held ("besoknya"), nor "mendatang" alone, a word for the next one (UPCOMING).
 */
const RELATIVE_FUTURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:bulan|pekan|tahun|${WEEKDAYS.join('|')})\s+depan|next\s+(?:month|week|year|weekend|${ENGLISH_WEEKDAYS.join('|')}))(?![\p{L}\p{N}])`,
  'iu',
);

/** The words that ask for the coming one (UPCOMING), in a passage: "sampai jumpa di meetup berikutnya". */
const NEXT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...UPCOMING].join('|')})(?![\p{L}\p{N}])`, 'iu');

/**
 * Whether a passage speaks of the future: in the tense of what is to come, or, where `next` (a passage that
 * matches what the question asks of the coming one: "meetup"), naming the next one. A word for the next one is not
 * enough alone: "pembicara berikutnya" and "sesi berikutnya" are the next within an event held. And, for a passage
 * of a write-up dated `date`, by time after that date: relative to it ("meetup bulan depan", "next week": see
 * RELATIVE_FUTURE), or a date it names later than it ("Keputusan 1: meetup #11 pada November 2025" in October's
 * minutes; see namesDateAfter), or a month it names without a year later than the write-up's in the write-up's
 * year ("Keputusan: meetup bulan Desember di Telkom Hub" in November's minutes; see textMonths). Undated text
 * cannot say when it spoke, and "bulan depan" there is no date to look for.
 */
export function speaksOfFuture(text: string, next = false, date: string | null = null): boolean {
  if (FUTURE_TENSE.test(text) || (next && NEXT.test(text))) return true;
  return date !== null && (RELATIVE_FUTURE.test(text) || namesDateAfter(text, date) || laterMonth(text, date));
}

/**
 * Whether a text of a write-up dated `date` speaks of time after that date (see speaksOfFuture): relative to it,
 * or a later date or month. Not by its tense alone: a report's "Photos will be shared on our page this week" is
 * of what follows the event it reports, no event to come.
 */
export function speaksOfLaterTime(text: string, date: string | null): boolean {
  return date !== null && (RELATIVE_FUTURE.test(text) || namesDateAfter(text, date) || laterMonth(text, date));
}

/**
 * Whether a text, of a write-up dated `date`, announces an event after that date: it names the next one ("meetup
 * berikutnya akan diadakan …", "sampai jumpa di meetup berikutnya"), time after the date relative to it ("bulan
 * depan", "Sabtu depan"), or a later date or month (see speaksOfFuture). Not the future's tense alone: "Pembicara
 * akan membahas Rust" in an announcement is of the event it announces.
 */
export function announcesLater(text: string, date: string): boolean {
  return NEXT.test(text) || RELATIVE_FUTURE.test(text) || namesDateAfter(text, date) || laterMonth(text, date);
}

/**
 * Whether a text names a date later than `day` (YYYY-MM-DD), as precisely as the text writes it: "19 Desember
 * 2026" and "Desember 2026" are both later than 2026-11-27.
 */
function namesDateAfter(text: string, day: string): boolean {
  return anyDateAfter(textDates(text), day);
}

/** Whether one of `dates` (a text's textDates) is later than `day` (see laterThan). */
export function anyDateAfter(dates: readonly string[], day: string): boolean {
  return dates.some((d) => laterThan(d, day));
}

/**
 * Whether a text names a month without a year (see textMonths) later than its write-up's date in that date's year:
 * minutes of November that say "meetup bulan Desember" plan December's. A month before the write-up's is read as
 * this year's too, the past: October's minutes that say "meetup Maret dihadiri 40 orang" report March's. (Minutes
 * of December that plan "meetup Januari" write the plan's tense or its year, which are read as such.)
 */
function laterMonth(text: string, date: string): boolean {
  if (!/^\d{4}-\d{2}/u.test(date)) return false;
  return textMonths(text).some((m) => laterThan(`${date.slice(0, 4)}-${String(m).padStart(2, '0')}`, date));
}

/**
 * Whether date `a` is later than `b`, each YYYY, YYYY-MM or YYYY-MM-DD, compared as precisely as both are written:
 * "21 Juni 2025" is no later than a write-up dated only "2025-06", and "November 2025" is later than "2025-10-05".
 */
function laterThan(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** Whether the question's `i`-th token asks for the coming one ("berikutnya", "next", "yang akan datang"). */
export function asksUpcoming(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  return UPCOMING.has(asMeant(norm)) || UPCOMING_PHRASES.some((p) => p.every((w, k) => tokens[i - (p.length - 1) + k]?.norm === w));
}

/** The long words that ask which one (ONLY_RECENCY, UPCOMING) that a chat's typo of them is read as (see asMeant). */
const TYPO_READ: readonly string[] = [...ONLY_RECENCY.keys(), ...UPCOMING].filter((w) => w.length >= 7);

/**
 * A question word as the word that asks which one it is a typo of ("brikutnya", "selanjutny", "terbau": a letter
 * missing, added, changed, or two swapped), else the word itself. "kpn kopdar brikutnya" asked for every kopdar
 * alike, and the last one held was given, not the one the board's minutes plan. Only for the long words (seven
 * letters or more), and not a word of the language's own ("terharu", moved, is one letter from "terbaru").
 */
function asMeant(norm: string): string {
  if (norm.length < 6 || ONLY_RECENCY.has(norm) || UPCOMING.has(norm)) return norm;
  // (The language's own words, which need a stemmer to tell, only for a word that is one letter from one.)
  const meant = TYPO_READ.find((w) => oneEditApart(norm, w));
  return meant === undefined || isIndonesianWord(norm) ? norm : meant;
}

/** Whether a word names any event, whatever its kind ("acara", "event": see above). */
export function isAnyEvent(norm: string): boolean {
  return ANY_EVENT.has(norm);
}

/**
 * Whether the question's `i`-th token is "one" standing for the event right after a word that asks which one: "the
 * next one", "the latest one", "the last one". It names no kind of event, as "event" does not (see ANY_EVENT), and
 * as a word to match it made "where's the next one" a question about a "one" no write-up says. Elsewhere ("one
 * speaker", "which one") it is left as it was.
 */
export function isEventProForm(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm;
  if (tokens[i]?.norm !== 'one' || prev === undefined) return false;
  return ONLY_RECENCY.has(prev) || ALSO_RECENCY.has(prev) || asksUpcoming(tokens, i - 1);
}

/** "paling baru", "paling akhir", "paling awal": two stopwords that together ask which one. */
const SUPERLATIVE = 'paling';
const AFTER_SUPERLATIVE: ReadonlyMap<string, Recency> = new Map([
  ['baru', 'newest'],
  ['akhir', 'newest'],
  ['awal', 'oldest'],
]);

/** Whether a content word also asks for the newest ("terakhir", "last": see ALSO_RECENCY). */
export function alsoAsksNewest(norm: string): boolean {
  return ALSO_RECENCY.has(norm);
}

/** Whether a question word only asks which one is meant (it is not what the question is about). */
export function isRecencyWord(norm: string): boolean {
  return ONLY_RECENCY.has(asMeant(norm));
}

/** Which end of the calendar a question asks for, or null: none, or both ("terbaru" and "terawal"). */
export function recencyOf(tokens: readonly Token[]): Recency | null {
  const asked = new Set<Recency>();
  tokens.forEach((t, i) => {
    const r = ONLY_RECENCY.get(asMeant(t.norm)) ?? ALSO_RECENCY.get(t.norm) ?? (tokens[i - 1]?.norm === SUPERLATIVE ? AFTER_SUPERLATIVE.get(t.norm) : undefined);
    if (r) asked.add(r);
    else if (asksUpcoming(tokens, i)) asked.add('upcoming');
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

type Dated = {
  coverage: number;
  titleCoverage: number;
  restCoverage?: number;
  passage: { date: string | null; text: string; docId?: string; paragraph?: number; part?: number };
};

/**
 * The hits with the newest (or oldest) write-up of what the question asks about first (see newestTitled), then
 * those that match the question about as well as the best (see COMPARABLE), newest document first (or oldest),
 * undated ones after the dated; the others after them in the order they came. Unchanged when those passages are
 * all of one date, or all undated. Dates compare as written (YYYY, YYYY-MM, YYYY-MM-DD), so a year alone counts as
 * that year's start. For the newest, not a write-up `announced` says announces an event still to come (see
 * announces; asked only then).
 */
export function preferByDate<H extends Dated>(hits: readonly H[], recency: Recency | null, announced: (docId: string) => boolean = () => false): H[] {
  if (recency === 'upcoming') return comingFirst(hits);
  // (Not, for the newest, a write-up that announces what is still to come: see announces.)
  const held = (h: H) => recency !== 'newest' || h.passage.docId === undefined || !announced(h.passage.docId);
  const ordered = byDate(hits, recency, held);
  const newest = newestTitled(ordered.filter(held), recency);
  const first = newest === undefined ? undefined : openingOf(newest, ordered);
  return first === undefined ? ordered : [first, ...ordered.filter((h) => h !== first)];
}

/**
 * The passage of `best`'s write-up to show first when the question asks nothing of it beyond what its title says
 * ("meetup terbaru", "the latest meetup"): its opening, the first of its passages among `hits`, where a write-up
 * says what the event was. Its best passage is then only the one whose wording scored highest, as often its
 * closing line ("Sampai jumpa di meetup berikutnya!", short and saying "meetup") as anything about it. `best`
 * itself when it matches more than its title has ("siapa pembicara meetup terbaru": "Pembicara meetup adalah …"):
 * the question asks something specific, and that passage says it.
 */
function openingOf<H extends Dated>(best: H, hits: readonly H[]): H {
  const { docId } = best.passage;
  if (docId === undefined || best.coverage > best.titleCoverage + 1e-9) return best;
  return openingPassage([best, ...hits], docId)!;
}

/**
 * The first of `hits`' passages of document `docId` in the document's order (see comesBefore), or undefined.
 */
export function openingPassage<H extends { passage: Placed }>(hits: readonly H[], docId: string): H | undefined {
  let opening: H | undefined;
  for (const h of hits) if (h.passage.docId === docId && (opening === undefined || comesBefore(h.passage, opening.passage))) opening = h;
  return opening;
}

/**
 * Each document's opening passage, the first in its order (see comesBefore), by document id; the documents in
 * the order their first passage comes. Read once per index (SearchIndex.openingPassages), not per question.
 */
export function openingPassages<P extends Placed & { docId: string }>(passages: Iterable<P>): Map<string, P> {
  const opening = new Map<string, P>();
  for (const p of passages) {
    const first = opening.get(p.docId);
    if (first === undefined || comesBefore(p, first)) opening.set(p.docId, p);
  }
  return opening;
}

/** Where a passage stands in its document: its paragraph, then its part of it (unknown ones last). */
type Placed = { docId?: string; paragraph?: number; part?: number };

/** Whether passage `a` comes before `b` in their document: an earlier paragraph, or an earlier part of one. */
function comesBefore(a: Placed, b: Placed): boolean {
  const [ap, aq, bp, bq] = [a.paragraph ?? Infinity, a.part ?? Infinity, b.paragraph ?? Infinity, b.part ?? Infinity];
  return ap < bp || (ap === bp && aq < bq);
}

/**
 * The best passage of the newest (or oldest) dated write-up whose title has as much of the question as any title
 * does (see COMPARABLE), or none. "meetup terbaru bahas apa?": the newest write-up titled "Meetup …" is the latest
 * meetup, whatever its passages say of the rest of the question; an older meetup's "Ia membahas …" matched more of
 * it ("bahas"), as did the board's minutes ("Rapat pengurus … membahas anggaran"), and either came first,
 * answering about another meeting. The title says which write-up the recency word asks for; the rest of the
 * question, what is asked of it. (A passage found only through its title is none of `hits`: see answer.ts.)
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
function byDate<H extends Dated>(hits: readonly H[], recency: Recency | null, held: (h: H) => boolean): H[] {
  if (recency === null || hits.length < 2) return [...hits];
  // (A loop, not Math.max(...hits): an answered question's hits can be more than a call's arguments.)
  const best = hits.reduce((m, h) => Math.max(m, h.coverage), 0);
  if (best <= 0) return [...hits];
  const covering = hits.filter((h) => h.coverage >= best * COMPARABLE && held(h));
  const bestTitle = covering.reduce((m, h) => Math.max(m, h.titleCoverage), 0);
  const comparable = covering.filter((h) => h.titleCoverage >= bestTitle * COMPARABLE);
  // Nothing to prefer when they are all of one date (an undated corpus): the ranking stands as it was.
  if (comparable.every((h) => h.passage.date === comparable[0]!.passage.date)) return [...hits];
  const chosen = new Set<H>(comparable);
  const order = dateOrder(recency);
  // Array.prototype.sort is stable: among passages of one date, the ranking's order stays.
  comparable.sort((x, y) => order(x.passage.date, y.passage.date));
  return [...comparable, ...hits.filter((h) => !chosen.has(h))];
}

/**
 * Dates compared newest first ('oldest': oldest first), undated after the dated; 0 for one date, so that a stable
 * sort keeps the order the passages came in.
 */
export function dateOrder(recency: Recency): (a: string | null, b: string | null) => number {
  const sign = recency === 'oldest' ? 1 : -1;
  return (a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : sign * (a < b ? -1 : 1));
}

/**
 * The hits with, first, the dated passages that speak of the future (see speaksOfFuture: a word for the next one
 * counts here, beside the rest of the question) and match the rest of the question, besides the words that ask for
 * the coming one, as well as any passage does (see COMPARABLE), newest document first; the others after them in
 * the order they came. "meetup berikutnya di mana?": the October minutes' "Keputusan 1: meetup #4 akan diadakan
 * pada November 2025 di Bandung", then August's "Meetup berikutnya akan diadakan di Bandung pada bulan September"
 * (the meetup held since), then the past meetups' own passages. Not the newest write-up titled "Meetup …" (see
 * newestTitled): that is the last meetup held, not the next. Undated passages cannot say when they spoke, and keep
 * their place.
 */
function comingFirst<H extends Dated>(hits: readonly H[]): H[] {
  const rest = (h: H) => h.restCoverage ?? h.coverage;
  const best = hits.reduce((m, h) => Math.max(m, rest(h)), 0);
  const coming = hits.filter((h) => h.passage.date !== null && rest(h) >= best * COMPARABLE && speaksOfFuture(h.passage.text, best > 0, h.passage.date));
  if (coming.length === 0) return [...hits];
  const chosen = new Set<H>(coming);
  // Stable: among passages of one write-up, the ranking's order stays.
  const order = dateOrder('newest');
  coming.sort((x, y) => order(x.passage.date, y.passage.date));
  return [...coming, ...hits.filter((h) => !chosen.has(h))];
}

/**
 * "acara terbaru apa?", "what's the latest event?": a question about nothing but which event (see isAnyEvent) is
 * about every dated write-up alike, whatever it says. Each dated write-up's opening passage (of `openings`, see
 * openingPassages), where it says what the event was, newest first (oldest first); for the coming one ("acara
 * berikutnya"), its first passage in the tense of what is to come (of `plans`, see firstPlans), newest first.
 * Write-ups of one date keep the corpus's order. Only the write-ups `of` keeps (a question about the last one
 * held: those dated before today), and, for the newest, not one `announced` says announces an event still to come
 * (see announces: read once per index, not by every question that asks).
 */
export function writeUpsByDate<P extends { docId: string; date: string | null; text: string }>(openings: Iterable<P>, plans: Iterable<P>, recency: Recency, of: (p: P) => boolean, announced: (docId: string) => boolean): P[] {
  // (One passage of each write-up already, in either list. The newest event is the newest held, not an
  // announcement of one to come.)
  const chosen = [...(recency === 'upcoming' ? plans : openings)].filter((p) => p.date !== null && of(p) && !(recency === 'newest' && announced(p.docId)));
  const order = dateOrder(recency);
  return chosen.sort((x, y) => order(x.date, y.date));
}

/**
 * Each dated write-up's first passage in the tense of what is to come (see speaksOfFuture), in the corpus's
 * order: what "acara berikutnya" is answered from (see writeUpsByDate). Read once per index
 * (SearchIndex.firstPlans), not by every question that asks.
 */
export function firstPlans<P extends { docId: string; date: string | null; text: string }>(passages: Iterable<P>): P[] {
  const first = new Map<string, P>();
  for (const p of passages) {
    if (p.date === null || first.has(p.docId) || !speaksOfFuture(p.text, false, p.date)) continue;
    first.set(p.docId, p);
  }
  return [...first.values()];
}

/**
 * Whether a write-up's opening passage announces an event still to come as of the write-up's own `date`: its first
 * sentence, in the tense of a plan, names a later date ("Pendakian #7 akan diadakan Sabtu–Minggu, 12–13 Desember
 * 2026", posted 20 November). Such a write-up is the newest document, but "pendakian terakhir", "the last hike" is
 * the last one held: the announcement came first for "siapa yang memimpin pendakian terakhir" and "pendakian
 * terbaru kemana", which it cannot answer. (It still answers "pendakian berikutnya": see comingFirst.) Only the
 * first sentence: a write-up of an event held may close with the next one's date ("Meetup berikutnya akan diadakan
 * …"), and one of several days opens with its last day ("selama lima hari, 10–14 Juni 2026") but tells of it as
 * held.
 */
export function announces(opening: string, date: string | null): boolean {
  if (date === null) return false;
  const [start, end] = splitSentences(opening)[0] ?? [0, opening.length];
  const first = opening.slice(start, end);
  return FUTURE_TENSE.test(first) && namesDateAfter(first, date);
}
