// What a moderator is told of MODERATOR_ROLE_IDS when the bot's servers change under it, and when the app is the bot
// in some servers and commands-only (the applications.commands scope without the bot user) in others. Real bots on
// the fake Discord.
//
// - HTTP mode has no event of a role deleted or a server joined or left: it checked the ids once, at start-up, and
//   said nothing of a moderator role deleted later. It checks again when a /reload or /about is used in a server
//   (after the reply, at most once a minute), and says each change once, as the gateway does.
// - A role of a commands-only server cannot be read (Discord lists its roles only to a member): an id that is a role
//   there only was warned of as "a role in none of the bot's servers … it lets no one use /reload", untrue.
// - A bot removed from its last server was said to be "reachable by no one", untrue while the app is still added to
//   a server with the commands scope only.

import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import { inviteUrl } from '../src/discord/invite.ts';
import type { Library } from '../src/engine/library.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, memberFactory, openLibrary, startBotOnFake, tempCorpus, testConfig, type TempCorpus } from './fake-discord/harness.ts';

const MODS_A = '444444444444444451';
const MODS_B = '444444444444444452';
/** A role of the commands-only server alone, which the bot cannot read. */
const MODS_X = '444444444444444453';
const COMMANDS_ONLY = '700000000000000021';
const newUser = memberFactory('member', 6);

let corpus: TempCorpus;
let library: Library;

beforeAll(async () => {
  corpus = tempCorpus();
  library = await openLibrary(corpus.dir);
});

afterAll(() => corpus?.remove());

describe('HTTP mode: MODERATOR_ROLE_IDS checked again while the bot runs', () => {
  let fake: FakeDiscord;
  let server: HttpServerHandle | undefined;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
  let logs = captureLogger();
  // The bot's clock, moved on by the tests (within the 5 minutes a signature's timestamp may be off).
  let offset = 0;
  const start = async (env: Record<string, string>) => {
    offset = 0;
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, ...env });
    logs = captureLogger();
    server = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0, now: () => Date.now() + offset });
    return server;
  };
  const run = async (command: string, guildId: string) => {
    const payload = fake.buildInteraction({ type: 2, data: fake.commandData(command, {}), user: newUser(), guildId });
    const answer = await fake.deliver(`${server!.url}/interactions`, payload, signed);
    expect(answer.status).toBe(200);
    return answer.json as { type: number; data?: { content?: string } };
  };
  const unknownLines = () => logs.lines.filter((l) => 'unknownRoleIds' in l);
  const guildReads = () => fake.requests.filter((r) => r.method === 'GET' && r.path === '/users/@me/guilds').length;

  afterAll(async () => {
    await server?.stop();
  });

  it('warns of a moderator role deleted since start-up once a /reload is refused, and says it once', async () => {
    fake = await startFakeDiscord({
      guilds: [
        { name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] },
        { name: 'Server B', roles: [{ id: MODS_B, name: 'mods-b', permissions: '0' }] },
      ],
    });
    try {
      await start({ MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` });
      const [a, b] = fake.guilds;
      // Start-up: both are roles, nothing to say.
      await vi.waitFor(() => expect(fake.requests.filter((r) => /\/roles$/.test(r.path))).toHaveLength(2));
      fake.deleteRole(b!.id, MODS_B);
      offset += 61_000;
      const refused = await run('reload', a!.id);
      expect(refused.data?.content).toContain(`or the role <@&${MODS_A}>.`);
      await vi.waitFor(() => expect(unknownLines()).toHaveLength(1));
      expect(unknownLines()[0]).toMatchObject({ level: 40, unknownRoleIds: [MODS_B] });
      expect(unknownLines()[0]!.msg).toMatch(new RegExp(`^MODERATOR_ROLE_IDS: ${MODS_B} is a role in none of the 2 servers the bot is in \\(`));
      // Checked again a minute later at the earliest, and a change already said is not said again.
      const reads = guildReads();
      await run('about', a!.id);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(guildReads()).toBe(reads);
      offset += 61_000;
      await run('about', b!.id);
      await vi.waitFor(() => expect(guildReads()).toBe(reads + 1));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unknownLines()).toHaveLength(1);
    } finally {
      await server?.stop();
      await fake.close();
    }
  });

  it('says when an id warned of is a role now (the bot added to a server that has it)', async () => {
    fake = await startFakeDiscord({ guilds: [{ name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] }] });
    try {
      await start({ MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` });
      await vi.waitFor(() => expect(unknownLines()).toHaveLength(1));
      const b = fake.joinGuild({ name: 'Server B', roles: [{ id: MODS_B, name: 'mods-b', permissions: '0' }] });
      offset += 61_000;
      await run('about', b.id);
      await vi.waitFor(() => expect(logs.lines.some((l) => 'roleIdsFound' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'roleIdsFound' in l)).toMatchObject([{ level: 30, roleIdsFound: [MODS_B] }]);
    } finally {
      await server?.stop();
      await fake.close();
    }
  });

  it('warns, with the link, when the bot was removed from its last server, saying where the app is still used', async () => {
    // Seen at the next check: a /reload from the server where the app is still added with the commands scope only.
    fake = await startFakeDiscord({ guilds: [{ name: 'Server A', roles: [] }], commandsOnlyGuilds: [COMMANDS_ONLY] });
    try {
      await start({});
      await vi.waitFor(() => expect(guildReads()).toBe(1));
      fake.leaveGuild(fake.guilds[0]!.id);
      offset += 61_000;
      expect((await run('reload', COMMANDS_ONLY)).data?.content).toContain('**Manage Server**');
      await vi.waitFor(() => expect(logs.lines.some((l) => 'invite' in l)).toBe(true));
      const url = inviteUrl(fake.applicationId);
      expect(logs.lines.filter((l) => 'invite' in l)).toMatchObject([{ level: 40, invite: url, serversWithoutBot: 1 }]);
      expect(logs.lines.find((l) => 'invite' in l)!.msg).toMatch(/^the bot was removed from its last server, but the app was also added to 1 server with the applications\.commands scope only: /);
    } finally {
      await server?.stop();
      await fake.close();
    }
  });

  it("a server whose roles could not be read at start-up is checked at the next /about, and the warning says when", async () => {
    fake = await startFakeDiscord({ guilds: [{ name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] }] });
    try {
      fake.failNext('GET /guilds/:guild/roles', 403, { message: 'Missing Access', code: 50001 }, { times: 1 });
      await start({ MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` });
      await vi.waitFor(() => expect(logs.lines.some((l) => 'unreadServers' in l)).toBe(true));
      expect(logs.lines.find((l) => 'unreadServers' in l)!.msg).toMatch(/; the check runs again when \/reload or \/about is used in a server, at most once a minute$/);
      expect(unknownLines()).toEqual([]);
      // (A failed read is tried again a minute later: FAILED_FRESH_MS.)
      offset += 61_000;
      await run('about', fake.guilds[0]!.id);
      await vi.waitFor(() => expect(unknownLines()).toHaveLength(1));
      expect(unknownLines()[0]).toMatchObject({ unknownRoleIds: [MODS_B] });
    } finally {
      await server?.stop();
      await fake.close();
    }
  });
});

describe('the bot in one server, the app commands-only in another', () => {
  const fakeOptions = {
    guilds: [{ name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] }],
    commandsOnlyGuilds: [COMMANDS_ONLY],
  };
  const expected =
    `MODERATOR_ROLE_IDS: ${MODS_X} is no role of the server the bot is in, but the app was also added to 1 server with the applications.commands scope only, whose roles the bot cannot read: ` +
    'unless it is a role there, it lets no one use /reload (a server, user or channel id copied by mistake, or a role deleted since?)';

  it('gateway: an id that is no role of the bot\'s server may be one of the commands-only server: the warning says so', async () => {
    const gw = await startBotOnFake(library, { fake: fakeOptions, env: { MODERATOR_ROLE_IDS: `${MODS_A},${MODS_X}` } });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
      expect(gw.logs.lines.filter((l) => 'unknownRoleIds' in l)).toMatchObject([{ level: 40, unknownRoleIds: [MODS_X], serversWithoutBot: 1, msg: expected }]);
    } finally {
      await gw.close();
    }
  });

  it('gateway: removed from its last server, the bot says where it is still used', async () => {
    const gw = await startBotOnFake(library, { fake: fakeOptions });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => l.msg === 'logged in to Discord')).toBe(true));
      // The count of the app's servers is read after login: the removal is said once it is known.
      await vi.waitFor(() => expect(gw.fake.requests.some((r) => r.path === '/applications/@me' && r.status === 200)).toBe(true));
      gw.fake.leaveGuild(gw.fake.guilds[0]!.id);
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
      const url = inviteUrl(gw.fake.applicationId);
      const [line] = gw.logs.lines.filter((l) => 'invite' in l);
      expect(line).toMatchObject({ level: 40, invite: url, serversWithoutBot: 1 });
      expect(line!.msg).not.toContain('no one can use it');
      expect(line!.msg).toBe(
        `the bot was removed from its last server, but the app was also added to 1 server with the applications.commands scope only: /ask, /about and /help work there, and /reload for members with Manage Server or a role of MODERATOR_ROLE_IDS; but the bot cannot read that server's roles, so MODERATOR_ROLE_IDS is not checked there and a refused /reload names no role. Open ${url} to add the bot user again (README: Discord → 2. Invite the bot)`,
      );
    } finally {
      await gw.close();
    }
  });

  it('HTTP mode: the same warning of an id that may be a role of the commands-only server', async () => {
    const fake = await startFakeDiscord(fakeOptions);
    const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: `${MODS_A},${MODS_X}` });
    const server = await startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'unknownRoleIds' in l)).toMatchObject([{ level: 40, unknownRoleIds: [MODS_X], serversWithoutBot: 1, msg: expected }]);
    } finally {
      await server.stop();
      await fake.close();
    }
  });
});
