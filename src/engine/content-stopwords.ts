// Indonesian stopwords that are an English content word's translation.
//
// natural's Indonesian stopword list holds content words beside its function words: "orang" (people), "mulai" and
// "dimulai" (begin, start), "panjang" (long, length), "tempat" (place), "jumlah" (amount), "mirip" (similar).
// Stopwords are not indexed, so an English question whose word translates only to such a word ("when does it
// begin" → mulai) matched nothing through it. Taken off the list, they count for Indonesian questions too, where
// they mostly are function words ("mulai pukul berapa" then ranked another event's "Acara dimulai pukul 19.00"
// above the event asked about; a helper's measurement of session 18). So they are indexed apart (search.ts's
// STOPS field, which no Indonesian question reads and which leaves the words field's lengths, and so every other
// score, as they were), and only an English question's translations look them up there.
//
// Which stopwords these are is read from the lexicon, not listed by hand: those it reads back (Lexicon.english)
// to some English word that is no stopword itself. "itu" reads back to "the" and "that", "yang" to "which": they
// stay out. A stopword inflected from one ("dimulai", "berjumlah") is indexed as the root the stemmer reads.

import { words as indonesianStopwords } from 'natural/lib/natural/util/stopwords_id';
import { isStopword, stemsOf } from './analyzer.ts';
import type { Lexicon } from './lexicon.ts';

/** A one-word English headword (letters, perhaps hyphenated): a phrase's reading says less of one word's sense. */
const ENGLISH_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

const byLexicon = new WeakMap<Lexicon, ReadonlyMap<string, readonly string[]>>();

/**
 * The index terms of each Indonesian stopword that is, or inflects, a content word's translation: the word itself
 * when the lexicon reads it back to an English content word, and its stems that are so. A stopword absent here
 * has no such term. Made once per lexicon.
 */
export function contentStopwordTerms(lexicon: Lexicon): ReadonlyMap<string, readonly string[]> {
  const known = byLexicon.get(lexicon);
  if (known !== undefined) return known;
  const english = lexicon.english;
  const out = new Map<string, readonly string[]>();
  if (english !== undefined) {
    const isContent = (e: string) => ENGLISH_WORD.test(e) && !isStopword(e);
    const stopwords = indonesianStopwords.filter(isStopword);
    // (Read in one pass over the dictionary where the lexicon can, not through its backwards table, which every
    // index's build would otherwise make, 2 MB and ~45 ms, for a corpus that needs it for nothing else. natural's
    // stopwords are normalised already, as the table's keys are.)
    const translated =
      lexicon.translatedFrom !== undefined
        ? lexicon.translatedFrom(new Set(stopwords), isContent)
        : new Set(stopwords.filter((w) => english.call(lexicon, w).some(isContent)));
    for (const s of stopwords) {
      const terms = [s, ...stemsOf(s)].filter((t, i, all) => translated.has(t) && all.indexOf(t) === i);
      if (terms.length > 0) out.set(s, terms);
    }
  }
  byLexicon.set(lexicon, out);
  return out;
}

/** The stopwords an English content word translates to (see contentStopwordTerms): the terms indexed apart. */
export function contentStopwords(lexicon: Lexicon): ReadonlySet<string> {
  return new Set([...contentStopwordTerms(lexicon).values()].flat());
}
