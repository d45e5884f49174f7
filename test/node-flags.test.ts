// The bot and the benches run V8 with the flags src/node-flags.ts lists (see there why): `npm start`, `npm run
// bench` and `npm run bench:load` pass them to node; under them V8 has one worker thread, and a scavenge of the
// young generation is done by the thread that allocates alone, never waiting on a helper thread. V8 reports per
// scavenge the time helper threads spent on it (`--trace-gc-nvp`: background.scavenge.parallel); with the flags it
// must be none, however large the young generation grows.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../src/node-flags.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = (JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Helper-thread milliseconds of each scavenge while a process started with `flags` allocates ~150 MB. */
function backgroundScavengeMs(flags: readonly string[]): number[] {
  const script = `
    const keep = [];
    for (let r = 0; r < 20; r++) {
      const a = [];
      for (let i = 0; i < 100000; i++) a.push({ i, s: 'x' + i });
      keep.push(a);
      if (keep.length > 3) keep.shift();
    }`;
  const out = execFileSync(process.execPath, [...flags, '--trace-gc-nvp', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return out
    .split('\n')
    .filter((line) => /\bgc=s\b/.test(line))
    .map((line) => Number(/background\.scavenge\.parallel=([\d.]+)/.exec(line)?.[1] ?? NaN));
}

/** Whether a process's threads can be counted (Linux: /proc). */
const threadsListed = existsSync('/proc/self/task');

/** Threads of a process started with `flags`, once it has started (see threadsListed). */
function threadCount(flags: readonly string[]): number {
  const script = "setTimeout(() => console.log(require('node:fs').readdirSync('/proc/self/task').length), 50)";
  return Number(execFileSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' }).trim());
}

describe('node flags', () => {
  it('are passed to node by npm start, npm run bench and npm run bench:load', () => {
    expect(NODE_FLAGS.length).toBeGreaterThan(0);
    // (bench:load's engine soak times library.ask in its own process, the bot's query path: its ask p99 is the
    // bot's only if a scavenge there runs as it does in the bot.)
    for (const name of ['start', 'bench', 'bench:load']) {
      const words = scripts[name]!.split(/\s+/);
      expect(words[0], name).toBe('node');
      for (const flag of NODE_FLAGS) expect(words.indexOf(flag), `${name}: ${flag}`).toBeGreaterThan(0);
      // Node's own flags, before the script: after it they would be the script's arguments.
      for (const flag of NODE_FLAGS) expect(words.indexOf(flag), `${name}: ${flag}`).toBeLessThan(words.findIndex((w) => w.endsWith('.ts')));
    }
  });

  // One worker thread for V8's background work, so that it never holds both cores of a 2-core machine: a pool of
  // two (the flags otherwise the same) starts one thread more, node's default of four three more.
  it.skipIf(!threadsListed)('give V8 a single worker thread', () => {
    const others = NODE_FLAGS.filter((flag) => !flag.startsWith('--v8-pool-size'));
    const withFlags = threadCount(NODE_FLAGS);
    expect(threadCount([...others, '--v8-pool-size=2'])).toBe(withFlags + 1);
    expect(threadCount(others)).toBe(withFlags + 3);
  });

  it('leave every scavenge to the allocating thread alone', () => {
    const times = backgroundScavengeMs(NODE_FLAGS);
    expect(times.length).toBeGreaterThan(10);
    for (const ms of times) expect(ms).toBe(0);
  });
});
