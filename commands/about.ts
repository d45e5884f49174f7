// /about — what the bot knows: each document (title, date, source, passages), totals, files left out at start-up,
// and when and by whom the corpus was last reloaded.

import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition, CommandInteraction, CommandModule, HandlerContext } from '../src/discord/command.ts';
import { renderAbout } from '../src/discord/render.ts';

export const definition = {
  name: 'about',
  description: 'What the bot knows: documents, passages, last reload',
  description_localizations: { id: 'Apa yang diketahui bot: dokumen, paragraf, pemuatan ulang terakhir' },
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandDefinition;

async function execute(ctx: HandlerContext<CommandInteraction>): Promise<void> {
  const { library, responder, lang } = ctx;
  const { loadedAt, loadedBy, problems } = library.snapshot;
  await responder.reply(renderAbout(library.summary(), { lang, loadedAt, loadedBy, problems }));
}

export const about: CommandModule = { definition, execute, deferEphemeral: () => true };
