// Running the real entry points as child processes, as a person or a script would: `node --import tsx <file>`
// (what `npm run` does, minus npm's own output lines).

import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const fixtures = path.join(repoRoot, 'test/fixtures/cli');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment the children get: no Discord token (a developer's .env must not turn a test into a login:
 * dotenv never overrides a variable that is set, even to ''), no CORPUS_DIR unless a test sets one, no colour.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: '', NO_COLOR: '1' };
  delete env.CORPUS_DIR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

export function runNode(script: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, script), ...args], {
      cwd: repoRoot,
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
