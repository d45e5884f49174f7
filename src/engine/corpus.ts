// Loading the corpus: a folder of Markdown/text files and JSONL files (or one such file) → documents.
//
// Loading never throws for what is in the files. Every problem found — in every file — is collected with its file
// (relative to the corpus root) and line, so a moderator fixing a corpus sees the whole list at once. A document
// with a problem is left out of `documents` (the other lines of its JSONL file still load, so their ids are
// checked for duplicates too). A reload serves a broken file's previous version (library.ts, last-good.ts), so a
// half-good corpus never loses a write-up that was answering.
//
// Which files: *.md, *.markdown, *.txt and *.jsonl, recursively, in path order (plain code-unit order, so the
// same on every machine). Skipped: names starting with `.` or `_` (hidden files, editor backups, `_drafts/`)
// and README files, so a corpus folder can explain itself to the next moderator.

import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { impossibleDateHint, isIsoDate, isoDateHint } from './date-hint.ts';
import { encodingOf } from './encoding.ts';
import { groupBy } from './group-by.ts';
import { FRONT_MATTER_KEYS, type FrontMatterKey, knownKey, laterFrontMatter, misdashedFrontMatter, misplacedFrontMatter, misspeltKey, parseFrontMatter, quoted } from './frontmatter.ts';
import { visibleMarkdown } from './hidden.ts';
import { hasPassageText } from './segment.ts';
import { detectTextMetadata, detectTitleLine } from './textmeta.ts';
import { labelOnFirstUse } from './text-title.ts';
import type { CorpusDocument, CorpusProblem, LoadResult } from './types.ts';

export interface LoadOptions {
  /** Files larger than this are reported as a problem, not read. Default 5 MiB. */
  maxFileBytes?: number;
  /**
   * The file each document id is served from now (a reload's): of two documents with one id, the one from that
   * file keeps it, whatever their path order. Otherwise a new file copied from another (meetup-10.md from
   * meetup-7.md, its id left as it was) took the id when it came first, and the write-up that held it was the one
   * left out.
   */
  servedFrom?: ReadonlyMap<string, string>;
}

/**
 * Languages by the names a moderator writes for `lang` (or `bahasa`, where "bahasa: Indonesia" is how it is said),
 * in Indonesian and English: the problem, which refuses the name, says which code it is.
 */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['indonesia', 'id'], ['indonesian', 'id'], ['inggris', 'en'], ['english', 'en'], ['jawa', 'jv'], ['javanese', 'jv'],
  ['sunda', 'su'], ['sundanese', 'su'], ['melayu', 'ms'], ['malay', 'ms'], ['mandarin', 'zh'], ['chinese', 'zh'],
  ['arab', 'ar'], ['arabic', 'ar'], ['jepang', 'ja'], ['japanese', 'ja'], ['korea', 'ko'], ['korean', 'ko'],
]);

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt', '.jsonl'] as const;

/** The document types as a list in words: ".md, .markdown, .txt and .jsonl" (`and` in the reader's language). */
export function documentTypes(and = 'and'): string {
  return `${DOCUMENT_EXTENSIONS.slice(0, -1).join(', ')} ${and} ${DOCUMENT_EXTENSIONS.at(-1)}`;
}
const MARKDOWN_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown']);

/** Ids travel inside Discord custom_ids (100 characters in all) and URLs: keep them short and plain. */
export const DOCUMENT_ID = /^[A-Za-z0-9._-]{1,64}$/;
const ID_RULE = 'ids may use only letters, digits, ".", "_" and "-", at most 64 characters';

/**
 * Loads every document under `path` (a folder: *.md, *.markdown, *.txt, *.jsonl, recursively; or one such file).
 * Never throws for bad content: every problem is collected in `problems` with its file (and line).
 */
export async function loadCorpus(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  // A file renamed or deleted between the folder's listing and its reading (an editor saving while a /reload
  // runs, a sync tool) rejected the whole reload as "no such file (a broken link?)": the folder is read again.
  for (let attempt = 1; ; attempt++) {
    const vanished: string[] = [];
    const result = await loadOnce(path, options, vanished);
    if (vanished.length === 0) return result;
    if (attempt === 3) {
      for (const file of vanished) result.problems.push({ file, line: null, reason: 'it disappeared while the corpus was being read (renamed or deleted meanwhile?): reload again' });
      return result;
    }
  }
}

/**
 * One reading of the corpus; files and folders listed but gone when read (and no broken link) go to `vanished`.
 */
async function loadOnce(path: string, options: LoadOptions, vanished: string[]): Promise<LoadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const shown = displayPath(path);
  const problems: CorpusProblem[] = [];
  const documents: CorpusDocument[] = [];
  const unread: string[] = [];

  let root: string;
  let files: string[];
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      root = path;
      files = await listDocumentFiles(path, problems, unread, vanished);
    } else if (st.isFile()) {
      root = dirname(path);
      files = [basename(path)];
      if (!hasDocumentExtension(files[0]!)) {
        return fail(shown, `not a corpus file: expected a folder or a ${DOCUMENT_EXTENSIONS.join(', ')} file`);
      }
    } else {
      return fail(shown, 'the corpus path is neither a folder nor a file');
    }
  } catch (error) {
    return fail(shown, isNotFound(error) ? 'the corpus path does not exist' : `cannot open the corpus path: ${describe(error)}`);
  }

  // Every file is read before ids are checked, so that a served id's holder is known wherever it sorts; each
  // file's problems are listed with it all the same, its own, then its duplicate ids.
  const read: Array<{ docs: CorpusDocument[]; problems: CorpusProblem[] }> = [];
  for (const file of files) {
    const own: CorpusProblem[] = [];
    read.push({ docs: await loadFile(root, file, maxFileBytes, own, vanished), problems: own });
  }
  const holders = new Map<string, CorpusDocument>();
  for (const doc of read.flatMap((r) => r.docs)) {
    const holder = holders.get(doc.id);
    if (holder === undefined || (holder.file !== doc.file && options.servedFrom?.get(doc.id) === doc.file)) holders.set(doc.id, doc);
  }
  for (const { docs, problems: own } of read) {
    problems.push(...own);
    for (const doc of docs) {
      const holder = holders.get(doc.id)!;
      if (holder !== doc) {
        // An id taken from a file name (no line: see parseTextFile) is no id the moderator wrote: say where it
        // came from.
        const firstFrom = holder.line === null ? ' (its id comes from its file name)' : '';
        const fix = doc.line === null ? `; this id comes from this file's name: rename the file, or give it an "id:" in front matter` : '';
        problems.push({ file: doc.file, line: doc.line, reason: `duplicate document id "${doc.id}": already used by ${where(holder)}${firstFrom}${fix}` });
        continue;
      }
      documents.push(doc);
    }
  }

  dropCopies(documents, problems);
  nameApart(documents);

  if (documents.length === 0 && problems.length === 0) {
    problems.push({
      file: shown,
      line: null,
      reason: `no documents: the corpus has no ${DOCUMENT_EXTENSIONS.join(', ')} files with text (names starting with "." or "_" and README files are skipped)`,
    });
  }
  return { documents, problems, unread };
}

/**
 * Two write-ups with one title ("Rapat Bulanan" every month) would be cited alike: each is named by its id too.
 * Ids are unique, so a second round settles the rare title that already read like another's ("Rapat (a)").
 */
function nameApart(documents: CorpusDocument[]): void {
  for (let round = 0; round < 2; round++) {
    const key = (d: CorpusDocument) => d.title.trim().toLowerCase();
    const count = new Map<string, number>();
    for (const d of documents) count.set(key(d), (count.get(key(d)) ?? 0) + 1);
    const shared = documents.filter((d) => count.get(key(d))! > 1);
    if (shared.length === 0) return;
    for (const d of shared) d.title = `${d.title} (${d.id})`;
  }
}

/**
 * A copy of a write-up under another name ("meetup-5 (1).md" from a download saved twice, "meetup-5 - Copy.md")
 * has an id of its own, so it is no duplicate id; loaded, it answered every question about the event twice, under
 * titles renamed "(meetup-5)" and "(meetup-5-1)" to tell them apart. Documents with one title, date, url, source
 * and text (spacing aside; a title the moderator wrote, not one made from the file name) are reported as the slip
 * they are and left out, but for the original: the first in path order whose file name does not extend another's
 * (" " sorts before ".": "meetup-5 (1).md" comes before "meetup-5.md"). Title and date count: write-ups of
 * different events may share a short text ("Foto menyusul."). The rule is writeUpKey's, which finds a renamed file
 * between reloads too.
 */
function dropCopies(documents: CorpusDocument[], problems: CorpusProblem[]): void {
  const stem = (d: CorpusDocument) => basename(d.file, extname(d.file));
  // Documents are first grouped by their date and their text's opening words, cheap to read; only those sharing
  // them get the whole key (their texts copied with spacing collapsed: ~45 ms for tydiqa-id's 4,650 otherwise).
  const candidates = groupBy(documents, (d) => `${d.date}\u0000${openingWords(d.body)}`);
  const groups = groupBy([...candidates.values()].filter((c) => c.length > 1).flat(), writeUpKey);
  const copies = new Set<CorpusDocument>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const extendsAnother = (d: CorpusDocument) => group.some((o) => stem(d).length > stem(o).length && stem(d).startsWith(stem(o)));
    const original = group.find((d) => !extendsAnother(d)) ?? group[0]!;
    for (const d of group) {
      if (d === original) continue;
      copies.add(d);
      problems.push({ file: d.file, line: d.line, reason: `the same text as ${where(original)}: a copy of it? Delete one of them, or give this one its own text` });
    }
  }
  if (copies.size > 0) documents.splice(0, documents.length, ...documents.filter((d) => !copies.has(d)));
}

/**
 * The first words of a text, spacing aside (as writeUpKey reads the text): what two copies of it open with alike.
 */
function openingWords(body: string): string {
  const words: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(body); m !== null && words.length < 12; m = word.exec(body)) words.push(m[0]);
  return words.join(' ');
}

/**
 * What one write-up under two names has alike, whatever its file is called: a copy saved beside it (dropCopies),
 * or the file renamed between two reloads (library.ts's diffDocuments). Its title when one was written, date,
 * address, source and text, spacing aside. A title made from the file name or the id differs with the name, as
 * does the id nameApart adds to a shared title ("Rapat Bulanan (meetup-7)"): they are no title to compare. An
 * address or a source of its own makes a posting of its own (two threads that both say "Foto menyusul."), as a
 * title or a date of its own makes another event's write-up; a copy or a renamed file carries its front matter
 * with it.
 */
export function writeUpKey(d: CorpusDocument): string {
  let title = d.title;
  const apart = ` (${d.id})`;
  for (let round = 0; round < 2 && title.endsWith(apart); round++) title = title.slice(0, -apart.length);
  const written = title === d.id || title === titleFromFileName(d.file) ? null : title.trim();
  return JSON.stringify([written, d.date, d.url, d.source, d.body.replace(/\s+/g, ' ').trim()]);
}

function fail(file: string, reason: string): LoadResult {
  return { documents: [], problems: [{ file, line: null, reason }], unread: [] };
}

/**
 * How the corpus root is named in problems: relative to the working directory when it lies below it, else by
 * its last segment. Problems reach /reload replies, which should not show the server's directory layout.
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? basename(path) : rel;
}

/** Whether a file found in a corpus folder is a document (a file named explicitly only needs the extension). */
export function isDocumentFile(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('_')) return false;
  return hasDocumentExtension(name) && !isReadme(name);
}

/** README, README.txt, readme.md…: a corpus folder's note to the next moderator, skipped on purpose. */
function isReadme(name: string): boolean {
  return basename(name, extname(name)).toLowerCase() === 'readme';
}

/**
 * What a folder of write-ups holds beside them that is no write-up: the pictures, sound and video a page shows
 * (`![](foto/acara.jpg)`), its styles and fonts, and the files Windows leaves in a folder. Named among the files
 * not read, dozens of photos filled the list (and sorted before "undangan.docx", left it in "…and 60 more").
 */
const ASSET_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg', '.bmp', '.ico', '.tif', '.tiff', '.heic', '.heif',
  '.mp3', '.m4a', '.wav', '.ogg', '.opus', '.mp4', '.m4v', '.mov', '.webm', '.mkv', '.avi',
  '.css', '.woff', '.woff2', '.ttf', '.otf',
]);
const SYSTEM_FILES: ReadonlySet<string> = new Set(['thumbs.db', 'desktop.ini']);

/** Whether a file that is not a document is worth naming as not read: it may be a write-up in another format. */
function mayBeWriteUp(name: string): boolean {
  const lower = name.toLowerCase();
  return !isReadme(name) && !ASSET_EXTENSIONS.has(extname(lower)) && !SYSTEM_FILES.has(lower);
}

function hasDocumentExtension(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/**
 * Document files under `root`, as sorted `/`-separated paths relative to it. Follows symlinks, not loops. Files
 * of another type go to `unread` (see LoadResult.unread), sorted the same way; folders gone when listed, to
 * `vanished`.
 */
async function listDocumentFiles(root: string, problems: CorpusProblem[], unread: string[], vanished: string[]): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (rel: string): Promise<void> => {
    const dir = rel === '' ? root : join(root, rel);
    let entries;
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder renamed or deleted since its parent was listed ("2024/" renamed "arsip-2024/" as a reload runs)
      // is gone, as a vanished file is (see loadCorpus): the folder is read again.
      if (rel !== '' && isNotFound(error) && !(await lstat(dir).then(() => true, () => false))) {
        vanished.push(rel);
        return;
      }
      problems.push({ file: rel === '' ? root : rel, line: null, reason: `cannot read folder: ${describe(error)}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isSymbolicLink()) {
        // A link to a folder is walked after every real folder, so that a folder reached both ways is walked (and
        // its documents named) by its own path; a broken link with a document's name is reported when read.
        const isDir = await stat(join(root, child)).then((s) => s.isDirectory(), () => false);
        if (isDir) links.push(child);
        else if (isDocumentFile(entry.name)) found.push(child);
        else if (mayBeWriteUp(entry.name)) unread.push(child);
      } else if (isDocumentFile(entry.name)) found.push(child);
      else if (entry.isFile() && mayBeWriteUp(entry.name)) unread.push(child);
    }
  };
  const links: string[] = [];
  await walk('');
  while (links.length > 0) await walk(links.shift()!);
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  found.sort(byPath);
  unread.sort(byPath);
  // A file linked from elsewhere in the corpus is one document, not two with the same text: it is read once,
  // by its own path when that is in the corpus (else by the first link to it).
  const realRoot = await realpath(root).catch(() => root);
  const reals = await Promise.all(found.map((file) => realpath(join(root, file)).catch(() => null)));
  const byReal = new Map<string, string>();
  found.forEach((file, i) => {
    const real = reals[i];
    if (real === null || real === undefined) return;
    const kept = byReal.get(real);
    if (kept === undefined || (real === join(realRoot, file) && real !== join(realRoot, kept))) byReal.set(real, file);
  });
  // A broken link (no real path) stays, to be reported when read.
  return found.filter((file, i) => reals[i] === null || byReal.get(reals[i]!) === file);
}

/** Reads and parses one file; its problems go to `problems`, and a document with a problem is not returned. */
async function loadFile(root: string, file: string, maxFileBytes: number, problems: CorpusProblem[], vanished: string[]): Promise<CorpusDocument[]> {
  const report = (line: number | null, reason: string): void => {
    problems.push({ file, line, reason });
  };
  const abs = join(root, file);
  let bytes: Buffer;
  try {
    const st = await stat(abs);
    if (!st.isFile()) {
      report(null, 'not a regular file');
      return [];
    }
    // Checked before reading, so a stray multi-gigabyte file costs nothing.
    if (st.size > maxFileBytes) {
      report(null, `file too large: ${formatBytes(st.size)}, the limit is ${formatBytes(maxFileBytes)} (split it, or raise CORPUS_MAX_FILE_BYTES)`);
      return [];
    }
    bytes = await readFile(abs);
  } catch (error) {
    // A name that is not UTF-8 (written by Windows in its own code page, or unpacked from an old zip) reaches Node
    // with "�" in place of its bytes, under which no file exists: that is no broken link, and renaming fixes it.
    const badName = isNotFound(error) && file.includes('\uFFFD');
    // Gone, not a broken link: nothing at all is left under its name.
    if (isNotFound(error) && !badName && !(await lstat(abs).then(() => true, () => false))) {
      vanished.push(file);
      return [];
    }
    report(null, badName ? 'cannot read file: its name is not UTF-8 (written on Windows, or unpacked from a zip?): rename the file' : `cannot read file: ${describe(error)}`);
    return [];
  }
  if (bytes.length > maxFileBytes) {
    report(null, `file too large: ${formatBytes(bytes.length)}, the limit is ${formatBytes(maxFileBytes)} (split it, or raise CORPUS_MAX_FILE_BYTES)`);
    return [];
  }

  // UTF-16 with its byte-order mark (see encoding.ts) is read, rather than its NUL bytes rejected as binary.
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      report(null, `invalid ${encoding.toUpperCase()} (it starts with that byte-order mark; save the file as UTF-8)`);
      return [];
    }
    const nulAt = text.indexOf('\0');
    if (nulAt !== -1) {
      report(text.slice(0, nulAt).split('\n').length, /^[\0\s]*$/.test(text.slice(nulAt)) ? TRAILING_NULS : 'binary content (a NUL character): not a text file');
      return [];
    }
    return parseDecoded(text, file, report);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    report(lineOfByte(bytes, nul), onlyNulsFrom(bytes, nul) ? TRAILING_NULS : 'binary content (a NUL byte): not a text file');
    return [];
  }
  let text: string;
  try {
    // fatal: a corrupt byte is an error to fix, not a U+FFFD to index. The BOM, if any, is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report(firstInvalidUtf8Line(bytes), 'invalid UTF-8 (save the file as UTF-8: in Notepad, File → Save as, Encoding "UTF-8")');
    return [];
  }

  return parseDecoded(text, file, report);
}

function parseDecoded(text: string, file: string, report: (line: number | null, reason: string) => void): CorpusDocument[] {
  // One line ending for every editor: Windows' CRLF and old Macs' lone CR become LF, so paragraphs, front matter
  // and JSON lines split the same whatever saved the file.
  text = text.replace(/\r\n?/g, '\n');
  return extname(file).toLowerCase() === '.jsonl' ? parseJsonl(text, file, report) : parseTextFile(text, file, report);
}

/** A Markdown/plain-text file: optional front matter, then the body, with date/SOURCE metadata in the text. */
export function parseTextFile(text: string, file: string, report: (line: number | null, reason: string) => void): CorpusDocument[] {
  let ok = true;
  const problem = (line: number | null, reason: string): void => {
    ok = false;
    report(line, reason);
  };
  const fm = parseFrontMatter(text);
  for (const p of fm?.problems ?? []) problem(p.line, p.reason);
  const misplaced = fm ? null : misplacedFrontMatter(text);
  if (misplaced !== null) {
    const spaces = misplaced.allIndented ? 'the spaces before its lines' : misplaced.below ? 'the spaces before it' : 'the spaces before its "---"';
    const fix = misplaced.below ? `remove the blank lines above its "---"${misplaced.indented ? `, and ${spaces}` : ''}` : `remove ${spaces}`;
    problem(misplaced.line, `front matter must start on line 1: ${fix}`);
    return [];
  }
  const misdashed = fm ? null : misdashedFrontMatter(text);
  if (misdashed !== null) {
    const also = misdashed.closing === null ? '' : `, and line ${misdashed.closing.line} "${quoted(misdashed.closing.written)}" too`;
    problem(1, `front matter must open with "---": line 1 "${quoted(misdashed.written)}" should be "---"${also}`);
    return [];
  }
  if (fm && !fm.closed) return [];
  // Hugo's TOML front matter, between "+++" lines: not read, and not to be quoted as passage text either.
  if (!fm && /^\+\+\+[ \t]*\n[^]*?\n\+\+\+[ \t]*(?:\n|$)/.test(text)) {
    problem(1, 'front matter in TOML ("+++") is not supported: write it as YAML between "---" lines ("title: …")');
    return [];
  }
  const data = fm?.data ?? {};
  const fmLine = (key: keyof typeof data): number | null => fm?.lines[key] ?? null;
  const lineOffset = fm?.bodyLineOffset ?? 0;
  const second = laterFrontMatter(fm ? text.slice(fm.bodyStart) : text);
  if (second !== null) {
    problem(
      second + lineOffset,
      fm
        ? 'a second front-matter block: a file holds one write-up (put this one in a file of its own)'
        : 'a front-matter block below the text: front matter opens the file (move it to line 1, or put the write-up it starts in a file of its own)',
    );
  }

  // Markdown only: in a plain-text file "<!--" is text like any other. The body is what a reader of the page
  // sees (see hidden.ts); problems found in it later are reported at their source lines.
  let body = fm ? text.slice(fm.bodyStart) : text;
  const markdown = MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase());
  let sourceLine = (line: number) => line;
  if (markdown) {
    const visible = visibleMarkdown(body);
    for (const p of visible.problems) problem(p.line + lineOffset, p.reason);
    body = visible.text;
    sourceLine = visible.sourceLine;
  }
  const meta = detectTextMetadata(body);
  for (const p of meta.problems) problem(sourceLine(p.line) + lineOffset, p.reason);
  const excluded: Array<[number, number]> = [...meta.ranges];

  const id = data.id ?? deriveId(file);
  checkId(id, data.id === undefined, fmLine('id'), problem);
  const fields = checkFields(data, (key) => fmLine(key), problem);
  // The first heading once the metadata is set aside ("date 2024-12" on the line above it is no text).
  const heading = headingTitle(blankRanges(body, excluded));
  // A plain-text file marks no headings: a short first line over a blank line is its title (see detectTitleLine).
  // Taken as the title, it is metadata like the date prefix, not a one-line passage; its words are indexed with
  // every passage's title. Under a front-matter title it stays text, unless it only repeats that title.
  // A line that is only a date ("Sabtu, 5 Oktober 2025") says when, not what: it stays text, as before.
  const line = !markdown && heading === null ? detectTitleLine(body, excluded) : null;
  const titleLine = line !== null && isoDateHint(line.title) === null ? line : null;
  const fmTitle = seen(data.title);
  if (titleLine !== null && (fmTitle === null || sameTitle(fmTitle, titleLine.title))) excluded.push(titleLine.range);
  const title = fmTitle ?? seen(heading !== null && markdown ? plainHeading(heading) : heading) ?? titleLine?.title ?? titleFromFileName(file) ?? id;

  if (!hasPassageText(body, excluded)) {
    problem(null, 'empty document: no text besides front matter, metadata, headings, comments and images');
  }
  if (!ok) return [];
  return [
    {
      id,
      title,
      body,
      excludedRanges: excluded,
      markdown,
      // Front matter wins over what the text says; the text's ranges stay metadata either way.
      date: fields.date ?? meta.date,
      source: fields.source ?? meta.source,
      url: fields.url,
      lang: fields.lang,
      file,
      line: fmLine('id'),
    },
  ];
}

/** A JSON line's fields besides its id and text: front matter's keys, the same fields of a document. */
const JSONL_STRING_FIELDS = FRONT_MATTER_KEYS.filter((k): k is Exclude<FrontMatterKey, 'id'> => k !== 'id');

/** JSON lines, one document per line: `{id, title?, text, date?, source?, url?, lang?}`; blank lines are allowed. */
export function parseJsonl(text: string, file: string, report: (line: number | null, reason: string) => void): CorpusDocument[] {
  const whole = jsonOverLines(text);
  if (whole !== null) {
    report(whole.line, whole.reason);
    return [];
  }
  const docs: CorpusDocument[] = [];
  let lineNo = 0;
  let sawLine = false;
  for (let pos = 0; pos <= text.length; ) {
    lineNo += 1;
    const br = text.indexOf('\n', pos);
    const lineEnd = br === -1 ? text.length : br;
    // A byte-order mark opening a later line is what joining files saved on Windows leaves: not part of the JSON.
    const line = text.slice(pos, lineEnd).replace(/^\uFEFF/u, '');
    pos = lineEnd + 1;
    if (line.trim() === '') continue;
    sawLine = true;
    const here = lineNo;
    const at = (reason: string): void => report(here, reason);

    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      // The commas of a JSON array left between the lines: "Unexpected non-whitespace character" never said so.
      at(commaAfterObject(line) ? 'a comma after the JSON object: remove it (JSON lines have nothing between them)' : jsonLineProblem(line, error));
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      at(`expected a JSON object {"id", "text", ...}, found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
      continue;
    }
    const o = value as Record<string, unknown>;
    let ok = true;
    const bad = (reason: string): void => {
      ok = false;
      at(reason);
    };

    if (typeof o.id !== 'string' || o.id.trim() === '') bad(o.id === undefined ? 'missing "id"' : `"id" must be a non-empty string, found ${kindOf(o.id)}${quoteHint(o.id)}`);
    else if (!DOCUMENT_ID.test(o.id)) bad(`bad id "${quoted(o.id)}": ${ID_RULE}`);
    // A key tanya does not read is ignored (an export's own fields), unless it was meant for one it reads: written
    // as front matter allows ("judul", "Title"), misspelt ("tittle"), or the text under another name ("content").
    // Ignored, it had left the document titled by its id, or undated, without a word.
    const meant = Object.keys(o).flatMap((key) => {
      const target = jsonlKeyMeant(key);
      return target !== null && !(target in o) ? [{ key, target }] : [];
    });
    const textMeant = meant.find((m) => m.target === 'text');
    if (typeof o.text !== 'string' || o.text.trim() === '') {
      const hint = textMeant === undefined ? '' : ` (unknown key "${textMeant.key}": write "text")`;
      bad(o.text === undefined ? `missing "text"${hint}` : typeof o.text === 'string' ? 'empty "text"' : `"text" must be a string, found ${kindOf(o.text)}`);
    }
    for (const { key, target } of meant) if (target !== 'text') bad(`unknown key "${key}": write "${target}"`);
    const strings: Partial<Record<(typeof JSONL_STRING_FIELDS)[number], string>> = {};
    for (const key of JSONL_STRING_FIELDS) {
      const v = o[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') bad(`"${key}" must be a string, found ${kindOf(v)}`);
      else if (seen(v) !== null) strings[key] = v.trim();
    }
    const fields = checkFields(strings, () => here, (_line, reason) => bad(reason));
    if (!ok) continue;

    const id = o.id as string;
    // The file's own line endings were normalised before its lines were split, but a JSON string carries its
    // line breaks escaped (`\r\n`, `\r`): normalise the decoded text too, or a CR stays in passages and
    // paragraphs a lone CR separates are not split. Passage offsets are taken from this normalised body.
    const body = (o.text as string).replace(/\r\n?/g, '\n');
    if (!hasPassageText(body, [])) {
      at('empty document: the text has only headings');
      continue;
    }
    // Without a title, the id is what is indexed as one (as it always was: rankings stay as they were), and the
    // text's opening is what results cite, beside the id (see text-title.ts): read when a citation or a list first
    // needs it.
    const doc: CorpusDocument = {
      id,
      title: strings.title ?? id,
      body,
      excludedRanges: [],
      date: fields.date,
      source: fields.source,
      url: fields.url,
      lang: fields.lang,
      file,
      line: here,
    };
    docs.push(strings.title === undefined ? labelOnFirstUse(doc, { text: body, id }) : doc);
  }
  if (!sawLine) report(null, 'empty file: no JSON lines');
  return docs;
}

/**
 * A .jsonl file holding one JSON value written over many lines, as an export is saved: an array of documents
 * ("[" opening a first line that is no JSON of its own) or a pretty-printed object ("{" alone on it). Each line
 * was reported "not valid JSON", hundreds of problems that never said what was wrong with the file: it is
 * reported once, at its first line. Null for JSON lines, good or bad.
 */
function jsonOverLines(text: string): { line: number; reason: string } | null {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at === -1) return null;
  const first = lines[at]!.replace(/^\uFEFF/u, '').trim();
  if (first === '{') {
    return { line: at + 1, reason: 'a JSON object written over several lines: in a .jsonl file each document is one JSON object on a line of its own' };
  }
  if (!first.startsWith('[')) return null;
  try {
    JSON.parse(first);
    return null; // a line that is an array: reported as such, with the other lines
  } catch {
    return { line: at + 1, reason: 'a JSON array, not JSON lines: write each document as one JSON object on a line of its own, without "[", "]" and the commas between them' };
  }
}

/** The names a document's text goes by in exports and in Indonesian: "text" is meant. */
const TEXT_NAMES: ReadonlySet<string> = new Set(['text', 'content', 'body', 'isi', 'teks', 'konten']);

/** The key of JSON lines a key tanya does not read was meant to be ("judul", "Title" → "title"), or null. */
function jsonlKeyMeant(key: string): string | null {
  if (key === 'id' || key === 'text' || (JSONL_STRING_FIELDS as readonly string[]).includes(key)) return null;
  if (TEXT_NAMES.has(key.toLowerCase())) return 'text';
  return knownKey(key) ?? knownKey(misspeltKey(key) ?? '');
}

/** The problem of a JSON line that stops before its object does. */
const CUT_SHORT = 'not valid JSON: the line ends before its JSON object does (a closing } or " missing?)';

/** JSON.parse's "at position N" (and newer Nodes' "(line 1 column N)") at the end of its message. */
const JSON_POSITION = /\s+at position (\d+)(?:\s+\(line \d+ column \d+\))?$/u;

/**
 * The problem of a line JSON.parse refused, said where a person looks: a column counted from 1, or, when the parser
 * ran out of line, that the line stops short (a line cut by an editor's wrap, a missing closing quote or brace).
 */
function jsonLineProblem(line: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // (Cut right after a key's colon, JSON.parse says only this, with no position to read.)
  if (message === 'Unexpected end of JSON input') return `${CUT_SHORT}: ${message}`;
  const m = JSON_POSITION.exec(message);
  if (m === null) return `not valid JSON: ${message}`;
  const what = message.slice(0, m.index);
  const at = Number(m[1]);
  if (at >= line.trimEnd().length) return `${CUT_SHORT}: ${what}`;
  return `not valid JSON at column ${at + 1}: ${what}`;
}

/** A line that is a JSON object with a comma after it, as the lines of a JSON array are. */
function commaAfterObject(line: string): boolean {
  const m = /^(.*\})[ \t]*,[ \t]*$/.exec(line);
  if (m === null) return false;
  try {
    JSON.parse(m[1]!);
    return true;
  } catch {
    return false;
  }
}

/** Validates date, url and lang; reports a bad value with its line and returns the values (null when absent). */
function checkFields(
  data: Partial<Record<'date' | 'source' | 'url' | 'lang', string>>,
  lineOf: (key: 'date' | 'url' | 'lang') => number | null,
  report: (line: number | null, reason: string) => void,
): { date: string | null; source: string | null; url: string | null; lang: string | null } {
  const { source, url, lang } = data;
  const date = data.date === undefined ? undefined : dayOf(data.date);
  if (date !== undefined && !isIsoDate(date)) {
    const impossible = impossibleDateHint(date);
    const hint = isoDateHint(date);
    report(lineOf('date'), `bad date "${quoted(date)}": ${impossible ?? `use YYYY, YYYY-MM or YYYY-MM-DD${hint === null ? '' : ` (${hint})`}`}`);
  }
  if (url !== undefined && !isWebUrl(url)) report(lineOf('url'), `bad url "${quoted(url)}": use a full http:// or https:// address`);
  if (lang !== undefined && !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    const code = LANGUAGE_NAMES.get(lang.toLowerCase().replace(/^bahasa\s+/u, ''));
    report(lineOf('lang'), `bad lang "${quoted(lang)}": use a language code such as id or en${code === undefined ? '' : ` (${code} for ${quoted(lang)})`}`);
  }
  return { date: date ?? null, source: source ?? null, url: url ?? null, lang: lang ?? null };
}

/**
 * The day of a date written with its time, as static-site generators write them ("2024-12-01T10:00:00Z",
 * Jekyll's "2024-12-01 10:00:00 +0700"): a citation shows the day. Anything else is returned as it is.
 */
function dayOf(date: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?[ \t]*(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?$/.exec(date);
  return m ? m[1]! : date;
}

function checkId(id: string, derived: boolean, line: number | null, report: (line: number | null, reason: string) => void): void {
  if (DOCUMENT_ID.test(id)) return;
  if (derived) {
    report(null, id === '' ? 'cannot derive a document id from this file name: add "id:" to its front matter' : `the id derived from the file name, "${quoted(id)}", is over 64 characters: rename the file or add "id:" to its front matter`);
  } else {
    report(line, `bad id "${quoted(id)}": ${ID_RULE}`);
  }
}

/**
 * The id of a file without an `id:`: its path without extension, lowercased, accents dropped, every run of
 * other characters turned into one `-`. `Events/2024/Forum CCTV.md` → `events-2024-forum-cctv`.
 */
export function deriveId(file: string): string {
  return file
    .slice(0, file.length - extname(file).length)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/** `text` with the given ranges replaced by spaces (line breaks kept). */
function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = text;
  for (const [s, e] of ranges) out = out.slice(0, s) + out.slice(s, e).replace(/[^\n]/g, ' ') + out.slice(e);
  return out;
}

/**
 * A Markdown heading as a title reads on the page: "Laporan **Festival** di [Parangtritis](https://…)" →
 * "Laporan Festival di Parangtritis". Only marks that open and close around words are taken off.
 */
function plainHeading(heading: string): string {
  return heading
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/gu, '$1')
    .replace(/(^|[\s(])(\*\*|__|\*|_)(?=[\p{L}\p{N}])([^*_\n]*?[\p{L}\p{N}.!?])\2(?=$|[\s),.;:!?])/gu, '$1$3')
    .replace(/`([^`\n]+)`/gu, '$1')
    .trim();
}

/** The text of a level-1 `# heading` when it is the body's first non-blank line. */
export function headingTitle(body: string): string | null {
  const m = /^\s*#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*(?:\r?\n|$)/.exec(body);
  return m && m[1] ? m[1] : null;
}

/**
 * `text` when a reader sees something of it, else null: a title of zero-width characters only (a zero-width
 * space pasted from a web page) is no title, and citing it left a blank name in every citation.
 */
function seen(text: string | null | undefined): string | null {
  return text !== null && text !== undefined && /[^\s\p{Cf}]/u.test(text) ? text : null;
}

/** Two titles that read the same: case and runs of spaces aside. */
function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

function titleFromFileName(file: string): string | null {
  const name = basename(file, extname(file)).replace(/[-_\s]+/g, ' ').trim();
  return name === '' ? null : name;
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function where(doc: CorpusDocument): string {
  return doc.line === null ? doc.file : `${doc.file}:${doc.line}`;
}

/**
 * NUL bytes that only follow the text are no picture saved as .md: they are what a save or a copy cut short
 * leaves (a crash while writing fills the file's end with zeros), or a tool's padding. "Not a text file" sent the
 * moderator looking at a file their editor showed as fine; what to check is its end, where text may be missing.
 */
const TRAILING_NULS = 'binary content (NUL bytes) at the end, after the text: a save or copy cut short? Check the end of the file (text may be missing there), remove them and save it again';

/** Whether `bytes` from `from` on are only NUL bytes and white space. */
function onlyNulsFrom(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0 && b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09) return false;
  }
  return true;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Multi-byte UTF-8 sequences never contain 0x0A, so decoding line by line finds the first bad line exactly. */
function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  return null;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * How to write a number id as the string it must be (a database export writes `"id": 7`); '' for anything else.
 */
function quoteHint(v: unknown): string {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? ` ${v} (write it in quotes: "${v}")` : '';
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === 'ENOENT') return 'no such file (a broken link?)';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  // Two links pointing at each other (an editor's or a sync tool's leftovers): the bare code told a moderator
  // nothing.
  if (e?.code === 'ELOOP') return 'a link that leads back to itself (a loop of links): delete it, or point it at the file';
  return e?.code ?? (error instanceof Error ? error.message : String(error));
}
