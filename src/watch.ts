// Watch mode (WATCH_CORPUS=1): reload the corpus by itself when its files change.
//
// It goes through `library.reload('watch')`, so it has exactly the safety of /reload: every good edit goes live, a
// broken file keeps answering as it was (or stays out if it never loaded), and a corpus with nothing to serve (the
// folder gone or emptied) keeps the current index; reloads never run two at a time (a change during a reload
// queues one more, and changes meanwhile share it). Editors write a file in several steps (truncate, write, rename
// a temp file), so changes are debounced: one reload after the folder has been quiet a moment.
//
// Node 20 watches a folder recursively on Linux (`recursive: true`, one inotify watch per sub-folder, new
// sub-folders included). That watcher cannot be unref'd, so whoever starts it must `stop()` it on shutdown.
// A watch follows a folder, not a path, so the path is also checked every few seconds: a corpus folder deleted
// and made again, or replaced by a fresh copy renamed into place, is watched afresh and reloaded.

import { statSync, watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import { isDocumentFile } from './engine/corpus.ts';
import { formatProblem, reloadLogFields, reloadLogLevel, reloadOutcome, type Library, type ReloadOutcome, type ReloadReport } from './engine/library.ts';
import { lastGoodLines, problemsToFix } from './engine/reload-lines.ts';
import type { Logger } from './log.ts';

export const DEFAULT_WATCH_DEBOUNCE_MS = 500;
export const DEFAULT_WATCH_RECHECK_MS = 2000;
/** Who a watch-triggered reload is attributed to (in /about, the logs and the reload report). */
export const WATCH_RELOADER = 'watch';

export interface CorpusWatchOptions {
  library: Library;
  /** Quiet time after the last change before reloading. */
  debounceMs?: number;
  /** How often the corpus path is checked for having been deleted or replaced (see watchCorpus). */
  recheckMs?: number;
  /** Every finished reload, accepted or rejected. */
  onReload(report: ReloadReport, changed: string[]): void;
  /** The watcher failed for another reason than the corpus folder going away (which it follows, see below). */
  onError(error: unknown): void;
}

export interface CorpusWatcher {
  /** Stops watching; waits for a reload already started to finish. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts watching `library.corpusPath` (a folder, recursively, or a single corpus file). */
export async function watchCorpus(options: CorpusWatchOptions): Promise<CorpusWatcher> {
  const { library } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_WATCH_DEBOUNCE_MS;
  const recheckMs = options.recheckMs ?? DEFAULT_WATCH_RECHECK_MS;
  const target = library.corpusPath;
  // A single file is watched through its folder: editors replace files by renaming, which would end a watch on
  // the file's own inode after the first save.
  const isFile = (await stat(target)).isFile();
  const folder = isFile ? dirname(target) : target;
  const only = isFile ? basename(target) : null;

  let timer: NodeJS.Timeout | null = null;
  /** When the first change of the current burst came: a folder that never goes quiet still reloads now and then. */
  let burstStart = 0;
  const maxWaitMs = debounceMs * 10;
  let changed = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const fire = () => {
    timer = null;
    const files = [...changed].sort();
    changed = new Set();
    running = running.then(async () => {
      if (stopped) return;
      try {
        options.onReload(await library.reload(WATCH_RELOADER), files);
      } catch (error) {
        options.onError(error);
      }
    });
  };

  const onChange = (name: string | null) => {
    if (stopped) return;
    if (name !== null && (only !== null ? name !== only : !mayAffectCorpus(name) && !(mayBeFolder(name) && wasFolder(join(folder, name))))) return;
    changed.add(name ?? '(unknown)');
    if (timer) clearTimeout(timer);
    else burstStart = Date.now();
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - Date.now())));
  };

  /** Whether the watch reported anything since the last check of the path (see below). */
  let heard = false;
  const open = (): FSWatcher => {
    const w = watch(folder, { recursive: !isFile }, (_event, filename) => {
      heard = true;
      onChange(filename === null ? null : String(filename));
    });
    w.on('error', (error) => {
      // The folder went away under the watch (Linux reports it so): the check below takes over.
      w.close();
      if (watcher === w) watcher = null;
      if (!stopped && !(error as NodeJS.ErrnoException).code?.startsWith('EN')) options.onError(error);
    });
    return w;
  };

  let watcher: FSWatcher | null;
  try {
    watcher = open();
  } catch (error) {
    throw new Error(`cannot watch the corpus at ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A watch follows the folder it was given, not its path: once the folder is deleted, or replaced by another
  // (a deploy that renames a fresh copy into place), no event ever comes again. So the path is checked every
  // few seconds; when it names another folder (another inode), or names one again, it is watched afresh and
  // reloaded. A folder deleted and made again can get its inode back at once; then the folder's change time
  // moving while the watch heard nothing tells that the watch is dead.
  let watched = identity(folder);
  const check = setInterval(() => {
    if (stopped) return;
    const now = identity(folder);
    const dead = now !== null && watched !== null && now.inode === watched.inode && now.changed !== watched.changed && !heard;
    const moved = (now === null) !== (watched === null) || (now !== null && watched !== null && now.inode !== watched.inode);
    heard = false;
    watched = now;
    if (!dead && !moved) return;
    watcher?.close();
    watcher = null;
    if (now !== null) {
      try {
        watcher = open();
      } catch (error) {
        options.onError(error);
        return;
      }
    }
    onChange(null);
  }, recheckMs);
  check.unref();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      clearInterval(check);
      watcher?.close();
      await running;
    },
  };
}

/** Which folder a path names (device and inode) and when its entries last changed, or null when nothing is there. */
function identity(path: string): { inode: string; changed: number } | null {
  try {
    const st = statSync(path);
    return { inode: `${st.dev}:${st.ino}`, changed: st.ctimeMs };
  } catch {
    return null;
  }
}

/**
 * Whether a changed name that does not look like a document was a folder that may hold some: one named with a dot
 * ("events-2024.12") that is there, or that is gone (a folder moved out takes its documents with it; a stray
 * file that is gone only costs a reload that finds nothing changed).
 */
function wasFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return true;
  }
}

/**
 * Whether a change to `name` (relative to the corpus folder) can change what the loader reads: a document file,
 * or a folder (no extension) that may hold some. What the loader skips (hidden and `_` paths, README files,
 * other extensions) does not trigger reloads, so editor swap files and backups (`.a.md.swp`, `a.md~`) do not.
 */
export function mayAffectCorpus(name: string): boolean {
  if (isSkipped(name)) return false;
  const last = lastPart(name);
  return extname(last) === '' || isDocumentFile(last);
}

/** Whether `name` could be a folder the loader reads, named with a dot ("events-2024.12"): not hidden, not `_`. */
export function mayBeFolder(name: string): boolean {
  return !isSkipped(name) && !isDocumentFile(lastPart(name));
}

/** Whether a path lies in what the loader skips: a hidden or `_` file or folder anywhere along it. */
function isSkipped(name: string): boolean {
  return partsOf(name).some((p) => p.startsWith('.') || p.startsWith('_'));
}

function lastPart(name: string): string {
  const parts = partsOf(name);
  return parts[parts.length - 1] ?? '';
}

function partsOf(name: string): string[] {
  return name.split(sep).flatMap((p) => p.split('/'));
}

const WATCH_LOGGED: Record<ReloadOutcome, string> = {
  reloaded: 'corpus changed: reloaded',
  'reloaded with problems': 'corpus changed: reloaded, with problems: each broken file keeps its previous version, or is left out',
  rejected: 'corpus changed but has problems: reload rejected, the previous index keeps serving',
};

/** Watch-mode callbacks that write structured logs: who ("watch"), when, which files changed, the result. */
export function loggingWatchHandlers(logger: Logger): Pick<CorpusWatchOptions, 'onReload' | 'onError'> {
  const log = logger.child({ component: 'watch' });
  return {
    onReload(report, changed) {
      log[reloadLogLevel(report)]({ ...reloadLogFields(report), files: changed }, WATCH_LOGGED[reloadOutcome(report)]);
    },
    onError(error) {
      log.error({ err: error }, 'watching the corpus failed: changes are no longer picked up (use /reload)');
    },
  };
}

/** One human line (plus the problems) for the local console. */
export function describeWatchReload(report: ReloadReport): string {
  if (report.ok) {
    const { before, after } = report;
    return [
      `tanya: the corpus changed: reloaded in ${Math.round(report.ms)} ms (documents ${before.documents} → ${after.documents}, passages ${before.passages} → ${after.passages})${problemsToFix(report)}.`,
      ...lastGoodLines(report),
    ].join('\n');
  }
  const n = report.problems.length;
  return [
    `tanya: the corpus changed but has ${n} problem${n === 1 ? '' : 's'}; still answering from the previous index:`,
    ...report.problems.map(formatProblem),
  ].join('\n');
}
