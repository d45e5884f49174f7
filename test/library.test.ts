import { mkdir, mkdtemp, rename, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusLoadError, diffDocuments, Library } from '../src/engine/library.ts';
import { renderAbout, renderReload } from '../src/discord/render.ts';
import { lastGoodLines } from '../src/engine/reload-lines.ts';
import { renderSummary } from '../src/cli/render.ts';
import { SearchIndex } from '../src/engine/search.ts';
import type { CorpusDocument } from '../src/engine/types.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tanya-library-'));
  await writeFile(join(dir, 'alpha.md'), '---\ntitle: Alpha\n---\nPelabuhan Quanzhou adalah titik awal Jalur Sutra Maritim.\n');
  await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\n---\nFestival musim semi dirayakan setiap tahun.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Library', () => {
  it('summarises the corpus newest first, undated documents last', () => {
    const doc = (id: string, date: string | null): CorpusDocument => ({
      id, title: id.toUpperCase(), body: 'Isi.', excludedRanges: [], date, source: null, url: null, lang: 'id', file: `${id}.md`, line: null,
    });
    const lib = Library.fromDocuments(
      [doc('b', null), doc('old', '2023-11-18'), doc('month', '2024-12'), doc('day', '2024-11-30'), doc('a', null), doc('year', '2024')],
      { lexicon: null },
    );
    expect(lib.summary().documents.map((d) => d.id)).toEqual(['month', 'day', 'year', 'old', 'a', 'b']);
  });

  it('refuses to open a broken corpus and lists every problem', async () => {
    await writeFile(join(dir, 'bad.jsonl'), '{"id": "x"}\nnot json\n');
    const error = await Library.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    const problems = (error as CorpusLoadError).problems;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.every((p) => p.file === 'bad.jsonl')).toBe(true);
    expect(problems.map((p) => p.line)).toEqual(expect.arrayContaining([1, 2]));
    expect((error as Error).message).toContain('bad.jsonl:2');
  });

  it('opens partially for the bot start-up: the documents that loaded serve, the problems are kept until a reload succeeds', async () => {
    await writeFile(join(dir, 'bad.jsonl'), '{"id": "gamma", "text": "Drama dokumenter luar angkasa."}\nnot json\n');
    const lib = await Library.open(dir, {}, { partial: true });
    // The good line of the broken file serves too: only what a problem names is left out.
    expect(lib.counts).toEqual({ documents: 3, passages: 3 });
    expect(lib.snapshot.problems).toEqual([{ file: 'bad.jsonl', line: 2, reason: expect.stringMatching(/^not valid JSON/) }]);
    expect(lib.ask('Jalur Sutra Maritim').results[0]?.docId).toBe('alpha');
    // (Rule changed: a reload was all or nothing.) A reload applies beta's edit while the file stays broken, and
    // the broken file keeps what it served (the start-up problems stay shown)...
    await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\n---\nFestival musim semi dirayakan dengan meriah.\n');
    const partly = await lib.reload('mod');
    expect([partly.ok, partly.changed, partly.kept, lib.snapshot.problems.length]).toEqual([true, ['beta'], ['bad.jsonl'], 1]);
    expect(lib.counts.documents).toBe(3);
    // ...and once it is fixed, the reload takes it in and the snapshot has no problems left.
    await writeFile(join(dir, 'bad.jsonl'), '{"id": "gamma", "text": "Drama dokumenter luar angkasa."}\n{"id": "delta", "text": "Pameran batik."}\n');
    const fixed = await lib.reload('mod');
    expect([fixed.ok, fixed.added, fixed.changed, fixed.kept]).toEqual([true, ['delta'], [], []]);
    expect(lib.snapshot.problems).toEqual([]);
  });

  it('opens partially only when something loaded: a corpus without any good document still throws', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'tanya-library-empty-'));
    try {
      await writeFile(join(empty, 'bad.jsonl'), 'not json\n');
      const error = await Library.open(empty, {}, { partial: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorpusLoadError);
      expect((error as CorpusLoadError).problems.map((p) => `${p.file}:${p.line}`)).toEqual(['bad.jsonl:1']);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('reloads: reports what changed and answers from the new corpus', async () => {
    const lib = await Library.open(dir);
    expect(lib.counts).toEqual({ documents: 2, passages: 2 });
    await writeFile(join(dir, 'gamma.md'), 'Drama dokumenter tentang eksplorasi luar angkasa diluncurkan.\n');
    await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\n---\nFestival musim semi dirayakan setiap tahun dengan meriah.\n');
    await unlink(join(dir, 'alpha.md'));
    const report = await lib.reload('mod#1');
    expect(report.ok).toBe(true);
    expect(report.by).toBe('mod#1');
    expect(report.before).toEqual({ documents: 2, passages: 2 });
    expect(report.after).toEqual({ documents: 2, passages: 2 });
    expect(report.added).toEqual(['gamma']);
    expect(report.removed).toEqual(['alpha']);
    expect(report.changed).toEqual(['beta']);
    expect(lib.ask('eksplorasi luar angkasa').results[0]?.docId).toBe('gamma');
    expect(lib.ask('Quanzhou Jalur Sutra').answered).toBe(false);
    expect(lib.snapshot.loadedBy).toBe('mod#1');
  });

  it('a reload nobody is named for is no start-up: /about and the console say when it was reloaded', async () => {
    await writeFile(join(dir, 'bad.md'), '---\ntitle: Bad\n');
    const lib = await Library.open(dir, {}, { partial: true });
    // Read as commands/about.ts and the console's /about read it.
    const about = () => {
      const { loadedAt, loadedBy, atStartUp, problems } = lib.snapshot;
      return {
        discord: renderAbout(lib.summary(), { lang: 'en', loadedAt, loadedBy, atStartUp, problems }).content!,
        console: renderSummary(lib.summary(), { color: false, loadedAt, loadedBy, atStartUp, problems }),
      };
    };
    expect(about().discord).toMatch(/^Left out at start-up \(1 problem;[^]*Loaded at start-up <t:\d+:f>; not reloaded since\.$/m);
    expect(about().console).toMatch(/^Left out at start-up \(1 problem;[^]*Loaded at start-up, .*; not reloaded since\.$/m);
    expect((await lib.reload()).by).toBe(null);
    for (const text of Object.values(about())) {
      expect(text).not.toContain('start-up');
      expect(text).toMatch(/^Broken at the last reload \(1 problem;/m);
    }
    expect(about().discord).toMatch(/^Last reloaded <t:\d+:f>\.$/m);
    expect(about().console).toMatch(/^Last reloaded \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/m);
  });

  it('reports a renamed file as renamed, not as a write-up added and another removed', async () => {
    const lib = await Library.open(dir);
    await rename(join(dir, 'alpha.md'), join(dir, 'alpha-2024.md'));
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, added: [], removed: [], changed: [], renamed: [{ from: 'alpha', to: 'alpha-2024' }] });
    // A new write-up with new text is still added, and one deleted still removed.
    await writeFile(join(dir, 'gamma.md'), 'Drama dokumenter tentang eksplorasi luar angkasa diluncurkan.\n');
    await unlink(join(dir, 'alpha-2024.md'));
    expect(await lib.reload('mod')).toMatchObject({ added: ['gamma'], removed: ['alpha-2024'], renamed: [] });
  });

  it('a reload names the files it did not read, as check-corpus does (a write-up saved as .docx is not a document)', async () => {
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'undangan.docx'), 'PK');
    const report = await lib.reload('mod');
    expect(report.ok).toBe(true);
    expect(report.unread).toEqual(['undangan.docx']);
    expect(lib.snapshot.unread).toEqual(['undangan.docx']);
    // (Opened on it, the library holds them too, as check-corpus reports them: it does not walk the folder again.)
    expect((await Library.open(dir)).snapshot.unread).toEqual(['undangan.docx']);
    await unlink(join(dir, 'undangan.docx'));
    expect((await lib.reload('mod')).unread).toEqual([]);
    expect(lib.snapshot.unread).toEqual([]);
  });

  it('names no picture or other asset of a page among the files not read, so that a .docx is not lost behind them', async () => {
    // Photos beside the write-ups that show them (![](foto/…)), and the files Windows leaves in a folder, are no
    // write-up saved in the wrong format: listed first ("foto/…" sorts before "undangan.docx"), they filled the
    // reply, and the one file that mattered was left in "…and 60 more".
    const lib = await Library.open(dir);
    await mkdir(join(dir, 'foto'));
    for (let i = 0; i < 60; i++) await writeFile(join(dir, 'foto', `acara-${i}.${['jpg', 'JPEG', 'png', 'webp', 'svg', 'mp4'][i % 6]}`), 'x');
    await writeFile(join(dir, 'foto', 'Thumbs.db'), 'x');
    await writeFile(join(dir, 'desktop.ini'), 'x');
    await writeFile(join(dir, 'undangan.docx'), 'PK');
    expect((await lib.reload('mod')).unread).toEqual(['undangan.docx']);
    expect(lib.snapshot.unread).toEqual(['undangan.docx']);
  });

  // (Rule changed: a reload with any problem was rejected whole, every other edit held back with it.)
  it('a reload with problems applies every good edit, leaves out broken files never loaded, and lists every problem', async () => {
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'empty.md'), '---\ntitle: Nothing\n---\n\n');
    await writeFile(join(dir, 'dup.md'), '---\nid: alpha\n---\nSalinan.\n');
    await writeFile(join(dir, 'gamma.md'), 'Dokumen baru yang baik.\n');
    const report = await lib.reload('mod#2');
    expect(report).toMatchObject({ ok: true, added: ['gamma'], removed: [], changed: [], kept: [], leftOut: ['dup.md', 'empty.md'] });
    expect(report.problems.map((p) => p.file)).toEqual(['dup.md', 'empty.md']);
    expect(lib.counts).toEqual({ documents: 3, passages: 3 });
    expect(lib.ask('Quanzhou Jalur Sutra').results[0]?.docId).toBe('alpha');
    expect(lib.passage('gamma#1')).toBeDefined();
    expect(lib.snapshot.problems).toEqual(report.problems);
  });

  it('a broken file keeps answering as it was while the other edits go live; fixed, it goes live too', async () => {
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'gamma.md'), 'Dokumen baru tentang pameran batik.\n');
    await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\nthis line is not a pair\n---\nFestival kembang api.\n');
    await writeFile(join(dir, 'alpha.md'), '---\ntitle: Alpha\n---\nPelabuhan Quanzhou, diperbarui dengan kapal layar.\n');
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, added: ['gamma'], changed: ['alpha'], removed: [], renamed: [], kept: ['beta.md'], leftOut: [] });
    expect(report.problems).toEqual([{ file: 'beta.md', line: 3, reason: expect.stringContaining('front matter') }]);
    expect(lib.ask('Festival musim semi').results[0]?.docId).toBe('beta');
    expect(lib.ask('kembang api').answered).toBe(false);
    expect(lib.ask('kapal layar Quanzhou').results[0]?.docId).toBe('alpha');
    expect(lib.ask('pameran batik').results[0]?.docId).toBe('gamma');
    // Still broken at the next reload: still its previous version, not the version of the broken reload's time.
    await unlink(join(dir, 'gamma.md'));
    expect(await lib.reload('mod')).toMatchObject({ ok: true, removed: ['gamma'], kept: ['beta.md'] });
    await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\n---\nFestival kembang api.\n');
    expect(await lib.reload('mod')).toMatchObject({ ok: true, changed: ['beta'], kept: [], problems: [] });
    expect(lib.ask('kembang api').results[0]?.docId).toBe('beta');
  });

  it('keeps a broken file its id from front matter; a good file that takes that id meanwhile wins, and says so', async () => {
    await writeFile(join(dir, 'gamma.md'), '---\nid: acara-gamma\ntitle: Gamma\n---\nPameran batik di Solo.\n');
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'gamma.md'), '---\nid: acara-gamma\ntitle: Gamma\ndate: kemarin\n---\nPameran batik di Solo.\n');
    expect(await lib.reload('mod')).toMatchObject({ ok: true, kept: ['gamma.md'], removed: [] });
    expect(lib.ask('pameran batik Solo').results[0]?.docId).toBe('acara-gamma');
    await writeFile(join(dir, 'delta.md'), '---\nid: acara-gamma\ntitle: Delta\n---\nLomba layang-layang.\n');
    const taken = await lib.reload('mod');
    expect(taken).toMatchObject({ ok: true, kept: [], leftOut: ['gamma.md'], changed: ['acara-gamma'] });
    expect(taken.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/^bad date/), 'its previous version is not served either: its document id "acara-gamma" is now used by delta.md']);
    expect(lib.snapshot.documents.filter((d) => d.id === 'acara-gamma').map((d) => d.file)).toEqual(['delta.md']);
  });

  it('a file renamed and broken at once: left out, its old name removed, and the reports say the one is gone and the other broken', async () => {
    // Not matched to the write-up it may replace: nothing a broken file gives tells it apart from a new draft saved
    // beside a write-up deleted on purpose, which a match would serve again (see README, "Reliability").
    await writeFile(join(dir, 'gamma.md'), '---\ntitle: Gamma\n---\nPameran batik di Solo.\n');
    const lib = await Library.open(dir);
    await unlink(join(dir, 'beta.md'));
    await writeFile(join(dir, 'beta-2024.md'), '---\ntitle: Beta\ndate: 2024-13-01\n---\nFestival musim semi dirayakan setiap tahun.\n');
    // A good file's id changed in its front matter: its write-up is removed too, but its file is not gone.
    await writeFile(join(dir, 'gamma.md'), '---\nid: gamma-2\ntitle: Gamma\n---\nPameran batik di Solo, diperbarui.\n');
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, removed: ['beta', 'gamma'], added: ['gamma-2'], kept: [], leftOut: ['beta-2024.md'] });
    expect(report.goneWhileBroken).toEqual({ gone: ['beta.md'], broken: ['beta-2024.md'] });
    const plain = 'beta.md is gone and beta-2024.md is broken: if one was renamed to the other, its write-up is out until the broken file is fixed';
    expect(renderReload(report, 'en').content!.split('\n')).toContain(`${plain}.`);
    expect(lastGoodLines(report)).toContain(`  ${plain}`);
    // Fixed: served again under its new name, reported as a new write-up (its old one was removed before).
    await writeFile(join(dir, 'beta-2024.md'), '---\ntitle: Beta\ndate: 2024-12-01\n---\nFestival musim semi dirayakan setiap tahun.\n');
    expect(await lib.reload('mod')).toMatchObject({ ok: true, added: ['beta-2024'], problems: [], goneWhileBroken: null });
    // A deletion with no new broken file, or a new broken file with nothing gone: no such line.
    await unlink(join(dir, 'alpha.md'));
    expect(await lib.reload('mod')).toMatchObject({ removed: ['alpha'], goneWhileBroken: null });
    await writeFile(join(dir, 'draft.md'), '---\ntitle: Draft\n');
    expect(await lib.reload('mod')).toMatchObject({ leftOut: ['draft.md'], goneWhileBroken: null });
  });

  it('a file that now duplicates another id keeps its previous version', async () => {
    await writeFile(join(dir, 'gamma.md'), 'Pameran batik di Solo.\n');
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'gamma.md'), '---\nid: alpha\n---\nPameran batik di Solo, diperbarui.\n');
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, kept: ['gamma.md'], changed: [], problems: [{ file: 'gamma.md', reason: expect.stringMatching(/^duplicate document id "alpha"/) }] });
    expect(lib.snapshot.documents.map((d) => d.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('a file given a served id is the one in the wrong, even ahead of its holder in path order', async () => {
    await writeFile(join(dir, 'gamma.md'), '---\nid: gamma\n---\nPameran batik di Solo.\n');
    const lib = await Library.open(dir);
    // "aa.md" and "alpha.md" come before "beta.md", the file serving "beta": a copy made to start a new write-up
    // (meetup-10.md from meetup-7.md), its id left as it was, and an edit that gives a served file another's id.
    await writeFile(join(dir, 'aa.md'), '---\nid: beta\ntitle: Baru\n---\nLomba layang-layang di pantai.\n');
    await writeFile(join(dir, 'alpha.md'), '---\nid: beta\ntitle: Alpha\n---\nPelabuhan Quanzhou, diperbarui.\n');
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, kept: ['alpha.md'], leftOut: ['aa.md'], added: [], removed: [], changed: [] });
    expect(report.problems.map((p) => [p.file, p.reason.match(/^duplicate document id "beta": already used by beta\.md/) !== null])).toEqual([
      ['aa.md', true],
      ['alpha.md', true],
    ]);
    expect(lib.snapshot.documents.map((d) => `${d.id}@${d.file}`)).toEqual(['alpha@alpha.md', 'beta@beta.md', 'gamma@gamma.md']);
    expect(lib.ask('Festival musim semi').results[0]?.docId).toBe('beta');
  });

  // (Rule changed: with no good file left the reload was rejected, "Not applied either: removed alpha".)
  it('every file left broken, another deleted: the deletion goes live, each broken file as it was', async () => {
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'beta.md'), '---\ntitle: Beta\nthis line is not a pair\n---\nFestival.\n');
    await unlink(join(dir, 'alpha.md'));
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, added: [], changed: [], removed: ['alpha'], renamed: [], kept: ['beta.md'], leftOut: [] });
    expect(lib.snapshot.documents.map((d) => d.id)).toEqual(['beta']);
    expect(lib.ask('Festival musim semi').results[0]?.docId).toBe('beta');
  });

  it('the corpus folder gone, or emptied: rejected, every write-up served as before, none reported removed', async () => {
    const lib = await Library.open(dir);
    const away = `${dir}-away`;
    await rename(dir, away);
    try {
      const gone = await lib.reload('mod');
      expect(gone).toMatchObject({ ok: false, added: [], removed: [], changed: [], renamed: [], kept: [], leftOut: [] });
      expect(gone.problems).toEqual([{ file: expect.any(String), line: null, reason: 'the corpus path does not exist' }]);
      expect([lib.counts.documents, lib.ask('Jalur Sutra Maritim').results[0]?.docId]).toEqual([2, 'alpha']);
      // Made again, empty (a sync tool that clears the folder before it copies): the same.
      await mkdir(dir);
      const emptied = await lib.reload('mod');
      expect(emptied).toMatchObject({ ok: false, removed: [], problems: [{ reason: expect.stringMatching(/^no documents/) }] });
      expect(lib.counts.documents).toBe(2);
      // A new broken file in it, never served: still nothing to serve.
      await writeFile(join(dir, 'draft.md'), '---\ntitle: Draft\n');
      expect(await lib.reload('mod')).toMatchObject({ ok: false, removed: [], leftOut: [] });
      expect(lib.counts.documents).toBe(2);
    } finally {
      await rm(away, { recursive: true, force: true });
    }
  });

  it('a corpus emptied of documents is rejected, not swapped in', async () => {
    const lib = await Library.open(dir);
    await unlink(join(dir, 'alpha.md'));
    await unlink(join(dir, 'beta.md'));
    const report = await lib.reload();
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(lib.counts.documents).toBe(2);
  });

  it('never runs two builds at once; calls made while one waits share it', async () => {
    const lib = await Library.open(dir);
    const first = lib.reload('a');
    const second = lib.reload('b');
    const third = lib.reload('c');
    expect(lib.reloading).toBe(true);
    expect(third).toBe(second);
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1.by).toBe('a');
    expect(r2.by).toBe('b');
    // The third caller is named in the report it shares.
    expect(r1.joinedBy).toEqual([]);
    expect(r2.joinedBy).toEqual(['c']);
    // The second started after the first had finished.
    expect(r2.at.getTime()).toBeGreaterThanOrEqual(r1.at.getTime());
    expect(lib.reloading).toBe(false);
  });

  it('answers from the old index while a reload is under way', async () => {
    const lib = await Library.open(dir);
    await writeFile(join(dir, 'alpha.md'), '---\ntitle: Alpha\n---\nTeks yang sama sekali berbeda.\n');
    const reload = lib.reload();
    // The reload is running (file reads are asynchronous); the old corpus still answers.
    expect(lib.ask('Quanzhou Jalur Sutra').results[0]?.docId).toBe('alpha');
    await reload;
    expect(lib.ask('Quanzhou Jalur Sutra').answered).toBe(false);
  });

  it('keeps answering from the old index while a big rebuild runs', async () => {
    const lib = await Library.open(dir);
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `gen-${i}`, text: `Catatan nomor ${i} tentang pelabuhan dan festival musim semi ke-${i}.` }));
    await writeFile(join(dir, 'bulk.jsonl'), lines.join('\n') + '\n');
    let done = false;
    const answeredDuring: string[] = [];
    const reload = lib.reload().then((r) => {
      done = true;
      return r;
    });
    while (!done) {
      answeredDuring.push(lib.ask('Quanzhou Jalur Sutra').results[0]?.docId ?? 'none');
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const report = await reload;
    expect(report.ok).toBe(true);
    expect(report.after.documents).toBe(3002);
    expect(new Set(answeredDuring)).toEqual(new Set(['alpha']));
  });
});

describe('SearchIndex.build', () => {
  it('yields to the event loop between chunks, so a live bot keeps answering while it indexes', async () => {
    const passages = Array.from({ length: 1000 }, (_, i) => ({
      id: `d#${i + 1}`, docId: 'd', title: 'D', paragraph: i + 1, part: 1, parts: 1, text: `Kalimat nomor ${i} tentang pelabuhan.`,
      start: 0, end: 0, date: null, source: null, url: null, lang: 'id',
    }));
    let turns = 0;
    let done = false;
    const build = SearchIndex.build(passages, { lexicon: null }, 100).then((index) => {
      done = true;
      return index;
    });
    while (!done) {
      turns++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // 1,000 passages in chunks of 100: at least nine yields between chunks.
    expect(turns).toBeGreaterThanOrEqual(9);
    const index = await build;
    expect(index.size).toBe(1000);
    expect(index.search('nomor 512 pelabuhan', 1).hits[0]?.passage.id).toBe('d#513');
  });

  it('also yields once a chunk has taken its time, however few passages it has indexed', async () => {
    const passages = Array.from({ length: 60 }, (_, i) => ({
      id: `d#${i + 1}`, docId: 'd', title: 'D', paragraph: i + 1, part: 1, parts: 1, text: `Kalimat nomor ${i} tentang pelabuhan.`,
      start: 0, end: 0, date: null, source: null, url: null, lang: 'id',
    }));
    // A clock on which every reading is 10 ms after the one before: slow passages, as on a first build.
    let now = 0;
    const clock = () => (now += 10);
    let turns = 0;
    let done = false;
    // Chunks of 1,000: by their count alone, the 60 passages would be indexed in one go.
    const build = SearchIndex.build(passages, { lexicon: null }, 1000, clock).then((index) => {
      done = true;
      return index;
    });
    while (!done) {
      turns++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(turns).toBeGreaterThanOrEqual(20);
    const index = await build;
    expect(index.size).toBe(60);
    expect(index.search('nomor 42 pelabuhan', 1).hits[0]?.passage.id).toBe('d#43');
  });
});

describe('diffDocuments', () => {
  const d = (id: string, body: string): CorpusDocument => ({
    id, title: id, body, excludedRanges: [], date: null, source: null, url: null, lang: null, file: `${id}.md`, line: null,
  });
  it('tells added, removed and changed documents apart', () => {
    expect(diffDocuments([d('a', 'x'), d('b', 'y'), d('c', 'z')], [d('b', 'y'), d('c', 'z2'), d('e', 'w')])).toEqual({
      added: ['e'],
      removed: ['a'],
      changed: ['c'],
      renamed: [],
    });
  });

  it('counts a document changed for any change to its title, text, date, source, address or language, not its file', () => {
    const before = d('a', 'Rapat dibuka.');
    const edits: Array<Partial<CorpusDocument>> = [{ title: 'Rapat' }, { body: 'Rapat dibuka!' }, { date: '2024-05-01' }, { source: 'Forum' }, { url: 'https://forum.example/t/1' }, { lang: 'id' }];
    for (const edit of edits) expect(diffDocuments([before], [{ ...before, ...edit }]).changed).toEqual(['a']);
    // Read again from its file (a new body string, the same text), moved to another line or file: unchanged.
    const again = { ...before, body: ['Rapat', 'dibuka.'].join(' '), file: 'arsip/a.md', line: 3 };
    expect(diffDocuments([before], [again])).toEqual({ added: [], removed: [], changed: [], renamed: [] });
  });

  it('counts a write-up changed when it is now read as Markdown: a notes.txt renamed notes.md keeps its id and text', async () => {
    // Its passages are now cut and shown as Markdown (code kept as written, headings, links), so a reload that said
    // "changed: none" hid from the moderator that every answer from it reads differently.
    const text = 'Rapat dibuka pukul 19.00 dan dihadiri dua belas orang.\n\nKode `npm test` dijalankan bersama.\n';
    await writeFile(join(dir, 'notes.txt'), text);
    const lib = await Library.open(dir);
    await rename(join(dir, 'notes.txt'), join(dir, 'notes.md'));
    const report = await lib.reload('mod');
    expect(report).toMatchObject({ ok: true, added: [], removed: [], renamed: [] });
    expect(report.changed).toEqual(['notes']);
  });

  it('finds a renamed write-up by the rule that finds a copy: its own address or title makes another posting', () => {
    const posting = (id: string, url: string | null, title = id): CorpusDocument => ({ ...d(id, 'Foto menyusul.'), date: '2024-05-01', url, title });
    // Spacing aside, as for copies; a title made from the file name changes with it.
    expect(diffDocuments([d('meetup-7', 'Rapat\ndibuka.')], [d('meetup-07', 'Rapat dibuka. ')]).renamed).toEqual([{ from: 'meetup-7', to: 'meetup-07' }]);
    // One thread's posting deleted and another thread's added: two postings, not one renamed.
    expect(diffDocuments([posting('a', 'https://forum.example/t/1')], [posting('b', 'https://forum.example/t/2')])).toEqual({
      added: ['b'],
      removed: ['a'],
      changed: [],
      renamed: [],
    });
    // A title shared with another write-up is named apart by the id ("Rapat Bulanan (a)"), which a rename changes.
    const before = [posting('a', null, 'Rapat Bulanan (a)'), posting('z', null, 'Rapat Bulanan (z)')].map((x, i) => ({ ...x, body: `Notulen ${i}.` }));
    const after = [{ ...before[0]!, id: 'a-2024', title: 'Rapat Bulanan (a-2024)' }, before[1]!];
    expect(diffDocuments(before, after).renamed).toEqual([{ from: 'a', to: 'a-2024' }]);
    expect(diffDocuments(before, [{ ...after[0]!, title: 'Rapat Tahunan (a-2024)' }, before[1]!]).renamed).toEqual([]);
  });
});
