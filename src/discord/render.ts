// Discord rendering of the engine's answer model: pure functions from Answer / ReloadReport / CorpusSummary to
// message payloads that always fit Discord's limits (2000 characters of content, 5 buttons a row, 80-character
// labels, 100-character custom_ids). Nothing here does I/O, so every limit is unit-tested.
//
// Corpus and question text is escaped (markdown shown literally, mentions neutralised); the only markdown in a
// reply is the bot's own: bold matched words, numbered results, subtext citation lines, masked links.

import type { Answer, AnswerResult, CorpusProblem, CorpusSummary, Highlight } from '../engine/types.ts';
import type { ReloadReport } from '../engine/library.ts';
import { documentTypes } from '../engine/corpus.ts';
import type { ExampleQuestion } from '../engine/example.ts';
import { clip, cutAfter, cutBefore, cutCodePoint } from '../engine/cut.ts';
import { linkRunAt, linkRuns, urlSpans, type Span } from '../engine/links.ts';
import { headerAbove, rowStartAt, tableHeaders } from '../engine/tables.ts';
import { labelIdOf } from '../engine/text-title.ts';
import { encodeAboutButton, encodeAskButton, fullPassageButton, listFingerprint } from './custom-id.ts';
import { messages, type Lang } from './i18n.ts';
import { ellipsisAfter, escapeText, maskedLink, safeUrl, truncate, unescapeText } from './markdown.ts';
import { button, CONTENT_MAX, row, type ButtonRow, type OutgoingFile, type OutgoingMessage } from './respond.ts';

/** The first line of every /ask reply; the page buttons read the question back from it. */
const QUESTION_PREFIX = '🔎 **';
const QUESTION_SUFFIX = '**';

// The question is shown without links: inside the bold, a `**` in an address would close it early.
function questionLine(question: string): string {
  return QUESTION_PREFIX + escapeText(question, { links: false }) + QUESTION_SUFFIX;
}

/** The question an /ask reply was for, from the message content; null when the content is not such a reply. */
export function questionFromContent(content: string | null | undefined): string | null {
  if (!content) return null;
  const firstLine = content.split('\n', 1)[0]!;
  if (!firstLine.startsWith(QUESTION_PREFIX) || !firstLine.endsWith(QUESTION_SUFFIX)) return null;
  const escaped = firstLine.slice(QUESTION_PREFIX.length, firstLine.length - QUESTION_SUFFIX.length);
  // Read back as questionLine wrote it, without links. Replies sent before the bot kept addresses unescaped
  // escaped the whole question, addresses included, exactly so: their page buttons read it back the same.
  const question = unescapeText(escaped, { links: false });
  return question === '' ? null : question;
}

// ---------------------------------------------------------------------------------------------------------
// Highlighted excerpts

/**
 * Clamped, sorted, non-overlapping highlights (the engine's offsets are trusted only this far), none inside a link
 * or starting where one ends: Discord would take the bold marks for part of the address.
 */
export function cleanHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const links = urlSpans(text);
  const sorted = highlights
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as Highlight)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Highlight[] = [];
  let k = 0; // the first link that does not end before the highlight at hand (both are in order)
  for (const h of sorted) {
    while (k < links.length && links[k]![1] < h[0]) k++;
    if (k < links.length && links[k]![0] < h[1]) continue;
    const last = out[out.length - 1];
    if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
    else out.push([h[0], h[1]]);
  }
  return out;
}

/** `text` escaped, with the highlighted ranges in bold. Highlights must be clean and inside `text`. */
export function boldHighlights(text: string, highlights: readonly Highlight[]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of highlights) {
    out += escapeText(text.slice(at, s));
    const word = text.slice(s, e);
    // Bold around whitespace-edged text does not render; keep the spaces outside the markers.
    const lead = word.length - word.trimStart().length;
    const trail = word.length - word.trimEnd().length;
    const inner = word.trim();
    out += inner === '' ? word : word.slice(0, lead) + '**' + escapeText(inner, { links: false }) + '**' + word.slice(word.length - trail);
    at = e;
  }
  return out + escapeText(text.slice(at));
}

/**
 * Where to cut a `width`-character window of `text` so it holds as many highlights as possible. `runs` are the
 * text's linkRuns, found once for all the windows tried.
 */
function chooseWindow(text: string, highlights: readonly Highlight[], width: number, runs: readonly Span[]): [number, number] {
  if (width >= text.length) return [0, text.length];
  // The highlight that opens the densest stretch; clean highlights are in order and apart, so their ends are in
  // order too, and the ones inside a stretch are counted by a second index moving forward.
  let anchor = 0;
  let best = -1;
  let fits = 0;
  for (let i = 0; i < highlights.length; i++) {
    const s = highlights[i]![0];
    while (fits < highlights.length && highlights[fits]![1] <= s + width * 0.8) fits++;
    if (fits - i > best) {
      best = fits - i;
      anchor = s;
    }
  }
  let from = Math.max(0, anchor - Math.floor(width * 0.2));
  if (from + width >= text.length) from = Math.max(0, text.length - width);
  // In a table, open at a row's first cell rather than mid-row, when the densest matches stay well inside.
  const row = from > 0 ? rowStartAt(text, from) : null;
  if (row !== null && anchor - row <= width / 2) from = row;
  for (;;) {
    const [start, end, past] = snapWindow(text, from, width, runs);
    // A window that held only an address too long for it is empty: show the text after the address instead
    // (a passage opening with a long link showed as a bare "…"). Each try starts past another address.
    if (end > start || past === -1 || past >= text.length) return [start, end];
    from = past;
  }
}

/**
 * The window of `width` characters from `from`, its ends moved to word boundaries, and past the end of the
 * address it had to leave out (-1 when none).
 */
function snapWindow(text: string, from: number, width: number, runs: readonly Span[]): [start: number, end: number, past: number] {
  let start = from;
  let end = Math.min(text.length, start + width);
  // Snap to word boundaries so no word is shown cut in half.
  if (start > 0 && rowStartAt(text, start) !== start) {
    const space = text.slice(start, start + 30).search(/\s/);
    if (space !== -1 && start + space + 1 < end) start += space + 1;
    // Nor open on a dash or a quote standing alone ("…-- Media's"): skip words with no letter or digit.
    const stray = /^[^\p{L}\p{N}\s]+\s+/u.exec(text.slice(start, end));
    if (stray) start += stray[0].length;
  }
  if (end < text.length) {
    const tail = text.slice(Math.max(start, end - 30), end);
    const space = tail.search(/\s\S*$/);
    if (space !== -1) {
      const cut = Math.max(start, end - 30) + space;
      if (cut > start) end = cut;
    }
  }
  // Never inside an address or the marks glued to it (Discord would link what is left of it to the wrong page):
  // the window takes it whole when it fits, else stops before it.
  let past = -1;
  const open = linkRunAt(text, start, runs);
  if (open) {
    start = end - open[0] <= width ? open[0] : open[1];
    if (start === open[1]) past = open[1];
  }
  const close = linkRunAt(text, end, runs);
  if (close) {
    end = close[1] - start <= width ? close[1] : close[0];
    if (end === close[0]) past = close[1];
  }
  // Text without spaces is cut anywhere: never inside a character.
  start = cutAfter(text, start);
  return [start, Math.max(start, cutBefore(text, end)), past];
}

/**
 * The passage text, escaped and with matched words bold, within `max` characters: the whole text when it fits,
 * else a window around the densest run of matched words, with ellipses where it was cut.
 */
export function highlightedExcerpt(text: string, highlights: readonly Highlight[], max: number): string {
  return excerptWindow(text, highlights, max).piece;
}

/**
 * highlightedExcerpt with, above it, the header row of the table its first line belongs to when that header is not
 * shown (the window starts below it, or the passage continues a table whose header, `inherited`, lies before it):
 * rows without their column names say little ("14.00 | Diskusi | Budi"). All within `max` characters; a header
 * that would take more than half of them is left out, as the rows are what answers.
 */
export function excerptUnderHeader(text: string, highlights: readonly Highlight[], max: number, inherited?: string | null): string {
  const first = excerptWindow(text, highlights, max);
  let window = first;
  // The header takes room from the rows, so the window is chosen again, smaller; it may start elsewhere, under
  // another (longer) header: below the delimiter row the header is both rows, on it the header row alone. A few
  // tries, then the rows without their header rather than more than `max`.
  for (let tries = 0; tries < 3; tries++) {
    const header = headerAbove(text, window.start, inherited);
    if (header === null) return window.piece;
    const head = escapeText(header) + '\n';
    if (head.length + window.piece.length <= max) return head + window.piece;
    if (head.length > max / 2) break;
    window = excerptWindow(text, highlights, max - head.length);
  }
  return first.piece;
}

/** The excerpt highlightedExcerpt shows, and where in `text` its window starts. */
function excerptWindow(text: string, highlights: readonly Highlight[], max: number): { piece: string; start: number } {
  const clean = cleanHighlights(text, highlights);
  const full = boldHighlights(text, clean);
  if (full.length <= max) return { piece: full, start: 0 };
  const runs = linkRuns(text);
  let width = max;
  for (let i = 0; i < 30 && width > 0; i++) {
    const [start, end] = chooseWindow(text, clean, width, runs);
    const inside = clean
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start] as Highlight);
    const shown = text.slice(start, end).trim();
    const piece = (start > 0 ? '…' : '') + boldHighlights(shown, shiftForTrim(text.slice(start, end), inside)) + (end < text.length ? ellipsisAfter(shown) : '');
    if (piece.length <= max) return { piece, start: start + (text.slice(start, end).length - text.slice(start, end).trimStart().length) };
    width = Math.min(width - 1, Math.floor((width * max) / piece.length) - 2);
  }
  return { piece: truncate('…', max), start: text.length };
}

/** Highlights of `piece` re-based onto `piece.trim()`. */
function shiftForTrim(piece: string, highlights: Highlight[]): Highlight[] {
  const lead = piece.length - piece.trimStart().length;
  const len = piece.trim().length;
  return cleanHighlights(
    piece.trim(),
    highlights.map(([s, e]) => [Math.min(Math.max(0, s - lead), len), Math.min(Math.max(0, e - lead), len)] as Highlight),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Citations

export interface CitationParts {
  title: string;
  paragraph: number;
  date: string | null;
  source: string | null;
  url: string | null;
}

/** `title · § paragraph · date · source`, the title a masked link when a url exists, within `max` characters. */
export function citationLine(c: CitationParts, max = 300): string {
  // Progressively plainer forms until one fits: drop the link first (URLs are long), then shorten the words.
  const attempts: Array<[titleMax: number, sourceMax: number, link: boolean]> = [
    [100, 80, true],
    [100, 80, false],
    [60, 40, false],
    [30, 20, false],
  ];
  for (const [titleMax, sourceMax, link] of attempts) {
    const title = truncateTitle(oneLine(c.title) || '(untitled)', titleMax);
    const parts = [link ? maskedLink(title, c.url) : escapeText(title), `§ ${c.paragraph}`];
    if (c.date) parts.push(escapeText(truncate(oneLine(c.date), 40)));
    if (c.source) parts.push(escapeText(truncate(oneLine(c.source), sourceMax)));
    const line = parts.join(' · ');
    if (line.length <= max) return line;
  }
  return truncate(`§ ${c.paragraph}`, max);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------------------
// /ask

export interface AnswerView {
  lang: Lang;
  /** The normalised question (shown on the first line, and read back by the buttons). */
  question: string;
  /** 0-based page. */
  page: number;
  /** Results per page (1–5). */
  perPage: number;
  /** Whether a further page exists. */
  hasMore: boolean;
  /** Titles the corpus covers, offered when nothing matched confidently. */
  covers?: string[];
  ephemeral?: boolean;
}

/**
 * The /ask reply for one page of results. `answer.results` must hold only this page's results (at most
 * `perPage`), ranked; numbering continues across pages.
 */
export function renderAnswer(answer: Answer, view: AnswerView): OutgoingMessage {
  const t = messages(view.lang);
  const results = answer.results.slice(0, view.perPage);
  const first = view.page * view.perPage + 1;
  const head: string[] = [questionLine(view.question)];
  const tail: string[] = [];
  // ("acara besok apa?": the day it was read as, see Answer.readAs; on every page, as the question is: a page
  // button asks again, on the clock of the click, and a page clicked after midnight is read as another day.)
  if (answer.readAs !== undefined) head.push('-# ' + t.readAs(escapeText(answer.readAs, { links: false })));

  if (!answer.answered) {
    head.push(t.noAnswer);
    if (results.length > 0) head.push(t.possiblyRelated);
    tail.push(coversLine(view.covers ?? [], view.lang));
  }
  if (answer.answered && results.length === 0) head.push(t.noMoreResults);
  if (results.length > 0 && (view.page > 0 || view.hasMore)) {
    tail.push('-# ' + t.resultsRange(first, first + results.length - 1));
  }

  const fixed = [...head, ...tail].join('\n').length;
  const available = CONTENT_MAX - fixed - (tail.length > 0 ? 1 : 0);
  const blocks = layoutResults(results, first, available);
  const content = [...head, ...blocks, ...tail].filter((line) => line !== '').join('\n');

  const components: ButtonRow[] = [];
  if (results.length > 0) {
    components.push(
      row(results.map((r, i) => button(encodeAskButton(fullPassageButton(r, first - 1 + i)), t.fullPassage(first + i)))),
    );
  }
  if (view.page > 0 || view.hasMore) {
    components.push(
      row([
        view.page > 0
          ? button(encodeAskButton({ kind: 'page', page: view.page - 1, results: view.perPage }), t.previous)
          : button(encodeAskButton({ kind: 'noop', which: 'prev' }), t.previous, { disabled: true }),
        view.hasMore
          ? button(encodeAskButton({ kind: 'page', page: view.page + 1, results: view.perPage }), t.next)
          : button(encodeAskButton({ kind: 'noop', which: 'next' }), t.next, { disabled: true }),
      ]),
    );
  }
  return { content: clip(content, CONTENT_MAX), components, ephemeral: view.ephemeral ?? false };
}

/**
 * Numbered result blocks sharing `available` characters: each gets its citation and as much of its passage
 * as fits; short passages give their unused share to longer ones.
 */
function layoutResults(results: readonly AnswerResult[], first: number, available: number): string[] {
  const n = results.length;
  if (n === 0) return [];
  const share = Math.floor(available / n) - 1; // -1: the newline between blocks
  const citations = results.map((r) => citationLine(r, Math.max(40, Math.min(300, Math.floor(share / 2)))));
  const prefixes = results.map((_, i) => `**${first + i}.** `);
  const overhead = results.map((_, i) => prefixes[i]!.length + 4 + citations[i]!.length + 1); // '\n-# ' + citation + '\n'
  // A passage continuing a table needs room for the table's header row above it too.
  const needs = results.map(
    (r) => boldHighlights(r.text, cleanHighlights(r.text, r.highlights)).length + (r.tableHeader ? escapeText(r.tableHeader).length + 1 : 0),
  );
  let remaining = available - overhead.reduce((a, b) => a + b, 0);
  const budget = new Array<number>(n).fill(0);
  const order = [...needs.keys()].sort((a, b) => needs[a]! - needs[b]!);
  order.forEach((i, k) => {
    const fair = Math.floor(remaining / (n - k));
    budget[i] = Math.max(0, Math.min(needs[i]!, fair));
    remaining -= budget[i]!;
  });
  return results.map((r, i) => {
    const body = excerptUnderHeader(r.text, r.highlights, budget[i]!, r.tableHeader);
    return `${prefixes[i]}${body}\n-# ${citations[i]}`;
  });
}

/**
 * A title cut to `max` characters; a label's " (id)" is kept whole and its opening cut instead (see labelIdOf).
 */
function truncateTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const id = labelIdOf(title);
  return id === null || id.length > max / 2 ? truncate(title, max) : truncate(title.slice(0, -id.length), max - id.length) + id;
}

function coversLine(titles: readonly string[], lang: Lang, max = 500): string {
  const t = messages(lang);
  if (titles.length === 0) return t.emptyCorpus;
  const shown: string[] = [];
  let length = 0;
  for (const title of titles) {
    const item = '*' + escapeText(truncateTitle(title.trim() || '(untitled)', 60), { links: false }) + '*';
    if (length + item.length + 2 > max) break;
    shown.push(item);
    length += item.length + 2;
  }
  const more = titles.length - shown.length;
  return t.corpusCovers(shown.join(', ') + (more > 0 ? ' ' + t.andMore(more) : ''));
}

// ---------------------------------------------------------------------------------------------------------
// Full passage

export interface FullPassage extends CitationParts {
  /** The whole paragraph, verbatim. */
  text: string;
  /** The corpus file it is in, relative to the corpus root: where to read what a capped reply leaves out. */
  file?: string | null;
}

export interface FullPassageLimits {
  /** At most this many messages of text; a longer paragraph goes as a file. Default: as many as it needs. */
  maxMessages?: number;
  /** The largest file Discord takes from the bot here, in bytes (the interaction's attachment_size_limit). */
  fileMaxBytes?: number;
  /**
   * Discord refused the file after the opening (the first message of the file form) was sent: the messages that
   * continue from where the opening ended, instead of the opening and the file.
   */
  fileRefused?: boolean;
}

/**
 * The whole paragraph as one or more ephemeral messages (a long paragraph continues in follow-ups rather than
 * being cut), the first starting with its citation. A message that starts in the middle of a table starts with
 * the table's header row, so its rows keep their column names. `note`, already escaped, heads the first message.
 *
 * A paragraph that needs more than `limits.maxMessages` (a write-up pasted without blank lines: 60,000
 * characters would be 30-odd private messages, and Discord's rate limits) shows its opening, then the whole
 * paragraph as a .txt file in one more message. When even the file is too big for Discord, it shows the
 * first `maxMessages` messages, the last saying how much is left and where to read it. With `limits.fileRefused`
 * (Discord refused the file after the opening was sent), the messages that continue the opening, capped alike.
 */
export function renderFullPassage(p: FullPassage, lang: Lang, note: string | null = null, limits: FullPassageLimits = {}): OutgoingMessage[] {
  const t = messages(lang);
  // A note (why this is not exactly the paragraph cited) goes above the citation, so it is read first.
  const header = (note === null ? '' : `-# ${note}\n`) + '-# ' + citationLine(p, 400);
  const text = p.text.trim();
  const room = CONTENT_MAX - header.length - 12;
  // Room for the longest header row a message may repeat, unless it would crowd out the rows themselves.
  const longest = Math.max(0, ...tableHeaders(text).map(([s, e]) => escapeText(text.slice(s, e)).length + 1));
  /**
   * The pieces of `text` from `from` on when each message keeps `tail` characters free for a last line; the first
   * piece's message opens with `lead` (the citation, unless said otherwise).
   */
  const split = (tail: number, from = 0, lead = header + '\n') => {
    const reserve = longest <= (room - tail) / 4 ? longest : 0;
    const spans = chunkSpans(text.slice(from), room - tail - reserve).map(([s, e]): Span => [s + from, e + from]);
    const body = (i: number) => {
      const [s, e] = spans[i]!;
      // (The paragraph's own start has no row above it.)
      const above = i === 0 && from === 0 ? null : headerAbove(text, s, null);
      const repeated = above !== null && escapeText(above).length + 1 <= reserve ? escapeText(above) + '\n' : '';
      return (i === 0 ? lead : '') + repeated + escapeText(text.slice(s, e));
    };
    return { spans, body };
  };
  const maxMessages = Math.max(1, limits.maxMessages ?? Infinity);
  const all = split(0);
  if (all.spans.length <= maxMessages) {
    return all.spans.map((_, i) => ({
      // The part count on a line of its own, small: at the end of the text it read as part of the passage.
      content: all.body(i) + (all.spans.length > 1 ? `\n-# ${t.continued(i + 1, all.spans.length)}` : ''),
      ephemeral: true,
    }));
  }
  const length = formatCount(text.length, lang);
  const file = passageFile(p, text);
  // Where to read what a capped reply leaves out: the document's address when it is one a reply may link to (as
  // its citation does), else its corpus file.
  const href = safeUrl(p.url);
  const place = href !== null ? `<${href}>` : escapeText(clip(p.file || p.title, 200), { links: false });
  const lastLine = (more: number) => `${t.continued(maxMessages, maxMessages)} · ${t.passageCut(formatCount(more, lang), place, href !== null)}`;
  if (Buffer.byteLength(file.text, 'utf8') <= (limits.fileMaxBytes ?? 0)) {
    const line = t.passageInFile(length);
    const opening = split(line.length + 4);
    if (limits.fileRefused === true) return continuation(opening.spans[0]![1]);
    return [
      { content: opening.body(0) + `\n-# ${line}`, ephemeral: true },
      { content: '-# ' + citationLine(p, 400), files: [file], ephemeral: true },
    ];
  }
  // No file Discord would take: the first messages, the last saying what is left and where to read it whole.
  const capped = split(lastLine(text.length).length + 4);
  const shown = capped.spans.slice(0, maxMessages);
  const more = text.length - shown[shown.length - 1]![1];
  return shown.map((_, i) => ({
    content: capped.body(i) + '\n-# ' + (i === shown.length - 1 ? lastLine(more) : t.continued(i + 1, maxMessages)),
    ephemeral: true,
  }));

  /**
   * The messages after an opening that ended at `end` and promised a file Discord then refused: the text from
   * there on, where the opening stopped (not again from its start, which would have a member read the opening
   * twice), under a line saying so, numbered on from the opening, the last saying what is left and where to read
   * it whole.
   */
  function continuation(end: number): OutgoingMessage[] {
    let from = end;
    while (from < text.length && /\s/u.test(text[from]!)) from++;
    const refused = `-# ${t.passageFileRefused}\n`;
    const rest = split(refused.length + lastLine(text.length).length + 4, from, refused);
    const spans = rest.spans.slice(0, Math.max(1, maxMessages - 1));
    const parts = spans.length + 1;
    const left = text.length - (spans.at(-1)?.[1] ?? from);
    return spans.map((_, i) => {
      const last = i === spans.length - 1 && left > 0 ? lastLine(left) : t.continued(i + 2, parts);
      return { content: rest.body(i) + '\n-# ' + last, ephemeral: true };
    });
  }
}

/** `n` written as the reader's language writes numbers: 60,000 / 60.000. */
function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
}

/** Longest part of a .txt file's name taken from the title, before "-<paragraph>.txt". */
const FILE_SLUG_MAX = 60;

/**
 * The paragraph as a .txt file: its citation written out (the file is read on its own, outside the chat), then the
 * text verbatim; a .txt is shown as it is, so nothing is escaped. The name is ASCII, from the title, so it reads
 * well in a download folder and never holds a path. A label's " (id)" is kept whole and its opening shortened (as
 * truncateTitle does): cut at the end, a long label's name lost the id, the part a moderator finds the file by.
 */
export function passageFile(p: FullPassage, text: string): OutgoingFile {
  const id = labelIdOf(p.title);
  const idSlug = id === null ? '' : fileSlug(id, Infinity);
  const opening = id === null ? p.title : p.title.slice(0, -id.length);
  const slug = [fileSlug(opening, FILE_SLUG_MAX - (idSlug === '' ? 0 : idSlug.length + 1)), idSlug].filter((s) => s !== '').join('-');
  const cited = [`§ ${p.paragraph}`, p.date, p.source].filter((x) => x !== null && x !== '').join(' · ');
  const head = [p.title, cited, p.url ?? ''].filter((x) => x !== '').join('\n');
  return { name: `${slug || 'passage'}-${p.paragraph}.txt`, text: `${head}\n\n${text}\n` };
}

/** `text` as ASCII words joined by '-', at most `max` characters of them: no mark, no path, no space. */
function fileSlug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, Math.max(0, max))
    .replace(/^-+|-+$/g, '');
}

/**
 * Splits `text` at whitespace, at a line break where one is near, into pieces whose escaped form fits `max` (a
 * word longer than that is cut).
 */
export function chunkEscaped(text: string, max: number): string[] {
  return chunkSpans(text, max).map(([s, e]) => escapeText(text.slice(s, e)));
}

/** UTF-16 units of the longest character a reader meets: an emoji ZWJ sequence of a family with skin tones. */
const LONGEST_CHARACTER = 64;

/**
 * Where chunkEscaped cuts `text`: the spans of its pieces, in order. Each piece takes as many whole words as fit
 * escaped, found by galloping over the words and halving (escaping never shortens text, so a stretch longer than
 * `max` is known not to fit without escaping it): the work is linear in the text, not in its length times `max`,
 * for prose and for one word of tens of kilobytes alike.
 */
function chunkSpans(text: string, max: number): Span[] {
  const out: Span[] = [];
  // The places a piece may end: after each whitespace character (a word keeps its trailing whitespace, newlines
  // included), and at the end.
  const ends: number[] = [];
  let pos = 0;
  for (const word of text.split(/(?<=\s)/u)) ends.push((pos += word.length));
  const fitsFrom = (start: number, end: number) => end - start <= max && escapeText(text.slice(start, end)).length <= max;
  const flush = (start: number, end: number) => {
    const kept = text.slice(start, end).trimEnd();
    if (kept.trim() !== '') out.push([start, start + kept.length]);
  };
  let start = 0; // where the current piece starts
  let next = 0; // the next word to add to it: words before it are in the piece
  while (next < ends.length) {
    const wordStart = next === 0 ? 0 : ends[next - 1]!;
    // The most words from `next` on that still fit: gallop, then halve between the last that fit and the first
    // not.
    let fit = next - 1;
    let step = 1;
    let over = ends.length;
    while (fit + step < ends.length && fitsFrom(start, ends[fit + step]!)) {
      fit += step;
      step *= 2;
    }
    over = Math.min(over, fit + step);
    while (over - fit > 1) {
      const mid = (fit + over) >> 1;
      if (fitsFrom(start, ends[mid]!)) fit = mid;
      else over = mid;
    }
    if (fit + 1 >= ends.length) {
      next = ends.length;
      break;
    }
    if (fit >= next) {
      next = fit + 1;
      continue; // the piece now ends before a word that does not fit: decided on the next turn
    }
    // The word at `next` does not fit after the piece. Cut at the piece's last line break when there is one in
    // its second half: a table row or a list item stays whole in one message, rather than ending one and starting
    // the next without its "|" or "-".
    const nl = text.lastIndexOf('\n', wordStart - 1);
    if (nl >= start && nl - start > (wordStart - start) / 2) {
      flush(start, nl + 1);
      start = nl + 1;
      continue;
    }
    // Else after its last sentence, when one ends in its second half: a message that stops mid-sentence reads as
    // if the text were cut off.
    const sentence = lastSentenceEnd(text, start, wordStart);
    if (sentence > start && sentence - start > (wordStart - start) / 2) {
      flush(start, sentence);
      start = sentence;
      continue;
    }
    flush(start, wordStart);
    // A single over-long token (a word of tens of kilobytes, a run of emoji): pieces of as many characters as fit.
    const wordEnd = ends[next]!;
    let restStart = wordStart;
    while (!fitsFrom(restStart, wordEnd)) {
      let low = Math.max(1, Math.floor(max / 2)); // taken as fitting: escaping at most doubles a character
      let high = Math.min(wordEnd - restStart, max);
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fitsFrom(restStart, restStart + mid)) low = mid;
        else high = mid - 1;
      }
      // Never inside a character (an emoji): each message would show half of it. A character longer than what
      // fits (a family emoji in a tiny budget) is taken whole rather than halved, unless it is longer than any
      // real character (a letter under thousands of combining marks) and does not fit: that alone is cut, between
      // code points, so no message is over its limit.
      const at = restStart + low;
      const before = cutBefore(text, at);
      const whole = (before > restStart ? before : Math.min(wordEnd, cutAfter(text, at))) - restStart;
      const take = whole <= LONGEST_CHARACTER || fitsFrom(restStart, restStart + whole) ? whole : cutCodePoint(text, at) - restStart;
      out.push([restStart, restStart + take]);
      restStart += take;
    }
    start = restStart;
    next++;
  }
  flush(start, text.length);
  return out.length > 0 ? out : [[0, 0]];
}

/**
 * Where the next sentence starts after the last sentence ending in `text[start, end)`: after its `.`, `!`, `?` or
 * `…` (and a closing quote or bracket) and the whitespace that follows; `start` when none ends there.
 */
function lastSentenceEnd(text: string, start: number, end: number): number {
  let at = start;
  for (const m of text.slice(start, end).matchAll(/[.!?…]["'”’)\]]*\s+/gu)) at = start + m.index + m[0].length;
  return at;
}

// ---------------------------------------------------------------------------------------------------------
// /reload

/** Longest item of a reload's lists (an id, a file's path), before it is cut. */
const ITEM_CHARS = 80;

/**
 * Escaped `items`, each cut to `itemMax`, joined with ', ' within `max` characters, with "…and N more" when cut.
 */
function listWithin(items: readonly string[], max: number, lang: Lang, itemMax = ITEM_CHARS): string {
  const t = messages(lang);
  const shown: string[] = [];
  let length = 0;
  for (const item of items) {
    const text = escapeText(truncate(item, itemMax));
    if (length + text.length + 2 > max - 20) break;
    shown.push(text);
    length += text.length + 2;
  }
  const more = items.length - shown.length;
  return shown.join(', ') + (more > 0 ? (shown.length > 0 ? ' ' : '') + t.andMore(more) : '');
}

export function renderReload(report: ReloadReport, lang: Lang, options: { waited?: boolean } = {}): OutgoingMessage {
  const t = messages(lang);
  const lines: string[] = [];
  if (report.ok) {
    const problems = report.problems.length;
    lines.push(problems === 0 ? '✅ ' + t.reloaded(Math.round(report.ms)) : '⚠️ ' + t.reloadedWithProblems(Math.round(report.ms), problems));
    if (options.waited) lines.push(t.reloadWaited);
    lines.push(t.countsLine(report.before.documents, report.after.documents, report.before.passages, report.after.passages));
    // (A rename is two ids, each cut on its own: cut as one item, the pair lost the new id, the one looked for.)
    const changes: Array<[string, string[], number?]> = [
      [t.added, report.added],
      [t.removed, report.removed],
      [t.changed, report.changed],
      [t.renamed, renamedItems(report), Infinity],
    ];
    if (changes.every(([, ids]) => ids.length === 0)) lines.push(t.nothingChanged);
    for (const [label, ids, itemMax] of changes) {
      if (ids.length > 0) lines.push(`${label} (${ids.length}): ${listWithin(ids, 450, lang, itemMax)}`);
    }
    // A write-up saved as .docx or .pdf is in the folder but no document: "no document changed" alone hid it.
    if (report.unread.length > 0) {
      const types = documentTypes(lang === 'id' ? 'dan' : 'and');
      lines.push(`${t.unread(report.unread.length, types)}: ${listWithin(report.unread, 300, lang)}`);
    }
    // A broken file's previous version still answers (or the file stays out): said with each problem, which the
    // moderator who broke it must fix; the edits above are live all the same.
    if (report.kept.length > 0) lines.push(t.keptPrevious(listWithin(report.kept, 300, lang)));
    if (report.leftOut.length > 0) lines.push(t.leftOut(listWithin(report.leftOut, 300, lang)));
    const lost = report.goneWhileBroken;
    if (lost !== null) lines.push(t.goneWhileBroken(listWithin(lost.gone, 200, lang), lost.gone.length, listWithin(lost.broken, 200, lang), lost.broken.length));
    if (problems > 0) lines.push(...problemsWithin(report.problems, lines, lang));
    return { content: clip(lines.join('\n'), CONTENT_MAX), ephemeral: true };
  }
  lines.push('❌ ' + t.rejected(report.problems.length));
  if (options.waited) lines.push(t.reloadWaited);
  lines.push(t.stillServing(report.before.documents, report.before.passages));
  lines.push(...problemsWithin(report.problems, lines, lang));
  return { content: lines.join('\n'), ephemeral: true };
}

/** A reload's problems under their heading, as many as fit in one message after `above`, and "…and N more". */
function problemsWithin(problems: readonly CorpusProblem[], above: readonly string[], lang: Lang): string[] {
  const t = messages(lang);
  // Keep room for the "…and N more" line.
  const shown = linesWithin(problems.map(problemLine), CONTENT_MAX - 40 - [...above, t.problemsHeading].join('\n').length);
  return [t.problemsHeading, ...shown, ...(shown.length < problems.length ? [t.andMore(problems.length - shown.length)] : [])];
}

/**
 * A reload's renames as "old → new", each id cut on its own (listed with no cut of their own: see renderReload).
 */
function renamedItems(report: ReloadReport): string[] {
  return report.renamed.map((r) => `${truncate(r.from, ITEM_CHARS)} → ${truncate(r.to, ITEM_CHARS)}`);
}

/** The first of `lines` that fit in `room` characters, each counted with the line break before it. */
function linesWithin(lines: readonly string[], room: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > room) break;
    out.push(line);
    used += line.length + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// /about, /help, notices

export interface AboutView {
  lang: Lang;
  loadedAt: Date;
  /** Who last reloaded the corpus; null while the start-up load is still serving, or a reload named nobody. */
  loadedBy: string | null;
  /**
   * How the footer tells who reloaded (default 'name': `loadedBy` as written): 'moderator' for a reload made in
   * another server than the one the page is shown in, or read in a DM (the reader may not be in that server: "by a
   * moderator"); 'watch' for the corpus watcher's (WATCH_CORPUS=1: "when a file of the corpus changed").
   */
  reloader?: 'name' | 'moderator' | 'watch';
  /**
   * Whether the start-up load is still serving (see Snapshot.atStartUp); when omitted, whether `loadedBy` is null.
   */
  atStartUp?: boolean;
  /**
   * Problems of the load serving now (see Snapshot.problems): files left out at start-up, or a reload's broken
   * files.
   */
  problems?: readonly CorpusProblem[] | undefined;
  /** The page to show (0-based); past the last page, the last. Default 0. */
  page?: number;
  /** Say that the list changed since the page button pressed was posted (a /reload in between). */
  changed?: boolean;
}

/** Fingerprint of what an /about list shows: its page buttons name pages of this list only. */
export function aboutFingerprint(summary: CorpusSummary, problems: readonly CorpusProblem[] = []): string {
  return listFingerprint([summary.documents.map((d) => [d.id, d.title, d.date, d.source, d.url, d.passages]), problems.map((p) => [p.file, p.line, p.reason])]);
}

/**
 * One page of the /about list: the heading with the totals, the documents of that page, the files left out at
 * start-up, and when the corpus was loaded, within one message; with Previous / "page x of y" / Next buttons when
 * the documents take more than one page. Every page has the same fixed lines and keeps the same room for the
 * "list changed" note, so a page number names the same documents whether or not the note is shown.
 */
export function renderAbout(summary: CorpusSummary, view: AboutView): OutgoingMessage {
  const t = messages(view.lang);
  const unix = Math.floor(view.loadedAt.getTime() / 1000);
  const atStartUp = view.atStartUp ?? view.loadedBy === null;
  const by = view.loadedBy === null ? null : view.reloader === 'moderator' ? t.aModerator : escapeText(truncate(view.loadedBy, 100));
  const footer = atStartUp ? t.loadedAtStart(unix) : view.reloader === 'watch' ? t.lastReloadOnChange(unix) : t.lastReload(unix, by);
  const heading = t.aboutHeading(summary.documents.length, summary.passages);
  // The footer's room is the same whoever reloaded last (or nobody did), as the note's is: a /reload that changes
  // no document must leave every page listing the same documents, as its page buttons say (see aboutFingerprint).
  const footerRoom = Math.max(footer.length, t.loadedAtStart(unix).length, t.lastReloadOnChange(unix).length, t.lastReload(unix, escapeText(LONGEST_RELOADER)).length);
  // Every line is counted with its line break. The message holds the heading, the note's room and the footer
  // whatever the corpus, and the files left out at start-up (what a moderator must act on) share the rest with the
  // documents, each getting at least half when both are too many to list: the documents then go on over pages.
  const budget = CONTENT_MAX - 10;
  const noteRoom = t.aboutChanged.length + 1;
  const problems = view.problems ?? [];
  const problemLines: string[] = [];
  const allDocuments = summary.documents.map((d, i) => documentLine(d, i, view.lang));
  if (problems.length > 0) {
    // The problems may take what the documents leave, but never more than half when both are many.
    const fixedRoom = heading.length + footerRoom + 2 + noteRoom;
    const documentsWant = Math.min(Math.floor(budget / 2), allDocuments.reduce((n, l) => n + l.length + 1, 0));
    const share = budget - fixedRoom - documentsWant;
    const header = atStartUp ? t.leftOutAtStart(problems.length) : t.problemsAtReload(problems.length);
    const listed = linesWithin(problems.map(problemLine), share - MORE_ROOM - header.length - 1);
    problemLines.push(header, ...listed);
    if (listed.length < problems.length) problemLines.push(t.andMore(problems.length - listed.length));
  }
  const fixed = [heading, ...problemLines].reduce((n, line) => n + line.length + 1, 0) + footerRoom + 1 + noteRoom;
  const pages = paginate(allDocuments, budget - fixed);
  const page = Math.min(Math.max(0, view.page ?? 0), pages.length - 1);
  const note = view.changed ? [t.aboutChanged] : [];
  const content = [...note, heading, ...pages[page]!, ...problemLines, footer].join('\n');
  const components: ButtonRow[] = [];
  if (pages.length > 1) {
    const list = aboutFingerprint(summary, problems);
    const go = (to: number, label: string, which: string) =>
      to >= 0 && to < pages.length
        ? button(encodeAboutButton({ kind: 'page', page: to, list }), label)
        : button(encodeAboutButton({ kind: 'noop', which }), label, { disabled: true });
    components.push(
      row([
        go(page - 1, t.previous, 'prev'),
        button(encodeAboutButton({ kind: 'noop', which: 'page' }), t.aboutPage(page + 1, pages.length), { disabled: true }),
        go(page + 1, t.next, 'next'),
      ]),
    );
  }
  return { content: clip(content, CONTENT_MAX), components, ephemeral: true };
}

/** Who ran /reload as the footer names them at the longest: "@" and a Discord username (at most 32 characters). */
const LONGEST_RELOADER = `@${'_'.repeat(32)}`;

/** The longest line a document gets; one longer (a long address) is listed without its link. */
const DOCUMENT_LINE_MAX = 600;

function documentLine(d: CorpusSummary['documents'][number], i: number, lang: Lang): string {
  const t = messages(lang);
  const meta = [d.date, d.source].filter((x): x is string => !!x).map((x) => escapeText(truncate(x, 60)));
  const title = truncateTitle(d.title.trim() || d.id, 100);
  const line = (url: string | null) => `${i + 1}\\. ${maskedLink(title, url)}${meta.length > 0 ? ' — ' + meta.join(' · ') : ''} · ${t.passagesCount(d.passages)}`;
  const linked = line(d.url);
  return linked.length <= DOCUMENT_LINE_MAX ? linked : line(null);
}

/** `lines` in consecutive pages of at most `room` characters (each line counted with its line break); at least one page. */
function paginate(lines: readonly string[], room: number): string[][] {
  const pages: string[][] = [];
  let at = 0;
  while (at < lines.length) {
    const page = linesWithin(lines.slice(at), room);
    // A line longer than the room (a bug: the room always holds a document's longest line) still gets a page.
    if (page.length === 0) page.push(truncate(lines[at]!, Math.max(1, room - 1)));
    pages.push(page);
    at += page.length;
  }
  return pages.length > 0 ? pages : [[]];
}

/** Room kept for an "…and N more" line (in either language). */
const MORE_ROOM = 30;

/**
 * One corpus problem as a list item: where (file, line) and why, escaped and bounded. The colon after the line is
 * escaped with it: "notes.md:100:" holds a shortcode.
 */
function problemLine(p: CorpusProblem): string {
  return `- ${escapeText(truncate(`${p.file}${p.line === null ? '' : `:${p.line}`}`, 200) + ':')} ${escapeText(truncate(p.reason, 300))}`;
}

/** /help, its example drawn from the corpus (Library.example; null when it has none, `empty` when nothing is loaded). */
export function renderHelp(lang: Lang, example: ExampleQuestion | null, empty: boolean): OutgoingMessage {
  return { content: messages(lang).help(example === null ? null : example[lang], empty), ephemeral: true };
}

/** A short ephemeral message (refusals, errors, cooldowns). */
export function notice(content: string): OutgoingMessage {
  return { content: truncate(content, CONTENT_MAX), ephemeral: true };
}
