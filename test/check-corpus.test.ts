import { describe, expect, it } from 'vitest';
import { runNode } from './cli-helpers.ts';

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
});
