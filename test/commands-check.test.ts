// The bot never registers its slash commands (`npm run deploy-commands` does). A moderator who skipped that step,
// or pulled an update that added a command, saw "logged in to Discord" and nothing to type in Discord: the bot now
// reads the registered commands at start-up and warns, naming the command to run. Real bots on the fake Discord.

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../commands/index.ts';
import { commandShape, differingByScope, differingCommands, differingCommandsWarning, missingCommands, missingCommandsWarning, redeployHint } from '../src/discord/commands-check.ts';
import { startHttpServer } from '../src/discord/http.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, tempCorpus, testConfig } from './fake-discord/harness.ts';

const names = commandDefinitions.map((d) => d.name);
let nextId = 1000;
/**
 * This version's commands of those names as Discord returns them from GET …/commands: with an id, a version and
 * the application id, the defaults spelled out (type, nsfw, dm_permission, no default permission as null), and no
 * localizations (returned only with ?with_localizations=true).
 */
const asDiscordReturns = (definitions: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> =>
  definitions.map(({ description_localizations: _d, name_localizations: _n, options, ...definition }) => ({
    id: String(nextId++),
    application_id: '1',
    version: String(nextId++),
    type: 1,
    nsfw: false,
    dm_permission: true,
    default_member_permissions: null,
    ...definition,
    ...(Array.isArray(options) ? { options: options.map(({ description_localizations: _o, ...o }: Record<string, unknown>) => o) } : {}),
  }));
const registered = (list: string[]) => asDiscordReturns(commandDefinitions.filter((d) => list.includes(d.name)) as unknown as Array<Record<string, unknown>>);

/** The gateway bot on a fake whose registered commands `prepare` sets; its start-up lines about them. */
async function gatewayLines(prepare: (fake: FakeDiscord) => void, env: (fake: FakeDiscord) => Record<string, string> = () => ({}), fakeOptions: FakeDiscordOptions = {}) {
  const corpus = tempCorpus();
  const fake = await startFakeDiscord(fakeOptions);
  prepare(fake);
  const logs = captureLogger();
  const { startGatewayBot } = await import('../src/discord/gateway.ts');
  const bot = await startGatewayBot({
    config: testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...env(fake) }),
    library: await openLibrary(corpus.dir),
    logger: logs.logger,
    handleSignals: false,
    rest: FAST_REST,
  });
  try {
    const said = (l: Record<string, unknown>) => 'missingCommands' in l || 'differingCommands' in l || l.msg === 'every slash command is registered';
    await vi.waitFor(() => expect(logs.lines.some(said)).toBe(true));
    return logs.lines.filter(said);
  } finally {
    await bot.stop();
    await fake.close();
    corpus.remove();
  }
}

describe('start-up check that the slash commands are registered', () => {
  it('gateway: warns when no command is registered anywhere, naming deploy-commands', async () => {
    const [line] = await gatewayLines(() => {});
    expect(line).toMatchObject({ level: 40, missingCommands: names });
    expect(line!.msg).toBe(
      'no slash command of this bot is registered globally or in the server checked, so members have nothing to type: run `npm run deploy-commands` (README: Discord → 3. Register the commands)',
    );
  });

  it('gateway: says nothing when they are registered globally, or in the server the bot is in', async () => {
    const global = await gatewayLines((fake) => fake.commands.set('global', registered(names)));
    expect(global.map((l) => l.level)).toEqual([20]);
    const guild = await gatewayLines((fake) => fake.commands.set(fake.guilds[0]!.id, registered(names)));
    expect(guild.map((l) => l.level)).toEqual([20]);
  });

  it('gateway: in more servers than it reads, still reads DISCORD_GUILD_ID, where deploy-commands wrote them', async () => {
    // Eleven servers, the commands registered in the last one only (DISCORD_GUILD_ID, the testing server): the
    // servers read are capped at 10, and DISCORD_GUILD_ID was the one left out, so the bot warned of nothing registered.
    const guilds = Array.from({ length: 11 }, (_, i) => ({ name: `Server ${i + 1}` }));
    const lines = await gatewayLines(
      (fake) => fake.commands.set(fake.guilds[10]!.id, registered(names)),
      (fake) => ({ DISCORD_GUILD_ID: fake.guilds[10]!.id }),
      { guilds },
    );
    expect(lines.map((l) => l.level)).toEqual([20]);
  });

  it('gateway: names the commands an update added that were never registered', async () => {
    const [line] = await gatewayLines((fake) => fake.commands.set('global', registered(names.slice(0, 2))));
    expect(line).toMatchObject({ level: 40, missingCommands: names.slice(2) });
    expect(line!.msg).toMatch(/^\/\w+, \/\w+ are not registered globally or in the server checked \(added by an update\?\): run `npm run deploy-commands` again to register them$/);
  });

  it('gateway: warns when a registered command differs from this version (an option renamed by an update)', async () => {
    const [ask, ...others] = registered(names);
    const options = (ask!.options as Array<Record<string, unknown>>).map((o) => (o.name === 'question' ? { ...o, name: 'query' } : o));
    const lines = await gatewayLines((fake) => fake.commands.set('global', [{ ...ask!, options }, ...others]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, differingCommands: ['ask'] });
    expect(lines[0]!.msg).toMatch(/^registered commands differ from this version's \(\/ask: .*run `npm run deploy-commands`$/);
  });

  it('gateway: an older global list with DISCORD_GUILD_ID set names what rewrites or removes that list, not the server\'s', async () => {
    // Testing in a server (DISCORD_GUILD_ID) after an update, the global list still an older version's: the warning
    // named `npm run deploy-commands`, which rewrites only the server's list, so it came back at every start.
    const [ask, ...others] = registered(names);
    const options = (ask!.options as Array<Record<string, unknown>>).map((o) => (o.name === 'question' ? { ...o, name: 'query' } : o));
    let guild = '';
    const lines = await gatewayLines(
      (fake) => {
        guild = fake.guilds[0]!.id;
        fake.commands.set('global', [{ ...ask!, options }, ...others]);
        fake.commands.set(guild, registered(names));
      },
      (fake) => ({ DISCORD_GUILD_ID: fake.guilds[0]!.id }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, differingCommands: ['ask'] });
    expect(lines[0]!.msg).toMatch(/^registered commands differ from this version's \(\/ask: .*\), so members type what this version does not read: /);
    expect(lines[0]!.msg).toContain(
      `the global list is an older version's, and \`npm run deploy-commands\` writes only server ${guild}'s (DISCORD_GUILD_ID): update the global list with \`npm run deploy-commands -- --global\`, or remove it with \`npm run deploy-commands -- --global --remove\` if that server is the only one using the bot`,
    );
  });

  it("names, for another server's older copies, the run that removes them there", () => {
    const hint = (global: boolean, guilds: string[], configured: string | null) => redeployHint({ global, guilds }, configured);
    expect(hint(true, [], null)).toBe('run `npm run deploy-commands`');
    expect(hint(false, ['7'], '7')).toBe('run `npm run deploy-commands`');
    expect(hint(false, ['8'], '7')).toBe(
      "server 8 holds its own older copies (from testing there?): remove them with `DISCORD_GUILD_ID=8 npm run deploy-commands -- --remove`, or update them with `DISCORD_GUILD_ID=8 npm run deploy-commands`",
    );
    expect(hint(true, ['7', '8'], '7').split('; ')).toHaveLength(3);
  });

  it('gateway: warns of a command registered that this version no longer defines, and of one that lost its permission', async () => {
    const all = registered(names).map((c) => (c.name === 'reload' ? { ...c, default_member_permissions: null } : c));
    const gone = { ...registered(['help'])[0]!, name: 'forget' };
    const lines = await gatewayLines((fake) => fake.commands.set('global', [...all, gone]));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, differingCommands: ['reload', 'forget'] });
  });

  it('compares what members can type and who can use it, not ids, versions, descriptions or spelled-out defaults', () => {
    const defined = commandDefinitions as unknown as Array<Record<string, unknown>>;
    const returned = asDiscordReturns(defined);
    expect(differingCommands(differingByScope(commandDefinitions, [returned]))).toEqual([]);
    expect(returned.map((c) => commandShape(c))).toEqual(defined.map((c) => commandShape(c)));
    const ask = returned.find((c) => c.name === 'ask')!;
    const changed = (change: (o: Record<string, unknown>) => Record<string, unknown>) =>
      commandShape({ ...ask, options: (ask.options as Array<Record<string, unknown>>).map((o) => (o.name === 'results' ? change(o) : o)) }) !== commandShape(ask);
    expect(changed((o) => ({ ...o, required: true }))).toBe(true);
    expect(changed((o) => ({ ...o, type: 10 }))).toBe(true);
    expect(changed((o) => ({ ...o, max_value: 9 }))).toBe(true);
    expect(changed((o) => ({ ...o, choices: [{ name: 'one', value: 1 }] }))).toBe(true);
    expect(changed((o) => ({ ...o, autocomplete: true }))).toBe(true);
    expect(changed((o) => ({ ...o, required: false, description: 'another description' }))).toBe(false);
    expect(commandShape({ ...ask, contexts: [0] })).not.toBe(commandShape(ask));
    // A server's commands: Discord applies contexts and integration types to global commands only.
    const { contexts: _c, integration_types: _i, ...unscoped } = ask;
    expect(differingCommands(differingByScope(commandDefinitions, [[], [{ ...unscoped, contexts: null }]]))).toEqual([]);
    expect(differingCommands(differingByScope(commandDefinitions, [[{ ...unscoped, contexts: null }]]))).toEqual(['ask']);
    expect(commandShape({ ...ask, default_member_permissions: '32' })).not.toBe(commandShape(ask));
    expect(differingCommandsWarning([])).toBeNull();
  });

  it('HTTP endpoint with the bot token: warns too, reading the application the token is for', async () => {
    const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const fake = await startFakeDiscord({ interactionsEndpointUrl: 'https://bot.example.org/interactions' });
    const corpus = tempCorpus();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'missingCommands' in l)).toBe(true));
      const [line] = logs.lines.filter((l) => 'missingCommands' in l);
      expect(line).toMatchObject({ level: 40, missingCommands: names });
      expect(line!.msg).toMatch(/^no slash command of this bot is registered globally, so members have nothing to type: run `npm run deploy-commands`/);
      // Both checks ran (the endpoint check logged its URL), on one read of the application between them.
      await vi.waitFor(() => expect(logs.lines.some((l) => l.interactionsEndpointUrl === 'https://bot.example.org/interactions')).toBe(true));
      expect(fake.requests.filter((r) => r.method === 'GET' && r.path === '/applications/@me')).toHaveLength(1);
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('reads which are missing, and words it by how many', () => {
    expect(missingCommands(['ask', 'about', 'help'], [['ask'], ['help', 'other']])).toEqual(['about']);
    expect(missingCommands(['ask'], [])).toEqual(['ask']);
    expect(missingCommandsWarning(['ask', 'help'], [], 1)).toBeNull();
    expect(missingCommandsWarning(['ask', 'help'], ['help'], 3)).toBe(
      '/help is not registered globally or in the 3 servers checked (added by an update?): run `npm run deploy-commands` again to register it',
    );
  });
});
