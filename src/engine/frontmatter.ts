// The front-matter block of a Markdown/text document: a tiny YAML subset, parsed by hand so that a broken
// block is reported with its line instead of pulling in a YAML library (and its many ways to surprise).
//
//   ---
//   id: forum-2024
//   title: "Forum: media & AI"   # quotes are optional; ` # ` starts a comment (` #` outside titles and sources)
//   lang: id
//   ---
//
// Only flat `key: value` lines, blank lines and `#` comment lines are allowed. Unknown keys are ignored with
// whatever Jekyll or Hugo put under them (indented lines, a `- item` list at the key's own indentation, a `|` or
// `>` block of text), so front matter copied from a static site does not break a file. Known keys must not
// repeat, and take their value on the key's own line.

import { ellipsize } from './cut.ts';
import { oneEditApart } from './swaps.ts';

/** The keys tanya understands (also in Indonesian: judul, tanggal, sumber, tautan, bahasa); others are ignored. */
export const FRONT_MATTER_KEYS = ['id', 'title', 'date', 'source', 'url', 'lang'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

export interface FrontMatterProblem {
  /** 1-based line in the text that was parsed (the file, once a BOM is stripped). */
  line: number;
  reason: string;
}

export interface FrontMatter {
  /** Values of the known keys that were present and not empty, unquoted and trimmed. */
  data: Partial<Record<FrontMatterKey, string>>;
  /** 1-based line of each key, to point problems found later (a bad id, a bad date) at the right line. */
  lines: Partial<Record<FrontMatterKey, number>>;
  /** False when the block is never closed: then nothing after it can be trusted as body. */
  closed: boolean;
  /** Offset in the text where the body starts (just after the closing delimiter's line break). */
  bodyStart: number;
  /** Number of lines the block takes, delimiters included: body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
  problems: FrontMatterProblem[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/;
/** A YAML block scalar's header (`|`, `>-`, `|2` …): the value is on the indented lines below. */
const BLOCK_SCALAR = /^[|>][-+0-9]*(?:[ \t]+#.*)?$/;
/** A YAML list item written at the key's own indentation, as `tags:\n- a` may be. */
const LIST_ITEM = /^-(?:[ \t]|$)/;
const KNOWN = new Set<string>(FRONT_MATTER_KEYS);
/** A line of dashes only, of any kind and number, maybe spaced ("--", "----", "—", "- - -"). */
const DASHES = /^[ \t]*[-‐‑‒–—―](?:[ \t]*[-‐‑‒–—―])*[ \t]*$/u;
/**
 * The keys as an Indonesian moderator writes them. Unknown keys are ignored, so `tanggal: 2025-07-01` had left a
 * write-up undated (never the "terbaru") and `judul:` untitled, with "no problems" said of the file.
 */
const INDONESIAN_KEYS: ReadonlyMap<string, FrontMatterKey> = new Map([
  ['judul', 'title'],
  ['tanggal', 'date'],
  ['sumber', 'source'],
  ['tautan', 'url'],
  ['bahasa', 'lang'],
]);

/**
 * The key a misspelt one was meant to be ("tittle", "tangal", "sorce"), or null. Unknown keys are ignored, so such
 * a slip silently lost a title or a date; a key of another tool (tags, layout, author, slug) is no letter away
 * from one of ours. Short words are left alone: one letter changes too much of them. So is a key whose first
 * letter differs, and one with a letter replaced in a four-letter key: those are other words ("number" for a
 * meetup's number is no "sumber", "long" beside "lat" no "lang", "rate" and "data" no "date"), and a problem
 * rejects the file (a reload keeps serving its previous version).
 */
export function misspeltKey(written: string): string | null {
  const key = written.toLowerCase();
  if (key.length < 4) return null;
  const near = [...FRONT_MATTER_KEYS, ...INDONESIAN_KEYS.keys()].filter(
    (known) => key[0] === known[0] && oneEditApart(key, known, known.length >= 5),
  );
  return near.length === 1 ? near[0]! : null;
}

/** The key tanya reads under a written name ("Title", "judul" → title), or null for a key it ignores. */
export function knownKey(written: string): FrontMatterKey | null {
  const key = written.toLowerCase();
  return INDONESIAN_KEYS.get(key) ?? (KNOWN.has(key) ? (key as FrontMatterKey) : null);
}

/**
 * Parses the front-matter block at the very start of `text`, or returns null when the text does not start with
 * a `---` line (then the whole text is body). Never throws: problems are returned with their lines. When the
 * block is never closed, `bodyStart` is the text's length (nothing after it can be trusted as body).
 */
export function parseFrontMatter(text: string): FrontMatter | null {
  const firstBreak = text.indexOf('\n');
  const firstLine = stripCr(firstBreak === -1 ? text : text.slice(0, firstBreak));
  if (!OPEN.test(firstLine)) return null;
  // A "---" whose first line of content is no "key: value" (nor a comment, nor the closing line, nor a key written
  // with a slip: see slippedBlock) opens no front matter: it is a thematic break above prose, as a Markdown page
  // shows it.
  const rest = text
    .slice(firstBreak === -1 ? text.length : firstBreak + 1)
    .split('\n')
    .map(stripCr);
  const firstContent = rest.find((l) => l.trim() !== '');
  if (firstContent !== undefined && !KEY_VALUE.test(firstContent) && !CLOSE.test(firstContent) && !/^[ \t]*#/.test(firstContent) && !slippedBlock(rest)) {
    return null;
  }

  const data: FrontMatter['data'] = {};
  const lines: FrontMatter['lines'] = {};
  const problems: FrontMatterProblem[] = [];
  let pos = firstBreak === -1 ? text.length : firstBreak + 1;
  let lineNo = 1;
  // What is being skipped under the last key: its indented lines (a YAML map, list or block scalar that tanya
  // does not read), and for a key with no value also `- item` lines at column 0 (a YAML list may sit there).
  let skipping: 'nothing' | 'indented' | 'list' = 'nothing';
  // Where the block most likely was meant to end, for the message when it is never closed.
  let firstStray: number | null = null;
  let meantToClose: { line: number; text: string } | null = null;
  // Unknown keys one slip away from a known one, reported when the block closes (see there).
  const misspelt: Array<{ line: number; written: string; meant: string }> = [];
  const given = new Set<string>(); // the known keys written, lowercased as written ("judul", "title")
  const writtenAs: Partial<Record<FrontMatterKey, string>> = {}; // each key's name where it was first given

  while (pos < text.length) {
    lineNo += 1;
    const br = text.indexOf('\n', pos);
    const lineEnd = br === -1 ? text.length : br;
    const line = stripCr(text.slice(pos, lineEnd));
    pos = br === -1 ? text.length : br + 1;

    if (CLOSE.test(line)) {
      // A key near one that is given too ("sources" beside "source") was written on purpose, for another tool.
      for (const { line, written, meant } of misspelt) {
        if (!given.has(meant)) problems.push({ line, reason: `front matter: unknown key "${written}": did you mean "${meant}"?` });
      }
      problems.sort((a, b) => a.line - b.line);
      return { data, lines, closed: true, bodyStart: pos, bodyLineOffset: lineNo, problems };
    }
    if (line.trim() === '') {
      firstStray ??= lineNo;
      continue;
    }
    if (/^[ \t]*#/.test(line)) continue;
    if (/^[ \t]/.test(line)) {
      const indentedKey = SLIPPED_KEY.exec(line)?.[1];
      if (skipping !== 'nothing') continue;
      problems.push({
        line: lineNo,
        reason:
          indentedKey !== undefined && knownKey(indentedKey) !== null
            ? `front matter: "${indentedKey}" is indented: remove the spaces before it`
            : `front matter: unexpected indented line "${quoted(line.trim())}" (only flat "key: value" lines are supported)`,
      });
      continue;
    }
    if (skipping === 'list' && LIST_ITEM.test(line)) continue;
    skipping = 'nothing';

    const m = KEY_VALUE.exec(line);
    if (!m) {
      // "--", "----" or a dash a word processor made ("—"): the closing line, mistyped.
      if (firstStray === null && DASHES.test(line)) meantToClose = { line: lineNo, text: line.trim() };
      firstStray ??= lineNo;
      const unspaced = /^([A-Za-z_][A-Za-z0-9_-]*):(\S.*)$/.exec(line);
      problems.push({
        line: lineNo,
        reason:
          unspaced !== null && knownKey(unspaced[1]!) !== null
            ? `front matter: put a space after "${unspaced[1]}:" ("${unspaced[1]}: ${quoted(unspaced[2]!.trim())}")`
            : `front matter: expected "key: value", found "${quoted(line)}"`,
      });
      continue;
    }
    // "Title:" is "title:" (Hugo and hand-written files capitalise keys); YAML would tell them apart, a writer
    // would not.
    const k = knownKey(m[1]!);
    const raw = (m[2] ?? '').trim();
    if (k === null) {
      skipping = raw === '' ? 'list' : BLOCK_SCALAR.test(raw) ? 'indented' : 'nothing';
      const meant = misspeltKey(m[1]!);
      if (meant !== null) misspelt.push({ line: lineNo, written: m[1]!, meant });
      continue;
    }
    given.add(m[1]!.toLowerCase());
    const alias = m[1]!.toLowerCase() === k ? null : m[1]!;
    if (BLOCK_SCALAR.test(raw)) {
      // Taking "|" or ">" for the value would be silently wrong; a title is one line anyway.
      skipping = 'indented';
      problems.push({ line: lineNo, reason: `front matter: "${k}" is given as a YAML block ("${raw}"); write its value on one line, after "${k}:"` });
      continue;
    }
    if (lines[k] !== undefined) {
      const named = alias === null ? `"${k}" is` : `"${alias}" is "${k}"`;
      const firstAs = writtenAs[k] === k ? '' : `, as "${writtenAs[k]}"`;
      problems.push({ line: lineNo, reason: `front matter: ${named} given twice (first on line ${lines[k]}${firstAs})` });
      continue;
    }
    lines[k] = lineNo;
    writtenAs[k] = m[1]!.toLowerCase();
    const value = parseScalar(raw, k === 'title' || k === 'source');
    if (value === null) {
      problems.push({ line: lineNo, reason: `front matter: the value of "${k}" has an unclosed or misplaced quote: ${quoted(raw)}` });
      continue;
    }
    if (value !== '') data[k] = value;
  }

  // The line-by-line complaints are only echoes of the missing delimiter (the text was read as keys): one
  // problem, pointing at where the delimiter probably belongs, says it better.
  const hint =
    meantToClose !== null
      ? `line ${meantToClose.line} "${quoted(meantToClose.text)}" should be "---"`
      : firstStray === null
        ? 'add a "---" line after it'
        : `add a "---" line before line ${firstStray}`;
  return {
    data,
    lines,
    closed: false,
    bodyStart: text.length,
    bodyLineOffset: lineNo,
    problems: [{ line: 1, reason: `front matter: the block opened with "---" on line 1 is never closed (${hint})` }],
  };
}

/** A line starting with a key's name and a colon, whatever follows and however indented (" title:Rapat"). */
const SLIPPED_KEY = /^[ \t]*([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:/;

/** Whether a line may stand inside a front-matter block: blank, or read as a key, a comment or a list item. */
function readsAsBlockLine(line: string): boolean {
  return line.trim() === '' || SLIPPED_KEY.test(line) || /^[ \t]*(?:#|-(?:[ \t]|$))/.test(line);
}

/**
 * Whether the lines after an opening `---` are a front-matter block written with a slip on its first line: a key
 * tanya reads with no space after its colon, or indented ("title:Rapat", "  title: Rapat"). Taken for a thematic
 * break over prose, such a block was read as text (in Markdown a heading, "## title:Rapat") and its title and date
 * lost without a word; as front matter, the slip is reported. Only when the block is closed again and every line
 * up to its closing line reads as a key, a comment or a list item: a rule over prose stays one.
 */
function slippedBlock(rest: readonly string[]): boolean {
  const first = rest.find((l) => l.trim() !== '')!;
  const key = SLIPPED_KEY.exec(first)?.[1];
  if (key === undefined || knownKey(key) === null) return false;
  for (const line of rest) {
    if (CLOSE.test(line)) return true;
    if (!readsAsBlockLine(line)) return false;
  }
  return false;
}

/**
 * The line (1-based, in `body`) of a second front-matter block below the text's start, as two write-ups joined
 * into one file leave it ("cat januari.md februari.md", or a paste): a `---` line at the body's start or after a
 * blank line (a byte-order mark before it looked through), then a key tanya reads, then only lines that read as
 * keys, comments or list items up to a closing line, with a title, an id or a date among them, or two keys tanya
 * reads. Read as text, it was quoted in answers under the first write-up's title (in Markdown, "title: …" over
 * "---" is a heading) and the second one's title and date were lost. Fenced code is skipped: a write-up may show
 * front matter there. Null when there is none.
 */
export function laterFrontMatter(body: string): number | null {
  const lines = body.split('\n').map((line) => stripCr(line).replace(/^\uFEFF/u, ''));
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const marks = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(lines[i]!)?.[1];
    if (marks !== undefined && (fence === null || (marks[0] === fence[0] && marks.length >= fence.length))) {
      fence = fence === null ? marks : null;
      continue;
    }
    if (fence !== null || !OPEN.test(lines[i]!) || (i > 0 && lines[i - 1]!.trim() !== '')) continue;
    const key = KEY_VALUE.exec(lines[i + 1] ?? '')?.[1];
    if (key === undefined || knownKey(key) === null) continue;
    const keys = new Set([knownKey(key)]);
    for (let j = i + 2; j < lines.length; j++) {
      // A write-up's own keys (its title, id or date), or two of ours: one line of a source between two rules
      // ("Sumber: Panitia") is a Markdown heading a writer may mean.
      if (CLOSE.test(lines[j]!)) {
        if (keys.has('title') || keys.has('id') || keys.has('date') || keys.size >= 2) return i + 1;
        break;
      }
      if (!readsAsBlockLine(lines[j]!)) break;
      const more = KEY_VALUE.exec(lines[j]!)?.[1];
      if (more !== undefined && knownKey(more) !== null) keys.add(knownKey(more));
    }
  }
  return null;
}

/**
 * The line of a front-matter block that does not open the text, when there is one: blank lines or spaces, then
 * a `---` line followed by a key tanya reads, and a closing `---` (`below`: blank lines are above it; `indented`:
 * spaces are before its `---`; `allIndented`: before every line of it, as a block pasted from a chat or a
 * document is). Such a block is not front matter (it must open the file), but indexing it as passage text and
 * taking the title from the file name would be silently wrong, so it is reported instead. Null when the text does
 * not look like that (a `---` after a paragraph is a Markdown thematic break).
 */
export function misplacedFrontMatter(text: string): { line: number; below: boolean; indented: boolean; allIndented: boolean } | null {
  let lines = text.split('\n', 64).map(stripCr);
  let i = 0;
  while (i < lines.length - 1 && lines[i]!.trim() === '') i++;
  // An indented "---" (pasted from a chat or a document) is the same slip as blank lines above it.
  const indent = /^[ \t]*/.exec(lines[i]!)![0];
  const open = lines[i]!.slice(indent.length);
  const indented = indent !== '';
  if ((i === 0 && !indented) || !OPEN.test(open)) return null;
  // The whole block indented alike: its keys are keys once that indentation is taken off every line.
  const allIndented = indented && (lines[i + 1] ?? '').startsWith(indent);
  if (allIndented) lines = text.split('\n').map((line) => stripCr(line.startsWith(indent) ? line.slice(indent.length) : line));
  const key = KEY_VALUE.exec(lines[i + 1] ?? '')?.[1];
  if (key === undefined || knownKey(key) === null) return null;
  // Only a block that is closed again is front matter; a thematic break above prose ("title: the part …") is not.
  const block = [open, ...(allIndented ? lines : text.split('\n')).slice(i + 1)].join('\n');
  return parseFrontMatter(block)?.closed ? { line: i + 1, below: i > 0, indented, allIndented } : null;
}

/**
 * A front-matter block at the top of the text whose opening line has too few or too many dashes, or a dash a word
 * processor made ("--", "----", "—"): the line written and, when the closing line is mistyped too, that one. Not
 * front matter, such a block was read as a paragraph of text ("title: Rapat date: 2025-09-20", quoted in answers)
 * and the title taken from the file name, so it is reported instead. Only when a key tanya reads follows the
 * opening line and the block, read with "---" lines, is closed: a thematic break over prose is text.
 */
export function misdashedFrontMatter(text: string): { written: string; closing: { line: number; written: string } | null } | null {
  const lines = text.split('\n', 64).map(stripCr);
  const first = lines[0]!;
  if (OPEN.test(first) || !DASHES.test(first)) return null;
  const key = KEY_VALUE.exec(lines[1] ?? '')?.[1];
  if (key === undefined || knownKey(key) === null) return null;
  const end = lines.findIndex((line, i) => i >= 2 && (CLOSE.test(line) || DASHES.test(line)));
  if (end === -1 || !parseFrontMatter(['---', ...lines.slice(1, end), '---'].join('\n'))?.closed) return null;
  return { written: first.trim(), closing: CLOSE.test(lines[end]!) ? null : { line: end + 1, written: lines[end]!.trim() } };
}

/**
 * One YAML-ish scalar: `"double"` (with \" \\ \n \t escapes), `'single'` ('' is a quote), or plain text where a
 * ` #` starts a comment (in `prose`, only a `#` standing alone: ` # `). Returns null for a broken quote.
 */
export function parseScalar(raw: string, prose = false): string | null {
  if (raw.startsWith('"')) {
    let out = '';
    for (let i = 1; i < raw.length; i++) {
      const c = raw[i]!;
      if (c === '\\') {
        const n = raw[++i];
        if (n === undefined) return null;
        out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      } else if (c === '"') {
        return isCommentOrNothing(raw.slice(i + 1)) ? out.trim() : null;
      } else {
        out += c;
      }
    }
    return null;
  }
  if (raw.startsWith("'")) {
    let out = '';
    for (let i = 1; i < raw.length; i++) {
      const c = raw[i]!;
      if (c === "'") {
        if (raw[i + 1] === "'") {
          out += "'";
          i++;
        } else {
          return isCommentOrNothing(raw.slice(i + 1)) ? out.trim() : null;
        }
      } else {
        out += c;
      }
    }
    return null;
  }
  // In prose (a title, a source) a comment is ` # …`: YAML would also cut at ` #10`, but "Meetup Bulanan #10"
  // and "#python" are what a moderator means by a title, and cutting there left "Meetup Bulanan" in every
  // citation, without a word. Elsewhere (ids, dates, urls) YAML's own rule: any ` #` starts one.
  // (Searched with a space in front, so that a value that is all comment, "# TODO", is one too.)
  const comment = ` ${raw}`.search(prose ? /[ \t]#(?:[ \t]|$)/ : /[ \t]#/);
  return (comment === -1 ? raw : raw.slice(0, comment)).trim();
}

function isCommentOrNothing(rest: string): boolean {
  const t = rest.trim();
  return t === '' || t.startsWith('#');
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** A value quoted in a problem report: its first characters are enough to find it. */
export function quoted(s: string): string {
  return ellipsize(s, 60);
}
