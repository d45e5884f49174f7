import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDotenv, SETTINGS } from '../src/dotenv.ts';
import { readFileSync } from 'node:fs';
import { childEnv, runNode } from './cli-helpers.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
const folder = (env: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-dotenv-'));
  temps.push(dir);
  writeFileSync(join(dir, '.env'), env);
  return dir;
};

describe('.env', () => {
  it('names a key one slip away from a setting (MODERATOR_ROLE_ID, discord_token), which is otherwise ignored in silence', () => {
    // A moderator who wrote MODERATOR_ROLE_ID saw /reload refused to their role, and nothing anywhere said why.
    const cwd = folder('MODERATOR_ROLE_ID=444444444444444441\ndiscord_token=x\nWATCH_CORPSE=1\nMY_OWN_THING=1\nPORT=3000\n');
    const env: NodeJS.ProcessEnv = {};
    const slips = loadDotenv(cwd, join(cwd, '.env'), env);
    expect(slips).toEqual([
      { file: join(cwd, '.env'), key: 'MODERATOR_ROLE_ID', setting: 'MODERATOR_ROLE_IDS' },
      { file: join(cwd, '.env'), key: 'discord_token', setting: 'DISCORD_TOKEN' },
      { file: join(cwd, '.env'), key: 'WATCH_CORPSE', setting: 'WATCH_CORPUS' },
    ]);
  });

  it('names no case slip where the environment ignores case (Windows), as discord_token there is DISCORD_TOKEN', () => {
    // Node's process.env on Windows reads DISCORD_TOKEN from a variable set as discord_token: told it was ignored,
    // the moderator of a bot that worked went looking for a fault. (A case-blind environment, as Windows' is.)
    const names = new Map<string, string>();
    const blind = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_, key) => names.get(String(key).toUpperCase()),
      set: (_, key, value) => (names.set(String(key).toUpperCase(), String(value)), true),
    });
    const cwd = folder('discord_token=x\nMODERATOR_ROLE_ID=444444444444444441\n');
    expect(loadDotenv(cwd, join(cwd, '.env'), blind)).toEqual([{ file: join(cwd, '.env'), key: 'MODERATOR_ROLE_ID', setting: 'MODERATOR_ROLE_IDS' }]);
    expect(blind['DISCORD_TOKEN']).toBe('x');
  });

  it('knows every setting .env.example lists', () => {
    const listed = [...readFileSync(new URL('../.env.example', import.meta.url), 'utf8').matchAll(/^#? ?([A-Z][A-Z_]+)=/gmu)].map((m) => m[1]);
    expect([...SETTINGS].sort()).toEqual(expect.arrayContaining(listed.sort()));
  });

  it('npm start says so on stderr, and starts all the same', async () => {
    const cwd = folder('MODERATOR_ROLE_ID=444444444444444441\n');
    const res = await runNode('src/main.ts', [], { input: '/quit\n', cwd, env: childEnv() });
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`tanya: ${join(cwd, '.env')}: MODERATOR_ROLE_ID is no setting of tanya's, and is ignored: MODERATOR_ROLE_IDS?`);
  });

  it.each([
    ['npm run ask', 'src/cli/ask.ts', ['--json', 'apa itu China Up Close'], 'ask'],
    ['npm run check-corpus', 'scripts/check-corpus.ts', [], 'check-corpus'],
  ])('%s says so on stderr too: a mistyped CORPUS_DIR there would answer from another corpus in silence', async (_name, script, args, prefix) => {
    const cwd = folder('CORPUS_DIRS=elsewhere\n');
    const res = await runNode(script, args, { cwd, env: childEnv() });
    expect(res.stderr).toContain(`${prefix}: ${join(cwd, '.env')}: CORPUS_DIRS is no setting of tanya's, and is ignored: CORPUS_DIR?`);
  });

  it("is read from the working directory and from the repository's own, the environment and then the working directory winning", () => {
    const cwd = folder('CORPUS_DIR=from-cwd\nLOG_LEVEL=debug\n');
    const repo = folder('CORPUS_DIR=from-repo\nDISCORD_TOKEN=from-repo\nPORT=3000\n');
    const env: NodeJS.ProcessEnv = { PORT: '8080' };
    loadDotenv(cwd, join(repo, '.env'), env);
    expect(env).toEqual({ CORPUS_DIR: join(cwd, 'from-cwd'), LOG_LEVEL: 'debug', DISCORD_TOKEN: 'from-repo', PORT: '8080' });
  });

  it('reads a .env saved as UTF-16 with its byte-order mark (Notepad\'s "Unicode"), as the corpus loader reads text', () => {
    // Read as UTF-8 it gave no variable at all, and `npm start` opened the console saying no DISCORD_TOKEN was set.
    const text = 'DISCORD_TOKEN=abc.def.ghi\r\nLOG_LEVEL=debug\r\n';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'tanya-dotenv-'));
      temps.push(dir);
      writeFileSync(join(dir, '.env'), bytes);
      const env: NodeJS.ProcessEnv = {};
      loadDotenv(dir, join(dir, '.env'), env);
      expect(env).toEqual({ DISCORD_TOKEN: 'abc.def.ghi', LOG_LEVEL: 'debug' });
    }
  });

  it("is the repository's own when started from elsewhere with no .env there", () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tanya-dotenv-'));
    temps.push(elsewhere);
    const repo = folder('DISCORD_TOKEN=from-repo\n');
    const env: NodeJS.ProcessEnv = {};
    loadDotenv(elsewhere, join(repo, '.env'), env);
    expect(env).toEqual({ DISCORD_TOKEN: 'from-repo' });
  });

  it('reads a relative CORPUS_DIR relative to the .env file it is written in; one set in the environment is left as it is', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tanya-dotenv-'));
    temps.push(elsewhere);
    const repo = folder('CORPUS_DIR=corpus\n');
    const env: NodeJS.ProcessEnv = {};
    loadDotenv(elsewhere, join(repo, '.env'), env);
    expect(env).toEqual({ CORPUS_DIR: join(repo, 'corpus') });
    const set: NodeJS.ProcessEnv = { CORPUS_DIR: 'mine' };
    loadDotenv(elsewhere, join(repo, '.env'), set);
    expect(set).toEqual({ CORPUS_DIR: 'mine' });
  });

  it('reads a relative TANYA_EVAL_DIR relative to the .env file it is written in, as CORPUS_DIR', () => {
    // `npm run eval` run from elsewhere looked for the repository's `TANYA_EVAL_DIR=../shared/eval` beside the
    // working directory instead.
    const elsewhere = mkdtempSync(join(tmpdir(), 'tanya-dotenv-'));
    temps.push(elsewhere);
    const repo = folder('TANYA_EVAL_DIR=../sets\n');
    const env: NodeJS.ProcessEnv = {};
    loadDotenv(elsewhere, join(repo, '.env'), env);
    expect(env).toEqual({ TANYA_EVAL_DIR: join(repo, '../sets') });
  });
});
