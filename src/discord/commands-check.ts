// Whether the slash commands are registered where members can use them. The bot never registers them itself
// (`npm run deploy-commands` does, README: Discord → 3), so a moderator who skipped that step, or pulled an update
// that added a command, saw "logged in to Discord" and then nothing to type in Discord, and nothing in the log
// said why. At start-up, when it has the bot token, the bot reads the scopes it can name (the global list, and
// the servers it knows of: the gateway's, and DISCORD_GUILD_ID) and warns, once, naming the command to run.

import { Routes, type REST } from 'discord.js';
import type { Logger } from '../log.ts';

/** The check never holds up start-up or shutdown for long. */
const CHECK_TIMEOUT_MS = 10_000;
/** Servers read at most: a community bot is in a few; reading hundreds would spend the rate limit on a hint. */
const MAX_GUILDS = 10;

/** The defined commands no scope holds, in their order. Pure. */
export function missingCommands(defined: readonly string[], scopes: ReadonlyArray<readonly string[]>): string[] {
  return defined.filter((name) => !scopes.some((scope) => scope.includes(name)));
}

/** The warning for `missing` of `defined`, or null when nothing is missing. Pure. */
export function missingCommandsWarning(defined: readonly string[], missing: readonly string[], guilds: number): string | null {
  if (missing.length === 0) return null;
  const where = guilds === 0 ? 'globally' : `globally or in the ${guilds === 1 ? 'server' : `${guilds} servers`} checked`;
  const list = missing.map((n) => `/${n}`).join(', ');
  return missing.length === defined.length
    ? `no slash command of this bot is registered ${where}, so members have nothing to type: run \`npm run deploy-commands\` (README: Discord → 3. Register the commands)`
    : `${list} ${missing.length === 1 ? 'is' : 'are'} not registered ${where} (added by an update?): run \`npm run deploy-commands\` again to register ${missing.length === 1 ? 'it' : 'them'}`;
}

/**
 * Reads the registered commands and logs a warning when some of `defined` are in no scope; never throws. Returns
 * the missing names, or null when the global list could not be read (then nothing is said: a refused token or
 * Discord out of reach is reported elsewhere).
 */
export async function checkRegisteredCommands(
  rest: REST,
  /** null: the application the token is for (HTTP mode learns its id from no READY). */
  applicationId: string | null,
  guildIds: readonly string[],
  defined: readonly string[],
  log: Logger,
): Promise<string[] | null> {
  const read = async (route: `/${string}`) => {
    const list = (await rest.get(route, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })) as Array<{ name?: unknown }>;
    return list.map((c) => c.name).filter((n): n is string => typeof n === 'string');
  };
  let global: string[];
  let app: string;
  try {
    app = applicationId ?? String(((await rest.get(Routes.currentApplication(), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })) as { id?: unknown }).id);
    global = await read(Routes.applicationCommands(app));
  } catch (error) {
    log.debug({ err: error }, 'could not read the registered slash commands');
    return null;
  }
  const guilds = [...new Set(guildIds)].slice(0, MAX_GUILDS);
  const scopes: string[][] = [global];
  if (missingCommands(defined, scopes).length > 0) {
    for (const guild of guilds) {
      // A server that will not say (the bot left it, Missing Access) holds none that members there can use.
      scopes.push(await read(Routes.applicationGuildCommands(app, guild)).catch(() => []));
    }
  }
  const missing = missingCommands(defined, scopes);
  const warning = missingCommandsWarning(defined, missing, guilds.length);
  if (warning !== null) log.warn({ missingCommands: missing }, warning);
  else log.debug({ commands: defined }, 'every slash command is registered');
  return missing;
}
