// Load (issue 4): a few hundred /ask interactions dispatched at once on the fake gateway, to the real discord.js
// client and handlers. Every one must get exactly one callback carrying the right answer: nothing dropped,
// nothing crossed. No timing is asserted here (the fake's 3 s deadline is lifted so a slow CI machine cannot
// fail it); `npm run bench:load` measures the time to first response against that deadline.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayBot, type GatewayBotHandle } from '../src/discord/gateway.ts';
import { Library } from '../src/engine/library.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, REPO_CORPUS, testConfig, type CapturedLogger } from './fake-discord/harness.ts';

const N = 300;
const QUESTIONS = [
  'what is China Up Close',
  'who is Shen Haixiong',
  'Which agency organised the forum?',
  'apa tema forum media',
  'Global South',
  'kecerdasan buatan dalam media',
  'program drama dan dokumenter',
  'how many countries took part',
];

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let library: Library;
let logs: CapturedLogger;

beforeAll(async () => {
  library = await Library.open(REPO_CORPUS);
  fake = await startFakeDiscord({ callbackDeadlineMs: 60_000 });
  logs = captureLogger('info');
  const config = testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' });
  // The production cooldown: every interaction comes from a different member, as on a busy server.
  // No retries, as elsewhere, but REST's own timeout lifted too: on a loaded machine 300 answers queued behind each
  // other took longer than FAST_REST's 2 s, and the aborted request failed the test on time, which it does not assert.
  bot = await startGatewayBot({ config, library, logger: logs.logger, handleSignals: false, rest: { ...FAST_REST, timeout: 60_000 } });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe(`${N} /ask at once`, () => {
  it('every interaction gets exactly one callback, with the answer to its own question', async () => {
    // What each question's reply must show first: the citation of its best passage (or the no-answer line).
    const expected = new Map(
      QUESTIONS.map((q) => {
        const best = library.ask(q, { top: 1 });
        return [q, best.answered ? `§ ${best.results[0]!.paragraph} ·` : 'I could not find a confident answer'] as const;
      }),
    );
    const sent = Array.from({ length: N }, (_, i) => {
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const id = `7${String(i).padStart(17, '0')}`;
      return { question, ...fake.slash('ask', { question }, { user: { id, username: `member${i}` } }) };
    });

    const callbacks = await Promise.all(sent.map((s) => fake.waitForCallback(s.id, 30_000)));
    // An answer comes in the callback (4) or, when the machine is too slow to answer close to Discord's 3 s, in the
    // edit of the automatic defer (5) that follows: either is the one response, as a member sees it.
    const contents = await Promise.all(
      callbacks.map(async (callback, i) => {
        expect([4, 5]).toContain(callback.type);
        if (callback.type === 4) return (callback.data as { content: string }).content;
        return (await fake.waitForOriginal(sent[i]!.id, (m) => !m.loading, 30_000)).content;
      }),
    );
    contents.forEach((content, i) => {
      const { question } = sent[i]!;
      expect(content.split('\n')[0]).toBe(`🔎 **${question.replace(/[*_~`|<>[\]#\\]/g, '\\$&')}**`);
      const firstBlock = content.split('\n').slice(1, 3).join('\n');
      expect(firstBlock).toContain(expected.get(question)!);
    });
    // Exactly one response each; none refused by Discord (10062/40060) or by a limit (400).
    for (const s of sent) expect(fake.callbacks.filter((c) => c.interactionId === s.id)).toHaveLength(1);
    const refused = fake.requests.filter((r) => r.route === 'POST /interactions/:id/:token/callback' && r.status !== 204);
    expect(refused).toEqual([]);
    expect(logs.lines.filter((l) => l.msg === 'answered /ask')).toHaveLength(N);
    expect(logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});
