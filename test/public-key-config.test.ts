// DISCORD_PUBLIC_KEY as an operator pastes it into .env, read the way `npm start` reads it (loadDotenv, then
// loadConfig): each mistake is named, never echoed (the line may hold a secret pasted one line off).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { loadDotenv } from '../src/dotenv.ts';

const KEY = '9101753165fe858823fafe8ca33e93eb5dead279dc3087f32e616fea4dec5420';

/** The configuration an .env holding `line` gives for INTERACTIONS=http: the key, or the error's message. */
function fromDotenv(line: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-env-'));
  try {
    writeFileSync(join(dir, '.env'), `INTERACTIONS=http\n${line}\n`);
    const env: NodeJS.ProcessEnv = {};
    loadDotenv(dir, join(dir, 'no-repo.env'), env);
    return loadConfig(env).publicKey ?? 'null';
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('DISCORD_PUBLIC_KEY pasted into .env', () => {
  it('takes the key bare, in straight quotes, with spaces around it or a comment after it', () => {
    for (const line of [`DISCORD_PUBLIC_KEY=${KEY}`, `DISCORD_PUBLIC_KEY="${KEY}"`, `DISCORD_PUBLIC_KEY='${KEY}'`, `DISCORD_PUBLIC_KEY= ${KEY} `, `DISCORD_PUBLIC_KEY=${KEY} # portal`]) {
      expect(fromDotenv(line)).toBe(KEY);
    }
  });

  it('names what is wrong with a mistaken paste, without echoing it', () => {
    const cases: Array<[string, RegExp]> = [
      [`DISCORD_PUBLIC_KEY="${KEY.slice(0, 32)} ${KEY.slice(32)}"`, /DISCORD_PUBLIC_KEY: holds spaces or line breaks: give the "Public Key" .* as one run of 64 hex characters/],
      [`DISCORD_PUBLIC_KEY=\u201c${KEY}\u201d`, /DISCORD_PUBLIC_KEY: holds quotes \(pasted with it\?\)/],
      [`DISCORD_PUBLIC_KEY="${KEY}`, /DISCORD_PUBLIC_KEY: holds quotes/],
      ['DISCORD_PUBLIC_KEY=1575808194381479937', /DISCORD_PUBLIC_KEY: is a Discord id \(17–20 digits\), such as the Application ID/],
      [`DISCORD_PUBLIC_KEY=${KEY.slice(1)}`, /DISCORD_PUBLIC_KEY: is 63 hex characters, not 64: copy .* again, whole/],
      ['DISCORD_PUBLIC_KEY=MTU3NTgwODE5NDM4MTQ3OTkzNw.e0sfZQ.secretsecretsecret', /DISCORD_PUBLIC_KEY: is not 64 hex characters .*not the bot token or the client secret/],
    ];
    for (const [line, expected] of cases) {
      const message = fromDotenv(line);
      expect(message).toMatch(expected);
      expect(message).not.toContain(KEY.slice(1, 20));
      expect(message).not.toContain('secret'.repeat(2));
    }
  });
});
