// Button state lives in the button's custom_id (≤ 100 characters), never in memory, so any replica and any
// restart can serve a click. The prefix before the first ':' names the command module that owns the button.
// The question itself (up to 300 characters) cannot fit: the handler reads it back from the message.

export const CUSTOM_ID_MAX = 100;
const MAX_PAGE = 99;
export const MAX_RESULTS = 5;

export type AskButton =
  /** Show page `page` (0-based) with `results` results per page. */
  | { kind: 'page'; page: number; results: number }
  /** Show the whole paragraph of this passage id. */
  | { kind: 'passage'; passageId: string }
  /** Fallback when a passage id is too long for a custom_id: the `rank`-th result (0-based) of the question. */
  | { kind: 'rank'; rank: number }
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
      return `ask:fr:${button.rank}`;
    case 'noop':
      return `ask:noop:${button.which}`;
    case 'passage': {
      const id = `ask:fp:${button.passageId}`;
      if (id.length > CUSTOM_ID_MAX) throw new RangeError(`custom_id over ${CUSTOM_ID_MAX} characters: use a rank button`);
      return id;
    }
  }
}

/** A "Full passage" button: by passage id when it fits (stable across reloads that keep it), else by rank. */
export function fullPassageButton(passageId: string, rank: number): AskButton {
  return `ask:fp:${passageId}`.length <= CUSTOM_ID_MAX ? { kind: 'passage', passageId } : { kind: 'rank', rank };
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
      const passageId = rest.join(':');
      return passageId === '' ? null : { kind: 'passage', passageId };
    }
    case 'fr': {
      const rank = smallInt(rest[0], (MAX_PAGE + 1) * MAX_RESULTS);
      return rest.length !== 1 || rank === null ? null : { kind: 'rank', rank };
    }
    case 'noop':
      return { kind: 'noop', which: rest.join(':') };
    default:
      return null;
  }
}
