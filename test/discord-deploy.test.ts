// deploy-commands against the fake Discord: the definitions pass Discord's validation (names, description
// lengths, localizations, option order and limits), go to the guild when DISCORD_GUILD_ID is set and globally
// otherwise (or with --global), a scope can be emptied (--remove), every failure is one line naming the variable
// to fix, a long rate limit fails at once, and the npm script itself works end to end through DISCORD_API_URL.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../commands/index.ts';
import { deployCommands, DeployError, type DeployTarget } from '../src/discord/deploy.ts';
import { duration, tokenBotId } from '../src/discord/deploy-failure.ts';
import { botToken, startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
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

  it('removes every command of one scope with an empty list, and leaves the other scope alone', async () => {
    const target = { token: fake.token, clientId: fake.applicationId, apiUrl: fake.apiUrl, rest: FAST_REST };
    await deployCommands({ ...target, guildId: fake.guild.id, definitions: commandDefinitions });
    await deployCommands({ ...target, guildId: null, definitions: commandDefinitions });
    const result = await deployCommands({ ...target, guildId: fake.guild.id, definitions: [] });
    expect(result).toEqual({ scope: 'guild', registered: [] });
    expect(fake.commands.get(fake.guild.id)).toEqual([]);
    expect(fake.commands.get('global')?.length).toBe(4);
  });
});

describe('deploy failures: one line naming the variable to fix', () => {
  const failure = async (target: Partial<DeployTarget>): Promise<string> => {
    const error = await deployCommands({ token: fake.token, clientId: fake.applicationId, guildId: null, apiUrl: fake.apiUrl, definitions: commandDefinitions, rest: FAST_REST, ...target }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeployError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).not.toContain(fake.token);
    return message;
  };
  const other = '123456789012345678';

  it('a token Discord refuses (401): DISCORD_TOKEN', async () => {
    expect(await failure({ token: 'wrong' })).toMatch(/^DISCORD_TOKEN was refused \(Discord: 401: Unauthorized\): copy it again/);
  });

  it('an application id the token does not belong to, on either route: DISCORD_CLIENT_ID, with the right one', async () => {
    for (const guildId of [null, fake.guild.id]) {
      const message = await failure({ clientId: other, guildId });
      expect(message).toMatch(new RegExp(`^DISCORD_CLIENT_ID ${other} does not belong to this DISCORD_TOKEN \\(Discord: 403 Missing Access\\)`));
      expect(message).toContain(`set DISCORD_CLIENT_ID=${fake.applicationId}`);
    }
  });

  it('Unknown Application (404, 10002) when Discord cannot say whose the token is: DISCORD_CLIENT_ID', async () => {
    fake.failNext('PUT /applications/:app/commands', 404, { message: 'Unknown Application', code: 10002 });
    fake.failNext('GET /applications/@me', 500, { message: 'Internal Server Error', code: 0 });
    expect(await failure({})).toMatch(/^DISCORD_CLIENT_ID \d+ does not belong to this DISCORD_TOKEN \(Discord: 404 Unknown Application\): copy the Application ID/);
  });

  it('a server the bot is not in, or joined without applications.commands (403, 50001): DISCORD_GUILD_ID', async () => {
    expect(await failure({ guildId: '987654321098765432' })).toBe(
      `DISCORD_GUILD_ID 987654321098765432: the bot is not in that server, or was invited without the applications.commands scope (Discord: 403 Missing Access): invite it with https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=0 (README: Discord → 2. Invite the bot)`,
    );
  });

  it('an id that is no server (Unknown Guild, 10004): DISCORD_GUILD_ID', async () => {
    fake.failNext('PUT /applications/:app/guilds/:guild/commands', 404, { message: 'Unknown Guild', code: 10004 });
    expect(await failure({ guildId: fake.guild.id })).toMatch(new RegExp(`^DISCORD_GUILD_ID ${fake.guild.id} is not a server Discord knows`));
  });

  it('definitions Discord refuses (50035): each problem on the same line', async () => {
    fake.failNext('PUT /applications/:app/commands', 400, {
      message: 'Invalid Form Body',
      code: 50035,
      errors: { '0': { description: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } } },
    });
    expect(await failure({})).toBe('Discord refused the command definitions (Discord: 400 Invalid Form Body): 0.description[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.');
  });

  it('nothing listening at DISCORD_API_URL: names it', async () => {
    expect(await failure({ apiUrl: 'http://127.0.0.1:1/api' })).toBe('cannot reach Discord at DISCORD_API_URL http://127.0.0.1:1/api (ECONNREFUSED): check the address and the network');
  });

  it('a long rate limit (the daily create limit) fails at once, saying for how long, and sends nothing more', async () => {
    fake.failNext('PUT /applications/:app/commands', 429, { message: 'Max number of daily application command creates has been reached (200)', code: 30034, retry_after: 3600, global: false });
    const before = fake.requests.length;
    expect(await failure({})).toMatch(/^rate limited by Discord on PUT \/applications\/:id\/commands: try again in 1 h 0 min \(Discord's daily limit of 200 command creates/);
    expect(fake.requests.slice(before).map((r) => r.route)).toEqual(['PUT /applications/:app/commands']);
  });

  it('a short rate limit is waited out, as discord.js does', async () => {
    fake.failNext('PUT /applications/:app/commands', 429, { message: 'You are being rate limited.', retry_after: 0.05, global: false });
    const result = await deployCommands({ token: fake.token, clientId: fake.applicationId, guildId: null, apiUrl: fake.apiUrl, definitions: commandDefinitions, rest: FAST_REST });
    expect(result.registered).toHaveLength(4);
  });

  it('reads the bot id a token starts with, and nothing from anything else', () => {
    expect(tokenBotId(botToken('1575632834201255937'))).toBe('1575632834201255937');
    expect(tokenBotId(botToken('123456789012345678'))).toBe('123456789012345678');
    expect(tokenBotId('wrong')).toBeNull();
    expect(tokenBotId('fake.abc')).toBeNull();
    expect([duration(3_600_000), duration(125_000), duration(41_200)]).toEqual(['1 h 0 min', '2 min 5 s', '42 s']);
  });
});

describe('npm run deploy-commands', () => {
  const script = new URL('../scripts/deploy-commands.ts', import.meta.url).pathname;
  const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
  // An empty folder as working directory, so a .env there is never read.
  let cwd = '';
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'tanya-deploy-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  interface Outcome {
    code: number | null;
    stdout: string;
    stderr: string;
  }
  /** Runs the script as `npm run deploy-commands` does, against `on` (default: the suite's fake). */
  const deploy = async (env: Record<string, string>, args: string[] = [], on: FakeDiscord = fake): Promise<Outcome> => {
    // DISCORD_GUILD_ID '' unless a test sets it: the repository's .env (read wherever the script runs) never decides.
    const full = { PATH: process.env.PATH ?? '', DISCORD_TOKEN: on.token, DISCORD_CLIENT_ID: on.applicationId, DISCORD_API_URL: on.apiUrl, DISCORD_GUILD_ID: '', ...env };
    try {
      const { stdout, stderr } = await run(tsx, [script, ...args], { env: full, cwd, timeout: 20_000 });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const { code, stdout, stderr } = e as { code: number | null; stdout: string; stderr: string };
      return { code, stdout, stderr };
    }
  };
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  it('registers the commands through DISCORD_API_URL and says where', async () => {
    const { code, stdout, stderr } = await deploy({ DISCORD_GUILD_ID: fake.guild.id });
    expect(code).toBe(0);
    expect(stdout).toContain(`Registered 4 commands to guild ${fake.guild.id} (guild scope: that server only, never in DMs), shown at once: /ask, /about, /help, /reload`);
    expect(stdout).not.toContain(fake.token);
    expect(stderr).toBe(''); // the token is this application's: no warning
  });

  // The README's path, one step per test (each spawns the script; together they would crowd one test's time limit).
  describe('test server, then global: each run names its scope, and the test copies can be removed', () => {
    let own: FakeDiscord;
    let guild: Record<string, string>;
    beforeAll(async () => {
      own = await startFakeDiscord();
      guild = { DISCORD_GUILD_ID: own.guild.id };
    });
    afterAll(async () => {
      await own?.close();
    });

    it('1. registers to the test server', async () => {
      expect((await deploy(guild, [], own)).stdout).toContain(`to guild ${own.guild.id} (guild scope`);
    });

    it('2. --global with DISCORD_GUILD_ID still set: registers globally, sees the test copies and says how to remove them', async () => {
      const global = await deploy(guild, ['--global'], own);
      expect(lines(global.stdout)[0]).toMatch(/^Registered 4 commands globally \(global scope: every server the bot is in, and DMs\)/);
      expect(lines(global.stdout)[1]).toBe(
        `Note: guild ${own.guild.id} still has its own /ask, /about, /help, /reload from testing, so it lists them twice: remove them with \`npm run deploy-commands -- --remove\` (DISCORD_GUILD_ID is set).`,
      );
      expect(own.commands.get(own.guild.id)?.length).toBe(4);
    });

    it('3. --remove empties the test server only; nothing is listed twice any more', async () => {
      const removed = await deploy(guild, ['--remove'], own);
      expect(removed.code).toBe(0);
      expect(removed.stdout).toContain(`Removed every command registered to guild ${own.guild.id} (guild scope`);
      expect(own.commands.get(own.guild.id)).toEqual([]);
      expect(own.commands.get('global')?.length).toBe(4);
      expect(lines((await deploy(guild, ['--global'], own)).stdout)).toHaveLength(1);
    });

    it('DISCORD_GUILD_ID unset (the other way to go global): the script cannot know the server, so it says what to run', async () => {
      expect((await deploy({}, [], own)).stdout).toContain('`DISCORD_GUILD_ID=<server id> npm run deploy-commands -- --remove`');
    });

    it('names a command the run removed because its module is gone from commands/', async () => {
      // Registered by an earlier version (a /stats since deleted): the bulk overwrite takes it away, now saying so.
      own.commands.get(own.guild.id)!.push({ id: '1', application_id: own.applicationId, name: 'stats', description: 'old', type: 1 });
      const { code, stdout } = await deploy(guild, [], own);
      expect(code).toBe(0);
      expect(lines(stdout)[1]).toBe('Removed (1), no longer defined in commands/: /stats');
      expect(own.commands.get(own.guild.id)!.map((c) => c.name)).toEqual(['ask', 'about', 'help', 'reload']);
    });

    it('testing in a server again while the global commands exist: says it lists them twice', async () => {
      expect((await deploy(guild, [], own)).stdout).toContain(`are registered globally too, so guild ${own.guild.id} lists them twice`);
    });
  });

  it('a token of another application: a warning before calling Discord, then one line naming DISCORD_CLIENT_ID', async () => {
    const other = '123456789012345678';
    const { code, stderr } = await deploy({ DISCORD_CLIENT_ID: other });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      `warning: DISCORD_TOKEN is the token of bot ${fake.applicationId} but DISCORD_CLIENT_ID is ${other}; in all but some old applications the two are the same, so one of them is probably another application's`,
      `deploy-commands failed: DISCORD_CLIENT_ID ${other} does not belong to this DISCORD_TOKEN (Discord: 403 Missing Access): the token is application ${fake.applicationId}'s; set DISCORD_CLIENT_ID=${fake.applicationId}, or use application ${other}'s token`,
    ]);
  });

  it('a server the bot is not in: one line naming DISCORD_GUILD_ID', async () => {
    const { code, stderr } = await deploy({ DISCORD_GUILD_ID: '987654321098765432' });
    expect(code).toBe(1);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^deploy-commands failed: DISCORD_GUILD_ID 987654321098765432: the bot is not in that server, or was invited without the applications\.commands scope/);
  });

  it('a long rate limit: exits 1 at once with how long to wait (it slept silently for the whole hour)', async () => {
    fake.failNext('PUT /applications/:app/commands', 429, { message: 'Max number of daily application command creates has been reached (200)', code: 30034, retry_after: 3600, global: false });
    const { code, stderr } = await deploy({});
    expect(code).toBe(1);
    expect(stderr).toMatch(/^deploy-commands failed: rate limited by Discord on PUT \/applications\/:id\/commands: try again in 1 h 0 min/);
  });

  it('refuses --remove without DISCORD_GUILD_ID unless --global says the global commands are meant', async () => {
    await deploy({});
    const refused = await deploy({}, ['--remove']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--remove without DISCORD_GUILD_ID would remove the global commands from every server and DMs; to mean that, add --global');
    expect(fake.commands.get('global')?.length).toBe(4);
    const removed = await deploy({}, ['--global', '--remove']);
    expect([removed.code, fake.commands.get('global')]).toEqual([0, []]);
  }, 60_000); // three runs of the script, each a Node process starting tsx: seconds each on a loaded machine

  it('refuses --remove without DISCORD_GUILD_ID before asking Discord for DISCORD_CLIENT_ID', async () => {
    // The refusal is about the options typed: it came only after a request, and a refused token hid it.
    const { code, stdout, stderr } = await deploy({ DISCORD_CLIENT_ID: '', DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.wrongwrongwrong' }, ['--remove']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--remove without DISCORD_GUILD_ID would remove the global commands');
  });

  it('refuses an option npm took for itself (typed before `--`) rather than doing the opposite', async () => {
    const { code, stderr } = await deploy({ npm_lifecycle_event: 'deploy-commands', npm_config_remove: 'true' });
    expect(code).toBe(2);
    expect(stderr).toContain('npm took --remove for itself: put the options after `--`, as in `npm run deploy-commands -- --remove`');
  });

  it('`npm run deploy` runs the same script (npm suggests nothing for it), and its swallowed options are named so', async () => {
    const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.deploy).toBe(scripts['deploy-commands']);
    const { code, stderr } = await deploy({ npm_lifecycle_event: 'deploy', npm_config_global: 'true' });
    expect(code).toBe(2);
    expect(stderr).toContain('npm took --global for itself: put the options after `--`, as in `npm run deploy -- --global`');
  });

  it('refuses an unknown option with the usage', async () => {
    const { code, stderr } = await deploy({}, ['--remvoe']);
    expect(code).toBe(2);
    expect(stderr).toContain("deploy-commands: Unknown option '--remvoe'");
    expect(stderr).toContain('--remove');
  });

  it('names the missing variable', async () => {
    const { code, stderr } = await deploy({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' });
    expect(code).toBe(1);
    // Says who needs it and where it goes, not "required here": a first-time moderator has just copied .env.example.
    expect(stderr).toContain('DISCORD_TOKEN: not set, and npm run deploy-commands needs it: set it in .env (.env.example says where to find it)');
    // The token alone is needed: DISCORD_CLIENT_ID is asked of Discord (below), so it is not named as missing.
    expect(stderr).not.toContain('DISCORD_CLIENT_ID');
  });

  it('without DISCORD_CLIENT_ID, registers for the application the token is for, and says which', async () => {
    // A first setup copies the token and leaves the Application ID line empty: the token already says it.
    const own = await startFakeDiscord();
    try {
      const { code, stdout, stderr } = await deploy({ DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: own.guild.id }, [], own);
      expect(code).toBe(0);
      expect(lines(stdout)[0]).toBe(
        `DISCORD_CLIENT_ID is not set: using application ${own.applicationId}, the one DISCORD_TOKEN is for (set DISCORD_CLIENT_ID=${own.applicationId} in .env to say it yourself)`,
      );
      expect(stdout).toContain(`Registered 4 commands to guild ${own.guild.id}`);
      expect(stderr).toBe('');
      expect(own.commands.get(own.guild.id)?.map((c) => c.name)).toEqual(['ask', 'about', 'help', 'reload']);
    } finally {
      await own.close();
    }
  });

  it('without DISCORD_CLIENT_ID, an old application whose bot has an id of its own gets no warning of a mismatch', async () => {
    // The id used is the token's own application: a warning that DISCORD_CLIENT_ID "is probably another
    // application's" named a setting nobody made, with the id the script had just asked Discord for.
    const own = await startFakeDiscord({ botUser: { id: '111111111111111111', username: 'tanya', bot: true } });
    try {
      const { code, stdout, stderr } = await deploy({ DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: own.guild.id }, [], own);
      expect(code).toBe(0);
      expect(lines(stdout)[0]).toContain(`using application ${own.applicationId}`);
      expect(stderr).toBe('');
    } finally {
      await own.close();
    }
  });

  it('without DISCORD_CLIENT_ID and with a refused token, names the token', async () => {
    const { code, stdout, stderr } = await deploy({ DISCORD_CLIENT_ID: '', DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.wrongwrongwrong' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^deploy-commands failed: DISCORD_TOKEN was refused \(Discord: 401/);
    expect(stderr).not.toContain('wrongwrongwrong');
  });
});
