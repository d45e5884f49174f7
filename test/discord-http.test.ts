// HTTP interactions mode end to end: the fake Discord signs and POSTs interactions to the bot's endpoint with a
// key pair made for the test, reads the response body as the initial response, and serves the REST routes the
// bot uses afterwards (editing a deferred reply). Two replicas show that button state needs no shared memory.

import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import type { Library } from '../src/engine/library.ts';
import { MANAGE_GUILD, startFakeDiscord, type FakeDiscord, type StoredMessage } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, tempCorpus, testConfig, type CapturedLogger, type TempCorpus } from './fake-discord/harness.ts';

const EPHEMERAL = 64;
const MAX_BODY = 4096;

function keyPair(): { publicHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32-byte key is the tail of the SPKI DER encoding.
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicHex, privateKey };
}

/**
 * POSTs to replica A's endpoint over a raw socket, sending the body (if `send`) in 16 KiB pieces until an answer
 * comes, the way a client uploading a big body does; resolves with the answer's status line ('' if none came).
 */
function rawPost(headers: Record<string, string>, send: boolean): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(replicaA.port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve(answer.split('\r\n', 1)[0]!);
    };
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      if (answer.includes('\r\n')) done();
    });
    socket.on('close', done);
    socket.on('error', () => undefined);
    const head = Object.entries({ host: '127.0.0.1', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.write(`POST /interactions HTTP/1.1\r\n${head}\r\n`);
    if (!send) return;
    const chunked = headers['transfer-encoding'] === 'chunked';
    const piece = Buffer.alloc(16 * 1024, 'x');
    timer = setInterval(() => {
      if (socket.destroyed || socket.writableNeedDrain) return;
      socket.write(chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
    }, 1);
  });
}

const signer = (privateKey: KeyObject) => (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');

let fake: FakeDiscord;
let corpus: TempCorpus;
let libraryA: Library;
let libraryB: Library;
let replicaA: HttpServerHandle;
let replicaB: HttpServerHandle;
let logs: CapturedLogger;
const keys = keyPair();
const good = signer(keys.privateKey);
const endpointA = () => `${replicaA.url}/interactions`;

beforeAll(async () => {
  corpus = tempCorpus();
  [libraryA, libraryB] = await Promise.all([openLibrary(corpus.dir), openLibrary(corpus.dir)]);
  fake = await startFakeDiscord();
  logs = captureLogger();
  const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.apiUrl });
  const common = { config, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', maxBodyBytes: MAX_BODY, askCooldownMs: 0 };
  replicaA = await startHttpServer({ ...common, library: libraryA });
  replicaB = await startHttpServer({ ...common, library: libraryB });
});

afterAll(async () => {
  await replicaA?.stop();
  await replicaB?.stop();
  await fake?.close();
  corpus?.remove();
});

describe('signature and request checks', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await fake.deliver(endpointA(), { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 }, good);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ type: 1 });
  });

  it('refuses a bad signature, a missing one, or a tampered body with 401', async () => {
    const ping = { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 };
    const other = signer(keyPair().privateKey);
    expect((await fake.deliver(endpointA(), ping, other)).status).toBe(401);
    expect((await fake.deliver(endpointA(), ping, good, { signature: null })).status).toBe(401);
    expect((await fake.deliver(endpointA(), ping, good, { signature: 'zz' })).status).toBe(401);
    const signedForOtherBody = good(String(Math.floor(Date.now() / 1000)), Buffer.from('{"type":1}'));
    expect((await fake.deliver(endpointA(), ping, good, { signature: signedForOtherBody })).status).toBe(401);
  });

  it('refuses a correctly signed request whose timestamp is more than 5 minutes old (or ahead) with 401', async () => {
    const ping = { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 };
    const now = Math.floor(Date.now() / 1000);
    // A minute past the bound each way, not a second: on a loaded machine the request can take seconds to arrive,
    // and "301 s ahead" read two seconds later is 299 s ahead, inside the bound.
    expect((await fake.deliver(endpointA(), ping, good, { timestamp: String(now - 360) })).status).toBe(401);
    expect((await fake.deliver(endpointA(), ping, good, { timestamp: String(now + 360) })).status).toBe(401);
    expect((await fake.deliver(endpointA(), ping, good, { timestamp: String(now - 240) })).status).toBe(200);
  });

  it("says when a signed request is refused for its timestamp alone, and by how much this server's clock is off", async () => {
    // Every request stale means a wrong clock: before, that was an info line alike for Discord's deliberate bad
    // signature, so the endpoint could not be verified with nothing in the log to say why.
    const own = captureLogger();
    const clock = Math.floor(Date.now() / 1000) * 1000;
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.apiUrl });
    const skewed = await startHttpServer({ config, library: libraryA, logger: own.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', now: () => clock });
    try {
      const ping = { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 };
      const hourAgo = String(Math.floor(clock / 1000) - 3600);
      expect((await fake.deliver(`${skewed.url}/interactions`, ping, good, { timestamp: hourAgo })).status).toBe(401);
      expect((await fake.deliver(`${skewed.url}/interactions`, ping, signer(keyPair().privateKey), { timestamp: hourAgo })).status).toBe(401);
      const refused = own.lines.filter((l) => String(l.msg).startsWith('interaction refused')).map((l) => [l.level, l.reason, l.skewSeconds, l.msg]);
      expect(refused).toEqual([
        [40, 'stale', -3600, "interaction refused: signed with DISCORD_PUBLIC_KEY, but its timestamp is 3600 s behind this server's clock (5 minutes at most): if every request says so, set the clock right (NTP); one alone is an old request sent again"],
        [30, 'bad-signature', undefined, 'interaction refused: signature check failed'],
      ]);
    } finally {
      await skewed.stop();
    }
  });

  it('warns of stale requests at most once a minute, counting the ones in between into the next warning', async () => {
    // A replayed request sent again and again (or a busy bot with a wrong clock) wrote one warning per request.
    const own = captureLogger();
    let clock = Math.floor(Date.now() / 1000) * 1000;
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.apiUrl });
    const skewed = await startHttpServer({ config, library: libraryA, logger: own.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', now: () => clock });
    try {
      const ping = { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 };
      const stale = async () => expect((await fake.deliver(`${skewed.url}/interactions`, ping, good, { timestamp: String(Math.floor(clock / 1000) - 3600) })).status).toBe(401);
      for (let i = 0; i < 4; i++) await stale();
      clock += 59_000;
      await stale();
      clock += 1_000;
      await stale();
      const warned = own.lines.filter((l) => l.level === 40 && l.reason === 'stale').map((l) => [l.skewSeconds, l.sinceLastWarning]);
      expect(warned).toEqual([[-3600, undefined], [-3600, 4]]);
      expect(own.lines.filter((l) => l.level === 40).at(-1)?.msg).toMatch(/one alone is an old request sent again; 4 more refused so since the last warning$/);
      expect(own.lines.filter((l) => l.level === 20 && l.reason === 'stale')).toHaveLength(4);
    } finally {
      await skewed.stop();
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = { id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1, padding: 'x'.repeat(MAX_BODY) };
    expect((await fake.deliver(endpointA(), big, good)).status).toBe(413);
  });

  it('answers 413 to a huge body at once: before reading it, and without inviting it with "100 Continue"', async () => {
    // Before, a body declared far over the limit was read up to a bound and the connection then cut: the client
    // (or the proxy in front, which then answers 502) never saw the 413; and Node invited the body first.
    const huge = MAX_BODY * 1000;
    const expecting = await rawPost({ 'content-length': String(huge), expect: '100-continue' }, false);
    expect(expecting).toBe('HTTP/1.1 413 Payload Too Large');
    expect(await rawPost({ 'content-length': String(huge) }, true)).toBe('HTTP/1.1 413 Payload Too Large');
    expect(await rawPost({ 'transfer-encoding': 'chunked' }, true)).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it.each([
    ['its length declared', false, false],
    ['chunked', true, false],
    // No length to refuse it by before it is invited: "100 Continue" invites it like any other.
    ['chunked, after asking "100 Continue"', true, true],
  ])('answers 413 to a client that sends a whole over-long body (%s) before it reads, rather than cutting it off', async (_kind, chunked, expecting) => {
    // Before, the refused body was read up to 16 times the limit and the connection then cut: a client that writes
    // its whole body before reading (many simple HTTP clients and scripts) got EPIPE or a reset, never the 413.
    const body = Buffer.alloc(MAX_BODY * 4000, 'x');
    const framed = chunked ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]) : body;
    const length = chunked ? 'transfer-encoding: chunked' : `content-length: ${body.length}`;
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect(replicaA.port, '127.0.0.1');
      socket.pause(); // reads nothing until the whole request is written
      let answer = '';
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      socket.on('data', (data) => {
        answer += data.toString('latin1').replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/u, '');
        if (answer.includes('\r\n')) {
          socket.destroy();
          resolve(answer.split('\r\n', 1)[0]!);
        }
      });
      socket.on('close', () => resolve(answer === '' ? 'closed without an answer' : answer));
      socket.write(`POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\n${length}\r\n${expecting ? 'expect: 100-continue\r\n' : ''}\r\n`);
      socket.write(framed, (error) => {
        if (error === undefined || error === null) socket.resume();
      });
    });
    expect(outcome).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('refuses a signed non-JSON body or an unknown interaction type with 400', async () => {
    expect((await fake.deliver(endpointA(), {}, good, { rawBody: 'type=1' })).status).toBe(400);
    expect((await fake.deliver(endpointA(), { id: '1', type: 99, token: 't', application_id: fake.applicationId }, good)).status).toBe(400);
  });

  it('processes nothing before the signature is verified', async () => {
    const askSpy = vi.spyOn(libraryA, 'ask');
    const reloadSpy = vi.spyOn(libraryA, 'reload');
    const forged = signer(keyPair().privateKey);
    const ask = fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'what is China Up Close' }) });
    const reload = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD });
    expect((await fake.deliver(endpointA(), ask, forged)).status).toBe(401);
    expect((await fake.deliver(endpointA(), reload, forged)).status).toBe(401);
    expect(askSpy).not.toHaveBeenCalled();
    expect(reloadSpy).not.toHaveBeenCalled();
    askSpy.mockRestore();
    reloadSpy.mockRestore();
  });

  it('serves a health check for load balancers and 404 elsewhere', async () => {
    expect((await fetch(`${replicaA.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${replicaA.url}/nope`)).status).toBe(404);
    expect((await fetch(`${replicaA.url}/interactions`)).status).toBe(405);
  });

  it('tells a moderator who opens the endpoint in a browser that it is running and what it is for', async () => {
    const res = await fetch(`${replicaA.url}/tanya/interactions`);
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'POST']);
    expect(await res.text()).toBe(
      'tanya is running: this is its Discord interactions endpoint, which takes only the POST requests Discord signs. Set this address as the Interactions Endpoint URL in the Developer Portal (General Information).\n',
    );
  });

  it('tells a browser opening the root which server it is and where its interactions endpoint is', async () => {
    const before = logs.lines.length;
    const res = await fetch(`${replicaA.url}/`);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain('tanya is running here');
    expect(text).toContain('this address followed by /interactions');
    expect(text).toContain('Interactions Endpoint URL');
    expect(text).toContain('/healthz');
    // Nothing /healthz does not say: no version, no key, no setting.
    expect(text).not.toMatch(/\d+\.\d+\.\d+|key|token/i);
    // A browser opening the root is not a misconfiguration: nothing logged for it.
    expect(logs.lines.slice(before).filter((l) => String(l.msg).includes('unknown path'))).toEqual([]);
    // Other paths stay a bare 404.
    expect(await (await fetch(`${replicaA.url}/nope`)).text()).toBe('not found');
  });
});

describe('endpoint paths', () => {
  const ping = () => ({ id: '1', type: 1, application_id: fake.applicationId, token: 't', version: 1 });

  // What an endpoint URL typed in the Developer Portal, or a reverse proxy that keeps its prefix, sends.
  it.each(['/interactions/', '/tanya/interactions', '/tanya/interactions/', '//interactions', '/interactions?from=proxy'])('answers a signed PING on %s', async (path) => {
    const res = await fake.deliver(`${replicaA.url}${path}`, ping(), good);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ type: 1 });
  });

  it('still checks the signature on any path it accepts', async () => {
    expect((await fake.deliver(`${replicaA.url}/tanya/interactions/`, ping(), signer(keyPair().privateKey))).status).toBe(401);
  });

  it('serves the health check through a prefix too, and 404 on paths that only look alike', async () => {
    expect((await fetch(`${replicaA.url}/tanya/healthz`)).status).toBe(200);
    for (const path of ['/interactionsx', '/interactions/x', '/interaction', '/']) {
      expect((await fake.deliver(`${replicaA.url}${path}`, ping(), good)).status, path).toBe(404);
    }
  });

  it('logs a request for an unknown path at warn, once per path, with the path Discord called', async () => {
    const warned = (path: string) => logs.lines.filter((l) => l.level === 40 && l.path === path);
    await fetch(`${replicaA.url}/interactons?secret=x`, { method: 'POST', headers: { 'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)' } });
    await fetch(`${replicaA.url}/interactons`, { method: 'POST', headers: { 'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)' } });
    expect(warned('/interactons')).toHaveLength(1);
    expect(warned('/interactons')[0]).toMatchObject({ method: 'POST', userAgent: 'Discord-Interactions/1.0 (+https://discord.com)' });
    expect(logs.text()).not.toContain('secret=x');
  });

  it('cannot flood the log: at most 20 unknown paths an hour, then one line saying so', async () => {
    let clock = Date.now();
    const own = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: libraryA, logger: own.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', now: () => clock });
    try {
      for (let i = 0; i < 50; i++) await fetch(`${server.url}/scan/${i}`);
      const warnings = () => own.lines.filter((l) => l.level === 40);
      expect(warnings().filter((l) => typeof l.path === 'string')).toHaveLength(20);
      expect(warnings().filter((l) => String(l.msg).startsWith('more requests for unknown paths'))).toHaveLength(1);
      // Discord's own request is still logged, with its user agent: scanners have a budget of their own.
      await fake.deliver(`${server.url}/tanya/interaction`, ping(), good);
      expect(warnings().filter((l) => l.path === '/tanya/interaction')).toHaveLength(1);
      clock += 60 * 60 * 1000;
      await fetch(`${server.url}/scan/0`);
      expect(warnings().filter((l) => l.path === '/scan/0')).toHaveLength(2);
    } finally {
      await server.stop();
    }
  });
});

describe('server timeouts', () => {
  it('keeps idle connections longer than a load balancer (60 s), and enforces its own request timeouts', () => {
    // Read from the server object, not measured: Node applies these, the test checks the bot set them.
    const server = replicaA.server as typeof replicaA.server & { connectionsCheckingInterval: number };
    expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(15_000);
    // Timeouts are checked every connectionsCheckingInterval: 30 s by default, which would double the 15 s.
    expect(server.connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
  });
});

describe('commands over HTTP', () => {
  it('a signed /ask gets the answer in the response body', async () => {
    const interaction = fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'what is China Up Close' }) });
    const res = await fake.deliver(endpointA(), interaction, good);
    expect(res.status).toBe(200);
    expect(res.invalid).toBeNull();
    expect(res.json.type).toBe(4);
    const best = libraryA.ask('what is China Up Close', { top: 1 }).results[0]!;
    expect(res.json.data.content.replace(/\*\*/g, '')).toContain(best.text);
    expect(res.json.data.content).toContain(`-# Forum media CCTV+ dan China Media Group 2024 · § ${best.paragraph} · 2024-12 · CCTV+`);
    expect(res.json.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('autocomplete answers with at most 25 choices', async () => {
    const data = fake.commandData('ask', { question: 'china' });
    (data.options as Array<Record<string, unknown>>)[0]!.focused = true;
    const res = await fake.deliver(endpointA(), fake.buildInteraction({ type: 4, data }), good);
    expect(res.json.type).toBe(8);
    expect(res.json.data.choices.length).toBeGreaterThan(0);
    expect(res.json.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('a page button made by one replica is served by another (state in custom_id and message)', async () => {
    const asked = fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'China Media Group program', results: 2 }) });
    await fake.deliver(endpointA(), asked, good);
    const reply = fake.original(asked.id as string) as StoredMessage;
    const next = (reply.components as Array<{ components: Array<{ custom_id: string; label: string }> }>).flatMap((r) => r.components).find((b) => b.label === 'Next')!;
    const click = fake.buildInteraction({ type: 3, data: { custom_id: next.custom_id, component_type: 2 }, message: reply });
    const res = await fake.deliver(`${replicaB.url}/interactions`, click, good);
    expect(res.json.type).toBe(7);
    expect(res.json.data.content.split('\n')[0]).toBe('🔎 **China Media Group program**');
    expect(res.json.data.content).toContain('-# Results 3–4');
  });

  it('/reload defers in the response body, then edits the reply over REST with the report', async () => {
    corpus.write('extra.md', '---\nid: extra\ntitle: Extra\n---\nAn extra paragraph about paper kites.\n');
    const before = libraryA.counts;
    const interaction = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD });
    const res = await fake.deliver(endpointA(), interaction, good);
    expect(res.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const report = await fake.waitForOriginal(interaction.id as string);
    expect(report.content).toContain(`Documents: ${before.documents} → ${before.documents + 1}`);
    expect(report.content).toContain('Added (1): extra');
    const edit = fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    expect(edit?.authorization).toBeUndefined();
    // Only this replica reloaded: the other still serves its own index until it is reloaded too.
    expect(libraryB.counts).toEqual(before);
  });

  it('logs what Discord answered to a follow-up it waited out or sent again (429, 5xx), by route, without the token', async () => {
    // Before, the HTTP endpoint's REST client said nothing of either: a late or lost report left no trace.
    const own = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: keys.publicHex, DISCORD_API_URL: fake.apiUrl });
    const replica = await startHttpServer({ config, library: libraryA, logger: own.logger, handleSignals: false, rest: { retries: 1, timeout: 2000 }, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
    try {
      const edit = 'PATCH /webhooks/:app/:token/messages/:message';
      fake.failNext(edit, 429, { message: 'You are being rate limited.', retry_after: 0.2, global: false });
      fake.failNext(edit, 502, 'Bad Gateway');
      const interaction = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD });
      await fake.deliver(`${replica.url}/interactions`, interaction, good);
      const report = await fake.waitForOriginal(interaction.id as string);
      expect(report.content).toMatch(/^✅ Corpus reloaded/);
      const route = '/webhooks/:id/:token/messages/@original';
      const said = own.lines.filter((l) => l.level === 40 && l.route === route).map((l) => [l.msg, l.status, l.method]);
      expect(said).toEqual([
        ['Discord answered 429 (rate limited): waiting, then sending again', 429, 'PATCH'],
        ['Discord answered 502: sending again', 502, 'PATCH'],
      ]);
      expect(own.lines.find((l) => l.status === 429)?.retryAfterSeconds).toBe(0.2);
      expect(own.text()).not.toContain(interaction.token as string);
    } finally {
      await replica.stop();
    }
  });

  it('never logs the interaction tokens', async () => {
    // A deferred reply of its own, so that a token certainly travelled in a webhook path during this test.
    const interaction = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD });
    await fake.deliver(endpointA(), interaction, good);
    await fake.waitForOriginal(interaction.id as string);
    const tokens = fake.requests.flatMap((r) => /^\/webhooks\/\d+\/([^/]+)/.exec(r.path)?.[1] ?? []);
    expect(tokens).toContain(interaction.token);
    const text = logs.text();
    expect(text).toContain(interaction.id as string); // the interaction was logged, by its id
    for (const token of tokens) expect(text).not.toContain(token);
  });
});
