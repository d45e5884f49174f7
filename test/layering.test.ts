import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const ENGINE = join(SRC, 'engine');
const importsOf = (file: string, dir = ENGINE) =>
  [...readFileSync(join(dir, file), 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gmu)].map((m) => m[1]!);

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

describe('the corpus watcher', () => {
  // It runs under every front end (the console and Discord alike), and says what a reload did from the engine's
  // report: a front end's renderer is no part of it.
  it('does not depend on a front end', () => {
    for (const spec of importsOf('watch.ts', SRC)) expect(spec, `watch.ts imports ${spec}`).not.toMatch(/^\.\/(cli|discord)\b/u);
  });
});
