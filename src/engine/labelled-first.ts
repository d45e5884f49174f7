// Within a write-up, the passage that writes a question's word as a label ("Narasumber: …", "- Kuota: 25
// peserta", "Yang perlu dibawa: …") or as its heading ("## Juri", "## Syarat peserta") before the same write-up's
// passages that match the question about as well. An announcement's fact sheet holds what a member asks for under
// such labels, where its opening paragraph repeats the event's name and its topic: "narasumber workshop halal
// siapa" matched the opening's "workshop" and "halal" (said three times) a little more than the fact sheet's
// "Narasumber: Ustazah …", and the opening, which names no speaker, came first. A word of the write-up's title
// does not count as a label (every passage of it is about the title's words), nor does another write-up's passage
// move: a tie-breaker within the write-up, not a score. A heading labels its whole section, not only the passage
// that carries it: "## Tiket" over a table of prices does not come before the paragraph under it that says the
// question's words more ("Tiket VIP dapat fast lane, goodie bag …", for "tiket vip dapet apa aja").

import { tokenize, wordsOf } from './analyzer.ts';
import { isCalendarSpan } from './calendar-spans.ts';
import { isDateWord, isMonthName } from './dates.ts';
import { statesAsked } from './said-first.ts';
import type { AskedSlot } from './answer-slot.ts';
import { asksCount, statesCountOf, type AskedType } from './asked-type.ts';
import { placesByDoc } from './group-by.ts';

/** A question word's group (QueryGroup): its own forms, as typed. */
type Group = { readonly surface: readonly string[] };

type Ranked = { passage: { id: string; docId: string; text: string; title: string }; score: number; coverage: number; terms: ReadonlyMap<string, number>; paired?: true };

/** How far down the ranking passages are reordered (as said-first.ts's). */
const LABEL_REACH = 20;

/**
 * How close to the score of a passage a labelled one must stand to be put ahead of it: a tie-breaker among
 * passages that match about alike (an opening that says the event's words a few times more), not a reranking.
 */
const LABEL_TIE = 0.9;

/**
 * A line's label, up to its colon ("Narasumber:", "- Kuota:", "**Host:**", "Total donasi Maret 2025:"; at most five
 * words, the first of letters), or a section heading's words ("## Juri"). Not a clock's colon ("jam 08:30"), nor
 * the write-up's own heading ("# Workshop dan Pendampingan …"), which is its title again.
 */
const LABEL = /^[ \t]*(?:[-*•][ \t]+)?(?:(#{2,6}[ \t]+([^\n]{1,80}))|(?:\*\*|__)?(\p{L}[\p{L}\p{N}'-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'-]*){0,4})(?:\*\*|__)?[ \t]*:(?!\d))/gmu;

/**
 * `hits` with, in the places each write-up's passages hold among the first LABEL_REACH, a passage that labels a
 * question word (see the file's head) moved ahead of the same write-up's passages that label none and match as
 * much of the question (`coverage`, no more than its own) and score within LABEL_TIE of it. Never ahead of a
 * passage that numbers what the question numbers (Hit.paired) when it does not, nor of one that holds what the
 * question asks for (`slot`, `asks`: see said-first.ts's statesAsked) when it does not, nor, for a count asked, of
 * one that counts the asked noun itself when it does not (statesCountOf: "Donatur terbesar: anonim, Rp 2.000.000.
 * Peak viewer 1.120 orang." counts people, not the "418 donatur" asked), nor, where only a heading labels it, of a
 * later passage of the heading's section (`passagesOf`: a write-up's passages in order).
 */
export function labelledFirst<H extends Ranked>(
  hits: readonly H[],
  groups: readonly Group[],
  slot: AskedSlot | null,
  asks: AskedType | null,
  passagesOf: (docId: string) => readonly { readonly id: string; readonly text: string }[],
): H[] {
  const places = placesByDoc(hits, LABEL_REACH);
  let out: H[] | null = null;
  for (const own of places.values()) {
    if (own.length < 2) continue;
    // (A loop, not map: no closure made for every question; see test/tsx-hot-path.test.ts.)
    const labelled: Array<Label | null> = [];
    for (const i of own) labelled.push(labels(hits[i]!, groups));
    if (!labelled.includes('line') && !labelled.includes('heading')) continue;
    const ordered: H[] = [];
    const marks: boolean[] = [];
    for (let k = 0; k < own.length; k++) {
      const h = hits[own[k]!]!;
      let at = ordered.length;
      const label = labelled[k]!;
      if (label !== null) {
        while (at > 0) {
          const before = ordered[at - 1]!;
          if (marks[at - 1] || before.coverage > h.coverage + 1e-9 || h.score < before.score * LABEL_TIE || (before.paired === true && h.paired !== true)) break;
          if ((slot !== null || asks !== null) && statesAsked(before.passage.text, slot, asks) && !statesAsked(h.passage.text, slot, asks)) break;
          if (asks !== null && asksCount(asks) && statesCountOf(asks.count, before.passage.text) && !statesCountOf(asks.count, h.passage.text)) break;
          if (label === 'heading' && inSection(passagesOf(h.passage.docId), h.passage.id, before.passage.id)) break;
          at -= 1;
        }
      }
      ordered.splice(at, 0, h);
      marks.splice(at, 0, label !== null);
    }
    let moved = false;
    for (let k = 0; k < own.length; k++) moved ||= ordered[k] !== hits[own[k]!];
    if (!moved) continue;
    out ??= [...hits];
    for (let k = 0; k < own.length; k++) out[own[k]!] = ordered[k]!;
  }
  return out ?? [...hits];
}

/**
 * Whether a passage writes one of the question's words it matched (Hit.terms) as a line's label or only as a
 * heading (LABEL), and which: null where neither. Not a word of its write-up's title, nor any form of a question
 * word the title has: "night" of "retro night 5" is the title's "Retro Night", and its translation "malam" in the
 * heading "## Turnamen kecil malam itu" says no more
 * which passage answers than the title does. Nor a day's, a month's or a span's word: "Rencana tahun 2026:" says
 * of when its plans are, and is no label of "the balance at the end of the year".
 */
function labels(hit: Ranked, groups: readonly Group[]): Label | null {
  if (!hit.passage.text.includes(':') && !hit.passage.text.includes('#')) return null;
  const title = new Set<string>();
  for (const t of tokenize(hit.passage.title)) for (const w of wordsOf(t.norm)) title.add(w);
  let found: Label | null = null;
  for (const m of hit.passage.text.matchAll(LABEL)) {
    if (found === 'heading' && m[2] !== undefined) continue;
    words: for (const t of tokenize(m[2] ?? m[3] ?? '')) {
      for (const w of wordsOf(t.norm)) {
        const g = hit.terms.get(w);
        if (g !== undefined && !title.has(w) && !titled(groups[g], title) && !isCalendarSpan(w) && !isDateWord(w) && !isMonthName(w)) {
          // (A line's label says its own line; a heading, its section: see inSection.)
          if (m[2] === undefined) return 'line';
          found = 'heading';
          break words;
        }
      }
    }
  }
  return found;
}

/** What labels a question word in a passage (see labels): a line's label, or only a section's heading. */
type Label = 'line' | 'heading';

/** A section heading's line (as LABEL reads one). */
const HEADING_LINE = /^[ \t]*(?:[-*•][ \t]+)?#{2,6}[ \t]/mu;
/** A passage that opens with a section heading (HEADING_LINE as its first line). */
const OPENS_WITH_HEADING = /^\s*(?:[-*•][ \t]+)?#{1,6}[ \t]/u;

/**
 * Whether passage `later` comes after passage `carrier` (ids, of one write-up's `passages`, in order) in the
 * section a heading of `carrier` opens: no heading between them, nor at the head of `later`. (Where `carrier`
 * has two headings, `later` is read as in the section of either: the tie is kept, not broken.)
 */
function inSection(passages: readonly { readonly id: string; readonly text: string }[], carrier: string, later: string): boolean {
  let i = 0;
  while (i < passages.length && passages[i]!.id !== carrier) i++;
  for (i++; i < passages.length; i++) {
    if (passages[i]!.id === later) return !OPENS_WITH_HEADING.test(passages[i]!.text);
    if (HEADING_LINE.test(passages[i]!.text)) return false;
  }
  return false;
}

/** Whether a question word's own forms are words of the title (see labels). */
function titled(group: Group | undefined, title: ReadonlySet<string>): boolean {
  if (group === undefined) return false;
  for (const w of group.surface) if (title.has(w)) return true;
  return false;
}
