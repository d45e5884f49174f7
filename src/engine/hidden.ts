// What a reader of a rendered Markdown page never sees, taken out of the body before it becomes passages:
//   - HTML comments (`<!-- editor's note: do not publish -->`): writers leave notes there precisely because they
//     stay hidden, and a bot that quoted them would publish them;
//   - lines that hold only images (`![Photo](a.jpg)`, `[![Video](thumb.jpg)](https://…)`, `<img …>`), only HTML
//     tags (`<div align="center">`), only a non-breaking space or a backslash (spacers), link reference
//     definitions (`[1]: https://…`) and thematic breaks (`---`, `***`): markup, not text to answer from.
// Line breaks are always kept, so the body keeps its lines (problems found later still name the right line), a
// comment-only paragraph becomes blank lines (no passage), and a comment inside a sentence leaves the sentence
// whole. Setext headings (`Title` over a line of `===` or `---`) become the ATX headings segmentation knows
// (`# Title`, `## Title`).

export interface VisibleMarkdown {
  text: string;
  /** A comment that is opened and never closed would hide the rest of the file: reported, not obeyed. */
  problems: Array<{ line: number; reason: string }>;
}

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
const COMMENT_WITH_SPACE = /(?: (?=<!--[^]*?--> ))?<!--[^]*?-->/gu;

/** An image: inline with a URL that may hold one level of parentheses and a title, or by reference. */
const IMAGE = String.raw`!\[[^\]\n]*\](?:\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\)|\[[^\]\n]*\])`;
const LINKED_IMAGE = String.raw`\[[ \t]*${IMAGE}[ \t]*\](?:\([^)\s]*\)|\[[^\]\n]*\])`;
const HTML_TAG = String.raw`<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?\/?>`;
const SPACER = String.raw`&nbsp;|&#160;|\\|\u200b|\u00a0`;
/** Lines with nothing a reader would read. */
const MARKUP_LINE = new RegExp(
  [
    String.raw`^[ \t]*(?:(?:${LINKED_IMAGE}|${IMAGE}|${HTML_TAG}|${SPACER})[ \t]*)+$`,
    String.raw`^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$`, // link reference definition
    String.raw`^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$`, // thematic break
  ].join('|'),
  'u',
);
const SETEXT_UNDERLINE = /^[ ]{0,3}(=+|-+)[ \t]*$/u;
const PLAIN_LINE = /^[ ]{0,3}\S/u;
/** Lines that cannot be a setext heading's text: list items, quotes, ATX headings, tables, fences, tags. */
const NOT_HEADING_TEXT = /^[ \t]*(?:[-*+>#|]|\d{1,9}[.)][ \t]|`{3}|~{3}|<)/u;

export function visibleMarkdown(body: string): VisibleMarkdown {
  const problems: VisibleMarkdown['problems'] = [];
  for (let from = 0; ; ) {
    const open = body.indexOf(COMMENT_OPEN, from);
    if (open === -1) break;
    const close = body.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length);
    if (close === -1) {
      problems.push({ line: lineAt(body, open), reason: 'an HTML comment "<!--" opened here is never closed with "-->"' });
      break;
    }
    from = close + COMMENT_CLOSE.length;
  }
  // A comment between two spaces takes one with it ("lanterns <!-- x --> and" → "lanterns and").
  const text = body.replace(COMMENT_WITH_SPACE, (m) => m.replace(/[^\n]/g, ''));
  // Lines are judged once comments are gone, so "<img …> <!-- logo -->" is a markup line too.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && isSetextHeading(line, next, lines[i - 1])) {
      lines[i] = (SETEXT_UNDERLINE.exec(next)![1]!.startsWith('=') ? '# ' : '## ') + line.trim();
      lines[i + 1] = '';
      i++;
      continue;
    }
    if (MARKUP_LINE.test(line)) lines[i] = '';
  }
  return { text: lines.join('\n'), problems };
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

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
