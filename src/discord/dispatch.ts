// Routes one raw interaction to its command module and makes sure it never goes unanswered and never throws:
// - a handler that is still working near Discord's 3 s deadline gets an automatic defer, so its late answer
//   becomes an edit instead of "This interaction failed";
// - a handler error is logged with its context and answered with an ephemeral apology;
// - "Unknown interaction" (10062: the token expired, or another replica answered) is ignored quietly.

import { InteractionType, type APIInteraction, type REST } from 'discord.js';
import { customIdOwner } from './custom-id.ts';
import { langOf, messages } from './i18n.ts';
import type { InFlight } from './bot.ts';
import { notice } from './render.ts';
import { Responder, type InteractionTransport } from './responder.ts';
import type { OutgoingMessage } from './respond.ts';
import { invoker, type BotServices, type ButtonInteraction, type CommandInteraction, type CommandModule, type HandlerContext } from './command.ts';

/** Discord's deadline for the first response is 3 s; defer with a margin for the network. */
const DEFAULT_DEFER_AFTER_MS = 2000;

const UNKNOWN_INTERACTION = 10062;

/** True for the REST error Discord returns when an interaction token is no longer valid. */
function isUnknownInteraction(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNKNOWN_INTERACTION;
}

export interface DispatcherOptions {
  commands: readonly CommandModule[];
  services: BotServices;
  deferAfterMs?: number;
  /** Where handlers' shutdown notices are registered (see HandlerContext.ifStopped); none without it. */
  inFlight?: InFlight;
}

export type Dispatch = (interaction: APIInteraction, transport: InteractionTransport, rest: REST) => Promise<void>;

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const byName = new Map(options.commands.map((c) => [c.definition.name, c]));
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const { services } = options;

  return async function dispatch(interaction, transport, rest) {
    const responder = new Responder(interaction, transport, rest);
    const lang = langOf('locale' in interaction ? interaction.locale : undefined);
    const t = messages(lang);
    const user = invoker(interaction);
    const log = services.logger.child({
      interaction: interaction.id,
      type: interaction.type,
      ...describe(interaction),
      user: user?.id,
      guild: interaction.guild_id ?? null,
    });
    // At most one shutdown notice per interaction, dropped when the interaction ends (see the finally below).
    let dropNotice = (): void => {};
    const ifStopped = (message: OutgoingMessage) => {
      dropNotice();
      dropNotice =
        options.inFlight?.onAbandon(async () => {
          const told = await responder.abandon(message).catch((error: unknown) => {
            report(error, 'could not tell the user the bot is stopping');
            return false;
          });
          if (told) log.warn('bot stopping before this interaction finished: the user was told');
        }) ?? (() => {});
    };
    const ctx = <I extends APIInteraction>(i: I): HandlerContext<I> => ({ ...services, interaction: i, lang, t, responder, log, ifStopped });

    if (interaction.type === InteractionType.Ping) {
      await transport.callback({ type: 1 }).catch((error: unknown) => log.warn({ err: error }, 'could not answer PING'));
      return;
    }

    let timer: NodeJS.Timeout | undefined;
    const started = Date.now();
    /** `defer` sent on the handler's behalf if it is still working near the deadline (see the top of the file). */
    const deferLater = (defer: () => Promise<void>) =>
      setTimeout(() => {
        log.warn({ ms: Date.now() - started }, 'handler is slow: deferring automatically');
        defer().catch((error: unknown) => report(error, 'automatic defer failed'));
      }, deferAfterMs);
    try {
      switch (interaction.type) {
        case InteractionType.ApplicationCommand: {
          const command = byName.get(interaction.data.name);
          if (!command || interaction.data.type !== 1) {
            log.warn('unknown command');
            await responder.reply(notice(t.unknownCommand));
            return;
          }
          const i = interaction as CommandInteraction;
          const ephemeral = command.deferEphemeral?.(i) ?? false;
          timer = deferLater(() => responder.defer({ ephemeral }));
          await command.execute(ctx(i));
          break;
        }
        case InteractionType.ApplicationCommandAutocomplete: {
          // Autocomplete cannot be deferred: answer from memory, and answer empty rather than not at all.
          const command = byName.get(interaction.data.name);
          if (command?.autocomplete) await command.autocomplete(ctx(interaction));
          else await responder.autocomplete([]);
          break;
        }
        case InteractionType.MessageComponent: {
          const command = byName.get(customIdOwner(interaction.data.custom_id));
          if (!command?.button || interaction.data.component_type !== 2) {
            log.warn('component without a handler');
            await responder.reply(notice(t.unknownCommand));
            return;
          }
          timer = deferLater(() => responder.deferUpdate());
          await command.button(ctx(interaction as ButtonInteraction));
          break;
        }
        default:
          log.warn('interaction type not handled');
          await responder.reply(notice(t.unknownCommand));
          return;
      }
      if (!responder.acknowledged) {
        // A handler that returns without answering is a bug; the user would see "interaction failed".
        log.error('handler returned without answering');
        await responder.reply(notice(t.failed));
      }
    } catch (error) {
      if (isUnknownInteraction(error)) {
        log.debug({ ms: Date.now() - started }, 'interaction expired before it was answered (10062): ignored');
        return;
      }
      // An HTTP status on the error means Discord refused or failed our call, not that the handler broke.
      const delivery = typeof (error as { status?: unknown }).status === 'number';
      log.error({ err: error, ms: Date.now() - started }, delivery ? 'sending the answer to Discord failed' : 'interaction handler failed');
      try {
        if (interaction.type === InteractionType.ApplicationCommandAutocomplete) await responder.autocomplete([]);
        else await responder.reply(notice(t.failed));
      } catch (second) {
        report(second, 'could not tell the user about the failure');
      }
    } finally {
      clearTimeout(timer);
      dropNotice();
    }

    function report(error: unknown, message: string) {
      if (isUnknownInteraction(error)) log.debug('interaction expired (10062): ignored');
      else log.warn({ err: error }, message);
    }
  };
}

function describe(interaction: APIInteraction): Record<string, string> {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      return { command: interaction.data.name };
    case InteractionType.MessageComponent:
      return { customId: interaction.data.custom_id };
    default:
      return {};
  }
}
