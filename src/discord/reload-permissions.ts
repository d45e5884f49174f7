// Whether the moderator roles can use /reload where they are roles. MODERATOR_ROLE_IDS alone shows a role nothing:
// /reload is registered with Manage Server as its default permission, so Discord hides it from the role's members
// until a server admin allows the role (Server Settings → Integrations → the app → /reload). A moderator who set the
// ids and no override heard nothing from the bot, and the role's members found no /reload to type. Each server's
// overrides can be read with the bot token (GET /applications/{app}/guilds/{guild}/commands/permissions; only
// changing them needs a member's OAuth token), so the bot says which role cannot use it where, in both modes.

import { Routes, type REST } from 'discord.js';
import type { Logger } from '../log.ts';
import type { ApplicationInfo } from './endpoint-check.ts';
import type { ServerRoles } from './server-roles.ts';

/** One override: a role (type 1; the server's id stands for @everyone), a user (2) or a channel (3). */
export interface CommandOverride {
  id: string;
  type: number;
  permission: boolean;
}

/** A server's overrides of one command (`id` the command's), or of every command of the app (`id` the app's). */
export interface CommandPermissions {
  id: string;
  permissions: readonly CommandOverride[];
}

/**
 * What Discord lets members of role `roleId` do with /reload in server `guildId`, by its overrides there (`entries`)
 * of any copy of the command (`commandIds`: the global one, a server's own): 'allowed', 'denied' by an override, or
 * 'default' when none speaks of the role, so the command's default permission (Manage Server) applies. Discord's
 * rules since February 2023: a command's override of a role wins over the app's; an override of @everyone stands
 * for a role without one of its own (the command's, or the app's when neither the command nor the app speaks of the
 * role). User and channel overrides are left aside: they say nothing of the role. The best of the copies counts.
 * Pure.
 */
export function reloadAccess(entries: readonly CommandPermissions[], commandIds: readonly string[], applicationId: string, guildId: string, roleId: string): 'allowed' | 'denied' | 'default' {
  const app = entries.find((e) => e.id === applicationId);
  const of = (entry: CommandPermissions | undefined, id: string) => entry?.permissions.find((p) => p.type === 1 && p.id === id);
  let best: 'allowed' | 'denied' | 'default' = 'default';
  for (const commandId of commandIds) {
    const command = entries.find((e) => e.id === commandId);
    // Which of the app's override of the role and the command's of @everyone wins is not documented plainly: either
    // one allowing counts as allowed, so that no role is warned of that Discord lets in.
    const own = of(command, roleId);
    const next = own === undefined ? [of(app, roleId), of(command, guildId)].filter((o) => o !== undefined) : [own];
    const overrides = next.length > 0 ? next : [of(app, guildId)].filter((o) => o !== undefined);
    if (overrides.some((o) => o.permission)) return 'allowed';
    if (overrides.length > 0) best = 'denied';
  }
  return best;
}

/** A server's moderator roles that cannot use /reload, and why (reloadAccess). */
export interface NotAllowed {
  server: string;
  roles: string[];
  why: 'denied' | 'default';
}

/**
 * The warning for `found` (each server's roles that cannot use /reload), or null when there is none; `app`: the
 * name Integrations lists the app under. Pure.
 */
export function reloadNotAllowedWarning(found: readonly NotAllowed[], app: string): string | null {
  if (found.length === 0) return null;
  const count = found.reduce((n, f) => n + f.roles.length, 0);
  const one = count === 1;
  const parts = found.map(
    (f) =>
      `${f.roles.length === 1 ? 'role' : 'roles'} ${f.roles.join(', ')} in server ${f.server} (${
        f.why === 'denied' ? 'an override denies it there' : "no override allows it, so the command's default applies: Manage Server"
      })`,
  );
  return `MODERATOR_ROLE_IDS: Discord does not show /reload to ${parts.join('; ')}, so ${one ? 'its' : 'their'} members cannot run it: a server admin adds ${one ? 'the role' : 'each role'} under Server Settings → Integrations → ${app} → /reload (README: Commands, /reload)`;
}

/** The ids of MODERATOR_ROLE_IDS that are roles of a server, and those of them that need an override there. */
export interface ModeratorRolesIn {
  roles: readonly string[];
  /** Those that grant neither Manage Server nor Administrator themselves (a role that does needs no override). */
  without: readonly string[];
}

/**
 * The ids of `ids` that are roles of `server`, and those of them that grant neither Manage Server nor Administrator
 * themselves (a role that does lets its members use /reload with no override; none when @everyone does), null when
 * the server's roles are not known. Reads the roles as a refusal does (patient: no member waits on it).
 */
export async function moderatorRolesWithout(roles: ServerRoles, server: string, ids: readonly string[]): Promise<ModeratorRolesIn | null> {
  const found = await roles.among(server, ids, true);
  if (found === null) return null;
  // @everyone granting them lets every member in: no role needs an override.
  if (roles.managing(server, [server]).length > 0) return { roles: found, without: [] };
  const managing = roles.managing(server, found);
  return { roles: found, without: found.filter((id) => !managing.includes(id)) };
}

/** Servers whose overrides are read at most in one check (as the roles checks read). */
const MAX_SERVERS = 10;
const READ_TIMEOUT_MS = 10_000;

export interface ReloadPermissionsCheck {
  rest: REST;
  applicationId: string;
  /** GET /applications/@me, for the app's name, which Integrations lists it under; "(this bot)" without it. */
  application: Promise<ApplicationInfo>;
  servers: readonly string[];
  /**
   * The ids of MODERATOR_ROLE_IDS that are roles of `server`, and those whose members need an override there
   * (moderatorRolesWithout).
   */
  rolesIn: (server: string) => Promise<ModeratorRolesIn | null>;
  /** DISCORD_GUILD_ID, where deploy-commands writes a server's own copy of /reload. */
  configuredGuild: string | null;
  log: Logger;
  /** The "server:role" pairs warned of before, so that a check run again says only what changed. */
  said?: ReadonlySet<string>;
}

/**
 * Reads the ids of the registered /reload (the global one, and DISCORD_GUILD_ID's copy) and each server's
 * overrides, and warns of the moderator roles that cannot use it. Says nothing new of a server whose roles or
 * overrides cannot be read, nor when /reload is registered nowhere (the commands check says that). Returns the
 * "server:role" pairs that cannot use it now (for `said` the next time). Never throws.
 */
export async function checkReloadPermissions(check: ReloadPermissionsCheck): Promise<Set<string>> {
  const { rest, applicationId, servers, rolesIn, configuredGuild, log, said = new Set<string>() } = check;
  const get = (route: `/${string}`) => rest.get(route, { signal: AbortSignal.timeout(READ_TIMEOUT_MS) }) as Promise<unknown>;
  const reloadIds = (list: unknown) => (Array.isArray(list) ? (list as Array<{ id?: unknown; name?: unknown }>).filter((c) => c.name === 'reload').map((c) => String(c.id)) : []);
  const now = new Set<string>();
  /**
   * The servers whose overrides this check read, and the "server:role" pairs still roles there: a pair said of one
   * of them, still a role and not found now, was mended (a role deleted since was not).
   */
  const read = new Set<string>();
  const stillRoles = new Set<string>();
  /** A server whose roles or overrides are unread: what was said of it stands. */
  const keepSaid = (server: string) => {
    for (const pair of said) if (pair.startsWith(`${server}:`)) now.add(pair);
  };
  try {
    const global = reloadIds(await get(Routes.applicationCommands(applicationId)));
    const found: NotAllowed[] = [];
    for (const server of servers.slice(0, MAX_SERVERS)) {
      const moderators = await rolesIn(server);
      // Roles unknown (the gateway's cache in an outage): what was said of the server stands, as when its overrides
      // are unread.
      if (moderators === null) keepSaid(server);
      if (moderators === null || moderators.without.length === 0) continue;
      const roles = moderators.without;
      const copies = server === configuredGuild ? reloadIds(await get(Routes.applicationGuildCommands(applicationId, server)).catch(() => [])) : [];
      const ids = [...global, ...copies];
      if (ids.length === 0) continue;
      let entries: CommandPermissions[];
      try {
        const list = await get(Routes.guildApplicationCommandsPermissions(applicationId, server));
        entries = Array.isArray(list) ? (list as CommandPermissions[]) : [];
      } catch (error) {
        log.debug({ err: error, server }, "could not read a server's command permissions");
        keepSaid(server);
        continue;
      }
      read.add(server);
      for (const role of moderators.roles) stillRoles.add(`${server}:${role}`);
      for (const why of ['denied', 'default'] as const) {
        const these = roles.filter((role) => reloadAccess(entries, ids, applicationId, server, role) === why);
        for (const role of these) now.add(`${server}:${role}`);
        const fresh = these.filter((role) => !said.has(`${server}:${role}`));
        if (fresh.length > 0) found.push({ server, roles: fresh, why });
      }
    }
    const name = await check.application.then((a) => (typeof a.name === 'string' && a.name !== '' ? a.name : null), () => null);
    const warning = reloadNotAllowedWarning(found, name ?? '(this bot)');
    if (warning !== null) log.warn({ reloadNotAllowed: found }, warning);
    const mended = [...said].filter((pair) => read.has(pair.split(':')[0]!) && stillRoles.has(pair) && !now.has(pair));
    if (mended.length > 0) {
      const where = mended.map((pair) => `role ${pair.split(':')[1]} in server ${pair.split(':')[0]}`).join('; ');
      log.info({ reloadAllowedNow: mended }, `MODERATOR_ROLE_IDS: ${where} may use /reload now`);
    }
  } catch (error) {
    log.debug({ err: error }, 'could not read the registered /reload');
    return new Set(said);
  } finally {
    log.debug('checked who may use /reload');
  }
  return now;
}
