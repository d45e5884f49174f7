// npx tsx scripts/build-cpu.mts --base DIR [--rounds N] [--corpus PATH] [--eval-dir DIR]
//
// The CPU time of building an index (SearchIndex.build, as a start or a reload runs it) with this checkout's code
// and with another checkout's (`--base`, e.g. a worktree of main's HEAD), in one process, alternating which goes
// first each round: for a change meant to make the build cheaper, on a machine too loaded for wall-clock figures.
// CPU time (process.cpuUsage, every thread of the process) rather than elapsed time, many rounds rather than one:
// on this project's shared 2-core machine two runs of the very same code differ by up to a quarter. Both codes'
// corpora are loaded before the first round; each one's first build is cold (its stemmer caches empty, its code
// not yet optimised; but the second to run finds natural's stemmer, which both share, optimised by the first), the
// others warm, as a reload is: compare the warm medians. Figures only; the tests never assert timings.

import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evalDir } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';

const USAGE = 'usage: node --expose-gc --import tsx scripts/build-cpu.mts --base DIR [--rounds N] [--corpus PATH] [--eval-dir DIR]';
/** A problem with how the script was run: said in one line with the usage, exit 2, as the npm scripts do. */
function fail(problem: string): never {
  console.error(`build-cpu: ${problem}\n${USAGE}`);
  process.exit(2);
}
const options = {
    base: { type: 'string' },
    rounds: { type: 'string', default: '8' },
    corpus: { type: 'string' },
    'eval-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values } = parseArgs({ options }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.base === undefined) fail('--base is missing: the other checkout to compare with');
const base = path.resolve(values.base);
if (!existsSync(path.join(base, 'src/engine/library.ts'))) fail(`--base ${base}: no src/engine/library.ts there, not a checkout of this project`);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 2) fail(`--rounds ${values.rounds}: expected a whole number of at least 2 (the first round is a cold build)`);
loadDotenvSayingSlips('build-cpu'); // TANYA_EVAL_DIR in .env, as in the environment
const corpus = values.corpus ?? path.join(evalDir(values['eval-dir']), 'tydiqa-id', 'corpus.jsonl');
if (!existsSync(corpus)) fail(`${corpus} not found: name a corpus with --corpus or the eval folder with --eval-dir`);

const here = path.resolve(import.meta.dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) fail('run node with --expose-gc: node --expose-gc --import tsx scripts/build-cpu.mts …');

interface Code {
  name: string;
  build: () => Promise<unknown>;
  cpu: number[];
}

async function codeOf(name: string, root: string): Promise<Code> {
  const library = await import(path.join(root, 'src/engine/library.ts'));
  const { loadCorpus } = await import(path.join(root, 'src/engine/corpus.ts'));
  const { loadLexicon } = await import(path.join(root, 'src/engine/lexicon.ts'));
  const lexicon = loadLexicon();
  const { documents, problems } = await loadCorpus(corpus, {});
  if (problems.length > 0) throw new Error(`${corpus}: ${problems.length} problem(s) loading it with ${root}'s code`);
  return { name, build: () => library.buildIndexAsync(documents, { lexicon }), cpu: [] };
}

const codes = [await codeOf('base', base), await codeOf('this', here)];
for (let r = 0; r < rounds; r++) {
  for (const code of r % 2 === 0 ? codes : [...codes].reverse()) {
    gc();
    const before = process.cpuUsage();
    await code.build();
    const used = process.cpuUsage(before);
    code.cpu.push(Math.round((used.user + used.system) / 1000));
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`${corpus}, ${rounds} rounds, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const code of codes) {
  const warm = code.cpu.slice(1);
  console.log(`${code.name.padEnd(4)} cold ${code.cpu[0]} ms CPU; warm median ${median(warm)} ms (${Math.min(...warm)}–${Math.max(...warm)}): ${code.cpu.join(' ')}`);
}
