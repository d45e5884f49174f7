// npx tsx scripts/stemmer-compare.mts [--eval-dir DIR]
//
// Every distinct word of the evaluation sets (corpora and questions), of the persona sets and of the project's own
// corpus and fixtures, stemmed by natural's Indonesian stemmer and by src/engine/indonesian-stemmer.ts, which must
// agree on each: the proof, over the words a build and its questions meet, that the rewrite gives natural's stems
// (test/indonesian-stemmer.test.ts holds it against natural on the fixtures and on generated words without the
// evaluation data). Each word as tokenize normalises it, and its parts (see wordsOf), in lower case. Exits 1 on a
// difference, listing the first ones.

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import StemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id';
import { tokenize, wordsOf } from '../src/engine/analyzer.ts';
import { IndonesianStemmer } from '../src/engine/indonesian-stemmer.ts';
import { evalDir } from '../src/eval/sets.ts';

const { values } = parseArgs({ options: { 'eval-dir': { type: 'string' } } });
const here = path.resolve(import.meta.dirname, '..');
const evalRoot = evalDir(values['eval-dir']);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(jsonl|json|md|txt)$/u.test(name) ? [full] : [];
  });
}

const sources = [evalRoot, path.join(here, 'test/personas'), path.join(here, 'corpus'), path.join(here, 'test/fixtures')];
const words = new Set<string>();
let files = 0;
for (const source of sources) {
  for (const file of filesUnder(source)) {
    files++;
    const text = readFileSync(file, 'utf8');
    for (const t of tokenize(text)) {
      words.add(t.norm);
      for (const w of wordsOf(t.norm)) words.add(w);
    }
  }
}
if (!existsSync(evalRoot)) console.warn(`stemmer-compare: no evaluation sets at ${evalRoot}; compared the project's own files only`);

const differences: string[] = [];
for (const word of words) {
  const natural = StemmerId.stem(word);
  const ours = IndonesianStemmer.stem(word);
  if (natural !== ours) differences.push(`${word}: natural ${natural}, rewrite ${ours}`);
}
console.log(`${words.size} distinct words from ${files} files: ${differences.length} difference(s)`);
for (const d of differences.slice(0, 30)) console.log(`  ${d}`);
process.exit(differences.length === 0 ? 0 : 1);
