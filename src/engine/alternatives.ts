// A question word's alternatives (see Alternative in search.ts: its translations, the acronyms and long forms the
// corpus defines, a number's digits, the corpus word an abbreviation spells): how one is built from its words, and
// what a passage's evidence through one is worth (RANKING's weights).

import { stemsOf, type RootReading } from './analyzer.ts';
import { RANKING } from './ranking.ts';
import type { Alternative } from './search.ts';
import { unique } from './unique.ts';

/**
 * Whether an Indonesian question word's English (the lexicon read backwards, scope 'en': one word, not a phrase)
 * is a word of some title: then the word names a kind of event an English write-up's title says in English
 * ("konferensi" of "Conference report: …"), as a word of the titles themselves does (QueryGroup.kind). Without it,
 * "makan siang di konferensi apa" was answered by the workshop's "sudah termasuk makan siang", matched as written,
 * above the conference's "Lunch was nasi padang", matched through a translation.
 */
export function titledInEnglish(alternatives: readonly Alternative[], isTitleWord: (w: string) => boolean): boolean {
  return alternatives.some((a) => a.kind === 'translation' && a.scope === 'en' && !a.doneBy && a.surface.length === 1 && isTitleWord(a.surface[0]!));
}

/** What a passage's evidence through an alternative is worth, relative to the question word itself. */
export function alternativeWeight(a: Alternative): number {
  if (a.guessed) return RANKING.initialsWeight;
  if (a.related) return RANKING.relatedWeight;
  if (a.synonym) return RANKING.synonymWeight;
  if (a.kind === 'abbreviation') return RANKING.abbreviationWeight;
  return a.kind === 'acronym' ? RANKING.acronymWeight : a.kind === 'number' ? RANKING.numberWeight : RANKING.translationWeight;
}

export function alternative(words: string[], kind: Alternative['kind'], reading?: RootReading): Alternative {
  return { surface: words, stems: unique(words.flatMap((w) => stemsOf(w, reading))), kind, part: 0 };
}
