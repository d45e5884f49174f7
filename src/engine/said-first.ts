// Within a write-up, among its passages that match the question alike, the one that says the question's words
// together first. A word the write-up's title has, and the month it is dated, count alike in every passage of it
// (see search.ts, `whole` and `dated`): the line that repeats them says no more than its neighbours of what else
// is asked. But where two lines match alike, the one that writes the question's words side by side ("Total donasi
// Maret 2025: Rp …") is the one about them: of a monthly finance report titled "Laporan Donasi Bulan Maret",
// "total donasi bulan Maret" matched "Total pengeluaran: Rp …" (its "total", and "donasi" and "Maret" through the
// title and date) as much as "Total donasi Maret 2025: Rp …", and the expenses' total was shown first. Words said
// apart are not counted, nor two of the title's own words together ("Donasi Maret"): the call-out's "Syarat: …
// pelatihan dasar relawan … (bawa surat sehat)" is not more about "what should volunteers bring" than its "Yang
// harus dibawa: …" under the title "Open Relawan".

import { tokenize } from './analyzer.ts';
import { holdsNewAnswer, type AskedSlot } from './answer-slot.ts';
import { statesAskedType, type AskedType } from './asked-type.ts';
import { placesByDoc } from './group-by.ts';

type Ranked = { passage: { docId: string; text: string; title: string }; score: number; coverage: number; terms: ReadonlyMap<string, number>; paired?: true };

/** How far down the ranking passages are reordered: past the first page of ten there is nothing shown to order. */
const SAID_REACH = 20;

/**
 * How close to the score of a passage another must stand to be put ahead of it: a tie-breaker among passages that
 * match alike, not a reranking. (The exchange report's "jurnalis Tiongkok", said in passing, is no answer to "berapa
 * lama program pertukaran jurnalis ke Tiongkok" above the opening that states the 12 days, which scores a fifth
 * more.)
 */
const SAID_TIE = 0.95;

/**
 * `hits` with, in the places each write-up's passages hold among the first SAID_REACH, a passage moved ahead of
 * the same write-up's passages that match as much of the question (`coverage`, equal; and score, within SAID_TIE)
 * and write fewer of its words side by side (see sideBySide). Never ahead of a passage that numbers what the
 * question numbers (Hit.paired) when it does not, nor ahead of one that holds what the question asks for (a date, a
 * count, a distance: `slot`, see answer-slot.ts; a time, an amount, a place: `asks`, see asked-type.ts) when it does
 * not: "There are no shops open on the Kandri loop" writes "Kandri loop" too, and says nothing of how long it is.
 * Other write-ups' places, and the order of the rest, are unchanged: a tie-breaker within the write-up, not a
 * score.
 */
export function saidFirst<H extends Ranked>(hits: readonly H[], slot: AskedSlot | null, asks: AskedType | null): H[] {
  const places = placesByDoc(hits, SAID_REACH);
  // (A passage's pairs and whether it answers are read only for one that could move: most match no neighbour
  // alike, and the rule runs on every answered question.)
  const pairs = new Map<H, number>();
  const answers = new Map<H, boolean>();
  let out: H[] | null = null;
  for (const own of places.values()) {
    if (own.length < 2) continue;
    const ordered: H[] = [];
    for (const i of own) {
      const h = hits[i]!;
      let at = ordered.length;
      while (at > 0) {
        const before = ordered[at - 1]!;
        if (Math.abs(before.coverage - h.coverage) > 1e-9 || h.score < before.score * SAID_TIE || (before.paired === true && h.paired !== true)) break;
        if (pairsOf(before, pairs) >= pairsOf(h, pairs) || (answersOf(before, answers, slot, asks) && !answersOf(h, answers, slot, asks))) break;
        at -= 1;
      }
      ordered.splice(at, 0, h);
    }
    let moved = false;
    for (let k = 0; k < own.length; k++) moved ||= ordered[k] !== hits[own[k]!];
    if (!moved) continue;
    out ??= [...hits];
    for (let k = 0; k < own.length; k++) out[own[k]!] = ordered[k]!;
  }
  return out ?? [...hits];
}

/** sideBySide of `hit`, read once (kept in `pairs`). */
function pairsOf<H extends Ranked>(hit: H, pairs: Map<H, number>): number {
  let n = pairs.get(hit);
  if (n === undefined) pairs.set(hit, (n = sideBySide(hit)));
  return n;
}

/** Whether `hit` holds what the question asks for (see saidFirst), read once (kept in `answers`). */
function answersOf<H extends Ranked>(hit: H, answers: Map<H, boolean>, slot: AskedSlot | null, asks: AskedType | null): boolean {
  let holds = answers.get(hit);
  if (holds === undefined) {
    holds = statesAsked(hit.passage.text, slot, asks);
    answers.set(hit, holds);
  }
  return holds;
}

/** Whether a passage's text states what the question asks for (`slot`, see answer-slot.ts; `asks`, see asked-type.ts). */
export function statesAsked(text: string, slot: AskedSlot | null, asks: AskedType | null): boolean {
  return (slot !== null && holdsNewAnswer(slot, text)) || (asks !== null && statesAskedType(asks, text));
}

/**
 * How many times a passage's text writes two of the question's words side by side: next tokens whose words are
 * terms (Hit.terms) of two different groups of the question, not both words of the write-up's title. The title's
 * own words together say only which write-up, as the title does over every passage of it: the opening "SRR Fun Run
 * edisi pertama …" is no more about "who won the men's 5K at the 2024 fun run" than the podium table under it.
 */
function sideBySide(hit: Ranked): number {
  const title = new Set<string>();
  for (const t of tokenize(hit.passage.title)) title.add(t.norm);
  let count = 0;
  let previous: number | undefined;
  let previousTitled = false;
  for (const t of tokenize(hit.passage.text)) {
    const group = hit.terms.get(t.norm);
    const titled = title.has(t.norm);
    if (group !== undefined && previous !== undefined && group !== previous && !(titled && previousTitled)) count += 1;
    previous = group;
    previousTitled = titled;
  }
  return count;
}
