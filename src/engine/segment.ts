// Documents → passages, the units that are searched and cited.
//
// A passage is a paragraph (text between blank lines), minus the document's excluded ranges (the seed's
// `date 2024-12 ` prefix and `SOURCE CCTV+` line; what a Markdown page hides is already out of the body, see
// hidden.ts). A paragraph longer than `maxChars` is cut into parts at sentence boundaries, packed so the parts
// come out of similar length; a single sentence longer than that is cut between words. A word is never cut, so
// one unbroken token longer than `maxChars` (a huge URL) stays a part of its own, over the limit.
//
// Markdown headings: a paragraph that is only heading lines is not a passage of its own. It is attached to the
// paragraph that follows (the passage text starts at its `#`), because a section title says what the text
// below it is about and so is worth finding; headings with no paragraph after them are dropped.
//
// Offsets always point into `doc.body`: `doc.body.slice(p.start, p.end) === p.text`. A passage that starts in
// the middle of a table also carries the table's header row (its own slice of the body, before the passage: see
// Passage.tableHeader), so the rows can be shown under their column names.

import type { CorpusDocument, Passage } from './types.ts';
import { closesFence, fenceOf } from './hidden.ts';
import { isHeadingLine, isSpace, openingHeading, skipSpace, splitSentences, type Span } from './sentences.ts';
import { tableHeaderAt, tableHeaders } from './tables.ts';
import { labelOnFirstUse, labelUnread } from './text-title.ts';
import { namedPeriod, refersBack } from './relative-text.ts';
import type { NamedPeriod } from './types.ts';

/**
 * Default upper bound of a passage, in UTF-16 code units. 1,000 keeps every natural paragraph of a write-up
 * whole (the seed's longest is 516; nine tenths of the Wikipedia paragraphs in eval/tydiqa-id are under
 * 1,000) and a whole passage still fits one Discord embed field (1,024). Measured with plain MiniSearch on the
 * eval sets (document MRR@10): 400 cost 0.015-0.02; 700, 1,000, 1,500 and whole documents were within 0.005
 * on tydiqa-id and facqa, while squad-en-id (0.256 at 700-1,000, 0.272 whole) prefers longer passages. So the
 * bound only guards against walls of text; it is not what makes retrieval work.
 */
export const DEFAULT_MAX_CHARS = 1000;

export interface SegmentOptions {
  /** Longest passage, in characters, before a paragraph is split at sentences. Default DEFAULT_MAX_CHARS. */
  maxChars?: number;
}

/** The document fields segmentation reads (a whole CorpusDocument fits). */
export type SegmentableDocument = Pick<CorpusDocument, 'id' | 'title' | 'label' | 'body' | 'excludedRanges' | 'date' | 'source' | 'url' | 'lang' | 'markdown'>;

/** One paragraph: its text pieces (more than one only when an excluded range sits inside it). */
interface ParagraphUnit {
  pieces: Span[];
  /** A fenced code block (Markdown): shown exactly as written. */
  code: boolean;
}

/** Splits a document into passages. Pure and linear in the body's length. */
export function splitPassages(doc: SegmentableDocument, options: SegmentOptions = {}): Passage[] {
  const maxChars = Math.max(1, Math.floor(options.maxChars ?? DEFAULT_MAX_CHARS));
  const { body } = doc;
  const passages: Passage[] = [];
  let paragraph = 0;
  /**
   * Where each table row's table starts, shared by the calls for the parts of one long table (see tableHeaderAt).
   */
  const tableTops = new Map<number, number>();
  // A label not read yet stays so: each passage reads its document's when it is first asked for (see
  // text-title.ts).
  const labelLater = labelUnread(doc);
  let previous: ParagraphUnit | null = null;
  // The period the earlier passages name, read up to `named.upTo` only when a passage refers back to one
  // (Passage.namedBefore): most never do, so most documents are never read for it.
  const named: { upTo: number; period: NamedPeriod | undefined } = { upTo: 0, period: undefined };
  for (const unit of paragraphUnits(body, doc.excludedRanges, doc.markdown ?? false)) {
    paragraph += 1;
    const intro = unit.code ? null : tableIntro(body, previous, unit);
    previous = unit;
    const parts: Span[] = [];
    for (const [s, e] of unit.pieces) {
      if (e - s <= maxChars) parts.push([s, e]);
      else {
        const sentences = withHeadingsGlued(body, splitSentences(body, s, e));
        for (const part of pack(sentences, maxChars, (span) => wordSpans(body, span))) parts.push(part);
      }
    }
    // The heading a long paragraph opens with names its later parts' section too (Passage.sectionHeading).
    const heading = parts.length > 1 ? openingHeading(body, parts[0]![0]) : null;
    parts.forEach(([start, end], k) => {
      // A later part of a long table starts with rows: the header row above them goes with it as context.
      const header = unit.code ? null : tableHeaderAt(body, start, tableTops);
      const text = body.slice(start, end);
      const back = !unit.code && refersBack(text);
      if (back) {
        for (; named.upTo < passages.length; named.upTo++) {
          const earlier = passages[named.upTo]!;
          if (earlier.code !== true) named.period = namedPeriod(earlier.text, doc.date, named.period);
        }
      }
      const passage: Passage = {
        id: `${doc.id}#${passages.length + 1}`,
        docId: doc.id,
        title: doc.title,
        ...(labelLater || doc.label === undefined ? {} : { label: doc.label }),
        paragraph,
        part: k + 1,
        parts: parts.length,
        text,
        start,
        end,
        date: doc.date,
        source: doc.source,
        url: doc.url,
        lang: doc.lang,
        ...(doc.markdown ? { markdown: true } : {}),
        ...(unit.code ? { code: true } : {}),
        ...(Array.isArray(header) ? { tableHeader: { text: body.slice(header[0], header[1]), start: header[0], end: header[1] } } : {}),
        ...(k > 0 && heading !== null ? { sectionHeading: heading } : {}),
        ...(intro !== null ? { tableIntro: intro } : {}),
        ...(back && named.period !== undefined ? { namedBefore: named.period } : {}),
      };
      passages.push(labelLater ? labelOnFirstUse(passage, { of: doc }) : passage);
    });
  }
  return passages;
}

/** The longest paragraph read as what the table after it is of (see tableIntro): a line or two. */
const MAX_TABLE_INTRO = 300;

/**
 * The text of the paragraph just before `unit` when `unit` opens with a table's header row and that paragraph is
 * short (MAX_TABLE_INTRO) and no table or code itself: it says what the table is of (Passage.tableIntro).
 */
function tableIntro(body: string, previous: ParagraphUnit | null, unit: ParagraphUnit): string | null {
  if (previous === null || previous.code) return null;
  const [s, e] = unit.pieces[0]!;
  if (body.charCodeAt(s) !== 0x7c || tableHeaders(body.slice(s, e))[0]?.[0] !== 0) return null;
  const start = previous.pieces[0]![0];
  const end = previous.pieces[previous.pieces.length - 1]![1];
  if (end - start > MAX_TABLE_INTRO) return null;
  const text = body.slice(start, end);
  return text.includes('|') ? null : text;
}

/** Whether a body holds any passage text once metadata and lone headings are set aside. */
export function hasPassageText(body: string, excludedRanges: CorpusDocument['excludedRanges']): boolean {
  return paragraphUnits(body, excludedRanges, false).length > 0;
}

/** The paragraphs that become passages, with metadata cut out and lone headings joined to what follows. */
function paragraphUnits(body: string, excludedRanges: CorpusDocument['excludedRanges'], markdown: boolean): ParagraphUnit[] {
  const ranges = normaliseRanges(excludedRanges, body.length);
  const units: ParagraphUnit[] = [];
  let pendingHeading: number | null = null;
  /** Level of the last heading waiting (1 for `#`). */
  let pendingLevel = 0;
  /** A paragraph ending in a colon, waiting for the paragraph it announces. */
  let lead: ParagraphUnit | null = null;
  let r = 0; // first excluded range that may still overlap the current block (blocks and ranges are sorted)
  for (const { span: [bs, be], code } of paragraphBlocks(body, markdown)) {
    while (r < ranges.length && ranges[r]![1] <= bs) r++;
    const pieces: Span[] = [];
    let cursor = bs;
    for (let k = r; k < ranges.length && ranges[k]![0] < be; k++) {
      const [ms, me] = ranges[k]!;
      if (ms > cursor) addTrimmed(pieces, body, cursor, ms);
      cursor = Math.max(cursor, me);
    }
    if (cursor < be) addTrimmed(pieces, body, cursor, be);
    if (pieces.length === 0) continue;
    // (The paragraph's own text, before a heading or a lead above joins it: a chat heading is read of that alone.)
    const ownStart = pieces[0]![0];

    // A heading waits for the text under it. One at the same level as the last waiting heading or above it
    // ("## Sponsor" after an empty "## Hasil") starts a new section: what waited had no text of its own.
    const level = headingLevel(body, pieces[0]![0]);
    if (pendingHeading !== null && level !== null && level <= pendingLevel) pendingHeading = null;
    if (pieces.length === 1 && isHeadingBlock(body, pieces[0]!)) {
      // A heading starts a section: a paragraph still waiting for what it announced is left on its own.
      if (lead !== null) units.push(lead);
      lead = null;
      pendingHeading ??= pieces[0]![0];
      pendingLevel = lastHeadingLevel(body, pieces[0]!);
      continue;
    }
    if (pendingHeading !== null) {
      const first = pieces[0]!;
      // Join only when no metadata lies between heading and text: a passage is one contiguous slice of body.
      if (!ranges.some(([ms, me]) => ms < first[0] && me > pendingHeading!)) first[0] = pendingHeading;
      pendingHeading = null;
    }
    // A paragraph that ends in a colon ("Agenda:", "Para pemenang adalah sebagai berikut:") announces the one
    // after it, typically a list: alone it answers nothing, and the list under it loses what it is a list of.
    // So it waits like a heading and joins the paragraph it announces: the very next one, one blank line below.
    // Not a code block (shown as written), not a new section (a heading line), and not across anything between
    // them: metadata, or what a Markdown page hides (an image, a comment, a rule), which leaves more blank lines.
    if (lead !== null) {
      const first = pieces[0]!;
      const [leadStart, leadEnd] = lead.pieces[0]!;
      const adjacent = body.slice(leadEnd, first[0]).split('\n').length === 3;
      if (!code && level === null && adjacent && !ranges.some(([ms, me]) => ms < first[0] && me > leadStart)) first[0] = leadStart;
      else units.push(lead);
      lead = null;
    }
    const unit = { pieces, code };
    // (So does a greeting line, "Selamat pagi Bapak/Ibu 🙏", under a heading or not: alone it answers nothing, and
    // the heading above it joined it only, not the post it heads.)
    const ownEnd = pieces[0]![1];
    if (!code && pieces.length === 1 && (endsWithColon(body, pieces[0]!) || isChatHeading(body, ownStart, ownEnd) || isGreeting(body, ownStart, ownEnd))) lead = unit;
    else units.push(unit);
  }
  if (lead !== null) units.push(lead);
  return units;
}

/**
 * A line that is all bold between symbols or emoji ("📢 *PENGUMUMAN KOMITE SEKOLAH* 📢", "**Hasil**"): a chat post's
 * heading (WhatsApp bolds with one asterisk), pasted as a paragraph of its own. Alone it says only the title's words,
 * which tie it with, and rank it before, the paragraph that answers; so it joins the paragraph under it, as a
 * colon's lead does. One line, no letter or digit outside the bold.
 */
const CHAT_HEADING = /^[^\p{L}\p{N}*\n]*(\*\*?)[^*\n]*[\p{L}\p{N}][^*\n]*\1[^\p{L}\p{N}*\n]*$/u;

/** Whether a paragraph, body[s, e), is one line that is all bold (see CHAT_HEADING). */
function isChatHeading(body: string, s: number, e: number): boolean {
  return CHAT_HEADING.test(body.slice(s, e));
}

/**
 * A greeting line: one line that opens with a greeting ("Selamat pagi", "Assalamu'alaikum", "Halo", "Yth.", "Dear",
 * "Good morning") and says no more than whom it greets ("Bapak/Ibu wali murid kelas 4-6 🙏": a few words, no
 * second sentence, "Halo member SRR! Iuran … dibuka." is one). It joins the paragraph under it, as a colon's lead
 * does.
 */
const GREETING = /^[^\p{L}\p{N}\n]*(?:selamat\s+(?:pagi|siang|sore|malam)|ass?alamu['’]?\s?alaikum|ass?alamualaikum|salam|shalom|om\s+swastiastu|halo+|hallo+|hai+|hi|hello|dear|yth|kepada\s+yth|good\s+(?:morning|afternoon|evening))(?![\p{L}-])/iu;
/**
 * A second sentence after the greeting: "!" or "?" then a word, or a full stop after a word of four letters or more
 * ("Halo semua. Latihan besok dibatalkan."), not an abbreviation's ("Yth. Bapak/Ibu", "wr. wb. Bapak/Ibu").
 */
const SECOND_SENTENCE = /(?:[!?]+|(?<=\p{L}{4})\.)\s+[\p{L}\p{N}]/u;
const GREETING_WORD = /\p{L}+/gu;
/** The most words a greeting line says (its greeting and whom it greets). */
const MAX_GREETING_WORDS = 10;

/** Whether a paragraph, body[s, e), is a greeting line (see GREETING). */
function isGreeting(body: string, s: number, e: number): boolean {
  const text = body.slice(s, e);
  return !text.includes('\n') && GREETING.test(text) && !SECOND_SENTENCE.test(text) && (text.match(GREETING_WORD)?.length ?? 0) <= MAX_GREETING_WORDS;
}

/** Whether a paragraph's text ends in a colon (see paragraphUnits). */
function endsWithColon(body: string, [s, e]: Span): boolean {
  return e > s && (body[e - 1] === ':' || body[e - 1] === '：');
}

/**
 * Blocks of consecutive non-blank lines: [start of first line, end of last line's content). In Markdown a fenced
 * code block (``` or ~~~ to the matching fence) is a block of its own, blank lines and all: one paragraph, as the
 * page shows it, whose `# comment` lines are code, not headings.
 */
function paragraphBlocks(body: string, markdown: boolean): Array<{ span: Span; code: boolean }> {
  const blocks: Array<{ span: Span; code: boolean }> = [];
  let blockStart = -1;
  let blockEnd = -1;
  let fence: string | null = null;
  const end = (code: boolean) => {
    if (blockStart !== -1) blocks.push({ span: [blockStart, blockEnd], code });
    blockStart = -1;
  };
  let pos = 0;
  while (pos <= body.length) {
    const br = body.indexOf('\n', pos);
    const lineEnd = br === -1 ? body.length : br;
    const line = body.slice(pos, lineEnd);
    const opener = markdown ? fenceOf(line) : undefined;
    if (fence !== null) {
      blockEnd = lineEnd;
      if (closesFence(line, fence)) {
        fence = null;
        end(true);
      }
    } else if (opener !== undefined) {
      end(false);
      fence = opener;
      blockStart = pos;
      blockEnd = lineEnd;
    } else if (skipSpace(body, pos, lineEnd) === lineEnd) {
      end(false);
    } else {
      if (blockStart === -1) blockStart = pos;
      blockEnd = lineEnd;
    }
    if (br === -1) break;
    pos = br + 1;
  }
  end(fence !== null);
  return blocks;
}

/** The level of the heading line starting at `at` (1 for `#`, 6 for `######`), or null if it is not one. */
function headingLevel(body: string, at: number): number | null {
  const m = /^[ \t]{0,3}(#{1,6})(?:[ \t]|$)/m.exec(body.slice(at, at + 80));
  return m && m.index === 0 ? m[1]!.length : null;
}

/** The level of the last heading line of a block of headings. */
function lastHeadingLevel(body: string, [s, e]: Span): number {
  let level = 0;
  for (let pos = s; pos < e; ) {
    const br = body.indexOf('\n', pos);
    const lineEnd = br === -1 || br > e ? e : br;
    level = headingLevel(body, pos) ?? level;
    pos = lineEnd + 1;
  }
  return level;
}

function isHeadingBlock(body: string, [s, e]: Span): boolean {
  let pos = s;
  while (pos < e) {
    const br = body.indexOf('\n', pos);
    const lineEnd = br === -1 || br > e ? e : br;
    const line = body.slice(pos, lineEnd);
    if (line.trim() !== '' && !isHeadingLine(line.trimStart())) return false;
    pos = lineEnd + 1;
  }
  return true;
}

/**
 * Sentence spans with every heading joined to the sentence after it. A heading ends a sentence (see
 * sentences.ts), so packing could otherwise emit it alone: when the next sentence is longer than a passage and
 * must be cut between words, the heading would be left behind as a part that says nothing but its title.
 */
function withHeadingsGlued(body: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let heading: number | null = null;
  for (const span of spans) {
    if (isHeadingBlock(body, span)) heading ??= span[0];
    else {
      out.push(heading === null ? span : [heading, span[1]]);
      heading = null;
    }
  }
  // Headings with nothing after them stay as they were (paragraphUnits already drops trailing lone headings).
  if (heading !== null) out.push([heading, spans[spans.length - 1]![1]]);
  return out;
}

/**
 * Groups consecutive spans into parts of at most `maxChars` (from the first span's start to the last's end).
 * Each part aims at an even share of what is left, so a long paragraph becomes parts of similar size rather
 * than full parts and a stub. A span longer than `maxChars` is broken by `splitLong` (when given) and packed
 * on its own; an unbreakable one is emitted as it is.
 */
function pack(spans: Span[], maxChars: number, splitLong?: (span: Span) => Span[]): Span[] {
  const out: Span[] = [];
  const last = spans[spans.length - 1];
  if (!last) return out;
  const end = last[1];
  let cur: Span | null = null;
  let target = 0;
  for (const span of spans) {
    const [s, e] = span;
    if (e - s > maxChars) {
      if (cur) out.push(cur);
      cur = null;
      const pieces = splitLong ? splitLong(span) : [span];
      if (pieces.length > 1) out.push(...pack(pieces, maxChars));
      else out.push(span);
      continue;
    }
    if (cur) {
      const [cs] = cur;
      if (e - cs > maxChars || (s + e) / 2 - cs > target) {
        out.push(cur);
        cur = null;
      } else {
        cur[1] = e;
        continue;
      }
    }
    cur = [s, e];
    const remaining = end - s;
    target = remaining / Math.ceil(remaining / maxChars);
  }
  if (cur) out.push(cur);
  return out;
}

/** Maximal runs of non-space characters in a span. */
function wordSpans(text: string, [s, e]: Span): Span[] {
  const words: Span[] = [];
  let i = s;
  while (i < e) {
    i = skipSpace(text, i, e);
    if (i >= e) break;
    const ws = i;
    while (i < e && !isSpace(text.charCodeAt(i))) i++;
    words.push([ws, i]);
  }
  return words;
}

function addTrimmed(pieces: Span[], body: string, s: number, e: number): void {
  s = skipSpace(body, s, e);
  while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
  if (e > s) pieces.push([s, e]);
}

/** Sorted, clamped, merged copy of the excluded ranges. */
function normaliseRanges(ranges: CorpusDocument['excludedRanges'], length: number): Span[] {
  const sorted = ranges
    .map(([s, e]): Span => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const range of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && range[0] <= prev[1]) prev[1] = Math.max(prev[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
