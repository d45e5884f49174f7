// Parts of a Markdown body that a reader of the rendered page never sees, so they are never passage text:
//   - HTML comments (`<!-- editor's note: do not publish -->`): writers leave notes there precisely because they
//     stay hidden, and a bot that quoted them would publish them;
//   - lines that hold only images (`![Photo of the parade](parade.jpg)`): a picture is not text to answer from,
//     and its Markdown alone would be a passage of syntax.
// They are returned as ranges of the body, which segmentation leaves out like the text's metadata.

export interface HiddenParts {
  ranges: Array<[start: number, end: number]>;
  /** A comment that is opened and never closed would hide the rest of the file: reported, not obeyed. */
  problems: Array<{ line: number; reason: string }>;
}

const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';
/** One or more Markdown images, and nothing else but spaces, on a line. */
const IMAGES_ONLY_LINE = /^[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)[ \t]*)+\r?$/gmu;

export function hiddenParts(body: string): HiddenParts {
  const result: HiddenParts = { ranges: [], problems: [] };
  let from = 0;
  for (;;) {
    const open = body.indexOf(COMMENT_OPEN, from);
    if (open === -1) break;
    const close = body.indexOf(COMMENT_CLOSE, open + COMMENT_OPEN.length);
    if (close === -1) {
      result.problems.push({ line: lineAt(body, open), reason: 'an HTML comment "<!--" opened here is never closed with "-->"' });
      break;
    }
    from = close + COMMENT_CLOSE.length;
    result.ranges.push([open, from]);
  }
  for (const m of body.matchAll(IMAGES_ONLY_LINE)) {
    // Inside a comment already: nothing to add.
    if (!result.ranges.some(([s, e]) => m.index >= s && m.index < e)) result.ranges.push([m.index, m.index + m[0].length]);
  }
  return result;
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
