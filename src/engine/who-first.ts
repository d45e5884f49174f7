// Within one write-up, for a question that asks who ("juara lomba tari siapa", "who judged the contest"), the
// passage that names someone before the ones that name nobody, where they match the question alike.
//
// A results post's prize line ("Juara 1 dapat Rp2.000.000, juara 2 …, juara harapan …") says the question's word
// more often than the line that names the winners ("Sanggar Cahya Wening jadi juara"), and a workshop's opening
// (its venue and day) more than the line with its mentor: the write-up's passages tie on the question's words and
// the one without the answer came first. A person, a team, a group is written as a name (capitalised words), which
// no question word matches; so, as asked-type.ts's askedTypeFirst does for a time, a price or a place, the passage
// that states a name moves before those of its write-up with no more of the question.
//
// Only within a write-up: across write-ups a new capitalised name was measured as an answer slot and dropped
// (answer-slot.ts: nearly every news paragraph holds one), and the dev sets whose hits are judged by document are
// not moved by this at all. What is no name here: a capitalised word that opens a sentence, a line or a table
// cell (Indonesian capitalises little else, and chat not even that; a later word of its run is, unless the
// Indonesian dictionary has it), one after a preposition of place ("di Pendopo Agung": a place; not a term of
// address, "ke Bu Ratna"), a table's header row, a month's or a weekday's name, an acronym in capitals ("WIB",
// "RW"), a word before a number ("Rp 50.000"), and any word the question or the write-up's title has (the
// event's own name, "Kizuna Matsuri", names no one asked for).

import { ENGLISH_WEEKDAYS, WEEKDAYS, WRITTEN_MONTHS } from './dates.ts';
import { groupBy } from './group-by.ts';
import { statingFirstIn } from './stating-first.ts';
import { isDelimiterRow, isTableRow } from './tables.ts';
import { isIndonesianWord } from './analyzer.ts';

/**
 * Question words that ask for someone. ("sapa" as chat writes "siapa"; "menyapa" is another token. "who’s" as a
 * phone's keyboard writes "who's".)
 */
const WHO: ReadonlySet<string> = new Set(['siapa', 'siapakah', 'siapa2', 'sapa', 'who', 'whom', 'whose', "who's", 'who’s']);

/** Whether a question's words (lower case) ask for someone. */
export function asksWho(words: readonly string[]): boolean {
  return words.some((w) => WHO.has(w));
}

/** Words before a capitalised word that make it a place, not someone ("di Pendopo Agung", "from Osaka"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  'di', 'ke', 'dari', 'dekat', 'depan', 'sekitar', 'jl', 'jalan', 'at', 'in', 'to', 'from', 'near', 'on',
]);
/**
 * Terms of address: after a preposition they make the name someone's, not a place ("tunai ke Bu Ratna", "diserahkan
 * ke Pak Slamet", "materi dari Kak Rina").
 */
const ADDRESS: ReadonlySet<string> = new Set([
  'pak', 'bapak', 'bu', 'ibu', 'kak', 'kakak', 'mas', 'mbak', 'bang', 'abang', 'om', 'tante', 'mr', 'mrs', 'ms',
]);
/** Calendar names, capitalised mid-sentence and no one's name. */
const CALENDAR: ReadonlySet<string> = new Set([...WRITTEN_MONTHS.keys(), ...WEEKDAYS, ...ENGLISH_WEEKDAYS]);

// A capitalised word (letters, inner apostrophes and hyphens), and what may stand between a run's words. (Not a
// capital inside a word: "iPad", "eSports", "insyaAllah".)
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
// What stands before a word at a sentence's, a line's or a table cell's start, markup and list markers skipped: a
// line start, a cell's bar or the end of a sentence, then bullets, numbers with a dot, headings' #, emoji as chat
// opens a line with ("📍 Tujuan: …"), bold and quotes.
const OPENS_SENTENCE = /(?:^|[.!?]\s+|\n|\|)(?:[ \t]*(?:[-*+#>]+|\d+[.)])[ \t]+|[ \t]*[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+)*[ \t]*[*_"'“(]*$/u;
// A table cell's start, markup skipped (see OPENS_SENTENCE).
const OPENS_CELL = /\|(?:[ \t]*[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+)*[ \t]*[*_"'“(]*$/u;
// The word before a position, markup skipped ("di **Studio Kizuna**").
const WORD_BEFORE = /([\p{L}]+)\.?[\s*_"'“(]*$/u;
// A word before a number labels or prices it, "Rp 50.000", "Sesi 2", "Hall B" aside: no one's name.
const BEFORE_NUMBER = /^ ?\p{N}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}'’-]+$/u;
// What may stand between two words of one run: spaces, and markup that closes or opens a bold or a quote.
const RUN_GAP = /^[ \t*_"”“]*[ \t][ \t*_"”“]*$/u;

/**
 * Whether `text` names someone: a capitalised word that is neither the start of a sentence or line, nor after a
 * preposition of place, nor in a table's header row, nor a calendar name or an acronym, nor in `unnamed` (the
 * question's and the title's words, lower case).
 */
export function namesSomeone(text: string, unnamed: ReadonlySet<string>): boolean {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const header = isTableRow(line) && isDelimiterRow(lines[n + 1] ?? '');
    if (!header && lineNames(line, unnamed)) return true;
  }
  return false;
}

function lineNames(line: string, unnamed: ReadonlySet<string>): boolean {
  // (Where a run's first word is a place's, the event's own name or a calendar name, so are its later words:
  // "Pendopo Agung", "Kizuna Matsuri", "Minggu Pagi". Where it opens a sentence, its later words are a name unless
  // the Indonesian dictionary has them: "Sakura Drops jadi juara", not "Juara Harapan dapat voucher"; where it opens
  // a table cell, they are, the dictionary having loan words too ("drop"): "| Sakura Drops |", not "| Daily pass |".)
  let skippedRunEnd = -1;
  let openingRunEnd = -1;
  let inCell = false;
  for (const m of line.matchAll(CAPITALISED)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const before = line.slice(0, m.index);
    const end = m.index + word.length;
    if (skippedRunEnd >= 0 && RUN_GAP.test(line.slice(skippedRunEnd, m.index))) {
      skippedRunEnd = end;
      continue;
    }
    skippedRunEnd = -1;
    const prior = WORD_BEFORE.exec(before)?.[1];
    const place = prior !== undefined && PLACE_BEFORE.has(prior.toLowerCase()) && !ADDRESS.has(lower);
    if (CALENDAR.has(lower) || unnamed.has(lower) || place) {
      skippedRunEnd = end;
      continue;
    }
    if (word.length < 2 || ALL_CAPS.test(word) || BEFORE_NUMBER.test(line.slice(end, end + 2))) continue;
    if (openingRunEnd >= 0 && RUN_GAP.test(line.slice(openingRunEnd, m.index))) {
      openingRunEnd = end;
      if (!inCell && isIndonesianWord(lower)) continue;
      return true;
    }
    if (OPENS_SENTENCE.test(before)) {
      openingRunEnd = end;
      inCell = OPENS_CELL.test(before);
      continue;
    }
    return true;
  }
  return false;
}

type Ranked = { passage: { docId: string; text: string; title: string }; coverage: number; paired?: true };

const QUESTION_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** `hits` reordered by whoFirst where `question` asks who (asksWho), else `hits` as they are. */
export function whoFirstFor<H extends Ranked>(hits: readonly H[], question: string): readonly H[] {
  const words = question.toLowerCase().match(QUESTION_WORD) ?? [];
  return asksWho(words) ? whoFirst(hits, words) : hits;
}

/**
 * `hits` with, within each write-up, a passage that names someone moved before its write-up's earlier ones that name
 * no one and match no more of the question (coverage; the order askedTypeFirst gives, stating-first.ts); other
 * write-ups' places kept. `words`: the question's words, lower case, which name no one asked for.
 */
export function whoFirst<H extends Ranked>(hits: readonly H[], words: readonly string[]): H[] {
  const places = groupBy(hits.keys(), (i) => hits[i]!.passage.docId);
  const out = [...hits];
  const names = new Map<H, boolean>();
  const named = (h: H) => names.get(h) === true;
  for (const own of places.values()) {
    if (own.length < 2) continue;
    const unnamed = new Set([...words, ...titleWords(hits[own[0]!]!.passage.title)]);
    for (const i of own) names.set(hits[i]!, namesSomeone(hits[i]!.passage.text, unnamed));
    statingFirstIn(hits, own, named, coverageOf, keepsNone, out);
  }
  return out;
}

const coverageOf = (hit: Ranked): number => hit.coverage;
const keepsNone = (): boolean => false;

const TITLE_WORD = /[\p{L}\p{N}]+/gu;
function titleWords(title: string): string[] {
  return title.toLowerCase().match(TITLE_WORD) ?? [];
}
