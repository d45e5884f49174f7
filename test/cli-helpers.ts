// Running the real entry points as child processes, as a person or a script would: `node --import tsx <file>`
// (what `npm run` does, minus npm's own output lines).

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { copyShipped, shippedCorpus } from './shipped-corpus.ts';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const fixtures = path.join(repoRoot, 'test/fixtures/cli');

/** tsx's loader by its full address: `--import tsx` would be looked up from the child's working directory. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * A copy of the repository's code (its own src/, scripts/ and package.json; data/ and node_modules/ linked) at
 * `<temp>/repo`, its corpus/ the shipped write-up alone, for tests that need a repository whose .env they may
 * write, or one with nothing beside it (no ../shared/eval). Remove `temp` when done.
 */
export function repositoryCopy(): { temp: string; repo: string } {
  const temp = mkdtempSync(path.join(tmpdir(), 'tanya-repo-'));
  const repo = path.join(temp, 'repo');
  for (const copied of ['src', 'scripts']) cpSync(path.join(repoRoot, copied), path.join(repo, copied), { recursive: true });
  copyFileSync(path.join(repoRoot, 'package.json'), path.join(repo, 'package.json'));
  copyShipped(path.join(repo, 'corpus'));
  for (const linked of ['data', 'node_modules']) symlinkSync(path.join(repoRoot, linked), path.join(repo, linked), 'dir');
  return { temp, repo };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment the children get: no Discord token, and the shipped write-up alone as the corpus, whatever a
 * developer's .env says or their corpus/ holds (a .env must not turn a test into a login or point it at another
 * corpus: a variable that is set is never overridden by one), unless a test sets them; no colour.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: shippedCorpus(), NO_COLOR: '1' };
  // Where `npm test` was typed, and whose script it ran: paths in the tests are relative to the repository, as the
  // children's cwd is.
  delete env.INIT_CWD;
  delete env.npm_package_json;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

/** Runs `script` (relative to the repository, or absolute) to its exit, from `cwd` (default: the repository). */
export function runNode(script: string, args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, path.resolve(repoRoot, script), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? childEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A long-running entry point (`npm start`) as a child process, read as it writes. */
export interface Child {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once `stream` holds `needle`; fails after `timeoutMs` showing what the stream held. */
  until(stream: 'stdout' | 'stderr', needle: string | RegExp, timeoutMs?: number): Promise<void>;
}

export function startNode(env: NodeJS.ProcessEnv, script = 'src/main.ts'): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, script)], { cwd: repoRoot, env, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    until: (stream, needle, timeoutMs = 8000) =>
      vi.waitFor(
        () => {
          const text = stream === 'stdout' ? out : err;
          if (typeof needle === 'string' ? !text.includes(needle) : !needle.test(text)) throw new Error(`no ${String(needle)} in ${stream}:\n${text}`);
        },
        { timeout: timeoutMs, interval: 20 },
      ),
  };
}
