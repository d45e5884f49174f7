// "tema meetup 6 apa": the board's minutes planned meetup #6 ("Meetup #6 akan diadakan pada 20 September 2025 …
// dengan tema Deno dan Bun"), and meetup #6's own write-up, "KodeKita Meetup #6: Deno and Bun", tells what was
// held. The plan matched the question's every word in one sentence and came first; a member asking about a meetup
// that has a write-up means the meetup as held, which a plan only foretold (a plan can change: another speaker,
// another room). So where a plan comes first and the event's own write-up says what is asked too, the write-up
// comes first and the plan after it. Not for the coming one ("meetup berikutnya"), which only plans can tell.

import { tokenize } from './analyzer.ts';
import { askedNumbers } from './asked-numbers.ts';
import { announcesLater, COMPARABLE, isAnyEvent, openingPassage, speaksOfFuture } from './recency.ts';
import type { QueryGroup } from './search.ts';
import { splitSentences } from './sentences.ts';
import { isEventWord } from './textmeta.ts';

type Ranked = { coverage: number; passage: { docId: string; title: string; date: string | null; text: string; paragraph: number; part: number } };

/**
 * Words that ask what an event was about: a title "Series #N: Subtitle" says it after its colon, as event titles
 * are written ("KodeKita Meetup #6: Deno and Bun"), whether or not its text repeats the word.
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(['tema', 'topik', 'theme', 'topic']);

/** The number a word's first digits give, without leading zeros ("6" of "#06"), or null. */
function numberIn(word: string): string | null {
  const digits = /\d+/u.exec(word)?.[0];
  return digits === undefined ? null : String(Number(digits));
}

/** Whether a title numbers the event `g` names: it has a word `g` numbers and `g`'s number ("Meetup #6"). */
function titleNumbers(title: string, g: QueryGroup, n: string): boolean {
  const norms = tokenize(title).map((t) => t.norm);
  return norms.some((w) => g.numbers!.includes(w)) && norms.some((w) => numberIn(w) === n);
}

/** Whether a title goes on after a colon that follows its number: "KodeKita Meetup #6: Deno and Bun". */
function hasSubtitle(title: string): boolean {
  return /\d\s*:\s*\S/u.test(title);
}

/**
 * `hits` with the event's own write-up's passage ahead of a plan for it that came first (see above). The question
 * names a numbered event (`groups`: "meetup 6", "meetup keenam"); its own write-up is a dated document whose title
 * numbers it; a plan is another document's passage in the tense of what is to come (see speaksOfFuture), written
 * before the event. The write-up says what is asked when its best passage matches about as much of the question
 * (see COMPARABLE), or when all it lacks is a word that asks what the event was about and its title says that
 * after its colon (see TOPIC_WORDS: then its opening passage is shown). `lacks` gives the question's words a
 * write-up never says. Unchanged otherwise.
 */
export function recordBeforePlan<H extends Ranked>(hits: readonly H[], groups: readonly QueryGroup[], upcoming: boolean, lacks: (docId: string) => QueryGroup[]): H[] {
  if (upcoming || hits.length < 2) return [...hits];
  const events = groups.flatMap((g) => {
    // (The event's number is the first the group asks, without leading zeros: "6" of "meetup 6", "#06", "keenam".)
    const n = g.identifies && g.numbers !== undefined && g.last !== true ? askedNumbers(g)[0] : undefined;
    return n === undefined ? [] : [{ g, n: String(Number(n)) }];
  });
  if (events.length === 0) return [...hits];
  // (Each title read once, not once for each passage of its write-up: the hits are every passage ranked, and a
  // numbered event's own write-up may rank far down.)
  const numbering = new Map<string, boolean>();
  const numbers = (title: string) => {
    let yes = numbering.get(title);
    if (yes === undefined) numbering.set(title, (yes = events.every(({ g, n }) => titleNumbers(title, g, n))));
    return yes;
  };
  const own = (h: H) => h.passage.date !== null && numbers(h.passage.title);
  const plan = hits[0]!;
  if (own(plan) || !speaksOfFuture(plan.passage.text, false, plan.passage.date)) return [...hits];
  const record = hits.find(own);
  if (record === undefined || (plan.passage.date !== null && plan.passage.date > record.passage.date!)) return [...hits];
  let chosen: H | undefined;
  if (record.coverage >= plan.coverage * COMPARABLE) chosen = record;
  else {
    const missing = lacks(record.passage.docId);
    const topicOnly = missing.length > 0 && missing.every((g) => TOPIC_WORDS.has(g.word) || g.surface.some((w) => TOPIC_WORDS.has(w)));
    if (topicOnly && hasSubtitle(record.passage.title)) {
      chosen = openingPassage(hits, record.passage.docId);
    }
  }
  return chosen === undefined ? [...hits] : [chosen, ...hits.filter((h) => h !== chosen)];
}

/**
 * The forms of the kinds of event a question asks about ("meetup", "workshop", "acara": see isEventWord and
 * isAnyEvent), to tell by onlyPlansNext which sentences of a passage speak of them; empty when it asks about none.
 */
export function eventKindsOf(groups: readonly QueryGroup[]): Set<string> {
  return new Set(groups.filter((g) => isEventWord(g.word) || isAnyEvent(g.word)).flatMap((g) => [g.word, ...g.surface]));
}

/**
 * Whether a passage of a write-up dated `date` speaks of the kinds of event asked about (`kinds`, see
 * eventKindsOf) only to announce one after it (see announcesLater): every sentence of it that names one announces,
 * as "Meetup berikutnya akan diadakan di Telkom Hub pada 14 Juni" does in May's minutes. Such a passage is of the
 * event it announces, not of the month its write-up is dated (see answer.ts: ofPeriods): asked "meetup bulan ini"
 * in May, it answers only where it names a day of May. A sentence that tells of one held ("Meetup keenam diadakan
 * di Gedung Sate. Sampai jumpa di meetup bulan depan!") keeps the passage its write-up's.
 */
export function onlyPlansNext(text: string, date: string | null, kinds: ReadonlySet<string>): boolean {
  // (Most passages announce nothing: told of the whole before its sentences are read.)
  if (date === null || kinds.size === 0 || !announcesLater(text, date)) return false;
  let announces = false;
  for (const [start, end] of splitSentences(text)) {
    const sentence = text.slice(start, end);
    if (!tokenize(sentence).some((t) => kinds.has(t.norm))) continue;
    if (!announcesLater(sentence, date)) return false;
    announces = true;
  }
  return announces;
}

/**
 * Whether a passage of a write-up dated `date` (null: undated) only foretells what a question matched in it:
 * every sentence that says one of `forms` (the question's words as the search matched them) speaks of what is to
 * come (see speaksOfFuture: "akan", "berencana", a later month than the write-up's), and one does. "Tim futsal
 * karang taruna ikut turnamen Kades Cup bulan November" in September's minutes enters the team; it tells no
 * winner. A passage that also tells of it in another sentence, or another clause of one (see ADDED_CLAUSE), as
 * held, is a report.
 */
export function foretellsOnly(text: string, date: string | null, forms: ReadonlySet<string>): boolean {
  // (Most passages speak of no future: told of the whole before its sentences are read.)
  if (forms.size === 0 || !speaksOfFuture(text, false, date)) return false;
  let foretells = false;
  for (const [start, end] of splitSentences(text)) {
    const sentence = text.slice(start, end);
    if (!tokenize(sentence).some((t) => forms.has(t.norm))) continue;
    if (!speaksOfFuture(sentence, false, date)) return false;
    // (A clause added after a comma may foretell what a report goes on to: "Juara lomba catur adalah Budi, yang
    // akan mewakili desa bulan depan" tells the winner. A clause that says the words and not the future reports.)
    const clauses = sentence.split(ADDED_CLAUSE);
    if (clauses.length > 1 && clauses.some((c) => tokenize(c).some((t) => forms.has(t.norm)) && !speaksOfFuture(c, false, date))) return false;
    foretells = true;
  }
  return foretells;
}

/**
 * Where a sentence adds a clause: a comma or semicolon before a word that joins one ("yang", "dan", "who", "and"),
 * or, without a comma, "dan" or "and" before the future's tense ("Budi memenangkan pemilihan bupati dan akan
 * menjabat hingga 2015", "John Carter won the election and will serve until 2015", as an undated article says).
 */
const ADDED_CLAUSE =
  /[,;]\s+(?=(?:yang|dan|serta|lalu|kemudian|sehingga|who|which|and|then)(?![\p{L}\p{N}]))|\s+(?=(?:dan|serta|and)\s+(?:akan|bakal|will|shall)(?![\p{L}\p{N}]))/iu;
