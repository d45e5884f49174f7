// npm run eval -- [--corpus <dir|file> --queries <file.jsonl>] [--set NAME] [--json] [--top 10] [--verbose]
//                  [--confidence]
//
// With no corpus/queries it runs every set found in ../shared/eval (the forum set against corpus/) and prints
// one table. Scoring: ../shared/eval/README.md; the arithmetic lives in src/eval/metrics.ts.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { negativeTopJoined } from '../src/cli/args.ts';
import { typedPath } from '../src/cli/open-library.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { documentTypes } from '../src/engine/corpus.ts';
import { CorpusLoadError, Library } from '../src/engine/library.ts';
import { CUTOFF } from '../src/eval/metrics.ts';
import { confidence, evaluate, formatConfidence, formatMisses, formatTable, toJson, type SetResult } from '../src/eval/run.ts';
import type { EvalQuery } from '../src/eval/metrics.ts';
import { evalDir, evalDirNamedBy, findSets, QueriesFileError, readQueriesFile, shippedCorpus, unknownGold, type EvalSet, type QueriesFile } from '../src/eval/sets.ts';

const USAGE = `Usage: npm run eval -- [options]

  (no options)              run every set in ../shared/eval (forum against corpus/) and print one table
  --corpus <dir|file>       the corpus to search (with --queries): a folder, or one ${documentTypes('or')} file
  --queries <file.jsonl>    the questions: {"id","q","gold"?,"answers","none"?} per line
  --set <name>              run one set from the eval folder (e.g. forum, tydiqa-id)
  --eval-dir <dir>          where the sets are (default: env TANYA_EVAL_DIR, else ../shared/eval)
  --top <n>                 results requested per question, ${CUTOFF} to 50 (default ${CUTOFF}; metrics always cut at ${CUTOFF})
  --json                    machine output: {"n","mrr10","r1","r3","r10","none":{"n","unanswered"}}
                            (several sets: one such object per set name)
  --verbose                 list the questions that did not come out first, with the top-3 result ids
  --confidence              also ask each corpus the other sets' questions: how often it answers its own
                            questions, and how often questions it should not answer (calibrates "answered")
  --help                    this text`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: negativeTopJoined(argv),
      options: {
        corpus: { type: 'string' },
        queries: { type: 'string' },
        set: { type: 'string' },
        'eval-dir': { type: 'string' },
        top: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        confidence: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.json && args.confidence) return usage('--confidence prints a table of its own: leave out --json');
  // TANYA_EVAL_DIR written in .env counts as it does in the environment (which wins), as for every entry point.
  loadDotenvSayingSlips('eval');

  let top = CUTOFF;
  let sets: EvalSet[];
  try {
    if (args.top !== undefined) {
      // Fewer than CUTOFF results would make R@10 and MRR@10 measure something else than their names say.
      if (!/^\d+$/.test(args.top) || Number(args.top) < CUTOFF || Number(args.top) > 50) {
        throw new UsageError(`--top must be a whole number from ${CUTOFF} to 50 (got "${args.top}")`);
      }
      top = Number(args.top);
    }
    sets = await chooseSets(args);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  if (sets.length === 0) return 0; // chooseSets has said why

  const results: SetResult[] = [];
  const loaded: Array<{ name: string; library: Library; queries: EvalQuery[] }> = [];
  for (const set of sets) {
    let questions: QueriesFile;
    try {
      questions = await readQueriesFile(set.queries);
    } catch (error) {
      process.stderr.write(`eval: cannot read the questions of ${set.name}: ${error instanceof QueriesFileError ? error.message : (error as Error).message}\n`);
      return 1;
    }
    const { queries } = questions;
    const started = performance.now();
    let library: Library;
    try {
      library = await Library.open(set.corpus);
    } catch (error) {
      process.stderr.write(`eval: cannot load the corpus of ${set.name} (${set.corpus}):\n${error instanceof CorpusLoadError ? error.message : String(error)}\n`);
      return 1;
    }
    const loadMs = performance.now() - started;
    // Warnings, not errors: the set still runs, but its scores mean less until the file is fixed.
    for (const warning of [...questions.warnings, ...unknownGold(questions, documentIds(library))]) process.stderr.write(`eval: warning: ${warning}\n`);
    const result = evaluate(set.name, library, queries, top);
    results.push(result);
    if (args.confidence) loaded.push({ name: set.name, library, queries });
    // Progress and timings go to stderr so that --json output stays clean.
    process.stderr.write(`${set.name}: ${queries.length} questions, ${library.counts.passages} passages, loaded in ${(loadMs / 1000).toFixed(2)} s, answered in ${(result.ms / 1000).toFixed(2)} s\n`);
    if (args.verbose) process.stderr.write(formatMisses(result) + '\n\n');
  }

  if (args.json) {
    const only = results.length === 1 && (args.queries !== undefined || args.set !== undefined);
    const out = only ? toJson(results[0]!.scores) : Object.fromEntries(results.map((r) => [r.name, toJson(r.scores)]));
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    process.stdout.write(formatTable(results) + '\n');
  }
  if (args.confidence) process.stdout.write('\n' + formatConfidence(confidence(loaded)) + '\n');
  return 0;
}

async function chooseSets(args: { corpus?: string | undefined; queries?: string | undefined; set?: string | undefined; 'eval-dir'?: string | undefined }): Promise<EvalSet[]> {
  if (args.queries !== undefined) {
    if (args.set !== undefined) throw new UsageError('give either --set or --queries, not both');
    const queries = typedPath(args.queries);
    // Without --corpus: the corpus.jsonl beside the questions, as the shared sets are laid out, else corpus/.
    const sibling = path.join(path.dirname(queries), 'corpus.jsonl');
    const corpus = args.corpus !== undefined ? typedPath(args.corpus) : existsSync(sibling) ? sibling : shippedCorpus;
    return [{ name: path.basename(path.dirname(queries)) || 'queries', corpus, queries }];
  }
  if (args.corpus !== undefined) throw new UsageError('--corpus needs --queries (the questions to ask it)');

  const dir = evalDir(args['eval-dir']);
  const found = await findSets(dir);
  if (found === null || found.length === 0) {
    const why = found === null ? `${dir} does not exist` : `${dir} holds none (expected folders with a dev.jsonl)`;
    noSets(why, evalDirNamedBy(args['eval-dir']));
    return [];
  }
  if (args.set !== undefined) {
    const one = found.filter((s) => s.name === args.set);
    if (one.length === 0) throw new UsageError(`no set "${args.set}" in ${dir} (found: ${found.map((s) => s.name).join(', ')})`);
    return one;
  }
  return found;
}

/**
 * No sets where they were looked for. The default folder missing is the usual machine (the data is not shipped):
 * say so and let the run succeed. A folder that was named is a mistake, which a script or CI must not take for
 * a clean run: a usage error.
 */
function noSets(why: string, namedBy: string | null): void {
  if (namedBy !== null) throw new UsageError(`no evaluation sets: ${why} (named by ${namedBy}). Nothing was evaluated.`);
  process.stdout.write(`No evaluation sets: ${why}. Put the sets there, or point --eval-dir or TANYA_EVAL_DIR at them. Nothing was evaluated.\n`);
}

function documentIds(library: Library): (id: string) => boolean {
  const ids = new Set(library.snapshot.documents.map((d) => d.id));
  return (id) => ids.has(id);
}

function usage(message: string): number {
  process.stderr.write(`eval: ${message}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
