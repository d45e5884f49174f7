// The bot never registers its slash commands (`npm run deploy-commands` does). A moderator who skipped that step,
// or pulled an update that added a command, saw "logged in to Discord" and nothing to type in Discord: the bot now
// reads the registered commands at start-up and warns, naming the command to run. Real bots on the fake Discord.

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../commands/index.ts';
import { missingCommands, missingCommandsWarning } from '../src/discord/commands-check.ts';
import { startHttpServer } from '../src/discord/http.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, tempCorpus, testConfig } from './fake-discord/harness.ts';

const names = commandDefinitions.map((d) => d.name);
const registered = (list: string[]) => list.map((name) => ({ id: name, name, description: name }));

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
    const said = (l: Record<string, unknown>) => 'missingCommands' in l || l.msg === 'every slash command is registered';
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
