// STUB — being written by the lexicon helper. Contract:

/** English→Indonesian translations for query expansion. */
export interface Lexicon {
  /** Indonesian translations (lowercase single words or short phrases) of an English word; [] when unknown. */
  lookup(english: string): readonly string[];
  readonly size: number;
}

/** Loads the shipped lexicon (data/lexicon-en-id.json), once; synchronous so start-up stays simple. */
export function loadLexicon(): Lexicon {
  throw new Error('not implemented');
}
