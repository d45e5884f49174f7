// The write-up the repository ships, which the suites answer from. They read it by its path in corpus/, never the
// whole folder: a moderator following the README adds their own write-ups there (perhaps a broken draft too),
// and `npm test` must still pass, and still test the forum write-up as the first corpus document.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The repository's corpus folder: the moderator's, once they add their write-ups. */
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

/** The files the repository ships in corpus/ (the forum write-up first). */
export const SHIPPED_NAMES: readonly string[] = ['forum-2024-cctv-media-forum.md'];

/** The forum write-up, by its path in corpus/. */
export const SHIPPED_FORUM = join(CORPUS, SHIPPED_NAMES[0]!);

/**
 * Fills `dir` (created if need be) with a copy of the shipped files alone, taken from `from` (corpus/): a corpus
 * folder as shipped, whatever else `from` holds.
 */
export function copyShipped(dir: string, from = CORPUS): void {
  const missing = SHIPPED_NAMES.filter((name) => !existsSync(join(from, name)));
  if (missing.length > 0) {
    throw new Error(
      `the tests answer from the write-up the repository ships, and ${missing.map((name) => join(from, name)).join(', ')} is missing: ` +
        'restore it (git checkout -- corpus/); to keep the bot from answering from it, give it a folder of your own with CORPUS_DIR',
    );
  }
  mkdirSync(dir, { recursive: true });
  for (const name of SHIPPED_NAMES) copyFileSync(join(from, name), join(dir, name));
}

/**
 * The folder test/global-setup.ts made for this run, holding the shipped files alone, named `corpus`. Read it,
 * never write it (suites run side by side): a test that changes its corpus copies it first (`tempCorpus()`).
 */
export function shippedCorpus(): string {
  return inject('shippedCorpus');
}
