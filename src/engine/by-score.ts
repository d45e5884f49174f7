// The order of a search's hits: the best score first, ties by passage id, so that passages of equal score rank
// alike whatever order they were found in.

import type { Hit } from './search.ts';

export function byScore(x: Hit, y: Hit): number {
  return y.score - x.score || x.passage.id.localeCompare(y.passage.id);
}
