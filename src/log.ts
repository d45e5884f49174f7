// Structured logs (pino). Secrets never reach the output: known secret fields are redacted by path, and
// interaction/webhook tokens — which discord.js puts in request URLs and therefore in error objects — are
// scrubbed from every error. Never log the config object wholesale: log the fields you need.

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

function serializeError(error: unknown): unknown {
  const base = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (base === null || typeof base !== 'object') return base;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    // The request body of a failed call may hold the reply text; it is not needed to diagnose and can be big.
    if (key === 'requestBody') continue;
    out[key] = typeof value === 'string' ? scrubTokens(value) : value;
  }
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
