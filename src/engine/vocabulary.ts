// The words of a corpus, for autocomplete (suggest.ts): a member typing "hadi" may mean "hadiah", and one typing
// "hackaton" means "hackathon". Read from passages' text, never from the index (whose terms are stemmed and
// stopword-free: a question is typed with its stopwords and its suffixes).

import { isNameAt, tokenize } from './analyzer.ts';
import { lowerBound } from './lower-bound.ts';
import { neighbourSwaps } from './swaps.ts';
import { runInTurns, runNow, type Steps } from './turn.ts';
import type { Passage } from './types.ts';

/** A corpus's words: sorted for prefix search, with how many passages hold each. */
export interface Vocabulary {
  /** Lowercased words, sorted by code unit (so that a prefix's words stand together). */
  words: string[];
  /** Passages holding words[i]. */
  counts: number[];
  /**
   * The form to show for words[i]: as the corpus writes it when it mostly capitalises it ("Indonesia", "CMG"),
   * else lowercased.
   */
  shown: string[];
  /** words[i]'s index, by word. */
  at: Map<string, number>;
  /** The letters words are made of, most used first: what a typo may have replaced or left out. */
  alphabet: string[];
  /**
   * The passages holding words[i], by their number in the passages read: held[from[i]] up to held[from[i + 1]], in
   * order. What tells a word that fits the rest of a question from one that is merely frequent (suggest.ts). Flat
   * typed arrays rather than an array per word: a few bytes a word-in-passage, on tydiqa-id's ~290,000 of them.
   */
  from: Int32Array;
  held: Int32Array;
  /**
   * Each passage's words in order, as indexes into words (-1 for a token that is none: a number, a short word; and
   * between two words that a sentence's end or a line break separates), the passage numbered n at
   * sequence[sequenceFrom[n]] up to sequence[sequenceFrom[n + 1]]: which word the corpus writes right after
   * another ("hari" → "kedua"), read without reading text again.
   */
  sequence: Int32Array;
  sequenceFrom: Int32Array;
}

/** What ends a sentence or a line between two words (see collecting): the word after it follows nothing. */
const SENTENCE_GAP = /[.!?;:\n]/u;
/** Shorter words are not worth completing to, nor correcting: "di" → "dia" helps no one. */
const MIN_WORD = 3;
/** Letters a typo may stand for: the most used ones (a multilingual corpus has hundreds, most in a few words). */
const ALPHABET = 40;
/**
 * The longest typed word read as having a typo. Its spellings one typo away are made whole, each as long as the
 * word, so the work grows with the square of its length: a 300-letter paste (Discord lets a question be that long
 * while it is typed) held the bot for a second at every keystroke, every other member's answer with it. A run of
 * letters this long is a paste or a held key, not a slip in a word.
 */
const MAX_TYPO_WORD = 40;

/**
 * Words of letters (a hyphen or apostrophe inside), as a member would type them: no numbers, addresses or "U.S".
 */
const WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*$/u;

/** Passages read between two turns of the event loop (see collectVocabularyInTurns). */
const STEP = 250;

/** The corpus's words, all at once (the first keystroke, when they were not collected in the background). */
export function collectVocabulary(passages: readonly Passage[]): Vocabulary {
  return runNow(collecting(passages));
}

/** The same, the event loop getting a turn every STEP passages: collected in the background after a (re)load. */
export function collectVocabularyInTurns(passages: readonly Passage[]): Promise<Vocabulary> {
  return runInTurns(collecting(passages));
}

function* collecting(passages: readonly Passage[]): Steps<Vocabulary> {
  // Words are numbered as first met, then renumbered in sorted order: one Map lookup per token, the rest by
  // number.
  const id = new Map<string, number>();
  const met: string[] = [];
  /**
   * By number as met: how many passages hold the word, and the last passage counted (a word counts once a
   * passage). Which passages they are is read from the sequence afterwards, into one flat array: an array per
   * word, grown a passage at a time, was tens of thousands of arrays for the garbage collector (tydiqa-id's
   * ~290,000 holdings).
   */
  const holding: number[] = [];
  const lastIn: number[] = [];
  const capitalised: number[] = [];
  const occurrences: number[] = [];
  /** A capitalised word as first written within a sentence ("CMG", "Indonesia"). */
  const written: (string | undefined)[] = [];
  /** Every passage's tokens in order, by number as met (-1: none of the words), and where each passage starts. */
  let sequence = new Int32Array(1 << 16);
  let length = 0;
  const sequenceFrom = new Int32Array(passages.length + 1);
  let done = 0;
  for (const p of passages) {
    let previousEnd = -1;
    for (const t of tokenize(p.text)) {
      if (length + 1 >= sequence.length) {
        const grown = new Int32Array(sequence.length * 2);
        grown.set(sequence);
        sequence = grown;
      }
      // A sentence's end or a line break between two words: the second is not written "right after" the first
      // ("… datang pagi hari. Kertajaya ramai." writes no "hari Kertajaya"), so nothing follows across it.
      if (previousEnd >= 0 && SENTENCE_GAP.test(p.text.slice(previousEnd, t.start))) sequence[length++] = -1;
      previousEnd = t.end;
      const w = t.norm;
      // A word met before is one (tested then): the pattern is tested once per word, not once per occurrence.
      let i = id.get(w);
      if (i === undefined) {
        if (w.length < MIN_WORD || !WORD.test(w)) {
          sequence[length++] = -1;
          continue;
        }
        id.set(w, (i = met.length));
        met.push(w);
        holding.push(0);
        lastIn.push(-1);
        capitalised.push(0);
        occurrences.push(0);
        written.push(undefined);
      }
      sequence[length++] = i;
      if (lastIn[i] !== done) {
        lastIn[i] = done;
        holding[i]!++;
      }
      if (noCapitalAt(p.text, t.start)) occurrences[i]!++;
      // A sentence's first word is capitalised whatever it is: only the others tell a name.
      else if (isNameAt(p.text, t.start)) {
        occurrences[i]!++;
        capitalised[i]!++;
        written[i] ??= p.text.slice(t.start, t.end);
      }
    }
    sequenceFrom[++done] = length;
    if (done % STEP === 0) yield;
  }
  // Sorted by the engine's own string order (by code unit, as `<`), not by a comparator called from script.
  const words = [...met].sort();
  const byWord = words.map((w) => id.get(w)!);
  /** A word's sorted index, by its number as met. */
  const sorted = new Int32Array(met.length);
  byWord.forEach((i, s) => (sorted[i] = s));
  const letters = new Map<string, number>();
  for (const w of words) for (const ch of w) letters.set(ch, (letters.get(ch) ?? 0) + 1);
  const from = new Int32Array(words.length + 1);
  for (let s = 0; s < words.length; s++) from[s + 1] = from[s]! + holding[byWord[s]!]!;
  sequence = sequence.slice(0, length);
  for (let k = 0; k < length; k++) if (sequence[k]! >= 0) sequence[k] = sorted[sequence[k]!]!;
  // The passages holding each word, in order: each passage's words read again from the sequence, a word written
  // twice in a passage counted once, as above.
  const held = new Int32Array(from[words.length]!);
  const next = from.slice(0, words.length);
  const lastHeld = new Int32Array(words.length).fill(-1);
  for (let n = 0; n < passages.length; n++) {
    for (let k = sequenceFrom[n]!; k < sequenceFrom[n + 1]!; k++) {
      const s = sequence[k]!;
      if (s < 0 || lastHeld[s] === n) continue;
      lastHeld[s] = n;
      held[next[s]!++] = n;
    }
  }
  const at = new Map<string, number>();
  for (let s = 0; s < words.length; s++) at.set(words[s]!, s);
  return {
    words,
    counts: byWord.map((i) => holding[i]!),
    // A word written capitalised in most of its uses within sentences is a name ("Indonesia"); a word seen only at
    // sentences' starts is shown in lower case.
    shown: byWord.map((i) => (2 * capitalised[i]! > occurrences[i]! ? (written[i] ?? met[i]!) : met[i]!)),
    at,
    alphabet: [...letters.entries()].sort((a, b) => b[1] - a[1]).slice(0, ALPHABET).map(([ch]) => ch),
    from,
    held,
    sequence,
    sequenceFrom,
  };
}

/**
 * Whether the character at `at` is no capital (as `c === c.toLowerCase()`): a–z and the other ASCII characters
 * told by their codes, without a string for each of a corpus's tokens. (Not the analyzer's startsLowerCase, which
 * asks for a lower-case letter: a token opening with a digit, "2024", counts here as a use written in lower case.)
 */
function noCapitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code < 0x41 || code > 0x5a;
  const c = text[at]!;
  return c === c.toLowerCase();
}

/** The passages holding word i, by number, in order. */
export function holdersOf(v: Vocabulary, i: number): Int32Array {
  return v.held.subarray(v.from[i]!, v.from[i + 1]!);
}

/**
 * The words the corpus writes right after word i, as indexes, read in the first `passages` passages holding it (a
 * bound on the work: a common word is in thousands).
 */
export function wordsAfter(v: Vocabulary, i: number, passages: number): Set<number> {
  const out = new Set<number>();
  const holders = holdersOf(v, i);
  for (let j = 0; j < holders.length && j < passages; j++) {
    const end = v.sequenceFrom[holders[j]! + 1]! - 1;
    for (let k = v.sequenceFrom[holders[j]!]!; k < end; k++) if (v.sequence[k] === i && v.sequence[k + 1]! >= 0) out.add(v.sequence[k + 1]!);
  }
  return out;
}

/** Indexes of the words longer than `prefix` that start with it, most used first, at most `limit`. */
export function completions(v: Vocabulary, prefix: string, limit: number): number[] {
  const best: number[] = [];
  for (let i = lowerBound(v.words, prefix); i < v.words.length && v.words[i]!.startsWith(prefix); i++) {
    if (v.words[i]!.length > prefix.length) keepBest(v, best, i, limit);
  }
  return best;
}

/**
 * Indexes of the words one typo away from `word` (a letter left out, added, replaced, or two swapped), most used
 * first; with `asPrefix`, words that start with such a spelling ("hakcat" → "hackathon"). Spellings are made from
 * the typed word and looked up, rather than every word compared: a few hundred look-ups, per keystroke.
 */
export function corrections(v: Vocabulary, word: string, asPrefix: boolean, limit: number): number[] {
  if ([...word].length > MAX_TYPO_WORD) return [];
  const best: number[] = [];
  const seen = new Set<number>();
  for (const spelling of oneTypoFrom(word, v.alphabet)) {
    // A start shorter than the typed word by a letter still narrows it; a three-letter start does not.
    if (spelling.length < (asPrefix ? MIN_WORD + 1 : MIN_WORD)) continue;
    if (!asPrefix) {
      const i = v.at.get(spelling);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        keepBest(v, best, i, limit);
      }
      continue;
    }
    for (let i = lowerBound(v.words, spelling); i < v.words.length && v.words[i]!.startsWith(spelling); i++) {
      if (seen.has(i)) continue;
      seen.add(i);
      keepBest(v, best, i, limit);
    }
  }
  return best;
}

/** Inserts word i into `best` (most used first, then alphabetical), keeping at most `limit`. */
function keepBest(v: Vocabulary, best: number[], i: number, limit: number): void {
  const c = v.counts[i]!;
  if (best.length >= limit && c <= v.counts[best[best.length - 1]!]!) return;
  let at = best.length;
  while (at > 0 && v.counts[best[at - 1]!]! < c) at--;
  best.splice(at, 0, i);
  if (best.length > limit) best.pop();
}

/** Every spelling one edit from `word` (Damerau: deletion, transposition, replacement, insertion). */
export function* oneTypoFrom(word: string, alphabet: readonly string[]): Generator<string> {
  const chars = [...word];
  const at = (i: number) => chars.slice(0, i).join('');
  const from = (i: number) => chars.slice(i).join('');
  for (let i = 0; i < chars.length; i++) yield at(i) + from(i + 1);
  yield* neighbourSwaps(chars);
  for (let i = 0; i < chars.length; i++) for (const ch of alphabet) if (ch !== chars[i]) yield at(i) + ch + from(i + 1);
  for (let i = 0; i <= chars.length; i++) for (const ch of alphabet) yield at(i) + ch + from(i);
}
