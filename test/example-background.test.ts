// The example /help gives is found in the background, in steps (example.ts), so that on a big corpus the bot goes
// on answering meanwhile; a /help asked before it is ready waits for it, and is given the example of the corpus
// loaded when it is answered, never the one of a corpus a /reload has just replaced.
//
// The steps' pause (turn.ts) is wrapped, not replaced, so that the test can hold the search for the example at a
// known point instead of racing the clock. Index builds do not pause there, so a /reload is not held.

import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type * as TurnModule from '../src/engine/turn.ts';
import { Library } from '../src/engine/library.ts';
import type { ExampleQuestion } from '../src/engine/example.ts';
import { memberFactory, startBotOnFake, type BotOnFake } from './fake-discord/harness.ts';
import { fixtures, repoRoot } from './cli-helpers.ts';

const probe = vi.hoisted(() => ({
  /** While set, every step of the search for an example waits for it. */
  hold: null as Promise<void> | null,
  /** Steps that waited for the hold. */
  held: 0,
}));

vi.mock('../src/engine/turn.ts', async (importOriginal) => {
  const real = await importOriginal<typeof TurnModule>();
  return {
    ...real,
    async nextTurn() {
      await real.nextTurn();
      while (probe.hold) {
        probe.held++;
        await probe.hold;
      }
    },
  };
});

const corpora = {
  coffee: path.join(fixtures, 'corpus'),
  meetup: path.join(repoRoot, 'test/fixtures/corpus/small'),
};

const dirs: string[] = [];
let bot: BotOnFake | null = null;

afterAll(async () => {
  await bot?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder holding a copy of `from` (replacing what it held). */
function copyCorpus(from: string, to = mkdtempSync(path.join(tmpdir(), 'tanya-example-'))): string {
  if (!dirs.includes(to)) dirs.push(to);
  for (const f of readdirSync(to)) rmSync(path.join(to, f), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  return to;
}

async function exampleOf(dir: string): Promise<ExampleQuestion> {
  const example = await (await Library.open(copyCorpus(dir))).example();
  expect(example).not.toBeNull();
  return example!;
}

const member = memberFactory('helper', 7);

describe('the example question, found in the background', () => {
  it('lets other interactions be answered while it is found, and a /help waiting across a /reload gets the new corpus\'s example', async () => {
    const coffee = await exampleOf(corpora.coffee);
    const meetup = await exampleOf(corpora.meetup);
    expect(meetup.name).not.toBe(coffee.name);

    let release!: () => void;
    probe.hold = new Promise<void>((resolve) => (release = resolve));
    try {
      const dir = copyCorpus(corpora.coffee);
      const library = await Library.open(dir);
      // The search for the example started with the load, and is now held between two of its steps.
      await vi.waitFor(() => expect(probe.held).toBeGreaterThan(0));
      bot = await startBotOnFake(library);
      const { fake } = bot;

      const help = fake.slash('help', {}, { user: member() });
      // Another member's question meanwhile is answered, while the /help still waits for its example.
      const ask = fake.slash('ask', { question: 'who built the largest lantern' }, { user: member() });
      const answer = (await fake.waitForOriginal(ask.id)).content;
      expect(answer).toContain('paper whale');
      expect(answer).not.toContain('could not find a confident answer');
      expect(fake.original(help.id)?.loading ?? true).toBe(true);

      // The corpus is replaced and reloaded before the example is found: the /help must not show the old one's.
      copyCorpus(corpora.meetup, dir);
      const report = await library.reload();
      expect(report.ok).toBe(true);
      expect(fake.original(help.id)?.loading ?? true).toBe(true);

      release();
      probe.hold = null;
      const reply = (await fake.waitForOriginal(help.id)).content;
      expect(reply).toContain(`Example: \`/ask question: ${meetup.en}\``);
      expect(reply).not.toContain(coffee.name);
      // And a /help asked now gives the same, as does the library itself.
      const again = fake.slash('help', {}, { user: member() });
      expect((await fake.waitForOriginal(again.id)).content).toBe(reply);
      expect(await library.example()).toEqual(meetup);
    } finally {
      // Released even when an expectation above failed, so that nothing is left waiting.
      release();
      probe.hold = null;
    }
  });
});
