// Where text may be cut: between characters as a reader sees them (graphemes: an emoji with its modifiers and
// joiners, a flag, a letter with its accents). Cut inside a surrogate pair, text holds a lone surrogate that shows
// as "�" (and that a JSON payload to Discord carries as an invalid character); cut inside a grapheme, a family
// emoji comes apart or a flag turns into two letters. Every place that shortens text to a length uses these.

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/**
 * How far around a cut graphemes are looked for. No real character is longer; a longer cluster (hundreds of
 * stacked combining marks) is cut between code points, and the search stays local however long the text.
 */
const REACH = 32;

/** The last place at or before `at` where `text` may be cut. */
export function cutBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const from = Math.max(0, at - REACH);
  const g = GRAPHEMES.segment(text.slice(from, at + REACH)).containing(at - from)!;
  if (g.index > 0 || from === 0) return from + g.index;
  return isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/** The first place at or after `at` where `text` may be cut. */
export function cutAfter(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const from = Math.max(0, at - REACH);
  const to = Math.min(text.length, at + REACH);
  const g = GRAPHEMES.segment(text.slice(from, to)).containing(at - from)!;
  if (from + g.index === at) return at;
  const end = from + g.index + g.segment.length;
  if ((g.index > 0 || from === 0) && (end < to || to === text.length)) return end;
  return isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

/**
 * `text` cut to at most `max` UTF-16 code units (Discord's unit for its limits), between graphemes, with nothing
 * added: for payload limits, where an ellipsis would not fit. Text shown to a reader as cut uses `ellipsize`.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, cutBefore(text, max));
}

/**
 * `text` within `max` UTF-16 code units, ending with "…" where it was cut (the ellipsis counted in `max`), between
 * graphemes: a value quoted in a problem report or a log line, where a half emoji would reach the reader as "�".
 */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, cutBefore(text, Math.max(0, max - 1))) + '…';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
