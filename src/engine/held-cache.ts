// A map of readings kept per index, bounded by what its values hold (words, passages), not by how many there are:
// the least recently asked let go first. SearchIndex keeps documents' words (#documentWords) and stopword pairs'
// passages (#pairs, read by #pairPassages) so; the two had each their own copy of the same bookkeeping.

export class HeldCache<K, V> {
  readonly #entries = new Map<K, V>();
  #held = 0;

  /** @param limit what the values may hold in all; @param sizeOf what one value holds. */
  constructor(
    readonly limit: number,
    readonly sizeOf: (value: V) => number,
  ) {}

  /**
   * The value kept for `key`, now the most recently asked; else `read()`'s, kept, the least recently asked let go
   * to make room. A value larger than the whole limit is not kept: it is read each time it is asked for.
   */
  get(key: K, read: () => V): V {
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      // Most recently asked last (a Map keeps insertion order), so that the values let go first are the oldest.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const value = read();
    const size = this.sizeOf(value);
    if (size > this.limit) return value;
    while (this.#held + size > this.limit) {
      const [oldest, old] = this.#entries.entries().next().value!;
      this.#entries.delete(oldest);
      this.#held -= this.sizeOf(old);
    }
    this.#entries.set(key, value);
    this.#held += size;
    return value;
  }

  /** How many values are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /** What the values kept hold in all (see sizeOf). */
  get held(): number {
    return this.#held;
  }
}
