// Whether the slash commands are registered where members can use them. The bot never registers them itself
// (`npm run deploy-commands` does, README: Discord → 3), so a moderator who skipped that step, or pulled an update
// that added a command, saw "logged in to Discord" and then nothing to type in Discord, and nothing in the log
// said why. At start-up, when it has the bot token, the bot reads the scopes it can name (the global list, and
// the servers it knows of: the gateway's, and DISCORD_GUILD_ID) and warns, once, naming the command to run.
// A command registered by an older version (an option since added, renamed or made required) is there, so it is
// not missing, yet members type what this version no longer reads: the registered definitions are compared with
// this version's too, on what changes what members can type or who can use it (see commandShape).

import { Routes, type REST } from 'discord.js';
import type { Logger } from '../log.ts';
import type { CommandDefinition } from './command.ts';

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

/** A command or option as Discord returns it (or as we send it): only the fields read here. */
type Registered = Record<string, unknown>;

/**
 * What of a command decides what members can type and who can use it, with Discord's defaults filled in, so a
 * definition as sent and the same command as Discord returns it (with its id, version, application id, and fields
 * left out when at their default) compare equal. Descriptions and localizations are left out: Discord returns
 * localizations only when asked, and a changed description changes nothing a member can type. `scope` "guild" leaves
 * out contexts and integration types too: Discord applies them to global commands only, so what it returns for a
 * server's commands need not be what was sent, and a warning on every start-up of a server-deployed bot would be
 * noise. Pure.
 */
export function commandShape(command: Registered, scope: 'global' | 'guild' = 'global'): string {
  const global = scope === 'global';
  return JSON.stringify({
    name: command.name,
    type: command.type ?? 1,
    // "32" and 32n alike; absent, null and "" mean no default permission (everyone).
    permissions: command.default_member_permissions == null || command.default_member_permissions === '' ? null : String(command.default_member_permissions),
    contexts: global ? sortedOrNull(command.contexts) : null,
    integrationTypes: global ? sortedOrNull(command.integration_types) : null,
    nsfw: command.nsfw ?? false,
    options: optionShapes(command.options),
  });
}

function optionShapes(options: unknown): unknown[] {
  if (!Array.isArray(options)) return [];
  return (options as Registered[])
    .map((o) => ({
      name: o.name,
      type: o.type,
      required: o.required ?? false,
      autocomplete: o.autocomplete ?? false,
      choices: Array.isArray(o.choices) ? (o.choices as Registered[]).map((c) => [c.name, c.value]) : [],
      channelTypes: sortedOrNull(o.channel_types),
      min: o.min_value ?? o.min_length ?? null,
      max: o.max_value ?? o.max_length ?? null,
      options: optionShapes(o.options),
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

function sortedOrNull(list: unknown): unknown[] | null {
  return Array.isArray(list) && list.length > 0 ? [...list].sort() : null;
}

/**
 * The names of the registered commands whose definitions differ from this version's (in the order defined), then
 * those registered that this version no longer defines (a member picking one gets "unknown command"), of every
 * scope (`byScope`: differingByScope), each once. Pure.
 */
export function differingCommands(byScope: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(byScope.flat())];
}

/**
 * differingIn of each scope, `scopes[0]` read as the global list, any after it servers' lists: what
 * differingCommands joins and redeployHint's `stale` reads. Pure.
 */
export function differingByScope(defined: readonly CommandDefinition[], scopes: ReadonlyArray<readonly Registered[]>): string[][] {
  return scopes.map((scope, i) => differingIn(defined, scope, i === 0 ? 'global' : 'guild'));
}

/** The commands of one scope that differ from their definitions or have none, in the order of differingCommands. */
function differingIn(defined: readonly CommandDefinition[], scope: readonly Registered[], kind: 'global' | 'guild'): string[] {
  const names = new Set(defined.map((d) => d.name));
  const differ = defined.filter((d) => scope.some((c) => c.name === d.name && commandShape(c, kind) !== commandShape(d as unknown as Registered, kind)));
  return [...differ.map((d) => d.name), ...scope.flatMap((c) => (typeof c.name === 'string' && !names.has(c.name) ? [c.name] : []))];
}

/**
 * What rewrites the lists that hold an older version's commands: the global list (`stale.global`) and the servers'
 * `stale.guilds`. `npm run deploy-commands` writes DISCORD_GUILD_ID's list when it is set (`configuredGuild`), the
 * global one otherwise: naming it for another list, as the warning did, left that list as it was, and the warning
 * came back at every start. Parts joined with "; ". Pure.
 */
export function redeployHint(stale: { global: boolean; guilds: readonly string[] }, configuredGuild: string | null): string {
  const plain = stale.guilds.includes(configuredGuild ?? '') || (stale.global && configuredGuild === null);
  const parts = plain ? ['run `npm run deploy-commands`'] : [];
  if (stale.global && configuredGuild !== null) {
    parts.push(
      `the global list is an older version's, and \`npm run deploy-commands\` writes only server ${configuredGuild}'s (DISCORD_GUILD_ID): update the global list with \`npm run deploy-commands -- --global\`, or remove it with \`npm run deploy-commands -- --global --remove\` if that server is the only one using the bot`,
    );
  }
  for (const guild of stale.guilds.filter((g) => g !== configuredGuild)) {
    parts.push(
      `server ${guild} holds its own older copies (from testing there?): remove them with \`DISCORD_GUILD_ID=${guild} npm run deploy-commands -- --remove\`, or update them with \`DISCORD_GUILD_ID=${guild} npm run deploy-commands\``,
    );
  }
  return parts.join('; ');
}

/**
 * The warning for commands registered as another version defined them, or null when none is; `fix` says what
 * rewrites them (redeployHint). Pure.
 */
export function differingCommandsWarning(differing: readonly string[], fix = 'run `npm run deploy-commands`'): string | null {
  if (differing.length === 0) return null;
  return `registered commands differ from this version's (${differing.map((n) => `/${n}`).join(', ')}: an option or permission added, renamed or removed by an update?), so members type what this version does not read: ${fix}`;
}

/**
 * Reads the registered commands and logs a warning when some of `definitions` are in no scope, and one when a
 * registered command differs from its definition or has none (differingCommands); never throws. Returns
 * the missing names, or null when the global list could not be read (then nothing is said: a refused token or
 * Discord out of reach is reported elsewhere).
 */
export async function checkRegisteredCommands(
  rest: REST,
  /**
   * The gateway's from READY; in HTTP mode DISCORD_CLIENT_ID, or the id from the start-up's one read of the
   * application (endpoint-check.ts readApplication), shared with the endpoint check.
   */
  applicationId: string | Promise<string>,
  guildIds: readonly string[],
  definitions: readonly CommandDefinition[],
  log: Logger,
  /** DISCORD_GUILD_ID: the list `npm run deploy-commands` writes, when set. */
  configuredGuild: string | null = null,
): Promise<string[] | null> {
  const defined = definitions.map((d) => d.name);
  const read = async (route: `/${string}`) => {
    const list = (await rest.get(route, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })) as unknown;
    return Array.isArray(list) ? (list as unknown[]).filter((c): c is Registered => typeof c === 'object' && c !== null && typeof (c as Registered).name === 'string') : [];
  };
  const names = (scope: Registered[]) => scope.map((c) => c.name as string);
  let global: Registered[];
  let app: string;
  try {
    app = await applicationId;
    global = await read(Routes.applicationCommands(app));
  } catch (error) {
    log.debug({ err: error }, 'could not read the registered slash commands');
    return null;
  }
  const guilds = [...new Set(guildIds)].slice(0, MAX_GUILDS);
  const scopes: Registered[][] = [global];
  if (missingCommands(defined, scopes.map(names)).length > 0) {
    for (const guild of guilds) {
      // A server that will not say (the bot left it, Missing Access) holds none that members there can use.
      scopes.push(await read(Routes.applicationGuildCommands(app, guild)).catch(() => []));
    }
  }
  const missing = missingCommands(defined, scopes.map(names));
  const warning = missingCommandsWarning(defined, missing, guilds.length);
  // Each scope compared once: the warning's names and the lists its hint says to rewrite come from the same lists.
  const byScope = differingByScope(definitions, scopes);
  const differing = differingCommands(byScope);
  const stale = { global: byScope[0]!.length > 0, guilds: guilds.filter((_, i) => (byScope[i + 1]?.length ?? 0) > 0) };
  const differs = differingCommandsWarning(differing, redeployHint(stale, configuredGuild));
  if (differs !== null) log.warn({ differingCommands: differing }, differs);
  if (warning !== null) log.warn({ missingCommands: missing }, warning);
  else if (differs === null) log.debug({ commands: defined }, 'every slash command is registered');
  return missing;
}
