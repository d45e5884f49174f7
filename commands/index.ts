// Every slash command of the bot, in the order /help and the command picker show them.

import type { CommandModule } from '../src/discord/command.ts';
import { about } from './about.ts';
import { ask } from './ask.ts';
import { help } from './help.ts';
import { reload } from './reload.ts';

export const commands: readonly CommandModule[] = [ask, about, help, reload];

/** The definitions as registered with Discord by `npm run deploy-commands`. */
export const commandDefinitions = commands.map((c) => c.definition);
