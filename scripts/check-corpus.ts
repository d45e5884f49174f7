// npm run check-corpus [-- PATH ...] — loads the corpus exactly as the bot would and reports every problem (exit
// 1) or what it holds (exit 0). For moderators before a /reload, and for a corpus kept in its own repository's CI.

import { parseArgs } from 'node:util';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { corpusPath, openLibrary } from '../src/cli/open-library.ts';
import { notRead, plural } from '../src/cli/render.ts';
import { idList } from '../src/engine/reload-lines.ts';
import { maxFileBytesFrom } from '../src/config.ts';

const USAGE = `Usage: npm run check-corpus [-- PATH ...]
Loads the corpus as the bot would (PATH: a folder or one file; several may be given, each is checked; default
CORPUS_DIR, else corpus/) and lists every problem with its file and line (exit 1 if any PATH has one), or says
what each holds (exit 0). Exit 2: a usage error.`;

class UsageError extends Error {}

/** The paths to check (none: the default corpus), or null for --help. Anything else that looks like a flag is refused. */
function parseCheckArgs(argv: string[]): string[] | null {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true });
  } catch (error) {
    // parseArgs names the flag ("Unknown option '--json'"); its advice about "--" would only confuse under npm.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (parsed.values.help) return null;
  // A lone empty PATH is no PATH, as `check-corpus -- "${CORPUS:-}"` in a script means; among others it is a slip
  // that would otherwise check the default corpus in its place.
  if (parsed.positionals.length === 1 && parsed.positionals[0]!.trim() === '') return [];
  const blank = parsed.positionals.find((p) => p.trim() === '');
  if (blank !== undefined) throw new UsageError('an empty PATH was given');
  return parsed.positionals;
}

async function main(argv: string[]): Promise<number> {
  let typed: string[] | null;
  try {
    typed = parseCheckArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`check-corpus: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (typed === null) {
    console.log(USAGE);
    return 0;
  }
  // (A key one slip from a setting's name is said, as `npm start` says it: a mistyped CORPUS_DIR would check the
  // default corpus in silence.)
  loadDotenvSayingSlips('check-corpus');
  // Only the corpus's own settings are read: a bad PORT or DISCORD_TOKEN in .env is the bot's to report when it
  // starts, and made a good corpus fail its check (exit 1, "Invalid configuration") in a corpus repository's CI.
  const size = maxFileBytesFrom(process.env);
  if ('problem' in size) {
    console.error(`check-corpus: ${size.problem.variable}: ${size.problem.reason}`);
    return 1;
  }
  // Every path is checked even after a broken one, so one run lists every problem of every corpus given.
  const paths = typed.length === 0 ? [undefined] : typed;
  let failed = false;
  for (const one of paths) {
    if (!(await checkOne(one, size.bytes))) failed = true;
  }
  return failed ? 1 : 0;
}

/** Loads one corpus and reports it: its problems on stderr, or what it holds on stdout. True when it is clean. */
async function checkOne(typed: string | undefined, maxFileBytes: number): Promise<boolean> {
  // A PATH typed on the command line is resolved where it was typed; CORPUS_DIR as the bot resolves it.
  const { path, setBy } = corpusPath(typed);
  // (The files not read are those the load listed, on the library's snapshot or on the error that refused it.)
  let unread: string[] = [];
  const library = await openLibrary(path, process.stderr, 'check-corpus', { maxFileBytes }, { refused: (error) => (unread = error.unread), setBy, listAll: true });
  if (library === null) {
    reportUnread(unread, process.stderr);
    return false;
  }
  const { documents, passages } = library.counts;
  console.log(`${path}: ${plural(documents, 'document')}, ${plural(passages, 'passage')}, no problems.`);
  reportUnread(library.snapshot.unread);
  return true;
}

/** The files a corpus folder holds that are not documents, so that "no problems" does not hide them. */
function reportUnread(files: string[], out: NodeJS.WritableStream = process.stdout): void {
  if (files.length === 0) return;
  // Shown without control characters (idList): a name is anything a file system allows, ESC too.
  out.write(`${plural(files.length, 'file')} ${notRead()}: ${idList(files, 10)}\n`);
}

process.exitCode = await main(process.argv.slice(2));
