// `npm run ask` through the real CLI (src/cli/ask.ts run by node + tsx), on the shipped corpus and on small
// fixture corpora (a folder of Markdown files with front matter, and a .jsonl file).

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonAnswer } from '../src/cli/ask-command.ts';
import { corpusPath, typedPath } from '../src/cli/open-library.ts';
import { type ConfigError, loadConfig } from '../src/config.ts';
import { childEnv, fixtures, repoRoot, repositoryCopy, runNode } from './cli-helpers.ts';

const ask = (args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}) => runNode('src/cli/ask.ts', args, options);

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tanya-cli-'));
  temps.push(dir);
  return dir;
};

const RESULT_FIELDS = ['citation', 'date', 'docId', 'id', 'paragraph', 'score', 'snippet', 'source', 'text', 'title', 'url'];


function parseAnswer(stdout: string): JsonAnswer {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1); // one object, nothing else on stdout
  return JSON.parse(lines[0]!) as JsonAnswer;
}

function expectWellFormed(answer: JsonAnswer): void {
  expect(Object.keys(answer).sort()).toEqual(['answered', 'question', 'results']);
  for (const r of answer.results) {
    expect(Object.keys(r).sort()).toEqual(RESULT_FIELDS);
    expect(r.id.startsWith(`${r.docId}#`)).toBe(true);
    expect(Number.isInteger(r.paragraph) && r.paragraph >= 1).toBe(true);
    expect(typeof r.score).toBe('number');
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.citation.length).toBeGreaterThan(0);
  }
}

describe('ask on the shipped corpus', () => {
  it('--json answers "what is China Up Close" with the passage that says it, and its citation', async () => {
    const res = await ask(['--json', 'what is China Up Close']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const answer = parseAnswer(res.stdout);
    expectWellFormed(answer);
    expect(answer.question).toBe('what is China Up Close');
    expect(answer.answered).toBe(true);
    expect(answer.results.length).toBeGreaterThanOrEqual(1);
    expect(answer.results.length).toBeLessThanOrEqual(3); // --top defaults to 3
    const best = answer.results[0]!;
    expect(best.text).toContain('China Up Close');
    expect(best.text).toContain('China Global Television Network');
    // The seed's metadata lines are metadata, not passage text.
    expect(best.date).toBe('2024-12');
    expect(best.source).toBe('CCTV+');
    expect(best.citation).toContain(best.title);
    expect(answer.results.every((r) => !r.text.includes('SOURCE CCTV+'))).toBe(true);
  });

  it('prints a readable answer without --json: numbered passage and citation, no colour codes in a pipe', async () => {
    const json = parseAnswer((await ask(['--json', 'what is China Up Close'])).stdout);
    const res = await ask(['what', 'is', 'China', 'Up', 'Close']); // words may come unquoted
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`1. ${json.results[0]!.text}`);
    expect(res.stdout).toContain(json.results[0]!.citation);
    expect(res.stdout).not.toContain('\u001b[');
  });

  it('leaves nonsense unanswered, honestly, and still exits 0', async () => {
    const json = await ask(['--json', 'asdfghjkl']);
    expect(json.code).toBe(0);
    expect(parseAnswer(json.stdout).answered).toBe(false);
    const text = await ask(['asdfghjkl']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No confident answer to "asdfghjkl"');
    expect(text.stdout).toMatch(/The corpus covers 1 document: /);
  });

  it('--top N limits the results', async () => {
    const res = await ask(['--json', '--top', '1', 'Global South']);
    expect(res.code).toBe(0);
    expect(parseAnswer(res.stdout).results).toHaveLength(1);
  });
});

describe('ask usage errors exit 2 with a message naming the problem', () => {
  it.each([
    [['--top', '0', 'q'], '--top must be a whole number from 1 to 50 (got "0")'],
    [['--top', '-1', 'q'], '--top must be a whole number from 1 to 50 (got "-1")'],
    [['--top=-1', 'q'], '--top must be a whole number from 1 to 50 (got "-1")'],
    [['--top', '51', 'q'], '--top must be a whole number from 1 to 50 (got "51")'],
    [['--top', 'three', 'q'], '--top must be a whole number from 1 to 50 (got "three")'],
    [['--json'], 'no question given'],
    [['--tpo', '3', 'q'], "Unknown option '--tpo'"],
    [['--jsonl', 'q'], '--jsonl reads the questions from stdin'],
  ])('%j', async (args, message) => {
    const res = await ask(args);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
    expect(res.stderr).toContain('Usage: npm run ask');
    expect(res.stdout).toBe('');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const res = await ask(['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('--jsonl');
    expect(res.stdout).toContain('--corpus PATH');
  });

  it('--help says --corpus takes one file of every type it reads, and each such file answers', async () => {
    const help = (await ask(['--help'])).stdout;
    expect(help).toContain('a corpus folder (its .md, .markdown, .txt and .jsonl files, in subfolders too), or one such');
    const dir = tempDir();
    const bodies: Record<string, string> = {
      '.md': '# Kite festival\n\nThe kite festival was held on the beach.\n',
      '.markdown': '# Kite festival\n\nThe kite festival was held on the beach.\n',
      '.txt': 'Kite festival\n\nThe kite festival was held on the beach.\n',
      '.jsonl': '{"id":"kites","title":"Kite festival","text":"The kite festival was held on the beach."}\n',
    };
    for (const ext of ['.md', '.markdown', '.txt', '.jsonl']) {
      expect(help).toContain(ext);
      const file = path.join(dir, `kites${ext}`);
      writeFileSync(file, bodies[ext]!);
      const res = await ask(['--corpus', file, '--json', 'where was the kite festival held?']);
      expect(res.code, ext).toBe(0);
      expect(parseAnswer(res.stdout).results[0]?.text, ext).toContain('beach');
    }
  });
});

describe('ask on other corpora', () => {
  const folder = path.join(fixtures, 'corpus');

  it('--corpus reads a folder of Markdown documents with front matter', async () => {
    const res = await ask(['--corpus', folder, '--json', 'Who built the paper whale lantern?']);
    expect(res.stderr).toBe('');
    const answer = parseAnswer(res.stdout);
    expectWellFormed(answer);
    expect(answer.answered).toBe(true);
    const best = answer.results[0]!;
    expect(best.docId).toBe('lantern-parade');
    expect(best.text).toContain('Seaview primary school');
    expect(best.title).toBe('Harbour Lantern Parade 2023');
    expect(best.date).toBe('2023-09');
    expect(best.source).toBe('Harbour Town Council');
    expect(best.url).toBe('https://example.org/lantern-parade');
    expect(best.paragraph).toBe(2);
  });

  it('answers an Indonesian question from the Indonesian document', async () => {
    const answer = parseAnswer((await ask(['--corpus', folder, '--json', 'Siapa pemenang lomba sangrai kopi?'])).stdout);
    expect(answer.answered).toBe(true);
    expect(answer.results[0]!.docId).toBe('festival-kopi');
    expect(answer.results[0]!.text).toContain('Siti Rahmawati');
  });

  it('--corpus reads a .jsonl file, one document per line', async () => {
    const answer = parseAnswer((await ask(['--corpus', path.join(fixtures, 'corpus.jsonl'), '--json', 'Who played the closing set at the jazz night?'])).stdout);
    expect(answer.answered).toBe(true);
    expect(answer.results[0]!.docId).toBe('jazz-night');
    expect(answer.results[0]!.text).toContain('Marlow Quartet');
  });

  it('--json cites a .jsonl document without a title by its text\'s opening, with its id beside it', async () => {
    // It was cited by its id alone ("rapat-17 · § 2"), which tells a moderator nothing until they look it up.
    const file = path.join(tempDir(), 'notulen.jsonl');
    const rapat = 'Rapat pengurus Maret dibuka pukul 19.00 oleh ketua. Hadir sembilan orang.\n\nIuran bulanan dinaikkan menjadi Rp25.000 mulai April.';
    writeFileSync(file, `${JSON.stringify({ id: 'rapat-17', text: rapat })}\n${JSON.stringify({ id: 'kopdar-3', title: 'Kopdar #3', text: 'Kopdar di Taman Menteng.' })}\n`);
    const answer = parseAnswer((await ask(['--corpus', file, '--json', 'berapa iuran bulanan?'])).stdout);
    expect(answer.answered).toBe(true);
    const first = answer.results[0]!;
    expect([first.docId, first.id, first.paragraph]).toEqual(['rapat-17', 'rapat-17#2', 2]);
    expect(first.title).toBe('Rapat pengurus Maret dibuka pukul 19.00 oleh ketua (rapat-17)');
    expect(first.citation).toBe('Rapat pengurus Maret dibuka pukul 19.00 oleh ketua (rapat-17) · § 2');
    // A document with a title is cited by it, as before.
    const titled = parseAnswer((await ask(['--corpus', file, '--json', 'kopdar di mana?'])).stdout);
    expect(titled.results[0]!.citation).toBe('Kopdar #3 · § 1');
  });

  it('takes the corpus from CORPUS_DIR when no --corpus is given', async () => {
    const answer = parseAnswer((await ask(['--json', 'Di mana festival kopi berikutnya?'], { env: childEnv({ CORPUS_DIR: folder }) })).stdout);
    expect(answer.results[0]?.docId).toBe('festival-kopi');
  });

  it('applies CORPUS_MAX_FILE_BYTES as the bot does, and names the variable when it is not a size', async () => {
    const small = await ask(['--json', 'what is China Up Close'], { env: childEnv({ CORPUS_MAX_FILE_BYTES: '100' }) });
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(/file too large: .* the limit is 100 bytes/);
    const bad = await ask(['what is China Up Close'], { env: childEnv({ CORPUS_MAX_FILE_BYTES: 'lots' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CORPUS_MAX_FILE_BYTES');
  });

  it('refuses a CORPUS_MAX_FILE_BYTES over 1 GiB as the bot does, in its words, without asking for Discord variables', async () => {
    const reason = (value: string): string => {
      try {
        loadConfig({ CORPUS_MAX_FILE_BYTES: value });
      } catch (error) {
        return (error as ConfigError).problems.map((p) => `${p.variable}: ${p.reason}`).join('\n');
      }
      return 'accepted';
    };
    const huge = await ask(['what is China Up Close'], { env: childEnv({ CORPUS_MAX_FILE_BYTES: '2048MiB', DISCORD_PUBLIC_KEY: 'not hex', PORT: 'x' }) });
    expect(huge.code).toBe(2);
    expect(huge.stdout).toBe('');
    expect(huge.stderr).toBe(`ask: ${reason('2048MiB')}\n`);
    const bad = await ask(['what is China Up Close'], { env: childEnv({ CORPUS_MAX_FILE_BYTES: 'lots' }) });
    expect(bad.stderr).toBe(`ask: ${reason('lots')}\n`);
    // A broken Discord setting is no concern of a question asked from the terminal.
    const fine = await ask(['--json', 'what is China Up Close'], { env: childEnv({ CORPUS_MAX_FILE_BYTES: '1024MiB', DISCORD_PUBLIC_KEY: 'not hex', PORT: 'x' }) });
    expect([fine.code, fine.stderr]).toEqual([0, '']);
  });

  it('a broken corpus exits 1 and lists every problem with its file and line', async () => {
    const res = await ask(['--corpus', path.join(fixtures, 'broken.jsonl'), '--json', 'gardens']);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('cannot load the corpus');
    expect(res.stderr).toMatch(/broken\.jsonl:2: /);
    expect(res.stderr).toMatch(/broken\.jsonl:3: /);
  });

  it('a corpus with more problems than fit a screen shows the first 20, how many more, and the command listing all', async () => {
    // A corpus path pointed at a big tree (/tmp) printed every problem: hundreds of thousands of lines.
    const dir = tempDir();
    for (let i = 1; i <= 25; i++) writeFileSync(path.join(dir, `bad-${String(i).padStart(2, '0')}.jsonl`), '{not json\n');
    writeFileSync(path.join(dir, 'fine.md'), '# Kites\n\nThe kite festival was held on the beach.\n');
    const res = await ask(['--corpus', dir, '--json', 'kites']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`cannot load the corpus at ${dir}: 25 problems`);
    expect(res.stderr.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(20);
    expect(res.stderr).toContain('- bad-20.jsonl:1: not valid JSON');
    expect(res.stderr).not.toContain('bad-21.jsonl');
    expect(res.stderr).toContain(`… and 5 more problems: run \`npm run check-corpus -- ${dir}\` to list them all`);
    // The command named lists every one.
    const check = await runNode('scripts/check-corpus.ts', [dir]);
    expect(check.code).toBe(1);
    expect(check.stderr.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(25);
    expect(check.stderr).not.toContain('more problems');
  });

  it('over a year of meetup write-ups, answers "the latest" from the newest, and a month typed as a number as that month', async () => {
    const meetups = path.join(repoRoot, 'test/fixtures/corpus/meetups');
    const latest = parseAnswer((await ask(['--corpus', meetups, '--json', 'siapa pembicara meetup terbaru?'])).stdout);
    expect(latest.answered).toBe(true);
    expect(latest.results[0]).toMatchObject({ docId: 'meetup-2025-05', date: '2025-05-31' });
    expect(latest.results[0]!.text).toContain('Sarah Whitfield');
    // The readable answer too: the citation shows the newest write-up's date.
    const readable = await ask(['--corpus', meetups, '--top', '1', 'siapa pembicara meetup terbaru?']);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Sarah Whitfield');
    expect(readable.stdout).toContain('2025-05-31');
    // May is there, June is not: "06-2025" is June, not "some 2025 write-up".
    const may = parseAnswer((await ask(['--corpus', meetups, '--json', 'siapa pembicara meetup 05-2025'])).stdout);
    expect(may.answered).toBe(true);
    expect(may.results[0]!.docId).toBe('meetup-2025-05');
    const june = parseAnswer((await ask(['--corpus', meetups, '--json', 'siapa pembicara meetup 06-2025'])).stdout);
    expect(june.answered).toBe(false);
  });

  it('a corpus path that does not exist exits 1 and names it', async () => {
    const missing = path.join(fixtures, 'no-such-corpus');
    const res = await ask(['--corpus', missing, 'anything']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('no-such-corpus');
  });
});

describe('ask --jsonl (batch)', () => {
  it('answers each line with its id, reports bad lines in place, and never stops mid-batch', async () => {
    const input = [
      '{"id": "a", "q": "what is China Up Close"}',
      '',
      'this is not json',
      '{"id": "c"}',
      '{"id": "blank", "q": "   "}',
      '{"id": 7, "q": "asdfghjkl"}',
      '{"q": "no id here"}',
      '{"id": "last", "q": "Which agency organised the forum?"}',
    ].join('\n');
    const res = await ask(['--jsonl', '--top', '2'], { input });
    expect(res.code).toBe(0);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(7); // one per non-blank input line, in order

    const a = out[0] as unknown as JsonAnswer & { id: string };
    expect(a.id).toBe('a');
    expect(a.answered).toBe(true);
    expect(a.results.length).toBeLessThanOrEqual(2);
    expect(a.results[0]!.text).toContain('China Up Close');
    expect(Object.keys(a).sort()).toEqual(['answered', 'id', 'question', 'results']);

    expect(out[1]).toMatchObject({ id: null, line: 3, error: expect.stringContaining('not valid JSON') });
    expect(out[2]).toMatchObject({ id: 'c', line: 4, error: '"q" must be a non-empty string' });
    expect(out[3]).toMatchObject({ id: 'blank', line: 5, error: '"q" must be a non-empty string' });
    expect(out[4]).toMatchObject({ id: 7, answered: false });
    expect(out[5]).toMatchObject({ id: null, line: 7, error: '"id" must be a string or a number' });
    const last = out[6] as unknown as JsonAnswer & { id: string };
    expect(last.id).toBe('last');
    expect(last.results[0]!.text).toContain('China Media Group');
  });

  it('refuses a numeric id that would not come back as written, so answers paired by id never go astray', async () => {
    const input = '{"id":1e400,"q":"China"}\n{"id":12345678901234567890,"q":"China"}\n{"id":1.5,"q":"China"}\n{"id":9007199254740991,"q":"China"}\n{"id":-3,"q":"China"}\n';
    const res = await ask(['--jsonl'], { input });
    expect(res.code).toBe(0);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const refused = { id: null, error: expect.stringContaining('a numeric "id" must be a whole number') };
    expect(out.slice(0, 3)).toEqual([
      { ...refused, line: 1 },
      { ...refused, line: 2 },
      { ...refused, line: 3 },
    ]);
    expect(out.slice(3).map((o) => [o.id, typeof o.answered])).toEqual([
      [9007199254740991, 'boolean'],
      [-3, 'boolean'],
    ]);
  });

  it('works on another corpus and with an empty input', async () => {
    const input = '{"id":"k","q":"Siapa pemenang lomba sangrai kopi?"}\n{"id":"w","q":"How long was the paper whale?"}\n';
    const res = await ask(['--jsonl', '--corpus', path.join(fixtures, 'corpus')], { input });
    expect(res.code).toBe(0);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonAnswer & { id: string });
    expect(out.map((o) => [o.id, o.results[0]?.docId])).toEqual([
      ['k', 'festival-kopi'],
      ['w', 'lantern-parade'],
    ]);
    const empty = await ask(['--jsonl'], { input: '' });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('');
  });

  it('stops quietly when its reader goes away, as `ask --jsonl < questions | head -1` does', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/ask.ts'), '--jsonl'], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Far more output than a pipe buffers, so the writes go on after the reader has closed its end.
    child.stdin.end('{"id":1,"q":"what is China Up Close"}\n'.repeat(3000));
    const first = await new Promise<string>((resolve) => child.stdout.setEncoding('utf8').once('data', (d: string) => resolve(d)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ id: 1, answered: true });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('stops answering as soon as its reader goes away, not a whole chunk of input later', async () => {
    // count-asks.ts reports on stderr how many questions the child answered: its stdout cannot tell, once closed.
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', path.join(fixtures, 'count-asks.ts'), path.join(repoRoot, 'src/cli/ask.ts'), '--jsonl'], {
      cwd: repoRoot,
      env: childEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {}); // the child may exit before it has read all of this
    // 3,000 questions: one 64 KiB read of stdin alone holds about 1,700 of them.
    child.stdin.end('{"id":1,"q":"what is China Up Close"}\n'.repeat(3000));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const asked = Number(/^asked: (\d+)$/m.exec(stderr)?.[1]);
    expect(asked).toBeGreaterThanOrEqual(1);
    // What the pipe and the stream's buffer hold (each answer is about 2.8 KB) bounds it; without backpressure
    // and a check per line it was the whole first chunk of input (1,724).
    expect(asked).toBeLessThan(200);
  });

  it('reads a file that starts with a byte-order mark, as Windows editors write it', async () => {
    const input = '\uFEFF{"id":"k","q":"Siapa pemenang lomba sangrai kopi?"}\r\n{"id":"w","q":"How long was the paper whale?"}\r\n';
    const res = await ask(['--jsonl', '--corpus', path.join(fixtures, 'corpus')], { input });
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonAnswer & { id: string });
    expect(out.map((o) => [o.id, o.results[0]?.docId])).toEqual([
      ['k', 'festival-kopi'],
      ['w', 'lantern-parade'],
    ]);
  });
});

describe.skipIf(!existsSync('/dev/full'))('ask writing to a full device (> /dev/full)', () => {
  it.each([[['what is China Up Close']], [['--jsonl']]])('%j says so in one line and exits 1, with no stack trace', async (args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/ask.ts'), ...args], { cwd: repoRoot, env: childEnv(), stdio: ['pipe', full, 'pipe'] });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdin!.end('{"id":1,"q":"China"}\n');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^ask: cannot write the output: ENOSPC: no space left on device, write\n$/);
    } finally {
      closeSync(full);
    }
  });
});

describe('ask --jsonl reads stdin as the corpus loader reads files', () => {
  const lines = '{"id":"k","q":"Siapa pemenang lomba sangrai kopi?"}\r\n{"id":"w","q":"How long was the paper whale?"}\r\n';
  const pairs = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as JsonAnswer & { id: string }).map((o) => [o.id, o.results[0]?.docId]);
  const expected = [
    ['k', 'festival-kopi'],
    ['w', 'lantern-parade'],
  ];
  const jsonl = (input: string | Buffer) => ask(['--jsonl', '--corpus', path.join(fixtures, 'corpus')], { input });

  it('drops a byte-order mark opening a later line, as files saved on Windows and joined together have', async () => {
    const res = await jsonl(`\uFEFF${lines}\uFEFF${lines}`);
    expect(pairs(res.stdout)).toEqual([...expected, ...expected]);
  });

  it('reads UTF-16 (little- and big-endian) when it starts with that byte-order mark, as Windows saves "Unicode"', async () => {
    const le = Buffer.from(`\uFEFF${lines}`, 'utf16le');
    expect(pairs((await jsonl(le)).stdout)).toEqual(expected);
    const be = Buffer.from(le).swap16();
    expect(pairs((await jsonl(be)).stdout)).toEqual(expected);
  });

  it('echoes the question trimmed, as the command line does, so one question reads the same both ways', async () => {
    const batch = await ask(['--jsonl'], { input: '{"id":"t","q":"  what is China Up Close \\t "}\n' });
    const line = JSON.parse(batch.stdout) as JsonAnswer;
    const single = parseAnswer((await ask(['--json', '  what is China Up Close \t '])).stdout);
    expect(line.question).toBe('what is China Up Close');
    expect(line.question).toBe(single.question);
    expect(line.results).toEqual(single.results);
  });
});

describe('where the corpus is', () => {
  it('a typed path resolves where it was typed (INIT_CWD), CORPUS_DIR against the working directory, a blank one not at all', () => {
    const env = { INIT_CWD: '/somewhere/else' };
    expect(corpusPath('notes', env)).toEqual({ path: '/somewhere/else/notes', setBy: null });
    expect(corpusPath(undefined, { ...env, CORPUS_DIR: 'events' })).toEqual({ path: path.resolve('events'), setBy: 'CORPUS_DIR' });
    expect(corpusPath(undefined, { ...env, CORPUS_DIR: '   ' })).toEqual({ path: path.join(repoRoot, 'corpus'), setBy: null });
    // A typed path wins over CORPUS_DIR, and is not blamed on it.
    expect(corpusPath('notes', { ...env, CORPUS_DIR: 'events' })).toEqual({ path: '/somewhere/else/notes', setBy: null });
  });

  it('INIT_CWD counts only when the working directory is the repository (npm ran our script), not a stale one', () => {
    const env = { INIT_CWD: '/where/npm/started' };
    expect(typedPath('notes', env, repoRoot)).toBe('/where/npm/started/notes');
    expect(typedPath('notes', env, '/other/package/sub')).toBe('/other/package/sub/notes');
    expect(typedPath('notes', {}, repoRoot)).toBe(path.join(repoRoot, 'notes'));
  });

  it("INIT_CWD counts only when npm ran this package's script (npm_package_json), not another package's that cd'ed here", () => {
    const ours = { INIT_CWD: '/where/npm/started', npm_package_json: path.join(repoRoot, 'package.json') };
    expect(typedPath('notes', ours, repoRoot)).toBe('/where/npm/started/notes');
    const theirs = { INIT_CWD: '/parent', npm_package_json: '/parent/package.json' };
    expect(typedPath('notes', theirs, repoRoot)).toBe(path.join(repoRoot, 'notes'));
    expect(typedPath('notes', theirs, '/parent/sub')).toBe('/parent/sub/notes');
  });

  it("resolves --corpus where the command was typed when a parent package's script cd'ed here and ran ask itself", async () => {
    // `cd node_modules/tanya && tsx src/cli/ask.ts --corpus test/fixtures/cli/corpus …` in the parent's
    // package.json: npm set INIT_CWD to the parent, where no such folder is.
    const parent = tempDir();
    const env = childEnv({ INIT_CWD: parent, npm_package_json: path.join(parent, 'package.json') });
    const res = await ask(['--corpus', 'test/fixtures/cli/corpus', '--json', 'Siapa pemenang lomba sangrai kopi?'], { env });
    expect(res.stderr).toBe('');
    expect(parseAnswer(res.stdout).results[0]?.docId).toBe('festival-kopi');
  });

  it("resolves --corpus against the working directory when another package's script cd'ed there and ran ask", async () => {
    // INIT_CWD names where that other npm was started: an empty folder, where no "corpus" is.
    const res = await ask(['--corpus', 'corpus', '--json', 'Siapa pemenang lomba sangrai kopi?'], { cwd: fixtures, env: childEnv({ INIT_CWD: tempDir() }) });
    expect(res.stderr).toBe('');
    expect(parseAnswer(res.stdout).results[0]?.docId).toBe('festival-kopi');
  });
});

describe('ask run from another directory', () => {
  it("reads the repository's .env, as npm start and check-corpus do", async () => {
    const { temp, repo } = repositoryCopy();
    temps.push(temp);
    writeFileSync(path.join(repo, '.env'), `CORPUS_DIR=${path.join(fixtures, 'corpus')}\n`);
    const env = childEnv();
    delete env.CORPUS_DIR; // left to the .env, as on a machine where nothing else sets it
    const res = await runNode(path.join(repo, 'src/cli/ask.ts'), ['--json', 'Siapa pemenang lomba sangrai kopi?'], { cwd: tempDir(), env });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(parseAnswer(res.stdout).results[0]?.docId).toBe('festival-kopi');
  });
});


describe('the command that lists every problem', () => {
  it('needs no path for the corpus the bot loads by itself, and quotes a path a shell would split', async () => {
    const { checkCorpusCommand, problemLines } = await import('../src/cli/open-library.ts');
    expect(checkCorpusCommand('/data/notes', 'CORPUS_DIR')).toBe('npm run check-corpus');
    expect(checkCorpusCommand(path.join(repoRoot, 'corpus'), null)).toBe('npm run check-corpus');
    expect(checkCorpusCommand('/data/notes', null)).toBe('npm run check-corpus -- /data/notes');
    expect(checkCorpusCommand("/data/it's mine", null)).toBe("npm run check-corpus -- '/data/it'\\''s mine'");
    const problems = Array.from({ length: 3 }, (_, i) => ({ file: `f${i}.md`, line: null, reason: 'empty' }));
    expect(problemLines(problems, 'x')).toBe('- f0.md: empty\n- f1.md: empty\n- f2.md: empty');
  });
});
