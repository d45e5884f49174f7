// Autocomplete for /ask: what a member is typing, completed with a title or a named thing from the corpus.
// Separate from the ranking: it reads passages' text, never the index, and nothing here affects an answer.

import { tokenize } from './analyzer.ts';
import { nameRuns, type RunRule } from './name-runs.ts';
import { nextTurn } from './turn.ts';
import type { Passage } from './types.ts';

export interface Suggestion {
  text: string;
  /** Lowercased words, for prefix matching. */
  words: string[];
  count: number;
  /** Written between quotes somewhere: a named thing (a programme, a theme), rarely a person. */
  quoted: boolean;
}

/** A capitalised word; a dot only inside it ("U.S"): "Cimahi. Hadir" is one sentence's end and the next one's start. */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}+&'’-]|\.(?=[\p{L}\p{N}]))*`;

/**
 * The rule of the names autocomplete offers (see name-runs.ts): two or more capitalised words in a row on one line,
 * acronyms among them ("Forum Media CCTV+"), allowing one short joiner ("of", "and", "the", "dan"): a heading over
 * a paragraph is two lines, not one name. Shown as written, so the joiners are a fixed few that read as such.
 */
const NAME_RULE: RunRule = {
  name: NAME_WORD,
  word: String.raw`${NAME_WORD}|\p{Ll}+`,
  isName: () => true,
  joinerShape: '(?:of|and|the|for|dan|di)',
  isJoiner: () => true,
  maxJoiners: 1,
  minNames: 2,
  insideWords: true,
};

/** Passages read, and names tokenized, between two turns of the event loop (see collectSuggestionsInTurns). */
const STEP = 250;

/**
 * Titles, quoted titles and runs of capitalised words ("China Global Television Network") in the corpus:
 * the named things members ask about. Collected once per index build.
 */
export function collectSuggestions(passages: Passage[]): Suggestion[] {
  const steps = collecting(passages);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same names, the event loop getting a turn every STEP passages (and names): on a corpus of thousands of
 * passages collecting them takes a few hundred milliseconds, which the bot's other interactions should not wait for.
 */
export async function collectSuggestionsInTurns(passages: Passage[]): Promise<Suggestion[]> {
  const steps = collecting(passages);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** The collection itself, written once for both: each `yield` is a point where it may pause. */
function* collecting(passages: Passage[]): Generator<void, Suggestion[], void> {
  const counts = new Map<string, number>();
  const quoted = new Set<string>();
  const bump = (s: string, inQuotes = false) => {
    const t = s.trim().replace(/\s+/gu, ' ');
    if (t.length < 3 || t.length > 80) return;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    if (inQuotes) quoted.add(t);
  };
  const titles = new Set<string>();
  let done = 0;
  for (const p of passages) {
    if (!titles.has(p.title)) {
      titles.add(p.title);
      bump(p.title);
    }
    for (const m of p.text.matchAll(/["“]([^"”\n]{3,80})["”]/gu)) bump(m[1]!, true);
    for (const run of nameRuns(p.text, NAME_RULE)) bump(p.text.slice(run.start, run.end));
    if (++done % STEP === 0) yield;
  }
  const out: Suggestion[] = [];
  for (const [text, count] of counts) {
    out.push({ text, words: tokenize(text).map((t) => t.norm), count, quoted: quoted.has(text) });
    if (out.length % STEP === 0) yield;
  }
  return out.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

const MAX_CHOICE = 100;

export function suggestFrom(all: readonly Suggestion[], typed: string, limit: number): string[] {
  const text = typed.replace(/\s+/gu, ' ').trimStart();
  const out: string[] = [];
  const seen = new Set<string>();
  // A choice replaces the whole question when picked, so a choice that would not fit Discord's 100 characters is
  // left out rather than cut: a cut question would be answered as if the member had typed less.
  const push = (s: string) => {
    if (s.length <= MAX_CHOICE && s.trim().length > 0 && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  if (text.trim().length > 0) push(text);
  const typedTokens = tokenize(text);
  if (typedTokens.length === 0) {
    // Nothing to complete (an empty box, spaces, an emoji): the most frequent names, and no more than asked for.
    for (const s of all) {
      if (out.length >= limit) break;
      push(s.text);
    }
    return out;
  }
  const endsWithSpace = /\s$/u.test(text);
  // Try to complete the last k typed words with the start of a suggestion, longest k first.
  for (let k = Math.min(typedTokens.length, 4); k >= 1 && out.length < limit; k--) {
    const tail = typedTokens.slice(-k);
    const head = text.slice(0, tail[0]!.start);
    for (const s of all) {
      if (s.words.length < k) continue;
      const ok = tail.every((t, i) => (i === k - 1 && !endsWithSpace ? s.words[i]!.startsWith(t.norm) : s.words[i] === t.norm));
      if (ok) push(head + s.text);
      if (out.length >= limit) break;
    }
  }
  // Then things that merely contain the last typed word somewhere.
  const last = typedTokens[typedTokens.length - 1]!.norm;
  for (const s of all) {
    if (out.length >= limit) break;
    if (s.words.some((w) => w.startsWith(last))) push(s.text);
  }
  return out.slice(0, limit);
}
