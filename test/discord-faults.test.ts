// Discord faults on the fake (the base for issue 4's reliability tests): a dropped gateway socket is resumed
// and missed interactions are replayed, a 429 with retry_after is waited out, a 500 on a callback is logged and
// the bot keeps answering.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GatewayBotHandle } from '../src/discord/gateway.ts';
import type { FakeDiscord } from './fake-discord/index.ts';
import { startBotOnFake, openLibrary, tempCorpus, type CapturedLogger, type TempCorpus } from './fake-discord/harness.ts';

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let corpus: TempCorpus;
let logs: CapturedLogger;

beforeAll(async () => {
  corpus = tempCorpus();
  const library = await openLibrary(corpus.dir);
  ({ fake, bot, logs } = await startBotOnFake(library));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

const CALLBACK = 'POST /interactions/:id/:token/callback';

describe('Discord faults', () => {
  it('a dropped gateway socket is resumed, and an /ask sent meanwhile is still answered', async () => {
    fake.dropConnection();
    const sent = fake.slash('ask', { question: 'what is China Up Close' });
    const callback = await fake.waitForCallback(sent.id);
    expect((callback.data as { content: string }).content).toContain('China Up Close');
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
  });

  it('a 429 with retry_after on the callback is waited out and the reply delivered', async () => {
    fake.failNext(CALLBACK, 429, { message: 'You are being rate limited.', retry_after: 0.1, global: false });
    const sent = fake.slash('ask', { question: 'what is China Up Close' });
    const callback = await fake.waitForCallback(sent.id);
    expect((callback.data as { content: string }).content).toContain('China Up Close');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${sent.id}/`)).map((r) => r.status)).toEqual([429, 204]);
    // discord.js waits a 429 out without a word: the log says it, by route (the token in the path left out).
    const waited = logs.lines.filter((l) => l.msg === 'Discord answered 429 (rate limited): waiting, then sending again');
    expect(waited.map((l) => [l.level, l.method, l.route, l.retryAfterSeconds])).toEqual([[40, 'POST', '/interactions/:id/:token/callback', 0.1]]);
    expect(logs.text()).not.toContain(sent.token);
  });

  it('a 500 on the callback is logged with context and the bot keeps answering', async () => {
    fake.failNext(CALLBACK, 500, { message: 'Internal Server Error', code: 0 });
    const failed = fake.slash('ask', { question: 'what is China Up Close' });
    await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${failed.id}/`) && r.status === 500), 'the failed callback');
    const sent = fake.slash('ask', { question: 'what is China Up Close' });
    expect(((await fake.waitForCallback(sent.id)).data as { content: string }).content).toContain('China Up Close');
    await vi.waitFor(() =>
      expect(logs.lines.some((l) => l.interaction === failed.id && l.msg === 'sending the answer to Discord failed' && l.level === 50)).toBe(true),
    );
  });
});
