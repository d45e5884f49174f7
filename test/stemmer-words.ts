// The words the rewrite of natural's Indonesian stemmer is held against natural's over: shared by
// test/indonesian-stemmer.test.ts (the project's own texts) and scripts/stemmer-compare.mts (those and the
// evaluation sets).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import StemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id';
import { tokenize, wordsOf } from '../src/engine/analyzer.ts';
import { IndonesianStemmer } from '../src/engine/indonesian-stemmer.ts';

/** The text files (Markdown, text, JSON, JSONL) under `dir`, at any depth; none when it does not exist. */
export function textFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? textFilesUnder(full) : /\.(jsonl|json|md|txt)$/u.test(name) ? [full] : [];
  });
}

/** Every distinct word of `files`, each as tokenize normalises it, and its parts (wordsOf). */
export function wordsOfFiles(files: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const file of files) {
    for (const t of tokenize(readFileSync(file, 'utf8'))) {
      words.add(t.norm);
      for (const w of wordsOf(t.norm)) words.add(w);
    }
  }
  return words;
}

/** The words of `words` the two stemmers stem differently, each with both stems. */
export function stemDifferences(words: Iterable<string>): string[] {
  const differences: string[] = [];
  for (const word of words) {
    const natural = StemmerId.stem(word);
    const ours = IndonesianStemmer.stem(word);
    if (natural !== ours) differences.push(`${word}: natural ${natural}, rewrite ${ours}`);
  }
  return differences;
}
