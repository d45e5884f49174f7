// A moderator who starts the bot before inviting it (README: Discord → 2) saw "logged in to Discord" with
// guilds: 0 and nothing else. The bot knows its application id, so it says what is missing and gives the very link
// that adds it. Real gateway bot on the fake Discord.

import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { startHttpServer } from '../src/discord/http.ts';
import { inviteUrl } from '../src/discord/invite.ts';
import { MANAGE_GUILD, startFakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, startBotOnFake, tempCorpus, testConfig } from './fake-discord/harness.ts';

describe('a bot in no server yet', () => {
  it('warns at start-up with the invite link for its own application', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir), { fake: { guilds: [] } });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
      const [line] = gw.logs.lines.filter((l) => 'invite' in l);
      const url = `https://discord.com/oauth2/authorize?client_id=${gw.fake.applicationId}&scope=bot+applications.commands&permissions=0`;
      expect(line).toMatchObject({ level: 40, invite: url });
      expect(line!.msg).toBe(`the bot is in no server yet, so no one can use it: open ${url} to add it to yours (README: Discord → 2. Invite the bot)`);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('gateway, the app added to a server with the commands scope only: says what works there, and it does', async () => {
    // Without an Interactions Endpoint URL Discord sends every interaction of the app over the gateway, from a server
    // the bot user is not in too.
    const corpus = tempCorpus();
    const server = '700000000000000011';
    const gw = await startBotOnFake(await openLibrary(corpus.dir), { fake: { guilds: [], commandsOnlyGuilds: [server] } });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
      const [line] = gw.logs.lines.filter((l) => 'invite' in l);
      expect(line).toMatchObject({ level: 40, invite: inviteUrl(gw.fake.applicationId), serversWithoutBot: 1 });
      expect(line!.msg).toMatch(/^the bot user is in no server, but the app was added to 1 server with the applications\.commands scope only: /);
      const sent = gw.fake.slash('ask', { question: 'what is China Up Close' }, { guildId: server });
      expect(JSON.stringify((await gw.fake.waitForCallback(sent.id)).data)).toContain('China Up Close');
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('warns again, with the link, when the bot is removed from its last server while it runs', async () => {
    // Kicked from its only server, the bot went on running, healthy in its logs, reachable by no one.
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir));
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => l.msg === 'logged in to Discord')).toBe(true));
      gw.fake.leaveGuild(gw.fake.guilds[0]!.id);
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
      const url = inviteUrl(gw.fake.applicationId);
      expect(gw.logs.lines.filter((l) => 'invite' in l)).toMatchObject([
        { level: 40, invite: url, msg: `the bot was removed from its last server, so no one can use it: open ${url} to add it again (README: Discord → 2. Invite the bot)` },
      ]);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('says nothing of it once it is in a server', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir));
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => l.msg === 'logged in to Discord')).toBe(true));
      expect(gw.logs.lines.filter((l) => 'invite' in l)).toEqual([]);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('HTTP mode with the bot token: the same warning, from the servers Discord lists for the bot', async () => {
    const corpus = tempCorpus();
    const fake = await startFakeDiscord({ guilds: [] });
    const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'invite' in l)).toBe(true));
      const url = `https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=0`;
      expect(logs.lines.filter((l) => 'invite' in l)).toMatchObject([{ level: 40, invite: url, msg: `the bot is in no server yet, so no one can use it: open ${url} to add it to yours (README: Discord → 2. Invite the bot)` }]);
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('HTTP mode, the app added to a server with the commands scope only: says what works there, not "no one can use it"', async () => {
    // Interactions reach the endpoint from such a server (the bot user is in none): /ask answers, and /reload takes
    // Manage Server or a role of MODERATOR_ROLE_IDS from the member the interaction carries. Only the server's roles
    // cannot be read (GET /guilds/{id}/roles needs the bot in it): MODERATOR_ROLE_IDS is not checked there, and a
    // refused /reload names no role.
    const corpus = tempCorpus();
    const server = '700000000000000001';
    const role = '700000000000000002';
    const fake = await startFakeDiscord({ guilds: [], commandsOnlyGuilds: [server] });
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const signer = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, MODERATOR_ROLE_IDS: role });
    const http = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'invite' in l)).toBe(true));
      const url = inviteUrl(fake.applicationId);
      const [line] = logs.lines.filter((l) => 'invite' in l);
      expect(line).toMatchObject({ level: 40, invite: url, serversWithoutBot: 1 });
      expect(line!.msg).not.toContain('no one can use it');
      expect(line!.msg).toBe(
        `the bot user is in no server, but the app was added to 1 server with the applications.commands scope only: /ask, /about and /help work there, and /reload for members with Manage Server or a role of MODERATOR_ROLE_IDS; but the bot cannot read that server's roles, so MODERATOR_ROLE_IDS is not checked there and a refused /reload names no role. Open ${url} there to add the bot user (README: Discord → 2. Invite the bot)`,
      );
      // What it says holds: from that server, /ask answers and a member with the role reloads.
      const endpoint = `${http.url}/interactions`;
      const ask = await fake.deliver(endpoint, fake.buildInteraction({ type: 2, data: fake.commandData('ask', { question: 'what is China Up Close' }), guildId: server }), signer);
      expect(ask.status).toBe(200);
      expect(JSON.stringify(ask.json)).toContain('China Up Close');
      const byRole = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), guildId: server, roles: [role] });
      expect((await fake.deliver(endpoint, byRole, signer)).json.type).toBe(5);
      await vi.waitFor(() => expect(fake.messages.size).toBeGreaterThan(0));
      const byAdmin = fake.buildInteraction({ type: 2, data: fake.commandData('reload', {}), guildId: server, permissions: MANAGE_GUILD });
      expect((await fake.deliver(endpoint, byAdmin, signer)).json.type).toBe(5);
    } finally {
      await http.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it("HTTP mode: the link is the token's own application's, whatever DISCORD_CLIENT_ID says", async () => {
    // DISCORD_CLIENT_ID of another application (a test bot's, say) made a link that added that one; the bot, the
    // token's, stayed in no server and the warning came back at every start.
    const corpus = tempCorpus();
    const fake = await startFakeDiscord({ guilds: [] });
    const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const logs = captureLogger();
    const other = '999999999999999991';
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: other });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'invite' in l)).toBe(true));
      expect(logs.lines.filter((l) => 'invite' in l)).toMatchObject([{ invite: inviteUrl(fake.applicationId) }]);
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('builds the README\'s link', () => {
    expect(inviteUrl('123456789012345678')).toBe('https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot+applications.commands&permissions=0');
  });
});
