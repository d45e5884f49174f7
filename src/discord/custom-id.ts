// Button state lives in the button's custom_id (≤ 100 characters), never in memory, so any replica and any
// restart can serve a click. The prefix before the first ':' names the command module that owns the button.
// The question itself (up to 300 characters) cannot fit: the handler reads it back from the message.
//
// A passage id (`<docId>#<n>`) counts passages from the top of its document, so after a moderator adds or
// removes a paragraph above it and reloads, the same id names another paragraph. "Full passage" buttons
// therefore also carry a fingerprint of the passage's text, and the handler shows only text that still has it.

import { createHash } from 'node:crypto';

export const CUSTOM_ID_MAX = 100;
/** The last page a button can ask for (0-based): a Next button on it would not work, so it is not shown. */
export const MAX_PAGE = 99;
export const MAX_RESULTS = 5;

export type AskButton =
  /** Show page `page` (0-based) with `results` results per page. */
  | { kind: 'page'; page: number; results: number }
  /** Show the whole paragraph of this passage id (null fingerprint: a button posted before they had one). */
  | { kind: 'passage'; passageId: string; fingerprint: string | null }
  /** Fallback when a passage id is too long for a custom_id: the `rank`-th result (0-based) of the question. */
  | { kind: 'rank'; rank: number; fingerprint: string | null }
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
      return `ask:fr:${button.rank}${button.fingerprint === null ? '' : `:${button.fingerprint}`}`;
    case 'noop':
      return `ask:noop:${button.which}`;
    case 'passage': {
      const id = `ask:fp:${button.fingerprint === null ? '' : `${button.fingerprint}:`}${button.passageId}`;
      if (id.length > CUSTOM_ID_MAX) throw new RangeError(`custom_id over ${CUSTOM_ID_MAX} characters: use a rank button`);
      return id;
    }
  }
}

/** Length of a fingerprint, in hex digits: 32 bits tell a passage from the others of its document. */
const FINGERPRINT_LENGTH = 8;
const FINGERPRINT = new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`);

/** A short fingerprint of a passage's text as shown (a result's text), to recognise the same passage after a reload. */
export function passageFingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** A "Full passage" button: by passage id and fingerprint when they fit, else by rank and fingerprint. */
export function fullPassageButton(passage: { id: string; text: string }, rank: number): AskButton {
  const fingerprint = passageFingerprint(passage.text);
  const button: AskButton = { kind: 'passage', passageId: passage.id, fingerprint };
  return encodedLength(button) <= CUSTOM_ID_MAX ? button : { kind: 'rank', rank, fingerprint };
}

function encodedLength(button: AskButton & { kind: 'passage' }): number {
  return 'ask:fp:'.length + (button.fingerprint === null ? 0 : button.fingerprint.length + 1) + button.passageId.length;
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
      // `ask:fp:<fingerprint>:<passage id>`, or `ask:fp:<passage id>` from before fingerprints.
      const fingerprint = rest.length > 1 && FINGERPRINT.test(rest[0]!) ? rest[0]! : null;
      const passageId = rest.slice(fingerprint === null ? 0 : 1).join(':');
      return passageId === '' ? null : { kind: 'passage', passageId, fingerprint };
    }
    case 'fr': {
      const rank = smallInt(rest[0], (MAX_PAGE + 1) * MAX_RESULTS);
      const fingerprint = rest[1] ?? null;
      if (rank === null || rest.length > 2 || (fingerprint !== null && !FINGERPRINT.test(fingerprint))) return null;
      return { kind: 'rank', rank, fingerprint };
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
