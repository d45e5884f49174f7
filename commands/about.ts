// /about — what the bot knows: each document (title, date, source, passages), totals, files left out at start-up,
// and when and by whom the corpus was last reloaded (whom: in the server the reload came from only). A long list
// goes on over pages, turned with buttons whose custom_id carries the page and a fingerprint of the list (see
// custom-id.ts), so any replica serves a click.

import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { ButtonInteraction, CommandDefinition, CommandInteraction, CommandModule, HandlerContext } from '../src/discord/command.ts';
import { clickerOwns } from '../src/discord/command.ts';
import { pressedState } from '../src/discord/pressed.ts';
import { decodeAboutButton } from '../src/discord/custom-id.ts';
import type { Lang } from '../src/discord/i18n.ts';
import { aboutFingerprint, renderAbout } from '../src/discord/render.ts';
import type { OutgoingMessage } from '../src/discord/respond.ts';
import type { Library } from '../src/engine/library.ts';
import { WATCH_RELOADER } from '../src/watch.ts';

export const definition = {
  name: 'about',
  description: 'What the bot knows: documents, passages, last reload',
  description_localizations: { id: 'Apa yang diketahui bot: dokumen, paragraf, pemuatan ulang terakhir' },
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandDefinition;

/**
 * Page `page` of the current list, shown in server `guildId` (null: a DM); `list`, the fingerprint of the list a
 * button paged, tells whether it changed.
 */
function aboutPage(library: Library, lang: Lang, guildId: string | null, page: number, list: string | null): OutgoingMessage {
  const { loadedAt, loadedBy, loadedFrom, atStartUp, problems } = library.snapshot;
  const summary = library.summary();
  const changed = list !== null && list !== aboutFingerprint(summary, problems);
  // A reload made in another server is "by a moderator": the reader may not be in that server.
  const reloader = loadedFrom !== null && loadedFrom !== guildId ? 'moderator' : loadedFrom === null && loadedBy === WATCH_RELOADER ? 'watch' : 'name';
  return renderAbout(summary, { lang, loadedAt, loadedBy, reloader, atStartUp, problems, page, changed });
}

async function execute(ctx: HandlerContext<CommandInteraction>): Promise<void> {
  await ctx.responder.reply(aboutPage(ctx.library, ctx.lang, ctx.interaction.guild_id ?? null, 0, null));
}

async function button(ctx: HandlerContext<ButtonInteraction>): Promise<void> {
  const { interaction, responder, library, lang } = ctx;
  const state = await pressedState(ctx, decodeAboutButton);
  if (state === null) return;
  // After a /reload the page number may name other documents: the page is shown from the current list, saying
  // that the list changed (as Full passage says when its paragraph has), rather than an old page that is gone.
  const page = aboutPage(library, lang, interaction.guild_id ?? null, state.page, state.list);
  // /about answers privately, so the clicker is its asker; should a list ever be public, another member's click
  // shows them the page privately rather than turning the page under its asker (as /ask's pages do).
  if (clickerOwns(interaction)) await responder.update(page);
  else await responder.reply(page);
}

export const about: CommandModule = { definition, execute, button, deferEphemeral: () => true };
