// Sizes: "3 x 3 m", "3 × 3 m", "2x2". A member types a size as one word ("sewa booth 3x3 brp"), where a
// write-up's table writes it spaced or with the multiplication sign. Indexed joined (see passage-analysis.ts),
// the spaced size is found as typed; and typed so, it is a size, not a number of the word before it ("booth 3x3"
// is no booth #3: see search.ts).

/** A size typed as one word: two numbers joined by "x" ("3x3", "2,5x4"). */
const DIMENSION = /^\d+(?:[.,]\d+)?x\d+(?:[.,]\d+)?$/u;

/** A size written in a text, spaced or with "×" ("3 x 3", "3×3", "3 × 3"), between word boundaries. */
const WRITTEN_DIMENSION = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(\s*×\s*|\s+[xX]\s+|\s*×)(\d+(?:[.,]\d+)?)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Whether a normalized word is a size typed as one word (see DIMENSION). */
export function isDimension(word: string): boolean {
  return DIMENSION.test(word);
}

/**
 * The sizes a text writes spaced or with "×", each joined as a member types it ("3 x 3 m" → "3x3"). Not one
 * already written joined with a plain "x", which is a word of its own.
 */
export function writtenDimensions(text: string): string[] {
  if (!text.includes('x') && !text.includes('X') && !text.includes('×')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(WRITTEN_DIMENSION)) out.push(`${m[1]}x${m[3]}`);
  return out;
}
