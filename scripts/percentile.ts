// The percentile the measurement scripts (bench, bench-load, long-questions) report, one definition for all.

/** Nearest-rank: the smallest sample with at least p% of the samples at or below it; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}
