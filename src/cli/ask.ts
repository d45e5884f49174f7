// Entry point of `npm run ask`: see src/cli/ask-command.ts for the flags and exit codes.

import { loadDotenvSayingSlips } from '../dotenv.ts';
import { runAsk } from './ask-command.ts';

// CORPUS_DIR and CORPUS_MAX_FILE_BYTES from .env as `npm start` and check-corpus read them: the working
// directory's, then the repository's own, so `ask` run from elsewhere answers from the same corpus as the bot.
// A key one slip from a setting's name is said on stderr, as `npm start` says it: a mistyped CORPUS_DIR would
// otherwise answer from the default corpus in silence.
loadDotenvSayingSlips('ask');

// A reader that stops early (`ask --jsonl < questions | head -1`) closes the pipe: the answers it did not want
// are not an error, so stop quietly instead of dying on an unhandled EPIPE with a stack trace. Any other failure
// to write (a full disk, `> /dev/full`) is an error, said in one line: a stack trace would bury it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`ask: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

runAsk(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    // exitCode rather than exit(): lets a large --jsonl output drain into a slow pipe before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
