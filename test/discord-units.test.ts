// The small pieces of the Discord side: configuration, logging without secrets, signature checks, button
// custom_ids, the cooldown, autocomplete choices, the /reload authority check, and the responder/dispatcher
// guarantees (right REST call after a defer, automatic defer for a slow handler, errors answered).

import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { APIInteraction, APIInteractionResponse, REST } from 'discord.js';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createLogger, scrubTokens } from '../src/log.ts';
import { checkSignature, publicKeyFromHex } from '../src/discord/verify.ts';
import { CUSTOM_ID_MAX, decodeAskButton, encodeAskButton, fullPassageButton, passageFingerprint, type AskButton } from '../src/discord/custom-id.ts';
import { Cooldown } from '../src/discord/cooldown.ts';
import { cleanChoices, Responder } from '../src/discord/responder.ts';
import { createDispatcher } from '../src/discord/dispatch.ts';
import type { BotServices, CommandInteraction, CommandModule } from '../src/discord/command.ts';
import { mayReload } from '../commands/reload.ts';
import { messages } from '../src/discord/i18n.ts';
import { Library } from '../src/engine/library.ts';
import { findPassage } from '../src/discord/paragraph.ts';
import { unknownPathReporter } from '../src/discord/http-paths.ts';
import { restServerRoles, unknownRoleIds, unknownRolesWarning } from '../src/discord/server-roles.ts';

const SNOWFLAKE = '123456789012345678';

describe('config', () => {
  it('has sensible defaults', () => {
    expect(loadConfig({})).toEqual({
      token: null,
      clientId: null,
      guildId: null,
      publicKey: null,
      interactions: 'gateway',
      port: 3000,
      moderatorRoleIds: [],
      corpusDir: null,
      maxFileBytes: 5 * 1024 * 1024,
      watchCorpus: false,
      logLevel: 'info',
      apiUrl: 'https://discord.com/api',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: SNOWFLAKE,
      DISCORD_GUILD_ID: SNOWFLAKE,
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      INTERACTIONS: 'http',
      PORT: '8080',
      MODERATOR_ROLE_IDS: `${SNOWFLAKE}, 223456789012345678`,
      CORPUS_DIR: 'data/corpus',
      LOG_LEVEL: 'warn',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(config).toMatchObject({ interactions: 'http', port: 8080, corpusDir: 'data/corpus', moderatorRoleIds: [SNOWFLAKE, '223456789012345678'], apiUrl: 'http://127.0.0.1:9999/api', logLevel: 'warn' });
  });

  it('names every bad variable at once, and never echoes the token', () => {
    let error: unknown;
    try {
      loadConfig({
        DISCORD_TOKEN: 'Bot secret-token-value',
        DISCORD_CLIENT_ID: '12',
        INTERACTIONS: 'websocket',
        PORT: '99999',
        MODERATOR_ROLE_IDS: 'mods',
        LOG_LEVEL: 'loud',
        DISCORD_API_URL: 'ftp://x',
        DISCORD_PUBLIC_KEY: 'xyz',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.variable);
    expect(variables).toEqual(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_PUBLIC_KEY', 'INTERACTIONS', 'PORT', 'MODERATOR_ROLE_IDS', 'LOG_LEVEL', 'DISCORD_API_URL']);
    expect((error as Error).message).not.toContain('secret-token-value');
  });

  it('MODERATOR_ROLE_IDS: a role mention or a role name copied instead of the id is named as such', () => {
    const problem = (value: string) => {
      try {
        loadConfig({ MODERATOR_ROLE_IDS: value });
      } catch (e) {
        return (e as ConfigError).problems.map((p) => p.reason).join(' | ');
      }
      return '';
    };
    // A mention copied from a message: the id is in it, and the error says which.
    expect(problem(`${SNOWFLAKE},<@&223456789012345678>`)).toBe('<@&223456789012345678> is a role mention: write its id alone, 223456789012345678');
    expect(problem('@Moderators')).toBe(
      '"@Moderators" is a role\'s name, not its id: copy the id (Server Settings → Roles, right-click the role → Copy Role ID, with Developer Mode on)',
    );
  });

  it('refuses a token pasted with quotes or invisible characters, and never echoes a token pasted into an id variable', () => {
    for (const pasted of ['“MTIz.abc.def”', 'MTIz.abc\u200b.def', "'MTIz.abc.def'"]) {
      expect(() => loadConfig({ DISCORD_TOKEN: pasted })).toThrow(/DISCORD_TOKEN: holds characters a token never has/);
    }
    expect(loadConfig({ DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEy.GhIjKl.abc_DEF-123' }).token).toBe('MTIzNDU2Nzg5MDEy.GhIjKl.abc_DEF-123');
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secretsecretsecret';
    for (const variable of ['DISCORD_CLIENT_ID', 'MODERATOR_ROLE_IDS']) {
      let message = '';
      try {
        loadConfig({ [variable]: token });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(new RegExp(`${variable}: the value is not a (Discord|role) id`));
      expect(message).not.toContain('secret');
    }
    // A short, plain mistake is still shown, so the moderator sees what is wrong with it.
    expect(() => loadConfig({ DISCORD_CLIENT_ID: '12' })).toThrow(/DISCORD_CLIENT_ID: "12" is not a Discord id/);
  });

  it('requires the public key in HTTP mode', () => {
    // Says where the key is, as the other public-key problems do: a first HTTP setup has not met it yet.
    expect(() => loadConfig({ INTERACTIONS: 'http' })).toThrow(
      /DISCORD_PUBLIC_KEY: required when INTERACTIONS=http: copy the "Public Key" of General Information in the Developer Portal \(64 hex characters\)$/,
    );
  });
});

describe('logging', () => {
  it('logs an unknown path cut between characters, never through an emoji', () => {
    const logged: Array<Record<string, unknown>> = [];
    const log = { warn: (fields: Record<string, unknown>) => logged.push(fields) } as unknown as Parameters<typeof unknownPathReporter>[0];
    // "/" and 150 emoji: cut at 200 units, the path held half an emoji.
    unknownPathReporter(log)('POST', '/' + '🎉'.repeat(150), '🎉'.repeat(150), false);
    const { path, userAgent } = logged[0] as { path: string; userAgent: string };
    expect(path).toBe('/' + '🎉'.repeat(99) + '…');
    expect(userAgent).toBe('🎉'.repeat(100) + '…');
  });


  it('redacts tokens by field and scrubs interaction tokens from errors', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) });
    const error = Object.assign(new Error('Unknown interaction'), { url: 'https://discord.com/api/v10/interactions/123/SECRETTOKEN/callback', requestBody: { json: { content: 'x' } } });
    logger.info({ token: 'BOTTOKEN', config: { token: 'BOTTOKEN2' }, headers: { authorization: 'Bot BOTTOKEN3' } }, 'hello');
    logger.error({ err: error }, 'failed');
    const text = lines.join('');
    for (const secret of ['BOTTOKEN', 'SECRETTOKEN']) expect(text).not.toContain(secret);
    expect(text).toContain('/interactions/123/[redacted]/callback');
    expect(scrubTokens('/webhooks/1/abc.def/messages/@original')).toBe('/webhooks/1/[redacted]/messages/@original');
  });

  it('scrubs tokens nested in an error: its cause chain, nested objects and URLs, and survives cycles', () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) });
    const webhook = 'https://discord.com/api/v10/webhooks/123456/CAUSETOKEN/messages/@original';
    const root = Object.assign(new Error(`PATCH ${webhook.replace('CAUSETOKEN', 'ROOTTOKEN')} failed`), { request: { url: webhook.replace('CAUSETOKEN', 'REQTOKEN'), parsed: new URL(webhook.replace('CAUSETOKEN', 'URLTOKEN')) } });
    const cause = Object.assign(new Error('socket hang up'), { url: webhook, attempts: [{ path: '/interactions/42/ARRAYTOKEN/callback' }] });
    const error = new Error('sending the answer failed', { cause: new Error('retry gave up', { cause: root }) });
    (root as { cause?: unknown }).cause = cause;
    const loop: Record<string, unknown> = { url: webhook.replace('CAUSETOKEN', 'LOOPTOKEN') };
    loop.self = loop;
    Object.assign(cause, { loop, back: error }); // a cycle through the logged error itself
    logger.error({ err: error }, 'failed');
    logger.warn({ err: { response: { url: webhook.replace('CAUSETOKEN', 'PLAINTOKEN') } } }, 'not an Error instance');
    const text = lines.join('');
    for (const secret of ['CAUSETOKEN', 'ROOTTOKEN', 'REQTOKEN', 'URLTOKEN', 'ARRAYTOKEN', 'LOOPTOKEN', 'PLAINTOKEN']) expect(text).not.toContain(secret);
    const [logged] = lines.map((l) => JSON.parse(l) as { err: { cause: { message: string; cause: { request: { url: string }; cause: { url: string; loop: { self: unknown }; back: unknown } } } } });
    const deepest = logged!.err.cause.cause.cause;
    expect(deepest.url).toBe('https://discord.com/api/v10/webhooks/123456/[redacted]/messages/@original');
    expect(logged!.err.cause.cause.request.url).toContain('/webhooks/123456/[redacted]/');
    expect(deepest.loop.self).toBe('[circular]');
    expect(deepest.back).toBe('[circular]');
  });
});

describe('signature check', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const key = publicKeyFromHex(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'));
  const body = Buffer.from('{"type":1}');
  const now = 1_700_000_000_000;
  const ts = String(now / 1000);
  const signature = sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString('hex');

  it('accepts a valid signature and refuses the rest with a reason', () => {
    expect(checkSignature(key, signature, ts, body, now)).toEqual({ ok: true });
    expect(checkSignature(key, undefined, ts, body, now)).toEqual({ ok: false, reason: 'missing' });
    expect(checkSignature(key, 'abc', ts, body, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkSignature(key, signature, ts, Buffer.from('{"type":2}'), now)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(checkSignature(key, signature, ts, body, now + 301_000)).toEqual({ ok: false, reason: 'stale', skewSeconds: -301 });
    expect(checkSignature(key, signature, ts, body, now - 3_600_000)).toEqual({ ok: false, reason: 'stale', skewSeconds: 3600 });
  });

  it('calls a request stale only when it is signed: an old timestamp on a forged one is a bad signature', () => {
    // "Stale" tells the operator the clock is wrong; a forger's old timestamp must not say so.
    expect(checkSignature(key, signature, ts, Buffer.from('{"type":2}'), now + 301_000)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});

describe('button custom_ids', () => {
  it('round-trip and refuse forged or out-of-range values', () => {
    const buttons: AskButton[] = [
      { kind: 'page', page: 3, results: 5 },
      { kind: 'passage', passageId: 'doc:with:colons#12', fingerprint: '0123abcd', length: 1234 },
      { kind: 'passage', passageId: 'doc:with:colons#12', fingerprint: '0123abcd', length: null },
      { kind: 'passage', passageId: 'doc#12', fingerprint: null, length: null },
      { kind: 'rank', rank: 42, fingerprint: 'ffff0000', length: 36 ** 4 - 1 },
      { kind: 'rank', rank: 42, fingerprint: 'ffff0000', length: null },
      { kind: 'rank', rank: 42, fingerprint: null, length: null },
    ];
    for (const b of buttons) expect(decodeAskButton(encodeAskButton(b))).toEqual(b);
    // Buttons posted before fingerprints still decode, as buttons to take at their word.
    expect(decodeAskButton('ask:fp:forum#3')).toEqual({ kind: 'passage', passageId: 'forum#3', fingerprint: null, length: null });
    expect(decodeAskButton('ask:fr:7')).toEqual({ kind: 'rank', rank: 7, fingerprint: null, length: null });
    for (const forged of ['ask:pg:100:3', 'ask:pg:1:6', 'ask:pg:1:0', 'ask:pg:x:1', 'ask:pg:1', 'ask:fp:', 'ask:fp:0123abcd:', 'ask:fr:1:xyz', 'ask:fr:1:0123abcd:9', 'ask:fr:1:0123abcd.', 'ask:fr:1:0123abcd.12345', 'ask:fr:1:0123abcd.Z', 'ask:zz:1', 'other:pg:1:1', `ask:fp:${'x'.repeat(100)}`]) {
      expect(decodeAskButton(forged)).toBeNull();
    }
  });

  it('full-passage buttons carry a fingerprint of the text, and fall back to the rank when the id is too long', () => {
    const passage = { id: 'forum#3', text: 'Teks paragraf ketiga.' };
    const fingerprint = passageFingerprint(passage.text);
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(passageFingerprint('Teks paragraf keempat.')).not.toBe(fingerprint);
    const length = passage.text.length;
    expect(fullPassageButton(passage, 2)).toEqual({ kind: 'passage', passageId: 'forum#3', fingerprint, length });
    expect(encodeAskButton(fullPassageButton(passage, 2))).toBe(`ask:fp:${fingerprint}.${length.toString(36)}:forum#3`);
    const long = { id: 'x'.repeat(82), text: passage.text };
    expect(encodeAskButton(fullPassageButton(long, 7)).length).toBe(CUSTOM_ID_MAX);
    expect(fullPassageButton({ ...long, id: 'x'.repeat(83) }, 7)).toEqual({ kind: 'rank', rank: 7, fingerprint, length });
  });
});

describe('finding the passage a Full passage button names', () => {
  it('by the text as shown, and by the text as written (buttons posted by earlier versions)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanya-fp-'));
    try {
      writeFileSync(join(dir, 'taman.md'), '---\nid: taman\n---\n## Taman\n\nDibuka di **Taman Kota** pukul `09.00`, lihat [peta](https://x.org/p).\n');
      const library = await Library.open(dir, { lexicon: null });
      const passage = library.passage('taman#1')!;
      const shown = library.ask('taman kota').results[0]!;
      expect(shown.text).not.toBe(passage.text);
      expect(findPassage(library, 'taman#1', passageFingerprint(shown.text), 'taman')).toBe('taman#1');
      expect(findPassage(library, 'taman#1', passageFingerprint(passage.text), 'taman')).toBe('taman#1');
      expect(findPassage(library, 'taman#1', passageFingerprint('other text'), 'taman')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in the renamed document when the one it was made for is gone (its file renamed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanya-fp-'));
    try {
      writeFileSync(join(dir, 'meetup-7.md'), 'Meetup ketujuh membahas pandas.\n\nPeserta yang hadir berjumlah 51 orang.\n');
      writeFileSync(join(dir, 'other.md'), 'Rapat lain.\n');
      const library = await Library.open(dir, { lexicon: null });
      const fingerprint = passageFingerprint(library.passage('meetup-7#2')!.text);
      renameSync(join(dir, 'meetup-7.md'), join(dir, 'meetup-07.md'));
      expect((await library.reload()).renamed).toEqual([{ from: 'meetup-7', to: 'meetup-07' }]);
      expect(findPassage(library, 'meetup-7#2', fingerprint, 'meetup-7')).toBe('meetup-07#2');
      // A document still in the corpus is searched alone, as before.
      expect(findPassage(library, 'other#1', fingerprint, 'other')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cooldown', () => {
  it('refuses a second use within the window, per user, and forgets expired users', () => {
    let now = 0;
    const cooldown = new Cooldown(3000, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('a')).toEqual({ ok: false, retryAt: 3000 });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now = 3000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    for (let i = 0; i < 1000; i++) {
      now += 10;
      cooldown.take(`user-${i}`);
    }
    expect(cooldown.size).toBeLessThanOrEqual(301);
  });
});

describe('autocomplete choices', () => {
  it('are at most 25, at most 100 characters, without duplicates or blanks', () => {
    const choices = cleanChoices([
      { name: 'same', value: 'same' },
      { name: 'same again', value: 'same' },
      { name: ' ', value: ' ' },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'n'.repeat(200)}`, value: `${i} ${'v'.repeat(200)}` })),
    ]);
    expect(choices.length).toBe(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('/reload authority', () => {
  const interaction = (member: { permissions: string; roles: string[] } | null, guild = true) =>
    ({ guild_id: guild ? SNOWFLAKE : undefined, member: member ? { ...member, user: { id: '1', username: 'u' } } : undefined }) as unknown as CommandInteraction;

  it('needs Manage Server, Administrator or a moderator role, in a server', () => {
    expect(mayReload(interaction({ permissions: '32', roles: [] }), [])).toBe(true);
    expect(mayReload(interaction({ permissions: '8', roles: [] }), [])).toBe(true);
    expect(mayReload(interaction({ permissions: '1071698660929', roles: [] }), [])).toBe(false);
    expect(mayReload(interaction({ permissions: '0', roles: ['7'] }), ['7'])).toBe(true);
    expect(mayReload(interaction({ permissions: 'garbage', roles: [] }), [])).toBe(false);
    expect(mayReload(interaction({ permissions: '32', roles: [] }, false), [])).toBe(false);
    expect(mayReload(interaction(null), [])).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Responder and dispatcher with a recording transport and REST

function recorder() {
  const calls: Array<{ kind: string; route?: string; body: unknown }> = [];
  const rest = {
    patch: async (route: string, options: { body: unknown }) => void calls.push({ kind: 'patch', route, body: options.body }),
    post: async (route: string, options: { body: unknown }) => void calls.push({ kind: 'post', route, body: options.body }),
  } as unknown as REST;
  const transport = { callback: async (body: APIInteractionResponse) => void calls.push({ kind: 'callback', body }) };
  return { calls, rest, transport };
}

const ref = { id: '1', token: 'tok', application_id: '9' };

describe('responder', () => {
  it('replies with a callback first, edits @original after a defer, follows up after a reply', async () => {
    const { calls, rest, transport } = recorder();
    const deferred = new Responder(ref, transport, rest);
    await deferred.defer({ ephemeral: true });
    await deferred.reply({ content: 'done' });
    await deferred.reply({ content: 'more', ephemeral: true });
    expect(calls.map((c) => [c.kind, c.route])).toEqual([
      ['callback', undefined],
      ['patch', '/webhooks/9/tok/messages/@original'],
      ['post', '/webhooks/9/tok'],
    ]);
    expect(calls[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(calls[1]!.body).toMatchObject({ content: 'done', allowed_mentions: { parse: [] }, flags: 4 });
    expect(calls[2]!.body).toMatchObject({ content: 'more', allowed_mentions: { parse: [] }, flags: 4 | 64 });
  });

  it('abandon: edits a deferred reply with the notice and drops what the handler sends after; not after an answer', async () => {
    const { calls, rest, transport } = recorder();
    const deferred = new Responder(ref, transport, rest);
    await deferred.defer({ ephemeral: true });
    expect(await deferred.abandon({ content: 'stopping' })).toBe(true);
    await deferred.reply({ content: 'late report' });
    await deferred.followUp({ content: 'later still' });
    expect(calls.map((c) => [c.kind, c.route])).toEqual([
      ['callback', undefined],
      ['patch', '/webhooks/9/tok/messages/@original'],
    ]);
    expect(calls[1]!.body).toMatchObject({ content: 'stopping' });

    const answered = recorder();
    const done = new Responder(ref, answered.transport, answered.rest);
    await done.reply({ content: 'the answer' });
    expect(await done.abandon({ content: 'stopping' })).toBe(false);
    expect(answered.calls.map((c) => c.kind)).toEqual(['callback']);
  });
});

function services(): BotServices {
  const lines: string[] = [];
  return {
    library: Library.fromDocuments([]),
    logger: createLogger({ level: 'silent', destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) }),
    config: loadConfig({}),
    askCooldown: new Cooldown(0),
    roles: restServerRoles(null),
  };
}

const slash = (name: string) => ({ id: '1', token: 'tok', application_id: '9', type: 2, locale: 'en-US', data: { id: '5', name, type: 1, options: [] } }) as unknown as APIInteraction;

describe('dispatcher', () => {
  it('defers a slow handler automatically, so its late answer becomes an edit', async () => {
    const { calls, rest, transport } = recorder();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: CommandModule = {
      definition: { name: 'slow', description: 'slow' },
      deferEphemeral: () => true,
      async execute(ctx) {
        await gate;
        await ctx.responder.reply({ content: 'finally' });
      },
    };
    const dispatch = createDispatcher({ commands: [slow], services: services(), deferAfterMs: 5 });
    const done = dispatch(slash('slow'), transport, rest);
    // Wait until the automatic defer went out, then let the handler finish.
    while (calls.length === 0) await new Promise((r) => setTimeout(r, 5));
    release();
    await done;
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'patch']);
    expect(calls[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(calls[1]!.body).toMatchObject({ content: 'finally' });
  });

  it('defers a slow button handler with a deferred update, so its late update edits the clicked message', async () => {
    const { calls, rest, transport } = recorder();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: CommandModule = {
      definition: { name: 'slow', description: 'slow' },
      async execute() {},
      async button(ctx) {
        await gate;
        await ctx.responder.update({ content: 'page 2' });
      },
    };
    const click = { ...slash('slow'), type: 3, data: { custom_id: 'slow:x', component_type: 2 }, message: { id: '7', flags: 0 } } as unknown as APIInteraction;
    const done = createDispatcher({ commands: [slow], services: services(), deferAfterMs: 5 })(click, transport, rest);
    while (calls.length === 0) await new Promise((r) => setTimeout(r, 5));
    release();
    await done;
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'patch']);
    expect(calls[0]!.body).toEqual({ type: 6 });
    expect(calls[1]!.body).toMatchObject({ content: 'page 2' });
  });

  it('answers a throwing handler with an ephemeral apology and does not throw', async () => {
    const { calls, rest, transport } = recorder();
    const broken: CommandModule = {
      definition: { name: 'broken', description: 'broken' },
      async execute() {
        throw new Error('boom');
      },
    };
    await createDispatcher({ commands: [broken], services: services() })(slash('broken'), transport, rest);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ type: 4, data: { flags: 4 | 64, allowed_mentions: { parse: [] } } });
  });

  it('answers a handler that forgot to respond', async () => {
    const { calls, rest, transport } = recorder();
    const silent: CommandModule = { definition: { name: 'silent', description: 'silent' }, async execute() {} };
    await createDispatcher({ commands: [silent], services: services() })(slash('silent'), transport, rest);
    expect(calls).toHaveLength(1);
    expect((calls[0]!.body as { data: { content: string } }).data.content).toContain('something went wrong');
  });

  it('swallows 10062 from the callback without a second attempt', async () => {
    const { calls, rest } = recorder();
    const transport = {
      callback: async () => {
        calls.push({ kind: 'callback', body: null });
        throw Object.assign(new Error('Unknown interaction'), { code: 10062 });
      },
    };
    const help: CommandModule = { definition: { name: 'h', description: 'h' }, execute: (ctx) => ctx.responder.reply({ content: 'x' }) };
    await expect(createDispatcher({ commands: [help], services: services() })(slash('h'), transport, rest)).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
  });
});

describe('the /reload refusal', () => {
  it('names the permission, and the moderator roles only when there are some', () => {
    for (const lang of ['en', 'id'] as const) {
      const none = messages(lang).notAllowed([]);
      expect(none).not.toContain('<@&');
      expect(none).toContain('/reload');
      const two = messages(lang).notAllowed(['111111111111111111', '222222222222222222']);
      expect(two).toContain('<@&111111111111111111>, <@&222222222222222222>');
    }
    expect(messages('en').notAllowed([])).toContain('**Manage Server** permission. Ask one of them');
    expect(messages('id').notAllowed([])).toContain('**Kelola Server**');
  });

  it("says moderator roles exist without naming one when the server's roles could not be read", () => {
    expect(messages('en').notAllowed(null)).toContain("**Manage Server** permission or one of this bot's moderator roles. Ask one of them");
    expect(messages('id').notAllowed(null)).toContain('**Kelola Server** atau salah satu peran moderator bot ini.');
  });
});

describe('moderator roles in no server', () => {
  it('finds the ids no server has, and words the warning by how many servers and ids', () => {
    const servers = [new Set(['1', '2']), new Set(['3'])];
    expect(unknownRoleIds(['3', '4', '1', '5'], servers)).toEqual(['4', '5']);
    expect(unknownRolesWarning([], 2)).toBeNull();
    expect(unknownRolesWarning(['4'], 1)).toMatch(/^MODERATOR_ROLE_IDS: 4 is no role of the server the bot is in \(.*\): it lets no one use \/reload$/);
    expect(unknownRolesWarning(['4', '5'], 3)).toMatch(/^MODERATOR_ROLE_IDS: 4, 5 are roles in none of the 3 servers the bot is in \(.*\): they let no one use \/reload$/);
  });
});
