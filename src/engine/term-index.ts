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
import { RANKING } from './ranking.ts';

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

/**
 * How many words' loose matches TermIndex remembers: a few hundred bytes each, up to a few kilobytes for a
 * five-letter word that begins hundreds of terms (tydiqa-id's 5,216 passages, asked the 20,000 prefixes that begin
 * the most terms: 26 MB more heap).
 */
export const NEAR_TERMS_LIMIT = 20_000;

/** An index term a word matches loosely: a longer term it begins, or one a typo away. */
interface NearTerm {
  term: string;
  kind: 'prefix' | 'fuzzy';
  distance: number;
  data: FieldTermData;
}

function removalError(method: string): Error {
  return new Error(`TermIndex.${method}: documents cannot be taken out of this index (its scores assume they never are); build a new index instead`);
}

/**
 * A term's passages in one field with its count in each (short document id → term frequency), which MiniSearch
 * keeps as a Map: here the pairs in one flat array, in the order added (increasing short ids: documents are only
 * ever added, each once), read through the part of a Map's interface MiniSearch uses (`size`, `get`, `keys`, and
 * iteration for `toJSON`). A build makes one for every term of every field, ~55,000 holding ~300,000 pairs on
 * tydiqa-id's 5,216 passages, two thirds of them with one pair: a Map each, its hash table grown as passages were
 * added, took 6.7 MB more heap.
 */
class Postings {
  /** Short id, count, short id, count, …: short ids increasing. */
  readonly pairs: number[];

  constructor(shortId: number, count: number) {
    this.pairs = [shortId, count];
  }

  get size(): number {
    return this.pairs.length >> 1;
  }

  /**
   * One more occurrence in document `shortId`, which is the last added or one after it (a larger short id):
   * whether it is the document's first.
   */
  count(shortId: number): boolean {
    const pairs = this.pairs;
    if (pairs[pairs.length - 2] === shortId) {
      pairs[pairs.length - 1]!++;
      return false;
    }
    pairs.push(shortId, 1);
    return true;
  }

  /** A document's count (binary search: the short ids increase). */
  get(shortId: number): number | undefined {
    const pairs = this.pairs;
    let low = 0;
    let high = (pairs.length >> 1) - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = pairs[mid << 1]!;
      if (at === shortId) return pairs[(mid << 1) + 1];
      if (at < shortId) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  has(shortId: number): boolean {
    return this.get(shortId) !== undefined;
  }

  *keys(): IterableIterator<number> {
    for (let i = 0; i < this.pairs.length; i += 2) yield this.pairs[i]!;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i]!, this.pairs[i + 1]!];
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries();
  }
}

/**
 * A term's Postings by field id, which MiniSearch keeps as a Map each: here the first field's in the object itself
 * (nearly every term of a corpus is in one field), the others in a Map made for a term in several, read through the
 * part of a Map's interface MiniSearch uses (`get`, `size`, and iteration for `toJSON`, in the order added). A build
 * makes one for every term, ~55,000 on tydiqa-id: a Map each was some 5 MB of heap and a tenth of the objects
 * the garbage collector copied while the index grew.
 */
class FieldTermData {
  /** The first field added (-1 while none is) and its Postings. */
  #field = -1;
  #postings: Postings | undefined;
  /** Any other field's, in the order added. */
  #more: Map<number, Postings> | null = null;

  get size(): number {
    return (this.#field === -1 ? 0 : 1) + (this.#more?.size ?? 0);
  }

  get(fieldId: number): Postings | undefined {
    return fieldId === this.#field ? this.#postings : this.#more?.get(fieldId);
  }

  set(fieldId: number, postings: Postings): this {
    if (this.#field === -1 || fieldId === this.#field) {
      this.#field = fieldId;
      this.#postings = postings;
    } else (this.#more ??= new Map()).set(fieldId, postings);
    return this;
  }

  *[Symbol.iterator](): IterableIterator<[number, Postings]> {
    if (this.#field !== -1) yield [this.#field, this.#postings!];
    if (this.#more !== null) yield* this.#more;
  }
}

/**
 * MiniSearch's radix tree of terms, as TermIndex fills and reads it: a term's data is a FieldTermData, holding
 * Postings, where MiniSearch would put Maps (MiniSearch's own types say Map; `add` is TermIndex's, so every one is
 * a FieldTermData).
 */
interface TermTree {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxEditDistance: number): Map<string, [FieldTermData, number]>;
}

/**
 * A node of MiniSearch's radix tree (SearchableMap's `_tree`): its edges, each a piece of a term, to the nodes below,
 * and under LEAF the data of the term that ends there.
 */
type TreeNode = Map<string, TreeNode | FieldTermData>;

/** MiniSearch's key for a node's own term data (SearchableMap's LEAF). */
const LEAF = '';

/**
 * How many edges a node of the term tree has before TermIndex.#createPath indexes them by their first letter while
 * passages are added (see #edgesByFirst).
 */
const INDEXED_FANOUT = 8;

/** What MiniSearch's `add` reads and calls of its own, which TermIndex's `add` does as it does. */
interface MiniSearchInternals<T> {
  _options: Required<Pick<ConstructorParameters<typeof MiniSearch<T>>[0], 'extractField' | 'stringifyField' | 'tokenize' | 'processTerm' | 'idField'>> & { fields: string[] };
  _idToShortId: Map<unknown, number>;
  addDocumentId(id: unknown): number;
  saveStoredFields(shortId: number, document: T): void;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

export class TermIndex<T> extends MiniSearch<T> {
  /**
   * Each term's data in MiniSearch's radix tree, by the term, while passages are being added: MiniSearch walks the
   * tree for every occurrence of every term (`addTerm`), about a third of tydiqa-id's build, where a term already
   * seen is one Map lookup here. The tree's data objects are never replaced (nothing is taken out of this index),
   * so each entry is the very object the walk would return, and the index is the same. Let go by prepare (the
   * index built), as it would hold the whole vocabulary a second time; made again if passages are added after.
   */
  #termData: Map<string, FieldTermData> | null = null;

  /**
   * Each field's Postings by term, while passages are being added (by field id): a passage's token is counted in
   * its term's Postings with one lookup here, without a Map of the passage's own counts (see add). Let go with
   * #termData.
   */
  #fieldPostings: Map<string, Postings>[] = [];

  /**
   * The edges of the term tree's nodes that have more than INDEXED_FANOUT, by their first UTF-16 unit (a radix
   * tree's edges out of a node each start with another), while passages are added: MiniSearch's createPath reads
   * every edge of every node on a new term's path until one starts as the term does, and the nodes near the root
   * have dozens (one for every letter, digit and capital a term starts with), about a tenth of tydiqa-id's build.
   * Let go with #termData.
   */
  #edgesByFirst = new Map<TreeNode, Map<number, string>>();

  /**
   * MiniSearch's `add`, with each occurrence of a term counted in its Postings rather than added on its own
   * (MiniSearch's addTerm walks the radix tree each time): a term's first occurrence in a passage adds the
   * passage, the others add one to its count. Counted first in a Map of the passage's own, as this once did, most
   * tokens were counted twice for nothing: tydiqa-id's passages hand it 375,000 terms, 299,000 of them their
   * term's first in the passage. Terms still enter the index in the order of their first occurrence, and the index is MiniSearch's
   * own (test/term-index.test.ts compares the two).
   */
  override add(document: T): void {
    const mini = this as unknown as MiniSearchInternals<T>;
    const { extractField, stringifyField, tokenize, processTerm, fields, idField } = mini._options;
    const id = extractField(document, idField);
    if (id == null) throw new Error(`MiniSearch: document does not have ID field "${idField}"`);
    if (mini._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const shortId = mini.addDocumentId(id);
    mini.saveStoredFields(shortId, document);
    for (const field of fields) {
      const fieldValue = extractField(document, field);
      if (fieldValue == null) continue;
      const tokens = tokenize(stringifyField(fieldValue, field), field);
      const fieldId = this._fieldIds[field]!;
      const postings = (this.#fieldPostings[fieldId] ??= new Map());
      // Whether every token is its own term, as search.ts's are: then the distinct tokens MiniSearch counts as the
      // field's length are the distinct terms counted here, and no Set of them is needed.
      let same = true;
      let distinct = 0;
      for (const token of tokens) {
        const processed = processTerm(token, field);
        if (processed !== token || token === '') same = false;
        if (Array.isArray(processed)) {
          for (const t of processed) if (this.#count(postings, fieldId, shortId, t)) distinct++;
        } else if (processed && this.#count(postings, fieldId, shortId, processed)) distinct++;
      }
      mini.addFieldLength(shortId, fieldId, this._documentCount - 1, same ? distinct : new Set(tokens).size);
    }
  }

  /**
   * One occurrence of a term in a passage's field (`postings`, that field's #fieldPostings), as a call of
   * MiniSearch's addTerm would leave it; whether it is the term's first in the passage. A term new to the field is
   * found through #termData, and the tree walked (`fetch`) only for a term not seen before.
   */
  #count(postings: Map<string, Postings>, fieldId: number, shortId: number, term: string): boolean {
    const known = postings.get(term);
    // (The passage being added has the largest short id yet: it is the last in the term's Postings, or absent.)
    if (known !== undefined) return known.count(shortId);
    const termData = (this.#termData ??= new Map());
    let data = termData.get(term);
    if (data === undefined) {
      data = this.#fetch(term);
      termData.set(term, data);
    }
    // (Already in the field when passages are added after the index was prepared, which let #fieldPostings go.)
    const before = data.get(fieldId);
    if (before !== undefined) {
      postings.set(term, before);
      return before.count(shortId);
    }
    const added = new Postings(shortId, 1);
    data.set(fieldId, added);
    postings.set(term, added);
    return true;
  }

  /**
   * MiniSearch's `fetch` of a term's data in its tree (`_index`), made for a term not in it yet: the same tree, node
   * for node and edge for edge in the same order, built through #createPath.
   */
  #fetch(term: string): FieldTermData {
    const tree = this._index as unknown as { _tree: TreeNode; _size: number | undefined };
    tree._size = undefined;
    const node = this.#createPath(tree._tree, term);
    let data = node.get(LEAF) as FieldTermData | undefined;
    if (data === undefined) node.set(LEAF, (data = new FieldTermData()));
    return data;
  }

  /**
   * MiniSearch's createPath (the deepest node of `key`'s path, the path made where missing): the same steps on the
   * same Maps, a node's edge that starts as the rest of the key does found through #edgesByFirst where the node has
   * many, rather than by reading its edges one by one.
   */
  #createPath(root: TreeNode, key: string): TreeNode {
    let node = root;
    const keyLength = key.length;
    for (let pos = 0; pos < keyLength; ) {
      const first = key.charCodeAt(pos);
      // (Only a node of more than INDEXED_FANOUT entries can have its edges indexed, and no node loses entries while
      // passages are added: most nodes of a path, near its end, are not looked up at all.)
      const index = node.size > INDEXED_FANOUT ? this.#edgesByFirst.get(node) : undefined;
      let edge: string | undefined;
      if (index !== undefined) edge = index.get(first);
      else {
        for (const k of node.keys()) {
          if (k !== LEAF && k.charCodeAt(0) === first) {
            edge = k;
            break;
          }
        }
      }
      if (edge === undefined) {
        // A final child node for the rest of the key.
        const child: TreeNode = new Map();
        const rest = key.slice(pos);
        node.set(rest, child);
        if (index !== undefined) index.set(first, rest);
        else if (node.size > INDEXED_FANOUT) this.#indexEdges(node);
        return child;
      }
      // How far the key and the edge agree.
      const length = Math.min(keyLength - pos, edge.length);
      let offset = 1;
      while (offset < length && key.charCodeAt(pos + offset) === edge.charCodeAt(offset)) ++offset;
      const child = node.get(edge) as TreeNode;
      if (offset === edge.length) node = child;
      else {
        // A partial match: an intermediate node holds both the edge's subtree and (below) the new node.
        const intermediate: TreeNode = new Map();
        intermediate.set(edge.slice(offset), child);
        const shared = key.slice(pos, pos + offset);
        node.set(shared, intermediate);
        node.delete(edge);
        if (index !== undefined) index.set(first, shared);
        node = intermediate;
      }
      pos += offset;
    }
    return node;
  }

  /** Indexes a node's edges by their first unit (see #edgesByFirst). */
  #indexEdges(node: TreeNode): void {
    const index = new Map<number, string>();
    for (const k of node.keys()) if (k !== LEAF) index.set(k.charCodeAt(0), k);
    this.#edgesByFirst.set(node, index);
  }

  /** MiniSearch's tree of terms, whose per-field data this class's `add` fills with Postings (see TermTree). */
  get #tree(): TermTree {
    return this._index as unknown as TermTree;
  }

  // Documents are only ever added: a changed corpus gets a new index (see library.ts). The scores below rely on it
  // (every short id in a term's data is a live document, and what is remembered of the index is renewed only when
  // a document is added), so the ways MiniSearch has to take documents out (`replace` and `discardAll` go through
  // `discard`) refuse instead of leaving scores for documents that are gone.
  override remove(_document: T): never {
    throw removalError('remove');
  }

  override removeAll(_documents?: readonly T[]): never {
    throw removalError('removeAll');
  }

  override discard(_id: unknown): never {
    throw removalError('discard');
  }

  /** How many passages have `term` in `field` (what a one-term `search` in that field would return). */
  documentFrequency(term: string, field: string): number {
    if (term === '') return 0;
    return this.#tree.get(term)?.get(this.#fieldId(field))?.size ?? 0;
  }

  /**
   * The passages (by document id) that have `term` in `field`, in the order termScores gives them: its keys without
   * a score and a match object for each (see SearchIndex.#writtenSideBySide, which asks which passages have a word).
   */
  documentsWith(term: string, field: string): number[] {
    const fieldId = this.#fieldId(field);
    const out: number[] = [];
    const frequencies = term === '' ? undefined : this.#tree.get(term)?.get(fieldId);
    if (frequencies === undefined) return out;
    const ids = this._documentIds as Map<number, unknown>;
    const pairs = frequencies.pairs;
    for (let i = 0; i < pairs.length; i += 2) out.push(ids.get(pairs[i]!) as number);
    return out;
  }

  /** The terms longer than `prefix` that begin with it and that some passage has in `field`. */
  termsBeginning(prefix: string, field: string): string[] {
    if (prefix === '') return [];
    const fieldId = this.#fieldId(field);
    const out: string[] = [];
    for (const [term, data] of this.#tree.atPrefix(prefix)) if (term !== prefix && (data.get(fieldId)?.size ?? 0) > 0) out.push(term);
    return out;
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
    this.#add(out, term, 1, this.#tree.get(term), fieldId, bm25);
    if (loose === null) return out;
    for (const near of this.#nearTerms(term, loose.prefix, loose.fuzzy)) {
      const weight =
        near.kind === 'prefix'
          ? (loose.weights.prefix * near.term.length) / (near.term.length + 0.3 * near.distance)
          : (loose.weights.fuzzy * near.term.length) / (near.term.length + near.distance);
      this.#add(out, near.term, weight, near.data, fieldId, bm25);
    }
    return out;
  }

  /**
   * Index terms a word matches loosely, in the order MiniSearch scores them: the longer terms it begins, then
   * those one typo away that are not also prefix matches. Remembered across questions, because the typo search
   * walks much of the index's term tree (about a quarter of a millisecond per word on a corpus of 50,000 terms)
   * and members ask with the same words again and again. The memo depends on the index alone (it is emptied when
   * documents are added), and is bounded, so that a stream of junk questions cannot grow it without end.
   */
  #nearTerms(term: string, prefix: boolean, fuzzy: number | false): readonly NearTerm[] {
    // A word too short to match loosely has nothing to look up, nor anything to remember: kept, a stream of short
    // words would push out the words whose lookups are worth remembering.
    if (!prefix && !fuzzy) return [];
    if (this.#nearFor !== this._nextId) {
      this.#near.clear();
      this.#nearFor = this._nextId;
    }
    const key = `${prefix ? 1 : 0}${fuzzy === false ? '' : fuzzy}\u0000${term}`;
    const cached = this.#near.get(key);
    if (cached) {
      // Most recently asked last (a Map keeps insertion order), so that the words forgotten first are the oldest.
      this.#near.delete(key);
      this.#near.set(key, cached);
      return cached;
    }
    const found: NearTerm[] = [];
    const fuzzyMatches = fuzzy ? this.#tree.fuzzyGet(term, fuzzy) : undefined;
    if (prefix) {
      for (const [derived, data] of this.#tree.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        // A prefix match that is also one typo away counts once, as a prefix match (as MiniSearch does).
        fuzzyMatches?.delete(derived);
        found.push({ term: derived, kind: 'prefix', distance, data });
      }
    }
    if (fuzzyMatches) {
      for (const [derived, [data, distance]] of fuzzyMatches) if (distance) found.push({ term: derived, kind: 'fuzzy', distance, data });
    }
    // Forget the word asked longest ago, not every word at once: a burst of new words (a long question, a member
    // pasting junk) then costs the words members keep asking nothing.
    if (this.#near.size >= NEAR_TERMS_LIMIT) this.#near.delete(this.#near.keys().next().value!);
    this.#near.set(key, found);
    return found;
  }

  #near = new Map<string, readonly NearTerm[]>();
  /** The index's `_nextId` when #near was filled: documents added since may bring new near terms. */
  #nearFor = -1;

  #fieldId(field: string): number {
    const id = this._fieldIds[field];
    if (id === undefined) throw new Error(`the search index has no field "${field}"`);
    return id;
  }

  /**
   * Lets go of the terms' data kept while passages are added (see #termData): the whole vocabulary a second time.
   * An index built at once (SearchIndex's constructor) says so when done, as prepare does for one built to serve.
   */
  addedAll(): void {
    this.#termData = null;
    this.#fieldPostings = [];
    this.#edgesByFirst = new Map();
  }

  /**
   * Computes now, for every field, what the first termScores of each would (see #normsOf): for an index built to
   * serve, so that its first question does not pay for it.
   */
  prepare(bm25: Bm25Params): void {
    this.addedAll();
    for (const fieldId of Object.values(this._fieldIds)) this.#normsOf(fieldId, bm25.k, bm25.b);
  }

  /**
   * Per field, what BM25 needs of each passage's length, `k × (1 − b + b × length / average length)`, and each
   * short id's document id, by short id: computed once per index rather than looked up in two maps for every
   * passage every term is found in. Rebuilt when documents were added since (the average length changed).
   */
  #lengthNorms = new Map<string, { count: number; k: number; b: number; norms: Float64Array; ids: number[] }>();

  #normsOf(fieldId: number, k: number, b: number): { norms: Float64Array; ids: number[] } {
    const key = `${fieldId}`;
    const cached = this.#lengthNorms.get(key);
    if (cached && cached.count === this._documentCount && cached.k === k && cached.b === b) return cached;
    const averageLength = this._avgFieldLength[fieldId]!;
    const norms = new Float64Array(this._nextId);
    const ids: number[] = new Array<number>(this._nextId);
    for (const [shortId, id] of this._documentIds) {
      const fieldLength = this._fieldLength.get(shortId)![fieldId]!;
      // The sub-expression of MiniSearch's calcBM25Score, written the same way so that it is the same number.
      norms[shortId] = k * (1 - b + (b * fieldLength) / averageLength);
      ids[shortId] = id as number;
    }
    const entry = { count: this._documentCount, k, b, norms, ids };
    this.#lengthNorms.set(key, entry);
    return entry;
  }

  /**
   * MiniSearch's termResults for one field, without its per-field bookkeeping. (Documents are only ever added to
   * this index, never removed: every short id in a term's data is a live document.)
   */
  #add(out: Map<number, TermMatch>, derived: string, weight: number, data: FieldTermData | undefined, fieldId: number, bm25: Bm25Params): void {
    const frequencies = data?.get(fieldId);
    if (frequencies === undefined) return;
    const { k, b, d } = bm25;
    const { norms, ids } = this.#normsOf(fieldId, k, b);
    const matching = frequencies.size;
    const total = this._documentCount;
    // Written as MiniSearch's calcBM25Score writes it, so that the floating-point result is the same.
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const pairs = frequencies.pairs;
    for (let i = 0; i < pairs.length; i += 2) {
      const shortId = pairs[i]!;
      const termFreq = pairs[i + 1]!;
      const score = weight * (idf * (d + (termFreq * (k + 1)) / (termFreq + norms[shortId]!)));
      const id = ids[shortId]!;
      const match = out.get(id);
      if (match) {
        match.score += score;
        match.terms.push(derived);
      } else out.set(id, { score, terms: [derived] });
    }
  }
}

/**
 * How loosely a member's own word matches: longer words also match words they begin, and words one typo away. Not
 * a typo away for a word of the language's own (an Indonesian root word) that the corpus never writes (`ownWord`):
 * "bandung", typed for a city the corpus never names, is no misspelling of "banding" (the root of
 * "membandingkan"), and "apakah ada meetup di bandung" was answered with a talk that compared REST and GraphQL.
 */
export function looseMatching(term: string, ownWord: boolean): LooseMatching {
  return {
    prefix: term.length >= RANKING.prefixMinLength,
    fuzzy: term.length >= RANKING.fuzzyMinLength && !ownWord ? 1 : false,
    weights: RANKING.weights,
  };
}
