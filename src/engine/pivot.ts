// English → Indonesian translations found through a third language, where FreeDict's eng-ind lacks a sense or a word:
// "start" has only menjalankan (to run a program) there, but Finnish aloittaa, Polish zaczynać and Greek αρχίζω are
// each "start" in their English dictionaries and memulai in their Indonesian ones. The other WikDict dictionaries
// Debian ships (fin-ind, pol-ind, ell-ind, and fin-eng, pol-eng, ell-eng, eng-fin) come from other editions of
// Wiktionary than eng-ind, so they hold senses it lacks. One language's bridge is often another sense ("raise" →
// Finnish nostaa → angkat, but also → lift), so a translation is kept only when bridges through at least two
// languages give it. Used by scripts/build-lexicon.ts, which writes those FreeDict lacks as the lexicon's `bridged` table.

import { compareStrings, normalizeEnglish, type ParsedEntry } from './freedict.ts';

/** One bridge language's dictionaries, as parseEntry reads them. */
export interface PivotLanguage {
  /** Its name, to count agreeing languages by ("fin"). */
  name: string;
  /** Its words → English (fin-eng): read backwards, English → its words. */
  toEnglish: readonly ParsedEntry[];
  /** English → its words (eng-fin), where there is such a dictionary. */
  fromEnglish?: readonly ParsedEntry[];
  /** Its words → Indonesian (fin-ind). */
  toIndonesian: readonly ParsedEntry[];
}

export interface PivotOptions {
  /** How many bridge languages must give a translation (default 2). */
  minLanguages?: number;
  /** Most translations kept per English word (default 6). */
  maxPerWord?: number;
}

/**
 * An English key as the lexicon keys its headwords: lower case, plain letters, at most three words. A bridge
 * dictionary's English side also holds glosses ("(motoring) anti-lock braking system"), which are no headword.
 */
const ENGLISH_KEY = /^[a-z]+(?:[ '-][a-z]+){0,2}$/;
/** An Indonesian translation: lower-case words, at most three (longer ones are glosses a parse let through). */
const INDONESIAN_TERM = /^\p{Ll}+(?:[ -]\p{Ll}+){0,2}$/u;

/** A bridge language's word as both of its dictionaries are keyed: lower case, NFKC. */
function bridgeKey(word: string): string {
  return word.normalize('NFKC').toLowerCase().trim();
}

/**
 * English words → Indonesian translations that at least `minLanguages` bridge languages agree on, the most agreed
 * first, then in the order the first language gave them (its senses' order). Deterministic: keys sorted.
 */
export function pivotTranslations(languages: readonly PivotLanguage[], options: PivotOptions = {}): Record<string, string[]> {
  const minLanguages = options.minLanguages ?? 2;
  const maxPerWord = options.maxPerWord ?? 6;
  if (!Number.isInteger(minLanguages) || minLanguages < 1) throw new Error(`pivotTranslations: minLanguages must be a positive integer, got ${minLanguages}`);
  // English word → Indonesian translation → the languages that give it, and the order it was first seen in.
  const votes = new Map<string, Map<string, { languages: Set<string>; order: number }>>();
  for (const language of languages) {
    const toIndonesian = new Map<string, string[]>();
    for (const entry of language.toIndonesian) {
      const key = bridgeKey(entry.headword);
      const list = toIndonesian.get(key) ?? [];
      for (const t of entry.senses.flat()) {
        const term = t.toLowerCase();
        if (INDONESIAN_TERM.test(term) && !list.includes(term)) list.push(term);
      }
      toIndonesian.set(key, list);
    }
    // English word → this language's words for it, from both directions.
    const bridges = new Map<string, string[]>();
    const link = (english: string, word: string): void => {
      const key = normalizeEnglish(english);
      if (!ENGLISH_KEY.test(key) || !toIndonesian.has(bridgeKey(word))) return;
      const list = bridges.get(key) ?? [];
      if (!list.includes(bridgeKey(word))) list.push(bridgeKey(word));
      bridges.set(key, list);
    };
    for (const entry of language.fromEnglish ?? []) for (const t of entry.senses.flat()) link(entry.headword, t);
    for (const entry of language.toEnglish) for (const t of entry.senses.flat()) link(t, entry.headword);
    for (const [english, words] of bridges) {
      let byTerm = votes.get(english);
      if (!byTerm) votes.set(english, (byTerm = new Map()));
      for (const word of words) {
        for (const term of toIndonesian.get(word)!) {
          const vote = byTerm.get(term);
          if (vote) vote.languages.add(language.name);
          else byTerm.set(term, { languages: new Set([language.name]), order: byTerm.size });
        }
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const english of [...votes.keys()].sort(compareStrings)) {
    const kept = [...votes.get(english)!]
      .filter(([, v]) => v.languages.size >= minLanguages)
      .sort(([, a], [, b]) => b.languages.size - a.languages.size || a.order - b.order)
      .map(([term]) => term)
      .slice(0, maxPerWord);
    if (kept.length > 0) out[english] = kept;
  }
  return out;
}

/**
 * The bridged translations of each word that the dictionary's own (`own`) lacks: a dictionary's translation is
 * direct evidence, a bridged one two dictionaries' guesses agreeing, so the lexicon keeps them apart and the engine
 * weighs them below a translation (see Lexicon.bridged). Words left with none are left out.
 */
export function bridgedOnly(
  own: Readonly<Record<string, readonly string[]>>,
  bridged: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(bridged).sort(compareStrings)) {
    // (Own properties only: "constructor" is an English word too.)
    const mine = Object.hasOwn(own, key) ? own[key]! : [];
    const theirs = bridged[key]!.filter((t) => !mine.includes(t));
    if (theirs.length > 0) out[key] = theirs;
  }
  return out;
}
