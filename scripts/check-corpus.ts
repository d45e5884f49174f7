// npm run check-corpus [-- PATH] — loads the corpus exactly as the bot would and reports every problem (exit 1)
// or what it holds (exit 0). For moderators before a /reload, and for a corpus kept in its own repository's CI.

import { loadDotenv } from '../src/dotenv.ts';
import { corpusPath, openLibrary } from '../src/cli/open-library.ts';
import { ConfigError, loadConfig } from '../src/config.ts';

loadDotenv();

try {
  const config = loadConfig();
  const path = corpusPath(process.argv[2] ?? config.corpusDir ?? undefined);
  const library = await openLibrary(path, process.stderr, 'check-corpus', { maxFileBytes: config.maxFileBytes });
  if (library === null) {
    process.exitCode = 1;
  } else {
    const { documents, passages } = library.counts;
    console.log(`${path}: ${documents} document${documents === 1 ? '' : 's'}, ${passages} passages, no problems.`);
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`check-corpus: ${error.message}`);
  process.exitCode = 1;
}
