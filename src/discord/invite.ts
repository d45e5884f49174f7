// The link that adds the bot to a server (README: Discord → 2. Invite the bot): scopes `bot` and
// `applications.commands`, no permission (replies to slash commands need none). Not a secret: the application id
// is public, so the bot may log it where a moderator looks.

import type { Logger } from '../log.ts';

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=bot+applications.commands&permissions=0`;
}

/** The warning of a bot that is in no server yet: started before step 2 of the README, it is reachable by no one. */
export function warnInNoServer(applicationId: string, log: Logger): void {
  const invite = inviteUrl(applicationId);
  log.warn({ invite }, `the bot is in no server yet, so no one can use it: open ${invite} to add it to yours (README: Discord → 2. Invite the bot)`);
}
