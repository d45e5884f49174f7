// The `.env` every entry point reads: the one in the working directory, then the repository's own (next to
// `.env.example`), so that `npm start` run from elsewhere (a service without a working directory, `npm --prefix`)
// still finds the settings a moderator wrote there. A variable already set in the environment always wins, and
// of the two files the working directory's does.
//
// A relative path written in a `.env` file is relative to that file's folder, as the person who wrote it meant it:
// `CORPUS_DIR=corpus` in the repository's `.env` (as `.env.example` has it) is the repository's corpus folder even
// when `npm run ask` runs from elsewhere. A path set in the environment is relative to the working directory.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { encodingOf } from './engine/encoding.ts';

const repoEnv = fileURLToPath(new URL('../.env', import.meta.url));
/** Variables holding a path. */
const PATHS = new Set(['CORPUS_DIR']);

export function loadDotenv(cwd = process.cwd(), repo = repoEnv, env: NodeJS.ProcessEnv = process.env): void {
  const here = path.resolve(cwd, '.env');
  for (const file of here === repo ? [here] : [here, repo]) {
    let text: string;
    try {
      // UTF-8, or UTF-16 by its byte-order mark (Notepad's "Unicode"): read as UTF-8, such a file gave no variable
      // at all, and `npm start` opened the console saying no DISCORD_TOKEN was set. The mark itself is dropped.
      const bytes = readFileSync(file);
      text = new TextDecoder(encodingOf(bytes)).decode(bytes);
    } catch {
      continue; // no .env there: nothing to read
    }
    for (const [key, value] of Object.entries(dotenv.parse(text))) {
      if (env[key] !== undefined) continue;
      env[key] = PATHS.has(key) && value.trim() !== '' ? path.resolve(path.dirname(file), value.trim()) : value;
    }
  }
}
