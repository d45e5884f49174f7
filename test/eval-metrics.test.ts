import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstHitRank, isHit, misses, score, type EvalQuery, type QueryOutcome, type RankedResult } from '../src/eval/metrics.ts';
import { confidence, evaluate, formatConfidence, formatMisses, formatTable } from '../src/eval/run.ts';
import { evalDir, findSets, parseQueries, parseQueriesFile, QueriesFileError, readQueries, repoRoot, unknownGold } from '../src/eval/sets.ts';
import { repositoryCopy, runNode } from './cli-helpers.ts';
import { shippedCorpus } from './shipped-corpus.ts';
import { DOCUMENT_EXTENSIONS } from '../src/engine/corpus.ts';

const run = promisify(execFile);

const q = (id: string, extra: Partial<EvalQuery>): EvalQuery => ({ id, lang: 'id', q: `question ${id}`, gold: null, answers: [], none: false, ...extra });
const r = (id: string, text = `text of ${id}`): RankedResult => ({ id, docId: id.split('#')[0]!, text });
const filler = (n: number, prefix = 'x'): RankedResult[] => Array.from({ length: n }, (_, i) => r(`${prefix}${i + 1}#1`));

// The hand-made set. Ranks, by construction:
//   A  gold d1          results d2#1, d1#3, d1#1           → first hit at 2 (two passages of d1; the first counts) → 1/2
//   B  gold d3 or d4    results d4#2 (and answered=false)  → 1 (answered does not change the rank)                → 1
//   C  gold d5          ten others, then d5#1 at 11        → no hit in the top 10                                 → 0
//   D  answers "China Up Close" + "ke-75" (forum style)
//                       p1 has only the first string, p2 neither, p3 both in other case → 3                      → 1/3
//   E  gold d9          no results                         → 0
//   F  gold d6          six others, then d6#2 at 7         → 7                                                    → 1/7
//   N1 none, answered=false → correct; N2 none, answered=true → wrong; N3 none, answered=false with weak results → correct
// n = 6 answerable rows (none rows are counted apart).
// MRR@10 = (1/2 + 1 + 0 + 1/3 + 0 + 1/7) / 6 = (21/42 + 42/42 + 14/42 + 6/42) / 6 = (83/42) / 6 = 83/252 ≈ 0.32937
// R@1  = {B}           = 1/6 ≈ 0.16667
// R@3  = {A, B, D}     = 3/6 = 0.5
// R@10 = {A, B, D, F}  = 4/6 ≈ 0.66667
// none = 3 rows, 2 correctly unanswered
const outcomes: QueryOutcome[] = [
  { query: q('A', { gold: ['d1'] }), answered: true, results: [r('d2#1'), r('d1#3'), r('d1#1')] },
  { query: q('B', { gold: ['d3', 'd4'] }), answered: false, results: [r('d4#2'), r('d3#1')] },
  { query: q('C', { gold: ['d5'] }), answered: true, results: [...filler(10), r('d5#1')] },
  {
    query: q('D', { answers: ['China Up Close', 'ke-75'] }),
    answered: true,
    results: [
      r('seed#7', 'meluncurkan program "China Up Close" tahun ini'),
      r('seed#1', 'Digelar oleh CCTV+'),
      r('seed#9', 'Merayakan hari lahir Republik Rakyat Tiongkok KE-75, CGTN meluncurkan program "CHINA UP CLOSE"'),
    ],
  },
  { query: q('E', { gold: ['d9'] }), answered: false, results: [] },
  { query: q('F', { gold: ['d6'] }), answered: true, results: [...filler(6), r('d6#2')] },
  { query: q('N1', { none: true }), answered: false, results: [] },
  { query: q('N2', { none: true }), answered: true, results: [r('d1#1')] },
  { query: q('N3', { none: true }), answered: false, results: [r('d2#1')] },
];

describe('metrics on a hand-made set', () => {
  it('ranks the first hit among results as returned, within the top 10', () => {
    expect(outcomes.map((o) => (o.query.none ? 'none' : firstHitRank(o.query, o.results)))).toEqual([2, 1, null, 3, null, 7, 'none', 'none', 'none']);
  });

  it('computes MRR@10, R@1, R@3, R@10 and the none count as worked out by hand', () => {
    const s = score(outcomes);
    expect(s.n).toBe(6);
    expect(s.mrr10).toBeCloseTo(83 / 252, 10);
    expect(s.mrr10).toBeCloseTo(0.32937, 5);
    expect(s.r1).toBeCloseTo(1 / 6, 10);
    expect(s.r3).toBe(0.5);
    expect(s.r10).toBeCloseTo(4 / 6, 10);
    expect(s.none).toEqual({ n: 3, unanswered: 2 });
  });

  it('judges forum rows by passage text: every answer string, case-insensitively', () => {
    const query = q('x', { answers: ['Global South', 'media'] });
    expect(isHit(query, r('a#1', 'peran MEDIA di global south'))).toBe(true);
    expect(isHit(query, r('a#1', 'peran media di kawasan selatan'))).toBe(false);
    // A gold row is judged by document id only, whatever the text says.
    expect(isHit(q('y', { gold: ['d1'], answers: ['zzz'] }), r('d1#4', 'no answer words here'))).toBe(true);
    expect(isHit(q('y', { gold: ['d1'] }), r('d10#1'))).toBe(false);
  });

  it('judges answer strings across line wrapping: a line break or run of spaces in the passage is one space', () => {
    // A write-up hard-wrapped in an editor breaks "Dimas Aryo" over two lines; the passage still says it.
    const query = q('x', { answers: ['Ketua pelaksana: Dimas Aryo'] });
    expect(isHit(query, r('a#1', 'pakai 2 bus. Ketua pelaksana: Dimas\nAryo (angkatan 2023).'))).toBe(true);
    expect(isHit(query, r('a#1', 'Ketua  pelaksana:\r\n  dimas aryo'))).toBe(true);
    expect(isHit(query, r('a#1', 'Ketua pelaksana: Dimas Ary0'))).toBe(false);
  });

  it('scores an empty set as zeros, not NaN', () => {
    expect(score([])).toEqual({ n: 0, mrr10: 0, r1: 0, r3: 0, r10: 0, none: { n: 0, unanswered: 0 } });
  });

  it('lists misses: late or absent hits, answerable rows left unanswered, answered none-rows', () => {
    const ids = misses(outcomes).map((m) => `${m.query.id}:${m.rank ?? '-'}`);
    // B is at rank 1 but was marked unanswered, so a user would not have seen it: it is listed.
    expect(ids).toEqual(['A:2', 'B:1', 'C:-', 'D:3', 'E:-', 'F:7', 'N2:-']);
    const text = formatMisses({ name: 'hand', scores: score(outcomes), misses: misses(outcomes), ms: 0 });
    expect(text).toContain('[A] question A');
    expect(text).toContain('first hit at rank 2; expected gold d1');
    expect(text).toContain('top 3: d2#1, d1#3, d1#1');
    expect(text).toContain('[N2]');
    expect(text).toContain('answered, but the corpus has no answer');
  });

  it('evaluate() asks for 10 results and scores what the engine returns', () => {
    const asked: Array<{ q: string; top: number | undefined }> = [];
    const fake = {
      ask(question: string, options: { top?: number } = {}) {
        asked.push({ q: question, top: options.top });
        const hit = { id: 'd1#1', docId: 'd1', title: '', paragraph: 1, text: 't', snippet: 't', highlights: [], score: 1, citation: '', date: null, source: null, url: null };
        return { question, answered: question !== 'q2', results: question === 'q1' ? [hit] : [] };
      },
    };
    const res = evaluate('fake', fake, [q('1', { q: 'q1', gold: ['d1'] }), q('2', { q: 'q2', none: true })]);
    expect(asked).toEqual([{ q: 'q1', top: 10 }, { q: 'q2', top: 10 }]);
    expect(res.scores).toEqual({ n: 1, mrr10: 1, r1: 1, r3: 1, r10: 1, none: { n: 1, unanswered: 1 } });
    const table = formatTable([res]);
    const cells = (line: string | undefined) => (line ?? '').split('|').slice(1, -1).map((c) => c.trim());
    const lines = table.split('\n');
    expect(cells(lines[0])).toEqual(['set', 'n', 'MRR@10', 'R@1', 'R@3', 'R@10', 'none unanswered']);
    expect(lines[1]).toMatch(/^\|:-+\|(-+:\|){6}$/);
    expect(cells(lines[2])).toEqual(['fake', '1', '1.000', '1.000', '1.000', '1.000', '1/1']);
  });
});

describe('reading sets', () => {
  it('parses dev.jsonl rows and reports every bad line with its number', () => {
    const good = parseQueries('{"id":"a","lang":"en","q":"what?","answers":["x"]}\n\n{"id":"b","q":"apa?","gold":["d1"],"answers":[]}\n{"id":"c","q":"none?","answers":[],"none":true}\n');
    expect(good.map((x) => [x.id, x.gold, x.none])).toEqual([
      ['a', null, false],
      ['b', ['d1'], false],
      ['c', null, true],
    ]);
    let error: unknown;
    try {
      parseQueries('{"id":"a","q":"ok","answers":["x"]}\nnot json\n{"id":"c","q":"","answers":["x"]}\n{"id":"d","q":"no way to judge","answers":[]}\n', 'dev.jsonl');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QueriesFileError);
    expect((error as QueriesFileError).problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect((error as Error).message).toContain('dev.jsonl:2: not valid JSON');
    expect((error as Error).message).toContain('dev.jsonl:4: an answerable row needs');
  });

  it('reads a byte-order mark on line 1 and at the start of later lines (files joined together), as the corpus loader does', () => {
    const text = '\uFEFF{"id":"a","q":"one?","answers":["x"]}\r\n{"id":"b","q":"two?","answers":["y"]}\n\uFEFF{"id":"c","q":"three?","gold":["d1"]}\n';
    expect(parseQueries(text).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads a questions file saved as UTF-16 with its byte-order mark, as the corpus loader and ask --jsonl do', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tanya-queries-'));
    try {
      const text = '\uFEFF{"id":"a","q":"siapa presiden?","answers":["x"]}\n{"id":"b","q":"kapan forum?","answers":["y"]}\n';
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le).swap16();
      for (const [name, bytes] of [['le.jsonl', le], ['be.jsonl', be]] as const) {
        await writeFile(path.join(dir, name), bytes);
        expect((await readQueries(path.join(dir, name))).map((x) => x.q), name).toEqual(['siapa presiden?', 'kapan forum?']);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('warns, without failing, of a duplicate question id and of gold ids the corpus does not have', () => {
    const set = parseQueriesFile('{"id":"1","q":"a","gold":["d1"]}\n{"id":"2","q":"b","gold":["D2-typo","d2"]}\n\n{"id":"2","q":"b","gold":["d2"]}\n', 'dev.jsonl');
    expect(set.queries).toHaveLength(3);
    expect(set.warnings).toEqual(['dev.jsonl:4: question id "2" is used on line 2 too']);
    expect(unknownGold(set, (id) => id === 'd1' || id === 'd2')).toEqual(['dev.jsonl:2: gold "D2-typo" of question "2" is not a document of the corpus']);
  });

  describe('findSets', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'tanya-sets-'));
      for (const name of ['zeta', 'alpha', 'forum', 'empty']) await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, 'zeta', 'dev.jsonl'), '');
      await writeFile(path.join(dir, 'zeta', 'corpus.jsonl'), '');
      await writeFile(path.join(dir, 'alpha', 'dev.jsonl'), '');
      await writeFile(path.join(dir, 'alpha', 'corpus.jsonl'), '');
      await writeFile(path.join(dir, 'forum', 'dev.jsonl'), '');
      await writeFile(path.join(dir, 'README.md'), '');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('finds folders with dev.jsonl, the forum set first and against the given corpus', async () => {
      const sets = await findSets(dir, '/some/corpus');
      expect(sets?.map((s) => s.name)).toEqual(['forum', 'alpha', 'zeta']);
      expect(sets?.[0]?.corpus).toBe('/some/corpus');
      expect(sets?.[1]?.corpus).toBe(path.join(dir, 'alpha', 'corpus.jsonl'));
    });

    it('returns null when the folder does not exist', async () => {
      expect(await findSets(path.join(dir, 'nope'))).toBeNull();
    });
  });

  it('resolves the eval folder: flag, then TANYA_EVAL_DIR, then ../shared/eval beside the repository', () => {
    expect(evalDir('/x/flag', { TANYA_EVAL_DIR: '/x/env' })).toBe('/x/flag');
    expect(evalDir(undefined, { TANYA_EVAL_DIR: '/x/env' })).toBe('/x/env');
    expect(evalDir(undefined, {})).toBe(path.resolve(repoRoot, '../shared/eval'));
  });
});

describe('the eval script', () => {
  const script = path.join(repoRoot, 'scripts/eval.ts');
  const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('says clearly that there are no sets when ../shared/eval is absent (the data is not shipped), and exits 0', async () => {
    // A copy of the repository with nothing beside it: this one may well have ../shared/eval.
    const { temp, repo } = repositoryCopy();
    try {
      const env = { ...process.env };
      delete env.TANYA_EVAL_DIR;
      const res = await runNode(path.join(repo, 'scripts/eval.ts'), [], { env });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain(`${path.join(temp, 'shared/eval')} does not exist`);
      expect(res.stdout).toContain('Nothing was evaluated');
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });

  describe('an eval folder that was named but holds no sets is a usage error (exit 2), not a clean run', () => {
    const missing = path.join(tmpdir(), 'tanya-no-such-eval-dir');
    let empty: string;
    beforeAll(async () => {
      empty = await mkdtemp(path.join(tmpdir(), 'tanya-empty-eval-'));
    });
    afterAll(() => rm(empty, { recursive: true, force: true }));

    it.each([
      ['--eval-dir that does not exist', () => ['--eval-dir', missing], {}, 'does not exist (named by --eval-dir)'],
      ['--eval-dir that does not exist, with --json', () => ['--json', '--eval-dir', missing], {}, 'does not exist (named by --eval-dir)'],
      ['--eval-dir with no sets in it', () => ['--eval-dir', empty], {}, 'holds none (expected folders with a dev.jsonl) (named by --eval-dir)'],
      ['TANYA_EVAL_DIR that does not exist', () => [], { TANYA_EVAL_DIR: missing }, 'does not exist (named by TANYA_EVAL_DIR)'],
    ])('%s', async (_name, args, env, message) => {
      const res = await node(args(), env);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain('eval: no evaluation sets: ');
      expect(res.stderr).toContain(message);
    });
  });

  it('refuses --corpus without --queries with a usage error (exit 2)', async () => {
    const res = await node(['--corpus', 'corpus']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--corpus needs --queries');
  });

  it('refuses a --top below the metrics\' cut-off, which would make R@10 mean something else', async () => {
    const res = await node(['--top', '3']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--top must be a whole number from 10 to 50');
    // A negative number is a value out of range too, not a flag parseArgs calls "ambiguous".
    const negative = await node(['--top', '-1']);
    expect([negative.code, negative.stderr]).toEqual([2, expect.stringContaining('--top must be a whole number from 10 to 50 (got "-1")')]);
  });

  it('runs a questions file with byte-order marks, a duplicate id and a mistyped gold id, warning of the last two on stderr', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tanya-eval-warn-'));
    try {
      await writeFile(path.join(dir, 'corpus.jsonl'), '{"id":"d1","text":"Harimau sumatera hidup di hutan."}\n{"id":"d2","text":"Gajah hidup di Lampung."}\n');
      await writeFile(
        path.join(dir, 'dev.jsonl'),
        '\uFEFF{"id":"1","q":"harimau sumatera","gold":["d1"]}\n\uFEFF{"id":"2","q":"gajah lampung","gold":["D2-typo"]}\n{"id":"2","q":"gajah lampung","gold":["d2"]}\n',
      );
      const res = await node(['--queries', path.join(dir, 'dev.jsonl'), '--json']);
      expect(res.code).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ n: 3 });
      expect(res.stderr).toContain(`eval: warning: ${path.join(dir, 'dev.jsonl')}:3: question id "2" is used on line 2 too`);
      expect(res.stderr).toContain(`eval: warning: ${path.join(dir, 'dev.jsonl')}:2: gold "D2-typo" of question "2" is not a document of the corpus`);
      expect(res.stderr.match(/warning/g)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs a fixture set end to end and prints the --json shape', async () => {
    const fixtures = path.join(repoRoot, 'test/fixtures/cli');
    const res = await node(['--corpus', path.join(fixtures, 'corpus'), '--queries', path.join(fixtures, 'questions.jsonl'), '--json']);
    expect(res.stderr).not.toMatch(/Error/);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['mrr10', 'n', 'none', 'r1', 'r10', 'r3']);
    expect(out.n).toBe(3);
    expect(out.none).toEqual({ n: 1, unanswered: expect.any(Number) });
    for (const k of ['mrr10', 'r1', 'r3', 'r10']) expect(out[k]).toBeGreaterThanOrEqual(0);
    for (const k of ['mrr10', 'r1', 'r3', 'r10']) expect(out[k]).toBeLessThanOrEqual(1);
  });
});

// The real forum set, when ../shared/eval is present: only that it runs and gives sane numbers, no targets
// (those are the method's business, and the dev set must not become a test fixture to tune against).
const forumQueries = path.join(evalDir(), 'forum', 'dev.jsonl');
describe.skipIf(!existsSync(forumQueries))('the forum set (../shared/eval present)', () => {
  // On the shipped write-up the set was written for: `npm run eval` runs it on whatever corpus/ holds.
  it('runs against the shipped write-up and gives numbers between 0 and 1', async () => {
    const { Library } = await import('../src/engine/library.ts');
    const library = await Library.open(shippedCorpus());
    const queries = await readQueries(forumQueries);
    const { scores } = evaluate('forum', library, queries);
    expect(scores.n + scores.none.n).toBe(queries.length);
    expect(scores.n).toBeGreaterThan(0);
    for (const v of [scores.mrr10, scores.r1, scores.r3, scores.r10]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(scores.r1).toBeLessThanOrEqual(scores.r3);
    expect(scores.r3).toBeLessThanOrEqual(scores.r10);
    expect(scores.none.unanswered).toBeLessThanOrEqual(scores.none.n);
  });
});

describe('confidence (answered on own questions, and on questions meant for other corpora)', () => {
  // Two fake corpora that answer exactly the questions mentioning their topic.
  const knows = (topic: string) => ({ ask: (question: string) => ({ answered: question.includes(topic) }) }) as never;
  const cats = [q('c1', { q: 'cats purr' }), q('c2', { q: 'cats and dogs' }), q('c3', { q: 'why birds sing' }), q('c4', { q: 'cats on mars', none: true })];
  const dogs = [q('d1', { q: 'dogs bark' }), q('d2', { q: 'fish swim' })];

  it('counts by hand-checked rules', () => {
    const rows = confidence([
      { name: 'cats', library: knows('cats'), queries: cats },
      { name: 'dogs', library: knows('dogs'), queries: dogs },
    ]);
    // cats: own answerable c1, c2, c3 → c1, c2 answered (2/3); others = its none row c4 + d1, d2 → c4 answered (1/3).
    // dogs: own d1, d2 → d1 (1/2); others = c1..c4 → c2 "cats and dogs" (1/4).
    expect(rows).toEqual([
      { name: 'cats', own: { n: 3, answered: 2 }, others: { n: 3, answered: 1 } },
      { name: 'dogs', own: { n: 2, answered: 1 }, others: { n: 4, answered: 1 } },
    ]);
    expect(formatConfidence(rows).split('\n')[2]).toBe('| cats   |              2/3 (67%) |                  1/3 (33%) |');
  });
});

describe('eval --help', () => {
  // --corpus goes to Library.open, which takes a folder or one file of any type the loader reads: the help named
  // only .jsonl, so a moderator with one Markdown write-up thought they had to convert it first.
  it('says --corpus takes one file of every type the loader reads', async () => {
    const res = await runNode('scripts/eval.ts', ['--help']);
    expect(res.code).toBe(0);
    const line = res.stdout.split('\n').find((l) => l.trimStart().startsWith('--corpus'));
    expect(line).toBeDefined();
    for (const ext of DOCUMENT_EXTENSIONS) expect(line).toContain(ext);
  });
});
