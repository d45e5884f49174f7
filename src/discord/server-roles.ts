// Which of MODERATOR_ROLE_IDS are roles of a given server. One bot serves several servers, and the list holds each
// server's moderator role: a /reload refusal that named them all showed a member the other servers' roles as
// "@unknown-role" (Discord renders a mention of a role the server lacks so). The interaction carries the member's
// own roles only, never the server's, so the gateway reads its role cache (kept by the Guilds intent) and HTTP mode
// asks Discord (GET /guilds/{id}/roles), once a while per server and never for long: a refusal must be answered
// within Discord's 3 s.

import { Routes, type Client, type Guild, type REST } from 'discord.js';
import type { Logger } from '../log.ts';

export interface ServerRoles {
  /**
   * The ids of `ids` that are roles of server `guildId`, in their order; null when that cannot be told. A server's
   * @everyone role, whose id is the server's, is none: Discord never lists it among a member's roles, so it lets no
   * one reload, and it would be named as "@everyone" (the server's id copied where a role's belongs).
   */
  among(guildId: string, ids: readonly string[]): Promise<readonly string[] | null>;
}

/**
 * Gateway mode: the client's role cache, which GUILD_CREATE fills and the role events keep current. A server in an
 * outage (listed in READY, no GUILD_CREATE yet) is cached unavailable and without its roles: it cannot be told.
 */
export function cachedServerRoles(client: Client): ServerRoles {
  return { among: async (guildId, ids) => cachedRolesAmong(client.guilds.cache.get(guildId), ids) };
}

/** ServerRoles.among of a cached server, read at once: null while it is in an outage (or not cached). */
function cachedRolesAmong(guild: Guild | undefined, ids: readonly string[]): readonly string[] | null {
  return guild === undefined || !guild.available ? null : rolesAmong(guild.id, ids, guild.roles.cache);
}

/** The ids of `ids` that `roles` (server `guildId`'s) holds, in their order: the one rule of ServerRoles.among. */
function rolesAmong(guildId: string, ids: readonly string[], roles: { has(id: string): boolean }): string[] {
  return ids.filter((id) => id !== guildId && roles.has(id));
}

/** How long a server's roles are taken as read: a role added or deleted shows in a refusal after this at most. */
const ROLES_FRESH_MS = 10 * 60_000;
/** A read that failed (the bot installed without its bot user, Discord out of reach) is tried again after this. */
const FAILED_FRESH_MS = 60_000;
/** A refusal waits this long for Discord at most, then names no role (see ServerRoles.among's null). */
const READ_TIMEOUT_MS = 1000;
/** Servers remembered at most; the oldest read is forgotten first. */
const MAX_SERVERS = 1000;

/**
 * HTTP mode: each server's roles read from Discord with the bot token, shared by refusals that come at once, kept
 * ROLES_FRESH_MS. Without the token (`rest` null) nothing can be read: always null.
 */
export function restServerRoles(rest: REST | null, now: () => number = Date.now): ServerRoles {
  const read = new Map<string, { at: number; ok: boolean; roles: Promise<ReadonlySet<string> | null> }>();
  return {
    among: async (guildId, ids) => {
      if (rest === null) return null;
      const cached = read.get(guildId);
      if (cached === undefined || now() - cached.at > (cached.ok ? ROLES_FRESH_MS : FAILED_FRESH_MS)) {
        read.delete(guildId);
        if (read.size >= MAX_SERVERS) read.delete(read.keys().next().value!);
        const entry = { at: now(), ok: true, roles: Promise.resolve<ReadonlySet<string> | null>(null) };
        entry.roles = rest.get(Routes.guildRoles(guildId), { signal: AbortSignal.timeout(READ_TIMEOUT_MS) }).then(
          (list) => new Set(Array.isArray(list) ? (list as Array<{ id?: unknown }>).map((r) => String(r.id)) : []),
          () => {
            entry.ok = false;
            return null;
          },
        );
        read.set(guildId, entry);
      }
      const roles = await read.get(guildId)!.roles;
      return roles === null ? null : rolesAmong(guildId, ids, roles);
    },
  };
}

/** The ids of `ids` that are a role in none of `servers` (each server's role ids), in their order. Pure. */
export function unknownRoleIds(ids: readonly string[], servers: ReadonlyArray<ReadonlySet<string>>): string[] {
  return ids.filter((id) => !servers.some((roles) => roles.has(id)));
}

/** The start-up warning for `unknown` role ids among `servers` servers, or null when there is none. Pure. */
export function unknownRolesWarning(unknown: readonly string[], servers: number): string | null {
  if (unknown.length === 0) return null;
  const one = unknown.length === 1;
  const where =
    servers === 1 ? `${one ? 'is no role' : 'are no roles'} of the server the bot is in` : `${one ? 'is a role' : 'are roles'} in none of the ${servers} servers the bot is in`;
  return `MODERATOR_ROLE_IDS: ${unknown.join(', ')} ${where} (a server, user or channel id copied by mistake, or a role deleted since?): ${one ? 'it lets' : 'they let'} no one use /reload`;
}

/**
 * Logs the start-up warning when an id of `ids` is a role in none of the servers, `found[i]` being ServerRoles.among
 * of server i. Says nothing when a server's could not be told (null): an id could be a role of it.
 */
function warnUnknownRoles(ids: readonly string[], found: ReadonlyArray<readonly string[] | null>, log: Logger): void {
  if (found.includes(null)) return;
  const servers = found.map((f) => new Set(f));
  const unknown = servers.length === 0 ? [] : unknownRoleIds(ids, servers);
  const warning = unknownRolesWarning(unknown, servers.length);
  if (warning !== null) log.warn({ unknownRoleIds: unknown }, warning);
}

/** Servers whose roles HTTP mode reads at start-up at most; in more, it makes no claim (a role may be elsewhere). */
const MAX_SERVERS_CHECKED = 10;

/**
 * HTTP mode's start-up check of MODERATOR_ROLE_IDS: the servers Discord lists for the bot, each one's roles read
 * through `roles` (so refusals find them read). Says nothing when a list or a server's roles cannot be read, or the
 * bot is in more servers than it reads: an id could be a role of one not read. Never throws.
 */
export async function checkModeratorRoles(rest: REST, ids: readonly string[], roles: ServerRoles, log: Logger): Promise<void> {
  if (ids.length === 0) return;
  let guilds: unknown;
  try {
    guilds = await rest.get(Routes.userGuilds(), { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    log.debug({ err: error }, "could not read the bot's servers to check MODERATOR_ROLE_IDS");
    return;
  }
  const list = Array.isArray(guilds) ? (guilds as Array<{ id?: unknown }>).map((g) => String(g.id)) : [];
  if (list.length > MAX_SERVERS_CHECKED) return;
  warnUnknownRoles(ids, await Promise.all(list.map((guild) => roles.among(guild, ids))), log);
}

/**
 * Gateway mode's start-up check of MODERATOR_ROLE_IDS: every server in the client's cache, read at once (before the
 * start returns). Says nothing while a server is in an outage (cached without its roles), as in HTTP mode.
 */
export function checkCachedModeratorRoles(client: Client, ids: readonly string[], log: Logger): void {
  warnUnknownRoles(ids, client.guilds.cache.map((guild) => cachedRolesAmong(guild, ids)), log);
}
