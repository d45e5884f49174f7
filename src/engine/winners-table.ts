// A results write-up titled with its winners ("Pengumuman Pemenang Lomba Masak 2025", "Race winners") gives them
// as tables of placings, a category to a table: "| Juara | Tim | Hidangan |", "| Place | Name | Time |". The rows
// are the title's winners, though no row says the word: matched only through the title, such a table was never a
// result (a passage found only through its title is none), and "pemenang lomba masak siapa aja" was answered with
// the congratulation above the tables, which names no one. So a table of placings in such a write-up says the
// title's word for its winners (indexed as the passage's own word, see passage-analysis.ts), as a numbered list
// under a winners title says "juara" (numbered-lists.ts, PLACING_WORD).

import type { Passage } from './types.ts';

/** A title's word for a contest's winners (the word itself, lower case, is what the table says). */
const WINNERS_WORD = /(?<![\p{L}\p{N}])(pemenang|winners?|champions?)(?![\p{L}\p{N}])/iu;
/** WINNERS_WORD, every one of a title (matchAll). */
const WINNERS_WORDS = new RegExp(WINNERS_WORD.source, 'giu');

/** A table's header row whose first column is the placing: "| Juara | Tim |", "| Peringkat | …", "| Place | …". */
const PLACING_HEADER = /^\|\s*(?:juara|peringkat|posisi|rank|ranking|place|placing|position)\s*\|/imu;

/** A table's data row (after the header and its rule): a line opening with "|" that is not the rule itself. */
const DATA_ROW = /^\|(?!\s*:?-{2,})/mu;

/**
 * The title's words for winners that a passage's table of placings says (see the file's head): none unless the
 * title names winners and the passage holds such a table, or continues one (Passage.tableHeader).
 */
export function winnersSaidByTable(passage: Passage): string[] {
  if (!WINNERS_WORD.test(passage.title)) return [];
  const header = passage.tableHeader?.text ?? passage.text;
  if (!PLACING_HEADER.test(header) || !passage.text.includes('|') || !DATA_ROW.test(passage.text)) return [];
  return [...new Set([...passage.title.matchAll(WINNERS_WORDS)].map((m) => m[1]!.toLowerCase()))];
}

/** A passage that speaks of the winners it comes before: "Selamat kepada para pemenang!", "Berikut para juara:". */
const SPEAKS_OF_WINNERS = /(?<![\p{L}\p{N}])(?:pemenang|juara|winners?|champions?)(?![\p{L}\p{N}])/iu;

/**
 * The tables of placings of a winners write-up (see winnersSaidByTable), consecutive passages of `passages` (one
 * write-up's, in order), with the passage just before them where it speaks of the winners and is no such table
 * ("Selamat kepada para pemenang!"): what it says, the tables answer (see lists.ts, listsInPlace, which puts them
 * in its place). Without it, the congratulation, which says the question's words itself where the tables have
 * them only through the title, came first and named no one. Only where a table matches as much of the question
 * (asMuch): the passage before them may be an opening that says more ("… membawa pulang hadiah uang tunai dan
 * voucher belanja …"), which the tables, saying nothing of prizes, did not answer in its place.
 */
export function placingTableRuns(passages: readonly Passage[]): Array<{ intro: Passage; items: Passage[]; asMuch: true }> {
  if (passages.length < 2 || !WINNERS_WORD.test(passages[0]!.title)) return [];
  const runs: Array<{ intro: Passage; items: Passage[]; asMuch: true }> = [];
  let i = 1;
  while (i < passages.length) {
    if (winnersSaidByTable(passages[i]!).length === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < passages.length && winnersSaidByTable(passages[j]!).length > 0) j++;
    const intro = passages[i - 1]!;
    if (SPEAKS_OF_WINNERS.test(intro.text)) runs.push({ intro, items: passages.slice(i, j), asMuch: true });
    i = j;
  }
  return runs;
}
