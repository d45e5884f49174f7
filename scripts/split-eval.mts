// npx tsx scripts/split-eval.mts [--eval-dir DIR] [--sets facqa,tydiqa-id] [--out FILE] [name=value,... …]
//
// MRR@10 of each set's odd-numbered rows, its even-numbered rows and the whole, once with RANKING as it is and once
// per setting given ("answerSlotWeight=0.75", "coverageWeight=2.5,leadWeight=2": names as fit-ranking.ts's). A
// weight or threshold is chosen on the odd rows of facqa and tydiqa-id together (the "odd sum" column) and reported
// on the even rows and the whole: the even rows played no part in choosing it. Each corpus is indexed once; the
// settings are read when a question is scored. `--out` writes each question's rank and top three ids (one JSON
// line each), to compare two runs question by question.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Library } from '../src/engine/library.ts';
import { overrideRanking } from '../src/engine/ranking.ts';
import { firstHitRank, type QueryOutcome } from '../src/eval/metrics.ts';
import { evalDir, findSets, readQueries } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { splitScores } from '../src/eval/split.ts';

const { values, positionals } = parseArgs({
  options: { 'eval-dir': { type: 'string' }, sets: { type: 'string', default: 'facqa,tydiqa-id' }, out: { type: 'string' } },
  allowPositionals: true,
});
loadDotenvSayingSlips('split-eval'); // TANYA_EVAL_DIR in .env, as in the environment
const dir = evalDir(values['eval-dir']);
const wanted = values.sets!.split(',');
const found = await findSets(dir);
// A set named and not there would be left out of the odd sum unsaid, as though the sum were the sets' asked for.
const missing = found === null ? [] : wanted.filter((name) => !found.some((s) => s.name === name));
if (missing.length > 0) {
  process.stderr.write(`split-eval: ${missing.map((name) => `no set "${name}"`).join(', ')} in ${dir} (found: ${found!.map((s) => s.name).join(', ')})\n`);
  process.exit(2);
}
const sets = (found ?? []).filter((s) => wanted.includes(s.name));
if (sets.length === 0) {
  process.stdout.write(`split-eval: none of ${wanted.join(', ')} in ${dir}; nothing to measure.\n`);
  process.exit(0);
}

/** "a=1,b.c=2" as overrideRanking takes it; a clear error for anything else. */
function parseSetting(spec: string): Record<string, number> {
  const setting: Record<string, number> = {};
  for (const pair of spec.split(',').filter(Boolean)) {
    const [name, value, extra] = pair.split('=');
    const n = Number(value);
    if (!name || value === undefined || extra !== undefined || value.trim() === '' || !Number.isFinite(n)) {
      throw new Error(`split-eval: "${pair}" is not name=number`);
    }
    setting[name] = n;
  }
  return setting;
}

const loaded = [];
for (const s of sets) loaded.push({ name: s.name, library: await Library.open(s.corpus), queries: await readQueries(s.queries) });
const lines: string[] = [];
const fixed = (x: number) => x.toFixed(4);
for (const spec of ['', ...positionals]) {
  const restore = overrideRanking(parseSetting(spec));
  const label = spec || 'as is';
  const cells = [label];
  let oddSum = 0;
  for (const { name, library, queries } of loaded) {
    const outcomes: QueryOutcome[] = queries.map((query) => {
      const answer = library.ask(query.q, { top: 10 });
      return { query, answered: answer.answered, results: answer.results.map((r) => ({ id: r.id, docId: r.docId, text: r.text })) };
    });
    outcomes.forEach((o, i) => {
      if (values.out !== undefined) lines.push(JSON.stringify({ setting: label, set: name, row: i + 1, q: o.query.q, rank: o.query.none ? null : firstHitRank(o.query, o.results), top: o.results.slice(0, 3).map((r) => r.id) }));
    });
    const { odd, even, all } = splitScores(outcomes);
    oddSum += odd.mrr10;
    cells.push(`${name} odd ${fixed(odd.mrr10)} even ${fixed(even.mrr10)} all ${fixed(all.mrr10)} (R@1 ${fixed(all.r1)})`);
  }
  cells.push(`odd sum ${fixed(oddSum)}`);
  process.stdout.write(cells.join(' | ') + '\n');
  restore();
}
if (values.out !== undefined) writeFileSync(values.out, lines.join('\n') + '\n');
