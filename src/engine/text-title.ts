// A name for a document that has no title of its own: a JSON line without "title" (the eval corpora's "title": ""
// too). It was cited by its id alone ("doc-17 · § 3"), which tells a moderator nothing until they look the id up.
// A reader names such a text by what it opens with: its first heading, or its first sentence, shortened. The id
// stays beside it, "… (doc-17)", so the citation can still be checked against the file.
//
// Shown only: results cite it and /about lists it, but it is not indexed as a title. Its words are the text's own,
// already indexed in the first passage, and counting them again as title words would rank that passage for them.

import { cutBefore } from './cut.ts';
import { headingText, isHeadingLine, splitSentences } from './sentences.ts';
import { isGreeting } from './textmeta.ts';

/**
 * Longest name read from a text, before " (id)": a citation line has a title, a paragraph, a date and a source.
 */
export const TEXT_TITLE_MAX_CHARS = 60;

/** Most words a greeting alone takes ("Halo Pak Budi Santoso", "Assalamu'alaikum warahmatullahi wabarakatuh"). */
const GREETING_MAX_WORDS = 4;
/** A list mark or a table row's pipe opening the first line: no part of what the line says. */
const LEADING_MARK = /^(?:[-*+•>|]|\d{1,3}[.)])[ \t]+/u;
/**
 * What ends a sentence, as the name need not show it ("Rapat dibuka pukul 19.00." → "Rapat dibuka pukul 19.00").
 */
const CLOSING = /[.!?:;,。！？]+$/u;

/**
 * The name a text's opening gives it: its first line when that is a `# heading`, else the first sentence of its
 * first line, at most TEXT_TITLE_MAX_CHARS characters (cut between words, with "…"); null when it has no letter or
 * digit.
 */
export function titleFromText(text: string): string | null {
  const line = namingLine(text);
  if (line === undefined) return null;
  if (isHeadingLine(line)) return nameOf(headingText(line));
  // Split only up to its first sentence's end, not across a paragraph that may be thousands of characters long.
  const first = splitSentences(line, 0, line.length, 1)[0];
  return nameOf((first === undefined ? line : line.slice(first[0], first[1])).replace(LEADING_MARK, '').replace(CLOSING, ''));
}

/** The line a text's name is read from, trimmed; undefined when it has none. */
function namingLine(text: string): string | undefined {
  // Only the first two lines with text are read, not every line of a write-up that may be megabytes long.
  const lines = firstLines(text, 2);
  // A chat message's greeting on a line of its own ("Halo semua!", "Hi all,", "Selamat pagi teman-teman") names
  // nothing, as it is no .txt write-up's title (see textmeta.ts): every text posted to a chat opened so, and was
  // cited as "Halo semua (doc-17)". The next line names the text. A greeting is a few words; a line longer than
  // that is a sentence that opens with one ("Halo semua, berikut notulen rapat kemarin.") and stays.
  const greeting = (l: string) => l.trim().split(/\s+/u).length <= GREETING_MAX_WORDS && isGreeting(l.trim().replace(CLOSING, '').replace(/\s+/gu, ' '));
  return (lines.length > 1 && greeting(lines[0]!) ? lines[1] : lines[0])?.trim();
}

/**
 * Whether titleFromText certainly finds a name in `text`, told without finding it: a heading with a letter or
 * digit, or a line whose first character (past a list mark) is one, as no sentence ends before it. False when that
 * alone does not tell (punctuation first): then only reading the name does.
 */
function opensWithName(text: string): boolean {
  const line = namingLine(text);
  if (line === undefined) return false;
  if (isHeadingLine(line)) return /[\p{L}\p{N}]/u.test(headingText(line));
  const start = LEADING_MARK.exec(line)?.[0].length ?? 0;
  return /^[\p{L}\p{N}]/u.test(line.slice(start, start + 2));
}

/** `text` as a name: white space collapsed, shortened; null without a letter or digit. */
function nameOf(text: string): string | null {
  const name = text.replace(/\s+/gu, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(name)) return null;
  return shorten(name, TEXT_TITLE_MAX_CHARS);
}

/** The first `n` lines of `text` that hold more than white space, found without splitting the rest. */
function firstLines(text: string, n: number): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < n && from <= text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (line.trim() !== '') lines.push(line);
    if (end < 0) break;
    from = end + 1;
  }
  return lines;
}

/**
 * `name` cut to at most `max` characters between words, with "…" (a word longer than that is cut, between
 * graphemes as every cut is: see cut.ts).
 */
function shorten(name: string, max: number): string {
  // Counted in code points, as the name is shown, without an array of them: most names are read from a long first
  // sentence and cut.
  if (codePointsEnd(name, max) === name.length) return name;
  const head = name.slice(0, cutBefore(name, codePointsEnd(name, max - 1)));
  const space = head.lastIndexOf(' ');
  const cut = space >= max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Where the first `n` code points of `text` end (its length when it has no more). */
function codePointsEnd(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n && at < text.length; k++) at += (text.codePointAt(at)! > 0xffff) ? 2 : 1;
  return at;
}

/**
 * What a document without a title of its own is cited by: its text's name and its id, "Rapat dibuka … (doc-17)".
 */
export function labelFromText(text: string, id: string): string | null {
  const name = titleFromText(text);
  return name === null ? null : `${name} (${id})`;
}

/**
 * Where a label not read yet comes from (see labelOnFirstUse): a document's text and id, or the document whose
 * label a passage has. Kept beside the objects, not on them, as the labels read are (null: the text gives no
 * name): every labelled object then has the same shape, one getter shared by all, so the search's loops over
 * passages stay as fast as over plain ones.
 */
type LabelSource = { readonly text: string; readonly id: string } | { readonly of: { readonly label?: string } };
const UNREAD = new WeakMap<object, LabelSource>();
const READ = new WeakMap<object, string | null>();

function readLabel(this: object): string | undefined {
  let label = READ.get(this);
  if (label === undefined) {
    const source = UNREAD.get(this)!;
    label = 'of' in source ? (source.of.label ?? null) : labelFromText(source.text, source.id);
    READ.set(this, label);
    UNREAD.delete(this);
  }
  return label ?? undefined;
}

/**
 * Gives `target` a `label` found when it is first asked for, and kept: the label of `source`'s text and id
 * (labelFromText), or `source`'s own label (a passage's, its document's). The same label as when read at once
 * (undefined where the text gives no name), but read only for what is shown. Finding every untitled text's name as
 * its line loaded was ~100 ms of tydiqa-id's 4,650 (a tenth of its start-up), for the few a member ever sees.
 */
export function labelOnFirstUse<T extends { label?: string }>(target: T, source: LabelSource): T {
  UNREAD.set(target, source);
  Object.defineProperty(target, 'label', { get: readLabel, enumerable: true, configurable: true });
  return target;
}

/** Whether `target`'s label is one labelOnFirstUse gave it and nothing has asked for yet. */
export function labelUnread(target: object): boolean {
  return UNREAD.has(target);
}

/**
 * Whether `target` has a label (`label !== undefined`), without reading one not read yet where its text plainly
 * opens with a name: autocomplete asks it of every passage, and reading every label for that undid
 * labelOnFirstUse.
 */
export function hasLabel(target: { readonly label?: string }): boolean {
  const source = UNREAD.get(target);
  if (source === undefined) return target.label !== undefined;
  if ('of' in source) return hasLabel(source.of);
  return opensWithName(source.text) || target.label !== undefined;
}

/**
 * The name a document or passage is shown and cited by: its label (see labelFromText) where it has one, else its
 * title.
 */
export function shownTitle(doc: { readonly title: string; readonly label?: string | undefined }): string {
  return doc.label ?? doc.title;
}

/**
 * A label's " (id)" when `title` ends with one (see labelFromText), else null: where a label must be cut short,
 * the opening is cut and the id kept, as the id is what the document is found by. (The id as corpus.ts's
 * DOCUMENT_ID allows it; a title of its own that ends so, "Rekap (2024)", keeps its last word likewise, which does
 * no harm.)
 */
export function labelIdOf(title: string): string | null {
  return / \([A-Za-z0-9._-]{1,64}\)$/u.exec(title)?.[0] ?? null;
}
