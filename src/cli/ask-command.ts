// `npm run ask -- "question"`: answer once (or a batch of JSON lines) and exit. The logic takes its streams and
// environment as parameters; src/cli/ask.ts wires it to the process.
//
// Exit codes: 0 answered or honestly unanswered (and a batch, even with bad lines: those are reported in-band),
// 2 usage error, 1 the corpus could not be loaded (every problem printed) or stdout could not be written.

import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parseArgs, TextDecoder } from 'node:util';
import type { Library } from '../engine/library.ts';
import type { Answer, AnswerResult } from '../engine/types.ts';
import { maxFileBytesFrom } from '../config.ts';
import { documentTypes } from '../engine/corpus.ts';
import { encodingOf } from '../engine/encoding.ts';
import { negativeTopJoined } from './args.ts';
import { corpusPath, openLibrary } from './open-library.ts';
import { colorEnabled, renderAnswer } from './render.ts';

export const DEFAULT_TOP = 3;
export const MAX_TOP = 50;

export const USAGE = `Usage: npm run ask -- [options] "question"
       npm run ask -- --jsonl < questions.jsonl

Answers a question from the corpus, with the passages and their citations.

Options:
  --top N          how many results (1-${MAX_TOP}, default ${DEFAULT_TOP})
  --json           print the answer as one JSON object:
                   {"question","answered","results":[{"id","docId","title","paragraph","text","snippet",
                    "score","citation","date","source","url"}]}, and "tableHeader" in a result that continues
                   a table: its header row, which "text" does not hold
  --jsonl          read {"id": "...", "q": "..."} lines from stdin (UTF-8, or UTF-16 with its byte-order
                   mark) and write one JSON answer per line, with that "id" (a string or a whole number);
                   a bad line gets {"id","line","error"} instead, and the batch goes on
  --corpus PATH    a corpus folder (its ${documentTypes()} files, in subfolders too), or one such
                   file (default: env CORPUS_DIR, else corpus/)
  -h, --help       this text

Exit status: 0 answered or no confident answer, 1 the corpus could not be loaded or the output not written,
2 usage error.
Use "npm run --silent ask -- ..." to keep npm's own lines out of the output.`;

/** What `--jsonl` reads of stdout's state (a net.Socket or fs stream has all three) to notice its reader is gone. */
interface StreamState {
  destroyed?: boolean;
  writableEnded?: boolean;
  errored?: Error | null;
}

export interface AskIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & StreamState & { isTTY?: boolean | undefined; columns?: number | undefined };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/**
 * The `--json` form of one answer, with exactly the fields the spec lists (highlights are a rendering aid), and
 * `tableHeader` only in a result that continues a table (without it, its rows have no column names).
 */
export interface JsonAnswer {
  question: string;
  answered: boolean;
  results: Array<Omit<AnswerResult, 'highlights'>>;
}

export function toJsonAnswer(answer: Answer): JsonAnswer {
  return {
    question: answer.question,
    answered: answer.answered,
    results: answer.results.map(({ highlights: _, ...result }) => result),

  };
}

class UsageError extends Error {}

interface Parsed {
  help: boolean;
  json: boolean;
  jsonl: boolean;
  top: number;
  corpus: string | undefined;
  question: string;
}

export function parseAskArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: negativeTopJoined(argv),
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        top: { type: 'string' },
        corpus: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    // parseArgs' own messages name the flag ("Unknown option '--tpo'"); keep them, minus its advice about "--".
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const question = positionals.join(' ').trim();
  const out: Parsed = { help: values.help, json: values.json, jsonl: values.jsonl, top: DEFAULT_TOP, corpus: values.corpus, question };
  if (out.help) return out;
  if (values.top !== undefined) {
    const n = /^\d+$/.test(values.top.trim()) ? Number(values.top.trim()) : NaN;
    if (!(n >= 1 && n <= MAX_TOP)) throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP} (got "${values.top}")`);
    out.top = n;
  }
  if (values.corpus !== undefined && values.corpus.trim() === '') throw new UsageError('--corpus needs a path');
  if (out.jsonl && question !== '') throw new UsageError('--jsonl reads the questions from stdin: give no question on the command line');
  if (!out.jsonl && question === '') throw new UsageError('no question given');
  return out;
}

export async function runAsk(argv: string[], io: AskIO): Promise<number> {
  let args: Parsed;
  try {
    args = parseAskArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`ask: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  // The same file-size limit as the bot (CORPUS_MAX_FILE_BYTES), so `ask` and `npm start` agree on a corpus.
  // Only this variable: a question asked from the terminal needs no Discord setting, so none is checked.
  const size = maxFileBytesFrom(io.env);
  if ('problem' in size) {
    io.stderr.write(`ask: ${size.problem.variable}: ${size.problem.reason}\n`);
    return 2;
  }
  const corpus = corpusPath(args.corpus, io.env);
  const library = await openLibrary(corpus.path, io.stderr, 'ask', { maxFileBytes: size.bytes }, { setBy: corpus.setBy });
  if (library === null) return 1;

  if (args.jsonl) {
    await answerLines(library, io, args.top);
    return 0;
  }
  const answer = library.ask(args.question, { top: args.top });
  if (args.json) {
    io.stdout.write(JSON.stringify(toJsonAnswer(answer)) + '\n');
  } else {
    const color = colorEnabled(io.stdout, io.env);
    const width = io.stdout.isTTY ? io.stdout.columns : undefined;
    io.stdout.write(renderAnswer(answer, { color, width, summary: answer.answered ? undefined : library.summary() }) + '\n');
  }
  return 0;
}

/**
 * The batch mode: one output line per non-blank input line, in order, so a consumer can pair them by `id` or
 * by position. A bad line never stops the batch: it gets an error object on stdout (in-band, next to the
 * answers it sits between) naming its line number and what was wrong.
 */
async function answerLines(library: Library, io: AskIO, top: number): Promise<void> {
  const lines = createInterface({ input: Readable.from(decodedText(io.stdin)), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    // readline hands over a whole chunk of lines without returning to the event loop, so the 'error' event of a
    // closed pipe (`| head -1`) would only arrive after hundreds more answers nobody reads: ask the stream.
    if (outputGone(io.stdout)) break;
    // A byte-order mark opening a later line is what joining files saved on Windows leaves (the decoder drops
    // the first line's): not part of the JSON, as the corpus loader reads it.
    const raw = line.replace(/^\uFEFF/u, '');
    if (raw.trim() === '') continue;
    // A slow reader: wait until it has taken what is buffered, rather than pile every answer up in memory.
    if (!io.stdout.write(JSON.stringify(answerLine(library, raw, lineNo, top)) + '\n')) await drained(io.stdout);
  }
}

/**
 * stdin as text: UTF-8, or UTF-16 when it starts with that byte-order mark, as Windows saves "Unicode" text
 * and PowerShell pipes it (the corpus loader reads such files too). The mark itself is dropped. Bytes that are
 * not valid UTF-8 become U+FFFD, as readline decoded them: a question then gets an answer or an error line.
 */
async function* decodedText(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head = Buffer.alloc(0); // the first bytes, until there are two to tell the encoding by
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decoder === null) {
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      decoder = new TextDecoder(encodingOf(head));
      yield decoder.decode(head, { stream: true });
    } else {
      yield decoder.decode(bytes, { stream: true });
    }
  }
  yield decoder === null ? new TextDecoder().decode(head) : decoder.decode();
}

/** Whether nothing written to `out` can reach a reader any more: it was closed, ended or failed. */
function outputGone(out: StreamState): boolean {
  return out.destroyed === true || out.writableEnded === true || (out.errored ?? null) !== null;
}

/** Resolves when `out` can take more, or when it never will (closed or failed: the caller checks which). */
function drained(out: NodeJS.WritableStream & StreamState): Promise<void> {
  if (outputGone(out)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      out.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('error', done).on('close', done);
  });
}

export function answerLine(library: Pick<Library, 'ask'>, raw: string, line: number, top: number): Record<string, unknown> {
  let row: unknown;
  try {
    row = JSON.parse(raw);
  } catch (error) {
    return { id: null, line, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { id: null, line, error: 'expected a JSON object {"id": "...", "q": "..."}' };
  const { id, q } = row as Record<string, unknown>;
  const idOut = typeof id === 'string' || typeof id === 'number' ? id : null;
  if (idOut === null) return { id: null, line, error: '"id" must be a string or a number' };
  // A number JSON cannot carry exactly (1e400 parses to Infinity and prints as null, 12345678901234567890 loses
  // its last digits) would come back as another id, and answers paired by id would silently go to the wrong line.
  if (typeof idOut === 'number' && !Number.isSafeInteger(idOut)) {
    return { id: null, line, error: `a numeric "id" must be a whole number of at most ${Number.MAX_SAFE_INTEGER} (it would not come back as written): use a string` };
  }
  if (typeof q !== 'string' || q.trim() === '') return { id: idOut, line, error: '"q" must be a non-empty string' };
  try {
    // Trimmed as the command line's question is (and Discord's): the same question gets the same "question"
    // back whichever way it came, and whitespace around a question is never part of it.
    return { id: idOut, ...toJsonAnswer(library.ask(q.trim(), { top })) };
  } catch (error) {
    return { id: idOut, line, error: `could not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}
