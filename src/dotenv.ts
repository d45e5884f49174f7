// The `.env` every entry point reads: the one in the working directory, then the repository's own (next to
// `.env.example`), so that `npm start` run from elsewhere (a service without a working directory, `npm --prefix`)
// still finds the settings a moderator wrote there. A variable already set in the environment always wins, and
// of the two files the working directory's does.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

const repoEnv = fileURLToPath(new URL('../.env', import.meta.url));

export function loadDotenv(cwd = process.cwd(), repo = repoEnv, env: NodeJS.ProcessEnv = process.env): void {
  const here = path.resolve(cwd, '.env');
  // quiet: dotenv would otherwise print a line of its own on start-up (and before the console's first line).
  dotenv.config({ path: here === repo ? here : [here, repo], quiet: true, processEnv: env as Record<string, string> });
}
