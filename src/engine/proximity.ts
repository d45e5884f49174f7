// How close together a question's words stand in a passage: a passage's terms in order (termPositions, kept by
// SearchIndex.#positions), and the reward for a question's groups found near each other and early (proximity,
// read by SearchIndex.#search with RANKING's leadWords and proximityScale).

import { acronymTerm, isAcronymStopword, stemsOf, termsAt, tokenize, wordsOf, type RootReading, type Token } from './analyzer.ts';
import { RANKING } from './ranking.ts';
import type { QueryGroup } from './search.ts';

/**
 * Where a passage's terms stand, in the order they stand: the terms of each of its tokens that has any (the token's
 * words, as termsAt gives them, each followed by its stems), a token's position being its place in the list (in
 * words, counting only tokens that have terms, from 1). What proximity reads, whatever the question. A token's list
 * is tokenTerms's, shared by every token of the same word: a passage's positions cost a pointer a word.
 */
export interface TermPositions {
  readonly tokens: ReadonlyArray<readonly string[]>;
}

export function termPositions(text: string, reading?: RootReading): TermPositions {
  const tokens: Array<readonly string[]> = [];
  for (const t of tokenize(text)) {
    const read = tokenTerms(text, t, reading);
    if (read.length > 0) tokens.push(read);
  }
  return { tokens };
}

/**
 * A token's terms as termPositions lists them: each of its words (termsAt) followed by that word's stems. Kept by
 * the token's normalised form, under the reading last asked: a passage proximity reads is mostly new to the index's
 * cache of positions (on tydiqa-id the 30 best candidates of one question are rarely another's), but its words are
 * not, and looking up each word, then each of its stems, for every token was most of what reading a passage cost.
 * A stopword is kept as having no words of its own (STOPWORD_TERMS): whether it is an acronym's term depends on how
 * the text writes it (termsAt), which is told at each token, without reading the word again.
 * Bounded as the stem cache is (cleared when full).
 */
function tokenTerms(text: string, token: Token, reading: RootReading | undefined): readonly string[] {
  const kept = tokenTermsCache.get(token.norm);
  // (A stopword's entry says only that its word has none: termsAt then gives the acronym's term where the text
  // writes it as one, and no terms elsewhere.)
  if (kept === STOPWORD_TERMS) return isAcronymStopword(text, token) ? [acronymTerm(token.norm)] : NO_TERMS;
  if (kept !== undefined && kept.reading === reading) return kept.terms;
  if (wordsOf(token.norm).length === 0) {
    if (tokenTermsCache.size >= TOKEN_TERMS_CACHE_LIMIT) tokenTermsCache.clear();
    tokenTermsCache.set(token.norm, STOPWORD_TERMS);
    return termsAt(text, token);
  }
  const forms = termsAt(text, token);
  const terms: string[] = [];
  for (const f of forms) terms.push(f, ...stemsOf(f, reading));
  if (kept === undefined && tokenTermsCache.size >= TOKEN_TERMS_CACHE_LIMIT) tokenTermsCache.clear();
  tokenTermsCache.set(token.norm, { reading, terms });
  return terms;
}

/** How many tokens' terms tokenTerms keeps (a corpus's distinct word forms; tydiqa-id has some 50,000). */
const TOKEN_TERMS_CACHE_LIMIT = 200_000;

const tokenTermsCache = new Map<string, { reading: RootReading | undefined; terms: readonly string[] }>();

/** tokenTermsCache's entry for a word without words of its own (see wordsOf): a stopword. */
const STOPWORD_TERMS = { reading: undefined, terms: [] };

/** No terms: what tokenTerms gives a stopword's token, one list for all (never added to). */
const NO_TERMS: readonly string[] = [];

/**
 * How close together the question's words stand in a passage (its term positions, see termPositions): for every
 * pair of groups both found, the smaller of their weights, discounted by the distance (in words) between their
 * nearest occurrences. And the lead: each group's weight, faded by the position of its first occurrence (see
 * RANKING.leadWords). The terms of the groups in `except` are not looked for.
 */
export function proximity(read: TermPositions, groupOf: ReadonlyMap<string, number>, groups: QueryGroup[], except?: ReadonlySet<number>): { pairs: number; lead: number } {
  return proximityOf(positionsOf(read, groupOf, groups.length), groups, except);
}

/**
 * Where each of the question's groups (by index, of `count`) stands in a passage (see proximity): read once a
 * passage, for proximity with and without the groups that name its write-up alike (see SearchIndex.#search),
 * which read the passage's words twice.
 */
export function positionsOf(read: TermPositions, groupOf: ReadonlyMap<string, number>, count: number): number[][] {
  const positions: number[][] = new Array<number[]>(count).fill(NO_POSITIONS);
  const { tokens } = read;
  for (let i = 0; i < tokens.length; i++) {
    const terms = tokens[i]!;
    for (let k = 0; k < terms.length; k++) {
      const g = groupOf.get(terms[k]!);
      if (g === undefined) continue;
      if (positions[g] === NO_POSITIONS) positions[g] = [i + 1];
      else positions[g]!.push(i + 1);
    }
  }
  return positions;
}

/**
 * proximity from positionsOf's positions, the groups in `except` read as found nowhere. A long name's words
 * (QueryGroup.nameUnit) pair with the question's other words as one word, found where any of them is, weighing as
 * the heaviest of them the passage has (one that has only "Kelompok" of "Kelompok Tani Sumber Rejeki" pairs at
 * "kelompok"'s weight, as word by word, not at "rejeki"'s), and not with each other: they stand side by side
 * wherever the name is written, which says the passage names it (coverage counts that) but not that it says
 * anything of it. Counted word by word, a name of five words earned ten pairs among its own words and five for each
 * other word near it, so that an article's lead, which writes the name in full ("Kelompok Nelayan Mina Bakti
 * Soansari, Desa Les, …"), outranked the paragraph that states what is asked and calls it by a shorter name. The
 * lead reward stays per word.
 */
export function proximityOf(positions: readonly (readonly number[])[], groups: QueryGroup[], except?: ReadonlySet<number>): { pairs: number; lead: number } {
  let lead = 0;
  for (let a = 0; a < groups.length; a++) {
    if (except?.has(a)) continue;
    const first = positions[a]![0] ?? Infinity;
    if (first <= RANKING.leadWords) lead += groups[a]!.weight * (1 - (first - 1) / RANKING.leadWords);
  }
  return { pairs: pairsOf(positions, groups, except), lead };
}

/**
 * proximityOf's pairs: for every two words found, the smaller weight, discounted by their nearest distance; a long
 * name's words first made one word (see proximityOf). A question without one pairs word by word.
 */
function pairsOf(positions: readonly (readonly number[])[], groups: QueryGroup[], except?: ReadonlySet<number>): number {
  const at: (readonly number[])[] = [];
  const weights: number[] = [];
  const unitIndex = new Map<number, number>();
  for (let a = 0; a < groups.length; a++) {
    if (except?.has(a)) continue;
    const { nameUnit, weight } = groups[a]!;
    const k = nameUnit === undefined ? undefined : unitIndex.get(nameUnit);
    if (k === undefined) {
      if (nameUnit !== undefined) unitIndex.set(nameUnit, at.length);
      at.push(positions[a]!);
      weights.push(weight);
      continue;
    }
    // (A word the passage lacks neither places nor weighs the name; the name's first word weighs it only while no
    // word of it is found.)
    if (positions[a]!.length === 0) continue;
    if (at[k]!.length === 0) weights[k] = weight;
    else if (weight > weights[k]!) weights[k] = weight;
    at[k] = merged(at[k]!, positions[a]!);
  }
  let total = 0;
  for (let a = 0; a < at.length; a++) {
    for (let b = a + 1; b < at.length; b++) {
      const d = nearest(at[a]!, at[b]!);
      if (d === Infinity) continue;
      total += Math.min(weights[a]!, weights[b]!) / (1 + (Math.max(d, 1) - 1) / RANKING.proximityScale);
    }
  }
  return total;
}

/** Two sorted position lists as one, sorted. */
function merged(xs: readonly number[], ys: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    if (j >= ys.length || (i < xs.length && xs[i]! <= ys[j]!)) out.push(xs[i++]!);
    else out.push(ys[j++]!);
  }
  return out;
}

/** A group's positions before any is found: shared, never pushed to (proximity replaces it first). */
const NO_POSITIONS: number[] = [];

/** Smallest distance between two sorted position lists (Infinity when either is empty). */
function nearest(xs: readonly number[], ys: readonly number[]): number {
  let best = Infinity;
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) {
    const d = Math.abs(xs[i]! - ys[j]!);
    if (d < best) best = d;
    if (xs[i]! < ys[j]!) i++;
    else j++;
  }
  return best;
}
