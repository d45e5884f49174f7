// Answers one interaction. The only thing that differs between the gateway and HTTP modes is where the first
// response goes (a REST callback vs. the HTTP response body): that is the `InteractionTransport`. Everything
// after it — editing a deferred reply, follow-ups — goes through the interaction webhook over REST in both.
//
// The responder tracks what was already sent, so a handler can simply `reply` and the right call is made:
// a callback when nothing was sent yet, an edit of @original after a defer, a follow-up after a reply.
// Calls are serialised, so the automatic defer (see dispatch.ts) can never race a handler's own reply.

import { InteractionResponseType, MessageFlags, Routes, type APIApplicationCommandOptionChoice, type APIInteractionResponse, type REST } from 'discord.js';
import { clip, ellipsize } from '../engine/cut.ts';
import { withoutDirectionControls } from './markdown.ts';
import { messageBody, messageFiles, type OutgoingMessage } from './respond.ts';

export interface InteractionTransport {
  /** Sends the initial response to the interaction. */
  callback(body: APIInteractionResponse): Promise<void>;
}

export interface InteractionRef {
  id: string;
  token: string;
  application_id: string;
}

export type ResponderState = 'pending' | 'deferred' | 'deferred-update' | 'replied';

const AUTOCOMPLETE_MAX = 25;
const CHOICE_MAX = 100;

export class Responder {
  #state: ResponderState = 'pending';
  #queue: Promise<unknown> = Promise.resolve();
  /** Set by `abandon`: the user has been told the interaction will not finish, so nothing more is sent. */
  #abandoned = false;

  constructor(
    private readonly interaction: InteractionRef,
    private readonly transport: InteractionTransport,
    private readonly rest: REST,
  ) {}

  get state(): ResponderState {
    return this.#state;
  }

  get acknowledged(): boolean {
    return this.#state !== 'pending';
  }

  /**
   * Sends `msg` as the answer: the initial reply, or the edit of a deferred reply, or — after a reply or a
   * deferred component update — a follow-up message.
   */
  reply(msg: OutgoingMessage): Promise<void> {
    return this.#run(async () => {
      switch (this.#state) {
        case 'pending':
          noFiles(msg);
          await this.transport.callback({ type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(msg) });
          this.#state = 'replied';
          return;
        case 'deferred':
          await this.#editOriginal(msg);
          this.#state = 'replied';
          return;
        case 'deferred-update':
        case 'replied':
          await this.#followUp(msg);
          return;
      }
    });
  }

  /** Edits the message a component is on (UPDATE_MESSAGE), or @original after a deferred update. */
  update(msg: OutgoingMessage): Promise<void> {
    return this.#run(async () => {
      if (this.#state === 'pending') {
        noFiles(msg);
        await this.transport.callback({ type: InteractionResponseType.UpdateMessage, data: messageBody(msg, true) });
        this.#state = 'replied';
      } else {
        await this.#editOriginal(msg);
        this.#state = 'replied';
      }
    });
  }

  /** "Thinking…": buys 15 minutes for a slow command. A no-op once anything was sent. */
  defer(options: { ephemeral?: boolean } = {}): Promise<void> {
    return this.#run(async () => {
      if (this.#state !== 'pending') return;
      await this.transport.callback({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: options.ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      });
      this.#state = 'deferred';
    });
  }

  /** Acknowledges a component click without changing its message yet. A no-op once anything was sent. */
  deferUpdate(): Promise<void> {
    return this.#run(async () => {
      if (this.#state !== 'pending') return;
      await this.transport.callback({ type: InteractionResponseType.DeferredMessageUpdate });
      this.#state = 'deferred-update';
    });
  }

  /** Autocomplete choices: at most 25, names and values at most 100 characters, no duplicate values. */
  autocomplete(choices: Array<APIApplicationCommandOptionChoice<string>>): Promise<void> {
    return this.#run(async () => {
      if (this.#state !== 'pending') return;
      await this.transport.callback({
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: cleanChoices(choices) },
      });
      this.#state = 'replied';
    });
  }

  /** A further message (ephemeral when asked); needs the interaction to be acknowledged first. */
  followUp(msg: OutgoingMessage): Promise<void> {
    return this.#run(() => this.#followUp(msg));
  }

  /**
   * Tells the user this interaction will not be finished (the bot is stopping before its handler did), unless
   * its answer was already sent: the edit of a deferred reply, a reply when nothing was sent yet, a follow-up after
   * a deferred button update. Whatever the handler sends afterwards is dropped, so a late answer cannot contradict
   * the notice. Resolves true when the notice was sent.
   */
  abandon(msg: OutgoingMessage): Promise<boolean> {
    if (this.#abandoned) return Promise.resolve(false);
    let told = false;
    const sent = this.#run(async () => {
      switch (this.#state) {
        case 'replied':
          return;
        case 'pending':
          await this.transport.callback({ type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(msg) });
          break;
        case 'deferred':
          await this.#editOriginal(msg);
          break;
        case 'deferred-update':
          await this.#followUp(msg);
          break;
      }
      this.#state = 'replied';
      told = true;
    });
    // After the notice is queued: it still runs, and everything queued after it does not.
    this.#abandoned = true;
    return sent.then(() => told);
  }

  async #editOriginal(msg: OutgoingMessage): Promise<void> {
    const { application_id, token } = this.interaction;
    await this.rest.patch(Routes.webhookMessage(application_id, token), { body: messageBody(msg, true), files: messageFiles(msg), auth: false });
  }

  async #followUp(msg: OutgoingMessage): Promise<void> {
    const { application_id, token } = this.interaction;
    // With files the REST client sends multipart/form-data: `payload_json` and a `files[n]` part per file.
    await this.rest.post(Routes.webhook(application_id, token), { body: messageBody(msg), files: messageFiles(msg), auth: false });
  }

  #run(op: () => Promise<void>): Promise<void> {
    if (this.#abandoned) return Promise.resolve();
    const result = this.#queue.then(op);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

/**
 * The initial response goes as JSON in HTTP mode (the HTTP response body), so it cannot carry files there; both
 * modes keep to that, so a handler tested on one behaves the same on the other. Files go in a follow-up or edit.
 */
function noFiles(msg: OutgoingMessage): void {
  if (msg.files && msg.files.length > 0) {
    throw new Error('a message with files cannot be the first response to an interaction: send it as a follow-up');
  }
}

export function cleanChoices(choices: Array<APIApplicationCommandOptionChoice<string>>): Array<APIApplicationCommandOptionChoice<string>> {
  const seen = new Set<string>();
  const out: Array<APIApplicationCommandOptionChoice<string>> = [];
  for (const c of choices) {
    // A title's or a quoted name's bidi override (U+202E) turned the rest of a choice around, and of the question
    // picked with it: left out, as replies leave it out (an emoji's joiners stay).
    const name = ellipsize(withoutDirectionControls(c.name), CHOICE_MAX);
    const value = clip(withoutDirectionControls(c.value), CHOICE_MAX);
    if (name.trim() === '' || value.trim() === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === AUTOCOMPLETE_MAX) break;
  }
  return out;
}
