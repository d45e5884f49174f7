// npx tsx scripts/long-questions.ts [--eval-dir DIR] [--rounds N] [--json]
//
// Latency of long questions on the largest evaluation corpus (tydiqa-id): questions made by joining real dev
// questions (Indonesian from tydiqa-id, English from squad-en-id) in a fixed pseudo-random order, cut at a word
// boundary to 250 characters (Discord allows 300) and 1,000 (answerQuestion's own bound). Also the dev questions
// as they are. A measurement to compare changes by, not a test: nothing here asserts a time.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Library } from '../src/engine/library.ts';
import { evalDir, readQueries } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { percentile } from './percentile.ts';

/** A small deterministic generator (mulberry32), so that every run builds the same questions. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` questions of about `chars` characters, each joined from randomly drawn `questions`. */
export function longQuestions(questions: readonly string[], chars: number, count: number, seed: number): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let q = '';
    while (q.length < chars) q += (q === '' ? '' : ' ') + questions[Math.floor(random() * questions.length)]!;
    const cut = q.lastIndexOf(' ', chars);
    out.push(q.slice(0, cut > 0 ? cut : chars));
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'eval-dir': { type: 'string' }, rounds: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
  loadDotenvSayingSlips('long-questions'); // TANYA_EVAL_DIR in .env, as in the environment
  const dir = evalDir(values['eval-dir']);
  const rounds = Number(values.rounds);
  const id = (await readQueries(path.join(dir, 'tydiqa-id', 'dev.jsonl'))).map((q) => q.q);
  const en = (await readQueries(path.join(dir, 'squad-en-id', 'dev.jsonl'))).map((q) => q.q);
  const library = await Library.open(path.join(dir, 'tydiqa-id', 'corpus.jsonl'));
  const sets: Array<[string, string[]]> = [
    ['dev questions (tydiqa-id)', id],
    ['id 250 chars', longQuestions(id, 250, 200, 1)],
    ['en 250 chars', longQuestions(en, 250, 200, 2)],
    ['id 1000 chars', longQuestions(id, 1000, 100, 3)],
    ['en 1000 chars', longQuestions(en, 1000, 100, 4)],
  ];
  // Warm-up, on other questions than those timed: JIT compilation is paid once by a running bot, but what the
  // engine remembers of words already asked (stems, loose matches) should count only as far as the timed
  // questions share words with each other, as a member's questions do. With --rounds above 1, every question
  // after the first round is one asked before.
  for (const q of [...longQuestions(id, 250, 40, 101), ...longQuestions(en, 250, 40, 102)]) library.ask(q, { top: 3 });
  const rows = sets.map(([name, qs]) => {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of qs) {
        const c = process.cpuUsage();
        const t = performance.now();
        library.ask(q, { top: 3 });
        times.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const total = cpu.reduce((a, b) => a + b, 0);
    return {
      name,
      questions: qs.length,
      samples: times.length,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      cpuP50: percentile(cpu, 50),
      cpuP99: percentile(cpu, 99),
      cpuMean: total / cpu.length,
    };
  });
  if (values.json) process.stdout.write(JSON.stringify(rows) + '\n');
  else {
    const ms = (x: number) => `${x.toFixed(2).padStart(7)} ms`;
    for (const r of rows) {
      process.stdout.write(`${r.name.padEnd(26)} ${String(r.questions).padStart(4)} × ${rounds}   wall p50 ${ms(r.p50)} p99 ${ms(r.p99)}   cpu p50 ${ms(r.cpuP50)} p99 ${ms(r.cpuP99)} mean ${ms(r.cpuMean)}\n`);
    }
    // Other work on the machine lengthens wall times (not CPU times, which count this process only): say how busy it was.
    process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')} on ${cpus().length} CPUs; cpu = this process's user + system time (GC threads included)\n`);
  }
}

// Run as a script; imported (by ranking-dump.ts), only the question generator is wanted.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
