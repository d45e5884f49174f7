// HTTP mode's check of the bot's servers: whether it is in any (else the invite link), whether each id of
// MODERATOR_ROLE_IDS is a role of one, and whether those roles can use /reload (reload-permissions.ts). No event
// tells HTTP mode of a server joined or left or a role deleted, as the gateway's do, so it checks at start-up and
// again when a moderator's command (/reload, /about) is used in a server, after the reply and at most once a minute:
// a role deleted, a server joined or the bot removed from its last one is said then, each change once, as the
// gateway says it.

import { Routes, type REST } from 'discord.js';
import type { Logger } from '../log.ts';
import { readApplication, serversAddedTo, type ApplicationInfo } from './endpoint-check.ts';
import { warnInNoServer, warnRemovedFromLastServer } from './invite.ts';
import { unknownRolesReporter, type ServerRoles } from './server-roles.ts';
import { checkReloadPermissions, moderatorRolesWithout } from './reload-permissions.ts';

/** Servers whose roles HTTP mode reads in one check at most; in more, it makes no claim (a role may be elsewhere). */
const MAX_SERVERS_CHECKED = 10;
/**
 * A check is run again this long after the last began, at the earliest: three requests and two a server (its roles,
 * its overrides of /reload) at most, far under Discord's rate limits however often moderators use the commands.
 */
export const CHECK_AGAIN_MS = 60_000;

/**
 * The ids of the servers Discord lists for the bot user (GET /users/@me/guilds, its first 200), or null when it will
 * not say. Never throws.
 */
async function readBotServers(rest: REST, log: Logger): Promise<string[] | null> {
  try {
    const guilds = await rest.get(Routes.userGuilds(), { signal: AbortSignal.timeout(10_000) });
    return Array.isArray(guilds) ? (guilds as Array<{ id?: unknown }>).map((g) => String(g.id)) : [];
  } catch (error) {
    log.debug({ err: error }, "could not read the bot's servers");
    return null;
  }
}

export interface ServersCheckOptions {
  rest: REST;
  /** The servers' roles, read as a refusal reads them (a refusal while Discord is slow then has these to name). */
  roles: ServerRoles;
  ids: readonly string[];
  log: Logger;
  /** The application read of the start-up check, shared with the endpoint check; later checks read it again. */
  application: Promise<ApplicationInfo>;
  /** The id the invite link is made of, and the commands are read with: the token's own application's. */
  ownId: Promise<string>;
  /** DISCORD_GUILD_ID: where deploy-commands writes a server's own copies of the commands. */
  configuredGuild: string | null;
  now: () => number;
}

export interface ServersCheck {
  /** Runs the check (the start-up one). Never rejects. */
  run(): Promise<void>;
  /** Runs it again unless one began less than CHECK_AGAIN_MS ago; after the one under way, if any. */
  again(): void;
}

export function httpServersCheck(options: ServersCheckOptions): ServersCheck {
  const { rest, roles, ids, log, now } = options;
  const report = unknownRolesReporter(ids, log);
  /** Whether the bot was in a server at the last check that could tell; null before one could. */
  let wasInOne: boolean | null = null;
  /** The servers the last "not checked" warning named, so that it is said once while they stay unread. */
  let unreadSaid = '';
  /** The moderator roles last said not to be allowed /reload, "server:role" (checkReloadPermissions). */
  let reloadSaid: ReadonlySet<string> = new Set();
  let began = -Infinity;
  let running: Promise<void> | null = null;

  const check = async (application: Promise<ApplicationInfo>): Promise<void> => {
    const [list, count, id] = await Promise.all([readBotServers(rest, log), serversAddedTo(application), options.ownId.catch(() => null)]);
    if (list === null) return;
    // The app's servers the bot user is not in: their interactions reach the endpoint all the same.
    const commandsOnly = count === null ? 0 : Math.max(0, count - list.length);
    const inOne = list.length > 0;
    if (!inOne && id !== null && wasInOne !== false) {
      if (wasInOne === null) warnInNoServer(id, log, commandsOnly);
      else warnRemovedFromLastServer(id, log, commandsOnly);
    }
    wasInOne = inOne;
    if (ids.length === 0 || list.length > MAX_SERVERS_CHECKED) return;
    // Patient: no member waits on this check, and one that gave up after a refusal's second said nothing at all.
    const found = await Promise.all(list.map((guild) => roles.among(guild, ids, true)));
    const read = found.filter((f) => f !== null);
    if (read.length < found.length) {
      const unread = list.filter((_, i) => found[i] === null);
      if (unread.join() === unreadSaid) return;
      unreadSaid = unread.join();
      // Said, not left silent: a moderator who reads no warning takes every id for a role.
      log.warn(
        { unreadServers: unread },
        `MODERATOR_ROLE_IDS not checked: Discord did not give the roles of server${unread.length === 1 ? '' : 's'} ${unread.join(', ')}, so an id that is no role there cannot be told; the check runs again when /reload or /about is used in a server, at most once a minute`,
      );
      return;
    }
    unreadSaid = '';
    report(read, commandsOnly);
    if (id === null) return;
    const rolesIn = (server: string) => moderatorRolesWithout(roles, server, ids);
    reloadSaid = await checkReloadPermissions({ rest, applicationId: id, application, servers: list, rolesIn, configuredGuild: options.configuredGuild, log, said: reloadSaid });
  };

  /**
   * A command came while a check was under way: once it ends, check again if a minute has passed since it began (one
   * Discord kept that long); else the command starts nothing, as one coming just after the check would not.
   */
  let asked = false;
  const again = (): void => {
    if (running !== null) asked = true;
    else if (now() - began >= CHECK_AGAIN_MS) void start(() => readApplication(rest));
  };
  const start = (application: () => Promise<ApplicationInfo>): Promise<void> => {
    began = now();
    asked = false;
    const run = check(application())
      .catch((error: unknown) => log.debug({ err: error }, "could not check the bot's servers"))
      .finally(() => {
        running = null;
        if (asked) again();
      });
    running = run;
    return run;
  };

  return { run: () => start(() => options.application), again };
}
