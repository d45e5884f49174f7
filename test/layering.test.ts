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

  // Only the loaders read files (the corpus, and the lexicon's and thesaurus's data files, once at start-up); every
  // other module, the query path among them however it is split, does no file or network I/O.
  it('does file or network I/O only in its loaders', () => {
    const io = files.filter((file) => importsOf(file).some((spec) => /^node:(fs|net|http|https|dgram)/u.test(spec)));
    expect(io.sort()).toEqual(['corpus.ts', 'lexicon.ts', 'thesaurus.ts']);
  });
});

describe('the corpus watcher', () => {
  // It runs under every front end (the console and Discord alike), and says what a reload did from the engine's
  // report: a front end's renderer is no part of it.
  it('does not depend on a front end', () => {
    for (const spec of importsOf('watch.ts', SRC)) expect(spec, `watch.ts imports ${spec}`).not.toMatch(/^\.\/(cli|discord)\b/u);
  });
});
