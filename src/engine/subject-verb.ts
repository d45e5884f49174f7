// Whether an English question's word stands where its verb does: right after the question's subject, a personal
// pronoun or "who" ("who closed gaung fest", "where can I buy tickets", "what did we pay for the venue"), with only
// modals, "do" forms and negation between. Such a word says what the question asks happened or is done, not which
// event it is about, even where it stands right before a kind of event as "chess" of "the chess tournament" does
// (see search.ts, #namesKind). A word after a determiner, a "be" form or a wh-word other than "who" is left as it
// was: "when does chess tournament start" has its subject, not its verb, after "does". Right after "who", only a
// word with a verb's form is one ("who closed", "who plays", "who won"): chat English types "who badminton
// tournament winner", where the word after "who" says which tournament.

import type { Token } from './analyzer.ts';

/** Words that are the subject of an English question: the personal pronouns, and "who" asking for one. */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'who']);

/**
 * Words that may stand between the subject and its verb: modals, the "do" forms, negation and a few adverbs
 * ("where can I also buy", "who did not play").
 */
const BETWEEN: ReadonlySet<string> = new Set([
  'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
  'not', 'also', 'just', 'still', 'actually', 'really', 'usually', 'already',
]);

/** The endings of a verb's form right after "who": "who closed", "who plays". */
const FINITE_ENDING = /(?:ed|s)$/u;

/**
 * Whether tokens[i] of an English question follows its subject as its verb does (see the module's comment);
 * `irregular`: whether tokens[i] is an irregular verb's form ("won"), which no ending shows.
 */
export function followsSubject(tokens: readonly Token[], i: number, irregular: boolean): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = tokens[j]!.norm;
    if (w === 'who' && j === i - 1) return irregular || FINITE_ENDING.test(tokens[i]!.norm);
    if (SUBJECTS.has(w)) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
