// The `.env` every entry point reads: the one in the working directory, then the repository's own (next to
// `.env.example`), so that `npm start` run from elsewhere (a service without a working directory, `npm --prefix`)
// still finds the settings a moderator wrote there. A variable already set in the environment always wins, and
// of the two files the working directory's does.
//
// Every entry point loads it, first thing after its options are read: `npm start` (console, gateway bot, HTTP
// endpoint), ask, check-corpus, deploy-commands, eval, bench, bench:load, and the developers' scripts that take
// --eval-dir (TANYA_EVAL_DIR).
//
// A relative path written in a `.env` file (CORPUS_DIR, TANYA_EVAL_DIR) is relative to that file's folder, as the
// person who wrote it meant it: `CORPUS_DIR=corpus` in the repository's `.env` (as `.env.example` has it) is the
// repository's corpus folder even when `npm run ask` runs from elsewhere. A path set in the environment is
// relative to the working directory.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { encodingOf } from './engine/encoding.ts';

const repoEnv = fileURLToPath(new URL('../.env', import.meta.url));
/** Variables holding a path. */
const PATHS = new Set(['CORPUS_DIR', 'TANYA_EVAL_DIR']);

/** tanya's settings: every variable .env.example lists, and the evaluation's folder. */
export const SETTINGS: ReadonlySet<string> = new Set([
  'DISCORD_TOKEN',
  'DISCORD_CLIENT_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_PUBLIC_KEY',
  'INTERACTIONS',
  'PORT',
  'MODERATOR_ROLE_IDS',
  'CORPUS_DIR',
  'CORPUS_MAX_FILE_BYTES',
  'WATCH_CORPUS',
  'LOG_LEVEL',
  'TZ',
  'DISCORD_API_URL',
  'TANYA_EVAL_DIR',
]);

/** A key of a .env file that is no setting but one slip away from `setting`: it is ignored, and should not be. */
export interface EnvSlip {
  file: string;
  key: string;
  setting: string;
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, counted up to `max` + 1. */
function slipDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The setting `key` is a slip of (its case, or up to two edits in a name of eight letters or more, one below), or null. */
function slipOf(key: string): string | null {
  if (SETTINGS.has(key)) return null;
  const upper = key.toUpperCase();
  for (const setting of SETTINGS) {
    if (upper === setting) return setting;
    const max = setting.length >= 8 ? 2 : 1;
    if (setting.length > 2 && slipDistance(upper, setting, max) <= max) return setting;
  }
  return null;
}

/**
 * Reads the .env files into `env` (see above). Returns the keys that are a slip of a setting's name (MODERATOR_ROLE_ID,
 * discord_token), for the caller to say: read as written they set nothing, and the setting they meant goes unset
 * in silence. Other keys (a variable of the moderator's own) are left alone.
 */
export function loadDotenv(cwd = process.cwd(), repo = repoEnv, env: NodeJS.ProcessEnv = process.env): EnvSlip[] {
  const slips: EnvSlip[] = [];
  const here = path.resolve(cwd, '.env');
  for (const file of here === repo ? [here] : [here, repo]) {
    let text: string;
    try {
      // UTF-8, or UTF-16 by its byte-order mark (Notepad's "Unicode"): read as UTF-8, such a file gave no variable
      // at all, and `npm start` opened the console saying no DISCORD_TOKEN was set. The mark itself is dropped.
      const bytes = readFileSync(file);
      text = new TextDecoder(encodingOf(bytes)).decode(bytes);
    } catch {
      continue; // no .env there: nothing to read
    }
    for (const [key, value] of Object.entries(dotenv.parse(text))) {
      const setting = slipOf(key);
      if (env[key] === undefined) env[key] = PATHS.has(key) && value.trim() !== '' ? path.resolve(path.dirname(file), value.trim()) : value;
      // Where the environment's names ignore case (Windows), discord_token is DISCORD_TOKEN itself: read, no slip.
      const sameVariable = setting !== null && key.toUpperCase() === setting && env[key] !== undefined && env[setting] === env[key];
      if (setting !== null && !sameVariable) slips.push({ file, key, setting });
    }
  }
  return slips;
}

/** One line for a slip: the file, the key as written, and the setting it is near. */
function describeSlip(slip: EnvSlip): string {
  return `${slip.file}: ${slip.key} is no setting of tanya's, and is ignored: ${slip.setting}?`;
}

/**
 * loadDotenv for an entry point (`npm start`, ask, check-corpus, deploy-commands, eval, bench, …): each slip said
 * on stderr, one line after `program`'s name, since what it meant is unset.
 */
export function loadDotenvSayingSlips(program: string): void {
  for (const slip of loadDotenv()) process.stderr.write(`${program}: ${describeSlip(slip)}
`);
}
