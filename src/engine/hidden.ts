// What a reader of a rendered Markdown page never sees, taken out of the body before it becomes passages:
//   - HTML comments (`<!-- editor's note: do not publish -->`): writers leave notes there precisely because they
//     stay hidden, and a bot that quoted them would publish them;
//   - lines that hold only images (`![Photo](a.jpg)`, `[![Video](thumb.jpg)](https://…)`, `<img …>`), only HTML
//     tags (`<div align="center">`), only a non-breaking space or a backslash (spacers), and link reference
//     definitions (`[1]: https://… "Title"`): markup, not text to answer from.
// A line that is nothing but such markup goes with its line break, so the paragraph around it stays one
// paragraph, as on the page; a comment inside a line goes with the spaces around it but one, so the sentence
// stays whole. Thematic breaks (`---`, `***`) become blank lines: on the page they separate paragraphs.
// Setext headings (`Title` over a line of `===` or `---`) become the ATX headings segmentation knows (`# Title`).
// Fenced code blocks are code: nothing in them is touched.

export interface VisibleMarkdown {
  text: string;
  /** A comment that is opened and never closed would hide the rest of the file: reported, not obeyed. */
  problems: Array<{ line: number; reason: string }>;
}

/** An image: inline with a URL that may hold one level of parentheses and a title, or by reference. */
const IMAGE = String.raw`!\[[^\]\n]*\](?:\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)|\[[^\]\n]*\])`;
const LINKED_IMAGE = String.raw`\[[ \t]*${IMAGE}[ \t]*\](?:\([^)\s]*\)|\[[^\]\n]*\])`;
const HTML_TAG = String.raw`<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?\/?>`;
const SPACER = String.raw`&nbsp;|&#160;|\\|\u200b|\u00a0`;
/** Lines with nothing a reader would read. */
const MARKUP_LINE = new RegExp(
  [
    String.raw`^[ \t]*(?:(?:${LINKED_IMAGE}|${IMAGE}|${HTML_TAG}|${SPACER})[ \t]*)+$`,
    // A link reference definition: a label (not a footnote's "[^1]", which the page shows), a destination and
    // at most a quoted title. "[Update]: acara diundur" is text.
    String.raw`^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?:<[^<>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$`,
  ].join('|'),
  'u',
);
const THEMATIC_BREAK = /^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const SETEXT_UNDERLINE = /^[ ]{0,3}(=+|-+)[ \t]*$/u;
const PLAIN_LINE = /^[ ]{0,3}\S/u;
/** Lines that cannot be a setext heading's text: list items, quotes, ATX headings, tables, fences, tags. */
const NOT_HEADING_TEXT = /^[ \t]*(?:[-*+>#|]|\d{1,9}[.)][ \t]|`{3}|~{3}|<)/u;
/** A comment that fills its lines (only spaces around it), with its last line break. */
const WHOLE_LINE_COMMENT = /^[ \t]*<!--[^]*?-->[ \t]*(?:\n|$)/gmu;
/** A comment inside a line, with the spaces around it. */
const INLINE_COMMENT = /[ \t]*<!--[^]*?-->[ \t]*/gu;

export function visibleMarkdown(body: string): VisibleMarkdown {
  const problems: VisibleMarkdown['problems'] = [];
  const out: string[] = [];
  let lineNo = 1;
  for (const segment of fencedSegments(body)) {
    if (segment.code) out.push(segment.text);
    else {
      const unclosed = unclosedComment(segment.text);
      if (unclosed !== null) problems.push({ line: lineNo + unclosed, reason: 'an HTML comment "<!--" opened here is never closed with "-->"' });
      out.push(readableLines(segment.text));
    }
    lineNo += segment.text.split('\n').length - 1;
  }
  return { text: out.join(''), problems };
}

/** The body cut into fenced code blocks (``` or ~~~ to the matching fence, or the end) and the text between. */
function fencedSegments(body: string): Array<{ code: boolean; text: string }> {
  const segments: Array<{ code: boolean; text: string }> = [];
  const lines = body.split(/(?<=\n)/u);
  let fence: string | null = null;
  let current = '';
  for (const line of lines) {
    const m = /^[ ]{0,3}(`{3,}|~{3,})([^\n]*)/u.exec(line);
    // A backtick fence's info string has no backtick: "```code```" on one line is code inline, not a fence.
    const opener = m && !(m[1]![0] === '`' && m[2]!.includes('`')) ? m[1]! : null;
    if (fence === null && opener !== null) {
      if (current !== '') segments.push({ code: false, text: current });
      current = line;
      fence = opener;
    } else if (fence !== null) {
      current += line;
      if (opener !== null && opener[0] === fence[0] && opener.length >= fence.length && /^[ ]{0,3}[`~]+[ \t]*\n?$/u.test(line)) {
        segments.push({ code: true, text: current });
        current = '';
        fence = null;
      }
    } else current += line;
  }
  if (current !== '') segments.push({ code: fence !== null, text: current });
  return segments;
}

/** The 0-based line (within `text`) of a comment opened and never closed, or null. */
function unclosedComment(text: string): number | null {
  for (let from = 0; ; ) {
    const open = text.indexOf('<!--', from);
    if (open === -1) return null;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return text.slice(0, open).split('\n').length - 1;
    from = close + 3;
  }
}

/** Text outside code as the page shows it: comments and markup lines out, breaks blank, setext headings ATX. */
function readableLines(text: string): string {
  const withoutComments = text.replace(WHOLE_LINE_COMMENT, '').replace(INLINE_COMMENT, (m, at: number, all: string) => {
    // Keep one space between words the comment stood between; none at a line's edge.
    const before = all[at - 1];
    const after = all[at + m.length];
    return before === undefined || before === '\n' || after === undefined || after === '\n' ? '' : ' ';
  });
  const lines = withoutComments.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && isSetextHeading(line, next, out[out.length - 1])) {
      out.push((SETEXT_UNDERLINE.exec(next)![1]!.startsWith('=') ? '# ' : '## ') + line.trim());
      i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) out.push('');
    else if (!MARKUP_LINE.test(line)) out.push(line);
  }
  return out.join('\n');
}

/**
 * Whether `line` is a setext heading's text, `next` its underline: a plain line of text (not a list item, quote,
 * table row, heading or tag) standing alone, with a line of `=` or `-` right under it.
 */
function isSetextHeading(line: string, next: string, previous: string | undefined): boolean {
  return (
    SETEXT_UNDERLINE.test(next) &&
    PLAIN_LINE.test(line) &&
    !NOT_HEADING_TEXT.test(line) &&
    !SETEXT_UNDERLINE.test(line) &&
    (previous === undefined || previous.trim() === '')
  );
}
