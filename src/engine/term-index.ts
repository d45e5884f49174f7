// MiniSearch with the two lookups the search index needs, read straight from MiniSearch's own index: a term's
// BM25+ score in every passage that has it (with prefix and typo matches when asked), and its document frequency.
//
// Why not `MiniSearch.search`: tanya asks one term at a time (see search.ts), and for every term `search` builds
// a result object per passage, with the list of fields each matched term was found in, copies it into another
// object and sorts the lot by score, none of which the engine uses. On a large corpus a long question of common
// words asks for hundreds of terms found in thousands of passages each, and that bookkeeping was most of its time.
// The scores here are computed exactly as MiniSearch computes them (the same formula, the same order of
// operations, the same prefix and fuzzy weights), so they are the same numbers to the last bit;
// test/term-index.test.ts checks that against `search` itself, so an upgrade of MiniSearch that changes its
// scoring or its internals fails there.

import MiniSearch from 'minisearch';

/** What one term earns in one passage: its score, and the index terms that matched (the term, or its prefix or typo matches). */
export interface TermMatch {
  score: number;
  terms: string[];
}

/** Prefix and typo matching, as MiniSearch's `prefix`, `fuzzy` (a whole edit distance) and `weights` options. */
export interface LooseMatching {
  prefix: boolean;
  fuzzy: number | false;
  weights: { prefix: number; fuzzy: number };
}

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

/** MiniSearch's per-term data: field id → (short document id → term frequency). */
type FieldTermData = Map<number, Map<number, number>>;

export class TermIndex<T> extends MiniSearch<T> {
  /** How many passages have `term` in `field` (what a one-term `search` in that field would return). */
  documentFrequency(term: string, field: string): number {
    if (term === '') return 0;
    return this._index.get(term)?.get(this.#fieldId(field))?.size ?? 0;
  }

  /**
   * The same scores as `search(term, { fields: [field], bm25, prefix, fuzzy, weights })`, by document id: the
   * term's own matches first, then longer terms it begins (prefix), then terms one typo away (fuzzy), each weighted
   * by how far it is from the term, and summed per passage in that order.
   */
  termScores(term: string, field: string, bm25: Bm25Params, loose: LooseMatching | null = null): Map<number, TermMatch> {
    const out = new Map<number, TermMatch>();
    if (term === '') return out;
    const fieldId = this.#fieldId(field);
    this.#add(out, term, 1, this._index.get(term), fieldId, bm25);
    if (loose === null) return out;
    const fuzzyMatches = loose.fuzzy ? this._index.fuzzyGet(term, loose.fuzzy) : undefined;
    if (loose.prefix) {
      for (const [derived, data] of this._index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        // A prefix match that is also one typo away counts once, as a prefix match (as MiniSearch does).
        fuzzyMatches?.delete(derived);
        this.#add(out, derived, (loose.weights.prefix * derived.length) / (derived.length + 0.3 * distance), data, fieldId, bm25);
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        this.#add(out, derived, (loose.weights.fuzzy * derived.length) / (derived.length + distance), data, fieldId, bm25);
      }
    }
    return out;
  }

  #fieldId(field: string): number {
    const id = this._fieldIds[field];
    if (id === undefined) throw new Error(`the search index has no field "${field}"`);
    return id;
  }

  /** MiniSearch's termResults for one field, without its per-field bookkeeping. */
  #add(out: Map<number, TermMatch>, derived: string, weight: number, data: FieldTermData | undefined, fieldId: number, bm25: Bm25Params): void {
    const frequencies = data?.get(fieldId);
    if (frequencies === undefined) return;
    const { k, b, d } = bm25;
    const matching = frequencies.size;
    const total = this._documentCount;
    const averageLength = this._avgFieldLength[fieldId]!;
    // Written as MiniSearch's calcBM25Score writes it, so that the floating-point result is the same.
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    for (const [shortId, termFreq] of frequencies) {
      const fieldLength = this._fieldLength.get(shortId)![fieldId]!;
      const score = weight * (idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / averageLength))));
      const id = this._documentIds.get(shortId) as number;
      const match = out.get(id);
      if (match) {
        match.score += score;
        match.terms.push(derived);
      } else out.set(id, { score, terms: [derived] });
    }
  }
}
