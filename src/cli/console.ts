// The local console: what `npm start` runs when no DISCORD_TOKEN is set. It takes the bot's commands as a person
// would type them in Discord (/ask, /about, /reload, /help) on any pair of streams, so tests can drive it
// through in-memory streams exactly as a terminal would.

import { clearScreenDown, createInterface, cursorTo, moveCursor } from 'node:readline';
import type { ExampleQuestion } from '../engine/example.ts';
import type { Library } from '../engine/library.ts';
import { DEFAULT_TOP } from './ask-command.ts';
import { plural, renderAnswer, renderReload, renderSummary, summaryPages } from './render.ts';
import { WATCH_RELOADER } from '../watch.ts';

export interface ConsoleOptions {
  library: Library;
  input: NodeJS.ReadableStream & { isTTY?: boolean | undefined };
  output: NodeJS.WritableStream & { isTTY?: boolean | undefined; columns?: number | undefined };
  /** ANSI colour in answers; the caller decides (colorEnabled(process.stdout)). Default off. */
  color?: boolean;
  /** Results per question, as /ask shows them. */
  top?: number;
  /** Line editing, history and a prompt; default: when both streams are terminals. */
  terminal?: boolean;
  /** Who is named in reload reports. */
  user?: string;
}

/**
 * The console's /help; `example` is a question the corpus answers (Library.example), null when it has none.
 */
export function helpText(example: ExampleQuestion | null): string {
  const ask = example === null ? [] : [`  /ask ${example.en}`, `  ${example.id}      (a bare question works too)`];
  return [
    example === null ? 'Ask a question in English or Indonesian: /about lists what the corpus holds.' : 'Ask a question in English or Indonesian, for example:',
    ...ask,
    'Commands:',
    '  /ask <question>   the best passages, each with its citation',
    '  /more             the next results for the last question, or the next page of /about',
    '  /about [page]     what the corpus holds, a page at a time',
    '  /reload           re-read the corpus; a broken file keeps answering as it was before',
    '  /help             this text',
    '  /quit             leave (Ctrl-D works too)',
  ].join('\n');
}

const COMMANDS = ['/ask', '/more', '/about', '/reload', '/help', '/quit'];

/** Runs until /quit, end of input or Ctrl-C. Never throws for a command that goes wrong: it says so and goes on. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { library, input, output } = options;
  const color = options.color ?? false;
  const top = options.top ?? DEFAULT_TOP;
  const user = options.user ?? 'console';
  const terminal = options.terminal ?? (input.isTTY === true && output.isTTY === true);
  const width = () => (terminal && output.columns ? output.columns : undefined);
  const say = (text: string) => output.write(text + '\n');

  const { documents, passages } = library.counts;
  say(`tanya local console (no DISCORD_TOKEN is set, so Discord is off): ${plural(documents, 'document')}, ${plural(passages, 'passage')}. Type a question, or /help.`);

  const rl = createInterface({ input, output, terminal, prompt: 'tanya> ', crlfDelay: Infinity });
  // Without a listener readline only pauses on Ctrl-C; a person expects it to leave.
  rl.on('SIGINT', () => rl.close());
  const pasted = terminal ? pastedLines(rl, input, output) : null;
  /** What /more continues: the last question's results, or the /about list's pages. */
  let last: { kind: 'ask'; question: string; shown: number } | { kind: 'about'; page: number } | null = null;

  const ask = (question: string, offset: number) => {
    const answer = library.ask(question, { top, offset });
    say(renderAnswer(answer, { color, width: width(), offset, summary: answer.answered ? undefined : library.summary() }));
    last = { kind: 'ask', question, shown: offset + answer.results.length };
  };

  /**
   * Page `page` (0-based) of the /about list; past the last page, the last. When the list has one page only, a
   * page past it is said to be none: reprinting page 1 read as though it were the page asked for.
   */
  const about = (page: number) => {
    const summary = library.summary();
    const { loadedAt, loadedBy, loadedFrom, atStartUp, problems } = library.snapshot;
    // As /about on Discord says it: the watcher's name is no person's.
    // Nor is the console's own: the person who typed /reload here is told so, not "by console".
    const reloader = loadedFrom !== null ? 'name' : loadedBy === WATCH_RELOADER ? 'watch' : loadedBy === user ? 'here' : 'name';
    const pages = summaryPages(summary.documents.length);
    if (page > 0 && pages === 1) {
      say('The list of documents has only one page: /about shows it.');
      return;
    }
    const shown = Math.min(page, pages - 1);
    say(renderSummary(summary, { color, width: width(), loadedAt, loadedBy, reloader, atStartUp, problems, page: shown }));
    last = { kind: 'about', page: shown };
  };

  /**
   * Reloads still running: their reports print when they finish, and the console waits for them before it ends.
   */
  const reloading = new Set<Promise<void>>();
  /** Whether the prompt is shown, waiting for a line: a report printed then goes above it (see later). */
  let prompting = false;

  /**
   * Prints `text` when it is ready, which may be while the prompt waits for a line: on a terminal the prompt and
   * what was typed so far are cleared and drawn again below it, so the two never share a line.
   */
  const later = (text: string) => {
    if (terminal && prompting) {
      // From the prompt's first row: a line typed past the terminal's width takes several, and clearing only the
      // cursor's left the others above the report.
      moveCursor(output, 0, -rl.getCursorPos().rows);
      cursorTo(output, 0);
      clearScreenDown(output);
    }
    say(text);
    output.write('\n');
    if (terminal && prompting) rl.prompt(true);
  };

  const failed = (error: unknown) => `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;

  if (terminal) rl.prompt();
  prompting = true;
  for await (const raw of rl) {
    // A line of a paste is not a question yet: it waits on the prompt, joined to the rest (see pastedLines).
    if (pasted?.swallowed()) continue;
    prompting = false;
    const line = raw.trim();
    if (line !== '') {
      try {
        const quit = await handle(line);
        if (quit) break;
        output.write('\n'); // a blank line between one reply and the next command's
      } catch (error) {
        say(failed(error));
      }
    }
    if (terminal) rl.prompt();
    prompting = true;
  }
  prompting = false;
  rl.close();
  pasted?.stop();
  // A reload typed just before /quit (or the end of piped input) still says how it went.
  await Promise.all(reloading);
  say('Bye.');

  /** One typed line; resolves to true when the session should end. */
  async function handle(line: string): Promise<boolean> {
    if (!line.startsWith('/')) {
      ask(line, 0);
      return false;
    }
    const space = line.search(/\s/);
    const command = (space === -1 ? line : line.slice(0, space)).toLowerCase();
    const rest = space === -1 ? '' : line.slice(space + 1).trim();
    switch (command) {
      case '/ask':
        if (rest === '') {
          const example = await library.example();
          say(example === null ? 'Type the question after /ask.' : `Type the question after /ask, for example: /ask ${example.en}`);
        }
        else ask(rest, 0);
        return false;
      case '/more':
        if (last === null) say('Ask a question first; /more then shows its next results.');
        else if (last.kind === 'about') {
          if (last.page + 1 < summaryPages(library.counts.documents)) about(last.page + 1);
          else say('No more documents: that was the last page of /about.');
        }
        // Nothing was shown at all: asking again from 0 would repeat the whole reply.
        else if (last.shown === 0) say('No more results.');
        else ask(last.question, last.shown);
        return false;
      case '/about': {
        const page = rest === '' ? 1 : /^\d{1,6}$/.test(rest) ? Number(rest) : 0;
        if (page < 1) say("Type a page number after /about, for example: /about 2.");
        else about(page - 1);
        return false;
      }
      case '/reload': {
        // Not waited for: questions typed meanwhile are answered from the index being served, as on Discord (the
        // library swaps the new one in whole), and the report prints when the reload is done.
        say('Reloading the corpus…');
        const done = library.reload(user).then(
          // The report names who reloaded when that was someone else (a reload already running is shared).
          (report) => later(renderReload(report.by === user ? { ...report, by: null } : report, { color })),
          (error: unknown) => later(failed(error)),
        );
        reloading.add(done);
        void done.finally(() => reloading.delete(done));
        return false;
      }
      case '/help':
        say(helpText(await library.example()));
        return false;
      case '/quit':
      case '/exit':
        return true;
      default: {
        const near = command.length >= 3 ? COMMANDS.find((c) => c.startsWith(command.slice(0, 3))) : undefined;
        say(`Unknown command ${command}.${near ? ` Did you mean ${near}?` : ''} Commands: ${COMMANDS.join(', ')}. To ask something, type the question or /ask <question>.`);
        return false;
      }
    }
  }
}

/**
 * A question copied from a chat or a document comes wrapped over lines, and readline took each line for a question
 * of its own: "siapa yang" was answered (with nothing), then the rest. So on a terminal the console turns on
 * bracketed paste (the terminal then marks a paste with ESC [200~ … ESC [201~, which readline reports as the keys
 * paste-start and paste-end), and the lines ended inside a paste are joined with spaces and put back on the prompt,
 * before what follows the paste's last line break, for the person to edit and send with Enter. A terminal without
 * bracketed paste sends no marks: lines are then read one by one, as before.
 *
 * readline reports lines as it reads them, before the console's loop takes them in turn, so which were pasted is
 * recorded then; `swallowed()` says, for each line the loop takes, in order, whether it was.
 */
function pastedLines(
  rl: ReturnType<typeof createInterface>,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): { swallowed(): boolean; stop(): void } {
  let pasting = false;
  let held: string[] = [];
  const marks: boolean[] = [];
  const onLine = (line: string) => {
    marks.push(pasting);
    if (pasting && line.trim() !== '') held.push(line.trim());
  };
  const onKey = (_: unknown, key: { name?: string } | undefined) => {
    if (key?.name === 'paste-start') pasting = true;
    else if (key?.name === 'paste-end') {
      pasting = false;
      if (held.length === 0) return;
      const before = held.join(' ');
      held = [];
      // To the start of the line being edited (Ctrl-A), the joined lines and a space, back to its end (Ctrl-E).
      rl.write(null, { ctrl: true, name: 'a' });
      rl.write(rl.line.trim() === '' ? before : `${before} `);
      rl.write(null, { ctrl: true, name: 'e' });
    }
  };
  rl.on('line', onLine);
  input.on('keypress', onKey);
  output.write('\u001b[?2004h');
  return {
    swallowed: () => marks.shift() === true,
    stop: () => {
      input.off('keypress', onKey);
      output.write('\u001b[?2004l');
    },
  };
}
