// The link that adds the bot to a server (README: Discord → 2. Invite the bot): scopes `bot` and
// `applications.commands`, no permission (replies to slash commands need none). Not a secret: the application id
// is public, so the bot may log it where a moderator looks.

import type { Logger } from '../log.ts';

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=bot+applications.commands&permissions=0`;
}

/**
 * The warning of a bot removed from its last server while it runs (kicked, or the server deleted): it goes on running,
 * reachable by no one. (Discord's count of the app's servers lags a removal, so it is not asked here.)
 */
export function warnRemovedFromLastServer(applicationId: string, log: Logger): void {
  const invite = inviteUrl(applicationId);
  log.warn({ invite }, `the bot was removed from its last server, so no one can use it: open ${invite} to add it again (README: Discord → 2. Invite the bot)`);
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
  const one = addedTo === 1;
  log.warn(
    { invite, serversWithoutBot: addedTo },
    `the bot user is in no server, but the app was added to ${one ? '1 server' : `${addedTo} servers`} with the applications.commands scope only: /ask, /about and /help work there, and /reload for members with Manage Server or a role of MODERATOR_ROLE_IDS; but the bot cannot read ${one ? "that server's" : "those servers'"} roles, so MODERATOR_ROLE_IDS is not checked there and a refused /reload names no role. Open ${invite} there to add the bot user (README: Discord → 2. Invite the bot)`,
  );
}
