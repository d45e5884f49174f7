// nice -n 10 npx tsx scripts/fit-ranking.ts [--eval-dir DIR] [--sweeps 2] [--min-gain 0.001] [--cache FILE]
//                                           [--only name,name] [--no-drop] [--check name=value,...]
//
// Fits the score's free parameters (RANKING in src/engine/ranking.ts) jointly, by coordinate ascent over a small
// grid per parameter, with leave-one-set-out validation over facqa, squad-en-id and tydiqa-id: the parameters are
// chosen on two sets (the mean of their MRR@10; with --no-drop, by moves that lower neither) and measured on the
// third, for each of the three. Only the held-out figures say whether a setting generalises; a change is worth
// landing only if it is chosen so and improves the held-out sets. Each corpus is indexed once and re-scored for
// every setting (the parameters are read when a question is scored); `--cache` keeps the scores paid for between
// runs.
//
// `--check name=value,...` instead runs every set (the forum's too) with those values, as `npm run eval` and
// `npm run eval -- --confidence` would with RANKING so changed, to check a fitted setting before writing it in.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Library } from '../src/engine/library.ts';
import { overrideRanking, RANKING } from '../src/engine/ranking.ts';
import { changedFrom, coordinateAscent, settingKey, type Parameter, type Setting } from '../src/eval/fit.ts';
import type { EvalQuery } from '../src/eval/metrics.ts';
import { confidence, evaluate, formatConfidence, formatTable } from '../src/eval/run.ts';
import { evalDir, findSets, readQueries } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';

/** The sets fitted on and held out in turn (the forum's 17 questions are too few: it is only checked). */
const FITTED = ['facqa', 'squad-en-id', 'tydiqa-id'];

/**
 * The grid: each parameter's default and a few values either side, wide enough to find a better region, small
 * enough that a sweep costs a few minutes on a shared machine.
 */
const PARAMETERS: Parameter[] = [
  { name: 'coverageWeight', values: [2, 2.5, 3, 3.5, 4] },
  { name: 'proximityWeight', values: [0.75, 1, 1.25, 1.5, 2] },
  { name: 'proximityScale', values: [2, 3, 4, 6] },
  { name: 'leadWeight', values: [1, 1.25, 1.5, 2] },
  { name: 'leadWords', values: [12, 16, 20] },
  { name: 'stemWeight', values: [0.2, 0.3, 0.4, 0.5] },
  { name: 'stemCoverage', values: [0.4, 0.6, 0.8] },
  { name: 'translationWeight', values: [0.5, 0.7, 0.85] },
  { name: 'weights.prefix', values: [0.15, 0.25, 0.35] },
  { name: 'weights.fuzzy', values: [0.2, 0.3, 0.4] },
  { name: 'bm25.k', values: [0.9, 1.2, 1.5] },
  { name: 'bm25.b', values: [0.5, 0.7, 0.85] },
  { name: 'priorPassages', values: [50, 100, 200] },
];

const { values: args } = parseArgs({
  options: {
    'eval-dir': { type: 'string' },
    sweeps: { type: 'string', default: '2' },
    'min-gain': { type: 'string', default: '0.001' },
    cache: { type: 'string' },
    only: { type: 'string' },
    check: { type: 'string' },
    'no-drop': { type: 'boolean', default: false },
  },
});

loadDotenvSayingSlips('fit-ranking'); // TANYA_EVAL_DIR in .env, as in the environment
const dir = evalDir(args['eval-dir']);
const found = await findSets(dir);
if (found === null || found.length === 0) {
  process.stdout.write(`fit-ranking: no evaluation sets in ${dir}; nothing to fit.\n`);
  process.exit(0);
}

/** RANKING's current value of a dotted name. */
function defaultOf(name: string): number {
  let value: unknown = RANKING;
  for (const step of name.split('.')) value = (value as Record<string, unknown>)[step];
  if (typeof value !== 'number') throw new Error(`fit-ranking: RANKING has no number "${name}"`);
  return value;
}

if (args.check !== undefined) {
  const setting = parseSetting(args.check);
  const restore = overrideRanking(setting); // before loading: nothing is read while indexing, but no harm
  const loaded: Array<{ name: string; library: Library; queries: EvalQuery[] }> = [];
  for (const set of found) loaded.push({ name: set.name, library: await Library.open(set.corpus), queries: await readQueries(set.queries) });
  process.stdout.write(`with ${settingKey(setting) || 'the defaults'}\n\n`);
  process.stdout.write(formatTable(loaded.map((s) => evaluate(s.name, s.library, s.queries))) + '\n\n');
  process.stdout.write(formatConfidence(confidence(loaded)) + '\n');
  restore();
  process.exit(0);
}

const sets = found.filter((s) => FITTED.includes(s.name));
const missing = FITTED.filter((n) => !sets.some((s) => s.name === n));
if (missing.length > 0) {
  process.stdout.write(`fit-ranking: ${dir} lacks ${missing.join(', ')}; leave-one-set-out needs all three.\n`);
  process.exit(0);
}

const only = args.only?.split(',').map((s) => s.trim());
for (const n of only ?? []) if (!PARAMETERS.some((p) => p.name === n)) throw new Error(`fit-ranking: --only names "${n}", which is not in the grid`);
const parameters = only ? PARAMETERS.filter((p) => only.includes(p.name)) : PARAMETERS;
const defaults: Setting = Object.fromEntries(PARAMETERS.map((p) => [p.name, defaultOf(p.name)]));
for (const p of PARAMETERS) if (!p.values.includes(defaults[p.name]!)) throw new Error(`fit-ranking: ${p.name}'s grid lacks its default ${defaults[p.name]}`);

const libraries = new Map<string, { library: Library; queries: EvalQuery[] }>();
for (const set of sets) {
  const started = performance.now();
  libraries.set(set.name, { library: await Library.open(set.corpus), queries: await readQueries(set.queries) });
  process.stderr.write(`${set.name}: indexed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

interface Figures {
  mrr10: number;
  r1: number;
}
const cache: Record<string, Figures> = args.cache !== undefined && existsSync(args.cache) ? JSON.parse(readFileSync(args.cache, 'utf8')) : {};
let paid = 0;

/** A set's figures under a setting, remembered. */
function figures(set: string, setting: Setting): Figures {
  const key = `${set}|${settingKey(setting)}`;
  const known = cache[key];
  if (known) return known;
  const { library, queries } = libraries.get(set)!;
  const restore = overrideRanking(setting);
  try {
    const { scores } = evaluate(set, library, queries);
    const out = { mrr10: scores.mrr10, r1: scores.r1 };
    cache[key] = out;
    if (++paid % 10 === 0 && args.cache !== undefined) writeFileSync(args.cache, JSON.stringify(cache));
    return out;
  } finally {
    restore();
  }
}

const f4 = (x: number) => x.toFixed(4);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`;
const lines: string[] = [];
for (const heldOut of FITTED) {
  const train = FITTED.filter((n) => n !== heldOut);
  const mean = (setting: Setting) => train.reduce((sum, n) => sum + figures(n, setting).mrr10, 0) / train.length;
  const started = performance.now();
  // --no-drop: a move must not lower either training set, as a change landed must lower no set.
  const allows = args['no-drop'] ? (to: Setting, from: Setting) => train.every((n) => figures(n, to).mrr10 >= figures(n, from).mrr10) : undefined;
  const fit = coordinateAscent(parameters, defaults, mean, { minGain: Number(args['min-gain']), sweeps: Number(args.sweeps), allows });
  const before = figures(heldOut, defaults);
  const after = figures(heldOut, fit.setting);
  const line =
    `held out ${heldOut}: chosen on ${train.join(' + ')} (mean MRR@10 ${f4(mean(defaults))} → ${f4(fit.objective)}): ` +
    `${changedFrom(fit.setting, defaults) || 'the defaults'}; ${heldOut} MRR@10 ${f4(before.mrr10)} → ${f4(after.mrr10)} ` +
    `(${signed(after.mrr10 - before.mrr10)}), R@1 ${f4(before.r1)} → ${f4(after.r1)}; ` +
    `all three: ${FITTED.map((n) => `${n} ${signed(figures(n, fit.setting).mrr10 - figures(n, defaults).mrr10)}`).join(', ')}`;
  lines.push(line);
  process.stderr.write(`${line}\n  steps: ${fit.steps.map((s) => `${s.name}=${s.value} (${f4(s.objective)})`).join(' → ') || 'none'}; ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
if (args.cache !== undefined) writeFileSync(args.cache, JSON.stringify(cache));
process.stdout.write(lines.join('\n') + '\n');

function parseSetting(text: string): Setting {
  const out: Record<string, number> = {};
  for (const pair of text.split(',').filter((s) => s.trim() !== '')) {
    const m = /^\s*([\w.]+)\s*=\s*(-?[\d.]+)\s*$/u.exec(pair);
    if (!m) throw new Error(`fit-ranking: --check wants name=value pairs separated by commas (got "${pair}")`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}
