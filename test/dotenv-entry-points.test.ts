// Every entry point reads the settings a moderator wrote in `.env` (src/dotenv.ts), the environment winning: each
// is run here as a person runs it, from a temporary working directory whose `.env` holds one setting that entry
// point reads, and the test looks for what that setting changes. (`npm run eval` and `npm run bench` read
// TANYA_EVAL_DIR from the environment alone: written in .env, it did nothing.) No network but 127.0.0.1.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, fixtures, runNode } from './cli-helpers.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A working directory whose .env is `env`, with a corpus of two write-ups in `docs/`. */
function workingDir(env: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-entry-'));
  temps.push(dir);
  writeFileSync(join(dir, '.env'), env);
  mkdirSync(join(dir, 'docs'));
  copyFileSync(join(fixtures, 'corpus.jsonl'), join(dir, 'docs', 'corpus.jsonl'));
  return dir;
}

/** A one-set evaluation folder `<dir>/<folder>/<name>`, its question answered by the jazz-night write-up. */
function evalFolder(dir: string, folder: string, name: string): void {
  mkdirSync(join(dir, folder, name), { recursive: true });
  copyFileSync(join(fixtures, 'corpus.jsonl'), join(dir, folder, name, 'corpus.jsonl'));
  writeFileSync(join(dir, folder, name, 'dev.jsonl'), '{"id":"q1","q":"Who played the closing set at the jazz night?","gold":["jazz-night"],"answers":["Marlow Quartet"]}\n');
}

/** childEnv without `names`: a variable set in the environment would win over the .env under test. */
function envWithout(...names: string[]): NodeJS.ProcessEnv {
  const env = childEnv();
  for (const name of names) delete env[name];
  return env;
}

describe('a setting written in .env is read by every entry point, the environment winning', () => {
  it('npm run eval: TANYA_EVAL_DIR', async () => {
    const cwd = workingDir('TANYA_EVAL_DIR=sets\n');
    evalFolder(cwd, 'sets', 'tiny-set');
    const res = await runNode('scripts/eval.ts', ['--json'], { cwd, env: envWithout('TANYA_EVAL_DIR') });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ 'tiny-set': expect.objectContaining({ n: 1, mrr10: 1 }) });

    // The environment's folder wins over the file's.
    evalFolder(cwd, 'other', 'other-set');
    const env = await runNode('scripts/eval.ts', ['--json'], { cwd, env: { ...envWithout(), TANYA_EVAL_DIR: join(cwd, 'other') } });
    expect(Object.keys(JSON.parse(env.stdout))).toEqual(['other-set']);
  });

  it('npm run bench: TANYA_EVAL_DIR', async () => {
    const cwd = workingDir('TANYA_EVAL_DIR=sets\n');
    evalFolder(cwd, 'sets', 'forum');
    const res = await runNode('scripts/bench.ts', ['--samples', '1', '--json'], { cwd, env: envWithout('TANYA_EVAL_DIR') });
    expect(res.code).toBe(0);
    // Its forum questions were read from there (no note of sample questions), and the largest set was looked for there.
    expect(res.stderr).toBe(`${join(cwd, 'sets', 'tydiqa-id')} not found: skipped the largest evaluation corpus.\n`);
  }, 60_000);

  it('npm run ask: CORPUS_DIR', async () => {
    const cwd = workingDir('CORPUS_DIR=docs\n');
    const res = await runNode('src/cli/ask.ts', ['--json', 'Who played the closing set at the jazz night?'], { cwd, env: envWithout('CORPUS_DIR') });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('"jazz-night"');
  });

  it('npm start, the console: CORPUS_DIR', async () => {
    const cwd = workingDir('CORPUS_DIR=docs\n');
    const res = await runNode('src/main.ts', [], { cwd, input: 'Who played the closing set at the jazz night?\n/quit\n', env: envWithout('CORPUS_DIR') });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Riverside Jazz Night');
  });

  it('npm start, the bot over the gateway: DISCORD_TOKEN and DISCORD_API_URL', async () => {
    const cwd = workingDir('DISCORD_TOKEN=abc.def.ghi\nDISCORD_API_URL=http://127.0.0.1:9/api\n');
    const res = await runNode('src/main.ts', [], { cwd, env: envWithout('DISCORD_TOKEN', 'DISCORD_API_URL', 'INTERACTIONS') });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('tanya: cannot reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network, and DISCORD_API_URL if it is set\n');
  });

  it('npm start, the HTTP endpoint: INTERACTIONS, DISCORD_PUBLIC_KEY and PORT', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const cwd = workingDir(`INTERACTIONS=http\nDISCORD_PUBLIC_KEY=${'a'.repeat(64)}\nPORT=${port}\n`);
      const res = await runNode('src/main.ts', [], { cwd, env: envWithout('INTERACTIONS', 'DISCORD_PUBLIC_KEY', 'PORT') });
      expect(res.code).toBe(1);
      expect(res.stderr).toBe(`tanya: PORT ${port} is already in use: stop what listens there, or set another PORT\n`);
    } finally {
      taken.close();
    }
  });

  it('npm run deploy-commands: DISCORD_TOKEN, DISCORD_CLIENT_ID and DISCORD_API_URL', async () => {
    const cwd = workingDir('DISCORD_TOKEN=abc.def.ghi\nDISCORD_CLIENT_ID=123456789012345678\nDISCORD_GUILD_ID=\nDISCORD_API_URL=http://127.0.0.1:1/api\n');
    const res = await runNode('scripts/deploy-commands.ts', [], { cwd, env: envWithout('DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL') });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('cannot reach Discord at DISCORD_API_URL http://127.0.0.1:1/api (ECONNREFUSED)');
  });

  it('npm run check-corpus: CORPUS_DIR and CORPUS_MAX_FILE_BYTES', async () => {
    const cwd = workingDir('CORPUS_DIR=docs\nCORPUS_MAX_FILE_BYTES=100\n');
    const res = await runNode('scripts/check-corpus.ts', [], { cwd, env: envWithout('CORPUS_DIR', 'CORPUS_MAX_FILE_BYTES') });
    expect(res.code).not.toBe(0);
    expect(res.stdout + res.stderr).toContain('corpus.jsonl');
    expect(res.stdout + res.stderr).toMatch(/100 bytes|100 B/);
  });
});
