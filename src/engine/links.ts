// Where an address stands in text. One definition for the engine (a link's pieces are neither question words nor
// words to highlight) and for the front ends (Discord must link exactly the address, and markup must not land
// inside it), because each place that disagreed with another broke something: bold marks inside a link, a
// link's words searched for, backslashes added inside an address.
//
// The rule is the url rule of simple-markdown, which Discord's client follows: `https://` or `http://`, then
// anything up to a space or `<`, not ending on . , : ; " ' ) or ]. Discord tries it at every position, so an
// address glued to the word before it ("访问https://…", "_https://…") is linked all the same.

/** A span of text: [start, end). */
export type Span = [start: number, end: number];

const BODY = String.raw`[^\s<]+[^<.,:;"')\]\s]`;
/**
 * BODY stopping at a `>` as well, where the spans end anyway (see urlSpans). Matching on past it, a run of
 * "https://a>https://b>…" was scanned to its end once for every address in it: quadratic on one long "word".
 */
const SPAN_BODY = String.raw`[^\s<>]+[^<>.,:;"')\]\s]`;
/** Discord's url rule, case-sensitive as it is: how the front ends check what Discord will link. */
const URL_AT = new RegExp(String.raw`https?:\/\/${BODY}`, 'yu');
/** Where urlSpans are found: Discord's url rule, up to a `>`. */
const URL = new RegExp(String.raw`https?:\/\/${SPAN_BODY}`, 'gu');
/**
 * What a reader takes for an address even where Discord links nothing: any case, and `www.` without a scheme.
 * The engine skips these (their pieces are not words of the text); the front ends link only URL's matches.
 */
const ADDRESS = new RegExp(String.raw`(?:https?:\/\/|(?<![\p{L}\p{N}_])www\.)${SPAN_BODY}`, 'giu');
/** An e-mail address: a name, `@`, and a domain of two labels or more (see emailSpans). */
const EMAIL = /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Marks that wrap an address on both sides in Markdown or Discord: `**…**`, `_…_`, `||…||`, `` `…` ``, `~~…~~`. */
const OPENER = /[*_~|`]{1,3}$/u;
/** What the url rule never ends a link on. */
export const TRAILING: ReadonlySet<string> = new Set([...'.,:;"\')]']);

/**
 * The addresses Discord links in `text`, as their author meant them: the url rule's matches, each ending before a
 * `>` (not a character of an address: `<https://…>` is how plain text sets one off) and before the marks that
 * close the ones just before it (`**https://…**`: Discord would link the closing `**` too). The front ends keep
 * these exactly as written and make Discord link exactly them.
 */
export function urlSpans(text: string): Span[] {
  return spans(text, URL);
}

/** Every address in `text` as the engine sees one: urlSpans's, plus `www.` addresses and schemes in any case. */
export function linkSpans(text: string): Span[] {
  return spans(text, ADDRESS);
}

/**
 * Where e-mail addresses stand in `text` ("talks@example.org"): like a link's, their pieces (talks, example, org)
 * are not words of the text. Indexed as words, "org" of every address made the chat spelling of "orang" a word the
 * corpus has, and "brp org yg dtg" was answered with the how-to-join page's addresses.
 */
export function emailSpans(text: string): Span[] {
  // Every address has an `@`, and almost no passage does: EMAIL, tried at every position of a text without one,
  // scans each word to its end looking for it (about 3% of a cold build of tydiqa-id's index, one `@` in 5,216
  // passages).
  if (!text.includes('@')) return [];
  return spans(text, EMAIL);
}

/**
 * A question without the links pasted into it ("apa itu China Up Close? https://news.example.com/2024/12/…"):
 * a link's pieces (https, news, 2024, 12) are not what the member asks about, and as question words that no
 * passage has they sank good answers below the confidence bar; nor does a link's "/latest" ask for the newest
 * write-up. The search reads every question through this (SearchIndex.search), whoever calls it.
 */
export function withoutLinks(question: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of linkSpans(question)) {
    out += question.slice(at, s) + ' ';
    at = e;
  }
  // And what is left of one too short to be an address ("https://", "https://a"): its scheme is no question word.
  return (out + question.slice(at)).replace(/https?:\/\/\S*/giu, ' ');
}

/**
 * Where the link Discord's url rule would make at `at` ends (the rule as Discord applies it, without urlSpans's
 * refinements), or -1 when none starts there: how the front ends check that Discord links what they meant.
 */
export function discordLinkEnd(text: string, at: number): number {
  if (text[at] !== 'h') return -1;
  URL_AT.lastIndex = at;
  const m = URL_AT.exec(text);
  return m ? at + m[0].length : -1;
}

/**
 * The stretch of `text` between spaces that holds an address and has `at` strictly inside it, or null. Text cut
 * there would show part of an address, which Discord links to the wrong page, or split the address from the marks
 * around it that tell where it ends (`**https://…**`). A caller asking more than once about one text passes its
 * `linkRuns`, found once: a long run of addresses is then not searched again for each question.
 */
export function linkRunAt(text: string, at: number, runs: readonly Span[] = linkRuns(text)): Span | null {
  // The last run starting before `at` is the only one that can hold it (runs are sorted and apart).
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  const run = runs[lo - 1];
  return run !== undefined && at < run[1] ? run : null;
}

/** The stretches of `text` between spaces that hold an address (urlSpans's), in order, each found once. */
export function linkRuns(text: string): Span[] {
  const out: Span[] = [];
  for (const [s, e] of urlSpans(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && s < last[1]) continue; // another address in the same stretch
    out.push([runStart(text, s), runEnd(text, e)]);
  }
  return out;
}

/** Where the stretch without spaces that holds `at` starts (`at` itself after a space). */
export function runStart(text: string, at: number): number {
  while (at > 0 && !/\s/u.test(text[at - 1]!)) at--;
  return at;
}

function runEnd(text: string, at: number): number {
  while (at < text.length && !/\s/u.test(text[at]!)) at++;
  return at;
}

function spans(text: string, rule: RegExp): Span[] {
  const out: Span[] = [];
  const re = new RegExp(rule.source, rule.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + addressLength(m[0], text.slice(Math.max(0, start - 3), start));
    // What follows a shortened address ("**https://…**https://…") is searched again: Discord links a second one there.
    re.lastIndex = end > start ? end : start + 1;
    if (end > start) out.push([start, end]);
  }
  return out;
}

/**
 * The length of a match of the url rule that is the address its author meant (0 when too little of it is), given
 * the text just before it: without the marks that close the ones before it, nor what the url rule never ends on.
 */
function addressLength(match: string, before: string): number {
  let url = match;
  const opener = OPENER.exec(before)?.[0];
  if (opener !== undefined) {
    const closer = [...opener].reverse().join('');
    if (url.endsWith(closer)) url = url.slice(0, -closer.length);
  }
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1]!)) end--;
  url = url.slice(0, end);
  // Still an address by the rule itself ("<https://a>" leaves "https://a", too short for it)?
  const scheme = /^(?:https?:\/\/|www\.)/iu.exec(url)?.[0].length ?? 0;
  return url.length - scheme >= 2 ? url.length : 0;
}
