// Registers the slash commands with Discord (a bulk overwrite, so removed commands disappear too; an empty list
// removes them all). To one guild when a guild id is given — instant, for testing a server — else globally. The
// two scopes are separate lists: a server with guild commands also shows the global ones of the same name.
// Never at start-up: registration is rate-limited and only needed when a definition changes.

import { REST, Routes, type RESTOptions } from 'discord.js';
import type { CommandDefinition } from './command.ts';
import { explainDeployFailure } from './deploy-failure.ts';

/**
 * A rate limit this long or shorter is waited out, as discord.js does; a longer one (Discord's daily create limit
 * answers with hours) fails at once with how long to wait, instead of a script that sleeps silently.
 */
const MAX_RATE_LIMIT_WAIT_MS = 10_000;

export interface DeployTarget {
  token: string;
  clientId: string;
  /** null: the global scope. */
  guildId: string | null;
  apiUrl: string;
  rest?: Partial<RESTOptions>;
}

export interface DeployOptions extends DeployTarget {
  /** What the scope holds afterwards: [] removes every command of the scope. */
  definitions: readonly CommandDefinition[];
}

export interface DeployResult {
  scope: 'guild' | 'global';
  /** Names Discord returned as registered. */
  registered: string[];
}

/** A failure explained in one line that names the variable to fix (deploy-failure.ts); the cause is Discord's. */
export class DeployError extends Error {
  override name = 'DeployError';
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const result = (await call(options, (rest, route) => rest.put(route, { body: options.definitions }))) as Array<{ name: string }>;
  return { scope: options.guildId === null ? 'global' : 'guild', registered: result.map((c) => c.name) };
}

/** The names of the commands a scope holds now. */
export async function registeredCommands(target: DeployTarget): Promise<string[]> {
  const result = (await call(target, (rest, route) => rest.get(route))) as Array<{ name: string }>;
  return result.map((c) => c.name);
}

/**
 * The id of the application `token` is for (GET /applications/@me): what DISCORD_CLIENT_ID is when a moderator
 * left it out, since the token already says it. A refusal is a DeployError naming the variable to fix.
 */
export async function tokenApplicationId(target: Pick<DeployTarget, 'token' | 'apiUrl' | 'rest'>): Promise<string> {
  const rest = new REST({ ...target.rest, api: target.apiUrl }).setToken(target.token);
  let application: { id?: unknown } | null;
  try {
    application = (await rest.get(Routes.currentApplication())) as typeof application;
  } catch (error) {
    const ctx = { clientId: '', guildId: null, apiUrl: target.apiUrl, tokenApplication: async () => null };
    throw new DeployError(await explainDeployFailure(error, ctx), { cause: error });
  }
  if (typeof application?.id !== 'string') throw new DeployError('Discord did not say which application DISCORD_TOKEN is for: set DISCORD_CLIENT_ID');
  return application.id;
}

async function call(target: DeployTarget, request: (rest: REST, route: `/${string}`) => Promise<unknown>): Promise<unknown> {
  const rest = new REST({
    ...target.rest,
    api: target.apiUrl,
    rejectOnRateLimit: (limit) => Math.max(limit.retryAfter, limit.timeToReset) > MAX_RATE_LIMIT_WAIT_MS,
  }).setToken(target.token);
  const route = target.guildId === null ? Routes.applicationCommands(target.clientId) : Routes.applicationGuildCommands(target.clientId, target.guildId);
  try {
    return await request(rest, route);
  } catch (error) {
    const tokenApplication = async () => ((await rest.get(Routes.currentApplication())) as { id?: string }).id ?? null;
    throw new DeployError(await explainDeployFailure(error, { ...target, tokenApplication }), { cause: error });
  }
}
