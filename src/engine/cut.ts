// Where text may be cut: between characters as a reader sees them (graphemes: an emoji with its modifiers and
// joiners, a flag, a letter with its accents). Cut inside a surrogate pair, text holds a lone surrogate that shows
// as "�" (and that a JSON payload to Discord carries as an invalid character); cut inside a grapheme, a family
// emoji comes apart or a flag turns into two letters. Every place that shortens text to a length uses these.

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Where a grapheme certainly starts, by the rules of Unicode's UAX #29 that join a character to the one before
// it: read from the two characters alone, without segmenting. A cut is found by walking back to such a place and
// segmenting from there, so the work is the length of the grapheme cut, however long the text or the grapheme
// (a run of a thousand flags, a letter under hundreds of combining marks). Where the rules need more context
// (Hangul jamo, Indic conjuncts, emoji after a joiner) the walk simply goes on to the previous character.

/**
 * Characters that join the one before them: extending and spacing marks, emoji modifiers, the zero-width joiner.
 */
const JOINS_PREVIOUS = /^[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Mc}\u200D\u0E33\u0EB3]$/u;
/** Characters that join the one after them (Grapheme_Cluster_Break=Prepend). */
const PREPEND = /^[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Letters of the scripts whose conjuncts (consonant, virama, consonant) are one grapheme (rule GB9c). */
const CONJUNCT_SCRIPT = /^[\u0900-\u0D7F]$/u;
const MARK = /^[\p{M}\p{Grapheme_Extend}\u200D]$/u;

const isHangulLeading = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97f);
const isHangulSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;
const isHangulVowelOrTrailing = (c: number) => (c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff);

/** Whether a grapheme certainly starts at `at`, the start of a character that is not a regional indicator. */
function startsGrapheme(text: string, at: number): boolean {
  if (at <= 0) return true;
  const code = text.codePointAt(at)!;
  const char = String.fromCodePoint(code);
  const prevCode = text.codePointAt(isLowSurrogate(text.charCodeAt(at - 1)) && at >= 2 ? at - 2 : at - 1)!;
  const prev = String.fromCodePoint(prevCode);
  if (PREPEND.test(prev) || JOINS_PREVIOUS.test(char)) return false;
  if (code === 0x0a) return prevCode !== 0x0d;
  if (isHangulVowelOrTrailing(code)) return false;
  if (isHangulSyllable(code) || isHangulLeading(code)) return !isHangulLeading(prevCode);
  if (PICTOGRAPHIC.test(char)) return prevCode !== 0x200d; // an emoji ZWJ sequence goes on
  if (CONJUNCT_SCRIPT.test(char)) return !MARK.test(prev); // a conjunct goes on after its virama
  return true;
}

/**
 * Where the flag holding the regional indicator at `at` starts: they pair from the start of their run ("🇮🇩🇲🇾" is
 * I+D, M+Y), so a cut counts from there, and a run of any length is walked once.
 */
function flagStart(text: string, at: number): number {
  let from = at;
  while (from >= 2 && isRegionalIndicator(text.codePointAt(from - 2))) from -= 2;
  return from + Math.floor((at - from) / 4) * 4;
}

/** A place at or before `at` (a character's start) where a grapheme certainly starts. */
function anchorBefore(text: string, at: number): number {
  let p = at;
  for (;;) {
    if (p <= 0) return 0;
    if (isRegionalIndicator(text.codePointAt(p))) {
      const flag = flagStart(text, p);
      // The run's first flag may still belong to a prepended mark before it ("\u0600🇮🇩" is one grapheme).
      if (flag === 0 || isRegionalIndicator(text.codePointAt(flag - 2)) || !PREPEND.test(charBefore(text, flag))) return flag;
      p = flag - charBefore(text, flag).length;
      continue;
    }
    if (startsGrapheme(text, p)) return p;
    p -= isLowSurrogate(text.charCodeAt(p - 1)) && p >= 2 ? 2 : 1;
  }
}

/** The last place at or before `at` where `text` may be cut: the start of the grapheme `at` is in. */
export function cutBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const char = isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
  const from = anchorBefore(text, char);
  // Where a grapheme certainly starts at the character itself, that is the cut: no segmenter is run (most cuts
  // fall between letters or at a space, and running one was most of the cost of shortening a text's name).
  if (from === char) return char;
  // A boundary depends only on what comes before it and the character after it: segmenting up to the end of
  // the character at `at` is enough.
  return from + GRAPHEMES.segment(text.slice(from, Math.min(text.length, char + 2))).containing(at - from)!.index;
}

/** The first place at or after `at` where `text` may be cut: the end of the grapheme `at` is in. */
export function cutAfter(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const from = cutBefore(text, at);
  if (from === at) return at;
  // The grapheme's end, in a window doubled until the grapheme ends inside it: linear in the grapheme's length.
  // The window ends between code points, so the character after the grapheme is read whole.
  for (let to = Math.min(text.length, at + 32); ; to = Math.min(text.length, from + 2 * (to - from))) {
    if (isLowSurrogate(text.charCodeAt(to))) to++;
    const g = GRAPHEMES.segment(text.slice(from, to)).containing(at - from)!;
    const end = from + g.index + g.segment.length;
    if (end < to || to === text.length) return end;
  }
}

/**
 * A place near `at` between code points (never 0 when `at` is not): where a grapheme too long to keep whole
 * (longer than a message) must be cut. Only there is a grapheme ever cut.
 */
export function cutCodePoint(text: string, at: number): number {
  if (at <= 0 || at >= text.length || !isLowSurrogate(text.charCodeAt(at))) return at;
  return at >= 2 ? at - 1 : at + 1;
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

/** The character (code point) that ends just before `at`. */
function charBefore(text: string, at: number): string {
  return at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function isRegionalIndicator(code: number | undefined): boolean {
  return code !== undefined && code >= 0x1f1e6 && code <= 0x1f1ff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
