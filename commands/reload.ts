// /reload — rebuild the index from the corpus folder and swap it in (moderators only).
// `default_member_permissions` only sets a default that server admins can override, so authority is checked
// again here: Manage Server (or Administrator), or a role listed in MODERATOR_ROLE_IDS. Every attempt is
// logged with who, when and the result.

import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import { invoker, type CommandDefinition, type CommandInteraction, type CommandModule, type HandlerContext } from '../src/discord/command.ts';
import { notice, renderReload } from '../src/discord/render.ts';
import { grantsManaging } from '../src/discord/server-roles.ts';
import { reloadLogFields, reloadLogLevel, reloadOutcome, type ReloadOutcome } from '../src/engine/library.ts';

export const definition = {
  name: 'reload',
  description: 'Reload the corpus after editing it (moderators)',
  description_localizations: { id: 'Muat ulang korpus setelah diubah (moderator)' },
  // PermissionFlagsBits.ManageGuild (1 << 5), as the decimal string the API wants.
  default_member_permissions: '32',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandDefinition;

/** Whether the member behind `interaction` may reload: Manage Server / Administrator, or a moderator role. */
export function mayReload(interaction: CommandInteraction, moderatorRoleIds: readonly string[]): boolean {
  const member = interaction.member;
  if (!interaction.guild_id || !member) return false;
  return grantsManaging(member.permissions) || member.roles.some((role) => moderatorRoleIds.includes(role));
}

async function execute(ctx: HandlerContext<CommandInteraction>): Promise<void> {
  const { interaction, t, responder, library, config, log, lang } = ctx;
  const user = invoker(interaction);
  // The interaction's logger already carries its guild.
  const who = { userId: user?.id ?? null, username: user?.username ?? null };
  if (!interaction.guild_id || !interaction.member) {
    log.warn({ ...who, result: 'refused', reason: 'not in a server' }, 'corpus reload refused');
    await responder.reply(notice(t.guildOnly));
    return;
  }
  if (!mayReload(interaction, config.moderatorRoleIds)) {
    log.warn({ ...who, result: 'refused', reason: 'not a moderator' }, 'corpus reload refused');
    // Only this server's moderator roles: another server's would show as "@unknown-role" (server-roles.ts).
    const roles = config.moderatorRoleIds.length === 0 ? [] : await ctx.roles.among(interaction.guild_id, config.moderatorRoleIds);
    await responder.reply(notice(t.notAllowed(roles)));
    return;
  }

  // Reading and indexing the corpus may take longer than the 3 s Discord gives for the first response.
  await responder.defer({ ephemeral: true });
  // A big corpus can still be building when the bot is stopped (a deploy, a restart): say so rather than leave
  // "thinking…" that never ends.
  ctx.ifStopped(notice(t.reloadInterrupted));
  const waited = library.reloading;
  const report = await library.reload(user ? `@${user.username}` : null, interaction.guild_id);
  log[reloadLogLevel(report)]({ ...who, ...reloadLogFields(report) }, RELOAD_LOGGED[reloadOutcome(report)]);
  await responder.reply(renderReload(report, lang, { waited }));
}

const RELOAD_LOGGED: Record<ReloadOutcome, string> = {
  reloaded: 'corpus reloaded',
  'reloaded with problems': 'corpus reloaded with problems: each broken file keeps its previous version, or is left out',
  rejected: 'corpus reload rejected: the previous index keeps serving',
};

export const reload: CommandModule = { definition, execute, deferEphemeral: () => true };
