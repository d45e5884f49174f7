// Which endpoint an HTTP request names, and the warning for those that name none.
//
// Discord POSTs to whatever path the Interactions Endpoint URL in the Developer Portal has: typed by hand it may end
// in "/", behind a reverse proxy it may keep the proxy's prefix (/tanya/interactions), and a prefix joined with a
// slash too many gives //interactions. The Ed25519 signature, not the path, is what authenticates a request, so any
// path whose last segment is `interactions` (after one trailing slash) is the endpoint; likewise `healthz`, so a
// health check can go through the same prefix.

import { ellipsize } from '../engine/cut.ts';
import { scrubTokens, type Logger } from '../log.ts';

export type Endpoint = 'interactions' | 'healthz';

export function endpointOf(target: string): Endpoint | null {
  let path = target.split(/[?#]/, 1)[0]!;
  // An absolute-form request target (`POST http://host/interactions`, sent through a forward proxy).
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(path);
  if (origin) path = path.slice(origin[0].length);
  if (path.endsWith('/')) path = path.slice(0, -1);
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last === 'interactions' || last === 'healthz' ? last : null;
}

/**
 * Each unknown path (with its method) is logged once per window, at most this many per window and budget, so a
 * scanner cannot flood the log.
 */
const WINDOW_MS = 60 * 60 * 1000;
const MAX_PATHS_PER_WINDOW = 20;
/** A path or user agent is attacker-controlled: its first characters are enough to recognise it. */
const MAX_FIELD_CHARS = 200;

/**
 * Logs a request that got 404, at warn: when Discord says the endpoint "could not be verified", the path it
 * called (and its `Discord-Interactions` user agent) is the first thing to check. Requests that look like
 * Discord's (signed, or with Discord's user agent) have a budget of their own: on an endpoint open to the internet,
 * scanners would otherwise use up the hour's lines within minutes and hide the one request the log is for.
 */
export function unknownPathReporter(
  log: Logger,
  now: () => number = Date.now,
): (method: string, target: string, userAgent: string | undefined, signed: boolean) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  const budgets = { discord: { seen: new Set<string>(), silenced: false }, other: { seen: new Set<string>(), silenced: false } };
  return (method, target, userAgent, signed) => {
    const t = now();
    if (t - windowStart >= WINDOW_MS) {
      windowStart = t;
      for (const b of Object.values(budgets)) {
        b.seen.clear();
        b.silenced = false;
      }
    }
    const budget = signed || /^Discord/i.test(userAgent ?? '') ? budgets.discord : budgets.other;
    // The query string is left out: it is not part of the path, and may carry someone else's secrets.
    const path = field(scrubTokens(target.split(/[?#]/, 1)[0]!));
    const key = `${field(method)} ${path}`;
    if (budget.seen.has(key)) return;
    if (budget.seen.size >= MAX_PATHS_PER_WINDOW) {
      if (!budget.silenced) log.warn({ limit: MAX_PATHS_PER_WINDOW, resumesAt: new Date(windowStart + WINDOW_MS).toISOString() }, 'more requests for unknown paths: not logged until resumesAt');
      budget.silenced = true;
      return;
    }
    budget.seen.add(key);
    log.warn(
      { method: field(method), path, userAgent: userAgent === undefined ? null : field(userAgent) },
      'HTTP request for an unknown path answered 404: the interactions endpoint is POST to any path ending in /interactions',
    );
  };
}

/** A field as it is when it has at most MAX_FIELD_CHARS + 1 characters, else its first MAX_FIELD_CHARS and "…". */
function field(text: string): string {
  return ellipsize(text, MAX_FIELD_CHARS + 1);
}
