// The link that adds the bot to a server (README: Discord → 2. Invite the bot): scopes `bot` and
// `applications.commands`, no permission (replies to slash commands need none). Not a secret: the application id
// is public, so the bot may log it where a moderator looks.

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(applicationId)}&scope=bot+applications.commands&permissions=0`;
}
