// What a command module is, and what it receives. Handlers get everything by injection (the library, the
// logger, the config, the cooldown, the responder), never from globals, so tests can run several bots side by
// side. Interactions arrive as Discord's raw API payloads in both modes (gateway and HTTP), so one handler
// serves both and never depends on discord.js caches.

import { MessageFlags } from 'discord.js';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIInteraction,
  APIMessageComponentButtonInteraction,
  APIUser,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.ts';
import type { Library } from '../engine/library.ts';
import type { Logger } from '../log.ts';
import type { Cooldown } from './cooldown.ts';
import type { Lang, Messages } from './i18n.ts';
import type { Responder } from './responder.ts';
import type { ServerRoles } from './server-roles.ts';
import type { OutgoingMessage } from './respond.ts';

type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A slash-command definition as sent to Discord, written `as const` in the command module. */
export type CommandDefinition = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

/** The long-lived services every handler may use. */
export interface BotServices {
  library: Library;
  logger: Logger;
  config: Config;
  askCooldown: Cooldown;
  /** Which moderator roles a server has (the gateway's cache, or Discord asked in HTTP mode). */
  roles: ServerRoles;
}

export interface HandlerContext<I extends APIInteraction> extends BotServices {
  interaction: I;
  lang: Lang;
  t: Messages;
  responder: Responder;
  /** Logger bound to this interaction (id, type, command, user, guild). */
  log: Logger;
  /**
   * What to tell the user if the bot stops (SIGTERM, a restart) while this handler is still running past the
   * shutdown's wait: sent in place of the answer, which is then dropped. A later call replaces an earlier one.
   */
  ifStopped(message: OutgoingMessage): void;
}

export type CommandInteraction = APIChatInputApplicationCommandInteraction;
export type AutocompleteInteraction = APIApplicationCommandAutocompleteInteraction;
export type ButtonInteraction = APIMessageComponentButtonInteraction;

export interface CommandModule {
  definition: CommandDefinition;
  execute(ctx: HandlerContext<CommandInteraction>): Promise<void>;
  autocomplete?(ctx: HandlerContext<AutocompleteInteraction>): Promise<void>;
  /** Buttons whose custom_id starts with `<definition.name>:`. */
  button?(ctx: HandlerContext<ButtonInteraction>): Promise<void>;
  /**
   * Whether the automatic defer (sent when a handler has not answered close to Discord's 3 s deadline) should be
   * ephemeral, so the late answer lands where it would have. Default: public.
   */
  deferEphemeral?(interaction: CommandInteraction): boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Reading options and the invoking user from raw payloads

type Option = APIApplicationCommandInteractionDataOption;

function findOption(options: readonly Option[] | undefined, name: string): Option | undefined {
  return options?.find((o) => o.name === name);
}

export function stringOption(options: readonly Option[] | undefined, name: string): string | null {
  const o = findOption(options, name);
  return o && 'value' in o && typeof o.value === 'string' ? o.value : null;
}

export function integerOption(options: readonly Option[] | undefined, name: string): number | null {
  const o = findOption(options, name);
  return o && 'value' in o && typeof o.value === 'number' && Number.isFinite(o.value) ? o.value : null;
}

export function booleanOption(options: readonly Option[] | undefined, name: string): boolean | null {
  const o = findOption(options, name);
  return o && 'value' in o && typeof o.value === 'boolean' ? o.value : null;
}

/** The user behind an interaction: `member.user` in a server, `user` in DMs. */
export function invoker(interaction: APIInteraction): APIUser | null {
  return interaction.member?.user ?? interaction.user ?? null;
}

/**
 * Whether the member who pressed a button may change the message it is on: an ephemeral message is only ever
 * seen (and so pressed) by its own user, a public one belongs to whoever ran the command. Paging someone else's
 * public message would flip it under them.
 */
export function clickerOwns(interaction: ButtonInteraction): boolean {
  const message = interaction.message;
  const ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  const owner = message.interaction_metadata?.user.id;
  return ephemeral || owner === undefined || owner === invoker(interaction)?.id;
}
