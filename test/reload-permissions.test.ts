// MODERATOR_ROLE_IDS alone shows a role nothing: /reload is registered with Manage Server as its default
// permission, so Discord hides it from the role's members until a server admin allows the role (Server Settings →
// Integrations → the app → /reload). A moderator who set the ids and no override heard nothing from the bot, and
// the role's members found no /reload to type. The bot reads each server's overrides (GET
// /applications/{app}/guilds/{guild}/commands/permissions, readable with the bot token) and says which moderator
// role cannot use /reload where. Discord's rules (since February 2023): a command's override of a role wins over
// the app's; with neither, the command's default permission applies; an override of @everyone (the server's id)
// stands for every role without one. Real bots on the fake Discord.

import { generateKeyPairSync, sign } from 'node:crypto';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../commands/index.ts';
import { startHttpServer } from '../src/discord/http.ts';
import { checkReloadPermissions, reloadAccess, type ModeratorRolesIn } from '../src/discord/reload-permissions.ts';
import type { Library } from '../src/engine/library.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, tempCorpus, testConfig, type TempCorpus } from './fake-discord/harness.ts';

const MODS_A = '444444444444444461';
const MODS_B = '444444444444444462';
const RELOAD = '800000000000000001';
const APP = '800000000000000002';
const GUILD = '800000000000000003';

describe('reloadAccess (Discord\'s rules, pure)', () => {
  const role = (id: string, permission: boolean) => ({ id, type: 1 as const, permission });
  const access = (entries: Parameters<typeof reloadAccess>[0]) => reloadAccess(entries, [RELOAD], APP, GUILD, MODS_A);
  it('no override: the default (Manage Server) applies', () => {
    expect(access([])).toBe('default');
    expect(access([{ id: RELOAD, permissions: [role(MODS_B, true)] }])).toBe('default');
  });
  it("the command's override of the role wins over the app's", () => {
    expect(access([{ id: RELOAD, permissions: [role(MODS_A, true)] }])).toBe('allowed');
    expect(access([{ id: APP, permissions: [role(MODS_A, true)] }])).toBe('allowed');
    expect(access([{ id: APP, permissions: [role(MODS_A, true)] }, { id: RELOAD, permissions: [role(MODS_A, false)] }])).toBe('denied');
    expect(access([{ id: APP, permissions: [role(MODS_A, false)] }, { id: RELOAD, permissions: [role(MODS_A, true)] }])).toBe('allowed');
  });
  it('@everyone (the server id) stands for a role without an override of its own', () => {
    expect(access([{ id: RELOAD, permissions: [role(GUILD, true)] }])).toBe('allowed');
    expect(access([{ id: RELOAD, permissions: [role(GUILD, false)] }])).toBe('denied');
    expect(access([{ id: RELOAD, permissions: [role(GUILD, false), role(MODS_A, true)] }])).toBe('allowed');
    expect(access([{ id: APP, permissions: [role(GUILD, true)] }])).toBe('allowed');
  });
  it("the app's override of the role against the command's of @everyone: either allowing is no warning", () => {
    expect(access([{ id: APP, permissions: [role(MODS_A, false)] }, { id: RELOAD, permissions: [role(GUILD, true)] }])).toBe('allowed');
    expect(access([{ id: APP, permissions: [role(MODS_A, true)] }, { id: RELOAD, permissions: [role(GUILD, false)] }])).toBe('allowed');
    expect(access([{ id: APP, permissions: [role(MODS_A, false)] }, { id: RELOAD, permissions: [role(GUILD, false)] }])).toBe('denied');
  });
  it('either copy of the command (global, or the test server\'s) that lets the role in is enough', () => {
    const copy = '800000000000000009';
    expect(reloadAccess([{ id: copy, permissions: [role(MODS_A, true)] }], [RELOAD, copy], APP, GUILD, MODS_A)).toBe('allowed');
  });
});

let corpus: TempCorpus;
let library: Library;
beforeAll(async () => {
  corpus = tempCorpus();
  library = await openLibrary(corpus.dir);
});
afterAll(() => corpus?.remove());

/** This version's commands as registered globally, /reload with id RELOAD. */
const registered = () => commandDefinitions.map((d, i) => ({ ...d, id: d.name === 'reload' ? RELOAD : `80000000000000010${i}`, version: '1', type: 1 }));
/** A fresh copy for each fake (a test changes a role's permissions). */
const GUILDS = () => [
  { name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] },
  { name: 'Server B', roles: [{ id: MODS_B, name: 'mods-b', permissions: '0' }] },
];
const hiddenLines = (lines: Array<Record<string, unknown>>) => lines.filter((l) => 'reloadNotAllowed' in l);
const permissionReads = (fake: FakeDiscord) => fake.requests.filter((r) => r.route === 'GET /applications/:app/guilds/:guild/commands/permissions');

/** The gateway bot, or HTTP mode's endpoint, on a fake that `prepare` sets up; its log lines once the check ran. */
async function startUp(mode: 'gateway' | 'http', prepare: (fake: FakeDiscord) => void, ids = `${MODS_A},${MODS_B}`) {
  const fake = await startFakeDiscord({ guilds: GUILDS() });
  prepare(fake);
  const logs = captureLogger();
  const env = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, MODERATOR_ROLE_IDS: ids };
  let stop: () => Promise<void>;
  if (mode === 'gateway') {
    const { startGatewayBot } = await import('../src/discord/gateway.ts');
    const bot = await startGatewayBot({ config: testConfig(env), library, logger: logs.logger, handleSignals: false, rest: FAST_REST });
    stop = bot.stop;
  } else {
    const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const config = testConfig({ ...env, INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex });
    const server = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    stop = server.stop;
  }
  try {
    await vi.waitFor(() => expect(logs.lines.some((l) => l.msg === 'checked who may use /reload')).toBe(true));
    return { lines: logs.lines, fake };
  } finally {
    await stop();
    await fake.close();
  }
}

describe('start-up: a moderator role that cannot use /reload is named', () => {
  for (const mode of ['gateway', 'http'] as const) {
    it(`${mode}: names the role of each server that no override allows, and how to allow it`, async () => {
      let serverA = '';
      // The app's name, as Integrations lists it.
      const { lines } = await startUp(mode, (fake) => {
        fake.bot.username = 'Tanya Arsip';
        fake.commands.set('global', registered());
        serverA = fake.guilds[0]!.id;
        // Server B's admin allowed the role on /reload; server A's did nothing.
        fake.commandPermissions.set(fake.guilds[1]!.id, [{ id: RELOAD, permissions: [{ id: MODS_B, type: 1, permission: true }] }]);
      });
      expect(hiddenLines(lines)).toMatchObject([{ level: 40, reloadNotAllowed: [{ server: serverA, roles: [MODS_A] }] }]);
      expect(hiddenLines(lines)[0]!.msg).toBe(
        `MODERATOR_ROLE_IDS: Discord does not show /reload to role ${MODS_A} in server ${serverA} (no override allows it, so the command's default applies: Manage Server), so its members cannot run it: a server admin adds the role under Server Settings → Integrations → Tanya Arsip → /reload (README: Commands, /reload)`,
      );
    });
  }

  it('gateway: an override denying the role is named as such, and an app-wide allow is enough', async () => {
    let serverA = '';
    const { lines } = await startUp('gateway', (fake) => {
      fake.commands.set('global', registered());
      serverA = fake.guilds[0]!.id;
      fake.commandPermissions.set(serverA, [
        { id: fake.applicationId, permissions: [{ id: MODS_A, type: 1, permission: true }] },
        { id: RELOAD, permissions: [{ id: MODS_A, type: 1, permission: false }] },
      ]);
      fake.commandPermissions.set(fake.guilds[1]!.id, [{ id: fake.applicationId, permissions: [{ id: MODS_B, type: 1, permission: true }] }]);
    });
    expect(hiddenLines(lines)).toMatchObject([{ reloadNotAllowed: [{ server: serverA, roles: [MODS_A] }] }]);
    expect(hiddenLines(lines)[0]!.msg).toMatch(new RegExp(`^MODERATOR_ROLE_IDS: Discord does not show /reload to role ${MODS_A} in server ${serverA} \\(an override denies it there\\)`));
  });

  for (const mode of ['gateway', 'http'] as const) {
    it(`${mode}: a role that itself grants Manage Server (or Administrator) needs no override`, async () => {
      const { lines, fake } = await startUp(mode, (fake) => {
        fake.commands.set('global', registered());
        fake.guilds[0]!.roles[0]!.permissions = '32';
        fake.guilds[1]!.roles[0]!.permissions = '8';
      });
      expect(hiddenLines(lines)).toEqual([]);
      // (Known from the roles read: no server's overrides needed reading.)
      expect(permissionReads(fake)).toHaveLength(0);
    });
  }

  for (const mode of ['gateway', 'http'] as const) {
    it(`${mode}: in a server whose @everyone grants Manage Server, every member may use /reload: no role is warned of`, async () => {
      const { lines } = await startUp(mode, (fake) => {
        fake.commands.set('global', registered());
        fake.guilds[0]!.everyonePermissions = String(1071698660929n | 32n);
      });
      // Server B's role is warned of still; server A's is not.
      expect(hiddenLines(lines)).toMatchObject([{ reloadNotAllowed: [{ roles: [MODS_B] }] }]);
    });
  }

  it('says nothing when every role is allowed, or when /reload is registered nowhere (the commands check says that)', async () => {
    const allowed = await startUp('gateway', (fake) => {
      fake.commands.set('global', registered());
      for (const [i, id] of [MODS_A, MODS_B].entries()) fake.commandPermissions.set(fake.guilds[i]!.id, [{ id: RELOAD, permissions: [{ id, type: 1, permission: true }] }]);
    });
    expect(hiddenLines(allowed.lines)).toEqual([]);
    expect(permissionReads(allowed.fake)).toHaveLength(2);
    const unregistered = await startUp('gateway', () => {});
    expect(hiddenLines(unregistered.lines)).toEqual([]);
  });
});

describe('gateway: while the bot runs', () => {
  it('checks again when a server admin changes the overrides, and says when a role may use /reload now', async () => {
    const fake = await startFakeDiscord({ guilds: GUILDS() });
    fake.commands.set('global', registered());
    const logs = captureLogger();
    const { startGatewayBot } = await import('../src/discord/gateway.ts');
    const bot = await startGatewayBot({
      config: testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` }),
      library,
      logger: logs.logger,
      handleSignals: false,
      rest: FAST_REST,
    });
    try {
      const [a, b] = fake.guilds;
      await vi.waitFor(() => expect(hiddenLines(logs.lines)).toHaveLength(1));
      expect(hiddenLines(logs.lines)[0]).toMatchObject({ reloadNotAllowed: [{ server: a!.id, roles: [MODS_A] }, { server: b!.id, roles: [MODS_B] }] });
      fake.setCommandPermissions(a!.id, RELOAD, [{ id: MODS_A, type: 1, permission: true }]);
      await vi.waitFor(() => expect(logs.lines.some((l) => 'reloadAllowedNow' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'reloadAllowedNow' in l)).toMatchObject([
        { level: 30, reloadAllowedNow: [`${a!.id}:${MODS_A}`], msg: `MODERATOR_ROLE_IDS: role ${MODS_A} in server ${a!.id} may use /reload now` },
      ]);
      // Server B's role, already warned of, is not warned of again.
      expect(hiddenLines(logs.lines)).toHaveLength(1);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});

describe('gateway: another app\'s overrides', () => {
  it("a change of another app's overrides (Discord tells every bot of the server) reads nothing again", async () => {
    const fake = await startFakeDiscord({ guilds: GUILDS() });
    fake.commands.set('global', registered());
    const logs = captureLogger();
    const { startGatewayBot } = await import('../src/discord/gateway.ts');
    const bot = await startGatewayBot({
      config: testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, MODERATOR_ROLE_IDS: MODS_A }),
      library,
      logger: logs.logger,
      handleSignals: false,
      rest: FAST_REST,
    });
    const checks = () => logs.lines.filter((l) => l.msg === 'checked who may use /reload').length;
    try {
      const a = fake.guilds[0]!;
      await vi.waitFor(() => expect(checks()).toBe(1));
      fake.setOtherAppCommandPermissions(a.id, '900000000000000001', [{ id: MODS_A, type: 1, permission: true }]);
      // Then this app's own change, checked after anything the other one started (one check at a time).
      fake.setCommandPermissions(a.id, RELOAD, [{ id: MODS_A, type: 1, permission: true }]);
      await vi.waitFor(() => expect(logs.lines.some((l) => 'reloadAllowedNow' in l)).toBe(true));
      expect(checks()).toBe(2);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});

describe('HTTP mode: while the bot runs', () => {
  it('checks again at a /reload or /about, and says when a role may use /reload now', async () => {
    // No event reaches HTTP mode: the servers check a moderator's command starts (at most once a minute) reads them again.
    const fake = await startFakeDiscord({ guilds: GUILDS() });
    fake.commands.set('global', registered());
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const logs = captureLogger();
    let offset = 0;
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: MODS_A });
    const server = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', now: () => Date.now() + offset });
    try {
      const a = fake.guilds[0]!;
      await vi.waitFor(() => expect(hiddenLines(logs.lines)).toHaveLength(1));
      fake.setCommandPermissions(a.id, fake.applicationId, [{ id: MODS_A, type: 1, permission: true }]);
      offset += 61_000;
      const about = await fake.deliver(`${server.url}/interactions`, fake.buildInteraction({ type: 2, data: fake.commandData('about', {}), guildId: a.id }), signed);
      expect(about.status).toBe(200);
      await vi.waitFor(() => expect(logs.lines.some((l) => 'reloadAllowedNow' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'reloadAllowedNow' in l)).toMatchObject([{ level: 30, reloadAllowedNow: [`${a.id}:${MODS_A}`] }]);
      expect(hiddenLines(logs.lines)).toHaveLength(1);
    } finally {
      await server.stop();
      await fake.close();
    }
  });
  it('a role deleted after it was warned of is not said to "may use /reload now"', async () => {
    // Server A holds two moderator roles, both warned of; an admin deletes one: the other one's server is read
    // again, and the deleted role is no role there now, not one that may use /reload.
    const MODS_C = '444444444444444463';
    const fake = await startFakeDiscord({ guilds: [{ name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }, { id: MODS_C, name: 'mods-c', permissions: '0' }] }] });
    fake.commands.set('global', registered());
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const logs = captureLogger();
    let offset = 0;
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: `${MODS_A},${MODS_C}` });
    const server = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', now: () => Date.now() + offset });
    const checks = () => logs.lines.filter((l) => l.msg === 'checked who may use /reload').length;
    try {
      const a = fake.guilds[0]!;
      await vi.waitFor(() => expect(checks()).toBe(1));
      expect(hiddenLines(logs.lines)).toMatchObject([{ reloadNotAllowed: [{ server: a.id, roles: [MODS_A, MODS_C] }] }]);
      fake.deleteRole(a.id, MODS_A);
      offset += 61_000;
      const about = await fake.deliver(`${server.url}/interactions`, fake.buildInteraction({ type: 2, data: fake.commandData('about', {}), guildId: a.id }), signed);
      expect(about.status).toBe(200);
      await vi.waitFor(() => expect(checks()).toBe(2));
      // The roles check says what became of it; the /reload check says nothing of it.
      expect(logs.lines.filter((l) => 'unknownRoleIds' in l)).toMatchObject([{ unknownRoleIds: [MODS_A] }]);
      expect(logs.lines.filter((l) => 'reloadAllowedNow' in l)).toEqual([]);
      expect(hiddenLines(logs.lines)).toHaveLength(1);
    } finally {
      await server.stop();
      await fake.close();
    }
  });
});

describe('checkReloadPermissions run again', () => {
  it("a server whose roles cannot be read at a check (an outage) keeps what was said of it: its role is not warned of twice", async () => {
    const fake = await startFakeDiscord({ guilds: GUILDS() });
    fake.commands.set('global', registered());
    const rest = new REST({ ...FAST_REST, api: fake.apiUrl }).setToken(fake.token);
    const logs = captureLogger();
    const a = fake.guilds[0]!.id;
    let known: ModeratorRolesIn | null = { roles: [MODS_A], without: [MODS_A] };
    const check = (said?: ReadonlySet<string>) =>
      checkReloadPermissions({ rest, applicationId: fake.applicationId, application: Promise.resolve({}), servers: [a], rolesIn: async () => known, configuredGuild: null, log: logs.logger, said });
    try {
      const first = await check();
      expect(hiddenLines(logs.lines)).toHaveLength(1);
      // The server's roles are not known at the next check (the gateway's cache while it is in an outage) ...
      known = null;
      const second = await check(first);
      expect([...second]).toEqual([`${a}:${MODS_A}`]);
      // ... and once they are again, the role, still not allowed, is not warned of again.
      known = { roles: [MODS_A], without: [MODS_A] };
      await check(second);
      expect(hiddenLines(logs.lines)).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
