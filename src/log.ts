// Structured logs (pino). Secrets never reach the output: known secret fields are redacted by path, and
// interaction/webhook tokens — which discord.js puts in request URLs and therefore in error objects — are
// scrubbed from every string of every logged error, however deeply nested (its `cause`, a nested request). Never log the config object wholesale: log the fields you need.

import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Paths pino replaces with "[redacted]". Interaction tokens are short-lived but let anyone answer as the bot. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'config.token',
  'DISCORD_TOKEN',
  'env.DISCORD_TOKEN',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'interaction.token',
  'publicKey',
];

/** `/interactions/<id>/<token>/…` and `/webhooks/<app>/<token>` carry a token in the path. */
export function scrubTokens(text: string): string {
  return text
    .replace(/(\/interactions\/\d+\/)[^/?\s"']+/g, '$1[redacted]')
    .replace(/(\/webhooks\/\d+\/)[^/?\s"']+/g, '$1[redacted]');
}

/** How deep `scrubDeep` follows nested objects; deeper values are replaced (errors are rarely nested further). */
const SCRUB_DEPTH = 8;

/**
 * `value` with `scrubTokens` applied to every string in it, however nested: an error's `cause` chain, a plain
 * object holding a request URL, an array of them. Nested errors are written without their stacks; objects with
 * `toJSON` (URL, Date) as JSON would write them. Cycles and anything deeper than `SCRUB_DEPTH` are replaced by a
 * marker instead of being followed.
 */
function scrubDeep(value: unknown, depth = 0, ancestors: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return scrubTokens(value);
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return '[circular]';
  if (depth >= SCRUB_DEPTH) return '[too deep]';
  ancestors.add(value);
  try {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return scrubDeep(toJSON.call(value), depth + 1, ancestors);
    if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1, ancestors));
    const out: Record<string, unknown> = {};
    if (value instanceof Error) {
      // A nested error keeps its name, message and cause, which are not enumerable and would otherwise be lost.
      out.type = value.name;
      out.message = scrubTokens(value.message);
      if (value.cause !== undefined) out.cause = scrubDeep(value.cause, depth + 1, ancestors);
    }
    for (const [key, item] of Object.entries(value)) out[key] = scrubDeep(item, depth + 1, ancestors);
    return out;
  } finally {
    // Only the path from the root counts as a cycle: the same object reached twice side by side is written twice.
    ancestors.delete(value);
  }
}

function serializeError(error: unknown): unknown {
  const base = pino.stdSerializers.err(error as Error) as unknown;
  if (base === null || typeof base !== 'object') return scrubDeep(base);
  // The logged error itself counts as an ancestor, so a cause chain that loops back to it is cut there.
  const ancestors = new WeakSet<object>([base]);
  if (typeof error === 'object' && error !== null) ancestors.add(error);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    // The request body of a failed call may hold the reply text; it is not needed to diagnose and can be big.
    if (key === 'requestBody') continue;
    out[key] = scrubDeep(value, 1, ancestors);
  }
  // pino folds an error's causes into `message` and `stack` but drops their other fields, such as the URL of a
  // failed request: keep the cause chain too (without stacks, which are already in `stack`), scrubbed.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause !== undefined && out.cause === undefined) out.cause = scrubDeep(cause, 1, ancestors);
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where to write (tests pass a stream to capture lines); stdout when omitted. */
  destination?: DestinationStream;
  name?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: options.name ?? 'tanya',
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
