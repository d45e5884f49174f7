// The README's Project layout is where a newcomer looks for the module that does a thing: a module missing from
// it (or one listed that is gone) sends them searching, so the src/engine row is checked against the folder.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/eval/sets.ts';

describe('README Project layout', () => {
  it('names every src/engine module, and none that is gone', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `src/engine/` |'));
    expect(row).toBeDefined();
    const listed = new Set([...row!.matchAll(/`([\w-]+\.ts)`/g)].map((m) => m[1]!));
    const modules = readdirSync(path.join(repoRoot, 'src/engine')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect([...listed].sort()).toEqual([...modules].sort());
  });
});
