// npm run bench:load [-- --json] [--burst N] [--rounds N] [--questions N] [--eval-dir DIR]
//
// The load figures of the README (Reliability → Load); the tests only assert that nothing is dropped
// (test/load.test.ts).
//
// 1. Gateway burst: the real bot (`src/main.ts`, what `npm start` runs, in its own process) logs into the fake
//    Discord of the tests (in this process, on 127.0.0.1), which then sends N /ask interactions at once, each from
//    a different member. For every interaction: the time from sending it to the bot's first response (reply or
//    defer) as the fake received it, and whether that was within Discord's 3 s (the fake refuses a later
//    response with 10062, as Discord does). Several rounds.
// 2. Engine soak: 10,000 different questions in a row through Library.ask, on the shipped corpus and (when
//    ../shared/eval is there) on the largest evaluation corpus; V8's heapUsed after a full gc before and after,
//    and at each quarter, so growth from caches or logs would show.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOrUsage } from '../src/cli/args.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { Library } from '../src/engine/library.ts';
import { evalDir, readQueries, repoRoot, shippedCorpus } from '../src/eval/sets.ts';
import { NODE_FLAGS } from '../src/node-flags.ts';
import { startFakeDiscord, type FakeDiscord } from '../test/fake-discord/index.ts';
import { getGc } from './gc.ts';
import { percentile } from './percentile.ts';

const DEADLINE_MS = 3000;

/** A small deterministic generator, so every run asks the same questions. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// 1. Gateway burst

interface BurstRound {
  sent: number;
  answered: number;
  withinDeadline: number;
  deferred: number;
  refused: number;
  p50: number;
  p99: number;
  max: number;
  wallMs: number;
}

async function startBot(fake: FakeDiscord): Promise<{ stop(): Promise<void>; output(): string }> {
  const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', path.join(repoRoot, 'src/main.ts')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Everything that matters set explicitly: a developer's .env never overrides what is already set.
    env: {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      INTERACTIONS: 'gateway',
      CORPUS_DIR: shippedCorpus,
      WATCH_CORPUS: '0',
      LOG_LEVEL: 'warn',
    },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await fake.waitFor(() => (fake.connected ? true : undefined), 'the bot to connect', 30_000);
  return {
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function burst(fake: FakeDiscord, n: number, round: number, questions: readonly string[]): Promise<BurstRound> {
  const sentAt = new Map<string, number>();
  const started = Date.now();
  for (let i = 0; i < n; i++) {
    const question = questions[(round * n + i) % questions.length]!;
    const user = { id: `8${String(round).padStart(3, '0')}${String(i).padStart(14, '0')}`, username: `member-${round}-${i}` };
    const at = Date.now();
    const { id } = fake.slash('ask', { question }, { user });
    sentAt.set(id, at);
  }
  // Everything is either answered or refused (10062) within the deadline plus a margin.
  const settled = () => [...sentAt.keys()].every((id) => fake.callbacks.some((c) => c.interactionId === id) || fake.requests.some((r) => r.path.startsWith(`/interactions/${id}/`) && r.status === 404));
  await fake.waitFor(() => (settled() ? true : undefined), 'every interaction to be answered or refused', DEADLINE_MS + 10_000).catch(() => undefined);
  const wallMs = Date.now() - started;

  const times: number[] = [];
  let deferred = 0;
  for (const [id, at] of sentAt) {
    const first = fake.callbacks.find((c) => c.interactionId === id);
    if (!first) continue;
    times.push(first.at - at);
    if (first.type === 5) deferred++;
  }
  times.sort((a, b) => a - b);
  const refused = fake.requests.filter((r) => r.status === 404 && [...sentAt.keys()].some((id) => r.path.startsWith(`/interactions/${id}/`))).length;
  return {
    sent: n,
    answered: times.length,
    withinDeadline: times.filter((t) => t <= DEADLINE_MS).length,
    deferred,
    refused,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    wallMs,
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Engine soak

/** `count` different questions: the real ones first, then variants and word mixes drawn from the corpus. */
function variedQuestions(library: Library, seedQuestions: readonly string[], count: number): string[] {
  const next = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const words = [...new Set([...library.snapshot.index.passages.values()].flatMap((p) => p.text.split(/[^\p{L}\p{N}+-]+/u)).filter((w) => w.length > 3))];
  const templates = ['what is {}', 'who {} ?', 'apa itu {}', 'siapa {}', 'kapan {}', 'berapa {}', 'tell me about {}', 'how did {}', '{}', 'mengapa {}'];
  const out = new Set<string>(seedQuestions);
  for (let guard = 0; out.size < count && guard < count * 20; guard++) {
    const roll = next();
    if (roll < 0.3 && seedQuestions.length > 0) {
      // A real question with a word dropped, one added, or its case changed: as people retype things.
      const parts = pick(seedQuestions).split(' ');
      if (next() < 0.5 && parts.length > 2) parts.splice(Math.floor(next() * parts.length), 1);
      else parts.splice(Math.floor(next() * (parts.length + 1)), 0, pick(words));
      out.add(next() < 0.2 ? parts.join(' ').toUpperCase() : parts.join(' '));
    } else if (roll < 0.9) {
      const n = 1 + Math.floor(next() * 5);
      out.add(pick(templates).replace('{}', Array.from({ length: n }, () => pick(words)).join(' ')));
    } else {
      // Things nobody wrote about, and noise.
      out.add(pick(['harga bensin di', 'capital of', 'who won the world cup', 'resep rendang', 'asdf qwer']) + ' ' + Math.floor(next() * 1e6));
    }
  }
  return [...out].slice(0, count);
}

interface SoakRow {
  corpus: string;
  passages: number;
  questions: number;
  answered: number;
  heapBeforeMB: number;
  heapQuartersMB: number[];
  heapAfterMB: number;
  p50: number;
  p99: number;
}

async function soak(name: string, corpus: string, seedQuestions: readonly string[], count: number, gc: () => void): Promise<SoakRow> {
  const library = await Library.open(corpus);
  const questions = variedQuestions(library, seedQuestions, count);
  // Warm-up: JIT, the lexicon's lazy tables, autocomplete's suggestion list (built on first use).
  for (let i = 0; i < 300; i++) library.ask(questions[i % questions.length]!, { top: 3 });
  library.suggest('a');
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  const heapBeforeMB = heap();
  const quarters: number[] = [];
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < questions.length; i++) {
    const t = performance.now();
    // As /ask does it: one more result than shown, to know whether a next page exists.
    if (library.ask(questions[i]!, { top: 4 }).answered) answered++;
    times.push(performance.now() - t);
    if ((i + 1) % Math.ceil(questions.length / 4) === 0 && i + 1 < questions.length) quarters.push(heap());
  }
  const heapAfterMB = heap();
  times.sort((a, b) => a - b);
  return {
    corpus: name,
    passages: library.counts.passages,
    questions: questions.length,
    answered,
    heapBeforeMB,
    heapQuartersMB: quarters,
    heapAfterMB,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

// ---------------------------------------------------------------------------------------------------------

const USAGE = `usage: npm run bench:load [-- options]

The load figures of the README (Reliability → Load): a burst of /ask sent at once by the test's fake Discord to
the bot (npm start, in its own process), and a soak of different questions in a row through the engine, with the
heap used.

  --burst <n>       /ask interactions sent at once in each round (default 500)
  --rounds <n>      burst rounds (default 3)
  --questions <n>   questions in the engine soak, per corpus (default 10000)
  --eval-dir <dir>  where the evaluation sets are (default: env TANYA_EVAL_DIR, else ../shared/eval)
  --json            machine output: {"burst": [...], "soak": [...]}
  --help            this text`;

async function main(): Promise<number> {
  const values = parseOrUsage('bench:load', USAGE, {
    options: {
      json: { type: 'boolean', default: false },
      burst: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '3' },
      questions: { type: 'string', default: '10000' },
      'eval-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof values === 'number') return values;
  loadDotenvSayingSlips('bench:load'); // TANYA_EVAL_DIR in .env, as in the environment
  const n = Number(values.burst);
  const rounds = Number(values.rounds);
  const count = Number(values.questions);
  for (const [flag, v] of [['--burst', n], ['--rounds', rounds], ['--questions', count]] as const) {
    if (!Number.isInteger(v) || v < 1) {
      process.stderr.write(`bench:load: ${flag} must be a positive whole number\n`);
      return 2;
    }
  }
  const gc = getGc();
  const dir = evalDir(values['eval-dir']);
  const forumFile = path.join(dir, 'forum', 'dev.jsonl');
  const forumQuestions = existsSync(forumFile) ? (await readQueries(forumFile)).map((q) => q.q) : ['what is China Up Close', 'who is Shen Haixiong', 'apa tema forum ini', 'Global South'];

  // 1. Gateway burst
  const fake = await startFakeDiscord({ callbackDeadlineMs: DEADLINE_MS });
  const bot = await startBot(fake);
  const burstRows: BurstRound[] = [];
  try {
    // One warm-up question: the bot's first answer pays for loading and compiling the handlers.
    const warm = fake.slash('ask', { question: 'what is China Up Close' }, { user: { id: '899999999999999999', username: 'warm-up' } });
    await fake.waitForCallback(warm.id, 10_000);
    for (let r = 0; r < rounds; r++) {
      burstRows.push(await burst(fake, n, r, forumQuestions));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await bot.stop();
    await fake.close();
  }

  // 2. Engine soak
  const soakRows: SoakRow[] = [await soak('forum (corpus/)', shippedCorpus, forumQuestions, count, gc)];
  const largest = path.join(dir, 'tydiqa-id');
  if (existsSync(path.join(largest, 'corpus.jsonl')) && existsSync(path.join(largest, 'dev.jsonl'))) {
    const seed = (await readQueries(path.join(largest, 'dev.jsonl'))).map((q) => q.q);
    soakRows.push(await soak('tydiqa-id', path.join(largest, 'corpus.jsonl'), seed, count, gc));
  }

  if (values.json) {
    process.stdout.write(JSON.stringify({ burst: burstRows, soak: soakRows }) + '\n');
    return 0;
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const mb = (x: number) => `${x.toFixed(1)} MB`;
  process.stdout.write(`Gateway burst: ${n} /ask sent at once to the bot (npm start, own process) by the fake Discord, ${rounds} rounds\n\n`);
  process.stdout.write(
    table(
      ['round', 'sent', 'answered', `within ${DEADLINE_MS / 1000} s`, 'deferred', 'refused (10062)', 'first response p50', 'p99', 'max', 'all answered after'],
      burstRows.map((b, i) => [String(i + 1), String(b.sent), String(b.answered), String(b.withinDeadline), String(b.deferred), String(b.refused), ms(b.p50), ms(b.p99), ms(b.max), ms(b.wallMs)]),
    ) + '\n\n',
  );
  process.stdout.write(`Engine soak: ${count.toLocaleString('en')} different questions in a row (library.ask, top 4); heap used after a full gc\n\n`);
  process.stdout.write(
    table(
      ['corpus', 'passages', 'questions', 'answered', 'heap before', 'at ¼ · ½ · ¾', 'heap after', 'difference', 'ask p50', 'ask p99'],
      soakRows.map((s) => [
        s.corpus,
        String(s.passages),
        String(s.questions),
        String(s.answered),
        mb(s.heapBeforeMB),
        s.heapQuartersMB.map((q) => q.toFixed(1)).join(' · '),
        mb(s.heapAfterMB),
        `${s.heapAfterMB - s.heapBeforeMB >= 0 ? '+' : ''}${(s.heapAfterMB - s.heapBeforeMB).toFixed(2)} MB`,
        `${s.p50.toFixed(2)} ms`,
        `${s.p99.toFixed(2)} ms`,
      ]),
    ) + '\n\n',
  );
  process.stdout.write(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the end; Node ${process.version}.\n`);
  if (!existsSync(forumFile)) process.stderr.write(`${forumFile} not found: the burst and the soak used built-in sample questions.\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
