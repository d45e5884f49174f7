// The suites answer from the shipped write-up alone, whatever a moderator has put beside it in corpus/ (their
// own write-ups, a broken draft): `npm test` passes on a bot in use, and still tests the forum write-up.

import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import { childEnv, repoRoot, repositoryCopy } from './cli-helpers.ts';
import { tempCorpus } from './fake-discord/harness.ts';
import { copyShipped, SHIPPED_FORUM, SHIPPED_NAMES, shippedCorpus } from './shipped-corpus.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-shipped-test-'));
  temps.push(dir);
  return dir;
};

/** A corpus/ as a moderator leaves it after following the README: the shipped files and their own beside them. */
function moderatorsCorpus(): string {
  const dir = tempDir();
  copyShipped(dir);
  writeFileSync(join(dir, 'aa-rapat.txt'), 'Rapat panitia memilih gedung serbaguna untuk acara berikutnya.\n');
  writeFileSync(join(dir, 'meetup-3.md'), '---\ntitle: Meetup Komunitas Data #3\ndate: 2025-05\n---\nMeetup ketiga membahas data engineering.\n');
  writeFileSync(join(dir, 'bulk.jsonl'), '{"id":"bulk-1","text":"The lantern parade drew thousands."}\n');
  writeFileSync(join(dir, 'broken.jsonl'), '{"id":"ok-1","text":"fine"}\nnot json at all\n');
  return dir;
}

describe("the tests' corpus", () => {
  it('is the shipped forum write-up alone, its first document, in a folder apart from corpus/', async () => {
    const dir = shippedCorpus();
    expect(readdirSync(dir)).toEqual([...SHIPPED_NAMES]);
    expect(readFileSync(join(dir, SHIPPED_NAMES[0]!), 'utf8')).toBe(readFileSync(SHIPPED_FORUM, 'utf8'));
    expect(realpathSync(dir)).not.toBe(realpathSync(join(repoRoot, 'corpus')));
    const library = await Library.open(dir);
    expect(library.documents().map((d) => d.id)).toEqual(['forum-2024-cctv']);
  });

  it('is what child processes, temp corpora and repository copies get, never the folder a moderator fills', () => {
    expect(childEnv().CORPUS_DIR).toBe(shippedCorpus());
    const corpus = tempCorpus({ 'extra.md': 'An extra paragraph about paper kites.\n' });
    try {
      expect(readdirSync(corpus.dir).sort()).toEqual([...SHIPPED_NAMES, 'extra.md'].sort());
    } finally {
      corpus.remove();
    }
    const { temp, repo } = repositoryCopy();
    temps.push(temp);
    expect(lstatSync(join(repo, 'corpus')).isSymbolicLink()).toBe(false);
    expect(readdirSync(join(repo, 'corpus'))).toEqual([...SHIPPED_NAMES]);
  });

  it("takes the shipped files from a moderator's corpus/ and leaves their write-ups, broken ones too, behind", async () => {
    const theirs = moderatorsCorpus();
    await expect(Library.open(theirs)).rejects.toThrow(/broken\.jsonl:2/); // what the suites read before
    const pinned = join(tempDir(), 'corpus');
    copyShipped(pinned, theirs);
    const library = await Library.open(pinned);
    expect(library.documents().map((d) => d.id)).toEqual(['forum-2024-cctv']);
    expect(library.ask('what is China Up Close').results[0]?.docId).toBe('forum-2024-cctv');
  });

  it('names the shipped file when a moderator has removed it, and how to get it back', () => {
    const theirs = tempDir();
    writeFileSync(join(theirs, 'meetup.md'), 'Meetup ketiga membahas data engineering.\n');
    const pinned = join(tempDir(), 'corpus');
    expect(() => copyShipped(pinned, theirs)).toThrow(`${join(theirs, SHIPPED_NAMES[0]!)} is missing: restore it (git checkout -- corpus/)`);
    expect(existsSync(pinned)).toBe(false);
  });
});
