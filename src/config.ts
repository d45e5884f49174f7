// Configuration from the environment, validated once at start-up. Every problem names its variable, and all of
// them are reported together so a fresh deployment is fixed in one pass, not one restart per typo.
// This module never reads `.env` itself: the entry points load it (dotenv.ts), so tests can pass any env they like.

import { DEFAULT_MAX_FILE_BYTES } from './engine/corpus.ts';

export type InteractionsMode = 'gateway' | 'http';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Bot token; null runs the local console instead of Discord. Never log it. */
  token: string | null;
  /** Application id (needed by deploy-commands; the gateway learns it from READY, HTTP mode from each payload). */
  clientId: string | null;
  /** Guild for `deploy-commands` (instant registration); null registers globally. */
  guildId: string | null;
  /** Ed25519 public key of the application, 64 hex characters; required for `INTERACTIONS=http`. */
  publicKey: string | null;
  interactions: InteractionsMode;
  port: number;
  /** Roles whose members may /reload besides those with Manage Server. */
  moderatorRoleIds: string[];
  /** CORPUS_DIR as given, or null when unset (the entry points then use the shipped `corpus/`). */
  corpusDir: string | null;
  /** Corpus files larger than this (bytes) are refused as a load problem instead of being read. */
  maxFileBytes: number;
  /** Reload the corpus by itself when its files change (WATCH_CORPUS=1). */
  watchCorpus: boolean;
  logLevel: LogLevel;
  /** REST base URL without the version (discord.js appends `/v10`), no trailing slash. */
  apiUrl: string;
}

export const DEFAULT_API_URL = 'https://discord.com/api';
export const DEFAULT_PORT = 3000;
/** A sanity bound: the loader reads a whole file into memory. */
const MAX_FILE_BYTES_LIMIT = 1024 * 1024 * 1024;

export interface ConfigProblem {
  variable: string;
  reason: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `- ${p.variable}: ${p.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
/** A role mention as Discord writes it in a message (`<@&id>`), copied where the id alone belongs. */
const ROLE_MENTION = /^<@&(\d{17,20})>$/;
/** A role's name as Discord shows it ("@Moderators"), copied where its id belongs. */
const ROLE_NAME = /^@[^\s<>@][^<>@]{0,99}$/;

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws ConfigError listing every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: ConfigProblem[] = [];
  const fail = (variable: string, reason: string) => problems.push({ variable, reason });
  const get = (name: string): string | null => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? null : v;
  };

  const token = get('DISCORD_TOKEN');
  if (token !== null) {
    // Never echo the value back: it is a secret even when malformed.
    if (/^bot\s/i.test(token)) fail('DISCORD_TOKEN', 'remove the "Bot " prefix: give the bare token');
    else if (/\s/.test(token)) fail('DISCORD_TOKEN', 'must not contain whitespace');
    // A token is letters, digits, "-", "_" and dots; quotes or invisible characters come with a careless paste.
    else if (!/^[\w.-]+$/.test(token)) fail('DISCORD_TOKEN', 'holds characters a token never has (quotes or invisible characters pasted with it?)');
  }

  // An id variable holding something else may hold a secret pasted into the wrong line: echo it only when it is
  // short and tame, never a token-like value.
  const shown = (v: string) => (v.length <= 24 && /^[\w -]*$/.test(v) ? `"${v}"` : 'the value');

  const snowflake = (name: string): string | null => {
    const v = get(name);
    if (v !== null && !SNOWFLAKE.test(v)) fail(name, `${shown(v)} is not a Discord id (17–20 digits)`);
    return v;
  };
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const guildId = snowflake('DISCORD_GUILD_ID');

  const publicKey = get('DISCORD_PUBLIC_KEY');
  if (publicKey !== null) {
    const problem = publicKeyProblem(publicKey);
    if (problem !== null) fail('DISCORD_PUBLIC_KEY', problem);
  }

  const mode = (get('INTERACTIONS') ?? 'gateway').toLowerCase();
  let interactions: InteractionsMode = 'gateway';
  if (mode === 'gateway' || mode === 'http') interactions = mode;
  else fail('INTERACTIONS', `"${mode}" is not one of: gateway, http`);
  if (interactions === 'http' && publicKey === null) fail('DISCORD_PUBLIC_KEY', 'required when INTERACTIONS=http: copy the "Public Key" of General Information in the Developer Portal (64 hex characters)');

  let port = DEFAULT_PORT;
  const portText = get('PORT');
  if (portText !== null) {
    const n = Number(portText);
    if (!/^\d+$/.test(portText) || !Number.isInteger(n) || n < 1 || n > 65535) fail('PORT', `"${portText}" is not a port number (1–65535)`);
    else port = n;
  }

  const moderatorRoleIds: string[] = [];
  const roles = get('MODERATOR_ROLE_IDS');
  if (roles !== null) {
    for (const part of roles.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      const mention = ROLE_MENTION.exec(id);
      if (SNOWFLAKE.test(id)) moderatorRoleIds.push(id);
      else if (mention !== null) fail('MODERATOR_ROLE_IDS', `${id} is a role mention: write its id alone, ${mention[1]}`);
      else if (ROLE_NAME.test(id))
        fail('MODERATOR_ROLE_IDS', `"${id}" is a role's name, not its id: copy the id (Server Settings → Roles, right-click the role → Copy Role ID, with Developer Mode on)`);
      else fail('MODERATOR_ROLE_IDS', `${shown(id)} is not a role id (17–20 digits); give a comma-separated list`);
    }
  }

  const corpusDir = get('CORPUS_DIR');

  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  const size = maxFileBytesFrom(env);
  if ('problem' in size) problems.push(size.problem);
  else maxFileBytes = size.bytes;

  let watchCorpus = false;
  const watchText = get('WATCH_CORPUS');
  if (watchText !== null) {
    const flag = parseFlag(watchText);
    if (flag === null) fail('WATCH_CORPUS', `"${watchText}" is not one of: ${[...FLAG_WORDS.keys()].join(', ')}`);
    else watchCorpus = flag;
  }

  const level = (get('LOG_LEVEL') ?? 'info').toLowerCase();
  let logLevel: LogLevel = 'info';
  if ((LOG_LEVELS as readonly string[]).includes(level)) logLevel = level as LogLevel;
  else fail('LOG_LEVEL', `"${level}" is not one of: ${LOG_LEVELS.join(', ')}`);

  let apiUrl = DEFAULT_API_URL;
  const api = get('DISCORD_API_URL');
  if (api !== null) {
    let url: URL | null = null;
    try {
      url = new URL(api);
    } catch {
      fail('DISCORD_API_URL', `"${api}" is not a URL`);
    }
    if (url !== null) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('DISCORD_API_URL', 'must be an http(s) URL');
      else if (/\/v\d+\/?$/.test(url.pathname)) fail('DISCORD_API_URL', 'give the base without the version (…/api, not …/api/v10): discord.js appends it');
      else apiUrl = api.replace(/\/+$/, '');
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return { token, clientId, guildId, publicKey, interactions, port, moderatorRoleIds, corpusDir, maxFileBytes, watchCorpus, logLevel, apiUrl };
}

/**
 * CORPUS_MAX_FILE_BYTES alone, for the commands that read a corpus but need no Discord variable (`npm run ask`):
 * the same default, bounds and wording as loadConfig, which uses it, so `ask` and `npm start` agree on a corpus
 * and on what is wrong with the setting.
 */
export function maxFileBytesFrom(env: Env): { bytes: number } | { problem: ConfigProblem } {
  const sizeText = env.CORPUS_MAX_FILE_BYTES?.trim();
  if (sizeText === undefined || sizeText === '') return { bytes: DEFAULT_MAX_FILE_BYTES };
  const n = parseByteSize(sizeText);
  if (n === null || n < 1 || n > MAX_FILE_BYTES_LIMIT) {
    return { problem: { variable: 'CORPUS_MAX_FILE_BYTES', reason: `"${sizeText}" is not a size between 1 byte and 1 GiB (e.g. 5242880, 512KiB or 5MiB)` } };
  }
  return { bytes: n };
}

/** `5242880`, `512KiB`, `5 MiB`, `5M` (K and M are 1024-based, as the loader reports sizes); null when unreadable. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(|b|k|kb|kib|m|mb|mib)$/i.exec(text.trim());
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  const scale = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const n = Math.floor(Number(m[1]) * scale);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * What is wrong with a DISCORD_PUBLIC_KEY value, or null. "Must be 64 hex characters" told an operator who had
 * pasted it with a space, in curly quotes, or had copied the Application ID above it, nothing they could see: say
 * which. The value is never echoed: the line may hold the bot token or the client secret, pasted one line off.
 */
export function publicKeyProblem(value: string): string | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return null;
  const where = 'the "Public Key" of General Information in the Developer Portal';
  if (/^[0-9a-fA-F\s]+$/.test(value) && value.replace(/\s/g, '').length === 64) return `holds spaces or line breaks: give ${where} as one run of 64 hex characters`;
  if (/["'`\u2018\u2019\u201c\u201d]/.test(value)) return `holds quotes (pasted with it?): give ${where}, its 64 hex characters alone`;
  if (SNOWFLAKE.test(value)) return `is a Discord id (17–20 digits), such as the Application ID: give ${where}, 64 hex characters`;
  if (/^[0-9a-fA-F]+$/.test(value)) return `is ${value.length} hex characters, not 64: copy ${where} again, whole`;
  return `is not 64 hex characters (0–9, a–f): give ${where}, not the bot token or the client secret`;
}

/** The words a yes/no variable takes, any case; the error for any other lists these, so it names all of them. */
const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['1', true], ['0', false], ['true', true], ['false', false], ['yes', true], ['no', false], ['on', true], ['off', false],
]);

function parseFlag(text: string): boolean | null {
  return FLAG_WORDS.get(text.trim().toLowerCase()) ?? null;
}

/**
 * The variables a particular use needs (e.g. deploy-commands needs the token and client id). A missing one is
 * named with what needs it and where it goes: "required here" told a first-time moderator neither.
 */
export function requireConfig<K extends keyof Config>(config: Config, keys: Array<[K, string]>, neededBy: string): { [P in K]: NonNullable<Config[P]> } {
  const reason = `not set, and ${neededBy} needs it: set it in .env (.env.example says where to find it)`;
  const problems = keys.filter(([key]) => config[key] === null).map(([, variable]) => ({ variable, reason }));
  if (problems.length > 0) throw new ConfigError(problems);
  return config as unknown as { [P in K]: NonNullable<Config[P]> };
}
