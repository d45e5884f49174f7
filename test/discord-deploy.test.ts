// deploy-commands against the fake Discord: the definitions pass Discord's validation (names, description
// lengths, localizations, option order and limits), go to the guild when DISCORD_GUILD_ID is set and globally
// otherwise, and the npm script itself works end to end through DISCORD_API_URL.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../commands/index.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { FAST_REST } from './fake-discord/harness.ts';

const run = promisify(execFile);
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

describe('command definitions', () => {
  it('define /ask, /about, /help and /reload with Indonesian descriptions', () => {
    expect(commandDefinitions.map((d) => d.name).sort()).toEqual(['about', 'ask', 'help', 'reload']);
    for (const d of commandDefinitions) expect(d.description_localizations?.id).toBeTruthy();
    const ask = commandDefinitions.find((d) => d.name === 'ask')!;
    const question = ask.options!.find((o) => o.name === 'question') as { required: boolean; max_length: number; autocomplete: boolean };
    expect(question).toMatchObject({ required: true, max_length: 300, autocomplete: true });
    const results = ask.options!.find((o) => o.name === 'results') as { min_value: number; max_value: number };
    expect(results).toMatchObject({ min_value: 1, max_value: 5 });
    const reload = commandDefinitions.find((d) => d.name === 'reload')!;
    expect(reload.default_member_permissions).toBe('32'); // Manage Server
    expect(reload.contexts).toEqual([0]); // guild only
    expect(reload).not.toHaveProperty('dm_permission'); // deprecated, and `contexts` already says it
  });
});

describe('deployCommands', () => {
  it('registers to the guild when a guild id is given', async () => {
    const result = await deployCommands({ token: fake.token, clientId: fake.applicationId, guildId: fake.guild.id, apiUrl: fake.apiUrl, definitions: commandDefinitions, rest: FAST_REST });
    expect(result.scope).toBe('guild');
    expect(result.registered.sort()).toEqual(['about', 'ask', 'help', 'reload']);
    expect(fake.commands.get(fake.guild.id)?.length).toBe(4);
    const put = fake.requests.find((r) => r.route === 'PUT /applications/:app/guilds/:guild/commands');
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
  });

  it('registers globally without a guild id', async () => {
    const result = await deployCommands({ token: fake.token, clientId: fake.applicationId, guildId: null, apiUrl: fake.apiUrl, definitions: commandDefinitions, rest: FAST_REST });
    expect(result.scope).toBe('global');
    expect(fake.commands.get('global')?.map((c) => c.name).sort()).toEqual(['about', 'ask', 'help', 'reload']);
  });

  it('fails with Discord’s error for a wrong token', async () => {
    await expect(
      deployCommands({ token: 'wrong', clientId: fake.applicationId, guildId: null, apiUrl: fake.apiUrl, definitions: commandDefinitions, rest: FAST_REST }),
    ).rejects.toThrow(/401|Unauthorized/);
  });
});

describe('npm run deploy-commands', () => {
  const script = new URL('../scripts/deploy-commands.ts', import.meta.url).pathname;
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
  // An empty folder as working directory so a developer's own .env is never read.
  let cwd = '';
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'tanya-deploy-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('registers the commands through DISCORD_API_URL and says where', async () => {
    const env = { PATH: process.env.PATH ?? '', DISCORD_TOKEN: fake.token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guild.id, DISCORD_API_URL: fake.apiUrl };
    const { stdout } = await run(tsx, [script], { env, cwd, timeout: 20_000 });
    expect(stdout).toContain(`Registered 4 commands for guild ${fake.guild.id}`);
    expect(stdout).not.toContain(fake.token);
  });

  it('names the missing variable', async () => {
    const env = { PATH: process.env.PATH ?? '', DISCORD_API_URL: fake.apiUrl };
    const error = await run(tsx, [script], { env, cwd, timeout: 20_000 }).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    expect((error as { stderr: string }).stderr).toContain('DISCORD_TOKEN: required here but not set');
    expect((error as { stderr: string }).stderr).toContain('DISCORD_CLIENT_ID: required here but not set');
  });
});
