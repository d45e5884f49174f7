// Text that came from the corpus or from a user is shown literally: every character Discord's markdown could
// act on is backslash-escaped, and mentions are neutralised even though `allowed_mentions` already stops pings
// (an unescaped `<@123>` would still render as a mention pill, `@everyone` would still look alarming).
//
// The escaping is deliberately exact and reversible (`unescapeText(escapeText(s)) === s` for normalised text):
// the /ask reply shows the question on its first line, and the page buttons read it back from there, because a
// 300-character question cannot travel in a 100-character custom_id.

/** Characters escaped wherever they appear. `\` must be first in spirit: it is escaped too, so unescaping is exact. */
const INLINE = new Set(['\\', '*', '_', '~', '`', '|', '<', '>', '[', ']', '#']);
const ZWSP = '\u200b';
/** An http(s) URL up to the next space. */
const URL_AT = /^https?:\/\/[^\s]+/iu;

/**
 * Escapes Discord markdown so `text` renders literally, and neutralises @everyone/@here and `<@…>` mentions.
 * Discord removes a backslash before any ASCII punctuation when rendering, so over-escaping never shows.
 */
export function escapeText(text: string): string {
  let out = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
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
    // A link is left as written: Discord links the URL before it reads markdown, so a backslash added inside it
    // would become part of the address ("…/heron\\_festival" opens the wrong page). Unless it holds characters
    // that could end the link early or read as markup around it; then it is escaped like text.
    if ((c === 'h' || c === 'H') && (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!))) {
      const url = URL_AT.exec(text.slice(i, i + 2048))?.[0];
      if (url && !/[\\`|~*<>]|@(?:everyone|here)/iu.test(url)) {
        out += url;
        i += url.length - 1;
        continue;
      }
    }
    if (INLINE.has(c)) out += '\\' + c;
    else if (c === '@' && /^(everyone|here)/i.test(text.slice(i + 1, i + 9))) out += '@' + ZWSP;
    else out += c;
  }
  return out;
}

/** Inverts `escapeText` (for text that had no zero-width space after an `@`: normalised questions never do). */
export function unescapeText(escaped: string): string {
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i]!;
    if (c === '\\' && i + 1 < escaped.length) {
      out += escaped[i + 1];
      i++;
    } else if (c === ZWSP && escaped[i - 1] === '@') {
      continue;
    } else {
      out += c;
    }
  }
  return out;
}

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s\\]+$/, '') + '…';
}

/** An http(s) URL safe to put in a masked link, or null. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url || url.length > 512) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // `<…>` around the URL suppresses its embed; `>` and whitespace are percent-encoded by the serialiser.
    const href = u.href;
    return /[\s<>]/.test(href) ? null : href;
  } catch {
    return null;
  }
}

/** `[label](<url>)` with the label escaped; plain escaped label when the url is unusable. */
export function maskedLink(label: string, url: string | null | undefined): string {
  const href = safeUrl(url);
  const text = escapeText(label.replace(/\s+/g, ' '));
  return href === null ? text : `[${text}](<${href}>)`;
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
