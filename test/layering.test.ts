import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(import.meta.dirname, '..', 'src', 'engine');
const importsOf = (file: string) =>
  [...readFileSync(join(ENGINE, file), 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gmu)].map((m) => m[1]!);

describe('the engine', () => {
  const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));

  it('has modules to check', () => {
    expect(files).toEqual(expect.arrayContaining(['search.ts', 'answer.ts', 'library.ts']));
  });

  it.each(files)('%s does not depend on discord.js or on the front ends', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/discord|^\.\.\/(cli|discord)\b|^@discordjs/u);
    }
  });

  it.each(['analyzer.ts', 'search.ts', 'answer.ts', 'cognates.ts'])('%s (the query path) does no file or network I/O', (file) => {
    for (const spec of importsOf(file)) expect(spec, `${file} imports ${spec}`).not.toMatch(/^node:(fs|net|http|https|dgram)/u);
  });
});
