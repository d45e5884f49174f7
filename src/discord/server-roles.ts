// Which of MODERATOR_ROLE_IDS are roles of a given server. One bot serves several servers, and the list holds each
// server's moderator role: a /reload refusal that named them all showed a member the other servers' roles as
// "@unknown-role" (Discord renders a mention of a role the server lacks so). The interaction carries the member's
// own roles only, never the server's, so the gateway reads its role cache (kept by the Guilds intent) and HTTP mode
// asks Discord (GET /guilds/{id}/roles), again once a few seconds have passed and never for long: a refusal must be
// answered within Discord's 3 s.

import { PermissionFlagsBits, Routes, type Client, type Guild, type REST } from 'discord.js';
import type { Logger } from '../log.ts';

export interface ServerRoles {
  /**
   * The ids of `ids` that are roles of server `guildId`, in their order; null when that cannot be told. A server's
   * @everyone role, whose id is the server's, is none: Discord never lists it among a member's roles, so it lets no
   * one reload, and it would be named as "@everyone" (the server's id copied where a role's belongs).
   */
  among(guildId: string, ids: readonly string[], patient?: boolean): Promise<readonly string[] | null>;
  /**
   * The ids of `ids` that are roles of server `guildId` granting Manage Server or Administrator themselves (whose
   * members may use /reload with no override), as last read; asks Discord nothing. The server's own id stands for
   * its @everyone role here (granting them, it lets every member in).
   */
  managing(guildId: string, ids: readonly string[]): readonly string[];
}

/** Manage Server or Administrator: what /reload's default permission (and mayReload) lets in. */
const MANAGING = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

/**
 * Whether permissions (a decimal string, as Discord gives a role's or a member's) grant Manage Server or
 * Administrator; false for anything unreadable.
 */
export function grantsManaging(permissions: unknown): boolean {
  try {
    return (BigInt(String(permissions)) & MANAGING) !== 0n;
  } catch {
    return false;
  }
}

/**
 * Gateway mode: the client's role cache, which GUILD_CREATE fills and the role events keep current. A server in an
 * outage (listed in READY, no GUILD_CREATE yet) is cached unavailable and without its roles: it cannot be told.
 */
export function cachedServerRoles(client: Client): ServerRoles {
  return {
    among: async (guildId, ids) => cachedRolesAmong(client.guilds.cache.get(guildId), ids),
    managing: (guildId, ids) => {
      const roles = client.guilds.cache.get(guildId)?.roles.cache;
      return ids.filter((id) => roles?.get(id)?.permissions.any(MANAGING) ?? false);
    },
  };
}

/** ServerRoles.among of a cached server, read at once: null while it is in an outage (or not cached). */
function cachedRolesAmong(guild: Guild | undefined, ids: readonly string[]): readonly string[] | null {
  return guild === undefined || !guild.available ? null : rolesAmong(guild.id, ids, guild.roles.cache);
}

/** The ids of `ids` that `roles` (server `guildId`'s) holds, in their order: the one rule of ServerRoles.among. */
function rolesAmong(guildId: string, ids: readonly string[], roles: { has(id: string): boolean }): string[] {
  return ids.filter((id) => id !== guildId && roles.has(id));
}

/**
 * A server's roles read this recently are taken as they are: refusals that come together share one read. No event
 * tells HTTP mode of a role deleted or added, so past this a refusal asks Discord again, and a role deleted stops
 * being named as soon as Discord says so.
 */
const READ_AGAIN_MS = 5_000;
/** A read that failed (the bot installed without its bot user, Discord out of reach) is tried again after this. */
const FAILED_FRESH_MS = 60_000;
/**
 * A refusal waits this long for Discord at most, then names the roles of the last read, or none (see
 * ServerRoles.among's null). Its own timer, not the request's abort signal: discord.js waits out a 429's retry_after
 * (seconds, or minutes) whatever the signal says, and the refusal must be answered within Discord's 3 s.
 */
const READ_TIMEOUT_MS = 1000;
/**
 * A request Discord leaves unanswered this long is given up (aborted). Not a 429: discord.js sleeps out its
 * retry_after whatever the signal says, and the read ends, failed, only once that wait is over; until then refusals
 * name the last read's roles (LAST_READ_KEPT_MS).
 */
const READ_ABANDON_MS = 10_000;
/** The last read's roles stand in for a read Discord is slow to answer for this long; past it, no role is named. */
const LAST_READ_KEPT_MS = 10 * 60_000;
/** Servers remembered at most; the one first asked about is forgotten first. */
const MAX_SERVERS = 1000;

interface ServerRead {
  /** The last read Discord answered, and when it was asked. */
  last: { at: number; roles: ReadonlySet<string>; managing: ReadonlySet<string> } | null;
  /** When the last read failed, while no later one has been answered. */
  failedAt: number | null;
  /** The read under way, if any: settles (never rejects) once Discord answers or the read is given up. */
  pending: Promise<void> | null;
}

/**
 * HTTP mode: each server's roles read from Discord with the bot token, again once READ_AGAIN_MS has passed, one
 * read at a time per server. A refusal waits READ_TIMEOUT_MS at most for it; `patient` (the start-up check, which no
 * member waits on) waits until the read ends, answered or given up. Without the token (`rest` null) nothing can be
 * read: always null.
 */
export function restServerRoles(rest: REST | null, now: () => number = Date.now): ServerRoles {
  const servers = new Map<string, ServerRead>();
  const readRoles = (guildId: string, server: ServerRead): Promise<void> => {
    const at = now();
    return rest!.get(Routes.guildRoles(guildId), { signal: AbortSignal.timeout(READ_ABANDON_MS) }).then(
      (list) => {
        const roles = Array.isArray(list) ? (list as Array<{ id?: unknown; permissions?: unknown }>) : [];
        server.last = { at, roles: new Set(roles.map((r) => String(r.id))), managing: new Set(roles.filter((r) => grantsManaging(r.permissions)).map((r) => String(r.id))) };
        server.failedAt = null;
      },
      () => {
        server.failedAt = now();
      },
    );
  };
  return {
    managing: (guildId, ids) => {
      const managing = servers.get(guildId)?.last?.managing;
      return ids.filter((id) => managing?.has(id) ?? false);
    },
    among: async (guildId, ids, patient = false) => {
      if (rest === null) return null;
      let server = servers.get(guildId);
      if (server === undefined) {
        if (servers.size >= MAX_SERVERS) servers.delete(servers.keys().next().value!);
        server = { last: null, failedAt: null, pending: null };
        servers.set(guildId, server);
      }
      const t = now();
      const fresh = server.last !== null && t - server.last.at <= READ_AGAIN_MS;
      const failedLately = server.failedAt !== null && t - server.failedAt <= FAILED_FRESH_MS;
      if (!fresh && !failedLately && server.pending === null) {
        const read = server;
        read.pending = readRoles(guildId, read).finally(() => (read.pending = null));
      }
      if (server.pending !== null && patient) await server.pending;
      else if (server.pending !== null) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([server.pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, READ_TIMEOUT_MS)))]);
        clearTimeout(timer);
      }
      const last = server.last;
      if (last === null || now() - last.at > LAST_READ_KEPT_MS) return null;
      return rolesAmong(guildId, ids, last.roles);
    },
  };
}

/** The ids of `ids` that are a role in none of `servers` (each server's role ids), in their order. Pure. */
export function unknownRoleIds(ids: readonly string[], servers: ReadonlyArray<ReadonlySet<string>>): string[] {
  return ids.filter((id) => !servers.some((roles) => roles.has(id)));
}

/**
 * The warning for `unknown` role ids among `servers` servers (the bot user's), or null when there is none. Pure.
 * `commandsOnly`: servers the app was added to with the commands scope only, whose roles the bot cannot read: an id
 * may be a role there, and lets its members reload, so the warning claims no more than the servers read tell.
 */
export function unknownRolesWarning(unknown: readonly string[], servers: number, commandsOnly = 0): string | null {
  if (unknown.length === 0) return null;
  const one = unknown.length === 1;
  const where =
    servers === 1 ? `${one ? 'is no role' : 'are no roles'} of the server the bot is in` : `${one ? 'is a role' : 'are roles'} in none of the ${servers} servers the bot is in`;
  const why = '(a server, user or channel id copied by mistake, or a role deleted since?)';
  const lets = one ? 'it lets' : 'they let';
  if (commandsOnly < 1) return `MODERATOR_ROLE_IDS: ${unknown.join(', ')} ${where} ${why}: ${lets} no one use /reload`;
  const elsewhere = commandsOnly === 1 ? '1 server' : `${commandsOnly} servers`;
  return `MODERATOR_ROLE_IDS: ${unknown.join(', ')} ${where}, but the app was also added to ${elsewhere} with the applications.commands scope only, whose roles the bot cannot read: unless ${one ? 'it is a role' : 'they are roles'} there, ${lets} no one use /reload ${why}`;
}

/**
 * The check of MODERATOR_ROLE_IDS both modes run, given `found[i]`, the ids of `ids` that server i holds as roles
 * (every server read: a caller that could not read one says nothing), and `commandsOnly`, the servers the app was
 * added to without its bot user (unknownRolesWarning). Logs the warning when an id is a role in none of them;
 * nothing in no server. Called again, each change is said once: the warning names the ids newly a role in none of
 * the servers (an id warned of is not warned of again at the next check), and an id warned of that became a role
 * is said to be one.
 */
export function unknownRolesReporter(ids: readonly string[], log: Logger): (found: ReadonlyArray<readonly string[]>, commandsOnly: number) => void {
  let warned: ReadonlySet<string> = new Set();
  return (found, commandsOnly) => {
    // In no server, nothing can be told: what was said stands.
    if (found.length === 0) return;
    const unknown = unknownRoleIds(ids, found.map((f) => new Set(f)));
    const fresh = unknown.filter((id) => !warned.has(id));
    const nowRoles = [...warned].filter((id) => !unknown.includes(id));
    warned = new Set(unknown);
    const warning = unknownRolesWarning(fresh, found.length, commandsOnly);
    if (warning !== null) log.warn({ unknownRoleIds: fresh, ...(commandsOnly > 0 ? { serversWithoutBot: commandsOnly } : {}) }, warning);
    if (nowRoles.length > 0) {
      const one = nowRoles.length === 1;
      log.info({ roleIdsFound: nowRoles }, `MODERATOR_ROLE_IDS: ${nowRoles.join(', ')} ${one ? 'is a role' : 'are roles'} now (of a server the bot joined since)`);
    }
  };
}

/**
 * Gateway mode's check of MODERATOR_ROLE_IDS, run at start-up (once Discord has counted the app's servers:
 * `commandsOnly`, null until then) and whenever the bot's servers or their roles change (a server joined or left, an
 * outage ended, a role deleted): every server in the client's cache, read at once. Says nothing while a server is in
 * an outage (cached without its roles), as in HTTP mode. Each change is said once (unknownRolesReporter).
 */
export function cachedModeratorRolesCheck(client: Client, ids: readonly string[], log: Logger, commandsOnly: () => number | null): () => void {
  const report = unknownRolesReporter(ids, log);
  return () => {
    // Until Discord has said how many servers the app is in, an id's warning could not say where else it may be.
    const elsewhere = commandsOnly();
    if (elsewhere === null) return;
    const found = client.guilds.cache.map((guild) => cachedRolesAmong(guild, ids));
    const read = found.filter((f) => f !== null);
    // With a server in an outage, nothing can be told: what was said stands.
    if (read.length === found.length) report(read, elsewhere);
  };
}
