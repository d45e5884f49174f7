// /ask question:<text> [results:1-5] [hide:bool] — the best passages with citations, paged by buttons.
// Button state travels in the custom_id (page, results per page, passage id); the question is read back from
// the first line of the message the button is on. So any replica, before or after a restart, serves a click.

import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';
import type { Library } from '../src/engine/library.ts';
import {
  booleanOption,
  clickerOwns,
  integerOption,
  invoker,
  stringOption,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type CommandDefinition,
  type CommandInteraction,
  type CommandModule,
  type HandlerContext,
} from '../src/discord/command.ts';
import { decodeAskButton, MAX_PAGE, MAX_RESULTS } from '../src/discord/custom-id.ts';
import { pressedState } from '../src/discord/pressed.ts';
import type { Lang } from '../src/discord/i18n.ts';
import { normalizeQuestion } from '../src/discord/markdown.ts';
import { docIdOf, findContaining, findPassage, wholeParagraph } from '../src/discord/paragraph.ts';
import { hasSearchableText, searchText } from '../src/discord/question.ts';
import { notice, questionFromContent, renderAnswer, renderFullPassage } from '../src/discord/render.ts';
import type { OutgoingMessage } from '../src/discord/respond.ts';
import { shownTitle } from '../src/engine/text-title.ts';

export const QUESTION_MAX = 300;
const DEFAULT_RESULTS = 3;

export const definition = {
  name: 'ask',
  description: 'Ask a question about the event write-ups',
  description_localizations: { id: 'Ajukan pertanyaan tentang tulisan-tulisan acara' },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'What you want to know, in English or Indonesian',
      description_localizations: { id: 'Apa yang ingin Anda ketahui, dalam bahasa Indonesia atau Inggris' },
      required: true,
      max_length: QUESTION_MAX,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'results',
      description: `How many passages to show at once (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`,
      description_localizations: { id: `Jumlah paragraf yang ditampilkan sekaligus (1–${MAX_RESULTS}, bawaan ${DEFAULT_RESULTS})` },
      min_value: 1,
      max_value: MAX_RESULTS,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'hide',
      description: 'Show the answer only to you',
      description_localizations: { id: 'Tampilkan jawaban hanya untuk Anda' },
    },
  ],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandDefinition;

/** One page of the answer to `question`, rendered. */
function answerPage(library: Library, question: string, page: number, perPage: number, lang: Lang, ephemeral: boolean): OutgoingMessage {
  // One extra result tells whether a next page exists.
  const answer = library.ask(searchText(question), { top: perPage + 1, offset: page * perPage });
  // Only the titles are needed: documents() rather than summary(), which walks every passage.
  // (A document without a title of its own is listed by its label, as results cite it: see text-title.ts.)
  const covers = answer.answered ? undefined : library.documents().map((d) => shownTitle(d) || d.id);
  return renderAnswer(
    { ...answer, results: answer.results.slice(0, perPage) },
    { lang, question, page, perPage, hasMore: answer.results.length > perPage && page < MAX_PAGE, covers, ephemeral },
  );
}

async function execute(ctx: HandlerContext<CommandInteraction>): Promise<void> {
  const { interaction, t, responder, library, askCooldown, log } = ctx;
  const options = interaction.data.options;
  // The definition limits the question, but a forged or odd payload can carry anything: check again.
  const question = normalizeQuestion(stringOption(options, 'question') ?? '');
  if (!hasSearchableText(question)) {
    await responder.reply(notice(t.emptyQuestion((await library.example())?.[ctx.lang] ?? null)));
    return;
  }
  if ([...question].length > QUESTION_MAX) {
    await responder.reply(notice(t.tooLong(QUESTION_MAX)));
    return;
  }
  const perPage = Math.min(MAX_RESULTS, Math.max(1, Math.trunc(integerOption(options, 'results') ?? DEFAULT_RESULTS)));
  const hide = booleanOption(options, 'hide') ?? false;

  const user = invoker(interaction);
  const check = askCooldown.take(user?.id ?? 'unknown');
  if (!check.ok) {
    await responder.reply(notice(t.cooldown(Math.ceil(check.retryAt / 1000))));
    return;
  }

  const started = performance.now();
  const msg = answerPage(library, question, 0, perPage, ctx.lang, hide);
  log.info({ chars: question.length, perPage, hide, ms: Math.round(performance.now() - started) }, 'answered /ask');
  await responder.reply(msg);
}

async function autocomplete(ctx: HandlerContext<AutocompleteInteraction>): Promise<void> {
  const { interaction, library, responder } = ctx;
  const focused = interaction.data.options.find((o) => 'focused' in o && o.focused);
  const raw = focused && 'value' in focused ? String(focused.value) : '';
  // A space after the last word says it is finished ("hadi " is not to become "hadiah"): kept through the clean-up.
  const clean = normalizeQuestion(raw);
  const typed = clean + (/\s$/u.test(raw) && clean !== '' ? ' ' : '');
  let suggestions = library.suggest(typed, 25);
  // (Not a document without a title of its own: its `title` is its id, which asks nothing; see suggest.ts.)
  if (suggestions.length === 0 && typed === '') suggestions = library.documents().filter((d) => d.label === undefined).map((d) => d.title).filter((x) => x !== '');
  await responder.autocomplete(suggestions.map((s) => ({ name: s, value: s })));
}

/**
 * A click on "Full passage" sends at most this many messages of text (about 5,700 characters); a longer paragraph
 * comes as a file instead: dozens of private messages flood the member and run into Discord's rate limits.
 */
const FULL_PASSAGE_MESSAGES = 3;
/** Discord's upload limit where the interaction does not say (a server without boosts: 10 MiB). */
const DEFAULT_ATTACHMENT_LIMIT = 10 * 1024 * 1024;

async function button(ctx: HandlerContext<ButtonInteraction>): Promise<void> {
  const { interaction, t, responder, library, lang, log } = ctx;
  const state = await pressedState(ctx, decodeAskButton);
  if (state === null) return;
  const message = interaction.message;
  const question = questionFromContent(message.content);

  if (state.kind === 'page') {
    if (question === null) {
      await responder.reply(notice(t.buttonExpired));
      return;
    }
    // Paging someone else's public answer would flip it under them: show the page to the clicker only.
    const own = clickerOwns(interaction);
    const page = answerPage(library, question, state.page, state.results, lang, !own);
    if (own) await responder.update(page);
    else await responder.reply(page);
    return;
  }

  let passageId: string | null;
  let docId: string | null;
  if (state.kind === 'passage') {
    docId = docIdOf(state.passageId);
    passageId = findPassage(library, state.passageId, state.fingerprint, docId);
  } else {
    if (question === null) {
      await responder.reply(notice(t.buttonExpired));
      return;
    }
    const ranked = library.ask(searchText(question), { top: 1, offset: state.rank }).results[0] ?? null;
    docId = ranked?.docId ?? null;
    passageId = findPassage(library, ranked?.id ?? null, state.fingerprint, null);
  }
  // Not there as a paragraph of its own: a reload may have joined it to the paragraph beside it, which then
  // holds its text whole. That paragraph is what the reader wants, said to be the longer one it now is.
  let joined = false;
  if (passageId === null && docId !== null && state.fingerprint !== null && state.length !== null) {
    passageId = findContaining(library, docId, state.fingerprint, state.length);
    joined = passageId !== null;
  }
  const paragraph = passageId === null ? null : wholeParagraph(library, passageId);
  if (paragraph === null) {
    await responder.reply(notice(t.passageGone));
    return;
  }
  const limits = { maxMessages: FULL_PASSAGE_MESSAGES, fileMaxBytes: interaction.attachment_size_limit ?? DEFAULT_ATTACHMENT_LIMIT };
  const note = joined ? t.passageJoined : null;
  const [first, ...rest] = renderFullPassage(paragraph, lang, note, limits);
  await responder.reply(first!);
  try {
    for (const more of rest) await responder.followUp(more);
  } catch (error) {
    // The upload limit the interaction announced was not the one applied: the text, cut short, rather than an
    // apology under an opening that promised a file. Its first message replaces that opening (which says the whole
    // paragraph is in the file below), so the opening is not shown twice and no file is promised that never comes.
    if (!rest.some((m) => m.files) || !tooLarge(error)) throw error;
    log.warn({ err: error, chars: paragraph.text.length }, 'Discord refused the Full passage file as too large: sending the text cut short');
    const [opening, ...cut] = renderFullPassage(paragraph, lang, note, { ...limits, fileMaxBytes: 0 });
    await responder.update(opening!);
    for (const more of cut) await responder.followUp(more);
  }
}

/** Discord's answer to an upload over its limit: 413, or its JSON code 40005 "Request entity too large". */
function tooLarge(error: unknown): boolean {
  const e = error as { status?: unknown; code?: unknown } | null;
  return typeof e === 'object' && e !== null && (e.status === 413 || e.code === 40005);
}

export const ask: CommandModule = {
  definition,
  execute,
  autocomplete,
  button,
  deferEphemeral: (interaction) => booleanOption(interaction.data.options, 'hide') ?? false,
};
