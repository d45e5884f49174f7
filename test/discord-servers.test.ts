// One bot in two servers, as a moderator runs it: MODERATOR_ROLE_IDS lists one moderator role of each server. A
// member refused /reload is told the roles of their own server only: a role of another server showed as
// "@unknown-role" (Discord renders a mention of a role the server does not have so). The gateway knows each
// server's roles from its cache; HTTP mode asks Discord once a while per server. Real bots on the fake Discord.

import { generateKeyPairSync, sign } from 'node:crypto';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import { restServerRoles } from '../src/discord/server-roles.ts';
import { WATCH_RELOADER } from '../src/watch.ts';
import type { Library } from '../src/engine/library.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, memberFactory, openLibrary, startBotOnFake, tempCorpus, testConfig, type BotOnFake, type TempCorpus } from './fake-discord/harness.ts';

const MODS_A = '444444444444444441';
const MODS_B = '444444444444444442';
/** An id that is a role in neither server (a user id copied by mistake, a role deleted since). */
const NO_ROLE = '444444444444444443';
const SERVER_A = '555555555555555551';
const GUILDS = [
  { id: SERVER_A, name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] },
  { name: 'Server B', roles: [{ id: MODS_B, name: 'mods-b', permissions: '0' }] },
];
const newUser = memberFactory('member', 4);

let corpus: TempCorpus;
let library: Library;

beforeAll(async () => {
  corpus = tempCorpus();
  library = await openLibrary(corpus.dir);
});

afterAll(() => corpus?.remove());

describe('gateway: one bot in two servers', () => {
  let gw: BotOnFake;
  beforeAll(async () => {
    // SERVER_A: the server's own id (Copy Server ID) where a role id belongs. Discord gives a server's @everyone role
    // that id, but never lists it among a member's roles: it lets no one reload, and its mention reads "@everyone".
    gw = await startBotOnFake(library, { fake: { guilds: GUILDS }, env: { MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B},${NO_ROLE},${SERVER_A}` } });
  });
  afterAll(async () => gw?.close());

  it("a member refused /reload is told their own server's moderator role, never another server's", async () => {
    for (const [guild, own, other] of [
      [gw.fake.guilds[0]!, MODS_A, MODS_B],
      [gw.fake.guilds[1]!, MODS_B, MODS_A],
    ] as const) {
      const sent = gw.fake.slash('reload', {}, { user: newUser(), guildId: guild.id });
      const { content } = (await gw.fake.waitForCallback(sent.id)).data as { content: string };
      expect(content).toContain(`**Manage Server** permission or the role <@&${own}>.`);
      expect(content).not.toContain(other);
      expect(content).not.toContain(NO_ROLE);
      expect(content).not.toContain(SERVER_A);
    }
  });

  it('warns at start-up of a MODERATOR_ROLE_IDS id that is a role in none of its servers', async () => {
    await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
    const lines = gw.logs.lines.filter((l) => 'unknownRoleIds' in l);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, unknownRoleIds: [NO_ROLE, SERVER_A] });
    expect(lines[0]!.msg).toBe(
      `MODERATOR_ROLE_IDS: ${NO_ROLE}, ${SERVER_A} are roles in none of the 2 servers the bot is in (a server, user or channel id copied by mistake, or a role deleted since?): they let no one use /reload`,
    );
  });
});

describe('gateway: a moderator role deleted while the bot runs', () => {
  let gw: BotOnFake;
  beforeAll(async () => {
    gw = await startBotOnFake(library, { fake: { guilds: GUILDS }, env: { MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` } });
  });
  afterAll(async () => gw?.close());

  it('a refusal stops naming the role once Discord says it is deleted (GUILD_ROLE_DELETE)', async () => {
    const guild = gw.fake.guilds[0]!;
    gw.fake.deleteRole(guild.id, MODS_A);
    await vi.waitFor(() => expect(gw.bot.client.guilds.cache.get(guild.id)?.roles.cache.has(MODS_A)).toBe(false));
    const sent = gw.fake.slash('reload', {}, { user: newUser(), guildId: guild.id });
    const { content } = (await gw.fake.waitForCallback(sent.id)).data as { content: string };
    expect(content).toContain('members with the **Manage Server** permission. Ask');
    expect(content).not.toContain(MODS_A);
  });
});

describe('gateway: started in no server, then added to one', () => {
  // The no-server warning says to invite the bot; MODERATOR_ROLE_IDS can be checked only once it is in a server.
  let gw: BotOnFake;
  beforeAll(async () => {
    gw = await startBotOnFake(library, { fake: { guilds: [] }, env: { MODERATOR_ROLE_IDS: `${MODS_A},${NO_ROLE}` } });
  });
  afterAll(async () => gw?.close());

  it('checks MODERATOR_ROLE_IDS when the bot joins a server, warning of an id that is no role there', async () => {
    // (The no-server warning waits for Discord's count of the app's servers: see no-server.test.ts.)
    await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
    expect(gw.logs.lines.filter((l) => 'unknownRoleIds' in l)).toEqual([]);
    gw.fake.joinGuild({ name: 'Server A', roles: [{ id: MODS_A, name: 'mods-a', permissions: '0' }] });
    await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
    const lines = gw.logs.lines.filter((l) => 'unknownRoleIds' in l);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, unknownRoleIds: [NO_ROLE] });
    expect(lines[0]!.msg).toMatch(new RegExp(`^MODERATOR_ROLE_IDS: ${NO_ROLE} is no role of the server the bot is in \\(`));
  });
});

describe('gateway: servers joined and left while the bot runs', () => {
  // Each join re-checked MODERATOR_ROLE_IDS and warned again of the same id; leaving a server checked nothing, so a
  // role of that server alone went on looking fine. Now each change is said once: an id newly no role anywhere, an
  // id that became one.
  let gw: BotOnFake;
  const SERVER_C = '555555555555555553';
  beforeAll(async () => {
    gw = await startBotOnFake(library, { fake: { guilds: [GUILDS[0]!] }, env: { MODERATOR_ROLE_IDS: `${MODS_A},${NO_ROLE},${MODS_B}` } });
  });
  afterAll(async () => gw?.close());
  const unknownLines = () => gw.logs.lines.filter((l) => 'unknownRoleIds' in l);

  it('warns of an unknown id once, not again at each server joined', async () => {
    await vi.waitFor(() => expect(unknownLines()).toHaveLength(1));
    expect(unknownLines()[0]).toMatchObject({ level: 40, unknownRoleIds: [NO_ROLE, MODS_B] });
    gw.fake.joinGuild({ name: 'Server D', roles: [] });
    const joined = gw.fake.joinGuild({ id: SERVER_C, name: 'Server C', roles: [] });
    await vi.waitFor(() => expect(gw.bot.client.guilds.cache.has(joined.id)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unknownLines()).toHaveLength(1);
  });

  it('says when an id warned of becomes a role (a server joined that has it)', async () => {
    gw.fake.joinGuild({ name: 'Server B', roles: [{ id: MODS_B, name: 'mods-b', permissions: '0' }] });
    await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'roleIdsFound' in l)).toBe(true));
    const [line] = gw.logs.lines.filter((l) => 'roleIdsFound' in l);
    expect(line).toMatchObject({ level: 30, roleIdsFound: [MODS_B] });
    // (Only a server joined can: a role created has a new id, never one MODERATOR_ROLE_IDS already held.)
    expect(line!.msg).toBe(`MODERATOR_ROLE_IDS: ${MODS_B} is a role now (of a server the bot joined since)`);
    expect(unknownLines()).toHaveLength(1);
  });

  it('checks again when the bot leaves a server, warning of a role of that server alone', async () => {
    const b = gw.fake.guilds.find((g) => g.name === 'Server B')!;
    gw.fake.leaveGuild(b.id);
    await vi.waitFor(() => expect(unknownLines()).toHaveLength(2));
    expect(unknownLines()[1]).toMatchObject({ level: 40, unknownRoleIds: [MODS_B] });
    expect(unknownLines()[1]!.msg).toMatch(new RegExp(`^MODERATOR_ROLE_IDS: ${MODS_B} is a role in none of the 3 servers the bot is in`));
  });
});

describe("/about's last reload, read in the server it came from and elsewhere", () => {
  // A member of server B may not be in server A: a reload made there names its moderator in server A only.
  let gw: BotOnFake;
  const about = async (guildId: string | null) => {
    const sent = gw.fake.slash('about', {}, { user: newUser(), guildId });
    return ((await gw.fake.waitForCallback(sent.id)).data as { content: string }).content;
  };
  beforeAll(async () => {
    gw = await startBotOnFake(library, { fake: { guilds: GUILDS } });
  });
  afterAll(async () => gw?.close());

  it('names the moderator in the server the reload came from, and says "a moderator" in another server or a DM', async () => {
    const [a, b] = gw.fake.guilds;
    const sent = gw.fake.slash('reload', {}, { user: { id: '466666666666666661', username: 'alice' }, guildId: a!.id, permissions: '32' });
    await gw.fake.waitForOriginal(sent.id);
    expect(await about(a!.id)).toMatch(/Last reloaded <t:\d+:f> by @alice\./);
    for (const elsewhere of [b!.id, null]) {
      const content = await about(elsewhere);
      expect(content).toMatch(/Last reloaded <t:\d+:f> by a moderator\./);
      expect(content).not.toContain('alice');
    }
  });

  it('a reload by the corpus watcher (WATCH_CORPUS=1) says a file changed, not "by watch"', async () => {
    await library.reload(WATCH_RELOADER);
    for (const where of [gw.fake.guilds[0]!.id, null]) {
      const content = await about(where);
      expect(content).toMatch(/Last reloaded <t:\d+:f>, when a file of the corpus changed\./);
      expect(content).not.toContain('by watch');
    }
  });
});

describe('gateway: one of the two servers in an outage at start-up', () => {
  // Discord lists such a server in READY but sends no GUILD_CREATE for it (GUILD_DELETE, unavailable): discord.js
  // keeps it without its roles. Its moderator role is no less a role: the warning said it was "in none of the 2
  // servers (… a role deleted since?)", and a refusal there named no moderator role, as if it had none.
  let gw: BotOnFake;
  beforeAll(async () => {
    gw = await startBotOnFake(library, { fake: { guilds: GUILDS, outageGuilds: [1] }, env: { MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B}` } });
  });
  afterAll(async () => gw?.close());

  it('makes no claim of roles in no server while a server is unavailable', async () => {
    // (The check runs before startGatewayBot returns.)
    expect(gw.bot.client.guilds.cache.get(gw.fake.guilds[1]!.id)?.available).toBe(false);
    expect(gw.logs.lines.filter((l) => 'unknownRoleIds' in l)).toEqual([]);
  });

  it('a refusal in the unavailable server says moderator roles exist without naming one', async () => {
    const sent = gw.fake.slash('reload', {}, { user: newUser(), guildId: gw.fake.guilds[1]!.id });
    const { content } = (await gw.fake.waitForCallback(sent.id)).data as { content: string };
    expect(content).toContain("**Manage Server** permission or one of this bot's moderator roles.");
    expect(content).not.toContain(MODS_A);
  });
});

describe('HTTP mode: one endpoint for two servers', () => {
  let fake: FakeDiscord;
  let server: HttpServerHandle;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
  const refusal = async (guildId: string) => {
    const payload = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), user: newUser(), guildId });
    const answer = await fake.deliver(`${server.url}/interactions`, payload, signed);
    expect(answer.status).toBe(200);
    return (answer.json as { data: { content: string } }).data.content;
  };
  let logs = captureLogger();
  const start = async (env: Record<string, string>) => {
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, MODERATOR_ROLE_IDS: `${MODS_A},${MODS_B},${SERVER_A}`, ...env });
    logs = captureLogger();
    return startHttpServer({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
  };
  const roleReads = () => fake.requests.filter((r) => r.method === 'GET' && /^\/guilds\/\d+\/roles$/.test(r.path));

  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: GUILDS });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it("with the bot token: names each server's own role, reading a server's roles once for many refusals", async () => {
    server = await start({ DISCORD_TOKEN: fake.token });
    try {
      const [a, b] = fake.guilds;
      expect(await refusal(a!.id)).toContain(`or the role <@&${MODS_A}>.`);
      expect(await refusal(b!.id)).toContain(`or the role <@&${MODS_B}>.`);
      const again = await refusal(a!.id);
      expect(again).toContain(`or the role <@&${MODS_A}>.`);
      expect(again).not.toContain(MODS_B);
      expect(again).not.toContain(SERVER_A);
      expect(roleReads().map((r) => r.path)).toEqual([`/guilds/${a!.id}/roles`, `/guilds/${b!.id}/roles`]);
    } finally {
      await server.stop();
    }
  });

  it('with the bot token: warns at start-up of an id that is a role in none of the servers Discord lists for the bot', async () => {
    server = await start({ DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: `${MODS_A},${NO_ROLE},${MODS_B},${SERVER_A}` });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
      const [line] = logs.lines.filter((l) => 'unknownRoleIds' in l);
      expect(line).toMatchObject({ level: 40, unknownRoleIds: [NO_ROLE, SERVER_A] });
      expect(line!.msg).toMatch(new RegExp(`^MODERATOR_ROLE_IDS: ${NO_ROLE}, ${SERVER_A} are roles in none of the 2 servers the bot is in \\(`));
    } finally {
      await server.stop();
    }
  });

  it('with the bot token: a start-up roles read slower than a refusal may wait still ends in the check', async () => {
    // The start-up check read the roles as a refusal does, giving up after a second: a slower answer left the check
    // silent, as if every id were fine. It has no member waiting on it, so it waits for Discord's answer.
    const held = fake.holdNext('GET /guilds/:guild/roles');
    server = await start({ DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: `${MODS_A},${NO_ROLE},${MODS_B}` });
    try {
      await held.arrived;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      held.release();
      await vi.waitFor(() => expect(logs.lines.some((l) => 'unknownRoleIds' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'unknownRoleIds' in l)).toMatchObject([{ level: 40, unknownRoleIds: [NO_ROLE] }]);
    } finally {
      held.release();
      await server.stop();
    }
  });

  it('with the bot token: a start-up check that cannot read a server says so, naming the server', async () => {
    fake.failNext('GET /guilds/:guild/roles', 403, { message: 'Missing Access', code: 50001 }, { times: 1 });
    server = await start({ DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: `${MODS_A},${NO_ROLE},${MODS_B}` });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'unreadServers' in l)).toBe(true));
      const [line] = logs.lines.filter((l) => 'unreadServers' in l);
      expect(line).toMatchObject({ level: 40, unreadServers: [fake.guilds[0]!.id] });
      expect(line!.msg).toBe(
        `MODERATOR_ROLE_IDS not checked: Discord did not give the roles of server ${fake.guilds[0]!.id}, so an id that is no role there cannot be told; the check runs again when /reload or /about is used in a server, at most once a minute`,
      );
      expect(logs.lines.filter((l) => 'unknownRoleIds' in l)).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('when Discord is slow to say, the refusal does not wait for it past a second: it names no role', async () => {
    server = await start({ DISCORD_TOKEN: fake.token });
    const held = fake.holdNext('GET /guilds/:guild/roles');
    try {
      const content = await refusal(fake.guilds[0]!.id);
      expect(content).not.toContain('<@&');
      expect(content).toContain("or one of this bot's moderator roles.");
      await held.arrived;
    } finally {
      held.release();
      await server.stop();
    }
  });

  it('when Discord answers 429 (rate limit) for the roles, the refusal is still answered, naming no role', async () => {
    // discord.js waits out a 429's retry_after before trying again, whatever the request's abort signal says: a
    // refusal that waited for it missed Discord's 3 s, and the member saw "The application did not respond".
    // Both servers' reads get it, whichever comes first: the start-up check's or the refusal's.
    fake.failNext('GET /guilds/:guild/roles', 429, { message: 'You are being rate limited.', retry_after: 60, global: false }, { times: 2 });
    server = await start({ DISCORD_TOKEN: fake.token });
    try {
      const content = await refusal(fake.guilds[0]!.id);
      expect(content).not.toContain('<@&');
      expect(content).toContain("or one of this bot's moderator roles.");
    } finally {
      await server.stop();
    }
  });

  it('without the bot token (or when Discord will not say): names no role id, saying moderator roles exist', async () => {
    server = await start({});
    try {
      const content = await refusal(fake.guilds[0]!.id);
      expect(content).not.toContain('<@&');
      expect(content).toContain("**Manage Server** permission or one of this bot's moderator roles.");
      // Said at start-up, not left for the moderator to find out from a refusal: what the token is needed for.
      expect(logs.lines.filter((l) => /DISCORD_TOKEN/.test(String(l.msg)))).toMatchObject([
        {
          level: 30,
          msg: 'DISCORD_TOKEN is not set: the endpoint answers all the same (it needs only DISCORD_PUBLIC_KEY), but it cannot check its set-up with Discord (the Interactions Endpoint URL, the registered commands, Public Bot, MODERATOR_ROLE_IDS), and a refused /reload names no moderator role; set DISCORD_TOKEN for these',
        },
      ]);
    } finally {
      await server.stop();
    }
  });
});

describe("HTTP mode: a server's roles read again", () => {
  // No event tells HTTP mode of a role deleted: the refusal asks Discord again once a few seconds have passed since
  // the last read, and when Discord is slow or rate limited it names the roles of the last read.
  let fake: FakeDiscord;
  let rest: REST;
  let clock = 0;
  const now = () => clock;
  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: GUILDS });
    rest = new REST({ ...FAST_REST, api: fake.apiUrl }).setToken(fake.token);
  });
  afterAll(async () => fake?.close());

  it('a role deleted is no longer named once the server is read again, seconds later', async () => {
    const roles = restServerRoles(rest, now);
    const guild = fake.guilds[0]!;
    fake.guilds[0]!.roles.push({ id: NO_ROLE, name: 'old-mods', permissions: '0' });
    try {
      expect(await roles.among(guild.id, [MODS_A, NO_ROLE])).toEqual([MODS_A, NO_ROLE]);
      fake.deleteRole(guild.id, NO_ROLE);
      clock += 60_000;
      expect(await roles.among(guild.id, [MODS_A, NO_ROLE])).toEqual([MODS_A]);
    } finally {
      fake.guilds[0]!.roles = fake.guilds[0]!.roles.filter((r) => r.id !== NO_ROLE);
    }
  });

  it('while Discord answers 429, names the roles of the last read rather than waiting', async () => {
    const roles = restServerRoles(rest, now);
    const guild = fake.guilds[1]!;
    expect(await roles.among(guild.id, [MODS_A, MODS_B])).toEqual([MODS_B]);
    clock += 60_000;
    fake.failNext('GET /guilds/:guild/roles', 429, { message: 'You are being rate limited.', retry_after: 60, global: false });
    expect(await roles.among(guild.id, [MODS_A, MODS_B])).toEqual([MODS_B]);
    // It did ask again, and got the 429.
    expect(fake.requests.filter((r) => r.path === `/guilds/${guild.id}/roles`).map((r) => r.status)).toEqual([200, 429]);
  });
});
