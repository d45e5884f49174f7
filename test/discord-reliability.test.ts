// Discord faults beyond test/discord-faults.test.ts (which proves: a dropped socket is resumed and an /ask sent
// meanwhile answered; a 429 on a callback waited out; a 500 on a callback logged and survived) and
// test/discord-gateway.test.ts (an injected 10062 ignored quietly). Here: a socket closed so that the session
// cannot be resumed (a fresh IDENTIFY), a burst of interactions sent while the socket is down, 429s on the
// webhook edit of a deferred reply (per-route and global), a 500 there, and a real expiry (10062 because the
// interaction is older than Discord's deadline). After each, the process is healthy: the next /ask is answered.
// Last, a close code after which discord.js never reconnects (4014): the handle reports it and lets the client go.

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GatewayBotHandle } from '../src/discord/gateway.ts';
import type { Library } from '../src/engine/library.ts';
import { childEnv, runNode } from './cli-helpers.ts';
import { MANAGE_GUILD, type FakeDiscord } from './fake-discord/index.ts';
import { memberFactory, startBotOnFake, openLibrary, tempCorpus, type CapturedLogger, type TempCorpus } from './fake-discord/harness.ts';

const CALLBACK = 'POST /interactions/:id/:token/callback';
const EDIT = 'PATCH /webhooks/:app/:token/messages/:message';

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let corpus: TempCorpus;
let library: Library;
let logs: CapturedLogger;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  corpus = tempCorpus();
  library = await openLibrary(corpus.dir);
  ({ fake, bot, logs } = await startBotOnFake(library));
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

const user = memberFactory('user', 6);

/** The bot is healthy when a fresh /ask is answered with the passage. */
async function answersNextAsk(): Promise<void> {
  const sent = fake.slash('ask', { question: 'what is China Up Close' }, { user: user() });
  const data = (await fake.waitForCallback(sent.id)).data as { content: string };
  expect(data.content).toContain('China Up Close');
}

const levelOf = (id: string) => Math.max(0, ...logs.lines.filter((l) => l.interaction === id).map((l) => l.level as number));

describe('the gateway connection', () => {
  it('cut while 20 /asks are sent: every one is replayed on resume and answered, none twice', async () => {
    const resumes = fake.resumes;
    fake.dropConnection();
    const sent = Array.from({ length: 20 }, (_, i) => fake.slash('ask', { question: i % 2 ? 'what is China Up Close' : 'who is Shen Haixiong' }, { user: user() }));
    const callbacks = await Promise.all(sent.map((s) => fake.waitForCallback(s.id)));
    expect(fake.resumes).toBe(resumes + 1);
    callbacks.forEach((c, i) => {
      expect(c.type).toBe(4);
      expect((c.data as { content: string }).content).toContain(i % 2 ? 'China Up Close' : 'Shen Haixiong');
    });
    for (const s of sent) expect(fake.callbacks.filter((c) => c.interactionId === s.id)).toHaveLength(1);
  });
});

describe('REST faults on the deferred reply of /reload', () => {
  it('a 429 with retry_after on the edit is waited out and the report delivered', async () => {
    fake.failNext(EDIT, 429, { message: 'You are being rate limited.', retry_after: 0.2, global: false });
    const sent = fake.slash('reload', {}, { user: user(), permissions: MANAGE_GUILD });
    const report = await fake.waitForOriginal(sent.id);
    expect(report.content).toContain('Corpus reloaded in');
    const edits = fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(sent.token));
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(levelOf(sent.id)).toBeLessThan(50);
  });

  it('a global 429 on a callback is waited out too', async () => {
    fake.failNext(CALLBACK, 429, { message: 'You are being rate limited.', retry_after: 0.2, global: true }, { headers: { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' } });
    const sent = fake.slash('ask', { question: 'what is China Up Close' }, { user: user() });
    const callback = await fake.waitForCallback(sent.id);
    expect((callback.data as { content: string }).content).toContain('China Up Close');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${sent.id}/`)).map((r) => r.status)).toEqual([429, 204]);
  });

  it('a 500 on the edit is logged with context, the user told if possible, and the bot keeps answering', async () => {
    // FAST_REST has retries: 0, so one 500 fails the edit; the apology (another edit) then goes through.
    fake.failNext(EDIT, 500, { message: 'Internal Server Error', code: 0 });
    const sent = fake.slash('reload', {}, { user: user(), permissions: MANAGE_GUILD });
    const message = await fake.waitForOriginal(sent.id);
    expect(message.content).toContain('something went wrong');
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === sent.id && l.msg === 'sending the answer to Discord failed' && l.level === 50)).toBe(true));
    await answersNextAsk();
  });
});

describe('an interaction that expired (10062)', () => {
  it('is logged quietly (debug, no warning or error), and the bot stays healthy', async () => {
    const sent = fake.slash('ask', { question: 'what is China Up Close' }, { user: user() });
    fake.expire(sent.id); // as if 3 s had passed before the bot answered
    await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${sent.id}/`) && r.status === 404), 'the refused callback');
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === sent.id && String(l.msg).includes('10062'))).toBe(true));
    expect(levelOf(sent.id)).toBeLessThan(40);
    await answersNextAsk();
  });

  it('a /reload whose token expired before its defer reloads nothing and stays quiet', async () => {
    const reload = vi.spyOn(library, 'reload');
    const sent = fake.slash('reload', {}, { user: user(), permissions: MANAGE_GUILD });
    fake.expire(sent.id);
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === sent.id && String(l.msg).includes('10062'))).toBe(true));
    expect(reload).not.toHaveBeenCalled();
    reload.mockRestore();
    expect(levelOf(sent.id)).toBeLessThan(40);
    await answersNextAsk();
  });
});

describe('the gateway session lost for good', () => {
  it('closed so that the session cannot be resumed: the client identifies again and answers the next /ask', async () => {
    const identifies = fake.identifies;
    // 4007 (invalid seq): discord.js must start a new session rather than resume.
    fake.dropConnection({ code: 4007 });
    // discord.js spaces IDENTIFYs at least 5 s apart (plus up to 1.5 s of jitter): hence the long wait.
    await fake.waitFor(() => (fake.identifies === identifies + 1 && fake.connected ? true : undefined), 'a fresh IDENTIFY', 10_000);
    await answersNextAsk();
    expect(logs.lines.some((l) => l.msg === 'gateway connection lost: reconnecting')).toBe(true);
  });

});

describe('Discord refusing the bot for good (a close code discord.js never reconnects after)', () => {
  it('settles `lost` with the close code and releases the client instead of leaving it half alive', async () => {
    const own = await startBotOnFake(library);
    try {
      const identifies = own.fake.identifies;
      // 4014: disallowed intents; discord.js does not reconnect after it.
      own.fake.dropConnection({ code: 4014 });
      expect(await own.bot.lost).toBe(4014);
      await vi.waitFor(() => expect(own.bot.client.isReady()).toBe(false));
      expect(own.logs.lines.some((l) => l.msg === 'gateway disconnected for good: Discord will not take this session back' && l.code === 4014)).toBe(true);
      expect(own.logs.lines.some((l) => l.msg === 'disconnected from Discord')).toBe(true);
      expect(own.fake.identifies).toBe(identifies);
    } finally {
      await own.bot.stop();
      await own.fake.close();
    }
  });
});

describe('after all of that', () => {
  it('no promise was left rejected and unhandled, and the client is still ready', () => {
    expect(unhandled).toEqual([]);
    expect(bot.client.isReady()).toBe(true);
  });
});

describe('start-up failures on the operator side', () => {
  it('Discord out of reach, or the PORT taken: one line saying what to fix (and a fatal log line), exit code 1, no stack', async () => {
    const unreachable = await runNode('src/main.ts', [], {
      env: childEnv({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_URL: 'http://127.0.0.1:9/api' }),
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe('tanya: cannot reach Discord at http://127.0.0.1:9/api (ECONNREFUSED): check the network, and DISCORD_API_URL if it is set\n');
    expect(unreachable.stdout).toContain('"level":60');

    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      const res = await runNode('src/main.ts', [], {
        env: childEnv({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: String(port), DISCORD_TOKEN: '' }),
      });
      expect(res.code).toBe(1);
      expect(res.stderr).toBe(`tanya: PORT ${port} is already in use: stop what listens there, or set another PORT\n`);
    } finally {
      taken.close();
    }
  });
});
