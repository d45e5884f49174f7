// Opening the corpus for the terminal entry points (`npm start` without a token, `npm run ask`), with the same
// rules everywhere: which path, and what to print when the corpus is broken.

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath } from '../engine/corpus.ts';
import { DataFileError } from '../engine/data-file-error.ts';
import { CorpusLoadError, formatProblem, Library, type LibraryOptions } from '../engine/library.ts';
import type { CorpusProblem } from '../engine/types.ts';
import { idList } from '../engine/reload-lines.ts';
import { notRead, plural } from './render.ts';

/** The repository root: this file is src/cli/open-library.ts. */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Problems printed at most by start-up and `ask`: a corpus path pointed at a big tree (/tmp, a home folder) has one
 * per file, hundreds of thousands of lines that bury the first, which say what is wrong. check-corpus lists all.
 */
export const MAX_SHOWN_PROBLEMS = 20;

/**
 * The problems as lines, the first MAX_SHOWN_PROBLEMS unless `listAll`, then how many more and `checkCommand`,
 * the command that lists them all. Pure.
 */
export function problemLines(problems: readonly CorpusProblem[], checkCommand: string, listAll = false): string {
  const shown = listAll ? problems : problems.slice(0, MAX_SHOWN_PROBLEMS);
  const rest = problems.length - shown.length;
  const more = rest > 0 ? `\n… and ${plural(rest, 'more problem')}: run \`${checkCommand}\` to list them all` : '';
  return `${shown.map(formatProblem).join('\n')}${more}`;
}

/**
 * The command that checks this corpus: plain when it is the one the bot loads by itself (CORPUS_DIR, or the
 * shipped corpus/), else with its path, quoted for a POSIX shell when it needs it.
 */
export function checkCorpusCommand(corpus: string, setBy: 'CORPUS_DIR' | null): string {
  if (setBy !== null || path.resolve(corpus) === path.join(repoRoot, 'corpus')) return 'npm run check-corpus';
  const quoted = /^[\w./@%+=:,-]+$/.test(corpus) ? corpus : `'${corpus.replaceAll("'", "'\\''")}'`;
  return `npm run check-corpus -- ${quoted}`;
}

/** Where the corpus is, and which setting said so. */
export interface CorpusLocation {
  path: string;
  /**
   * 'CORPUS_DIR' when the path comes from that variable, else null: a corpus path that fails to load (not a file in
   * it) is then blamed on a setting a moderator may not remember making (or mistyped in .env), not on a path alone.
   */
  setBy: 'CORPUS_DIR' | null;
}

/**
 * `--corpus` when given, else env CORPUS_DIR, else the shipped `corpus/`. Given paths are relative to the
 * working directory, as a user typed them; the default is the repository's own folder, so the commands work
 * from any directory.
 */
export function corpusPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CorpusLocation {
  if (flag !== undefined && flag !== '') return { path: typedPath(flag, env), setBy: null };
  if (env.CORPUS_DIR?.trim()) return { path: path.resolve(env.CORPUS_DIR.trim()), setBy: 'CORPUS_DIR' };
  return { path: path.join(repoRoot, 'corpus'), setBy: null };
}

/**
 * A path the user typed on the command line, resolved where they typed it: npm runs scripts from the package's
 * folder and says where it was started in INIT_CWD (`cd corpus && npm run check-corpus -- new.md`, or
 * `npm --prefix`), so the working directory alone would resolve it against the wrong folder.
 */
export function typedPath(typed: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(typedFrom(env, cwd), typed);
}

/**
 * Where a typed path is relative to: where the command holding it was typed. INIT_CWD counts only when npm ran
 * this package's script (`npm run ask -- --corpus x`), which npm says in npm_package_json. A script of some other
 * package that runs `ask` itself, having cd'ed here or anywhere else, leaves INIT_CWD naming where *that* npm was
 * started, and its command line (`cd tanya && tsx src/cli/ask.ts --corpus docs`) was written for the working
 * directory it cd'ed to. A package manager that sets INIT_CWD without npm_package_json is taken at its word when
 * it runs from this package's folder, as it does for this package's scripts.
 */
function typedFrom(env: NodeJS.ProcessEnv, cwd: string): string {
  const initCwd = env.INIT_CWD;
  if (!initCwd) return cwd;
  const manifest = env.npm_package_json;
  if (manifest) return samePath(manifest, path.join(repoRoot, 'package.json')) ? initCwd : cwd;
  return samePath(cwd, repoRoot) ? initCwd : cwd;
}

/** Whether two paths name the same file, through symbolic links too (npm may name the package by either). */
function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * Opens the library, or writes its problems to `errors` and returns null (callers exit 1). Other failures
 * (a missing folder the loader did not turn into a problem, a bug) are reported the same way, in one line.
 * With `partial` (the bot's start-up), a corpus with problems opens with the documents that loaded, and the
 * problems are written as a warning instead; only a corpus with no document at all returns null. `refused` is
 * given the error of a corpus that did not load, after its problems are written (check-corpus names its unread
 * files).
 */
export async function openLibrary(
  corpus: string,
  errors: NodeJS.WritableStream,
  program = 'tanya',
  options: LibraryOptions = {},
  {
    partial = false,
    refused,
    setBy = null,
    listAll = false,
  }: { partial?: boolean; refused?: (error: CorpusLoadError) => void; setBy?: 'CORPUS_DIR' | null; listAll?: boolean } = {},
): Promise<Library | null> {
  // Every problem with `listAll` (check-corpus, the command the others name for the full list), else the first few.
  const list = (problems: readonly CorpusProblem[]) => problemLines(problems, checkCorpusCommand(corpus, setBy), listAll);
  const blame = setBy === null
    ? ''
    : `${program}: that path is ${setBy}'s (a path in .env is relative to the .env file's folder): point it at the folder of your write-ups, or leave it empty to answer from the repository's corpus/ folder\n`;
  try {
    const library = await Library.open(corpus, options, { partial });
    const { problems } = library.snapshot;
    if (problems.length > 0) {
      const n = problems.length;
      const docs = library.counts.documents;
      const [them, they] = n === 1 ? ['it', 'it names'] : ['them', 'they name'];
      errors.write(
        `${program}: the corpus at ${corpus} has ${plural(n, 'problem')}; answering from the ` +
          `${plural(docs, 'document')} that loaded, without what ${they}. Fix ${them}, then /reload:\n` +
          `${list(problems)}\n`,
      );
    }
    return library;
  } catch (error) {
    if (error instanceof CorpusLoadError) {
      const n = error.problems.length;
      // Blamed only when the path itself failed (missing, no write-ups, not a corpus file), not a file in it.
      const pathFailed = error.problems.some((p) => p.file === displayPath(corpus));
      errors.write(`${program}: cannot load the corpus at ${corpus}: ${plural(n, 'problem')}\n${list(error.problems)}\n${pathFailed ? blame : ''}`);
      // The files it holds that are no document (write-ups saved from Word, say), unless the caller names them.
      if (refused === undefined && error.unread.length > 0) errors.write(`${program}: ${plural(error.unread.length, 'file')} ${notRead()}: ${idList(error.unread, 10)}\n`);
      refused?.(error);
    } else if (error instanceof DataFileError) {
      // (A shipped data file, the lexicon or the thesaurus: the corpus and its path are not at fault.)
      errors.write(`${program}: ${error.message}\n`);
    } else {
      errors.write(`${program}: cannot load the corpus at ${corpus}: ${error instanceof Error ? error.message : String(error)}\n${blame}`);
    }
    return null;
  }
}
