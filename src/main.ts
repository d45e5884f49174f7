// `npm start`: the Discord bot when DISCORD_TOKEN is set, else the local console on this terminal.

import dotenv from 'dotenv';
import { runConsole } from './cli/console.ts';
import { corpusPath, openLibrary } from './cli/open-library.ts';
import { colorEnabled } from './cli/render.ts';

// quiet: dotenv would otherwise print a line of its own on start-up (and before the console's first line).
dotenv.config({ quiet: true });

async function main(): Promise<number> {
  if (process.env.DISCORD_TOKEN) {
    // Wired by the Discord bot's issue (src/discord/); until then, say so rather than pretend.
    process.stderr.write('The Discord bot is not built yet. Unset DISCORD_TOKEN to use the local console.\n');
    return 1;
  }
  // A broken corpus stops start-up with every problem listed (exit 1): better than a bot that knows nothing.
  const library = await openLibrary(corpusPath(undefined), process.stderr);
  if (library === null) return 1;
  await runConsole({ library, input: process.stdin, output: process.stdout, color: colorEnabled(process.stdout) });
  return 0;
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
