import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveId, displayPath, loadCorpus } from '../src/engine/corpus.ts';
import { parseFrontMatter } from '../src/engine/frontmatter.ts';
import { splitPassages } from '../src/engine/segment.ts';
import type { CorpusDocument, CorpusProblem, LoadResult } from '../src/engine/types.ts';
import { evalDir } from '../src/eval/sets.ts';
import { SHIPPED_FORUM, shippedCorpus } from './shipped-corpus.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'test/fixtures/corpus');
const SEED = join(repo, '../shared/seed/forum-write-up.txt');
// The same file beside the eval sets (TANYA_EVAL_DIR), for a clone that is not next to the shared folder.
const SEED_TXT = [SEED, join(evalDir(), '../seed/forum-write-up.txt')].find((p) => existsSync(p)) ?? SEED;
const TYDIQA = join(evalDir(), 'tydiqa-id/corpus.jsonl');

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** A fresh corpus folder holding `files` (path → content). */
async function corpusOf(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tanya-corpus-'));
  temps.push(root);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

async function load(files: Record<string, string | Uint8Array>, maxFileBytes?: number): Promise<LoadResult> {
  return loadCorpus(await corpusOf(files), maxFileBytes === undefined ? {} : { maxFileBytes });
}

const brief = (ps: CorpusProblem[]): string[] => ps.map((p) => `${p.file}:${p.line ?? '-'}`);

// The write-up corpus/ ships, in a folder of its own: what else a moderator has put beside it is theirs.
describe('the shipped corpus', () => {
  it('loads the forum write-up with its date and source taken from the text', async () => {
    const { documents, problems } = await loadCorpus(shippedCorpus());
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc).toMatchObject({ id: 'forum-2024-cctv', date: '2024-12', source: 'CCTV+', lang: 'id', url: null, line: 2 }); // line: where its id is set
    expect(doc.title).toMatch(/CCTV\+/);
    expect(doc.file).toBe('forum-2024-cctv-media-forum.md');

    const passages = splitPassages(doc);
    expect(passages).toHaveLength(10);
    expect(passages.map((p) => p.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(passages.every((p) => p.parts === 1)).toBe(true);
    expect(passages[0]!.text.startsWith('Digelar oleh CCTV Video News Agency')).toBe(true);
    expect(passages.at(-1)!.text.endsWith('negara-negara Global South.')).toBe(true);
    for (const p of passages) {
      expect(p.text).not.toContain('SOURCE CCTV+');
      expect(p.text).not.toContain('date 2024-12');
      expect(doc.body.slice(p.start, p.end)).toBe(p.text);
      expect(p).toMatchObject({ date: '2024-12', source: 'CCTV+', lang: 'id', docId: 'forum-2024-cctv' });
    }
    expect(passages.some((p) => p.text.includes('menyajkan'))).toBe(true); // the source's typo, kept verbatim
  });

  it.skipIf(!existsSync(SEED))('keeps the seed text byte for byte as the body', async () => {
    const { documents } = await loadCorpus(SHIPPED_FORUM);
    expect(documents[0]!.body).toBe(readFileSync(SEED, 'utf8'));
  });

  it('loads the same document from the file path alone, with the same id', async () => {
    const { documents, problems } = await loadCorpus(SHIPPED_FORUM);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.file])).toEqual([['forum-2024-cctv', 'forum-2024-cctv-media-forum.md']]);
  });
});

describe('the small fixture', () => {
  it('loads an English and an Indonesian document with their metadata', async () => {
    const { documents, problems } = await loadCorpus(join(fixtures, 'small'));
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.lang, d.date, d.source, d.url])).toEqual([
      ['community-meetup-2024', 'en', '2024-03-16', 'Meetup organisers', 'https://example.org/meetup-2024'],
      ['festival-budaya-2023', 'id', '2023-08-19', 'Antara', null],
    ]);
    const festival = splitPassages(documents[1]!);
    expect(festival.map((p) => p.text.slice(0, 30))).toEqual([
      'Festival Budaya Nusantara dige',
      'Panitia mencatat lebih dari 25',
      'Penutupan festival diisi pertu',
    ]);
  });
});

describe('metadata in the text', () => {
  it('reads a date prefix after leading whitespace and a SOURCE last line, and records their ranges', async () => {
    const body = '  date 2024-12-05 Acara dibuka.\n\nIsi kedua.\n\nSOURCE Kantor Berita X\n\n';
    const { documents, problems } = await load({ 'a.md': body });
    expect(problems).toEqual([]);
    const doc = documents[0]!;
    expect(doc).toMatchObject({ date: '2024-12-05', source: 'Kantor Berita X', body });
    expect(doc.excludedRanges.map(([s, e]) => body.slice(s, e))).toEqual(['date 2024-12-05 ', 'SOURCE Kantor Berita X']);
    expect(splitPassages(doc).map((p) => p.text)).toEqual(['Acara dibuka.', 'Isi kedua.']);
  });

  it('reads Windows (CRLF) and old Mac (CR) line endings as line breaks, in Markdown and in JSONL', async () => {
    const lf = '---\nid: ID\ntitle: Pasar Malam\n---\ndate 2024-12\nBaris satu.\n\nBaris dua.\n\nSOURCE Radio\n';
    // Two folders: in one, the two files would be copies of one write-up (a problem of its own).
    const crlf = await load({ 'crlf.md': lf.replace('ID', 'crlf').replace(/\n/g, '\r\n'), 'cr.jsonl': '{"id":"j1","text":"Satu."}\r{"id":"j2","text":"Dua."}\r' });
    const cr = await load({ 'cr.md': lf.replace('ID', 'cr').replace(/\n/g, '\r') });
    const documents = [...crlf.documents, ...cr.documents];
    expect([...crlf.problems, ...cr.problems]).toEqual([]);
    for (const id of ['crlf', 'cr']) {
      const doc = documents.find((d) => d.id === id)!;
      expect(doc).toMatchObject({ title: 'Pasar Malam', date: '2024-12', source: 'Radio', body: 'date 2024-12\nBaris satu.\n\nBaris dua.\n\nSOURCE Radio\n' });
      expect(splitPassages(doc).map((p) => p.text)).toEqual(['Baris satu.', 'Baris dua.']);
    }
    expect(documents.filter((d) => d.file === 'cr.jsonl').map((d) => [d.id, d.line])).toEqual([['j1', 1], ['j2', 2]]);
  });

  it('does not take prose for metadata', async () => {
    const body = 'The date 2024-12 was chosen.\n\nSource of the news: a press release.';
    const { documents } = await load({ 'a.md': body });
    expect(documents[0]).toMatchObject({ date: null, source: null, excludedRanges: [] });
  });

  it('lets front matter win over the text, while the text metadata still stays out of passages', async () => {
    const file = '---\ndate: 2025-01\nsource: Front matter\n---\ndate 2024-12 Teks.\nSOURCE Teks\n';
    const { documents } = await load({ 'a.md': file });
    const doc = documents[0]!;
    expect(doc).toMatchObject({ date: '2025-01', source: 'Front matter' });
    expect(splitPassages(doc).map((p) => p.text)).toEqual(['Teks.']);
  });

  it('accepts only days the month has, leap years included', async () => {
    const line = (id: string, date: string) => JSON.stringify({ id, text: 'Teks.', date });
    const rows = [line('a', '2024-02-29'), line('b', '2023-02-29'), line('c', '2024-04-31'), line('d', '2024-12-31'), line('e', '2024-02')];
    const { documents, problems } = await load({ 'bulk.jsonl': rows.join('\n'), 'f.md': 'date 2024-06-31 Teks.' });
    expect(documents.map((d) => [d.id, d.date])).toEqual([['a', '2024-02-29'], ['d', '2024-12-31'], ['e', '2024-02']]);
    expect(brief(problems)).toEqual(['bulk.jsonl:2', 'bulk.jsonl:3', 'f.md:1']);
  });

  it('reports a date prefix that is not a real date, with its line', async () => {
    const { problems } = await load({ 'a.md': '---\ntitle: x\n---\n\ndate 2024-13 Teks.\n' });
    expect(brief(problems)).toEqual(['a.md:5']);
    expect(problems[0]!.reason).toMatch(/date 2024-13/);
  });

  it('says what is wrong with a date prefix written YYYY-MM-DD that is no day, as front matter does', async () => {
    // "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD" to a moderator who had written just that form sent them
    // looking for a slip in it, as it did in front matter before its date said "June 2024 has 30 days".
    const { problems } = await load({ 'a.txt': 'date 2024-06-31 Kopdar Juni\n\nIsi.\n', 'b.txt': 'date 2024-13 Kopdar\n\nIsi.\n', 'c.txt': 'date 2024-6 Kopdar\n\nIsi.\n' });
    expect(problems.map((p) => [p.file, p.reason])).toEqual([
      ['a.txt', 'the text starts with "date 2024-06-31", which looks like a date prefix but is no date: June 2024 has 30 days'],
      ['b.txt', 'the text starts with "date 2024-13", which looks like a date prefix but is no date: there is no month 13'],
      ['c.txt', 'the text starts with "date 2024-6", which looks like a date prefix but is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ]);
  });
});

describe('front matter', () => {
  /** The document of a file of these lines, which must load without problems. */
  const cleanFrontMatter = async (lines: string[]) => {
    const { documents, problems } = await load({ 'a.md': lines.join('\n') });
    expect(problems).toEqual([]);
    return documents[0];
  };

  it('reads quoted and plain values, comments, and ignores unknown keys (with nested lines under them)', async () => {
    const file = [
      '---',
      '# a comment',
      'id: Custom.ID_1',
      'title: "Judul: dengan \\"kutip\\""',
      "source: 'Kompas' # trailing comment",
      'url: https://example.org/a#b',
      'tags:',
      '  - budaya',
      '  - festival',
      'author: Someone',
      'lang: id',
      '---',
      'Isi.',
    ];
    expect(await cleanFrontMatter(file)).toMatchObject({
      id: 'Custom.ID_1',
      title: 'Judul: dengan "kutip"',
      source: 'Kompas',
      url: 'https://example.org/a#b',
      lang: 'id',
      body: 'Isi.',
    });
  });

  it('keeps a "#10" or "#python" in a title or a source, where only " # " starts a comment; elsewhere any " #"', async () => {
    const file = [
      '---',
      'title: Meetup Bulanan #10 - Persiapan Forum #python',
      'source: KDB # notulen',
      'date: 2024-12-01 #tanggal-acara',
      'lang: id #bahasa',
      'url: https://example.org/a#b #tautan',
      '---',
      'Isi.',
    ];
    expect(await cleanFrontMatter(file)).toMatchObject({
      title: 'Meetup Bulanan #10 - Persiapan Forum #python',
      source: 'KDB',
      date: '2024-12-01',
      lang: 'id',
      url: 'https://example.org/a#b',
    });
    // A value that is all comment is no value: the title comes from the file name.
    const todo = await load({ 'rapat-mei.md': '---\ntitle: # TODO\n---\nIsi.' });
    expect(todo.documents[0]?.title).toBe('rapat mei');
  });

  it('ignores what Jekyll and Hugo put under keys it does not read: unindented lists and block text', async () => {
    const file = [
      '---',
      'title: Festival',
      'tags:',
      '- budaya',
      '- festival',
      'description: >',
      '  Teks panjang yang',
      '  dilipat.',
      'notes: |-',
      '  baris satu',
      '',
      '  baris dua',
      'lang: id',
      '---',
      'Isi.',
    ].join('\n');
    const { documents, problems } = await load({ 'a.md': file });
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({ title: 'Festival', lang: 'id', body: 'Isi.' });
    // A list item with no key above it to belong to is still an error.
    const stray = await load({ 'b.md': '---\ntitle: x\n- item\n---\nIsi.' });
    expect(brief(stray.problems)).toEqual(['b.md:3']);
  });

  it('refuses a block scalar for a key it reads, rather than taking ">" for the title', async () => {
    const { documents, problems } = await load({ 'a.md': '---\ntitle: >\n  Judul yang\n  dilipat\nlang: id\n---\nIsi.' });
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[2, expect.stringMatching(/"title".*on one line/)]]);
  });

  it('reports front matter that does not start on the first line instead of indexing it as text', async () => {
    const { documents, problems } = await load({ 'a.md': '\n---\nid: a\ntitle: T\n---\nTeks.' });
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[2, expect.stringMatching(/front matter must start on line 1/)]]);
    // Whatever the case of its keys, as front matter at line 1 is read.
    const capital = await load({ 'b.md': '\n---\nTitle: Rapat\n---\nIsi rapat.\n' });
    expect(capital.problems.map((p) => [p.line, p.reason])).toEqual([[2, expect.stringMatching(/front matter must start on line 1/)]]);
    // Nor when its "---" is indented (pasted from a chat or a document), which read the keys as a passage's text.
    const indented = await load({ 'c.md': '  ---\ntitle: Enam\n---\nTeks enam.\n', 'd.md': '\n\t---\ntitle: Tujuh\n---\nTeks.\n' });
    expect(indented.documents).toEqual([]);
    expect(indented.problems).toEqual([
      { file: 'c.md', line: 1, reason: 'front matter must start on line 1: remove the spaces before its "---"' },
      { file: 'd.md', line: 2, reason: 'front matter must start on line 1: remove the blank lines above its "---", and the spaces before it' },
    ]);
    // A thematic break after a first paragraph is text, not front matter; nor is one above prose that happens to
    // start with a key's name.
    const ok = await load({
      'b.md': 'Paragraf.\n\n---\n\nParagraf dua: lagi.',
      'c.md': '\n---\ntitle: the part everyone skips is the sponsors list\n\nThe festival opened at nine.\n',
    });
    expect(ok.problems).toEqual([]);
    expect(ok.documents.map((d) => d.id)).toEqual(['b', 'c']);
  });

  it('reports a front-matter block indented as a whole (pasted from a chat or a document), with its line', async () => {
    // Every line indented, the keys did not read as keys: the block was indexed as text ("## title: Delapan", a
    // setext heading in Markdown) and the title taken from the file name, without a word.
    const { documents, problems } = await load({
      'e.md': '  ---\n  title: Delapan\n  date: 2024-01\n  ---\nTeks delapan.\n',
      'f.txt': '\n\t---\n\tjudul: Sembilan\n\n\t---\n\nTeks sembilan.\n',
    });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { file: 'e.md', line: 1, reason: 'front matter must start on line 1: remove the spaces before its lines' },
      { file: 'f.txt', line: 2, reason: 'front matter must start on line 1: remove the blank lines above its "---", and the spaces before its lines' },
    ]);
    // Indented prose under an indented rule is text, as before.
    const ok = await load({ 'g.md': '  ---\n  title of the talk, and more\n\nTeks.\n' });
    expect(ok.problems).toEqual([]);
  });

  it('reports a key written with no space after its colon or indented, even on the block\'s first line', async () => {
    // On the first line, such a key made the block no front matter: it was read as a thematic break over prose, in
    // Markdown a heading ("## title:Rapat"), and the title and date were lost without a word.
    const { documents, problems } = await load({
      'a.md': '---\ntitle:Rapat Bulanan\ndate: 2025-01\n---\nTeks.\n',
      'b.md': '---\n  title: Rapat\n---\nTeks.\n',
      'c.txt': '---\nid: c\nJudul:Rapat\n---\nTeks.\n',
    });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { file: 'a.md', line: 2, reason: 'front matter: put a space after "title:" ("title: Rapat Bulanan")' },
      { file: 'b.md', line: 2, reason: 'front matter: "title" is indented: remove the spaces before it' },
      { file: 'c.txt', line: 3, reason: 'front matter: put a space after "Judul:" ("Judul: Rapat")' },
    ]);
    // A rule over prose that starts like a key, with no closing line, is text as before.
    const ok = await load({ 'd.md': '---\ntitle:the part everyone skips\n\nThe festival opened at nine.\n' });
    expect(ok.problems).toEqual([]);
  });

  it('reports a second front-matter block further down (two write-ups joined in one file), with its line', async () => {
    // Below the first, it was read as text: in Markdown "title: Rapat Februari" over "---" is a heading, quoted in
    // answers under the first write-up's title, and the second write-up's title and date were lost.
    const second = '---\ntitle: Rapat Februari\ndate: 2025-02\n---\nIsi rapat Februari.\n';
    const { documents, problems } = await load({
      'a.md': `---\ntitle: Rapat Januari\ndate: 2025-01\n---\nIsi rapat Januari.\n\n${second}`,
      'b.txt': `Isi tanpa front matter.\n\n\uFEFF${second}`,
    });
    expect(documents).toEqual([]);
    const reason = 'a second front-matter block: a file holds one write-up (put this one in a file of its own)';
    expect(problems).toEqual([
      { file: 'a.md', line: 7, reason },
      { file: 'b.txt', line: 3, reason: 'a front-matter block below the text: front matter opens the file (move it to line 1, or put the write-up it starts in a file of its own)' },
    ]);
    // A rule between paragraphs, a setext heading, and front matter shown in a code block are text.
    const ok = await load({
      'c.md': 'Paragraf.\n\n---\n\nAgenda: pembukaan.\n\n---\n',
      'd.md': 'Paragraf.\ntitle: Judul\n---\n\nIsi.\n',
      'e.md': 'Contoh:\n\n```\n---\ntitle: Rapat\n---\n```\n',
      'f.md': 'Isi.\n\n---\nSumber: Panitia\n---\n',
    });
    expect(ok.problems).toEqual([]);
  });

  it('reads a "---" over prose at the top of a file as a thematic break, not as front matter never closed', async () => {
    const { problems, documents } = await load({ 'a.md': '---\n\nDi awal ada garis.\n\nParagraf dua.\n' });
    expect(problems).toEqual([]);
    expect(splitPassages(documents[0]!).map((p) => p.text)).toEqual(['Di awal ada garis.', 'Paragraf dua.']);
  });

  it('says which line was meant to close the block when it has too few or too many dashes ("--", "----", "—")', async () => {
    for (const closing of ['--', '----', '—', '- - -']) {
      const { problems } = await load({ 'a.md': `---\ntitle: Rapat\ndate: 2025-09-20\n${closing}\nTeks.\n` });
      expect(problems).toEqual([
        { file: 'a.md', line: 1, reason: `front matter: the block opened with "---" on line 1 is never closed (line 4 "${closing}" should be "---")` },
      ]);
    }
  });

  it('reports a block opened with too few or too many dashes ("--", "----", "—") rather than index its keys as text', async () => {
    // It was read as a paragraph "title: Rapat date: 2025-09-20", quoted in answers, with the file name for a title.
    for (const opening of ['--', '----', '—', '- - -']) {
      for (const closing of ['---', opening]) {
        const { problems, documents } = await load({ 'a.md': `${opening}\ntitle: Rapat\ndate: 2025-09-20\n${closing}\nTeks.\n` });
        expect(documents).toEqual([]);
        const also = closing === '---' ? '' : `, and line 4 "${closing}" too`;
        expect(problems).toEqual([{ file: 'a.md', line: 1, reason: `front matter must open with "---": line 1 "${opening}" should be "---"${also}` }]);
      }
    }
    // A thematic break over prose that starts with no key tanya reads is text, as before.
    const ok = await load({ 'b.md': '----\nAgenda: pembukaan, diskusi.\n\nParagraf dua.\n', 'c.md': '—\ntitle of the talk\n—\nTeks.\n' });
    expect(ok.problems).toEqual([]);
  });

  it('reports an unclosed block on line 1 and says where the delimiter belongs', async () => {
    const { problems, documents } = await load({ 'a.md': '---\ntitle: x\nlang: id\n\nText that was meant as body.\n' });
    expect(documents).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.md', line: 1 });
    expect(problems[0]!.reason).toMatch(/never closed.*before line 4/);
  });

  it.each([
    ['14/06/2025', '2025-06-14 for 14 June 2025'],
    ['14-06-2025', '2025-06-14 for 14 June 2025'],
    ['6/7/2025', '2025-07-06 for 6 July 2025'],
    ['20 September 2025', '2025-09-20 for 20 September 2025'],
    ['Sabtu, 5 Okt 2025', '2025-10-05 for 5 October 2025'],
    ['Agustus 2025', '2025-08 for August 2025'],
    ['06/2025', '2025-06 for June 2025'],
    ['2025/6/14', '2025-06-14 for 14 June 2025'],
    ['2025-6-1', '2025-06-01 for 1 June 2025'],
  ])('says which YYYY-MM-DD a bad date written another way means (%s), reading day first as Indonesian does', async (written, hint) => {
    const { problems } = await load({ 'a.md': `---\ntitle: T\ndate: ${written}\n---\nTeks.\n` });
    expect(problems).toEqual([{ file: 'a.md', line: 3, reason: `bad date "${written}": use YYYY, YYYY-MM or YYYY-MM-DD (${hint})` }]);
  });

  it.each([
    ['2025-13-01', 'there is no month 13'],
    ['2025-00', 'there is no month 0'],
    ['2025-13', 'there is no month 13'],
    ['2025-02-29', 'February 2025 has 28 days'],
    ['2024-04-31', 'April 2024 has 30 days'],
    ['2025-06-00', 'there is no day 0'],
  ])('says what is wrong with a date written YYYY-MM-DD that is no day (%s)', async (written, hint) => {
    // "use YYYY, YYYY-MM or YYYY-MM-DD" to a moderator who did write YYYY-MM-DD sent them looking for a slip in the form.
    const { problems } = await load({ 'a.md': `---\ntitle: T\ndate: ${written}\n---\nTeks.\n` });
    expect(problems).toEqual([{ file: 'a.md', line: 3, reason: `bad date "${written}": ${hint}` }]);
  });

  it('says where a JSON line breaks, by column, and when it is cut short', async () => {
    // Node's "at position 67" counts from 0 and says nothing of a line that simply stops before its closing brace.
    const { problems } = await load({
      'bulk.jsonl': ['{"id":"a","text":"Baik."}', '{"id":"b","text":"Kerja bakti hari Minggu"', '{"id":"c" "text":"x"}'].join('\n'),
    });
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, expect.stringMatching(/^not valid JSON: the line ends before its JSON object does \(a closing } or " missing\?\): Expected ',' or '}' after property value in JSON$/)],
      [3, expect.stringMatching(/^not valid JSON at column 11: Expected ',' or '}' after property value in JSON$/)],
    ]);
  });

  it('says a JSON line cut right after a key\'s colon is cut short too', async () => {
    // JSON.parse says "Unexpected end of JSON input" there, with no position: the line cut one word later was said
    // to stop short, this one was not.
    const { problems } = await load({ 'bulk.jsonl': ['{"id":"a","text":"Baik."}', '{"id":"b","text":', '{"id":"c","text": \r'].join('\n') });
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'not valid JSON: the line ends before its JSON object does (a closing } or " missing?): Unexpected end of JSON input'],
      [3, 'not valid JSON: the line ends before its JSON object does (a closing } or " missing?): Unexpected end of JSON input'],
    ]);
  });

  it.each([
    ['Indonesia', 'id'],
    ['Bahasa Indonesia', 'id'],
    ['inggris', 'en'],
    ['English', 'en'],
    ['Jawa', 'jv'],
  ])('says which code a language written by its name means ("bahasa: %s", as an Indonesian moderator writes it)', async (written, code) => {
    const { problems } = await load({ 'a.md': `---\nbahasa: ${written}\n---\nTeks.\n` });
    expect(problems).toEqual([{ file: 'a.md', line: 2, reason: `bad lang "${written}": use a language code such as id or en (${code} for ${written})` }]);
    // A name it does not know is only told the form.
    const other = await load({ 'b.md': '---\nlang: Klingon\n---\nTeks.\n' });
    expect(other.problems.map((p) => p.reason)).toEqual(['bad lang "Klingon": use a language code such as id or en']);
  });

  it.each([
    ['Minggu, 5 Oktober 2025', '2025-10-05 for 5 October 2025'],
    ['Jum\'at 1/8/2025', '2025-08-01 for 1 August 2025'],
    ['Sat 4 Oct 2025', '2025-10-04 for 4 October 2025'],
  ])('reads past a weekday in front of a whole date (%s)', async (written, hint) => {
    const { problems } = await load({ 'a.md': `---\ndate: ${written}\n---\nTeks.\n` });
    expect(problems).toEqual([{ file: 'a.md', line: 2, reason: `bad date "${written}": use YYYY, YYYY-MM or YYYY-MM-DD (${hint})` }]);
  });

  // A week, an edition or a round numbered before a month is no day of it ("Week 12/2025" is in March, not December).
  it.each(['31/02/2025', '13/13/2025', 'kemarin', 'Mei', 'Week 12/2025', 'Pekan 5/2025', 'Minggu 3/2025', 'Edisi 7 Mei 2025', 'Rabu 12/2025'])('offers no date for %s, which is none', async (written) => {
    const { problems } = await load({ 'a.md': `---\ndate: ${written}\n---\nTeks.\n` });
    expect(problems).toEqual([{ file: 'a.md', line: 2, reason: `bad date "${written}": use YYYY, YYYY-MM or YYYY-MM-DD` }]);
  });

  it('reports a line without "key: value", a repeated key, a broken quote and bad values, each with its line', async () => {
    const file = '---\ntitle: ok\njust words\ntitle: again\nsource: "unclosed\ndate: 12/2024\nurl: ftp://x\nlang: bahasa indonesia\n---\nText.\n';
    const { problems, documents } = await load({ 'a.md': file });
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.line, p.reason.split(':')[0]])).toEqual([
      [3, 'front matter'],
      [4, 'front matter'],
      [5, 'front matter'],
      [6, 'bad date "12/2024"'],
      [7, 'bad url "ftp'],
      [8, 'bad lang "bahasa indonesia"'],
    ]);
    expect(problems[0]!.reason).toContain('just words');
    expect(problems[1]!.reason).toContain('first on line 2');
  });

  it('quotes a long value in a problem cut between characters, never through an emoji', async () => {
    // 40 emoji are 80 UTF-16 units: cut at 59 units, each quote held half an emoji, which Discord shows as "�".
    const party = '🎉'.repeat(40);
    const file = `---\ndate: ${party}\nid: ${party}\n${party}\n---\nText.\n`;
    const { problems } = await load({ 'a.md': file });
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) {
      expect(p.reason).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no lone surrogate
      if (p.reason.includes('🎉')) expect(p.reason).toMatch(/🎉…/u);
    }
  });

  it('parses a block with CRLF line endings and keeps the body as written', () => {
    const text = '---\r\nid: x\r\ntitle: "T"\r\n---\r\nBody line.\r\n';
    const fm = parseFrontMatter(text)!;
    expect(fm).toMatchObject({ closed: true, data: { id: 'x', title: 'T' }, problems: [], bodyLineOffset: 4 });
    expect(text.slice(fm.bodyStart)).toBe('Body line.\r\n');
    expect(parseFrontMatter('Body without front matter\n---\n')).toBeNull();
  });
});

describe('ids and titles', () => {
  it('derives ids from the path: lowercased, accents dropped, other characters to "-"', () => {
    expect(deriveId('Events/2024/Forum CCTV+ Résumé.md')).toBe('events-2024-forum-cctv-resume');
    expect(deriveId('forum-2024.md')).toBe('forum-2024');
    expect(deriveId('___.md')).toBe('');
  });

  it('takes the title from front matter, else a leading # heading, else the file name', async () => {
    const { documents } = await load({
      'a-front.md': '---\ntitle: From front matter\n---\n# Heading\n\nText.',
      'b-heading.md': '\n# From the heading #\n\nText.',
      'c_from-file-name.txt': '## Not a level-one heading\n\nText.',
    });
    expect(documents.map((d) => [d.id, d.title])).toEqual([
      ['a-front', 'From front matter'],
      ['b-heading', 'From the heading'],
      ['c-from-file-name', 'c from file name'],
    ]);
  });

  it('takes a title of invisible characters only (a zero-width space pasted from a page) as no title', async () => {
    // Cited as it was, the write-up had a blank name in every citation and in /about.
    const { documents, problems } = await load({
      'a-fm.md': '---\ntitle: "\u200b"\n---\nTeks A.\n',
      'b-heading.md': '# \u200b\uFEFF\n\nTeks B.\n',
      'c.jsonl': '{"id":"c-line","title":"\\u200b \\u2060","text":"Teks."}\n',
    });
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.title)).toEqual(['a fm', 'b heading', 'c-line']);
  });

  it('takes a plain-text first line that reads as a title, over a blank line, as the title and no passage', async () => {
    const text = 'Kopdar Pemula Python Bandung\n\nKopdar pertama.\n\nSesi kedua.\n';
    const { documents, problems } = await load({
      'kopdar.txt': text,
      'dated.txt': 'date 2025-03 Kopdar Maret\r\n\r\nIsi.\r\n\r\nSOURCE Panitia\r\n',
      'quoted.txt': '  "Malam Keakraban" (Makrab) 2025  \n\n\nIsi.',
    });
    expect(problems).toEqual([]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get('kopdar')!.title).toBe('Kopdar Pemula Python Bandung');
    expect(splitPassages(byId.get('kopdar')!).map((p) => p.text)).toEqual(['Kopdar pertama.', 'Sesi kedua.']);
    expect(byId.get('kopdar')!.body).toBe(text); // the body is kept as written: the line is a metadata range
    expect(byId.get('dated')).toMatchObject({ title: 'Kopdar Maret', date: '2025-03', source: 'Panitia' });
    expect(splitPassages(byId.get('dated')!).map((p) => p.text)).toEqual(['Isi.']);
    expect(byId.get('quoted')!.title).toBe('"Malam Keakraban" (Makrab) 2025');
    expect(splitPassages(byId.get('quoted')!).map((p) => p.text)).toEqual(['Isi.']);
  });

  it('takes a plain-text first line underlined with "=" or "-" as the title, with its underline', async () => {
    // The underline of a plain-text title kept the line from being the title: both were quoted as a passage.
    const { documents, problems } = await load({
      'a.txt': 'Kopdar Pemula Python\n====================\n\nIsi kopdar.\n',
      'b.txt': 'date 2025-03 Kopdar Maret\n  ---------------  \n\nIsi.\n',
      'c.txt': 'Kopdar Pemula\n==\n\nIsi.\n',
    });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.title, splitPassages(d).map((p) => p.text)])).toEqual([
      ['Kopdar Pemula Python', ['Isi kopdar.']],
      ['Kopdar Maret', ['Isi.']],
      ['c', ['Kopdar Pemula\n==', 'Isi.']], // two marks are no underline
    ]);
  });

  it('leaves a first line that does not read as a title as text', async () => {
    const long = 'Kata '.repeat(25).trim(); // 124 characters
    const files: Record<string, string> = {
      'a-sentence.txt': 'Acara dibuka pukul sembilan.\n\nIsi.',
      'b-colon.txt': 'Agenda:\n\n- Pembukaan',
      'c-long.txt': `${long}\n\nIsi.`,
      'd-no-blank.txt': 'Kopdar Pemula\nberlangsung meriah.\n\nIsi.',
      'e-alone.txt': 'Kopdar Pemula\n',
      'f-list.txt': '- Pembukaan\n\nIsi.',
      'g-heading.txt': '## Bagian\n\nIsi.',
      'h-markdown.md': 'Kopdar Pemula\n\nIsi.',
      'i-only-metadata-after.txt': 'Kopdar Pemula\n\nSOURCE Panitia\n',
      'j-number.txt': '2025\n\nIsi.',
      'k-date.txt': 'Sabtu, 5 Oktober 2025\n\nIsi.',
      'l-date.txt': '2025-10-05\n\nIsi.',
    };
    const { documents, problems } = await load(files);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.title, splitPassages(d).length])).toEqual([
      ['a-sentence', 'a sentence', 2],
      ['b-colon', 'b colon', 1], // the colon lead joins its list
      ['c-long', 'c long', 2],
      ['d-no-blank', 'd no blank', 2],
      ['e-alone', 'e alone', 1],
      ['f-list', 'f list', 2],
      ['g-heading', 'g heading', 1], // a heading stays with its text, as before
      ['h-markdown', 'h markdown', 2], // Markdown marks its headings: a plain first line is a paragraph there
      ['i-only-metadata-after', 'i only metadata after', 1],
      ['j-number', 'j number', 2],
      ['k-date', 'k date', 2], // a date says when, not what
      ['l-date', 'l date', 2],
    ]);
  });

  it('leaves a greeting on the first line as text, not the title: "Halo semua", "Hi all", "Selamat pagi"', async () => {
    // A write-up posted to a chat opens with a greeting over a blank line, the shape of a title line: it was cited
    // as the write-up's title ("Halo semua · § 1"), in place of the file name.
    const files: Record<string, string> = {
      'a-halo.txt': 'Halo semua\n\nKemarin kami kopdar di Dago.',
      'b-hi.txt': 'Hi all\n\nYesterday we met at the cafe.',
      'c-selamat.txt': 'Selamat pagi teman-teman\n\nKopdar dimulai pukul sembilan.',
      'd-salam.txt': "Assalamu'alaikum\n\nKopdar dimulai pukul sembilan.",
      'e-dear.txt': 'Dear members\n\nThe meetup opened at nine.',
      'f-dated.txt': 'date 2025-03 HALO SEMUANYA\n\nIsi.',
    };
    const { documents, problems } = await load(files);
    expect(problems).toEqual([]);
    // (Text that joins the paragraph under it, as a greeting line does: see segment.ts; the date line is metadata.)
    expect(documents.map((d) => [d.id, d.title, splitPassages(d).length, splitPassages(d)[0]!.text.split('\n')[0]])).toEqual([
      ['a-halo', 'a halo', 1, 'Halo semua'],
      ['b-hi', 'b hi', 1, 'Hi all'],
      ['c-selamat', 'c selamat', 1, 'Selamat pagi teman-teman'],
      ['d-salam', 'd salam', 1, "Assalamu'alaikum"],
      ['e-dear', 'e dear', 1, 'Dear members'],
      ['f-dated', 'f dated', 1, 'HALO SEMUANYA'],
    ]);
    // A title that only starts with the letters of one is still a title.
    const titles = await load({
      'g.txt': 'Halodoc Tech Talk\n\nIsi.',
      'h.txt': 'Hi-Tech Expo Bandung\n\nIsi.',
      'i.txt': 'Malam Keakraban 2025\n\nIsi.',
      'j.txt': 'Selamat Datang Mahasiswa Baru\n\nIsi.',
    });
    expect(titles.documents.map((d) => d.title)).toEqual(['Halodoc Tech Talk', 'Hi-Tech Expo Bandung', 'Malam Keakraban 2025', 'Selamat Datang Mahasiswa Baru']);
  });

  it('reads a first line opening with a greeting word as the title when it is shaped like one: a colon and a rest, or Title Case', async () => {
    // "Hello World: Workshop Python Pemula" greets no one: it names the workshop. A line that addresses people
    // ("Halo Semua", "Hi, Budi", "Selamat Pagi Teman-Teman"), however capitalised, is still a greeting.
    const titles = await load({
      'a.txt': 'Hello World: Workshop Python Pemula\n\nIsi.',
      'b.txt': 'Halo Jakarta: Kopdar Akbar 2025\n\nIsi.',
      'c.txt': 'Hello World Workshop\n\nIsi.',
      'd.txt': 'Good Morning Bandung Fun Run\n\nIsi.',
    });
    expect(titles.documents.map((d) => d.title)).toEqual(['Hello World: Workshop Python Pemula', 'Halo Jakarta: Kopdar Akbar 2025', 'Hello World Workshop', 'Good Morning Bandung Fun Run']);
    const greetings = await load({
      'e-halo.txt': 'Halo Semua\n\nIsi.',
      'f-hi.txt': 'Hi, Budi\n\nIsi.',
      'g-selamat.txt': 'Selamat Pagi Teman-Teman\n\nIsi.',
      'h-hello.txt': 'Hello everyone\n\nIsi.',
      'i-dear.txt': 'Dear Bapak/Ibu Anggota\n\nIsi.',
      'j-caps.txt': 'HALO BANDUNG\n\nIsi.',
    });
    expect(greetings.documents.map((d) => d.title)).toEqual(['e halo', 'f hi', 'g selamat', 'h hello', 'i dear', 'j caps']);
  });

  it('leaves a greeting to one person by name as text ("Hi Budi"), but not a title naming an event after a greeting word', async () => {
    // "Hi Budi" over a blank line, a message to one member pasted as a write-up, was cited as the write-up's title.
    const greetings = await load({
      'a-hi.txt': 'Hi Budi\n\nKopdar kemarin ramai.',
      'b-halo.txt': 'Halo Budi Santoso\n\nKopdar kemarin ramai.',
      'c-hai.txt': 'Hai Andi\n\nKopdar kemarin ramai.',
      'd-pak.txt': 'Halo Pak Andi\n\nKopdar kemarin ramai.',
    });
    // (Text, joined to the paragraph under it as a greeting line is: see segment.ts.)
    const joined = (d: CorpusDocument) => [d.title, splitPassages(d).map((p) => p.text)];
    expect(greetings.documents.map(joined)).toEqual([
      ['a hi', ['Hi Budi\n\nKopdar kemarin ramai.']],
      ['b halo', ['Halo Budi Santoso\n\nKopdar kemarin ramai.']],
      ['c hai', ['Hai Andi\n\nKopdar kemarin ramai.']],
      ['d pak', ['Halo Pak Andi\n\nKopdar kemarin ramai.']],
    ]);
    // A chat message's wave or thanks after the name ("Hi Budi 👋") makes it no title either.
    const waved = await load({ 'a-hi.txt': 'Hi Budi 👋\n\nKopdar kemarin ramai.', 'b-halo.txt': 'Halo Budi Santoso 🙏\n\nKopdar kemarin ramai.' });
    expect(waved.documents.map(joined)).toEqual([
      ['a hi', ['Hi Budi 👋\n\nKopdar kemarin ramai.']],
      ['b halo', ['Halo Budi Santoso 🙏\n\nKopdar kemarin ramai.']],
    ]);
    const titles = await load({
      'e.txt': 'Hai Festival 2025\n\nIsi.',
      'f.txt': 'Hai Festival\n\nIsi.',
      'g.txt': 'Hello Kopdar Python\n\nIsi.',
      'h.txt': 'Hi Budi Santoso Dan Teman Teman\n\nIsi.',
    });
    expect(titles.documents.map((d) => d.title)).toEqual(['Hai Festival 2025', 'Hai Festival', 'Hello Kopdar Python', 'Hi Budi Santoso Dan Teman Teman']);
    const festive = await load({ 'e.txt': 'Hai Festival 2025 🎉\n\nIsi.', 'f.txt': 'Halo Kopdar Dago 🎉\n\nIsi.' });
    expect(festive.documents.map((d) => d.title)).toEqual(['Hai Festival 2025 🎉', 'Halo Kopdar Dago 🎉']);
  });

  it('leaves a first line that the text below goes on from in lower case as text: a sentence a blank line broke', async () => {
    const continued = await load({ 'k.txt': 'Kopdar kali ini kami adakan\n\ndi sebuah kafe di Dago.\n\nIsi.', 'l.txt': 'Kopdar Dago\n\n"kopi darat" kami.' });
    expect(continued.documents.map((d) => [d.title, splitPassages(d).length])).toEqual([['k', 3], ['l', 2]]);
  });

  it('leaves a first line that is a field of the event or a byline as text: "Tempat: Kafe Dago", "Oleh Budi"', async () => {
    const { documents, problems } = await load({
      'p.txt': 'Tempat: Kafe Dago, Bandung\n\nIsi.',
      'q.txt': 'Oleh Budi Santoso\n\nIsi.',
      'r.txt': 'Waktu : Sabtu pukul 19.00\n\nIsi.',
      's.txt': 'By Jane Doe\n\nIsi.',
    });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.title, splitPassages(d).length])).toEqual([['p', 2], ['q', 2], ['r', 2], ['s', 2]]);
    // A title that starts with such a word, or is labelled as what it names, is still a title.
    const titles = await load({ 't.txt': 'Oleh-oleh Khas Bandung\n\nIsi.', 'u.txt': 'Acara: Kopdar Pemula Python\n\nIsi.', 'v.txt': 'Tempat Kerja Impian\n\nIsi.' });
    expect(titles.documents.map((d) => d.title)).toEqual(['Oleh-oleh Khas Bandung', 'Acara: Kopdar Pemula Python', 'Tempat Kerja Impian']);
  });

  it('leaves a first line that is a link as text: an address names no write-up', async () => {
    const { documents, problems } = await load({
      'm.txt': 'https://example.org/acara/kopdar-3\n\nIsi.',
      'n.txt': 'www.example.org/kopdar\n\nIsi.',
      'o.txt': 'Foto: https://example.org/album\n\nIsi.',
    });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.title, splitPassages(d).length])).toEqual([['m', 2], ['n', 2], ['o', 2]]);
  });

  it('lets a front-matter title win; the first line then stays text unless it repeats that title', async () => {
    const { documents } = await load({
      'other.txt': '---\ntitle: Kopdar #3\n---\nKopdar Pemula Python Bandung\n\nIsi.\n',
      'same.txt': '---\ntitle: Kopdar Pemula  python Bandung\n---\nKopdar Pemula Python Bandung\n\nIsi.\n',
    });
    expect(documents.map((d) => [d.id, d.title, splitPassages(d).map((p) => p.text)])).toEqual([
      ['other', 'Kopdar #3', ['Kopdar Pemula Python Bandung', 'Isi.']],
      ['same', 'Kopdar Pemula  python Bandung', ['Isi.']],
    ]);
  });

  it.skipIf(!existsSync(SEED_TXT))('reads the seed write-up saved as .txt exactly as before: no title line, its date and source', async () => {
    const { documents, problems } = await load({ 'forum.txt': readFileSync(SEED_TXT, 'utf8') });
    expect(problems).toEqual([]);
    const doc = documents[0]!;
    expect(doc).toMatchObject({ title: 'forum', date: '2024-12', source: 'CCTV+' });
    expect(doc.excludedRanges).toHaveLength(2);
    const passages = splitPassages(doc);
    expect(passages).toHaveLength(10);
    expect(passages[0]!.text.startsWith('Digelar oleh CCTV Video News Agency')).toBe(true);
  });

  it('gives the same ids and documents on every load', async () => {
    const root = await corpusOf({ 'x/One.md': 'One.', 'two.txt': 'Two.', 'three.jsonl': '{"id":"t","text":"Three."}' });
    const first = await loadCorpus(root);
    const second = await loadCorpus(root);
    expect(first.documents.map((d) => d.id)).toEqual(['t', 'two', 'x-one']);
    expect(second).toEqual(first);
  });

  it('refuses ids that cannot travel in a Discord custom_id, and derived ids over 64 characters', async () => {
    const long = 'a'.repeat(65);
    const { problems } = await load({ 'a.md': '---\nid: "bad id!"\n---\nText.', [`${long}.md`]: 'Text.', 'b.jsonl': `{"id":"ok"}\n{"id":"${long}","text":"x"}` });
    expect(brief(problems)).toEqual(['a.md:2', 'a'.repeat(65) + '.md:-', 'b.jsonl:1', 'b.jsonl:2']);
    expect(problems[1]!.reason).toMatch(/over 64 characters/);
  });
});

describe('JSONL', () => {
  it('reads one document per line, skipping blank lines, with CRLF endings and a BOM', async () => {
    const text = '\uFEFF{"id":"a","title":"","text":"Teks A."}\r\n\r\n{"id":"b","title":"Judul B","text":"Teks B.","date":"2024","source":"S","url":"https://e.org/b","lang":"id","extra":1}\r\n';
    const { documents, problems } = await load({ 'bulk.jsonl': text });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.title, d.line, d.body, d.date, d.source, d.url, d.lang])).toEqual([
      ['a', 'a', 1, 'Teks A.', null, null, null, null],
      ['b', 'Judul B', 3, 'Teks B.', '2024', 'S', 'https://e.org/b', 'id'],
    ]);
  });

  it('reads line breaks escaped in "text" as CRLF or a lone CR (old Macs) like LF: paragraphs split, no CR kept', async () => {
    const text = '{"id":"cr","text":"Paragraf satu.\\r\\rParagraf dua,\\rbaris dua.\\r\\n\\r\\nParagraf tiga."}\n';
    const { documents, problems } = await load({ 'bulk.jsonl': text });
    expect(problems).toEqual([]);
    const doc = documents[0]!;
    expect(doc.body).toBe('Paragraf satu.\n\nParagraf dua,\nbaris dua.\n\nParagraf tiga.');
    const passages = splitPassages(doc);
    expect(passages.map((p) => p.text)).toEqual(['Paragraf satu.', 'Paragraf dua,\nbaris dua.', 'Paragraf tiga.']);
    for (const p of passages) expect(doc.body.slice(p.start, p.end)).toBe(p.text);
  });

  it('reports each bad line with its number, and still loads the good lines', async () => {
    const lines = [
      '{"id":"ok-1","text":"Baik."}',
      '{"id":"x","text":',
      '42',
      'null',
      '{"text":"no id"}',
      '{"id":"y"}',
      '{"id":"z","text":"   "}',
      '{"id":"w","text":["not","a","string"]}',
      '{"id":7,"text":"numeric id"}',
      '{"id":"v","text":"t","lang":5}',
      '{"id":"u","text":"t","date":"kemarin"}',
      '{"id":"ok-2","text":"Juga baik."}',
    ];
    const { documents, problems } = await load({ 'bulk.jsonl': lines.join('\n') });
    expect(documents.map((d) => d.id)).toEqual(['ok-1', 'ok-2']);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, expect.stringMatching(/^not valid JSON/)],
      [3, expect.stringMatching(/expected a JSON object.*number/)],
      [4, expect.stringMatching(/expected a JSON object.*null/)],
      [5, 'missing "id"'],
      [6, 'missing "text"'],
      [7, 'empty "text"'],
      [8, '"text" must be a string, found an array'],
      [9, '"id" must be a non-empty string, found number 7 (write it in quotes: "7")'],
      [10, '"lang" must be a string, found number'],
      [11, expect.stringMatching(/^bad date "kemarin"/)],
    ]);
    expect(problems.every((p) => p.file === 'bulk.jsonl')).toBe(true);
  });

  it('reports a JSON array or a pretty-printed object in a .jsonl file once, not once for every line of it', async () => {
    // An export saved as one JSON value over many lines had every line reported "not valid JSON": hundreds of
    // problems that never said what was wrong with the file.
    const { documents, problems } = await load({
      'a.jsonl': '\n[\n  {"id": "a", "text": "A."},\n  {"id": "b", "text": "B."}\n]\n',
      'b.jsonl': '[{"id": "c", "text": "C."},\n{"id": "d", "text": "D."}]\n',
      'c.jsonl': '{\n  "id": "e",\n  "text": "E."\n}\n{\n  "id": "f",\n  "text": "F."\n}\n',
    });
    expect(documents).toEqual([]);
    const array = 'a JSON array, not JSON lines: write each document as one JSON object on a line of its own, without "[", "]" and the commas between them';
    expect(problems).toEqual([
      { file: 'a.jsonl', line: 2, reason: array },
      { file: 'b.jsonl', line: 1, reason: array },
      { file: 'c.jsonl', line: 1, reason: 'a JSON object written over several lines: in a .jsonl file each document is one JSON object on a line of its own' },
    ]);
  });

  it('reports a key of JSON lines written the way front matter allows, or misspelt, instead of ignoring it', async () => {
    // "judul" and "Title" were ignored without a word (the id became the title), and so was "tanggal" (undated).
    const lines = [
      '{"id":"a","judul":"Rapat","text":"Isi."}',
      '{"id":"b","Title":"Rapat","text":"Isi.","tanggal":"2025-01"}',
      '{"id":"c","tittle":"Rapat","text":"Isi."}',
      '{"id":"d","content":"Isi."}',
      '{"id":"e","title":"Rapat","judul":"Rapat","text":"Isi.","extra":1,"sources":["x"],"source":"y"}',
      '{"id":"f","text":"Isi."},',
      '{"id":"g","text":"Isi."}, ',
    ];
    const { documents, problems } = await load({ 'bulk.jsonl': lines.join('\n') });
    expect(documents.map((d) => d.id)).toEqual(['e']); // beside "title", "judul" is another tool's key
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'unknown key "judul": write "title"'],
      [2, 'unknown key "Title": write "title"'],
      [2, 'unknown key "tanggal": write "date"'],
      [3, 'unknown key "tittle": write "title"'],
      [4, 'missing "text" (unknown key "content": write "text")'],
      [6, 'a comma after the JSON object: remove it (JSON lines have nothing between them)'],
      [7, 'a comma after the JSON object: remove it (JSON lines have nothing between them)'],
    ]);
  });

  it('reports a JSONL file with no lines', async () => {
    const { problems } = await load({ 'a.md': 'Text.', 'empty.jsonl': '\n\n' });
    expect(problems).toEqual([{ file: 'empty.jsonl', line: null, reason: expect.stringMatching(/empty file/) }]);
  });
});

describe('problems', () => {
  it('reports every problem of the broken fixture at once, with files and lines', async () => {
    const { documents, problems } = await loadCorpus(join(fixtures, 'broken'));
    expect(brief(problems)).toEqual([
      'bad-id.md:2',
      'bad-line.md:3',
      'bad-line.md:4',
      'binary.txt:2',
      'bulk.jsonl:2',
      'bulk.jsonl:4',
      'bulk.jsonl:5',
      'bulk.jsonl:7',
      'empty.md:-',
      'good.md:2',
      'latin1.txt:2',
      'unclosed.md:1',
    ]);
    const reasons = problems.map((p) => p.reason).join('\n');
    for (const kind of [/bad id/, /expected "key: value"/, /bad date/, /binary content/, /not valid JSON/, /missing "text"/, /expected a JSON object/, /must be a string/, /empty document/, /duplicate document id "shared-id": already used by bulk\.jsonl:6/, /invalid UTF-8/, /never closed/]) {
      expect(reasons).toMatch(kind);
    }
    // README.md and _draft.md are skipped; the documents without problems still load (but good.md lost its id).
    expect(documents.map((d) => d.id)).toEqual(['bulk-1', 'shared-id']);
  });

  it('loads a file of exactly the size limit and refuses one byte more', async () => {
    const { problems, documents } = await load({ 'exact.md': 'x'.repeat(999) + '.', 'over.md': 'x'.repeat(1000) + '.' }, 1000);
    expect(documents.map((d) => d.id)).toEqual(['exact']);
    expect(problems.map((p) => p.file)).toEqual(['over.md']);
  });

  it('reports a file over the size limit without reading it', async () => {
    const { problems, documents } = await load({ 'big.md': 'x'.repeat(2000), 'small.md': 'Small.' }, 1000);
    expect(documents.map((d) => d.id)).toEqual(['small']);
    expect(problems).toEqual([{ file: 'big.md', line: null, reason: expect.stringMatching(/file too large: 2\.0 KiB, the limit is 1000 bytes/) }]);
  });

  it('says that NUL bytes only after the text are at its end, where text may be missing, rather than "not a text file"', async () => {
    const { problems } = await load({
      'cut.txt': Buffer.concat([Buffer.from('Catatan rapat kecil.\nBaris dua.\n'), Buffer.alloc(64)]),
      'nul.md': Buffer.from('Catatan.\n\u0000\n'),
      'utf16.md': Buffer.from('\uFEFFCatatan.\n\u0000\u0000', 'utf16le'),
      'photo.md': Buffer.concat([Buffer.from('line one\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])]),
    });
    const trailing = 'binary content (NUL bytes) at the end, after the text: a save or copy cut short? Check the end of the file (text may be missing there), remove them and save it again';
    expect(problems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['cut.txt', 3, trailing],
      ['nul.md', 2, trailing],
      ['photo.md', 2, 'binary content (a NUL byte): not a text file'],
      ['utf16.md', 2, trailing],
    ]);
  });

  it('says that a file name is not UTF-8 rather than that the file is a broken link', async () => {
    // "café.md" named in Windows-1252 (unpacked from a zip): Node reads the name as "caf�.md", which cannot be opened.
    const root = await corpusOf({ 'a.md': 'Fine.' });
    await writeFile(Buffer.from(`${root}/caf\xe9.md`, 'latin1'), 'Rapat di kafe.\n');
    const { problems, documents } = await loadCorpus(root);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(problems).toEqual([{ file: 'caf\uFFFD.md', line: null, reason: 'cannot read file: its name is not UTF-8 (written on Windows, or unpacked from a zip?): rename the file' }]);
  });

  it('reports a loop of links by what it is, not by its error code', async () => {
    const root = await corpusOf({ 'a.md': 'Fine.' });
    await symlink('x2.md', join(root, 'x1.md'));
    await symlink('x1.md', join(root, 'x2.md'));
    const { problems, documents } = await loadCorpus(root);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(problems.map((p) => `${p.file}: ${p.reason}`)).toEqual([
      'x1.md: cannot read file: a link that leads back to itself (a loop of links): delete it, or point it at the file',
      'x2.md: cannot read file: a link that leads back to itself (a loop of links): delete it, or point it at the file',
    ]);
  });

  it('reports an unreadable file (a broken link)', async () => {
    const root = await corpusOf({ 'a.md': 'Fine.' });
    await symlink(join(root, 'missing-target.md'), join(root, 'broken-link.md'));
    const { problems } = await loadCorpus(root);
    expect(problems).toEqual([{ file: 'broken-link.md', line: null, reason: expect.stringMatching(/^cannot read file/) }]);
  });

  it('reports invalid UTF-8 and NUL bytes with their lines, and strips a BOM', async () => {
    const { documents, problems } = await load({
      'bom.md': '\uFEFF---\ntitle: BOM\n---\nText.',
      'bad.txt': Buffer.concat([Buffer.from('ok\nok\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
      'nul.jsonl': Buffer.from('{"id":"a","text":"b"}\n\u0000\n'),
    });
    expect(problems.map((p) => [p.file, p.line, p.reason.split(' ')[0]])).toEqual([
      ['bad.txt', 3, 'invalid'],
      ['nul.jsonl', 2, 'binary'],
    ]);
    // Says how, for the moderator whose Notepad saved "ANSI" (Windows-1252): "save as UTF-8" alone did not.
    expect(problems[0]!.reason).toBe('invalid UTF-8 (save the file as UTF-8: in Notepad, File → Save as, Encoding "UTF-8")');
    expect(documents.map((d) => [d.id, d.title, d.body])).toEqual([['bom', 'BOM', 'Text.']]);
  });

  it('reads UTF-16 with a byte-order mark (Notepad\'s "Unicode") as the same documents as UTF-8; reports a broken one', async () => {
    const text = '---\ntitle: Festival\n---\nFestival musim semi di Quanzhou.\r\n\r\nParagraf kedua — “kutipan”.\n';
    const le = Buffer.from('\uFEFF' + text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const jsonl = Buffer.from('\uFEFF{"id":"j","text":"Baris JSON."}\n', 'utf16le');
    // Each in a folder of its own: in one, the three would be copies of one write-up (a problem of its own).
    const loaded = await Promise.all(Object.entries({ 'utf8.md': text, 'le.md': le, 'be.md': be, 'j.jsonl': jsonl }).map(([name, bytes]) => load({ [name]: bytes })));
    const documents = loaded.flatMap((l) => l.documents);
    expect(loaded.flatMap((l) => l.problems)).toEqual([]);
    const shape = (id: string) => {
      const d = documents.find((x) => x.id === id)!;
      return [d.title, d.body];
    };
    expect(shape('le')).toEqual(shape('utf8'));
    expect(shape('be')).toEqual(shape('utf8'));
    expect(shape('j')).toEqual(['j', 'Baris JSON.']);
    // An odd byte count cannot be UTF-16; NUL characters inside are binary; without the mark NUL bytes stay binary.
    const broken = await load({
      'odd.md': Buffer.concat([le, Buffer.from([0x41])]),
      'nul.md': Buffer.from('\uFEFFline one\nline\u0000two\n', 'utf16le'),
      'nomark.md': Buffer.from('Festival.\n', 'utf16le'),
    });
    expect(broken.problems.map((p) => [p.file, p.line, p.reason.split(' (')[0]])).toEqual([
      ['nomark.md', 1, 'binary content'],
      ['nul.md', 2, 'binary content'],
      ['odd.md', null, 'invalid UTF-16LE'],
    ]);
  });

  it('leaves out of Markdown passages what a reader never sees: HTML comments and lines of images only', async () => {
    const md = [
      '---',
      'title: Lampion',
      '---',
      'Festival lampion digelar di taman. <!-- editor: cek jamnya --> Acara dibuka wali kota.',
      '',
      '<!-- catatan editor:',
      '',
      'jangan diterbitkan -->',
      '',
      '![Foto parade](parade.jpg) ![Foto panggung](panggung.jpg)',
      '',
      'Parade dimulai pukul 18.00, lihat ![peta](peta.png) di gerbang.',
    ].join('\n');
    const { documents, problems } = await load({ 'lampion.md': md, 'plain.txt': 'Tanda <!-- ini --> teks biasa.\n' });
    expect(problems).toEqual([]);
    const passages = (id: string) => splitPassages(documents.find((d) => d.id === id)!);
    const lampion = passages('lampion');
    expect(lampion.map((p) => [p.paragraph, p.text])).toEqual([
      // The comment inside the sentence is gone and the sentence whole.
      [1, 'Festival lampion digelar di taman. Acara dibuka wali kota.'],
      // An image inside a sentence is part of the text, as the page shows it there.
      [2, 'Parade dimulai pukul 18.00, lihat ![peta](peta.png) di gerbang.'],
    ]);
    const body = documents.find((d) => d.id === 'lampion')!.body;
    for (const p of lampion) expect(body.slice(p.start, p.end)).toBe(p.text);
    // In a plain-text file "<!--" is text like any other.
    expect(passages('plain').map((p) => p.text)).toEqual(['Tanda <!-- ini --> teks biasa.']);
  });

  it('leaves markup lines out of Markdown passages, keeps headings with the text under them, and reads setext headings', async () => {
    const md = [
      'date 2024-12',
      '<!-- draf -->',
      '# Lomba Perahu Naga', // the title, after metadata and a comment
      '',
      '---',
      '',
      'Lomba diikuti delapan tim.',
      '',
      '## Hasil',
      '![foto](x.jpg)',
      '[![Video](thumb.jpg)](https://youtu.be/x)',
      '![Pawai](https://upload.example.org/Pawai_(2024).jpg "Pawai (Bali)")',
      '<img src="x.jpg" width="300">',
      'Tim Naga Emas menang.',
      '',
      '#### Kosong',
      '',
      '## Sponsor',
      '<div align="center">',
      '&nbsp;',
      'Didukung bank daerah.',
      '</div>',
      '',
      '***',
      '',
      'Dokumentasi',
      '===========',
      '',
      'Foto ada di [galeri][1].',
      '',
      '[1]: https://example.org/galeri',
    ].join('\n');
    const { documents, problems } = await load({ 'perahu.md': md });
    expect(problems).toEqual([]);
    const doc = documents[0]!;
    expect(doc.title).toBe('Lomba Perahu Naga');
    expect(splitPassages(doc).map((p) => [p.paragraph, p.text])).toEqual([
      [1, '# Lomba Perahu Naga\n\n\n\nLomba diikuti delapan tim.'],
      // Markup-only lines go with their line breaks: the heading and its text stay one paragraph, as on the page.
      [2, '## Hasil\nTim Naga Emas menang.'],
      // "#### Kosong" had no text of its own: the next "##" section does not carry it.
      // Block-level tags (<div>) separate, as on the page; the heading still carries its text.
      [3, '## Sponsor\n\n\nDidukung bank daerah.'],
      [4, '# Dokumentasi\n\nFoto ada di [galeri][1].'],
    ]);
  });

  it('joins a paragraph ending in a colon to the next one only where the page shows them together', async () => {
    const file = (between: string) => `Dokumentasi acara:\n\n${between}\n\nMeetup berikutnya di Bandung.\n`;
    for (const between of ['![Foto bersama](foto.jpg)', '<!-- TODO: isi agenda -->', '---', '<details>']) {
      const { documents, problems } = await load({ 'a.md': file(between) });
      expect(problems, between).toEqual([]);
      expect(splitPassages(documents[0]!).map((p) => p.text), between).toEqual(['Dokumentasi acara:', 'Meetup berikutnya di Bandung.']);
    }
    const { documents } = await load({ 'a.md': 'Agenda:\n\n- Pembukaan\n- Diskusi\n' });
    expect(splitPassages(documents[0]!).map((p) => p.text)).toEqual(['Agenda:\n\n- Pembukaan\n- Diskusi']);
  });

  it('keeps a fenced code block one paragraph, blank lines and # comments in it, and counts § as a reader does', async () => {
    const md = ['Pasang dulu:', '', '```bash', 'pip install tanya', '', '# langkah kedua', '', 'python run.py', '```', '', 'Selesai.', '', 'Kode ```inline``` saja.', '', 'Akhir.'].join('\n');
    const { documents } = await load({ 'kode.md': md });
    expect(splitPassages(documents[0]!).map((p) => [p.paragraph, p.text])).toEqual([
      [1, 'Pasang dulu:'],
      [2, '```bash\npip install tanya\n\n# langkah kedua\n\npython run.py\n```'],
      [3, 'Selesai.'],
      [4, 'Kode ```inline``` saja.'],
      [5, 'Akhir.'],
    ]);
  });

  it('reads comments and image lines inside paragraphs as the page does; leaves code and visible text alone', async () => {
    const md = [
      'Festival lampion dimulai <!--',
      'TODO: cek jam',
      '--> pukul sembilan malam.',
      'Lampion dilepas ke sungai',
      '![Foto](l.jpg)',
      '<!-- catatan redaksi -->',
      'saat festival berakhir.',
      '',
      '[Update]: acara diundur ke 5 Januari karena hujan.',
      '',
      '[^1]: Sumber: BPS, 2024.',
      '',
      '```yaml',
      '---',
      'judul: Festival',
      '---',
      '[panitia]: budi',
      '<!-- bukan komentar di sini',
      '```',
      '',
      'Akhir.',
    ].join('\n');
    const { documents, problems } = await load({ 'lampion.md': md });
    expect(problems).toEqual([]);
    expect(splitPassages(documents[0]!).map((p) => [p.paragraph, p.text, p.code ?? false])).toEqual([
      // A comment inside a line (even over several) goes and the sentence stays whole; an image line inside a
      // paragraph goes and the paragraph stays one; a comment that starts a line is a block and separates.
      [1, 'Festival lampion dimulai pukul sembilan malam.\nLampion dilepas ke sungai', false],
      [2, 'saat festival berakhir.', false],
      [3, '[Update]: acara diundur ke 5 Januari karena hujan.', false],
      [4, '[^1]: Sumber: BPS, 2024.', false],
      [5, '```yaml\n---\njudul: Festival\n---\n[panitia]: budi\n<!-- bukan komentar di sini\n```', true],
      [6, 'Akhir.', false],
    ]);
  });

  it('takes out only the comment: text after its end shows, a comment around a code block hides it, and code is never read for comments', async () => {
    const { documents, problems } = await load({
      'a.md': 'Intro.\n\n<!-- todo --> Acara dimulai pukul 09.00.\n\nPenutup.\n<!-- end -->\n',
      'b.md': 'Teks awal.\n\n<!--\n```js\nold();\n```\n-->\n\nSetelah komentar.\n',
      'c.md': 'Tulis komentar dengan `<!--` di awal, diakhiri `-->` lalu simpan.\n',
    });
    expect(problems).toEqual([]);
    const texts = (id: string) => splitPassages(documents.find((d) => d.id === id)!).map((p) => p.text);
    expect(texts('a')).toEqual(['Intro.', 'Acara dimulai pukul 09.00.', 'Penutup.']);
    expect(texts('b')).toEqual(['Teks awal.', 'Setelah komentar.']);
    expect(texts('c')).toEqual(['Tulis komentar dengan `<!--` di awal, diakhiri `-->` lalu simpan.']);
  });

  it('reads fences only in Markdown, where a fence also ends the paragraph above it; a long code block stays code in every part', async () => {
    const code = Array.from({ length: 40 }, (_, i) => `# step ${i}: install <pkg> [docs](http://x/${i})`).join('\n');
    const { documents } = await load({
      'a.txt': 'Bagian satu.\n\n~~~~~~~~~~\n\nBagian dua.\n\nBagian tiga.\n',
      'b.md': 'Install it with:\n```\nnpm i\n```\nThen run it.\n',
      'c.md': '```bash\n' + code + '\n```\n',
    });
    const passages = (id: string) => splitPassages(documents.find((d) => d.id === id)!);
    expect(passages('a').map((p) => p.text)).toEqual(['Bagian satu.', '~~~~~~~~~~', 'Bagian dua.', 'Bagian tiga.']);
    expect(passages('b').map((p) => p.text)).toEqual(['Install it with:', '```\nnpm i\n```', 'Then run it.']);
    const parts = passages('c');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.code === true)).toBe(true);
  });

  it('reads the rest of what CommonMark hides: empty comments, script and style blocks, tag-only lines, definitions after a heading; an unclosed inline comment is text', async () => {
    const md = [
      'Foo <!--> bar <!---> baz.',
      '    <!-- catatan terindentasi -->',
      'masih paragraf yang sama.',
      '',
      '<style>',
      '.a { display:none }',
      '</style>',
      '',
      '<video src="a.mp4" controls></video>',
      '',
      '# Tautan',
      '[1]: https://contoh.id/x',
      '[2]: https://contoh.id/y',
      '',
      'Intro <!-- catatan tanpa akhir',
      '',
      'Akhir.',
    ].join('\n');
    const { documents, problems } = await load({ 'a.md': md });
    expect(problems).toEqual([]);
    expect(splitPassages(documents[0]!).map((p) => p.text)).toEqual([
      'Foo bar baz.\nmasih paragraf yang sama.',
      '# Tautan\n\nIntro <!-- catatan tanpa akhir',
      'Akhir.',
    ]);
  });

  it('reads a setext underline under a paragraph of several lines as making all of them the heading', async () => {
    const { documents } = await load({ 'a.md': 'Laporan festival\nlayang-layang 2024\n===\nTeks di bawahnya.\n\n- butir\n---\n\nAkhir.\n' });
    expect(splitPassages(documents[0]!).map((p) => p.text)).toEqual(['# Laporan festival layang-layang 2024\nTeks di bawahnya.', '- butir', 'Akhir.']);
  });

  it('reports a bad date prefix at its line in the file, after lines Markdown leaves out', async () => {
    const { problems } = await load({
      'a.md': '<!-- note -->\ndate 2024-13 Acara.\n',
      'b.md': '![x](a.png)\n\n\ndate 2024-13 Acara.\n',
      'c.md': '---\ntitle: T\n---\n<!-- satu\ndua -->\ndate 2024-13 Acara.\n',
    });
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['a.md', 2],
      ['b.md', 4],
      ['c.md', 6],
    ]);
  });

  it('reports a Markdown comment that is never closed (it would hide the rest), and a document of comments only', async () => {
    const { problems } = await load({
      'open.md': '---\ntitle: T\n---\nTeks pertama.\n\n<!-- catatan\nTeks kedua.\n',
      'notes.md': '<!-- hanya catatan -->\n\n![foto](a.jpg)\n',
    });
    expect(problems.map((p) => [p.file, p.line, p.reason.split(':')[0]])).toEqual([
      ['notes.md', null, 'empty document'],
      ['open.md', 6, 'an HTML comment "<!--" opened here is never closed with "-->"'],
    ]);
  });

  it('reads the keys written in Indonesian (judul, tanggal, sumber, tautan, bahasa) as the English ones', async () => {
    const { problems, documents } = await load({
      'arisan.md': '---\nJudul: Arisan Komunitas\ntanggal: 2025-07-01\nsumber: Panitia\ntautan: https://example.org/arisan\nbahasa: id\n---\nArisan diadakan di rumah Bu Sari.\n',
    });
    expect(problems).toEqual([]);
    expect(documents[0]).toMatchObject({ title: 'Arisan Komunitas', date: '2025-07-01', source: 'Panitia', url: 'https://example.org/arisan', lang: 'id' });
    // Checked as the English key is, at its own line; and one key given both ways is given twice.
    const bad = await load({ 'a.md': '---\ntitle: Arisan\ntanggal: 1 Juli 2025\njudul: Arisan lagi\n---\nTeks.\n' });
    expect(bad.problems.map((p) => [p.line, p.reason])).toEqual([
      [4, 'front matter: "judul" is "title" given twice (first on line 2)'],
      [3, 'bad date "1 Juli 2025": use YYYY, YYYY-MM or YYYY-MM-DD (2025-07-01 for 1 July 2025)'],
    ]);
    // The line it was first given on is named as written there, where no "title" stands.
    const first = await load({ 'b.md': '---\njudul: Arisan\ntitle: Arisan lagi\n---\nTeks.\n' });
    expect(first.problems.map((p) => [p.line, p.reason])).toEqual([[3, 'front matter: "title" is given twice (first on line 2, as "judul")']]);
  });

  it('reports a misspelt key ("tittle", "tangal") rather than ignore it as a key of another tool', async () => {
    const { problems, documents } = await load({
      'a.md': '---\ntittle: Rapat Warga\ntangal: 2025-06-01\nDate: 2025-06-01\n---\nRapat warga.\n',
      // Keys of other tools, however close to one of ours in length, are still ignored.
      'b.md': '---\ntitle: B\ntags: [a]\nlayout: post\nauthor: x\nslug: b\ndraft: false\ndescription: d\n---\nTeks B.\n',
    });
    expect(problems).toEqual([
      { file: 'a.md', line: 2, reason: 'front matter: unknown key "tittle": did you mean "title"?' },
      { file: 'a.md', line: 3, reason: 'front matter: unknown key "tangal": did you mean "tanggal"?' },
    ]);
    expect(documents.map((d) => d.title)).toEqual(['B']);
  });

  it('takes no real word of a write-up for a misspelt key: "number", "long" beside "lat", a key given beside its plural', async () => {
    const { problems, documents } = await load({
      // A meetup's number and its venue's coordinates: "did you mean sumber/lang?" rejected the whole reload.
      'meetup.md': '---\ntitle: Meetup #8\nNumber: 8\nlat: -6.2\nlong: 106.8\nrate: 5\ndata: survei\n---\nMeetup kedelapan.\n',
      // Another tool's list beside tanya's own key: both were written on purpose.
      'both.md': '---\nsource: Panitia\nsources:\n  - Panitia\n  - Humas\ndate: 2025-06\ndates: [2025-06-01, 2025-06-02]\n---\nTeks.\n',
    });
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.title).sort()).toEqual(['Meetup #8', 'both']);
  });

  it('reads front matter as static-site generators write it: capitalised keys, dates with their time; refuses TOML by name', async () => {
    const { documents, problems } = await load({
      'hugo.md': '---\nTitle: Kerja Bakti\nDate: 2024-08-17T07:30:00+07:00\nSource: Karang Taruna\n---\nKerja bakti di balai desa.\n',
      'jekyll.md': '---\ntitle: Malam Budaya\ndate: 2024-12-01 10:00:00 +0700\n---\nMalam budaya digelar.\n',
      'utc.md': '---\ndate: 2024-12-01T10:00:00Z\n---\nTeks.\n',
      'hour.md': '---\ndate: 2024-12-01t10:00:00+07\n---\nTeks jam.\n',
      'clock.md': '---\ndate: 2024-12-01T99:99\n---\nTeks.\n',
      'title.md': '# Laporan **Festival** Layang *Pantai* [Parangtritis](https://example.com/ptr)\n\nTeks.\n',
      'toml.md': '+++\ntitle = "Pentas"\n+++\nPentas seni.\n',
      'twice.md': '---\ntitle: A\nTitle: B\n---\nTeks.\n',
    });
    const byId = (id: string) => documents.find((d) => d.id === id)!;
    expect([byId('hugo').title, byId('hugo').date, byId('hugo').source]).toEqual(['Kerja Bakti', '2024-08-17', 'Karang Taruna']);
    expect(byId('jekyll').date).toBe('2024-12-01');
    expect(byId('utc').date).toBe('2024-12-01');
    expect(byId('hour').date).toBe('2024-12-01');
    // A title taken from a Markdown heading reads as the heading does on the page.
    expect(byId('title').title).toBe('Laporan Festival Layang Pantai Parangtritis');
    expect(problems.map((p) => [p.file, p.line, p.reason.split(':')[0]])).toEqual([
      ['clock.md', 2, 'bad date "2024-12-01T99'],
      ['toml.md', 1, 'front matter in TOML ("+++") is not supported'],
      ['twice.md', 3, 'front matter'],
    ]);
    expect(problems[2]!.reason).toContain('"title" is given twice');
  });

  it('reads a file or folder reached both directly and through a link once, by its own path', async () => {
    const dir = await corpusOf({ 'real/asli.md': 'Pawai obor keliling kampung.\n', 'breal/x.md': 'Lomba panjat pinang.\n' });
    await symlink(join(dir, 'real/asli.md'), join(dir, 'link.md'));
    await symlink(join(dir, 'breal'), join(dir, 'ablink'));
    // Nested: a link deep in one folder to another folder, listed before it.
    await mkdir(join(dir, 'a'));
    await symlink(join(dir, 'zreal'), join(dir, 'a', 'link'));
    await mkdir(join(dir, 'zreal'));
    await writeFile(join(dir, 'zreal', 'lampion.md'), 'Lampion dilepas.\n');
    const { documents, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id).sort()).toEqual(['breal-x', 'real-asli', 'zreal-lampion']);
  });

  it('names documents that share a title by their id too, so their citations tell them apart', async () => {
    const { documents } = await load({
      '2024/rapat.md': '# Rapat Bulanan\n\nKas desa naik.\n',
      '2025/rapat.md': '# Rapat bulanan\n\nKas desa turun.\n',
      'lain.md': '# Pentas Seni\n\nPentas meriah.\n',
    });
    expect(documents.map((d) => d.title)).toEqual(['Rapat Bulanan (2024-rapat)', 'Rapat bulanan (2025-rapat)', 'Pentas Seni']);
    // Even when a title already reads like another's named one, every citation differs.
    const clash = await load({ 'a.md': '# Rapat\n\nSatu.\n', 'b.md': '# Rapat\n\nDua.\n', 'c.md': '# Rapat (a)\n\nTiga.\n' });
    expect(new Set(clash.documents.map((d) => d.title)).size).toBe(3);
  });

  it('reports empty documents', async () => {
    const { problems } = await load({ 'a.md': '', 'b.md': '---\ntitle: x\n---\n\n', 'c.txt': 'date 2024\n\nSOURCE X\n', 'd.md': '# Only a heading\n' });
    expect(brief(problems)).toEqual(['a.md:-', 'b.md:-', 'c.txt:-', 'd.md:-']);
    expect(problems.every((p) => p.reason.startsWith('empty document'))).toBe(true);
  });

  it('names both places of a duplicate id across files and lines, down to the front matter line that sets it', async () => {
    const { problems } = await load({
      'a.md': '---\ntitle: A\nid: same\n---\nA.',
      'b/c.md': '---\nid: same\n---\nC.',
      'd.jsonl': '{"id":"other","text":"O."}\n{"id":"same","text":"D."}',
    });
    expect(problems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['b/c.md', 2, 'duplicate document id "same": already used by a.md:3'],
      ['d.jsonl', 2, 'duplicate document id "same": already used by a.md:3'],
    ]);
    // An id taken from the file name has no line to point at.
    const { problems: named } = await load({ 'x/dup.md': 'X.', 'y.md': '---\nid: x-dup\n---\nY.' });
    expect(named.map((p) => [p.file, p.line, p.reason])).toEqual([['y.md', 2, 'duplicate document id "x-dup": already used by x/dup.md (its id comes from its file name)']]);
  });

  it('reports a copy of a write-up under another name, naming the copy, and keeps the original', async () => {
    // A download saved twice ("meetup-5 (1).md") or Windows' "Copy": its own id, so no duplicate id; loaded, it
    // answered every question about the event twice, under titles renamed "(meetup-5)" and "(meetup-5-1)".
    const text = '---\ntitle: Meetup Komunitas Data #5\ndate: 2025-05-10\n---\nPeserta yang hadir berjumlah 45 orang.\n';
    const { documents, problems } = await load({ 'meetup-5.md': text, 'meetup-5 (1).md': text, 'b/meetup-5 - Copy.md': text.replace(/\n/g, '\r\n'), 'other.md': 'Lain.' });
    expect(problems).toEqual([
      { file: 'b/meetup-5 - Copy.md', line: null, reason: 'the same text as meetup-5.md: a copy of it? Delete one of them, or give this one its own text' },
      { file: 'meetup-5 (1).md', line: null, reason: 'the same text as meetup-5.md: a copy of it? Delete one of them, or give this one its own text' },
    ]);
    expect(documents.map((d) => [d.id, d.title])).toEqual([['meetup-5', 'Meetup Komunitas Data #5'], ['other', 'other']]);
    // Another event's write-up may share a short text: a title or a date of its own makes it no copy.
    const shared = await load({ 'a.md': '---\ntitle: Rapat Mei\n---\nFoto menyusul.', 'b.md': '---\ntitle: Rapat Juni\n---\nFoto menyusul.', 'c.md': '---\ntitle: Rapat Juni\ndate: 2025-06\n---\nFoto menyusul.' });
    expect(shared.problems).toEqual([]);
    // So does an address or a source of its own: two forum threads, or two channels, that both say "Foto menyusul."
    // are two postings (a copy of a file carries its front matter with it).
    const posted = await load({
      'kopdar-3.md': '---\nurl: https://forum.example/t/10\n---\nFoto menyusul.',
      'kopdar-4.md': '---\nurl: https://forum.example/t/11\n---\nFoto menyusul.',
      'x.jsonl': '{"id":"a1","text":"Foto menyusul.","source":"#umum"}\n{"id":"a2","text":"Foto menyusul.","source":"#jakarta"}\n',
    });
    expect(posted.problems).toEqual([]);
    expect(posted.documents).toHaveLength(4);
    // Two lines of a bulk file, the later one named.
    const bulk = await load({ 'bulk.jsonl': '{"id":"x1","text":"Sama."}\n{"id":"x2","text":"Sama."}\n' });
    expect(bulk.problems.map((p) => [p.file, p.line, p.reason.split(': ')[0]])).toEqual([['bulk.jsonl', 2, 'the same text as bulk.jsonl:1']]);
    // A plain-text copy titled by its file name, which differs between the two.
    const plain = await load({ 'catatan rapat.txt': 'rapat dimulai pukul tujuh.', 'catatan rapat (1).txt': 'rapat dimulai pukul tujuh.' });
    expect(plain.problems.map((p) => p.file)).toEqual(['catatan rapat (1).txt']);
    expect(plain.documents.map((d) => d.title)).toEqual(['catatan rapat']);
    // Spacing aside: a copy whose lines were wrapped again, or spaced twice, is one; texts alike only in their
    // first dozen words are not.
    const long = 'Rapat pengurus dibuka pukul tujuh malam oleh ketua komunitas di ruang pertemuan lantai dua gedung';
    const spaced = await load({
      'a.txt': `${long} utama.`,
      'a (1).txt': `${long.replace(/ /g, '  ').replace('ketua ', 'ketua\n')} utama.`,
      'b.txt': `${long} samping.`,
    });
    expect(spaced.problems.map((p) => p.file)).toEqual(['a (1).txt']);
  });

  it('says so when a duplicate id came from file names, which the moderator never wrote as ids', async () => {
    // "x/a-b.md" and "x-a/b.md" are both "x-a-b": told only "duplicate document id", the moderator looked for an
    // "id:" line that neither file has.
    const { documents, problems } = await load({ 'x/a-b.md': 'A.', 'x-a/b.md': 'B.' });
    expect(documents.map((d) => d.file)).toEqual(['x-a/b.md']);
    expect(problems).toEqual([
      {
        file: 'x/a-b.md',
        line: null,
        reason:
          'duplicate document id "x-a-b": already used by x-a/b.md (its id comes from its file name); this id comes from this file\'s name: rename the file, or give it an "id:" in front matter',
      },
    ]);
  });

  it('reports a corpus with no documents, and skips hidden, underscore and README files', async () => {
    const { documents, problems } = await load({ 'README.md': '# About', '.hidden.md': 'x', '_draft.md': 'x', 'notes.pdf': 'x', '_drafts/a.md': 'x' });
    expect(documents).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^no documents/);
  });

  it('reports a missing corpus path and a file of another kind', async () => {
    const missing = join(tmpdir(), 'tanya-no-such-corpus-dir');
    expect(await loadCorpus(missing)).toEqual({ documents: [], problems: [{ file: basename(missing), line: null, reason: 'the corpus path does not exist' }], unread: [] });
    const root = await corpusOf({ 'notes.pdf': 'x' });
    const { problems } = await loadCorpus(join(root, 'notes.pdf'));
    expect(problems[0]!.reason).toMatch(/^not a corpus file/);
  });

  it('reads nested folders in path order', async () => {
    const { documents } = await load({ 'b.md': 'B.', 'a/z.md': 'AZ.', 'a/b/c.md': 'ABC.', 'A.md': 'Upper.' });
    expect(documents.map((d) => d.file)).toEqual(['A.md', 'a/b/c.md', 'a/z.md', 'b.md']);
  });
});

describe.skipIf(!existsSync(TYDIQA))('the eval corpora', () => {
  it('loads tydiqa-id: 4,650 documents, no problems, titles falling back to ids', async () => {
    const { documents, problems } = await loadCorpus(TYDIQA);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(4650);
    expect(documents[0]).toMatchObject({ id: 'tydiqa-00001', title: 'tydiqa-00001', file: 'corpus.jsonl', line: 1, excludedRanges: [] });
    // Cited by its opening, with its id; indexed by its id as before (the eval sets' rankings do not move).
    expect(documents[0]!.label).toBe('Ernest Douwes Dekker wafat dini hari tanggal 28 Agustus… (tydiqa-00001)');
    const broken = documents.flatMap((d) => splitPassages(d).filter((p) => d.body.slice(p.start, p.end) !== p.text || p.text.length > 1000));
    expect(broken).toEqual([]);
  });
});

describe('displayPath', () => {
  it('names the corpus root relative to the working directory, never by a path outside it', () => {
    expect(displayPath(join(process.cwd(), 'corpus'))).toBe('corpus');
    expect(displayPath(process.cwd())).toBe('.');
    expect(displayPath('/srv/secret/layout/corpus')).toBe('corpus');
  });
});
