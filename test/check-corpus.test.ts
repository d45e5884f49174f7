import { describe, expect, it } from 'vitest';
import { childEnv, repoRoot, runNode } from './cli-helpers.ts';
import path from 'node:path';

describe('npm run check-corpus', () => {
  it('reports what a good corpus holds and exits 0', async () => {
    const run = await runNode('scripts/check-corpus.ts', []);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 document, 10 passages, no problems/);
  });

  it('lists every problem of a broken corpus with file and line, and exits 1', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['test/fixtures/corpus/broken']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/12 problems/);
    expect(run.stderr).toContain('bulk.jsonl:2: not valid JSON');
    expect(run.stderr).toContain('latin1.txt:2: invalid UTF-8');
    expect(run.stderr).toContain('duplicate document id');
  });

  it('resolves a PATH where it was typed (npm runs scripts from the package folder and says where in INIT_CWD)', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['broken'], { env: childEnv({ INIT_CWD: path.join(repoRoot, 'test/fixtures/corpus') }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot load the corpus at ${path.join(repoRoot, 'test/fixtures/corpus/broken')}: 12 problems`);
  });

  it('--help says how to use it instead of taking it for a path', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Usage: npm run check-corpus \[-- PATH\]/);
  });
});
