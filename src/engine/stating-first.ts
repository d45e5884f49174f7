// Within one write-up, the passages that state what a question asks for (a time, a price, a place: asked-type.ts's
// askedTypeFirst; someone's name: who-first.ts) before its earlier passages that do not and match no more of the
// question: a tie-breaker within the write-up, not a score. Each caller reads what states it; the order is this.

type Ranked = { paired?: true };

/**
 * Reorders, in `out` (a copy of `hits`), the places `own` of one write-up (indices into `hits`, in order) so that
 * each passage `states` accepts comes before the earlier ones it does not, up to one that matches more of the
 * question (`coverage`), that numbers what the question numbers where it does not (Hit.paired), or that `keeps`
 * keeps where it does not. Nothing moves where no passage states it.
 */
export function statingFirstIn<H extends Ranked>(
  hits: readonly H[],
  own: readonly number[],
  states: (hit: H) => boolean,
  coverage: (hit: H) => number,
  keeps: (hit: H) => boolean,
  out: H[],
): void {
  if (!own.some((i) => states(hits[i]!))) return;
  const ordered: H[] = [];
  for (const i of own) {
    const h = hits[i]!;
    let at = ordered.length;
    if (states(h)) {
      const mine = coverage(h);
      while (at > 0) {
        const before = ordered[at - 1]!;
        if (states(before) || (before.paired === true && h.paired !== true) || (keeps(before) && !keeps(h)) || coverage(before) > mine + 1e-9) break;
        at -= 1;
      }
    }
    ordered.splice(at, 0, h);
  }
  own.forEach((place, k) => (out[place] = ordered[k]!));
}
