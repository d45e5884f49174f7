// Watch mode (WATCH_CORPUS=1): a change in the corpus folder reloads it, debounced, with the safety of /reload
// (a broken file is reported and the current index keeps answering); and it is wired into `npm start` in the
// console and in Discord mode, where it must not keep the process alive after shutdown.

import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { Library, type ReloadReport } from '../src/engine/library.ts';
import { describeWatchReload, loggingWatchHandlers, mayAffectCorpus, watchCorpus, type CorpusWatcher } from '../src/watch.ts';
import { childEnv, startNode as start, type Child } from './cli-helpers.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { captureLogger } from './fake-discord/harness.ts';

/** Long enough for an editor's burst of events (or a test's) to land inside one window on a busy machine. */
const DEBOUNCE_MS = 200;

const temps: string[] = [];
const watchers: CorpusWatcher[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.stop()));
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tanya-watch-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const LANTERN = '---\nid: lantern\ntitle: Lantern parade\n---\nThe lantern parade crosses the river at dusk.\n';

async function watched(dir: string, path = dir, recheckMs?: number) {
  const library = await Library.open(path);
  const reports: Array<{ report: ReloadReport; files: string[] }> = [];
  const errors: unknown[] = [];
  const logs = captureLogger();
  const handlers = loggingWatchHandlers(logs.logger);
  const watcher = await watchCorpus({
    library,
    debounceMs: DEBOUNCE_MS,
    ...(recheckMs === undefined ? {} : { recheckMs }),
    onReload: (report, files) => {
      reports.push({ report, files });
      handlers.onReload(report, files);
    },
    onError: (error) => errors.push(error),
  });
  watchers.push(watcher);
  return { library, reports, errors, logs, watcher };
}

describe('which changes count', () => {
  it('documents and folders do; hidden, underscore, README, backup and other files do not', () => {
    for (const name of ['a.md', 'b.MARKDOWN', 'notes.txt', 'bulk.jsonl', 'events/2024/a.md', 'new-folder', 'events']) expect(mayAffectCorpus(name), name).toBe(true);
    for (const name of ['.a.md.swp', '.git/index', '_drafts/a.md', 'a.md~', 'README.md', 'photo.jpg', 'events/.hidden/a.md', '4913.tmp']) expect(mayAffectCorpus(name), name).toBe(false);
  });
});

describe('describeWatchReload', () => {
  // (Rule changed: a rejected reload named the edits it held back, "Not applied either: …"; it now has none.)
  it('says a rejected reload changed nothing and lists its problems, as /reload does', () => {
    const rejected: ReloadReport = {
      ok: false,
      before: { documents: 2, passages: 12 },
      after: { documents: 2, passages: 12 },
      added: [],
      removed: [],
      changed: [],
      renamed: [],
      problems: [{ file: 'bulk.jsonl', line: 2, reason: 'not valid JSON' }],
      kept: [],
      leftOut: [],
      goneWhileBroken: null,
      unread: [],
      ms: 12,
      at: new Date('2025-01-01T00:00:00Z'),
      by: 'watch',
      joinedBy: [],
    };
    expect(describeWatchReload(rejected).split('\n')).toEqual([
      'tanya: the corpus changed but has 1 problem; still answering from the previous index:',
      '- bulk.jsonl:2: not valid JSON',
    ]);
  });
});

describe('watchCorpus', () => {
  it('reloads once for a burst of changes, and the new documents answer', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const { library, reports, logs } = await watched(dir);
    const places = ['Balige', 'Samosir', 'Parapat', 'Tomok', 'Tuktuk'];
    places.forEach((place, i) => writeFileSync(join(dir, `boat-${i + 1}.md`), `The ${place} dragon boat race was won by the ${place} rowing club.\n`));
    writeFileSync(join(dir, '.boat-1.md.swp'), 'editor noise');
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000 });
    const { report, files } = reports[0]!;
    expect(report).toMatchObject({ ok: true, by: 'watch', before: { documents: 1 }, after: { documents: 6 } });
    expect(report.added).toEqual(['boat-1', 'boat-2', 'boat-3', 'boat-4', 'boat-5']);
    expect(files).toEqual(['boat-1.md', 'boat-2.md', 'boat-3.md', 'boat-4.md', 'boat-5.md']);
    expect(library.ask('who won the Parapat dragon boat race').results[0]?.docId).toBe('boat-3');
    expect(library.snapshot.loadedBy).toBe('watch');
    // Logged with who, when, which files and the result.
    const line = logs.lines.find((l) => l.msg === 'corpus changed: reloaded');
    expect(line).toMatchObject({ component: 'watch', by: 'watch', result: 'reloaded', files: files, added: report.added });
    expect(typeof line?.at).toBe('string');
  });

  // (Rule changed: the reload was rejected whole; now the broken file, never loaded, is left out and reported.)
  it('a broken file: left out with the problem logged, and the rest of the corpus keeps answering', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const { library, reports, logs } = await watched(dir);
    writeFileSync(join(dir, 'bulk.jsonl'), '{"id":"a","text":"fine"}\n{"id": "b", "text": \n');
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000 });
    const { report } = reports[0]!;
    expect(report).toMatchObject({ ok: true, added: [], kept: [], leftOut: ['bulk.jsonl'] });
    expect(report.problems).toEqual([{ file: 'bulk.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON/) }]);
    expect(library.counts.documents).toBe(1);
    expect(library.ask('when does the lantern parade cross the river').results[0]?.docId).toBe('lantern');
    const line = logs.lines.find((l) => l.result === 'reloaded with problems');
    expect(line).toMatchObject({ level: 40, by: 'watch', problems: report.problems, leftOut: ['bulk.jsonl'] });
    expect(describeWatchReload(report)).toContain('- bulk.jsonl:2: not valid JSON');
    expect(describeWatchReload(report)).toContain('left out (not loaded before either): bulk.jsonl');

    // Fixing the file is picked up too.
    writeFileSync(join(dir, 'bulk.jsonl'), '{"id":"a","text":"A kite shaped like a carp."}\n');
    await vi.waitFor(() => expect(reports).toHaveLength(2), { timeout: 5000 });
    expect(reports[1]!.report).toMatchObject({ ok: true, added: ['a'] });
  });

  it('sees files in new sub-folders and deletions', async () => {
    const dir = folder({ 'lantern.md': LANTERN, 'old/gone.md': 'A document that will be deleted.\n' });
    const { library, reports } = await watched(dir);
    mkdirSync(join(dir, 'events/2025'), { recursive: true });
    writeFileSync(join(dir, 'events/2025/kites.md'), 'The kite festival fills the beach with paper dragons.\n');
    rmSync(join(dir, 'old'), { recursive: true });
    await vi.waitFor(() => expect(library.passage('events-2025-kites#1')).toBeDefined(), { timeout: 5000 });
    expect(library.passage('old-gone#1')).toBeUndefined();
    expect(reports.every((r) => r.report.ok)).toBe(true);
  });

  it('hidden and _ paths (a .git folder, an editor swap file, a draft folder) do not reload, created or deleted', async () => {
    const dir = folder({ 'lantern.md': LANTERN, '.a.md.swp': 'swap', '_drafts/old.txt': 'x' });
    const { reports } = await watched(dir);
    mkdirSync(join(dir, '.git/objects'), { recursive: true });
    rmSync(join(dir, '.a.md.swp'));
    rmSync(join(dir, '_drafts'), { recursive: true });
    mkdirSync(join(dir, '_drafts.2024'));
    await new Promise((r) => setTimeout(r, 4 * DEBOUNCE_MS));
    expect(reports).toEqual([]);
  });

  it('a folder deleted and made again at once (which may get its inode back) is still watched', async () => {
    const parent = folder({});
    const dir = join(parent, 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'lantern.md'), LANTERN);
    const { library } = await watched(dir, dir, 100);
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'lantern.md'), LANTERN);
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(join(dir, 'boat.md'), 'The dragon boat race was won by the team from Balige.\n');
    await vi.waitFor(() => expect(library.passage('boat#1')).toBeDefined(), { timeout: 5000 });
  });

  it('a folder with a dot in its name moved out of the corpus takes its documents with it', async () => {
    const dir = folder({ 'lantern.md': LANTERN, 'events-2024.12/kites.md': 'The kite festival fills the beach with paper dragons.\n' });
    const outside = folder({});
    const { library } = await watched(dir);
    expect(library.counts.documents).toBe(2);
    renameSync(join(dir, 'events-2024.12'), join(outside, 'events-2024.12'));
    await vi.waitFor(() => expect(library.counts.documents).toBe(1), { timeout: 5000 });
  });

  it('keeps watching the corpus path when its folder is deleted and made again, or replaced by another', async () => {
    const parent = folder({});
    const dir = join(parent, 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'lantern.md'), LANTERN);
    const { library, reports } = await watched(dir, dir, 100);
    // Deleted: the reload is rejected and the old index keeps answering...
    rmSync(dir, { recursive: true });
    await vi.waitFor(() => expect(reports.some((r) => !r.report.ok)).toBe(true), { timeout: 5000 });
    expect(library.counts.documents).toBe(1);
    // (Rule changed: it listed every write-up as removed, "Not applied either: removed lantern".)
    const rejected = reports.find((r) => !r.report.ok)!.report;
    expect(rejected).toMatchObject({ removed: [], problems: [{ file: 'corpus', line: null, reason: 'the corpus path does not exist' }] });
    expect(describeWatchReload(rejected).split('\n')).toEqual([
      'tanya: the corpus changed but has 1 problem; still answering from the previous index:',
      '- corpus: the corpus path does not exist',
    ]);
    // ...made again: watched afresh, and what it holds is loaded, and so are later changes in it.
    mkdirSync(dir);
    writeFileSync(join(dir, 'boat.md'), 'The dragon boat race was won by the team from Balige.\n');
    await vi.waitFor(() => expect(library.passage('boat#1')).toBeDefined(), { timeout: 5000 });
    writeFileSync(join(dir, 'kites.md'), 'The kite festival fills the beach with paper dragons.\n');
    await vi.waitFor(() => expect(library.passage('kites#1')).toBeDefined(), { timeout: 5000 });
    // Replaced the way a deploy does it: a fresh copy renamed into place, the old one renamed away.
    const fresh = join(parent, 'corpus.new');
    mkdirSync(fresh);
    writeFileSync(join(fresh, 'lantern.md'), LANTERN);
    renameSync(dir, join(parent, 'corpus.old'));
    renameSync(fresh, dir);
    await vi.waitFor(() => expect(library.counts.documents).toBe(1), { timeout: 5000 });
    writeFileSync(join(dir, 'tea.md'), 'The tea harvest festival opened on the hills of Puncak.\n');
    await vi.waitFor(() => expect(library.passage('tea#1')).toBeDefined(), { timeout: 5000 });
    // Changes in the folder renamed away are no longer the corpus.
    writeFileSync(join(parent, 'corpus.old', 'stale.md'), 'A stale document.\n');
    await new Promise((r) => setTimeout(r, 4 * DEBOUNCE_MS));
    expect(library.passage('stale#1')).toBeUndefined();
  });

  it('watches a single-file corpus, through editors that save by renaming a temp file', async () => {
    const dir = folder({ 'corpus.jsonl': '{"id":"one","text":"The first line about rice terraces."}\n', 'other.md': 'Not part of this corpus.\n' });
    const { library, reports } = await watched(dir, join(dir, 'corpus.jsonl'));
    writeFileSync(join(dir, 'other.md'), 'Changed, but not watched.\n');
    writeFileSync(join(dir, '.corpus.jsonl.tmp'), '{"id":"one","text":"The first line about rice terraces."}\n{"id":"two","text":"A second line about coffee harvests."}\n');
    renameSync(join(dir, '.corpus.jsonl.tmp'), join(dir, 'corpus.jsonl'));
    await vi.waitFor(() => expect(library.counts.documents).toBe(2), { timeout: 5000 });
    expect(reports.flatMap((r) => r.files)).toEqual(['corpus.jsonl']);
  });

  it('a folder that never goes quiet is still reloaded (at most ten debounce periods after the first change)', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const library = await Library.open(dir);
    const reports: ReloadReport[] = [];
    const watcher = await watchCorpus({ library, debounceMs: 30, onReload: (r) => reports.push(r), onError: () => undefined });
    watchers.push(watcher);
    // A change every 10 ms for over 0.4 s: the 30 ms quiet window never comes, the 300 ms cap does.
    for (let i = 0; i < 45; i++) {
      writeFileSync(join(dir, 'log.md'), `Entry ${i} of a file that keeps being written.\n`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(reports.length).toBeGreaterThan(0);
  });

  it('stop() ends watching: later changes are not reloaded', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const { library, reports, watcher } = await watched(dir);
    const reload = vi.spyOn(library, 'reload');
    await watcher.stop();
    writeFileSync(join(dir, 'late.md'), 'Written after stop.\n');
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 2));
    expect(reload).not.toHaveBeenCalled();
    expect(reports).toEqual([]);
  });

  it('reports a watcher failure (the corpus folder removed) instead of throwing', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const { library, errors, reports } = await watched(dir);
    rmSync(dir, { recursive: true });
    // Either the watcher reports an error, or the reload triggered by the deletion is rejected; never a crash,
    // and the index in memory still answers.
    await vi.waitFor(() => expect(errors.length + reports.length).toBeGreaterThan(0), { timeout: 5000 });
    expect(reports.every((r) => !r.report.ok)).toBe(true);
    expect(library.ask('lantern parade river').results[0]?.docId).toBe('lantern');
  });
});

describe('WATCH_CORPUS', () => {
  it('is off by default and takes 1/0, true/false, yes/no, on/off', () => {
    expect(loadConfig({}).watchCorpus).toBe(false);
    for (const on of ['1', 'true', 'YES', 'on']) expect(loadConfig({ WATCH_CORPUS: on }).watchCorpus).toBe(true);
    for (const off of ['0', 'false', 'no', 'off', '']) expect(loadConfig({ WATCH_CORPUS: off }).watchCorpus).toBe(false);
    expect(() => loadConfig({ WATCH_CORPUS: 'sometimes' })).toThrow(/WATCH_CORPUS: "sometimes" is not one of/);
  });

  it('names in its error exactly the words it accepts', () => {
    let message = '';
    try {
      loadConfig({ WATCH_CORPUS: 'sometimes' });
    } catch (error) {
      message = (error as Error).message;
    }
    const listed = /is not one of: ([^\n]*)/.exec(message)?.[1]?.split(', ') ?? [];
    expect(listed.sort()).toEqual(['0', '1', 'false', 'no', 'off', 'on', 'true', 'yes']);
    for (const word of listed) expect(() => loadConfig({ WATCH_CORPUS: word })).not.toThrow();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Through `npm start` (src/main.ts as a child process)

describe('npm start with WATCH_CORPUS=1', () => {
  let fake: FakeDiscord | null = null;
  const children: Child[] = [];
  afterEach(async () => {
    for (const c of children.splice(0)) if (c.child.exitCode === null) c.child.kill('SIGKILL');
    await fake?.close();
    fake = null;
  });

  it('in the console: a new file is picked up and says so, and /quit still ends the process', async () => {
    const dir = folder({ 'lantern.md': LANTERN });
    const c = start(childEnv({ CORPUS_DIR: dir, WATCH_CORPUS: '1' }));
    children.push(c);
    await c.until('stdout', 'local console');
    writeFileSync(join(dir, 'boat.md'), 'The dragon boat race was won by the team from Balige.\n');
    await c.until('stderr', /tanya: the corpus changed: reloaded in \d+ ms \(documents 1 → 2, passages 1 → 2\)\./);
    c.child.stdin.write('who won the dragon boat race\n');
    await c.until('stdout', 'Balige');
    c.child.stdin.end('/quit\n');
    expect(await c.exited).toBe(0);
  });

  it('in Discord mode: logs the watch, reloads on a change with who/when/result, and shuts down on SIGTERM', async () => {
    fake = await startFakeDiscord();
    const dir = folder({ 'lantern.md': LANTERN });
    const c = start(childEnv({ CORPUS_DIR: dir, WATCH_CORPUS: '1', DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }));
    children.push(c);
    await c.until('stdout', '"msg":"watching the corpus for changes"');
    writeFileSync(join(dir, 'broken.jsonl'), 'not json\n');
    await c.until('stdout', '"msg":"corpus changed: reloaded, with problems: each broken file keeps its previous version, or is left out"');
    const line = c
      .stdout()
      .split('\n')
      .filter((l) => l.includes('"component":"watch"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)[0]!;
    expect(line).toMatchObject({ by: 'watch', result: 'reloaded with problems', files: ['broken.jsonl'], problems: [{ file: 'broken.jsonl', line: 1 }] });
    expect(c.stdout()).not.toContain(fake.token);
    c.child.kill('SIGTERM');
    expect(await c.exited).toBe(0);
  });

  it('in Discord mode: a session Discord ends for good stops the watcher too and exits 1, not a silent bot', async () => {
    fake = await startFakeDiscord();
    const dir = folder({ 'lantern.md': LANTERN });
    const c = start(childEnv({ CORPUS_DIR: dir, WATCH_CORPUS: '1', DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' }));
    children.push(c);
    await c.until('stdout', '"msg":"watching the corpus for changes"');
    // 4004: authentication failed (the token was reset), after which discord.js never reconnects.
    fake.dropConnection({ code: 4004 });
    expect(await c.exited).toBe(1);
    expect(c.stdout()).toContain('"msg":"Discord ended the session for good: exiting"');
    expect(c.stdout()).toContain('"code":4004');
  });
});
