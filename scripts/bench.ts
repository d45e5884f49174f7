// npm run bench [-- --json] [--samples N] [--eval-dir DIR] [--help]
//
// For the forum corpus (corpus/) and the largest evaluation corpus (tydiqa-id, when ../shared/eval is there):
// index build time (load + index), heap used by the built library, question latency p50/p99 over all that corpus's
// questions, and the first question on a freshly reloaded index. Figures for the README; the tests never assert
// timings.

import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOrUsage } from '../src/cli/args.ts';
import { CorpusLoadError, Library } from '../src/engine/library.ts';
import { loadLexicon } from '../src/engine/lexicon.ts';
import { evalDir, readQueries, shippedCorpus } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { getGc } from './gc.ts';
import { percentile } from './percentile.ts';

/** Used when ../shared/eval is absent, so the forum figures can still be measured (en + id, as people ask). */
const SAMPLE_QUESTIONS = [
  'what is China Up Close',
  'Who organised the forum?',
  'How many drama and documentary programmes were launched?',
  'Which broadcasting unions proposed the initiative?',
  'apa itu Spring Festival Gala',
  'siapa presiden CMG',
  'kapan Imlek mulai dirayakan dengan program ini',
  'apa tema forum ini',
  'What is the tallest mountain in Africa?',
  'asdfghjkl',
];

interface Row {
  corpus: string;
  documents: number;
  passages: number;
  buildMs: number;
  heapMB: number;
  questions: number;
  samples: number;
  p50: number;
  p99: number;
  /** Autocomplete (`library.suggest`) as a member types: the first call (which collects the names), then p50/p99. */
  suggestFirstMs: number;
  suggestP50: number;
  suggestP99: number;
  /** The first question on a freshly reloaded index (the median of RELOADS reloads). */
  firstAfterReload: number;
}

/** How many reloads the first question after a reload is timed on. */
const RELOADS = 3;

async function measure(name: string, corpus: string, questions: string[], minSamples: number, gc: () => void): Promise<Row> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const library = await Library.open(corpus);
  const buildMs = performance.now() - started;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;

  // Warm-up: the first questions pay for JIT compilation, which a running bot pays once; at least one full
  // pass and 200 questions, so the optimised code is what gets timed.
  for (let i = 0; i < Math.max(200, questions.length); i++) library.ask(questions[i % questions.length]!, { top: 3 });
  // Each question several times when there are few, so p99 is not just the single slowest sample.
  const rounds = Math.max(1, Math.ceil(minSamples / questions.length));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      library.ask(q, { top: 3 });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);

  // Autocomplete, keystroke by keystroke: every question typed out (every third character), and the empty box
  // Discord sends when a member opens /ask.
  const typed = ['', ' ', ...questions.flatMap((q) => Array.from({ length: Math.ceil(Math.min(q.length, 100) / 3) }, (_, i) => q.slice(0, (i + 1) * 3)))];
  let t = performance.now();
  library.suggest('');
  const suggestFirstMs = performance.now() - t;
  const suggestTimes: number[] = [];
  for (const input of typed) {
    t = performance.now();
    library.suggest(input, 25);
    suggestTimes.push(performance.now() - t);
  }
  suggestTimes.sort((a, b) => a - b);

  // The first question on a freshly built index, as a member asking just after a reload (or a start) waits for it:
  // what the index builds on first use rather than while building shows here. Each reload is asked a question
  // of its own, at once (before the example /help gives, found in the background, asks any).
  const firsts: number[] = [];
  for (let k = 0; k < RELOADS; k++) {
    const report = await library.reload();
    if (!report.ok) throw new CorpusLoadError(report.problems);
    t = performance.now();
    library.ask(questions[k % questions.length]!, { top: 3 });
    firsts.push(performance.now() - t);
  }
  firsts.sort((a, b) => a - b);
  const { documents, passages } = library.counts;
  return {
    corpus: name,
    documents,
    passages,
    buildMs,
    heapMB,
    questions: questions.length,
    samples: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    suggestFirstMs,
    suggestP50: percentile(suggestTimes, 50),
    suggestP99: percentile(suggestTimes, 99),
    firstAfterReload: percentile(firsts, 50),
  };
}

function table(rows: readonly Row[]): string {
  const header = ['corpus', 'documents', 'passages', 'build (load + index)', 'heap used', 'questions', 'query p50', 'query p99', 'first after reload', 'autocomplete first / p50 / p99'];
  const cells = rows.map((r) => [
    r.corpus,
    String(r.documents),
    String(r.passages),
    `${r.buildMs.toFixed(0)} ms`,
    `${r.heapMB.toFixed(1)} MB`,
    `${r.questions} × ${r.samples / r.questions}`,
    `${r.p50.toFixed(3)} ms`,
    `${r.p99.toFixed(3)} ms`,
    `${r.firstAfterReload.toFixed(1)} ms`,
    `${r.suggestFirstMs.toFixed(0)} / ${r.suggestP50.toFixed(2)} / ${r.suggestP99.toFixed(2)} ms`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

const USAGE = `usage: npm run bench [-- options]

For the forum corpus (corpus/) and the largest evaluation corpus (tydiqa-id, when the eval folder has it): build
time, heap used, question latency p50/p99, the first question after a reload, and autocomplete.

  --samples <n>     questions timed per corpus at least, its questions asked over again (default 1000)
  --eval-dir <dir>  where the evaluation sets are (default: env TANYA_EVAL_DIR, else ../shared/eval)
  --json            machine output: {"lexicon", "corpora": [...]}
  --help            this text`;

async function main(): Promise<number> {
  const values = parseOrUsage('bench', USAGE, {
    options: {
      json: { type: 'boolean', default: false },
      samples: { type: 'string', default: '1000' },
      'eval-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof values === 'number') return values;
  loadDotenvSayingSlips('bench'); // TANYA_EVAL_DIR in .env, as in the environment
  const minSamples = Number(values.samples);
  if (!Number.isInteger(minSamples) || minSamples < 1) {
    process.stderr.write(`bench: --samples must be a positive whole number (got "${values.samples}")\n`);
    return 2;
  }
  const gc = getGc();
  // The lexicon is loaded once per process and shared by every index: measure it apart, first, so that each
  // corpus row below counts the corpus alone (and not only whichever row happened to come first).
  gc();
  const lexHeap = process.memoryUsage().heapUsed;
  const lexStarted = performance.now();
  const lexicon = loadLexicon();
  const lexMs = performance.now() - lexStarted;
  gc();
  const lexMB = (process.memoryUsage().heapUsed - lexHeap) / 1024 / 1024;
  const dir = evalDir(values['eval-dir']);
  const rows: Row[] = [];
  const notes: string[] = [];

  const forumQueries = path.join(dir, 'forum', 'dev.jsonl');
  const forumQuestions = existsSync(forumQueries) ? (await readQueries(forumQueries)).map((q) => q.q) : SAMPLE_QUESTIONS;
  if (!existsSync(forumQueries)) notes.push(`${forumQueries} not found: the forum corpus was timed on ${SAMPLE_QUESTIONS.length} sample questions.`);
  rows.push(await measure('forum (corpus/)', shippedCorpus, forumQuestions, minSamples, gc));

  const largest = path.join(dir, 'tydiqa-id');
  if (existsSync(path.join(largest, 'corpus.jsonl')) && existsSync(path.join(largest, 'dev.jsonl'))) {
    const questions = (await readQueries(path.join(largest, 'dev.jsonl'))).map((q) => q.q);
    rows.push(await measure('tydiqa-id', path.join(largest, 'corpus.jsonl'), questions, minSamples, gc));
  } else {
    notes.push(`${largest} not found: skipped the largest evaluation corpus.`);
  }

  if (values.json) process.stdout.write(JSON.stringify({ lexicon: { entries: lexicon.size, ms: lexMs, heapMB: lexMB }, corpora: rows }) + '\n');
  else {
    process.stdout.write(table(rows) + '\n');
    process.stdout.write(`English→Indonesian lexicon (${lexicon.size} entries, loaded once, shared): ${lexMs.toFixed(0)} ms, ${lexMB.toFixed(1)} MB.\n`);
    // Other work on the machine shows in p99 first: print how busy it was, so figures can be read fairly.
    process.stdout.write(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the end.\n`);
    process.stdout.write(`Node ${process.version}; heap used = growth of V8's heapUsed (after gc) from before loading to after building; latency of library.ask(q, {top: 3}) after a warm-up; first after reload = the first question on a freshly reloaded index (median of ${RELOADS}); autocomplete = library.suggest(typed, 25) on every question typed out, 3 characters at a time, after its first call.\n`);
  }
  for (const n of notes) process.stderr.write(n + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CorpusLoadError) process.stderr.write(`bench: ${error.message}\n`);
    else process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
