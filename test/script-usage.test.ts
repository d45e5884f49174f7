// Every script in package.json answers `--help` with its usage (exit 0, doing nothing else) and a mistyped option
// with its name and the usage (exit 2), not a stack trace: an operator types these by hand, from the README.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, repoRoot, runNode } from './cli-helpers.ts';

// npm script → its file (package.json's "scripts"; `start` runs src/main.ts).
const SCRIPTS = [
  ['start', 'src/main.ts'],
  ['bench:load', 'scripts/bench-load.ts'],
  ['build-lexicon', 'scripts/build-lexicon.ts'],
  ['deploy-commands', 'scripts/deploy-commands.ts'],
] as const;

describe.each(SCRIPTS)('npm run %s usage', (name, file) => {
  it('prints the usage with --help and exits 0', async () => {
    // A token that would log in (or a console that would wait for input) must not be reached: --help does nothing else.
    const res = await runNode(file, ['--help'], { input: '', env: childEnv({ DISCORD_TOKEN: 'not-a-token' }) });
    expect(res.stderr).not.toMatch(/node:internal|\n\s+at /);
    expect(res.stdout).toMatch(new RegExp(`usage: npm (run )?${name}`, 'i'));
    expect(res.code).toBe(0);
    // A file the usage sends the reader to is one the repository has ("docs/….md", ".env.example").
    for (const [named] of res.stdout.matchAll(/(?<![\w/.-])(?:\.env\.example|(?:docs|src|scripts|test)\/[\w./-]*\w)/gu)) {
      expect(existsSync(path.join(repoRoot, named)), `${name} --help names ${named}`).toBe(true);
    }
  });

  it('names an unknown option with the usage, exit code 2', async () => {
    const res = await runNode(file, ['--bogus'], { input: '', env: childEnv({ DISCORD_TOKEN: 'not-a-token' }) });
    expect(res.stderr).toContain(`${name}: Unknown option '--bogus'`);
    expect(res.stderr).toMatch(new RegExp(`usage: npm (run )?${name}`, 'i'));
    expect(res.stderr).not.toMatch(/node:internal|\n\s+at /);
    expect(res.code).toBe(2);
  });
});
