// Graceful shutdown (`stop()`, also what SIGINT/SIGTERM call): the bot stops taking interactions, lets the ones
// in flight finish, then disconnects. The fake Discord holds the bot's answer to the in-flight interaction (as a
// slow network would) until the test has checked that an interaction arriving meanwhile is refused, so the order
// of events is fixed by the test rather than by timing. Timing options are set far out of reach (automatic
// defer, drain limit, Discord's 3 s deadline) so that a slow machine cannot change the outcome.

import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHttpServer } from '../src/discord/http.ts';
import type { Library } from '../src/engine/library.ts';
import { childEnv, repoRoot } from './cli-helpers.ts';
import { MANAGE_GUILD, startFakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, startBotOnFake, tempCorpus, testConfig } from './fake-discord/harness.ts';

const CALLBACK = 'POST /interactions/:id/:token/callback';
const EDIT = 'PATCH /webhooks/:app/:token/messages/:message';
const FAR = 60_000;

/** An application's key pair as HTTP mode sees it: the public key in hex, and a signer of requests. */
function signingKeys(): { publicHex: string; signer: (timestamp: string, body: Buffer) => string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const signer = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
  return { publicHex, signer };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('graceful shutdown', () => {
  it('gateway: answers the /ask in flight, leaves one sent after stop began unanswered, then disconnects', async () => {
    const corpus = tempCorpus();
    cleanups.push(() => corpus.remove());
    const library = await openLibrary(corpus.dir);
    const { fake, bot, logs, close } = await startBotOnFake(library, { fake: { callbackDeadlineMs: FAR }, bot: { deferAfterMs: FAR, drainMs: FAR } });
    cleanups.push(close);

    const held = fake.holdNext(CALLBACK);
    const inFlight = fake.slash('ask', { question: 'what is China Up Close' });
    await held.arrived; // the answer is built and on its way: the interaction is in flight

    const stopped = bot.stop();
    let finished = false;
    void stopped.then(() => (finished = true));
    expect(bot.stop()).toBe(stopped); // a second stop (a second signal) joins the first

    const late = fake.slash('ask', { question: 'who is Shen Haixiong' }, { user: { id: '100000000000000002', username: 'bob' } });
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === late.id && l.msg === 'shutting down: interaction left unanswered')).toBe(true), {
      timeout: 5000,
    });
    // Still connected and waiting for the answer in flight: stop has not given up on it.
    expect(finished).toBe(false);
    expect(fake.connected).toBe(true);

    held.release();
    await stopped;
    const answer = await fake.waitForCallback(inFlight.id);
    expect(answer.type).toBe(4);
    expect((answer.data as { content: string }).content).toContain('China Up Close');
    // The late one was never processed: no callback, no request of any kind with its token.
    expect(fake.callbacks.filter((c) => c.interactionId === late.id)).toEqual([]);
    expect(fake.requests.filter((r) => r.path.includes(late.token))).toEqual([]);
    expect(logs.lines.some((l) => l.msg === 'stopping with interactions still in flight')).toBe(false);
    expect(logs.lines.some((l) => l.msg === 'disconnected from Discord')).toBe(true);
  });

  it('gateway: gives up on work still in flight after the drain limit, says so, and disconnects anyway', async () => {
    const corpus = tempCorpus();
    cleanups.push(() => corpus.remove());
    const library = await openLibrary(corpus.dir);
    const { fake, bot, logs, close } = await startBotOnFake(library, { fake: { callbackDeadlineMs: FAR }, bot: { deferAfterMs: FAR, drainMs: 50 } });
    cleanups.push(close);

    const held = fake.holdNext(CALLBACK);
    fake.slash('ask', { question: 'what is China Up Close' });
    await held.arrived;
    await bot.stop(); // the held answer is never released before stop returns
    expect(logs.lines.find((l) => l.msg === 'stopping with interactions still in flight')).toMatchObject({ level: 40, inFlight: 1 });
    expect(logs.lines.some((l) => l.msg === 'disconnected from Discord')).toBe(true);
    held.release();
  });

  it('HTTP: finishes the deferred /reload in flight, refuses interactions once stopping, then closes', async () => {
    const corpus = tempCorpus();
    cleanups.push(() => corpus.remove());
    const library = await openLibrary(corpus.dir);
    const fake = await startFakeDiscord({ callbackDeadlineMs: FAR });
    cleanups.push(() => fake.close());
    const { publicHex, signer } = signingKeys();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl });
    const http = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0, deferAfterMs: FAR, drainMs: FAR });
    cleanups.push(() => http.stop());
    const endpoint = `${http.url}/interactions`;
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);

    // /reload answers "thinking…" in the HTTP response, then edits it over REST: hold that edit.
    const held = fake.holdNext(EDIT);
    const reload = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD });
    expect((await fake.deliver(endpoint, reload, signer)).json).toMatchObject({ type: 5 });
    await held.arrived;

    const stopped = http.stop();
    let finished = false;
    void stopped.then(() => (finished = true));

    // The listening socket is closed at once, so a new interaction (or health check) cannot even connect; a load
    // balancer sees the replica go away. Either way it is not processed.
    const ask = fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'what is China Up Close' }) });
    const outcome = await fake.deliver(endpoint, ask, signer).then(
      (res) => res.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(outcome);
    expect(await fetch(`${http.url}/healthz`).then((res) => res.status, () => 'refused')).not.toBe(200);
    expect(finished).toBe(false);

    held.release();
    await stopped;
    const report = await fake.waitForOriginal(reload.id as string);
    expect(report.content).toContain('Corpus reloaded in');
    expect(fake.callbacks.filter((c) => c.interactionId === ask.id)).toEqual([]);
    expect(http.server.listening).toBe(false);
    expect(logs.lines.some((l) => l.msg === 'stopping with interactions still in flight')).toBe(false);
    expect(logs.lines.some((l) => l.msg === 'HTTP interactions server stopped')).toBe(true);
  });

  // A /reload whose corpus is still building when the drain gives up: the library's reload waits on a promise the
  // test controls, so it is still running at the limit whatever the machine's speed.
  function gatedReload(library: Library) {
    const real = library.reload.bind(library);
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    vi.spyOn(library, 'reload').mockImplementation(async (by) => {
      started();
      await gate;
      return real(by);
    });
    return { running, finish };
  }

  it('gateway: a /reload still building when the drain gives up tells the moderator, and its late report is dropped', async () => {
    const corpus = tempCorpus();
    cleanups.push(() => corpus.remove());
    const library = await openLibrary(corpus.dir);
    const reloading = gatedReload(library);
    const { fake, bot, logs, close } = await startBotOnFake(library, { fake: { callbackDeadlineMs: FAR }, bot: { deferAfterMs: FAR, drainMs: 50 } });
    cleanups.push(close);

    const reload = fake.slash('reload', {}, { permissions: MANAGE_GUILD, locale: 'en-US' });
    await reloading.running; // deferred ("thinking…"), and the corpus is building
    await bot.stop();
    const told = fake.original(reload.id);
    expect(told?.loading).toBe(false);
    expect(told?.content).toContain('shutting down');
    expect(told?.content).toContain('Run `/reload` again');
    expect((told?.flags ?? 0) & 64).toBe(64); // ephemeral: still only for the moderator
    expect(logs.lines.some((l) => l.interaction === reload.id && l.msg === 'bot stopping before this interaction finished: the user was told')).toBe(true);

    // The reload ends after all (the process had not exited yet): its report must not follow the notice.
    const sent = fake.requests.length;
    reloading.finish();
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === reload.id && l.msg === 'corpus reloaded')).toBe(true), { timeout: 5000 });
    expect(fake.requests.slice(sent).filter((r) => r.path.includes(reload.token))).toEqual([]);
    expect(fake.original(reload.id)?.content).toBe(told?.content);
    expect(fake.followUps(reload.id)).toEqual([]);
  });

  it('HTTP: a /reload still building when the drain gives up tells the moderator before the server closes', async () => {
    const corpus = tempCorpus();
    cleanups.push(() => corpus.remove());
    const library = await openLibrary(corpus.dir);
    const reloading = gatedReload(library);
    const fake = await startFakeDiscord({ callbackDeadlineMs: FAR });
    cleanups.push(() => fake.close());
    const { publicHex, signer } = signingKeys();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl });
    const http = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0, deferAfterMs: FAR, drainMs: 50 });
    cleanups.push(() => http.stop());

    const reload = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD, locale: 'id' });
    expect((await fake.deliver(`${http.url}/interactions`, reload, signer)).json).toMatchObject({ type: 5 });
    await reloading.running;
    await http.stop();
    expect(http.server.listening).toBe(false);
    const told = fake.original(reload.id as string);
    expect(told?.loading).toBe(false);
    expect(told?.content).toContain('Bot sedang dimatikan'); // in the moderator's language
    expect(told?.content).toContain('`/reload`');
    reloading.finish();
  });

  it('npm start: a SIGTERM sent to npm stops the bot too (npm passes it to a shell that dies without passing it on)', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const npm = spawn('npm', ['start'], {
      cwd: repoRoot,
      env: childEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    npm.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    cleanups.push(() => void npm.kill('SIGKILL'));
    await vi.waitFor(() => expect(out).toContain('"msg":"logged in to Discord"'), { timeout: 20_000, interval: 50 });
    expect(fake.connected).toBe(true);
    npm.kill('SIGTERM');
    // The bot notices that npm is gone, stops as on its own SIGTERM, and lets go of the session.
    await vi.waitFor(() => expect(fake.connected).toBe(false), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(out).toContain('"msg":"stopped"'), { timeout: 10_000, interval: 50 });
  }, 40_000);
});
