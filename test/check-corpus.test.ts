import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, repoRoot, runNode } from './cli-helpers.ts';
import { shippedCorpus } from './shipped-corpus.ts';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('npm run check-corpus', () => {
  it('reports what a good corpus holds and exits 0', async () => {
    const run = await runNode('scripts/check-corpus.ts', []);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 document, 10 passages, no problems/);
  });

  it('lists every problem of a broken corpus with file and line, and exits 1', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['test/fixtures/corpus/broken']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/12 problems/);
    expect(run.stderr).toContain('bulk.jsonl:2: not valid JSON');
    expect(run.stderr).toContain('latin1.txt:2: invalid UTF-8');
    expect(run.stderr).toContain('duplicate document id');
  });

  it('resolves a PATH where it was typed (npm runs scripts from the package folder and says where in INIT_CWD)', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['broken'], { env: childEnv({ INIT_CWD: path.join(repoRoot, 'test/fixtures/corpus') }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot load the corpus at ${path.join(repoRoot, 'test/fixtures/corpus/broken')}: 12 problems`);
  });

  it('--help says how to use it instead of taking it for a path', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Usage: npm run check-corpus \[-- PATH \.\.\.\]/);
  });

  it('checks every PATH given, reports each, and exits 1 when any of them is broken, whatever the order', async () => {
    for (const order of [['small', 'broken'], ['broken', 'small']]) {
      const run = await runNode('scripts/check-corpus.ts', order.map((p) => `test/fixtures/corpus/${p}`));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/small: 2 documents, \d+ passages, no problems\./);
      expect(run.stderr).toContain(`cannot load the corpus at ${path.join(repoRoot, 'test/fixtures/corpus/broken')}: 12 problems`);
    }
    const good = await runNode('scripts/check-corpus.ts', ['test/fixtures/corpus/small', shippedCorpus()]);
    expect([good.code, good.stderr]).toEqual([0, '']);
    expect(good.stdout.trim().split('\n')).toHaveLength(2);
  });

  it.each([[['--json']], [['--corpus', 'corpus']], [['corpus', '--verbose']]])('refuses the unknown flag in %j: usage error, exit 2', async (args) => {
    const run = await runNode('scripts/check-corpus.ts', args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^check-corpus: Unknown option '--\w+'/);
    expect(run.stderr).toContain('Usage: npm run check-corpus');
  });

  it('refuses an empty PATH among others rather than check the default corpus in its place; alone it is no PATH', async () => {
    const run = await runNode('scripts/check-corpus.ts', ['test/fixtures/corpus/small', '']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toMatch(/^check-corpus: an empty PATH was given/);
    // Alone, it is no PATH (a script's unset variable): the default corpus, as before.
    const alone = await runNode('scripts/check-corpus.ts', ['']);
    expect([alone.code, alone.stdout]).toEqual([0, expect.stringMatching(/corpus: 1 document, 10 passages, no problems\.\n$/)]);
  });

  it('says "1 passage", not "1 passages"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'one.jsonl'), '{"id":"one","text":"Satu paragraf saja."}\n');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': 1 document, 1 passage, no problems.');
  });

  it('names the files it does not read (a Word file, a PDF, a backup), which "no problems" alone would hide', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'rapat.md'), 'Rapat pengurus membahas iuran.\n');
    writeFileSync(path.join(dir, 'undangan.docx'), 'PK\u0003\u0004');
    writeFileSync(path.join(dir, 'poster.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'rapat.md.bak'), 'old');
    // Skipped on purpose, as the README says: never listed.
    writeFileSync(path.join(dir, 'README.md'), 'About this folder.\n');
    writeFileSync(path.join(dir, '_draft.docx'), 'x');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(': 1 document, 1 passage, no problems.');
    expect(run.stdout).toMatch(/3 files not read \(only \.md, \.markdown, \.txt and \.jsonl files are documents\): poster\.pdf, rapat\.md\.bak, undangan\.docx/);
    expect(run.stdout).not.toContain('README');
    expect(run.stdout).not.toContain('_draft');
  });

  it('names the files it does not read beside a broken corpus\'s problems too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'bulk.jsonl'), '{"id": "a", "text": \n');
    writeFileSync(path.join(dir, 'undangan.docx'), 'PK\u0003\u0004');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bulk.jsonl:1: not valid JSON');
    expect(run.stderr).toContain('1 file not read (only .md, .markdown, .txt and .jsonl files are documents): undangan.docx');
    expect(run.stdout).toBe('');
  });

  it('names a file not read without the control characters in its name, which would drive the terminal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'rapat.md'), 'Rapat pengurus membahas iuran.\n');
    writeFileSync(path.join(dir, 'x\u001b[2J\u001b]0;pwned\u0007.docx'), 'PK');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 file not read');
    expect(run.stdout).toContain('x [2J ]0;pwned .docx');
    expect(run.stdout).not.toMatch(/[\u001b\u0007]/);
  });
  it('puts every problem on one line naming its file and line, whatever the file name or text holds', async () => {
    // A file name with a line break ran its problem onto a line without its file; an escape sequence quoted from a
    // file ("bad date …") reached the terminal as it was. A BOM and Windows line endings move no line number.
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'rapat\nmaret.md'), '---\ndate: \u001b[31mMaret\u001b[0m\n---\nRapat pengurus.\n');
    writeFileSync(path.join(dir, 'bom.md'), '\uFEFF---\r\ntitle: Rapat\r\ndate: 14/06/2025\r\n---\r\nRapat pengurus.\r\n');
    writeFileSync(path.join(dir, 'ok.md'), 'Rapat pengurus membahas iuran.\n');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\u001b]/u);
    const problems = run.stderr.split('\n').filter((l) => l.startsWith('- '));
    expect(problems).toHaveLength(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(3); // the heading and the two problems, nothing else
    expect(problems[0]).toMatch(/^- bom\.md:3: bad date "14\/06\/2025"/u);
    expect(problems[1]).toMatch(/^- rapat maret\.md:2: bad date " \[31mMaret \[0m"/u);
  });

  it('shows a direction control in a file name or quoted text as a space: no problem line turned around', async () => {
    // U+202E (right-to-left override) in a name is legal on every file system; left in, a terminal that reorders
    // right-to-left text showed the rest of the problem line, reason and all, backwards.
    const dir = mkdtempSync(path.join(tmpdir(), 'tanya-check-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'rapat\u202Etxt.md'), '---\ndate: Maret\u2067 2025\n---\nRapat pengurus.\n');
    writeFileSync(path.join(dir, 'ok.md'), 'Rapat pengurus membahas iuran.\n');
    const run = await runNode('scripts/check-corpus.ts', [dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(run.stderr).toMatch(/^- rapat txt\.md:2: bad date "Maret  2025"/mu);
  });

  it('checks the corpus whatever the bot\'s other settings say: a bad PORT is no problem of the corpus', async () => {
    const good = await runNode('scripts/check-corpus.ts', [], { env: childEnv({ PORT: 'abc', DISCORD_CLIENT_ID: 'not-an-id' }) });
    expect([good.code, good.stderr]).toEqual([0, '']);
    expect(good.stdout).toMatch(/1 document, 10 passages, no problems/);
    // The corpus's own setting is still checked.
    const size = await runNode('scripts/check-corpus.ts', [], { env: childEnv({ CORPUS_MAX_FILE_BYTES: 'lots' }) });
    expect(size.code).toBe(1);
    expect(size.stderr).toContain('CORPUS_MAX_FILE_BYTES: "lots" is not a size');
  });
});
