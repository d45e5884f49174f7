// Once per test run: a folder holding a copy of the shipped write-up alone (test/shipped-corpus.ts), named
// `corpus` as the repository's is, for the suites to read (`shippedCorpus()`) and to give child processes as
// CORPUS_DIR. Removed when the run ends.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyShipped } from './shipped-corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the shipped documents alone. */
    shippedCorpus: string;
  }
}

export default function setup(project: TestProject): () => void {
  const temp = mkdtempSync(join(tmpdir(), 'tanya-shipped-'));
  const dir = join(temp, 'corpus');
  copyShipped(dir);
  project.provide('shippedCorpus', dir);
  return () => rmSync(temp, { recursive: true, force: true });
}
