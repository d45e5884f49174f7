// npm run check-corpus [-- PATH] — loads the corpus exactly as the bot would and reports every problem (exit 1)
// or what it holds (exit 0). For moderators before a /reload, and for a corpus kept in its own repository's CI.

import { loadDotenv } from '../src/dotenv.ts';
import { corpusPath, openLibrary } from '../src/cli/open-library.ts';
import { ConfigError, loadConfig } from '../src/config.ts';

const USAGE = `Usage: npm run check-corpus [-- PATH]
Loads the corpus as the bot would (PATH: a folder or one file; default CORPUS_DIR, else corpus/) and lists every
problem with its file and line (exit 1), or says what it holds (exit 0).`;

async function main(typed: string | undefined): Promise<number> {
  if (typed === '--help' || typed === '-h') {
    console.log(USAGE);
    return 0;
  }
  loadDotenv();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`check-corpus: ${error.message}`);
    return 1;
  }
  // A PATH typed on the command line is resolved where it was typed; CORPUS_DIR as the bot resolves it.
  const path = corpusPath(typed);
  const library = await openLibrary(path, process.stderr, 'check-corpus', { maxFileBytes: config.maxFileBytes });
  if (library === null) return 1;
  const { documents, passages } = library.counts;
  console.log(`${path}: ${documents} document${documents === 1 ? '' : 's'}, ${passages} passages, no problems.`);
  return 0;
}

process.exitCode = await main(process.argv[2]);
