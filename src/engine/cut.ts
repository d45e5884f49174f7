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

/** How far back a run of flags is followed to its start; longer runs (hundreds of flags) may be cut mid-flag. */
const FLAG_REACH = 1024;

/**
 * Where to start segmenting for a cut at `at`, and whether a grapheme is known to start there. Regional indicators
 * pair from the start of their run ("🇮🇩🇲🇾" is I+D, M+Y), so a window opening on the second half of a flag would
 * pair D+M and cut every flag after it in half: inside a run the window opens at the run's start.
 */
function windowStart(text: string, at: number): [from: number, known: boolean] {
  let from = Math.max(0, at - REACH);
  if (from === 0) return [0, true];
  if (isLowSurrogate(text.charCodeAt(from))) from--;
  if (!isRegionalIndicator(text.codePointAt(from))) return [from, false];
  const limit = Math.max(0, from - FLAG_REACH);
  while (from >= 2 && from > limit && isRegionalIndicator(text.codePointAt(from - 2))) from -= 2;
  // A run's start is a grapheme boundary (nothing but a rare prepended mark joins a regional indicator).
  return [from, from === 0 || !isRegionalIndicator(text.codePointAt(from - 2))];
}

/** The last place at or before `at` where `text` may be cut. */
export function cutBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const [from, known] = windowStart(text, at);
  const g = GRAPHEMES.segment(text.slice(from, at + REACH)).containing(at - from)!;
  if (g.index > 0 || known) return from + g.index;
  return isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/** The first place at or after `at` where `text` may be cut. */
export function cutAfter(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const [from, known] = windowStart(text, at);
  const to = Math.min(text.length, at + REACH);
  const g = GRAPHEMES.segment(text.slice(from, to)).containing(at - from)!;
  if (from + g.index === at) return at;
  const end = from + g.index + g.segment.length;
  if ((g.index > 0 || known) && (end < to || to === text.length)) return end;
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

function isRegionalIndicator(code: number | undefined): boolean {
  return code !== undefined && code >= 0x1f1e6 && code <= 0x1f1ff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
