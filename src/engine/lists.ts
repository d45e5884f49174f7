// A list written one item a paragraph, as chat posts and write-ups pasted from them are:
//
//   Selamat kepada para pemenang hackathon!
//
//   Juara 1: Tim Rusa — aplikasi pemantau banjir.
//
//   Juara 2: Tim Kancil — chatbot layanan puskesmas.
//
// Each line is a passage of its own, and none of the items says what the list is of: "siapa pemenang hackathon"
// matched "pemenang" only in the line that introduces them, a congratulation that names no one, which came first
// while the lines naming the winners were no result at all (they match only the title's "hackathon"). A paragraph
// ending in a colon stays with the list it announces (segment.ts); one ending otherwise, "…pemenang hackathon!",
// does not, and its items keep their own citations. So where a found passage introduces such a list, the list
// takes its place, the introduction after it: what it matched, its list answers. And the items of one list that
// match the question alike are shown in the list's own order (Juara 1 before Juara 2), not by their lengths, which
// is all BM25 tells them apart by.

import type { Passage } from './types.ts';
import { groupBy } from './group-by.ts';
import { ordinalWords } from './number-words.ts';
import { placingTableRuns } from './winners-table.ts';

/** The longest line read as a list item or an introduction (characters). */
const MAX_LINE = 200;

/** The one-word ordinals of 1–10 in either language (number-words.ts's: "pertama", "kesatu", "kedua" …, "first" …). */
const ORDINAL_WORDS = Array.from({ length: 10 }, (_, i) => ordinalWords(i + 1))
  .flat()
  .join('|');
/**
 * "Juara 1:", "Juara pertama:", "First place:", "Peringkat ke-2 -", "#1 —": a label of at most four words,
 * numbered. (A hyphen sets a label off only after a space: in "Sesi 1-2", "tanya-jawab" it is part of a word.)
 */
const ITEM = new RegExp(String.raw`^(?:[-*•]\s+)?((?:[\p{L}\p{N}#.'-]+\s+){0,3}[\p{L}\p{N}#.'-]+)(?:\s*[:：—–]|\s+-)\s*\S`, 'u');
const NUMBERED = new RegExp(String.raw`(?:^|[\s#-])(?:\d{1,3}|${ORDINAL_WORDS})(?:$|\s)`, 'iu');
const NUMBER_WORD = new RegExp(String.raw`^(?:#?\d{1,3}|ke-?\d{1,3}|${ORDINAL_WORDS})$`, 'iu');

/** Whether a passage is one short line of its own paragraph (not a part of a longer one). */
function oneLine(p: Passage): boolean {
  return p.parts === 1 && p.text.length <= MAX_LINE && !p.text.includes('\n');
}

/** A list item's label words without its number ("juara" of "Juara 1"), or null when the passage is no item. */
function itemLabel(p: Passage): string[] | null {
  if (!oneLine(p)) return null;
  const label = ITEM.exec(p.text)?.[1];
  if (label === undefined || !NUMBERED.test(label)) return null;
  return label
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => !NUMBER_WORD.test(w));
}

export interface ListRun {
  /** The paragraph before the items, which says what they are (may itself be no result). */
  intro: Passage | null;
  /** Two or more items, in the write-up's order. */
  items: Passage[];
  /**
   * The items take the introduction's place only where one of them matches as much of the question as it does: an
   * introduction that may say more than what the items are (a winners write-up's opening before its tables of
   * placings, see winners-table.ts).
   */
  asMuch?: true;
}

/**
 * The lists of a write-up's passages (in order) written one item a paragraph: two or more consecutive paragraphs,
 * each one line with a numbered label ("Juara 1:", "Juara 2:"; "First place:", "Second place:") sharing a word,
 * and the one-line paragraph just before them, which introduces them.
 */
export function listRuns(passages: readonly Passage[]): ListRun[] {
  const runs: ListRun[] = [];
  let i = 0;
  while (i < passages.length) {
    const label = itemLabel(passages[i]!);
    if (label === null || label.length === 0) {
      i++;
      continue;
    }
    const items = [passages[i]!];
    let j = i + 1;
    for (; j < passages.length; j++) {
      const next = passages[j]!;
      const own = itemLabel(next);
      if (own === null || next.paragraph !== items.at(-1)!.paragraph + 1 || !own.some((w) => label.includes(w))) break;
      items.push(next);
    }
    if (items.length >= 2) {
      const before = i > 0 ? passages[i - 1]! : undefined;
      const intro = before !== undefined && before.paragraph === passages[i]!.paragraph - 1 && introduces(before, i - 1 === 0) ? before : null;
      runs.push({ intro, items });
    }
    i = j;
  }
  // (And a winners write-up's tables of placings after the line that speaks of the winners: see winners-table.ts.)
  runs.push(...placingTableRuns(passages));
  return runs;
}

/**
 * Whether a one-line paragraph just before a list's items may introduce them ("Selamat kepada para pemenang
 * hackathon! Terima kasih …"). Not a labelled line itself, numbered or not: the minutes' "Evaluasi Rinjani: biaya
 * membengkak Rp 1.200.000 …" before "Keputusan 1: …", "Keputusan 2: …" is an entry of its own, and "biaya rinjani
 * berapa" showed the decisions in its place. Nor a write-up's opening paragraph of more than one sentence, which
 * says what the event was: "Pelatihan navigasi darat diadakan dua hari … Biaya pelatihan Rp 150.000 …" before
 * "Hari pertama: …", "Hari kedua: …" gave way to the days for "biaya pelatihan navigasi". (An opening of one
 * sentence, a chat post's "Selamat kepada para pemenang!", still introduces the list under it.)
 */
function introduces(p: Passage, opening: boolean): boolean {
  if (!oneLine(p) || ITEM.test(p.text)) return false;
  return !opening || !SENTENCE_BREAK.test(p.text);
}

/** A sentence's end inside a line, before the next one ("… 20 anggota. Biaya …"); not "Rp 150.000" nor "dll.". */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

type Ranked = { passage: Passage; coverage: number };

/**
 * `hits` where a list's introduction is found: the list's items in its place, in their order (those ranked before
 * it keep their places), the introduction after them; and the items of one list that hold consecutive places with
 * the same coverage in the list's order (where the run says so, ListRun.asMuch, only where an item found matches as
 * much of the question as the introduction). `runsOf` gives a write-up's lists (null: the corpus has none); `asHit`
 * makes a result of an item the ranking did not find.
 */
export function listsInPlace<H extends Ranked>(hits: readonly H[], runsOf: ((docId: string) => readonly ListRun[]) | null, asHit: (p: Passage) => H): H[] {
  if (runsOf === null) return [...hits];
  let out = [...hits];
  const docs = [...new Set(hits.map((h) => h.passage.docId))];
  for (const docId of docs) {
    for (const run of runsOf(docId)) {
      const items = new Set(run.items.map((p) => p.id));
      if (run.intro !== null) {
        const at = out.findIndex((h) => h.passage.id === run.intro!.id);
        if (at >= 0 && (run.asMuch !== true || out.some((h) => items.has(h.passage.id) && h.coverage >= out[at]!.coverage - 1e-9))) {
          const before = new Set(out.slice(0, at).map((h) => h.passage.id));
          const moved = run.items.filter((p) => !before.has(p.id)).map((p) => out.find((h) => h.passage.id === p.id) ?? asHit(p));
          // (A winners write-up's tables, the one that matches more of the question first: see winners-table.ts.)
          if (run.asMuch === true) moved.sort(byCoverage);
          const rest = out.filter((h, k) => k !== at && !(items.has(h.passage.id) && !before.has(h.passage.id)));
          rest.splice(at, 0, ...moved, out[at]!);
          out = rest;
        }
      }
      out = inListOrder(out, run.items);
    }
  }
  return out;
}

/** Higher coverage first (a stable sort keeps the list's order among equals). */
const byCoverage = (a: Ranked, b: Ranked): number => b.coverage - a.coverage;

/** `hits` with each stretch of consecutive places held by items of one list at equal coverage in the list's order. */
function inListOrder<H extends Ranked>(hits: H[], items: readonly Passage[]): H[] {
  const order = new Map(items.map((p, k) => [p.id, k]));
  const out = [...hits];
  let i = 0;
  while (i < out.length) {
    if (!order.has(out[i]!.passage.id)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < out.length && order.has(out[j]!.passage.id) && Math.abs(out[j]!.coverage - out[i]!.coverage) <= 1e-9) j++;
    const stretch = out.slice(i, j).sort((a, b) => order.get(a.passage.id)! - order.get(b.passage.id)!);
    out.splice(i, j - i, ...stretch);
    i = j;
  }
  return out;
}

/**
 * The lists of every write-up of an index's passages (see listRuns), by document id; null when there are none. Read
 * once per index (SearchIndex.listRuns): its passages are held in the write-ups' order.
 */
export function listRunsOf(passages: ReadonlyMap<string, Passage>): ((docId: string) => readonly ListRun[]) | null {
  const runs = new Map<string, ListRun[]>();
  for (const [docId, own] of groupBy(passages.values(), (p) => p.docId)) {
    const found = listRuns(own);
    if (found.length > 0) runs.set(docId, found);
  }
  if (runs.size === 0) return null; // (most corpora: nothing to look up per question)
  return (docId) => runs.get(docId) ?? [];
}
