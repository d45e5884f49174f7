// npx tsx scripts/stemmer-compare.mts [--eval-dir DIR]
//
// Every distinct word of the evaluation sets (corpora and questions), of the persona sets and of the project's own
// corpus and fixtures, stemmed by natural's Indonesian stemmer and by src/engine/indonesian-stemmer.ts, which must
// agree on each: the proof, over the words a build and its questions meet, that the rewrite gives natural's stems
// (test/indonesian-stemmer.test.ts holds it against natural on the fixtures and on generated words without the
// evaluation data). Each word as tokenize normalises it, and its parts (see wordsOf), in lower case. Exits 1 on a
// difference, listing the first ones.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evalDir } from '../src/eval/sets.ts';
import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { stemDifferences, textFilesUnder, wordsOfFiles } from '../test/stemmer-words.ts';

const { values } = parseArgs({ options: { 'eval-dir': { type: 'string' } } });
const here = path.resolve(import.meta.dirname, '..');
loadDotenvSayingSlips('stemmer-compare'); // TANYA_EVAL_DIR in .env, as in the environment
const evalRoot = evalDir(values['eval-dir']);

const sources = [evalRoot, path.join(here, 'test/personas'), path.join(here, 'corpus'), path.join(here, 'test/fixtures')];
const files = sources.flatMap(textFilesUnder);
const words = wordsOfFiles(files);
if (!existsSync(evalRoot)) console.warn(`stemmer-compare: no evaluation sets at ${evalRoot}; compared the project's own files only`);

const differences = stemDifferences(words);
console.log(`${words.size} distinct words from ${files.length} files: ${differences.length} difference(s)`);
for (const d of differences.slice(0, 30)) console.log(`  ${d}`);
process.exit(differences.length === 0 ? 0 : 1);
