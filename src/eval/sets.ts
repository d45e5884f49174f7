// Finding the evaluation sets and reading their questions. The sets live outside the repository (in
// ../shared/eval next to it) and are never copied in; every path here is resolved from the repository root so
// the runner works from any working directory.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodingOf } from '../engine/encoding.ts';
import { typedPath } from '../cli/open-library.ts';
import type { EvalQuery } from './metrics.ts';

/** The repository root: this file is src/eval/sets.ts. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The project's own corpus, which the forum set is asked against. */
export const shippedCorpus = path.join(repoRoot, 'corpus');

/** Where the sets are: `--eval-dir`, else env TANYA_EVAL_DIR, else ../shared/eval beside the repository. */
export function evalDir(override?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (override) return typedPath(override, env);
  if (env.TANYA_EVAL_DIR) return path.resolve(env.TANYA_EVAL_DIR);
  return path.resolve(repoRoot, '../shared/eval');
}

/**
 * What named the folder `evalDir` chose, or null for the default. A folder someone named and that holds no sets
 * is a mistake to report; the default one missing is just a machine without the (unshipped) evaluation data.
 */
export function evalDirNamedBy(override?: string | null, env: NodeJS.ProcessEnv = process.env): '--eval-dir' | 'TANYA_EVAL_DIR' | null {
  if (override) return '--eval-dir';
  if (env.TANYA_EVAL_DIR) return 'TANYA_EVAL_DIR';
  return null;
}

export interface EvalSet {
  name: string;
  /** A corpus folder or one document file of any type the loader reads (DOCUMENT_EXTENSIONS), as `Library.open` takes it. */
  corpus: string;
  queries: string;
}

/** The set that has no corpus of its own: it is asked against the shipped `corpus/`. */
export const FORUM = 'forum';

/**
 * Every set under `dir`: a subfolder with a `dev.jsonl`, and a `corpus.jsonl` (or, for the forum set, the
 * shipped corpus). Returns null when `dir` does not exist, so the caller can say so plainly. The forum set comes
 * first (it is the project's own), the rest alphabetically.
 */
export async function findSets(dir: string, forumCorpus: string = shippedCorpus): Promise<EvalSet[] | null> {
  if (!(await isDirectory(dir))) return null;
  const sets: EvalSet[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    const queries = path.join(folder, 'dev.jsonl');
    if (!(await isFile(queries))) continue;
    const ownCorpus = path.join(folder, 'corpus.jsonl');
    if (await isFile(ownCorpus)) sets.push({ name: entry.name, corpus: ownCorpus, queries });
    else if (entry.name === FORUM) sets.push({ name: entry.name, corpus: forumCorpus, queries });
  }
  return sets.sort((a, b) => Number(b.name === FORUM) - Number(a.name === FORUM));
}

/** Thrown for a malformed queries file; names the file and line of every bad row. */
export class QueriesFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Array<{ line: number; reason: string }>,
  ) {
    super(`${file} has ${problems.length} bad line${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `- ${file}:${p.line}: ${p.reason}`).join('\n'));
    this.name = 'QueriesFileError';
  }
}

/** A questions file as read: the questions, the line of each, and what is odd but not wrong (duplicate ids). */
export interface QueriesFile {
  file: string;
  queries: EvalQuery[];
  /** `lines[i]` is the line of `queries[i]`. */
  lines: number[];
  warnings: string[];
}

/** Reads a `dev.jsonl`: `{"id", "lang", "q", "gold"?, "answers", "none"?}` per line; blank lines are skipped. */
export async function readQueries(file: string): Promise<EvalQuery[]> {
  return (await readQueriesFile(file)).queries;
}

export async function readQueriesFile(file: string): Promise<QueriesFile> {
  const bytes = await readFile(file);
  return parseQueriesFile(new TextDecoder(encodingOf(bytes)).decode(bytes), file);
}

export function parseQueries(text: string, file = '<queries>'): EvalQuery[] {
  return parseQueriesFile(text, file).queries;
}

export function parseQueriesFile(text: string, file = '<queries>'): QueriesFile {
  const out: QueriesFile = { file, queries: [], lines: [], warnings: [] };
  const problems: Array<{ line: number; reason: string }> = [];
  const firstLineOf = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    // A byte-order mark opens line 1 of a file saved on Windows, and later lines of files joined together: it is
    // not part of the JSON (the corpus loader reads it the same way).
    const line = raw.replace(/^\uFEFF/u, '');
    if (line.trim() === '') return;
    const parsed = parseRow(line);
    if (typeof parsed === 'string') {
      problems.push({ line: i + 1, reason: parsed });
      return;
    }
    // Allowed (each row is still scored), but --verbose's misses and anything pairing results by id get ambiguous.
    const first = firstLineOf.get(parsed.id);
    if (first !== undefined) out.warnings.push(`${file}:${i + 1}: question id "${parsed.id}" is used on line ${first} too`);
    else firstLineOf.set(parsed.id, i + 1);
    out.queries.push(parsed);
    out.lines.push(i + 1);
  });
  if (problems.length > 0) throw new QueriesFileError(file, problems);
  return out;
}

/**
 * Gold document ids the corpus does not have (a typo, or a set paired with the wrong corpus): such a question
 * can never count as found, and would silently pull every score down. One warning per unknown id and line.
 */
export function unknownGold(set: QueriesFile, isDocument: (id: string) => boolean): string[] {
  return set.queries.flatMap((query, i) =>
    (query.gold ?? []).filter((id) => !isDocument(id)).map((id) => `${set.file}:${set.lines[i]}: gold "${id}" of question "${query.id}" is not a document of the corpus`),
  );
}

function parseRow(line: string): EvalQuery | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  return toQuery(row);
}

/** Validates one row; returns the reason as a string when it is unusable. */
function toQuery(row: unknown): EvalQuery | string {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return 'expected a JSON object';
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return '"id" must be a string';
  if (typeof r.q !== 'string' || r.q.trim() === '') return '"q" must be a non-empty string';
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (r.gold !== undefined && !isStrings(r.gold)) return '"gold" must be an array of document ids';
  if (r.answers !== undefined && !isStrings(r.answers)) return '"answers" must be an array of strings';
  const none = r.none === true;
  const gold = r.gold === undefined ? null : (r.gold as string[]);
  const answers = (r.answers as string[] | undefined) ?? [];
  // Without gold and answers an answerable row could never be judged (or, with `every`, always be a hit).
  if (!none && (gold === null || gold.length === 0) && answers.filter((a) => a !== '').length === 0) {
    return 'an answerable row needs "gold" document ids or non-empty "answers"';
  }
  return { id: String(r.id), lang: typeof r.lang === 'string' ? r.lang : null, q: r.q, gold: gold !== null && gold.length > 0 ? gold : null, answers: answers.filter((a) => a !== ''), none };
}

async function isDirectory(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isDirectory(), () => false);
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false);
}
