// The link that adds the bot to a server (README: Discord → 2. Invite the bot): scopes `bot` and
// `applications.commands`, no permission (replies to slash commands need none). Not a secret: the application id
// is public, so the bot may log it where a moderator looks.

import type { Logger } from '../log.ts';

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=bot+applications.commands&permissions=0`;
}

/**
 * The warning of a bot removed from its last server while it runs (kicked, or the server deleted). `commandsOnly`:
 * the servers the app was added to with the `applications.commands` scope only (as last counted: Discord's count of
 * the app's servers lags a removal, so it is not asked again here); their interactions still reach the bot. With
 * none, it goes on running, reachable by no one.
 */
export function warnRemovedFromLastServer(applicationId: string, log: Logger, commandsOnly = 0): void {
  const invite = inviteUrl(applicationId);
  if (commandsOnly < 1) {
    log.warn({ invite }, `the bot was removed from its last server, so no one can use it: open ${invite} to add it again (README: Discord → 2. Invite the bot)`);
    return;
  }
  log.warn(
    { invite, serversWithoutBot: commandsOnly },
    `the bot was removed from its last server, but the app was also added to ${commandsOnlyWorks(commandsOnly)}. Open ${invite} to add the bot user again (README: Discord → 2. Invite the bot)`,
  );
}

/** What works in `count` (≥ 1) servers the app was added to with the commands scope only, for both warnings. */
function commandsOnlyWorks(count: number): string {
  const one = count === 1;
  return `${one ? '1 server' : `${count} servers`} with the applications.commands scope only: /ask, /about and /help work there, and /reload for members with Manage Server or a role of MODERATOR_ROLE_IDS; but the bot cannot read ${one ? "that server's" : "those servers'"} roles, so MODERATOR_ROLE_IDS is not checked there and a refused /reload names no role`;
}

/**
 * The warning of a bot that is in no server yet: started before step 2 of the README, it is reachable by no one.
 * Unless the app was added to servers with the `applications.commands` scope only (`addedTo`, Discord's count of the
 * servers the app is in, when known, above 0): their interactions reach the bot all the same (over the gateway, or
 * at the HTTP endpoint), the member's permissions and roles with each, so everything works there but what needs the
 * bot in the server, reading its roles.
 */
export function warnInNoServer(applicationId: string, log: Logger, addedTo: number | null = null): void {
  const invite = inviteUrl(applicationId);
  if (addedTo === null || addedTo < 1) {
    log.warn({ invite }, `the bot is in no server yet, so no one can use it: open ${invite} to add it to yours (README: Discord → 2. Invite the bot)`);
    return;
  }
  log.warn(
    { invite, serversWithoutBot: addedTo },
    `the bot user is in no server, but the app was added to ${commandsOnlyWorks(addedTo)}. Open ${invite} there to add the bot user (README: Discord → 2. Invite the bot)`,
  );
}
