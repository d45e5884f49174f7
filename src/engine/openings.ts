// Which documents without a `lang` are written in English, guessed from their openings (see englishPassages
// below): the openings' words are read in the pass that collects the corpus's lower-case words before
// indexing, not in a second pass over every document's opening (about 0.1 s of tydiqa-id's 4,650 documents).

import { addLowerCaseWords, languageOf, type LanguageTally } from './analyzer.ts';
import type { Passage } from './types.ts';

/** How much of a document without a `lang` its language is guessed from (see englishPassages). */
export const GUESS_CHARS = 1000;

/**
 * A document's opening: its first GUESS_CHARS characters across its passages, each passage's after a line break
 * (one passage alone may be a heading and one sentence). `length` is how much of it has been read.
 */
interface Opening {
  length: number;
  tally: LanguageTally;
}

/** The openings of a corpus's documents without a `lang`, read passage by passage, in order. */
export class Openings {
  readonly #byDoc = new Map<string, Opening>();

  /**
   * Adds the words `passage` writes in lower case to `lowerCase` (see addLowerCaseWords) and, in the same pass,
   * the words of its document's opening that it holds to that opening's tally, as guessLanguage reads them.
   */
  read(passage: Passage, lowerCase: Set<string>): void {
    if (passage.lang !== null) return addLowerCaseWords(passage.text, lowerCase);
    let opening = this.#byDoc.get(passage.docId);
    let upTo = GUESS_CHARS;
    if (opening === undefined) this.#byDoc.set(passage.docId, (opening = { length: Math.min(GUESS_CHARS, passage.text.length), tally: { en: 0, id: 0 } }));
    else if (opening.length < GUESS_CHARS) {
      // What the opening still lacks, after the line break that joins this passage's text to it.
      upTo = GUESS_CHARS - opening.length;
      opening.length += 1 + Math.min(passage.text.length, upTo);
    } else upTo = 0;
    addLowerCaseWords(passage.text, lowerCase, opening.tally, upTo);
  }

  /** The documents whose opening has more English than Indonesian function words (see guessLanguage). */
  english(): Set<string> {
    const out = new Set<string>();
    for (const [docId, { tally }] of this.#byDoc) if (languageOf(tally) === 'en') out.add(docId);
    return out;
  }
}

/**
 * The numbers of the passages written in English: those of documents whose `lang` says so (en, en-GB, eng), and of
 * documents without a `lang` whose opening (see Openings) has more English
 * than Indonesian function words (guessLanguage over the document, not the passage: a passage alone may be a
 * heading and one sentence). A write-up whose author forgot `lang: en` is still reached by Indonesian questions;
 * one that says `lang: id` is taken at its word, English quotes and all.
 */
export function englishPassages(passages: Passage[], guessed: ReadonlySet<string>): Set<number> {
  // The opening of a document tells its language as well as the whole of it does, at a fraction of the cost. Its
  // words are read with the corpus's lower-case words (see Openings), as guessLanguage reads them.
  const out = new Set<number>();
  passages.forEach((p, id) => {
    if (p.lang === null ? guessed.has(p.docId) : /^eng?(?:$|-)/iu.test(p.lang)) out.add(id);
  });
  return out;
}
