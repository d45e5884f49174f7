// Across write-ups, for a question asked in Indonesian, a write-up's passage before a later English summary's that
// matches alike. Communities keep an English summary beside their Indonesian write-ups (a season review for
// international players, a term summary for expat parents): it names the same teams, numbers and loanwords, so it
// matches an Indonesian question about a detail ("mvp final season 1 siapa", "BO brp final") as well as the
// write-up does, or a little better, while often lacking the detail or stating it otherwise. The member asking in
// Indonesian reads the write-up, and it is the one that holds the detail. Only a tie-breaker: an English
// passage that matches clearly better keeps its place (the summary may be all there is), and an English
// question's order is left as it is (the summary is what that member reads best).

import type { AskedSlot } from './answer-slot.ts';
import type { AskedType } from './asked-type.ts';
import type { DocumentWords } from './document-words.ts';
import type { QueryGroup } from './search.ts';
import { statesAsked } from './said-first.ts';

type Ranked = { passage: { docId: string; text: string; date: string | null }; score: number; terms: ReadonlyMap<string, number> };

/**
 * What ownLanguageFirst reads of the search: the question's language, whether it asks for the newest, the oldest or
 * the coming one (SearchResult.recency), its words.
 */
type Searched = { language: 'en' | 'id' | null; recency: unknown; groups: readonly QueryGroup[] };

/** What ownLanguageFirst reads of the index. */
type Index = { writesInEnglish(docId: string): boolean; documentWords(docId: string): DocumentWords };

/** How far down the ranking passages are reordered: past the first page of ten there is nothing shown to order. */
const OWN_REACH = 20;

/**
 * How close to an English passage's score a passage of an Indonesian write-up must stand to be put ahead of it:
 * matching alike, not a reranking. (Chosen on the persona sets' odd rows: 0.9 and 0.85
 * gained nothing there, 0.8 to 0.7 one row; see docs/retrieval.md.)
 */
export const OWN_TIE = 0.8;

/**
 * `hits` with, among the first OWN_REACH, each passage of an English write-up (SearchIndex.writesInEnglish) moved
 * after the passages below it of Indonesian write-ups dated before its own (see looksBack) that score at least its
 * own × OWN_TIE and no more than it: up to the first that does not, or is English itself (the summary's own order
 * is kept). One that scores more and stands below was put there by an earlier order (see answer.ts), which this
 * does not undo. Not after one that lacks what the question asks for (a date, a count, an amount: `slot`, see
 * answer-slot.ts; a time, a place: `asks`, see asked-type.ts) when the English passage states it. Only for a
 * question read as Indonesian (SearchResult.language) that asks for no newest, oldest or coming one, and only past a
 * write-up that says every word the English passage matched (see saysAll); any other order is unchanged. Nor past
 * one whose write-up does not name the event the question names when the English passage's does (`named`, see
 * answer.ts's namedFirst): a write-up of the event asked about is no summary of another's (meetup #20's English
 * recap and meetup #11's report, both saying "meetup" and "20", for "siapa pembicara meetup ke-20?").
 */
export function ownLanguageFirst<H extends Ranked>(
  hits: readonly H[],
  searched: Searched,
  index: Index,
  slot: AskedSlot | null,
  asks: AskedType | null,
  named: (hit: H) => boolean,
): H[] {
  // (Not for a question that asks for the newest, the oldest or the coming one: the order by date, or by what speaks
  // of the coming one, is what it asks for; a later English summary's "Season 3 starts in March" is the newest plan.)
  if (searched.language !== 'id' || searched.recency !== null) return [...hits];
  const reach = Math.min(OWN_REACH, hits.length);
  const out = [...hits];
  // (From the bottom up, so that each English passage is moved past the Indonesian ones already in their places.)
  for (let i = reach - 2; i >= 0; i--) {
    const h = out[i]!;
    if (!index.writesInEnglish(h.passage.docId)) continue;
    const states = statesAsked(h.passage.text, slot, asks);
    const namesIt = named(h);
    let at = i;
    while (at + 1 < reach) {
      const next = out[at + 1]!;
      if (index.writesInEnglish(next.passage.docId)) break;
      if (next.score < h.score * OWN_TIE || next.score > h.score) break;
      if (!looksBack(h, next) || (states && !statesAsked(next.passage.text, slot, asks))) break;
      if (namesIt && !named(next)) break;
      if (!saysAll(index.documentWords(next.passage.docId), h, searched.groups)) break;
      out[at] = next;
      at += 1;
    }
    out[at] = h;
  }
  return out;
}

/**
 * Whether a passage of an English write-up (`summary`) may be put after one of an Indonesian write-up dated before
 * it: a summary looks back on the write-ups it sums up, so it is dated after them (a season review in December, a
 * term summary at the term's end). A write-up dated the same day or later is no write-up it sums up: the English
 * recap of a meetup states the date its Indonesian report dated the next day gives as "Sabtu kemarin", and the
 * year's report that names a conference is not the conference's own write-up. Undated, neither is known to look
 * back on the other.
 */
function looksBack(summary: Ranked, writeUp: Ranked): boolean {
  const after = summary.passage.date;
  const before = writeUp.passage.date;
  return after !== null && before !== null && before < after;
}

/**
 * Whether a write-up (its DocumentWords) says, in some form, every word of the question that the English passage
 * matched (Hit.terms): the summary's passage is about what the write-up is about. The hackathon's only write-up,
 * in English, is no summary of the iftar's Indonesian one, which never says "hackathon", for "hackathon diadakan
 * di mana", though the iftar's passage states a place and scores alike.
 */
function saysAll(words: DocumentWords, summary: Ranked, groups: readonly QueryGroup[]): boolean {
  for (const g of new Set(summary.terms.values())) {
    const group = groups[g];
    if (group === undefined) continue;
    let says = anyOf(words.words, group.surface);
    for (const a of group.alternatives) says ||= anyOf(words.words, a.surface);
    if (!says) return false;
  }
  return true;
}

/** Whether `set` has any of `forms`. */
function anyOf(set: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (const w of forms) if (set.has(w)) return true;
  return false;
}
