// The local console (`npm start` without DISCORD_TOKEN): driven through in-memory streams, and once through
// the real entry point with stdin/stdout, typing commands as a person would.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../src/cli/console.ts';
import { Library, type ReloadReport } from '../src/engine/library.ts';
import { WATCH_RELOADER } from '../src/watch.ts';
import { childEnv, fixtures, runNode, startNode } from './cli-helpers.ts';
import { shippedCorpus } from './shipped-corpus.ts';

/** A console session on in-memory streams; `type` sends a line, `until` waits for output to contain a text. */
function session(library: Library) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8').on('data', (d: string) => (text += d));
  const done = runConsole({ library, input, output });
  return {
    done,
    get output() {
      return text;
    },
    type(line: string) {
      input.write(line + '\n');
    },
    end() {
      input.end();
    },
    async until(needle: string, from = 0): Promise<string> {
      for (let i = 0; i < 400; i++) {
        const at = text.indexOf(needle, from);
        if (at >= 0) return text.slice(from);
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no "${needle}" in the console output:\n${text.slice(from)}`);
    },
  };
}

describe('runConsole on the shipped corpus', () => {
  let library: Library;
  beforeAll(async () => {
    library = await Library.open(shippedCorpus());
  });

  it('answers /ask and bare questions with the passage and its citation, and knows its commands', async () => {
    const expected = library.ask('what is China Up Close', { top: 3 });
    expect(expected.answered).toBe(true);
    const best = expected.results[0]!;

    const s = session(library);
    s.type('/ask what is China Up Close');
    s.type('/about');
    s.type('/help');
    s.type('/bogus');
    s.type('/abut');
    s.type('/ask');
    s.type('asdfghjkl');
    s.type('/more');
    s.type('Which agency organised the forum?');
    s.type('/quit');
    s.type('/ask this line comes after quit');
    await s.done;
    const out = s.output;
    const lines = out.split('\n');

    // One line says what this is and why.
    expect(lines[0]).toMatch(/local console/);
    expect(lines[0]).toContain('no DISCORD_TOKEN');
    // /ask: the passage that holds the answer, whole, and its citation.
    expect(out).toContain(`1. ${best.text}`);
    expect(out).toContain(best.citation);
    expect(best.text).toContain('China Up Close');
    // /about: every document of the corpus, with its passage count.
    const { documents } = library.summary();
    for (const d of documents) expect(out).toContain(`- ${d.title}`);
    expect(out).toMatch(/The corpus holds 1 document \(\d+ passages\):\n[^]*\nLoaded at start-up, \d{4}-\d\d-\d\d \d\d:\d\d UTC; not reloaded since\./);
    // /help, unknown commands, an empty /ask.
    expect(out).toContain('/reload');
    expect(out).toContain('Unknown command /bogus.');
    expect(out).toContain('Unknown command /abut. Did you mean /about?');
    // The example in /help and in the empty /ask's hint is one this corpus answers (see example.test.ts).
    const example = (await library.example())!;
    expect(out).toContain(`for example:\n  /ask ${example.en}\n  ${example.id}      (a bare question works too)`);
    expect(out).toContain(`Type the question after /ask, for example: /ask ${example.en}`);
    // Nonsense: an honest message and what the corpus covers.
    expect(out).toContain('No confident answer to "asdfghjkl" in the corpus.');
    expect(out).toContain(`The corpus covers 1 document: ${documents[0]!.title}`);
    // A bare question is a question.
    expect(out).toContain(library.ask('Which agency organised the forum?', { top: 3 }).results[0]!.text);
    // Nothing after /quit is read.
    expect(out).not.toContain('comes after quit');
    expect(lines.at(-2)).toBe('Bye.');
  });

  it('/more pages through the results of the last question', async () => {
    const all = library.ask('Global South', { top: 6 });
    expect(all.results.length).toBeGreaterThan(3);
    const s = session(library);
    s.type('Global South');
    s.type('/more');
    s.end();
    await s.done;
    expect(s.output).toContain(`4. ${all.results[3]!.snippet.slice(0, 20)}`);
  });

  it('/more after a question with nothing to show says so instead of repeating the reply', async () => {
    const s = session(library);
    s.type('asdfghjkl');
    s.type('/more');
    s.end();
    await s.done;
    expect(s.output.match(/No confident answer/g)).toHaveLength(1);
    expect(s.output).toContain('No more results.');
  });

  it('ends at end of input, like Ctrl-D', async () => {
    const s = session(library);
    s.type('what is China Up Close');
    s.end();
    await s.done;
    expect(s.output).toContain('China Up Close');
    expect(s.output.trimEnd().endsWith('Bye.')).toBe(true);
  });
});

describe('/about in the console, a page at a time', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('/about [page] shows a page of the list, /more the next; /more after a question goes back to its results', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tanya-console-about-'));
    const lines = Array.from({ length: 45 }, (_, i) => JSON.stringify({ id: `w${i + 1}`, title: `Write-up ${String(i + 1).padStart(2, '0')}`, text: `Gathering ${i + 1} of the kite club at the beach.`, date: `2020-01-${String(i % 28 + 1).padStart(2, '0')}` }));
    await writeFile(path.join(dir, 'bulk.jsonl'), lines.join('\n') + '\n');
    const library = await Library.open(dir);
    const titles = library.summary().documents.map((d) => d.title);
    const listed = (text: string) => titles.filter((t) => text.includes(`- ${t} (`));
    const s = session(library);

    s.type('/about');
    const first = await s.until('Page 1 of 3');
    expect(first).toContain('The corpus holds 45 documents (45 passages):');
    expect(first).toContain('Page 1 of 3 (documents 1–20); /more shows the next, /about <page> any page.');
    expect(listed(first)).toEqual(titles.slice(0, 20));

    let mark = s.output.length;
    s.type('/more');
    const second = await s.until('Page 2 of 3', mark);
    expect(listed(second)).toEqual(titles.slice(20, 40));

    mark = s.output.length;
    s.type('/about 3');
    const third = await s.until('Page 3 of 3', mark);
    expect(listed(third)).toEqual(titles.slice(40));
    expect(third).toContain('Page 3 of 3 (documents 41–45); /about <page> shows any page.');

    mark = s.output.length;
    s.type('/more');
    expect(await s.until('No more documents', mark)).not.toContain('The corpus holds');

    mark = s.output.length;
    s.type('/about 99'); // past the last page: the last
    expect(await s.until('Page 3 of 3', mark)).toContain('Page 3 of 3');
    mark = s.output.length;
    s.type('/about two');
    expect(await s.until('Type a page number after /about, for example: /about 2.', mark)).not.toContain('The corpus holds');

    // A question, then /more: its next results, not a page of the list.
    mark = s.output.length;
    s.type('kite club gathering at the beach');
    await s.until('1. ', mark);
    mark = s.output.length;
    s.type('/more');
    const more = await s.until('4. ', mark);
    expect(more).not.toContain('The corpus holds');
    s.type('/quit');
    await s.done;
  });

  it('/about with a page past the only one says there is only one page, instead of showing it again', async () => {
    // "/about 2" of a corpus whose list fits one page reprinted page 1, as if it were page 2.
    const library = await Library.open(path.join(fixtures, 'corpus'));
    const s = session(library);
    s.type('/about 2');
    const out = await s.until('only one page');
    expect(out).toContain('The list of documents has only one page: /about shows it.');
    expect(out).not.toContain('The corpus holds');
    let mark = s.output.length;
    s.type('/about 1');
    expect(await s.until('The corpus holds', mark)).not.toContain('only one page');
    mark = s.output.length;
    s.type('/about');
    expect(await s.until('The corpus holds', mark)).not.toContain('only one page');
    s.type('/quit');
    await s.done;
  });

  it('/about after a reload by the corpus watcher (WATCH_CORPUS=1) says a file changed, not "by watch"', async () => {
    // The watcher's internal name read as a person's: the Discord /about had stopped saying it, the console had not.
    const library = await Library.open(path.join(fixtures, 'corpus'));
    await library.reload(WATCH_RELOADER);
    const s = session(library);
    s.type('/about');
    const out = await s.until('Last reloaded');
    expect(out).toMatch(/Last reloaded \d{4}-\d\d-\d\d \d\d:\d\d UTC, when a file of the corpus changed\./);
    expect(out).not.toContain('by watch');
    s.type('/quit');
    await s.done;
  });

  it('/reload typed at the console, then /about: says it was this console, not "by console"', async () => {
    // The reloader's name is the console's own: read back to the person who typed /reload, "by console" named a
    // stranger.
    const library = await Library.open(path.join(fixtures, 'corpus'));
    const s = session(library);
    s.type('/reload');
    const report = await s.until('Reloaded in');
    expect(report).not.toContain('(by console)');
    const mark = s.output.length;
    s.type('/about');
    const out = await s.until('Last reloaded', mark);
    expect(out).toMatch(/Last reloaded \d{4}-\d\d-\d\d \d\d:\d\d UTC, with \/reload at this console\./);
    expect(out).not.toContain('by console');
    s.type('/quit');
    await s.done;
  });

  it('/help gives an example from the corpus at hand', async () => {
    const library = await Library.open(path.join(fixtures, 'corpus'));
    const example = (await library.example())!;
    expect(example.name).not.toBe('China Up Close');
    expect(library.ask(example.en).answered).toBe(true);
    const s = session(library);
    s.type('/help');
    s.type('/ask');
    s.end();
    await s.done;
    expect(s.output).toContain(`  /ask ${example.en}\n`);
    expect(s.output).toContain(`Type the question after /ask, for example: /ask ${example.en}`);
    expect(s.output).not.toContain('China Up Close');
  });
});

describe('/reload in the console', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('reports what changed, and when a file breaks, every problem while the other edits go live', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tanya-console-'));
    await cp(path.join(fixtures, 'corpus'), dir, { recursive: true });
    const library = await Library.open(dir);
    const before = library.counts;
    const s = session(library);

    // A document added, one changed.
    await writeFile(
      path.join(dir, 'perahu.md'),
      '---\nid: lomba-perahu\ntitle: Lomba Perahu Naga\n---\nLomba perahu naga di Danau Toba dimenangkan oleh tim dari Balige.\n',
    );
    const lantern = await readFile(path.join(fixtures, 'corpus', 'lantern-parade.md'), 'utf8');
    await writeFile(path.join(dir, 'lantern-parade.md'), lantern + '\nThe mayor thanked every volunteer.\n');
    s.type('/reload');
    const first = await s.until('changed:');
    expect(first).toContain(`documents ${before.documents} → ${before.documents + 1}`);
    expect(first).toContain('added: lomba-perahu');
    expect(first).toContain('changed: lantern-parade');
    expect(first).toContain('removed: none');

    // The new document answers.
    let mark = s.output.length;
    s.type('Siapa pemenang lomba perahu naga?');
    expect(await s.until('Balige', mark)).toContain('Lomba Perahu Naga');

    // (Rule changed: a broken file rejected the whole reload.) A broken file is left out, named with its line, and
    // the other edit of the same reload goes live.
    await writeFile(path.join(dir, 'bulk.jsonl'), '{"id":"ok","text":"Fine."}\n{"id": broken\n');
    await writeFile(path.join(dir, 'layang.md'), '---\nid: layang\ntitle: Festival Layang-layang\n---\nFestival layang-layang di Pantai Parangtritis dimenangkan oleh Wayan.\n');
    mark = s.output.length;
    s.type('/reload');
    const partly = await s.until('with 1 problem to fix', mark);
    await s.until('bulk.jsonl:2', mark);
    expect(s.output.slice(mark)).toMatch(/left out \(not loaded before either\): bulk\.jsonl/);
    expect(partly).toContain(`documents ${before.documents + 1} → ${before.documents + 2}`);
    mark = s.output.length;
    s.type('Siapa pemenang festival layang-layang?');
    await s.until('Wayan', mark);

    // …and the previous index still answers, new document included.
    mark = s.output.length;
    s.type('Siapa pemenang lomba sangrai kopi?');
    expect(await s.until('Siti Rahmawati', mark)).toContain('Festival Kopi Nusantara');
    mark = s.output.length;
    s.type('Siapa pemenang lomba perahu naga?');
    await s.until('Balige', mark);

    s.type('/quit');
    await s.done;
  });
});

describe('a reload report on a terminal', () => {
  it('clears every row of a half-typed line that wraps, not only its last, before printing the report above it', async () => {
    // A question longer than the terminal is wide takes two rows; clearing only the cursor's row left the first,
    // "tanya> xxxx…", above the report, which then read as part of it.
    let finish!: (report: ReloadReport) => void;
    const counts = { documents: 1, passages: 1 };
    const library = { counts, reload: () => new Promise<ReloadReport>((resolve) => (finish = resolve)) } as unknown as Library;
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 40 });
    let text = '';
    output.setEncoding('utf8').on('data', (d: string) => (text += d));
    const done = runConsole({ library, input, output, terminal: true });
    input.write('/reload\r');
    for (let i = 0; i < 200 && !text.includes('Reloading'); i++) await new Promise((r) => setTimeout(r, 5));
    input.write('x'.repeat(50)); // "tanya> " and 50 letters: 57 characters, two rows of 40
    for (let i = 0; i < 200 && !text.endsWith('x'.repeat(10)); i++) await new Promise((r) => setTimeout(r, 5));
    const mark = text.length;
    finish({ ok: true, before: counts, after: counts, added: ['b'], removed: [], changed: [], renamed: [], problems: [], kept: [], leftOut: [], goneWhileBroken: null, unread: [], ms: 5, at: new Date(), by: 'console', joinedBy: [] });
    for (let i = 0; i < 200 && !text.includes('changed:', mark); i++) await new Promise((r) => setTimeout(r, 5));
    const before = text.slice(mark, text.indexOf('Reloaded', mark));
    // Up one row (to the prompt's), to its first column, everything below cleared: then the report.
    expect(before).toBe('\u001b[1A\u001b[1G\u001b[0J');
    // And the prompt drawn again under it, with what was being typed.
    expect(text.slice(mark)).toContain(`tanya> ${'x'.repeat(50)}`);
    input.end();
    await done;
  });
});

describe('a question pasted over several lines on a terminal', () => {
  /** A terminal session: bracketed paste wraps what is pasted in ESC [200~ … ESC [201~, as terminals send it. */
  async function terminal() {
    const library = await Library.open(shippedCorpus());
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
    let text = '';
    output.setEncoding('utf8').on('data', (d: string) => (text += d));
    const done = runConsole({ library, input, output, terminal: true });
    const until = async (needle: string, from = 0) => {
      for (let i = 0; i < 400 && !text.includes(needle, from); i++) await new Promise((r) => setTimeout(r, 10));
      return text.slice(from);
    };
    return { library, input, done, until, get text() { return text; } };
  }

  it('is one question, put on the prompt to edit and send, not one question a line', async () => {
    // A question copied from a chat comes wrapped: each line was asked alone ("No confident answer to \"siapa
    // yang\""), then the rest as a second question.
    const t = await terminal();
    // Bracketed paste is turned on, so that the terminal marks a paste.
    expect(await t.until('\u001b[?2004h')).toContain('\u001b[?2004h');
    t.input.write('\u001b[200~siapa yang meluncurkan\r\nprogram China Up Close?\u001b[201~');
    // Nothing is asked until Enter: the pasted lines wait on the prompt as one.
    await new Promise((r) => setTimeout(r, 100));
    expect(t.text).not.toContain('No confident answer');
    expect(t.text).not.toContain('1. ');
    const mark = t.text.length;
    t.input.write('\r');
    const expected = t.library.ask('siapa yang meluncurkan program China Up Close?', { top: 3 });
    expect(expected.answered).toBe(true);
    const out = await t.until(expected.results[0]!.citation, mark);
    expect(out).toContain(`1. ${expected.results[0]!.text.slice(0, 60)}`);
    expect(t.text).not.toContain('No confident answer');
    t.input.write('/quit\r');
    await t.done;
    // Left as it was found: bracketed paste off again.
    expect(t.text.endsWith('\u001b[?2004l') || t.text.includes('\u001b[?2004l')).toBe(true);
  });

  it('a pasted line ending in a line break waits on the prompt too, and typed lines are asked one by one', async () => {
    const t = await terminal();
    await t.until('tanya> ');
    t.input.write('\u001b[200~what is China\r\nUp Close\r\n\u001b[201~');
    await new Promise((r) => setTimeout(r, 100));
    expect(t.text).not.toContain('1. ');
    let mark = t.text.length;
    t.input.write('\r');
    const expected = t.library.ask('what is China Up Close', { top: 3 });
    await t.until(expected.results[0]!.citation, mark);
    mark = t.text.length;
    t.input.write('/about\r');
    expect(await t.until('The corpus holds', mark)).toContain('The corpus holds');
    t.input.write('/quit\r');
    await t.done;
  });
});

describe('npm start without DISCORD_TOKEN (the real entry point, on stdin/stdout)', () => {
  it('opens the console, answers /ask, shows /about, and quits with exit code 0', async () => {
    const library = await Library.open(shippedCorpus());
    const best = library.ask('what is China Up Close', { top: 3 }).results[0]!;
    const res = await runNode('src/main.ts', [], { input: '/ask what is China Up Close\n/about\n/quit\n' });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toContain('no DISCORD_TOKEN');
    expect(res.stdout).toContain(best.text);
    expect(res.stdout).toContain(best.citation);
    expect(res.stdout).toContain(`- ${library.summary().documents[0]!.title}`);
    expect(res.stdout).toContain('Bye.');
    // Not a TTY: no prompt noise and no colour codes.
    expect(res.stdout).not.toContain('tanya> ');
    expect(res.stdout).not.toContain('\u001b[');
  });

  it('answers a question typed during a /reload from the index it has, and prints the reload\'s report after', async () => {
    // On Discord the old index answers while a reload runs; the console made a question typed after /reload wait
    // for it. The two lines arrive together, so the question is read while the reload is still reading the folder.
    const dir = await mkdtemp(path.join(tmpdir(), 'tanya-console-reloading-'));
    try {
      await cp(path.join(fixtures, 'corpus'), dir, { recursive: true });
      const tanya = startNode(childEnv({ CORPUS_DIR: dir }));
      await tanya.until('stdout', 'Type a question, or /help.');
      // Added once the console is up: the reload reads it, the index being served does not hold it.
      await writeFile(path.join(dir, 'perahu.md'), '---\nid: lomba-perahu\ntitle: Lomba Perahu Naga\n---\nLomba perahu naga dimenangkan oleh tim dari Balige.\n');
      tanya.child.stdin.end('/reload\nSiapa pemenang lomba sangrai kopi?\nSiapa pemenang lomba perahu naga?\n/quit\n');
      expect(await tanya.exited).toBe(0);
      expect(tanya.stderr()).toBe('');
      const out = tanya.stdout();
      const reloading = out.indexOf('Reloading the corpus…');
      const kopi = out.indexOf('Siti Rahmawati');
      const perahu = out.indexOf('No confident answer to "Siapa pemenang lomba perahu naga?"');
      const report = out.indexOf('added: lomba-perahu');
      // Both questions answered after the reload started and before its report, from the index loaded at start-up:
      // the boat race is not in it yet.
      expect(reloading).toBeGreaterThanOrEqual(0);
      expect(kopi).toBeGreaterThan(reloading);
      expect(perahu).toBeGreaterThan(kopi);
      expect(report).toBeGreaterThan(perahu);
      // The report still prints whole, before the console says goodbye, though /quit came before it was done.
      expect(out.indexOf('Bye.')).toBeGreaterThan(report);
      expect(out).not.toContain('Balige');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('starts on a corpus with problems, from what loaded: every problem listed on stderr and under /about', async () => {
    const corpus = path.join(fixtures, 'broken.jsonl');
    const res = await runNode('src/main.ts', [], { input: 'gardens\n/about\n/quit\n', env: childEnv({ CORPUS_DIR: corpus }) });
    expect(res.code).toBe(0);
    expect(res.stderr).toContain(`tanya: the corpus at ${corpus} has 2 problems; answering from the 1 document that loaded, without what they name. Fix them, then /reload:`);
    expect(res.stderr).toMatch(/^- broken\.jsonl:2: not valid JSON/m);
    expect(res.stderr).toMatch(/^- broken\.jsonl:3: missing "text"/m);
    expect(res.stdout).toContain('A perfectly fine document about gardens.');
    expect(res.stdout).toMatch(/Left out at start-up \(2 problems; fix, then \/reload\):\n- broken\.jsonl:2: not valid JSON[^\n]*\n- broken\.jsonl:3: missing "text"/);
  });

  it('starts on a corpus with many problems listing the first 20 on stderr, how many more, and check-corpus', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tanya-many-problems-'));
    try {
      for (let i = 1; i <= 23; i++) await writeFile(path.join(dir, `bad-${String(i).padStart(2, '0')}.jsonl`), '{not json\n');
      await writeFile(path.join(dir, 'fine.md'), '# Kites\n\nThe kite festival was held on the beach.\n');
      const res = await runNode('src/main.ts', [], { input: '/quit\n', env: childEnv({ CORPUS_DIR: dir }) });
      expect(res.code).toBe(0);
      expect(res.stderr).toContain(`the corpus at ${dir} has 23 problems; answering from the 1 document that loaded`);
      expect(res.stderr.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(20);
      // CORPUS_DIR is what check-corpus reads by itself: the command needs no path.
      expect(res.stderr).toContain('… and 3 more problems: run `npm run check-corpus` to list them all');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads CORPUS_DIR from the working directory even when npm was started elsewhere (INIT_CWD)', async () => {
    const res = await runNode('src/main.ts', [], { input: '/quit\n', env: childEnv({ CORPUS_DIR: 'test/fixtures/cli/corpus', INIT_CWD: '/tmp' }) });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/^tanya local console/);
  });

  it('refuses to start when no document loads: every problem listed, exit code 1', async () => {
    const res = await runNode('src/main.ts', [], { input: '/quit\n', env: childEnv({ CORPUS_DIR: path.join(fixtures, 'nothing-here') }) });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/cannot load the corpus at .*nothing-here: 1 problem\n- test\/fixtures\/cli\/nothing-here: the corpus path does not exist/);
    // The path came from CORPUS_DIR, which a moderator may not remember setting (or mistyped in .env): say so, and
    // what to do, rather than a path alone.
    expect(res.stderr).toContain(
      "tanya: that path is CORPUS_DIR's (a path in .env is relative to the .env file's folder): point it at the folder of your write-ups, or leave it empty to answer from the repository's corpus/ folder",
    );
  });

  it('refusing a corpus of Word files only, names them as not read, as check-corpus does', async () => {
    // "no documents" alone, to a moderator who had just put their write-ups there as .docx, read as a bug.
    const dir = await mkdtemp(path.join(tmpdir(), 'tanya-docx-'));
    try {
      await writeFile(path.join(dir, 'rapat-mei.docx'), 'PK');
      await writeFile(path.join(dir, 'lomba.pdf'), '%PDF');
      const res = await runNode('src/main.ts', [], { input: '/quit\n', env: childEnv({ CORPUS_DIR: dir }) });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('no documents');
      expect(res.stderr).toContain('tanya: 2 files not read (only .md, .markdown, .txt and .jsonl files are documents): lomba.pdf, rapat-mei.docx');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a broken file in the corpus CORPUS_DIR names is not blamed on CORPUS_DIR', async () => {
    // The path is right and a file in it is broken (`npm run ask` refuses any problem): "point it at the folder of
    // your write-ups" sent the moderator to a setting that was fine.
    const res = await runNode('src/cli/ask.ts', ['q'], { env: childEnv({ CORPUS_DIR: path.join(fixtures, 'broken.jsonl') }) });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^- broken\.jsonl:2: not valid JSON/m);
    expect(res.stderr).not.toContain("CORPUS_DIR's");
  });

  it('a corpus given on the command line is not blamed on CORPUS_DIR', async () => {
    const res = await runNode('src/cli/ask.ts', ['--corpus', path.join(fixtures, 'nothing-here'), 'q'], { env: childEnv({ CORPUS_DIR: 'corpus' }) });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('the corpus path does not exist');
    expect(res.stderr).not.toContain('CORPUS_DIR');
  });
});
