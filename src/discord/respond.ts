// The one place a message body for Discord is built. Every reply, edit, update and follow-up of the bot goes
// through `messageBody`, so none can forget the two safety settings:
// - `allowed_mentions: {parse: []}`: interactions default to `{parse: ["users"]}`; corpus or question text must
//   never ping anyone, whatever escaping missed.
// - SUPPRESS_EMBEDS: links in passages (source URLs, masked citation links) must not unfurl into previews.
//   The bot therefore renders everything as message content, never as embeds (the flag hides those too).

import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { ellipsize } from '../engine/cut.ts';

export const CONTENT_MAX = 2000;
const BUTTON_LABEL_MAX = 80;
const BUTTONS_PER_ROW = 5;
/** Discord refuses a message with more action rows than this. */
const ROWS_MAX = 5;

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** What the bot says, independent of how it is delivered (gateway REST callback or HTTP response body). */
export interface OutgoingMessage {
  content: string;
  components?: ButtonRow[];
  /** Only the user who triggered the interaction sees it. Ignored on edits (Discord cannot change it). */
  ephemeral?: boolean;
  /** Text files attached to the message (UTF-8). Only follow-ups and edits carry them (see Responder). */
  files?: OutgoingFile[];
}

/** A text file to attach: what a member downloads or opens in Discord's preview. */
export interface OutgoingFile {
  /** The file name Discord shows: plain ASCII, no path. */
  name: string;
  text: string;
}

/** A file as the REST client sends it: the `files[n]` parts of a multipart body. */
export interface RestFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface MessageBody {
  content: string;
  components: ButtonRow[];
  allowed_mentions: { parse: [] };
  flags: number;
  /** One per attached file, `id` its index in `files[n]`: Discord matches the two. */
  attachments?: Array<{ id: number; filename: string }>;
}

/**
 * The API body for `msg`. `forEdit` leaves out the ephemeral flag: edits (PATCH @original, UPDATE_MESSAGE)
 * cannot change it, only SUPPRESS_EMBEDS may be set there.
 */
export function messageBody(msg: OutgoingMessage, forEdit = false): MessageBody {
  if (msg.content.length > CONTENT_MAX) {
    // The renderer keeps every message within limits; reaching this is a bug, and Discord would refuse the
    // whole reply, so cut here rather than fail silently.
    msg = { ...msg, content: ellipsize(msg.content, CONTENT_MAX) };
  }
  let flags = MessageFlags.SuppressEmbeds as number;
  if (msg.ephemeral && !forEdit) flags |= MessageFlags.Ephemeral;
  return {
    content: msg.content,
    // Same reasoning: a row past the limit would make Discord refuse the whole reply, so drop the extra rows.
    components: (msg.components ?? []).slice(0, ROWS_MAX),
    allowed_mentions: { parse: [] },
    flags,
    ...(msg.files && msg.files.length > 0 ? { attachments: msg.files.map((f, id) => ({ id, filename: f.name })) } : {}),
  };
}

/** The files of `msg` as multipart parts, or undefined when it has none (the body is then sent as JSON). */
export function messageFiles(msg: OutgoingMessage): RestFile[] | undefined {
  if (!msg.files || msg.files.length === 0) return undefined;
  return msg.files.map((f) => ({ name: f.name, data: Buffer.from(f.text, 'utf8'), contentType: 'text/plain; charset=utf-8' }));
}

export function button(customId: string, label: string, options: { disabled?: boolean; style?: ButtonStyle } = {}): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: (options.style ?? ButtonStyle.Secondary) as ButtonStyle.Secondary,
    custom_id: customId,
    label: ellipsize(label, BUTTON_LABEL_MAX),
    disabled: options.disabled ?? false,
  };
}

export function row(buttons: APIButtonComponentWithCustomId[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, BUTTONS_PER_ROW) };
}
