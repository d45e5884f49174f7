// `npm start`: the Discord bot when DISCORD_TOKEN is set (or INTERACTIONS=http), else the local console.

import { loadDotenvSayingSlips } from './dotenv.ts';
import { parseOrUsage } from './cli/args.ts';
import { runConsole } from './cli/console.ts';
import { checkCorpusCommand, corpusPath, MAX_SHOWN_PROBLEMS, openLibrary } from './cli/open-library.ts';
import { colorEnabled } from './cli/render.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger } from './log.ts';
import { describeWatchReload, loggingWatchHandlers, watchCorpus } from './watch.ts';

const USAGE = `usage: npm start

Runs tanya as its settings say (.env, or the environment; .env.example lists them): the Discord bot over the
gateway when DISCORD_TOKEN is set, the HTTP interactions endpoint with INTERACTIONS=http, else a local console on
this terminal. It takes no options.

  --help  this text`;

/**
 * \`npm start -- --help\` (or a mistyped option) must not start a bot that logs in, nor a console that waits:
 * null to go on, else the exit code, the usage written.
 */
function usageExit(): number | null {
  const values = parseOrUsage('start', USAGE, { options: { help: { type: 'boolean', short: 'h', default: false } } });
  return typeof values === 'number' ? values : null;
}

/**
 * Under `npm start`, npm passes a SIGTERM to the shell it runs the script in, and the shell dies without passing
 * it on: the bot would be left running, connected, answering (and a supervisor that restarts npm would then run
 * two bots on one token). So when the process that started us is gone, stop as on SIGTERM. Checked once a
 * second; unref'd, so it never keeps the process alive by itself. (Windows keeps the parent id: nothing fires.)
 */
function stopWhenOrphaned(): void {
  if (process.env.npm_lifecycle_event === undefined) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, 1000);
  timer.unref();
}

async function main(): Promise<number> {
  const usage = usageExit();
  if (usage !== null) return usage;
  // A key one slip from a setting's name sets nothing: said before anything else, since what it meant is unset.
  loadDotenvSayingSlips('tanya');
  stopWhenOrphaned();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`tanya: ${error.message}\n`);
    return 1;
  }
  // A broken file is left out with a warning naming it: the bot starts with every document that loaded, since
  // refusing to start would take it down over one file (after a restart, say). Only a corpus with no document at
  // all stops start-up (exit 1): a bot that knows nothing helps no one.
  // The size limit lives in the library's options, so every later /reload (and watch reload) applies it too.
  // CORPUS_DIR resolves against the working directory (as in check-corpus and ask): no path was typed here.
  const corpus = corpusPath(undefined);
  const library = await openLibrary(corpus.path, process.stderr, 'tanya', { maxFileBytes: config.maxFileBytes }, { partial: true, setBy: corpus.setBy });
  if (library === null) return 1;

  if (config.token === null && config.interactions === 'gateway') {
    const watcher = config.watchCorpus
      ? await watchCorpus({
          library,
          onReload: (report) => process.stderr.write(describeWatchReload(report) + '\n'),
          onError: (error) => process.stderr.write(`tanya: watching the corpus failed (${error instanceof Error ? error.message : String(error)}); use /reload\n`),
        })
      : null;
    try {
      await runConsole({ library, input: process.stdin, output: process.stdout, color: colorEnabled(process.stdout) });
    } finally {
      await watcher?.stop(); // the recursive watcher would keep the process alive
    }
    return 0;
  }

  // The Discord modes load discord.js only when they are used: the console starts faster without it.
  const { startGatewayBot, startHttpServer } = await import('./discord/index.ts');
  const logger = createLogger({ level: config.logLevel });
  const counts = library.counts;
  const { problems } = library.snapshot;
  if (problems.length > 0) {
    // The first few, as on stderr above: a corpus path at a big tree would make this one line of megabytes.
    const more = Math.max(0, problems.length - MAX_SHOWN_PROBLEMS);
    logger.warn(
      { corpus: library.corpusPath, ...counts, problems: problems.slice(0, MAX_SHOWN_PROBLEMS), ...(more > 0 ? { moreProblems: more, listAll: checkCorpusCommand(corpus.path, corpus.setBy) } : {}) },
      'corpus loaded with files left out',
    );
  }
  else logger.info({ corpus: library.corpusPath, ...counts }, 'corpus loaded');
  let bot: Awaited<ReturnType<typeof startHttpServer>> | Awaited<ReturnType<typeof startGatewayBot>>;
  try {
    bot = config.interactions === 'http' ? await startHttpServer({ config, library, logger }) : await startGatewayBot({ config, library, logger });
  } catch (error) {
    const reason = startupFailure(error, config);
    if (reason === null) throw error;
    logger.fatal({ err: error }, reason);
    process.stderr.write(`tanya: ${reason}\n`);
    return 1;
  }
  // Started once the bot is up, so a failed login still ends the process (the watcher would keep it alive).
  const watcher = config.watchCorpus ? await watchCorpus({ library, ...loggingWatchHandlers(logger) }) : null;
  if (watcher) {
    const stop = () => void watcher.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    logger.info({ corpus: library.corpusPath }, 'watching the corpus for changes');
  }
  if ('lost' in bot) {
    // Discord ended the session for good (the bot has stopped itself): exit non-zero, so that a supervisor
    // restarts or alerts, instead of a clean exit or (with the watcher holding it) a process that answers nothing.
    void bot.lost.then(async (code) => {
      logger.fatal({ code }, 'Discord ended the session for good: exiting');
      process.exitCode = 1;
      await watcher?.stop();
    });
  }
  // Both stop themselves gracefully on SIGINT/SIGTERM; until then the process lives on their sockets.
  return 0;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * One line saying what to fix for the ways start-up fails on the operator's side (Discord out of reach, a port
 * taken), instead of a stack trace; null for anything else (a bug, whose stack is worth having).
 */
function startupFailure(error: unknown, config: Config): string | null {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : null;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (code === 'EADDRINUSE') return `PORT ${config.port} is already in use: stop what listens there, or set another PORT`;
  if (code === 'EACCES') return `cannot listen on PORT ${config.port} (permission denied): use a port above 1023, or a proxy in front`;
  if (message.startsWith('Discord refused DISCORD_TOKEN') || message.startsWith('Discord did not report ready')) return message;
  const name = typeof e.name === 'string' ? e.name : '';
  if ((code !== null && UNREACHABLE.has(code)) || name === 'AbortError' || name === 'HTTPError' || name.startsWith('DiscordAPIError')) {
    return `cannot reach Discord at ${config.apiUrl} (${code ?? message}): check the network, and DISCORD_API_URL if it is set`;
  }
  return null;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tanya: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
