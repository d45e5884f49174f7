// /help — how to ask, in a few lines, with an example question drawn from the corpus (Library.example).

import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { CommandDefinition, CommandInteraction, CommandModule, HandlerContext } from '../src/discord/command.ts';
import { renderHelp } from '../src/discord/render.ts';

export const definition = {
  name: 'help',
  description: 'How to ask the bot, with an example',
  description_localizations: { id: 'Cara bertanya kepada bot, dengan contoh' },
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandDefinition;

async function execute(ctx: HandlerContext<CommandInteraction>): Promise<void> {
  const { library, lang } = ctx;
  // Usually found already (it is started at every load); otherwise this waits while other interactions go on,
  // and the responder defers the reply if it takes long.
  const example = await library.example();
  await ctx.responder.reply(renderHelp(lang, example, library.counts.documents === 0));
}

export const help: CommandModule = { definition, execute, deferEphemeral: () => true };
