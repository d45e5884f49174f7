// The example question /help and the empty-question hint give: taken from the loaded corpus, so that another
// community's bot shows an example about its own write-ups rather than the shipped one's ("China Up Close"), and
// checked against the index, so that the example a member copies is one the bot really answers.

import { answerQuestion } from './answer.ts';
import { nextTurn } from './turn.ts';
import type { SearchIndex } from './search.ts';
import type { Answer } from './types.ts';

export interface ExampleQuestion {
  /** The named thing the question is about, as the corpus writes it. */
  name: string;
  /** The question in English and in Indonesian: "what is …" / "apa itu …", or "tell me about …" / "ceritakan tentang …". */
  en: string;
  id: string;
}

/** Names longer than this make an example too long to read at a glance (and to type). */
const NAME_MAX = 40;
/** Words only: a name with markup or symbols would read oddly in the example, or break its code span. */
const PLAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .,'’&+-]*$/u;
/** How many names are tried at most: each try is two searches, and a /help asked at once waits for them. */
const TRIES = 12;
/**
 * How far the best passage must be ahead of the next one. An example should lead to the one passage that says
 * what the thing is; a name several passages merely mention ranks them close together, and its answer reads as
 * a list of mentions rather than as an answer.
 */
const CLEAR_LEAD = 1.5;

/**
 * An example question about a named thing in the corpus that the bot answers confidently in both languages, with
 * that name in its best passage, well ahead of the others; null when the corpus holds none (or nothing at all).
 * Deterministic for a given corpus: names come before phrases (see isPhrase), and among each, names written
 * between quotes come first, then the other names, each most mentioned first; document titles are left out, as
 * they are what autocomplete offers already and read as a title rather than as a question. A quoted name is a
 * programme, a theme, an initiative: a thing, asked about with "what is"; a run of capitalised words is as often a
 * person or a place ("what is Siti Rahmawati" reads wrong), asked about with "tell me about", which fits both.
 *
 * Found in steps, the event loop taking a turn after each search: on a corpus of thousands of passages the names
 * and the searches take a second or so, and the bot's other interactions must not wait for them. `wanted` is asked
 * between steps; when it says no (the corpus was reloaded meanwhile), the search stops early with null.
 */
export async function exampleQuestion(index: SearchIndex, titles: ReadonlySet<string>, wanted: () => boolean = () => true): Promise<ExampleQuestion | null> {
  const candidates = (await index.namedInTurns())
    .filter((s) => s.text.length <= NAME_MAX && PLAIN_NAME.test(s.text) && !titles.has(s.text))
    // A stable sort: within each group the order stays most mentioned first, then alphabetical.
    .sort((a, b) => Number(isPhrase(a.text)) - Number(isPhrase(b.text)) || Number(b.quoted) - Number(a.quoted))
    .slice(0, TRIES);
  for (const { text: name, quoted } of candidates) {
    const example = quoted ? { name, en: `what is ${name}`, id: `apa itu ${name}` } : { name, en: `tell me about ${name}`, id: `ceritakan tentang ${name}` };
    let clear = true;
    for (const question of [example.en, example.id]) {
      if (!wanted()) return null;
      clear = answersClearly(answerQuestion(index, question, { top: 2 }), name);
      await nextTurn();
      if (!clear) break;
    }
    if (clear) return example;
  }
  return null;
}

/** A word in lower case only ("di", "untuk", "of", "cara"): "iPhone", "CCTV+" and "2025" are none. */
const LOWER_CASE_WORD = /(?:^|[\s-])[^\p{Lu}\s-]*\p{Ll}[^\p{Lu}\s-]*(?=$|[\s-])/u;

/**
 * Whether a candidate is a phrase rather than a name: it has a word in lower case. A name whose every word is
 * capitalised (a person, an organisation, a programme: "Budi Santoso", "China Up Close") reads as a name in either
 * template; a talk's title or a quoted saying ("Data Engineering di Startup", "cara berpikir") reads oddly after
 * "what is", and is an example only when the corpus has no name to ask about. (An organisation joined by "dan" or
 * "of" goes with the phrases: it is still an example, after the names.)
 */
function isPhrase(name: string): boolean {
  return LOWER_CASE_WORD.test(name);
}

function answersClearly(answer: Answer, name: string): boolean {
  const [best, next] = answer.results;
  if (!answer.answered || best === undefined) return false;
  if (!best.text.toLowerCase().includes(name.toLowerCase())) return false;
  return next === undefined || best.score >= CLEAR_LEAD * next.score;
}
