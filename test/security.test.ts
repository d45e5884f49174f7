// Security (issue 4): /reload authority is checked in the handler, not only by default_member_permissions (which a
// server admin can override); DMs are refused; every reload attempt is logged with who, when and the result; no
// secret (bot token, public key, interaction tokens) ever reaches a log line or a reply; `.env` is git-ignored.

import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { definition as reloadDefinition } from '../commands/reload.ts';
import { startGatewayBot, type GatewayBotHandle } from '../src/discord/gateway.ts';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import type { Library } from '../src/engine/library.ts';
import { repoRoot } from './cli-helpers.ts';
import { MANAGE_GUILD, MEMBER_PERMISSIONS, startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { memberFactory, captureLogger, FAST_REST, openLibrary, tempCorpus, testConfig, type CapturedLogger, type TempCorpus } from './fake-discord/harness.ts';

const MOD_ROLE = '444444444444444444';
const OTHER_ROLE = '555555555555555555';
/** Everything a "moderator" might have without being one here: kick, ban, manage channels/messages/roles. */
const ALMOST_MOD = String(0x2n | 0x4n | 0x10n | 0x2000n | 0x10000000n | BigInt(MEMBER_PERMISSIONS));

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let http: HttpServerHandle;
let corpus: TempCorpus;
let library: Library;
let httpLibrary: Library;
let logs: CapturedLogger;
const keys = (() => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey };
})();
const signer = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), keys.privateKey).toString('hex');
/** Bodies of the HTTP responses the bot sent (its replies in HTTP mode). */
const httpReplies: string[] = [];

beforeAll(async () => {
  corpus = tempCorpus();
  [library, httpLibrary] = await Promise.all([openLibrary(corpus.dir), openLibrary(corpus.dir)]);
  fake = await startFakeDiscord({ guilds: [{ roles: [{ id: MOD_ROLE, name: 'moderators', permissions: '0' }, { id: OTHER_ROLE, name: 'helpers', permissions: '0' }] }] });
  // The most verbose level: whatever is logged at all is checked for secrets.
  logs = captureLogger('trace');
  const config = testConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    MODERATOR_ROLE_IDS: MOD_ROLE,
    DISCORD_PUBLIC_KEY: keys.publicHex,
    LOG_LEVEL: 'trace',
  });
  bot = await startGatewayBot({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, askCooldownMs: 0 });
  http = await startHttpServer({ config: { ...config, interactions: 'http' }, library: httpLibrary, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
});

afterAll(async () => {
  await bot?.stop();
  await http?.stop();
  await fake?.close();
  corpus?.remove();
});

const user = memberFactory('member', 9);

describe('/reload authority, checked in the handler', () => {
  it('the command is registered for Manage Server and servers only, but that is only a default', () => {
    expect(reloadDefinition.default_member_permissions).toBe(MANAGE_GUILD);
    expect(reloadDefinition.contexts).toEqual([0]);
  });

  // An admin may open /reload to anyone (Server Settings → Integrations): these members can then invoke it, and
  // the handler must still refuse them.
  const refused: Array<[string, { permissions: string; roles: string[] }]> = [
    ['no permissions and a role that is not a moderator role', { permissions: '0', roles: [OTHER_ROLE] }],
    ['kick, ban, manage channels, messages and roles, but not Manage Server', { permissions: ALMOST_MOD, roles: [OTHER_ROLE] }],
    ['an ordinary member', { permissions: MEMBER_PERMISSIONS, roles: [] }],
  ];
  it.each(refused)('refuses %s, reloads nothing, and logs who was refused and why', async (_name, member) => {
    const spy = vi.spyOn(library, 'reload');
    const before = library.snapshot;
    const who = user();
    const sent = fake.slash('reload', {}, { user: who, ...member });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    const refusal = callback.data as { content: string; flags: number; allowed_mentions?: { parse: string[] } };
    expect(refusal.content).toContain('Only moderators');
    // Whom to ask: the permission, and the moderator roles this bot is set up with, named without pinging them.
    expect(refusal.content).toContain('**Manage Server**');
    expect(refusal.content).toContain(`the role <@&${MOD_ROLE}>`);
    expect(refusal.content).toContain('Ask one of them to run `/reload`');
    expect(refusal.allowed_mentions).toEqual({ parse: [] });
    expect((callback.data as { flags: number }).flags & 64).toBe(64);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(library.snapshot).toBe(before);
    const line = logs.lines.find((l) => l.interaction === sent.id && l.msg === 'corpus reload refused');
    expect(line).toMatchObject({ userId: who.id, username: who.username, guild: fake.guild.id, result: 'refused', reason: 'not a moderator' });
    expect(typeof line?.time).toBe('number');
  });

  it('refuses in DMs, even with a forged member and permissions', async () => {
    const spy = vi.spyOn(library, 'reload');
    const dm = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), guildId: null, user: user() });
    dm.member = { user: dm.user, roles: [MOD_ROLE], permissions: MANAGE_GUILD };
    const sent = fake.dispatchPayload(dm);
    const data = (await fake.waitForCallback(sent.id)).data as { content: string };
    expect(data.content).toContain('only works in a server');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(logs.lines.find((l) => l.interaction === sent.id && l.msg === 'corpus reload refused')).toMatchObject({ result: 'refused', reason: 'not in a server' });
  });

  it('lets a moderator role and Manage Server through, each reload logged with who, when and the result', async () => {
    const mod = user();
    const viaRole = fake.slash('reload', {}, { user: mod, permissions: '0', roles: [OTHER_ROLE, MOD_ROLE] });
    expect((await fake.waitForOriginal(viaRole.id)).content).toContain('Corpus reloaded');
    expect(logs.lines.find((l) => l.interaction === viaRole.id && l.msg === 'corpus reloaded')).toMatchObject({
      userId: mod.id,
      username: mod.username,
      guild: fake.guild.id,
      result: 'reloaded',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      before: library.counts,
      after: library.counts,
    });

    corpus.write('broken.jsonl', 'not json\n');
    const admin = user();
    const viaPermission = fake.slash('reload', {}, { user: admin, permissions: MANAGE_GUILD });
    // (Rule changed: a broken file rejected the reload; now it is left out, and the result says there were problems.)
    expect((await fake.waitForOriginal(viaPermission.id)).content).toContain('but 1 problem to fix');
    expect(logs.lines.find((l) => l.interaction === viaPermission.id && l.result === 'reloaded with problems')).toMatchObject({
      userId: admin.id,
      result: 'reloaded with problems',
      at: expect.any(String),
      problems: [{ file: 'broken.jsonl', line: 1, reason: expect.stringMatching(/^not valid JSON/) }],
    });
  });
});

describe('no secret in logs or replies', () => {
  it('exercises both modes, including failures, then finds no token or key anywhere', async () => {
    // Gateway: an answer, a failed delivery (the error carries the webhook URL with the interaction token),
    // an expired interaction, a handler error.
    const ask = fake.slash('ask', { question: 'what is China Up Close' }, { user: user() });
    await fake.waitForCallback(ask.id);
    fake.failNext('PATCH /webhooks/:app/:token/messages/:message', 500, { message: 'Internal Server Error', code: 0 });
    const failing = fake.slash('reload', {}, { user: user(), permissions: MANAGE_GUILD });
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === failing.id && l.level === 50)).toBe(true));
    const expired = fake.slash('help', {}, { user: user() });
    fake.expire(expired.id);
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === expired.id && String(l.msg).includes('10062'))).toBe(true));
    const spy = vi.spyOn(library, 'ask').mockImplementationOnce(() => {
      throw new Error(`engine failure while answering`);
    });
    const broken = fake.slash('ask', { question: 'what is China Up Close' }, { user: user() });
    await fake.waitForCallback(broken.id);
    spy.mockRestore();

    // HTTP mode: a signed /ask and /reload, a forged request, a stale one.
    const endpoint = `${http.url}/interactions`;
    for (const payload of [
      fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'who is Shen Haixiong' }) }),
      fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), permissions: MANAGE_GUILD }),
    ]) {
      const res = await fake.deliver(endpoint, payload, signer);
      httpReplies.push(res.text);
      if ((payload.data as { name: string }).name === 'reload') await fake.waitForOriginal(payload.id as string);
    }
    const forged = await fake.deliver(endpoint, { type: 1 }, () => 'ab'.repeat(64));
    const stale = await fake.deliver(endpoint, { type: 1 }, signer, { timestamp: String(Math.floor(Date.now() / 1000) - 3600) });
    httpReplies.push(forged.text, stale.text);
    expect([forged.status, stale.status]).toEqual([401, 401]);

    // A refused token at start-up: the error names the variable, not the value.
    const refusedStart = await startGatewayBot({
      config: testConfig({ DISCORD_TOKEN: 'refused.secret.value', DISCORD_API_URL: fake.apiUrl }),
      library,
      logger: logs.logger,
      handleSignals: false,
      rest: FAST_REST,
    }).catch((e: unknown) => e as Error);
    expect(String(refusedStart)).toContain('DISCORD_TOKEN');
    expect(String(refusedStart)).not.toContain('refused.secret.value');

    const secrets = [fake.token, keys.publicHex, keys.publicHex.toUpperCase(), 'refused.secret.value'];
    for (const r of fake.requests) {
      const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(r.path)?.[1];
      if (token) secrets.push(token);
    }
    expect(secrets.length).toBeGreaterThan(6);
    const logText = logs.text();
    expect(logText.length).toBeGreaterThan(1000);
    const replies = [
      ...fake.callbacks.map((c) => JSON.stringify(c.data ?? {})),
      ...[...fake.messages.values()].map((m) => m.content),
      ...httpReplies,
    ].join('\n');
    for (const secret of secrets) {
      expect(logText.includes(secret), `a secret (${secret.slice(0, 6)}…) in the logs`).toBe(false);
      expect(replies.includes(secret), `a secret (${secret.slice(0, 6)}…) in a reply`).toBe(false);
    }
  });
});

describe('the repository', () => {
  it('git-ignores .env, and .env.example holds no secret values', () => {
    const ignored = readFileSync(path.join(repoRoot, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain('.env');
    expect(ignored.some((l) => l.startsWith('!') && l.includes('.env'))).toBe(false);
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    for (const variable of ['DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY']) expect(example).toMatch(new RegExp(`^${variable}=$`, 'm'));
  });
});
