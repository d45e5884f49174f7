/** `items` by `key`, each group in the items' order, the groups in the order their first item came. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * The places (indices) of the first `reach` hits, grouped by their passage's write-up, in order: what each
 * within-a-write-up tie-breaker (said-first.ts, labelled-first.ts) reorders. A loop, not `groupBy` with a key
 * callback: it runs on every answered question, and under tsx a closure made for each is one more allocation.
 */
export function placesByDoc(hits: readonly { passage: { docId: string } }[], reach: number): Map<string, number[]> {
  const places = new Map<string, number[]>();
  const end = Math.min(reach, hits.length);
  for (let i = 0; i < end; i++) {
    const doc = hits[i]!.passage.docId;
    const own = places.get(doc);
    if (own === undefined) places.set(doc, [i]);
    else own.push(i);
  }
  return places;
}
