// Words a title names a kind of event with only as the first of two common English words. A club's "Hasil Time
// Trial 10K" is a time trial, not a "time": its write-up writes "time" nowhere but before "trial", while the race
// report beside it says "chip time" and a member asks "what was her time in the 21K". Read as the kind of event
// (QueryGroup.kind), the everyday word put the time trial's write-up ahead of the race results that answer the
// question, and those behind every passage that merely says "time" (see kindsOf in answer.ts). Such a word is a kind
// only where the question has its neighbour after it too ("time trial"). English puts a compound's head last: the
// first word only says which trial, and the two stand only together. Not a kind before a topic the write-up also
// names alone ("Workshop Docker … docker compose": "sponsor workshop" asks about the workshop), nor a name
// ("DevFest Surabaya"), nor a word the titled write-ups also write on its own ("meetup kali ini …"), nor one no
// other write-up writes in lower case.

import { addLowerCaseWords, tokenize } from './analyzer.ts';
import { CountedWords } from './affix-readings.ts';

/** The word a title word always stands before in its write-ups (see titlePhrases). */
export interface TitlePhrase {
  readonly companion: string;
}

/** A titled document: its title's words (normalised), its title and its passages' texts. */
export interface TitledDocument {
  readonly words: ReadonlySet<string>;
  readonly title: string;
  readonly texts: readonly string[];
}

/**
 * The title words that name a kind only with the word after them (see the header), each with that word: one that
 * stands before the same word at every one of its occurrences in the titles and texts of the write-ups whose titles
 * have it, both English words (`english`), the companion a common word the corpus writes in lower case and never
 * without the word before it there, and the word itself written in lower case more often in the corpus
 * (`lowerCaseUses`, counted as SearchIndex counts them) than in those write-ups' texts: an everyday word other
 * write-ups use.
 */
export function titlePhrases(docs: Iterable<TitledDocument>, lowerCaseUses: (word: string) => number, english: (word: string) => boolean): Map<string, TitlePhrase> {
  const after = new Map<string, Set<string>>();
  const own = new Map<string, number>();
  const read: Array<{ words: ReadonlySet<string>; norms: string[][] }> = [];
  for (const doc of docs) {
    // (Only a word that may pass the tests below, English and written in lower case somewhere: a write-up whose
    // title has none, most of a corpus's, is not read again, and the result is the same.)
    const candidates = new Set([...doc.words].filter((w) => lowerCaseUses(w) > 0 && english(w)));
    if (candidates.size === 0) continue;
    const lower = new CountedWords();
    for (const text of doc.texts) addLowerCaseWords(text, lower);
    const norms = [doc.title, ...doc.texts].map((text) => tokenize(text).map((t) => t.norm));
    for (const line of norms) {
      line.forEach((w, k) => {
        if (!candidates.has(w)) return;
        let next = after.get(w);
        if (next === undefined) after.set(w, (next = new Set()));
        next.add(line[k + 1] ?? '');
      });
    }
    for (const w of candidates) own.set(w, (own.get(w) ?? 0) + lower.uses(w));
    read.push({ words: doc.words, norms });
  }
  const out = new Map<string, TitlePhrase>();
  for (const [word, next] of after) {
    if (next.size !== 1) continue;
    const companion = [...next][0]!;
    // (The word itself is English and written in lower case somewhere: only such words were read, see above.)
    if (companion === '' || !english(companion) || lowerCaseUses(companion) === 0) continue;
    if (lowerCaseUses(word) <= (own.get(word) ?? 0)) continue;
    // (The companion, too, never stands without the word in those write-ups: "Time Trial" is one name, where
    // "Workshop Docker … docker compose" is a workshop about Docker.)
    const bound = read.every((doc) => !doc.words.has(word) || doc.norms.every((line) => line.every((w, k) => w !== companion || line[k - 1] === word)));
    if (bound) out.set(word, { companion });
  }
  return out;
}
