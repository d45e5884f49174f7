// .env.example is what a first-time moderator reads to fill in .env: each place it sends them must be one they can
// find. Discord shows the Copy … ID entries (of a role, a server, a user) only with Developer Mode on, so a step
// that names one without it sent moderators looking for a menu entry their client did not have.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/eval/sets.ts';

describe('.env.example', () => {
  it('says Developer Mode shows every Copy … ID entry it names', () => {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    // Each variable's comment block, as one line of text.
    const blocks = example.split(/\n(?=[A-Z_]+=)/).map((b) => b.replace(/\n# ?/g, ' '));
    const copying = blocks.filter((b) => /Copy \w+ ID/.test(b));
    expect(copying.length).toBeGreaterThan(0);
    for (const block of copying) expect(block).toMatch(/Developer Mode/);
  });
});
