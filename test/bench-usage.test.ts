// `npm run bench -- --help` and a mistyped option: the usage, not a stack trace (the bench is run by hand, from the
// README's Speed section, and its options were listed only in the script's first comment).
import { describe, expect, it } from 'vitest';
import { runNode } from './cli-helpers.ts';

describe('npm run bench usage', () => {
  it('prints its options with --help and exits 0 without measuring', async () => {
    const res = await runNode('scripts/bench.ts', ['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/--samples/);
    expect(res.stdout).toMatch(/--eval-dir/);
    expect(res.stdout).toMatch(/--json/);
    expect(res.stdout).not.toMatch(/query p50/);
  });

  it('names an unknown option and shows the usage, with exit code 2', async () => {
    const res = await runNode('scripts/bench.ts', ['--sample', '3000']);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/bench: .*'--sample'/);
    expect(res.stderr).toMatch(/--samples/);
    expect(res.stderr).not.toMatch(/at parseArgs|node:internal/);
  });
});
