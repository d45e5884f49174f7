// A corpus folder that changes while it is read: an editor saving by renaming, a sync tool, a moderator moving a
// file while a /reload runs. `stat` is wrapped (not replaced) so that a file can be renamed at the exact moment
// between the folder's listing and the file's reading, instead of racing the clock.

import { mkdir, mkdtemp, rename as renameFile, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as FsPromises from 'node:fs/promises';

const race = vi.hoisted(() => ({
  /** Called with each path `stat` is asked about, before it answers. */
  before: null as null | ((path: string) => Promise<void>),
  /** Called with each folder `readdir` is asked to list, before it lists it. */
  beforeList: null as null | ((path: string) => Promise<void>),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    async stat(...args: Parameters<typeof real.stat>) {
      await race.before?.(String(args[0]));
      return real.stat(...args);
    },
    async readdir(...args: Parameters<typeof real.readdir>) {
      await race.beforeList?.(String(args[0]));
      return real.readdir(...(args as [string, { withFileTypes: true }]));
    },
  };
});

const { loadCorpus } = await import('../src/engine/corpus.ts');

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tanya-race-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('a file renamed or deleted while the corpus is read', () => {
  it('is read again under its new name, or left out when deleted, instead of failing as "a broken link"', async () => {
    const dir = await folder({ 'a.md': 'Rapat A.', 'meetup-7.md': 'Meetup ketujuh.', 'old.md': 'Catatan lama.' });
    const seen = new Set<string>();
    race.before = async (path) => {
      const name = basename(path);
      if (seen.has(name)) return;
      seen.add(name);
      // Listed already; renamed and deleted just before each is read.
      if (name === 'meetup-7.md') await renameFile(path, join(dir, 'meetup-07.md'));
      if (name === 'old.md') await unlink(path);
    };
    try {
      const { documents, problems } = await loadCorpus(dir);
      expect(problems).toEqual([]);
      expect(documents.map((d) => d.id)).toEqual(['a', 'meetup-07']);
    } finally {
      race.before = null;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('still reports a file that keeps disappearing, after a few readings', async () => {
    const dir = await folder({ 'a.md': 'Rapat A.', 'flaky.md': 'Datang dan pergi.' });
    race.before = async (path) => {
      // A sync tool that puts the file back before each reading of the folder, and deletes it before it is read.
      if (path === dir) await writeFile(join(dir, 'flaky.md'), 'Datang dan pergi.');
      if (basename(path) === 'flaky.md') await unlink(path);
    };
    try {
      const { documents, problems } = await loadCorpus(dir);
      expect(documents.map((d) => d.id)).toEqual(['a']);
      expect(problems).toEqual([{ file: 'flaky.md', line: null, reason: 'it disappeared while the corpus was being read (renamed or deleted meanwhile?): reload again' }]);
    } finally {
      race.before = null;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads a folder renamed between its listing and its own, instead of failing as "cannot read folder"', async () => {
    // A moderator renaming "2024/" to "arsip-2024/" while a /reload runs: the folder was listed under its old name,
    // and the whole reload was rejected with "cannot read folder: no such file (a broken link?)".
    const dir = await folder({ 'a.md': 'Rapat A.' });
    await mkdir(join(dir, '2024'));
    await writeFile(join(dir, '2024', 'rapat.md'), 'Rapat tahunan.');
    let renamed = false;
    race.beforeList = async (path) => {
      if (renamed || basename(path) !== '2024') return;
      renamed = true;
      await renameFile(path, join(dir, 'arsip-2024'));
    };
    try {
      const { documents, problems } = await loadCorpus(dir);
      expect(problems).toEqual([]);
      expect(documents.map((d) => d.file)).toEqual(['a.md', 'arsip-2024/rapat.md']);
    } finally {
      race.beforeList = null;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
