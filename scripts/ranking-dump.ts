// npx tsx scripts/ranking-dump.ts OUT.jsonl [--eval-dir DIR]
//
// Writes, for every dev question of every set (and for synthetic long questions over tydiqa-id), the ranking the
// engine gives: the top-10 passage ids with their raw scores and coverage, `answered`, and the ids of the results
// a member would see. Two dumps (before and after a change meant to be only faster) are compared with
// scripts/ranking-compare.ts.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../src/engine/library.ts';
import { clip } from '../src/engine/cut.ts';
import { evalDir, findSets, readQueries } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { longQuestions } from './long-questions.ts';

const { values, positionals } = parseArgs({ options: { 'eval-dir': { type: 'string' } }, allowPositionals: true });
const out = positionals[0];
if (!out) throw new Error('usage: ranking-dump.ts OUT.jsonl');
loadDotenvSayingSlips('ranking-dump'); // TANYA_EVAL_DIR in .env, as in the environment
const dir = evalDir(values['eval-dir']);
const sets = (await findSets(dir))!;
const lines: string[] = [];
const dump = (library: Library, set: string, q: string) => {
  const result = library.snapshot.index.search(clip(q, 1000), 10);
  const answer = library.ask(q, { top: 10 });
  lines.push(
    JSON.stringify({
      set,
      q,
      top: result.hits.map((h) => [h.passage.id, h.score, h.coverage]),
      attainable: result.attainable,
      answered: answer.answered,
      shown: answer.results.map((r) => [r.id, r.score, r.snippet]),
    }),
  );
};
for (const set of sets) {
  const library = await Library.open(set.corpus);
  const questions = (await readQueries(set.queries)).map((q) => q.q);
  for (const q of questions) dump(library, set.name, q);
  if (set.name === 'tydiqa-id') {
    const en = (await readQueries(path.join(dir, 'squad-en-id', 'dev.jsonl'))).map((q) => q.q);
    const synthetic = [
      ...longQuestions(questions, 250, 100, 11),
      ...longQuestions(en, 250, 100, 12),
      ...longQuestions(questions, 1000, 50, 13),
      ...longQuestions(en, 1000, 50, 14),
      // And questions of other sets against this corpus: English and Indonesian words it may lack.
      ...longQuestions([...questions, ...en], 120, 100, 15),
    ];
    for (const q of synthetic) dump(library, 'tydiqa-id synthetic', q);
  }
  process.stderr.write(`${set.name}: done\n`);
}
writeFileSync(out, lines.join('\n') + '\n');
