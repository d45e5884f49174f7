// What a pressed button asks for: the one way every command's buttons are read.

import type { ButtonInteraction, HandlerContext } from './command.ts';
import { notice } from './render.ts';

/**
 * The state a pressed button carries, decoded from its custom_id; null when the press has been answered here. A
 * custom_id that no longer decodes (a button from an older version, or a forged one) gets the private "no longer
 * works" notice; a label-only button ("Page x of y": a row's text has to be a button) is only acknowledged.
 */
export async function pressedState<S extends { kind: string }>(
  ctx: HandlerContext<ButtonInteraction>,
  decode: (customId: string) => S | null,
): Promise<Exclude<S, { kind: 'noop' }> | null> {
  const state = decode(ctx.interaction.data.custom_id);
  if (state === null) {
    await ctx.responder.reply(notice(ctx.t.buttonExpired));
    return null;
  }
  if (state.kind === 'noop') {
    await ctx.responder.deferUpdate();
    return null;
  }
  return state as Exclude<S, { kind: 'noop' }>;
}
