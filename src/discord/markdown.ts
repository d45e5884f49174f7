// Text that came from the corpus or from a user is shown literally: every character Discord's markdown could
// act on is backslash-escaped outside addresses (which stay as written, see escapeText), and mentions are
// neutralised even though `allowed_mentions` already stops pings (an unescaped `<@123>` would still render as a
// mention pill, `@everyone` would still look alarming).
//
// The escaping is deliberately exact and reversible (`unescapeText(escapeText(s)) === s` for normalised text):
// the /ask reply shows the question on its first line, and the page buttons read it back from there, because a
// 300-character question cannot travel in a 100-character custom_id.

import { cutBefore } from '../engine/cut.ts';
import { discordLinkEnd, linkRunAt, linkSpans, runStart, TRAILING, urlSpans } from '../engine/links.ts';

/** Characters escaped wherever they appear. `\` must be first in spirit: it is escaped too, so unescaping is exact. */
const INLINE = new Set(['\\', '*', '_', '~', '`', '|', '<', '>', '[', ']', '#']);
const ZWSP = '\u200b';
/**
 * What follows the `@` of @everyone or @here. A prefix, not a whole word: Discord's mention rule is `^@here` with
 * nothing after it checked, and its text rule stops before every `@`, so "humas@hereford.ac.uk" and "@everyone1"
 * show a mention pill too.
 */
const MASS_MENTION = /^(?:everyone|here)/iu;
/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). One left open in corpus text (or cut off
 * from its closing one by an excerpt) turns the rest of its line around: a citation's paragraph, date and source,
 * the next titles of a list. Dropped from what is shown; the marks U+200E/U+200F, which open nothing, stay, and
 * right-to-left script reads right to left without any of them.
 */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
/** `text` without the direction controls (DIRECTION_CONTROLS): for what Discord shows unescaped too (choices). */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** `<https://…>`: Discord links exactly what is between the brackets and shows it without them. */
const AUTOLINK = /<(https?:\/\/[^\s<>]+)>/uy;

export interface EscapeOptions {
  /**
   * Whether addresses stay links (default). Inside the bot's own bold or italics they must not: the markup is
   * closed by the first `**` or `*` after it, and one inside an address would close it early.
   */
  links?: boolean;
}

/**
 * Escapes Discord markdown so `text` renders literally, and neutralises @everyone/@here and `<@…>` mentions.
 * Discord removes a backslash before any ASCII punctuation when rendering, so over-escaping never shows.
 *
 * Addresses are the exception: Discord links an address before it reads markdown, so a backslash inside one
 * becomes part of it ("…/\\~budi" opens the wrong page). Each address (links.ts) is left exactly as written, and
 * when what follows it would extend Discord's link ("\\*\\*" after "https://…**"), it is set off as `<https://…>`,
 * which Discord links exactly and shows without the brackets. Nothing in it can close markup around it: the
 * reply's own markup never holds an address (see `links` above).
 */
export function escapeText(text: string, options: EscapeOptions = {}): string {
  text = withoutDirectionControls(text);
  const links = options.links === false ? [] : urlSpans(text);
  // What a link needs depends on what is written right after it, so the reply is put together from its end.
  const parts: string[] = [];
  let to = text.length;
  let next = ''; // how the link after the current one is written, '' when there is none
  for (let k = links.length - 1; k >= 0; k--) {
    const [s, e] = links[k]!;
    const plain = escapePlain(text, e, to);
    const url = text.slice(s, e);
    next = discordLinkEnd(url, 0) === url.length && !extendsLink(plain + next.slice(0, 1)) ? url : `<${url}>`;
    parts.push(plain, next);
    to = s;
  }
  parts.push(escapePlain(text, 0, to));
  return parts.reverse().join('');
}

/**
 * Whether Discord's url rule, having matched an address, would go on into `after` (what is written right after
 * it). The rule takes everything up to a space or `<` and then gives back what it never ends on, so it goes on
 * exactly when a character it may end on comes before the first space or `<`. Only the start of `after` is
 * read, up to such a character: reading all of it for each address was quadratic on a long run of them.
 */
function extendsLink(after: string): boolean {
  for (const c of after) {
    if (c === '<' || /\s/u.test(c)) return false;
    if (!TRAILING.has(c)) return true;
  }
  return false;
}

/** `text` from `from` to `to` escaped, with no link left in it (what follows `to` is only looked at). */
function escapePlain(text: string, from: number, to: number): string {
  let out = '';
  let lineStart = from === 0 || text[from - 1] === '\n';
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      out += c;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      // Block syntax only counts at the start of a line: lists (`- `, `+ `, `1. `), headings and quotes are
      // covered by INLINE. Leading spaces do not stop a list, so look past them.
      if (c === ' ' || c === '\t') {
        out += c;
        continue;
      }
      lineStart = false;
      if (c === '-' || c === '+') {
        out += '\\' + c;
        continue;
      }
      const ordered = /^\d+\./.exec(text.slice(i, i + 12));
      if (ordered) {
        const digits = ordered[0].slice(0, -1);
        out += digits + '\\.';
        i += digits.length;
        continue;
      }
    }
    if (INLINE.has(c) || (c === ':' && (opensShortcode(text, i) || isSchemeColon(text, i)))) out += '\\' + c;
    else if (c === '@' && MASS_MENTION.test(text.slice(i + 1, i + 10))) out += '@' + ZWSP;
    else out += c;
  }
  return out;
}

/** What follows the colon that opens an emoji shortcode: a name and the closing colon. */
const SHORTCODE = /[^\s:]+:/uy;

/**
 * Whether the colon at `i` could open an emoji shortcode: Discord's client shows `:ok:`, `:b:`, `:id:` or `:100:`
 * in a message as the emoji, so "tiket:ok:" or "a:b:c" would show one.
 */
function opensShortcode(text: string, i: number): boolean {
  SHORTCODE.lastIndex = i + 1;
  return SHORTCODE.test(text);
}

/**
 * Whether the colon at `i` is that of an `http(s)://` that is not to be a link (too short to be an address, or
 * `links: false`): escaped, it cannot start one, and what follows it is escaped as text.
 */
function isSchemeColon(text: string, i: number): boolean {
  return text.startsWith('//', i + 1) && /https?$/u.test(text.slice(Math.max(0, i - 5), i));
}

/**
 * Inverts `escapeText` with the same options (for text that had no zero-width space between `@` and everyone or
 * here: normalised questions never do). It reads the escaped text as Discord does: an address is kept as written,
 * backslashes and all, and `<https://…>` is the address.
 */
export function unescapeText(escaped: string, options: EscapeOptions = {}): string {
  const links = options.links !== false;
  let out = '';
  for (let i = 0; i < escaped.length; ) {
    const c = escaped[i]!;
    if (c === '\\' && i + 1 < escaped.length) {
      out += escaped[i + 1];
      i += 2;
      continue;
    }
    AUTOLINK.lastIndex = i;
    const autolink = links && c === '<' ? AUTOLINK.exec(escaped) : null;
    if (autolink) {
      out += autolink[1];
      i += autolink[0].length;
      continue;
    }
    const end = links ? discordLinkEnd(escaped, i) : -1;
    if (end !== -1) {
      out += escaped.slice(i, end);
      i = end;
      continue;
    }
    if (!(c === ZWSP && escaped[i - 1] === '@' && MASS_MENTION.test(escaped.slice(i + 1, i + 10)))) out += c;
    i++;
  }
  return out;
}

/**
 * Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with an ellipsis; never
 * inside a character, nor inside an address (what is left of one is a link to the wrong page).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let end = cutBefore(text, max - 1);
  const space = text.lastIndexOf(' ', end - 1);
  if (space > max * 0.6) end = space;
  end = linkRunAt(text, end)?.[0] ?? end;
  let cut = trimCut(text.slice(0, end));
  // An address that ends the cut text stays whole, its ellipsis spaced off; without room for that, it goes.
  if (cut.length + ellipsisAfter(cut).length > max) cut = trimCut(cut.slice(0, runStart(cut, cut.length)));
  return cut + ellipsisAfter(cut);
}

// Only spaces: a backslash at the end may be the last character of an address ("https://x.org/a_b\"), and the
// text is escaped after it is cut, so a backslash left before the ellipsis escapes nothing.
const trimCut = (cut: string) => cut.replace(/\s+$/u, '');

/**
 * The ellipsis to put after `text` where it was cut: spaced off when it would join an address at its end, because
 * Discord would link it as part of the address ("…/2024/festival…").
 */
export function ellipsisAfter(text: string): string {
  return urlSpans(text + '…').some(([, e]) => e > text.length) ? ' …' : '…';
}

/** An http(s) URL safe to put in a masked link, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || url.length > 512) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // `<…>` around the URL suppresses its embed; `>` and whitespace are percent-encoded by the serialiser, the
    // parentheses here: Discord's masked link ends at the first `)` that does not close a `(`, so a lone one
    // ("https://example.org/a)b") cut the link short and showed the rest as text.
    const href = u.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
    return /[\s<>]/.test(href) ? null : href;
  } catch {
    return null;
  }
}

/**
 * `[label](<url>)` with the label escaped; plain escaped label when the url is unusable. Discord refuses a masked
 * link whose label holds an address, or whose brackets do not pair up (escaped or not, "Festival [Bagian 2"): it
 * shows the raw markdown instead. Such a label is followed by its address instead, as the page shows a link:
 * "Rekap https://… (https://…)", `<…>` keeping it from unfurling.
 */
export function maskedLink(label: string, url: string | null | undefined): string {
  const href = safeUrl(url);
  const text = escapeText(label.replace(/\s+/g, ' '));
  if (href === null) return text;
  return linkSpans(label).length > 0 || !bracketsPair(label) ? `${text} (<${href}>)` : `[${text}](<${href}>)`;
}

/** Whether every `[` in `text` is closed by a `]` after it, none inside another, and every `]` closes one. */
function bracketsPair(text: string): boolean {
  let open = false;
  for (const c of text) {
    if (c === '[') {
      if (open) return false;
      open = true;
    } else if (c === ']') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/**
 * Normalises a question as it arrived from Discord: NFC, no control or zero-width characters, whitespace runs
 * collapsed to one space. (Zero-width characters can hide words from the search and break the reversible
 * escaping above; bidi controls can make a reply read differently from what it says.)
 */
export function normalizeQuestion(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g, '')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
}
