// Button state lives in the button's custom_id (≤ 100 characters), never in memory, so any replica and any
// restart can serve a click. The prefix before the first ':' names the command module that owns the button.
// The question itself (up to 300 characters) cannot fit: the handler reads it back from the message.
//
// A passage id (`<docId>#<n>`) counts passages from the top of its document, so after a moderator adds or
// removes a paragraph above it and reloads, the same id names another paragraph. "Full passage" buttons
// therefore also carry a fingerprint of the passage's text, and the handler shows only text that still has it.
// They carry the text's length too: a paragraph since joined to the one above holds the cited text whole, and
// the length says which stretch of it to fingerprint (`<fingerprint>.<length in base 36>`).

import { createHash } from 'node:crypto';

export const CUSTOM_ID_MAX = 100;
/** The last page a button can ask for (0-based): a Next button on it would not work, so it is not shown. */
export const MAX_PAGE = 99;
export const MAX_RESULTS = 5;

export type AskButton =
  /** Show page `page` (0-based) with `results` results per page. */
  | { kind: 'page'; page: number; results: number }
  /**
   * Show the whole paragraph of this passage id (null fingerprint: a button posted before they had one; null
   * length: before they had that).
   */
  | { kind: 'passage'; passageId: string; fingerprint: string | null; length: number | null }
  /** Fallback when a passage id is too long for a custom_id: the `rank`-th result (0-based) of the question. */
  | { kind: 'rank'; rank: number; fingerprint: string | null; length: number | null }
  /** A disabled placeholder (Discord needs a custom_id even on a disabled button). */
  | { kind: 'noop'; which: string };

/** The command a custom_id belongs to (`ask` for `ask:pg:1:3`). */
export function customIdOwner(customId: string): string {
  const colon = customId.indexOf(':');
  return colon === -1 ? customId : customId.slice(0, colon);
}

export function encodeAskButton(button: AskButton): string {
  switch (button.kind) {
    case 'page':
      return `ask:pg:${button.page}:${button.results}`;
    case 'rank':
      return `ask:fr:${button.rank}${button.fingerprint === null ? '' : `:${stamp(button)}`}`;
    case 'noop':
      return `ask:noop:${button.which}`;
    case 'passage': {
      const id = `ask:fp:${button.fingerprint === null ? '' : `${stamp(button)}:`}${button.passageId}`;
      if (id.length > CUSTOM_ID_MAX) throw new RangeError(`custom_id over ${CUSTOM_ID_MAX} characters: use a rank button`);
      return id;
    }
  }
}

/** Length of a fingerprint, in hex digits: 32 bits tell a passage from the others of its document. */
const FINGERPRINT_LENGTH = 8;
const FINGERPRINT = new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`);
/** A fingerprint with the text's length (base 36, at most 4 digits: 1.6 million characters), or without. */
const STAMP = new RegExp(`^([0-9a-f]{${FINGERPRINT_LENGTH}})(?:\\.([0-9a-z]{1,4}))?$`);

/** A button's fingerprint and, when known, its text's length, as the custom_id writes them. */
function stamp(button: { fingerprint: string | null; length: number | null }): string {
  return `${button.fingerprint}${button.length === null ? '' : `.${button.length.toString(36)}`}`;
}

/** Reads `stamp`'s form back; null when `text` is not one. */
function readStamp(text: string | undefined): { fingerprint: string; length: number | null } | null {
  const m = text === undefined ? null : STAMP.exec(text);
  return m ? { fingerprint: m[1]!, length: m[2] === undefined ? null : parseInt(m[2], 36) } : null;
}

/** A short fingerprint of a passage's text as shown (a result's text), to recognise the same passage after a reload. */
export function passageFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** A "Full passage" button: by passage id and fingerprint when they fit, else by rank and fingerprint. */
export function fullPassageButton(passage: { id: string; text: string }, rank: number): AskButton {
  const fingerprint = passageFingerprint(passage.text);
  // A length beyond what four base-36 digits write is left out: such a passage is found by its fingerprint alone.
  const length = passage.text.length < 36 ** 4 ? passage.text.length : null;
  const button: AskButton = { kind: 'passage', passageId: passage.id, fingerprint, length };
  return encodedLength(button) <= CUSTOM_ID_MAX ? button : { kind: 'rank', rank, fingerprint, length };
}

function encodedLength(button: AskButton & { kind: 'passage' }): number {
  return 'ask:fp:'.length + (button.fingerprint === null ? 0 : stamp(button).length + 1) + button.passageId.length;
}

const smallInt = (text: string | undefined, max: number): number | null => {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n <= max ? n : null;
};

/** Parses an /ask button's custom_id; null when it is malformed or out of range (a forged or stale button). */
export function decodeAskButton(customId: string): AskButton | null {
  if (customId.length > CUSTOM_ID_MAX || !customId.startsWith('ask:')) return null;
  const [, kind, ...rest] = customId.split(':');
  switch (kind) {
    case 'pg': {
      const page = smallInt(rest[0], MAX_PAGE);
      const results = smallInt(rest[1], MAX_RESULTS);
      if (rest.length !== 2 || page === null || results === null || results < 1) return null;
      return { kind: 'page', page, results };
    }
    case 'fp': {
      // `ask:fp:<fingerprint>[.<length>]:<passage id>`, or `ask:fp:<passage id>` from before fingerprints.
      const stamped = rest.length > 1 ? readStamp(rest[0]) : null;
      const passageId = rest.slice(stamped === null ? 0 : 1).join(':');
      return passageId === '' ? null : { kind: 'passage', passageId, fingerprint: stamped?.fingerprint ?? null, length: stamped?.length ?? null };
    }
    case 'fr': {
      const rank = smallInt(rest[0], (MAX_PAGE + 1) * MAX_RESULTS);
      const stamped = rest[1] === undefined ? null : readStamp(rest[1]);
      if (rank === null || rest.length > 2 || (rest[1] !== undefined && stamped === null)) return null;
      return { kind: 'rank', rank, fingerprint: stamped?.fingerprint ?? null, length: stamped?.length ?? null };
    }
    case 'noop':
      return { kind: 'noop', which: rest.join(':') };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// /about pages
//
// A page number alone would name other documents after a /reload that adds or removes some, so a page button also
// carries a fingerprint of the list it paged. The list is newest first: a new write-up shifts every page.

/** The last /about page a button can name (0-based); far beyond what thousands of documents need. */
export const MAX_ABOUT_PAGE = 9999;

export type AboutButton =
  /** Show page `page` (0-based) of the list whose fingerprint is `list`. */
  | { kind: 'page'; page: number; list: string }
  /** A disabled placeholder: Previous on the first page, Next on the last, the "page x of y" label. */
  | { kind: 'noop'; which: string };

export function encodeAboutButton(button: AboutButton): string {
  return button.kind === 'page' ? `about:pg:${button.page}:${button.list}` : `about:noop:${button.which}`;
}

/** Parses an /about button's custom_id; null when it is malformed or out of range (a forged button). */
export function decodeAboutButton(customId: string): AboutButton | null {
  if (customId.length > CUSTOM_ID_MAX || !customId.startsWith('about:')) return null;
  const [, kind, ...rest] = customId.split(':');
  if (kind === 'noop') return { kind: 'noop', which: rest.join(':') };
  if (kind !== 'pg' || rest.length !== 2) return null;
  const page = smallInt(rest[0], MAX_ABOUT_PAGE);
  const list = rest[1]!;
  return page === null || !FINGERPRINT.test(list) ? null : { kind: 'page', page, list };
}

/** A short fingerprint of what an /about list is made of, to tell whether a page button's list is still current. */
export function listFingerprint(parts: unknown): string {
  return passageFingerprint(JSON.stringify(parts));
}
