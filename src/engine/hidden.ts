// What a reader of a rendered Markdown page never sees, taken out of the body before it becomes passages, the way
// CommonMark renders it:
//   - HTML comments (`<!-- editor's note: do not publish -->`): writers leave notes there precisely because they
//     stay hidden, and a bot that quoted them would publish them. A comment that starts a line is a block: it
//     separates paragraphs, and text after its `-->` on the closing line still shows. A comment inside a line
//     goes with the spaces around it but one, so the sentence stays whole.
//   - lines that hold only images or inline tags (`![Photo](a.jpg)`, `<img …>`) or spacers (`&nbsp;`, `\`): they
//     sit inside the paragraph, which stays one paragraph without them;
//   - lines of block-level HTML tags (`<div align="center">`, `</details>`) and thematic breaks (`---`): they
//     separate paragraphs, and become blank lines;
//   - link reference definitions (`[1]: https://… "Title"`) that stand as blocks of their own (inside a paragraph
//     such a line is text).
// Setext headings (`Title` over a line of `===` or `---`) become the ATX headings segmentation knows (`# Title`).
// Fenced code blocks and code spans are code: nothing in them is touched. Linear in the length of the text.

import { isHeadingLine } from './sentences.ts';

export interface VisibleMarkdown {
  text: string;
  /** A comment that is opened and never closed would hide the rest of the file: reported, not obeyed. */
  problems: Array<{ line: number; reason: string }>;
  /** The 1-based source line of each 1-based line of `text`, for problems found in the text later. */
  sourceLine(line: number): number;
}

/** An image: inline with a URL that may hold one level of parentheses and a title, or by reference. */
const IMAGE = String.raw`!\[[^\]\n]*\](?:\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)|\[[^\]\n]*\])`;
const LINKED_IMAGE = String.raw`\[[ \t]*${IMAGE}[ \t]*\](?:\([^)\s]*\)|\[[^\]\n]*\])`;
const INLINE_TAG = String.raw`<\/?[A-Za-z][A-Za-z0-9-]*\b[^<>\n]*\/?>`;
const SPACER = String.raw`&nbsp;|&#160;|\\|\u200b|\u00a0`;
/** Lines with nothing a reader would read, inside a paragraph. */
const INLINE_MARKUP_LINE = new RegExp(String.raw`^[ \t]*(?:(?:${LINKED_IMAGE}|${IMAGE}|${INLINE_TAG}|${SPACER})[ \t]*)+$`, 'iu');
/** Lines of block-level HTML tags only: a block of their own, separating paragraphs. */
const BLOCK_TAG_LINE = /^[ ]{0,3}(?:<\/?(?:div|details|summary|p|section|article|aside|center|table|thead|tbody|tr|td|th|ul|ol|li|figure|figcaption|blockquote|hr|header|footer|nav|main)\b[^<>\n]*\/?>[ \t]*)+$/iu;
/** A link reference definition: a label (not a footnote's "[^1]", which the page shows), a destination, a title. */
const REFERENCE_DEFINITION = /^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?:<[^<>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/u;
const THEMATIC_BREAK = /^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const SETEXT_UNDERLINE = /^[ ]{0,3}(=+|-+)[ \t]*$/u;
/** Lines that cannot be a setext heading's text: list items, quotes, ATX headings, tables, tags. */
const NOT_HEADING_TEXT = /^[ \t]*(?:[-*+>#|]|\d{1,9}[.)][ \t]|<)/u;
const COMMENT_BLOCK_START = /^[ ]{0,3}<!--/u;
const HIDDEN_BLOCK_START = /^[ ]{0,3}<(script|style)(?:[\s>]|$)/iu;

export function visibleMarkdown(body: string): VisibleMarkdown {
  const lines = body.split('\n');
  const problems: VisibleMarkdown['problems'] = [];
  const out: string[] = [];
  const from: number[] = []; // source line (0-based) of each output line
  const push = (line: string, source: number) => {
    out.push(line);
    from.push(source);
  };
  const blank = () => out.length === 0 || out[out.length - 1]!.trim() === '';
  let fence: string | null = null;
  const scan = { noEndBefore: -1 };
  /** A reference definition may stand here though the line above is not blank: after a heading or a definition. */
  let definitionMayFollow = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (fence !== null) {
      push(line, i);
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const opener = fenceOf(line);
    if (opener !== undefined) {
      fence = opener;
      push(line, i);
      continue;
    }
    const hiddenBlock = HIDDEN_BLOCK_START.exec(line)?.[1]?.toLowerCase();
    if (hiddenBlock !== undefined) {
      // <script> and <style> blocks: code for the browser, never shown; they run to their closing tag.
      const closing = `</${hiddenBlock}>`;
      let k = i;
      while (k < lines.length && !lines[k]!.toLowerCase().includes(closing)) k++;
      push('', i);
      i = Math.min(k, lines.length - 1);
      continue;
    }
    if (COMMENT_BLOCK_START.test(line)) {
      // An HTML block: it runs to the line that holds "-->", fences and all; what follows "-->" there shows.
      const start = line.indexOf('<!--');
      let k = i;
      let close = line.indexOf('-->', start + 4);
      while (close === -1 && k + 1 < lines.length) close = lines[++k]!.indexOf('-->');
      if (close === -1) {
        problems.push({ line: i + 1, reason: 'an HTML comment "<!--" opened here is never closed with "-->"' });
        for (; i < lines.length; i++) push(lines[i]!, i);
        break;
      }
      push('', i);
      const after = withoutInlineComments(lines[k]!.slice(close + 3), k, lines, scan);
      i = k + after.consumed;
      if (after.text.trim() !== '') push(after.text.trim(), k);
      continue;
    }
    const inline = withoutInlineComments(line, i, lines, scan);
    const consumed = inline.consumed;
    if (inline.text.trim() === '' && line.trim() !== '') {
      // Nothing but a comment (indented, or tabbed): gone with its line, the paragraph around it stays one.
      i += consumed;
      continue;
    }
    line = inline.text;
    const next = lines[i + consumed + 1];
    if (next !== undefined && fenceOf(next) === undefined && SETEXT_UNDERLINE.test(next) && isHeadingText(line, blank())) {
      push(atxMarks(next) + line.trim(), i);
      i += consumed + 1;
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && !blank()) {
      // Under a paragraph of several lines: all of them are the heading (a few: a long paragraph is not a
      // heading, and looking further back for each underline would be quadratic).
      let k = out.length;
      while (k > 0 && out.length - k < 8 && out[k - 1]!.trim() !== '') k--;
      const lines = out.slice(k);
      if ((k === 0 || out[k - 1]!.trim() === '') && lines.every((l) => /^[ ]{0,3}\S/u.test(l) && !NOT_HEADING_TEXT.test(l))) {
        const source = from[k]!;
        out.length = k;
        from.length = k;
        push(atxMarks(line) + lines.map((l) => l.trim()).join(' '), source);
        i += consumed;
        continue;
      }
    }
    if (THEMATIC_BREAK.test(line) || BLOCK_TAG_LINE.test(line)) push('', i);
    else if (INLINE_MARKUP_LINE.test(line)) {
      // Inside a paragraph it goes; standing alone it leaves a blank line, so paragraphs around stay apart.
      if (blank()) push('', i);
    } else if (REFERENCE_DEFINITION.test(line) && (blank() || definitionMayFollow)) {
      definitionMayFollow = true;
      continue;
    } else push(line, i);
    definitionMayFollow = isHeadingLine(line);
    i += consumed;
  }
  return {
    text: out.join('\n'),
    problems,
    sourceLine: (line) => (from[line - 1] ?? from[from.length - 1] ?? line - 1) + 1,
  };
}

/**
 * `line` without the comments inside it (outside code spans), each taking the spaces around it but one. A comment
 * still open at the line's end runs on into the next lines of the paragraph: `consumed` says how many it took.
 * One pass over the line, with its code spans found once.
 */
function withoutInlineComments(line: string, index: number, lines: string[], scan: { noEndBefore: number }): { text: string; consumed: number } {
  let text = line;
  let consumed = 0;
  let spans = codeSpans(text);
  let out = '';
  let pos = 0;
  let span = 0;
  for (let at = text.indexOf('<!--', pos); at !== -1; at = text.indexOf('<!--', pos)) {
    while (span < spans.length && spans[span]![1] <= at) span++;
    if (span < spans.length && spans[span]![0] <= at) {
      // Inside a code span: text, not a comment.
      out += text.slice(pos, spans[span]![1]);
      pos = spans[span]![1];
      continue;
    }
    // "<!-->" and "<!--->" are whole (empty) comments.
    const empty = text.startsWith('>', at + 4) ? at + 2 : text.startsWith('->', at + 4) ? at + 3 : -1;
    let close = empty !== -1 ? empty : text.indexOf('-->', at + 4);
    if (close === -1 && index + consumed + 1 > scan.noEndBefore) {
      // Look for the end in the rest of the paragraph first, then join those lines once. A look that found none
      // is remembered: the lines it passed have no end either (so a paragraph of openers costs one pass).
      let k = index + consumed + 1;
      while (k < lines.length && lines[k]!.trim() !== '' && !lines[k]!.includes('-->')) k++;
      if (k >= lines.length || lines[k]!.trim() === '') scan.noEndBefore = k;
      else {
        for (consumed++; index + consumed <= k; consumed++) text += ' ' + lines[index + consumed]!;
        consumed--;
        spans = codeSpans(text);
        close = text.indexOf('-->', at + 4);
      }
    }
    if (close === -1) {
      // Not closed within its paragraph: on the page that is text, not a comment.
      break;
    }
    let start = at;
    while (start > pos && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    let end = close + 3;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    const before = out.length > 0 || start > 0;
    out += text.slice(pos, start) + (before && end < text.length && start > 0 ? ' ' : '');
    pos = end;
  }
  return { text: out + text.slice(pos), consumed };
}

/** The code spans of a line (`` `x` ``, ``` `` a ` b `` ```): a run of backticks up to the next run as long. */
export function codeSpans(line: string): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('`', i);
    if (open === -1) break;
    let n = open;
    while (line[n] === '`') n++;
    const run = n - open;
    let j = n;
    let closed = -1;
    while (j < line.length) {
      const k = line.indexOf('`', j);
      if (k === -1) break;
      let m = k;
      while (line[m] === '`') m++;
      if (m - k === run) {
        closed = m;
        break;
      }
      j = m;
    }
    if (closed === -1) {
      i = n; // an unmatched run is text
      continue;
    }
    spans.push([open, closed]);
    i = closed;
  }
  return spans;
}

/** The fence a line opens or closes a code block with (``` or ~~~), or undefined. */
export function fenceOf(line: string): string | undefined {
  const m = /^[ ]{0,3}(`{3,}|~{3,})(.*)$/u.exec(line);
  // A backtick fence's info string has no backtick: "```code```" on one line is code inline, not a fence.
  return m && !(m[1]![0] === '`' && m[2]!.includes('`')) ? m[1] : undefined;
}

/** Whether `line` closes the code block `fence` opened. */
export function closesFence(line: string, fence: string): boolean {
  const m = /^[ ]{0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line);
  return m !== null && m[1]![0] === fence[0] && m[1]!.length >= fence.length;
}

/** The ATX marks a setext underline stands for: `===` a first-level heading, `---` a second-level one. */
function atxMarks(underline: string): string {
  return underline.trim().startsWith('=') ? '# ' : '## ';
}

/** Whether `line` can be a setext heading's text: plain text standing alone (after a blank line). */
function isHeadingText(line: string, afterBlank: boolean): boolean {
  return afterBlank && /^[ ]{0,3}\S/u.test(line) && !NOT_HEADING_TEXT.test(line) && !SETEXT_UNDERLINE.test(line);
}
