// Test harness: a temp corpus folder, the real Library on it, a captured logger, and the fake Discord.
// Every test run gets its own folder, its own fake and its own bot, so tests can run side by side.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.ts';
import { Library } from '../../src/engine/library.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { startGatewayBot, type GatewayBotHandle, type GatewayBotOptions } from '../../src/discord/index.ts';
import { copyShipped } from '../shipped-corpus.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type FakeUser } from './index.ts';

/** A markdown document with hostile text: markdown, mentions and a link, to check escaping end to end. */
export const HOSTILE_DOC = `---
id: hostile-notes
title: "Notes *with* [markdown](https://evil.example) and @everyone"
date: 2025-01
source: Test <@&222222222222222222>
url: https://example.org/notes
lang: en
---
The zebra parade was announced by @everyone and <@111111111111111111> with **bold** claims, a \`code span\`, ||spoilers|| and a [masked link](https://evil.example/x).

# Not a heading
- not a list item, the zebra said.
`;

export interface TempCorpus {
  dir: string;
  write(name: string, text: string): void;
  remove(): void;
}

/** A temp corpus: the shipped write-up (not what else corpus/ holds), plus extra files. */
export function tempCorpus(extra: Record<string, string> = {}): TempCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-corpus-'));
  copyShipped(dir);
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(extra)) write(name, text);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CapturedLogger {
  logger: Logger;
  /** Every line written, parsed. */
  lines: Array<Record<string, unknown>>;
  /** Every line written, raw (to search for secrets). */
  text(): string;
}

export function captureLogger(level: Config['logLevel'] = 'debug'): CapturedLogger {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      raw.push(String(chunk));
      callback();
    },
  });
  const logger = createLogger({ level, destination });
  return {
    logger,
    get lines() {
      return raw.flatMap((chunk) => chunk.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>));
    },
    text: () => raw.join(''),
  };
}

export async function openLibrary(dir: string): Promise<Library> {
  return Library.open(dir);
}

export function testConfig(env: Record<string, string>): Config {
  return loadConfig({ LOG_LEVEL: 'debug', ...env });
}

/** REST options that make failures fast in tests. */
export const FAST_REST = { retries: 0, timeout: 2000 } as const;

export interface BotOnFake {
  fake: FakeDiscord;
  bot: GatewayBotHandle;
  logs: CapturedLogger;
  /** Stops the bot, then the fake. */
  close(): Promise<void>;
}

/**
 * The real gateway bot logged into a fresh fake Discord, serving `library`: the set-up of every end-to-end suite.
 * `env` adds configuration variables; `askCooldownMs` defaults to 0 so tests can ask in quick succession.
 */
export async function startBotOnFake(
  library: Library,
  options: {
    fake?: FakeDiscordOptions;
    env?: Record<string, string>;
    askCooldownMs?: number;
    logLevel?: Config['logLevel'];
    /** Timing options of the bot (automatic defer, shutdown drain). */
    bot?: Pick<GatewayBotOptions, 'deferAfterMs' | 'drainMs'>;
  } = {},
): Promise<BotOnFake> {
  const fake = await startFakeDiscord(options.fake);
  const logs = captureLogger(options.logLevel);
  const config = testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...options.env });
  const bot = await startGatewayBot({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, askCooldownMs: options.askCooldownMs ?? 0, ...options.bot });
  return {
    fake,
    bot,
    logs,
    close: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}

export interface CorpusBotOnFake extends BotOnFake {
  corpus: TempCorpus;
  library: Library;
  /** Stops the bot, then the fake, and removes the corpus. */
  close(): Promise<void>;
}

/** A temp corpus of the shipped write-up and `files`, its Library, and the bot serving it on a fresh fake Discord. */
export async function startBotOnCorpus(files: Record<string, string>): Promise<CorpusBotOnFake> {
  const corpus = tempCorpus(files);
  try {
    const library = await openLibrary(corpus.dir);
    const gw = await startBotOnFake(library);
    return {
      ...gw,
      corpus,
      library,
      close: async () => {
        await gw.close();
        corpus.remove();
      },
    };
  } catch (error) {
    corpus.remove();
    throw error;
  }
}

/**
 * A source of fresh members, each with its own snowflake, so that one test's /ask cooldown or permissions never
 * carry over to another. `first` picks the digit the ids start with, keeping each suite's members apart.
 */
export function memberFactory(name: string, first: number): () => FakeUser {
  let seq = 0;
  return () => {
    seq += 1;
    return { id: `${first}${String(seq).padStart(17, '0')}`, username: `${name}${seq}` };
  };
}
