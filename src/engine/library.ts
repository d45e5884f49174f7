// The live corpus: the one stateful piece of the engine. It owns the current search index and swaps in a new one
// only once a reload built it completely, so a question is always answered from a whole index. A reload applies
// every good edit and keeps serving each broken file's previous version (see last-good.ts), so a broken file never
// empties the index nor holds back other files' edits; a reload with nothing to serve (the corpus folder gone or
// emptied) keeps the whole previous index. At start-up there is no previous index to keep: a long-running bot
// opens with every document that loaded and names the files it left out (see Library.open's `partial`).

import { performance } from 'node:perf_hooks';
import { loadCorpus, writeUpKey, type LoadOptions } from './corpus.ts';
import { SearchIndex } from './search.ts';
import { splitPassages } from './segment.ts';
import { answerQuestion, type AskOptions } from './answer.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { exampleQuestion, type ExampleQuestion } from './example.ts';
import { localDay, namesRelativeDay } from './relative-days.ts';
import { shownTitle } from './text-title.ts';
import { groupBy } from './group-by.ts';
import { keepLastGood } from './last-good.ts';
import { safeLine } from './safe-text.ts';
import type { Answer, CorpusDocument, CorpusProblem, CorpusSummary, Passage } from './types.ts';

export interface LibraryOptions extends LoadOptions {
  /** English→Indonesian lexicon for query expansion; the shipped one when omitted, none when null. */
  lexicon?: Lexicon | null;
  /**
   * The clock whose day "besok", "hari ini", "tomorrow" are read from (see relative-days.ts), in the process's
   * time zone (`TZ`); the system clock when omitted. Tests give a fixed one.
   */
  clock?: () => Date;
}

/** Thrown when the corpus cannot be (re)loaded; lists every problem found, not only the first. */
export class CorpusLoadError extends Error {
  /**
   * @param unread the corpus folder's files that are no document by their type (see LoadResult.unread):
   * check-corpus names them beside a broken corpus's problems too.
   */
  constructor(
    readonly problems: CorpusProblem[],
    readonly unread: string[] = [],
  ) {
    super(`The corpus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` + problems.map(formatProblem).join('\n'));
    this.name = 'CorpusLoadError';
  }
}

/**
 * One problem as one line, `- file:line: reason`. A file name may hold any character a file system allows, and a
 * reason quotes the file's own text ("bad date …"): their control characters, line breaks too, are shown as
 * spaces, so that a problem never runs onto a line of its own without its file, and an escape sequence in a
 * contributed file never drives the terminal of the moderator checking it. Direction controls are shown as spaces
 * too.
 */
export function formatProblem(p: CorpusProblem): string {
  return `- ${safeLine(p.file)}${p.line === null ? '' : `:${p.line}`}: ${safeLine(p.reason)}`;
}

export interface Counts {
  documents: number;
  passages: number;
}

export interface ReloadReport {
  /**
   * True when the reload was applied, problems or not (see `kept`, `leftOut`); false when it was rejected, having
   * nothing to serve (the corpus folder gone or emptied, or every file broken and none served before): the whole
   * previous index still serves.
   */
  ok: boolean;
  before: Counts;
  /** Equal to `before` when the reload was rejected. */
  after: Counts;
  /**
   * What the reload changed; none of them when it was rejected (it changed nothing). A broken file whose previous
   * version is still served is in none of them.
   */
  added: string[];
  removed: string[];
  changed: string[];
  /**
   * Documents whose id changed while their text did not (a file renamed): listed here, not as added and removed.
   */
  renamed: Renamed[];
  problems: CorpusProblem[];
  /** Broken files whose previous version is still served (an applied reload's; see last-good.ts). */
  kept: string[];
  /** Files (and folders) with problems of which nothing is served: never good, or their id now taken. */
  leftOut: string[];
  /**
   * Files gone from the corpus (their write-ups removed) in a reload that left out new broken files: perhaps one
   * file renamed and broken at once ("meetup-7.md" saved as "meetup-07.md" with a typo), whose write-up is out
   * until it is fixed. Said plainly, not guessed: nothing tells which file became which (see last-good.ts). Null
   * when the reload had not both.
   */
  goneWhileBroken: { gone: string[]; broken: string[] } | null;
  /** Files of the corpus folder that were not read, being no document by their type ("undangan.docx"). */
  unread: string[];
  ms: number;
  at: Date;
  by: string | null;
  /** Others who asked for this reload while it was queued, and were given its report. */
  joinedBy: string[];
}

export interface Renamed {
  from: string;
  to: string;
}

export interface Snapshot {
  documents: CorpusDocument[];
  index: SearchIndex;
  loadedAt: Date;
  /** Who reloaded: null at start-up, and for a reload nobody is named for (see `atStartUp`). */
  loadedBy: string | null;
  /**
   * Where the reload was asked from, as the caller names it (the bot: the Discord server's id); null at start-up and
   * for a reload from nowhere in particular (the console, the watcher). /about names `loadedBy` there only: a reader
   * elsewhere may not know, or be let see, who that is.
   */
  loadedFrom: string | null;
  /**
   * Whether this is the start-up load, not a reload: told apart from `loadedBy`, since a reload may have no author
   * (`reload()` called without one), and /about said "Loaded at start-up" of it.
   */
  atStartUp: boolean;
  /**
   * Problems of the load that built this snapshot: the files a partial start-up left out, or a reload's broken
   * files (each serving its previous version, or left out). Empty once a load found none.
   */
  problems: CorpusProblem[];
  /**
   * Files of the corpus folder this snapshot's load did not read, being no document by their type (see
   * ReloadReport).
   */
  unread: string[];
}

export class Library {
  #snapshot: Snapshot;
  /** A reload that is queued behind the running one and has not started yet; later callers share it. */
  #pending: Promise<ReloadReport> | null = null;
  /** The tail of the reload queue: the next reload starts when this settles. */
  #running: Promise<unknown> = Promise.resolve();
  /** Reloads started or queued and not yet finished. */
  #inFlight = 0;
  /** Who asked for the queued reload after it was queued (they share it). */
  #pendingJoiners: Array<string | null> = [];

  private constructor(
    readonly corpusPath: string,
    private readonly options: LibraryOptions,
    private readonly lexicon: Lexicon | null,
    snapshot: Snapshot,
  ) {
    this.#snapshot = snapshot;
  }

  /**
   * Loads and indexes the corpus; throws CorpusLoadError (with every problem) when it is broken. With `partial`,
   * problems throw only when no document loaded at all: the library opens with the documents that did, and the
   * snapshot keeps the problems. That is for the bot's start-up, where refusing to start over one broken file
   * would take the whole bot down (after a restart, say, with a file a /reload had already reported);
   * one-shot commands and checks stay strict.
   */
  static async open(corpusPath: string, options: LibraryOptions = {}, { partial = false }: { partial?: boolean } = {}): Promise<Library> {
    const lexicon = options.lexicon === undefined ? loadLexicon() : options.lexicon;
    const { documents, problems, unread } = await loadCorpus(corpusPath, options);
    if (problems.length > 0 && (!partial || documents.length === 0)) throw new CorpusLoadError(problems, unread);
    const index = await buildIndexAsync(documents, { lexicon });
    const library = new Library(corpusPath, options, lexicon, { documents, index, loadedAt: new Date(), loadedBy: null, loadedFrom: null, atStartUp: true, problems, unread });
    // Found in the background from now on, so that it is usually ready before anyone asks for /help.
    library.#exampleOf(library.#snapshot);
    library.#warmAutocomplete(library.#snapshot);
    // The thesaurus is read on the first question word the corpus lacks (see Lexicon.synonyms): read it now, after
    // indexing, so that no member's question waits for it. Unreadable, it stops the start-up with its message, as
    // the lexicon's file does: swallowed here, every such question failed later, and the file was read again each
    // time.
    lexicon?.synonyms?.('');
    return library;
  }

  /** Builds a library from documents already in memory (tests, benchmarks, the eval runner). */
  static fromDocuments(documents: CorpusDocument[], options: LibraryOptions = {}): Library {
    const lexicon = options.lexicon === undefined ? loadLexicon() : options.lexicon;
    const snapshot: Snapshot = { documents, index: buildIndex(documents, { lexicon }), loadedAt: new Date(), loadedBy: null, loadedFrom: null, atStartUp: true, problems: [], unread: [] };
    return new Library('', options, lexicon, snapshot);
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  get counts(): Counts {
    return countsOf(this.#snapshot);
  }

  /** True while a reload is building; questions are still answered from the current index meanwhile. */
  get reloading(): boolean {
    return this.#inFlight > 0;
  }

  ask(question: string, options: AskOptions = {}): Answer {
    // (The day is read only when the question names one relative to it: see relative-days.ts.)
    const today = options.today ?? (namesRelativeDay(question) ? localDay((this.options.clock ?? (() => new Date()))()) : undefined);
    return answerQuestion(this.#snapshot.index, question, today === undefined ? options : { ...options, today });
  }

  passage(id: string): Passage | undefined {
    return this.#snapshot.index.passages.get(id);
  }

  /** Autocomplete: titles and named things from the corpus that contain what was typed. */
  suggest(typed: string, limit = 25): string[] {
    return this.#snapshot.index.suggest(typed, limit);
  }

  /** The corpus's documents newest first, as members look for the latest write-ups (sorted once per load). */
  documents(): readonly CorpusDocument[] {
    const snapshot = this.#snapshot;
    let sorted = NEWEST_FIRST.get(snapshot);
    if (sorted === undefined) NEWEST_FIRST.set(snapshot, (sorted = [...snapshot.documents].sort(newestFirst)));
    return sorted;
  }

  /**
   * The example question /help gives, drawn from this corpus and checked to be answered (see example.ts). Found
   * in steps that let other interactions be answered meanwhile, started as soon as a corpus is (re)loaded; a /help
   * asked before it is ready waits for it. Always the current corpus's: when a reload swaps in another corpus
   * while it waits, it waits for that corpus's example instead.
   */
  async example(): Promise<ExampleQuestion | null> {
    for (;;) {
      const snapshot = this.#snapshot;
      const example = await this.#exampleOf(snapshot);
      if (snapshot === this.#snapshot) return example;
    }
  }

  /**
   * Autocomplete's words, collected in the background so that a member's first keystroke does not wait for them
   * (the names are, by the example's search). A failure only means the first keystroke collects them itself.
   */
  #warmAutocomplete(snapshot: Snapshot): void {
    snapshot.index.vocabularyInTurns().catch(() => undefined);
  }

  /** The example of `snapshot`, started on first call; stops early (null) once a reload has replaced it. */
  #exampleOf(snapshot: Snapshot): Promise<ExampleQuestion | null> {
    let found = EXAMPLE.get(snapshot);
    if (found === undefined) {
      const titles = new Set(snapshot.documents.map((d) => d.title));
      found = exampleQuestion(snapshot.index, titles, () => this.#snapshot === snapshot);
      // Started in the background, perhaps with nobody waiting yet: a failure surfaces where it is awaited (a
      // /help's error reply), not as an unhandled rejection that would end the process.
      found.catch(() => undefined);
      EXAMPLE.set(snapshot, found);
    }
    return found;
  }

  summary(): CorpusSummary {
    const { index } = this.#snapshot;
    const perDoc = new Map<string, number>();
    for (const p of index.passages.values()) perDoc.set(p.docId, (perDoc.get(p.docId) ?? 0) + 1);
    return {
      documents: this.documents().map((d) => ({
        id: d.id,
        title: shownTitle(d),
        date: d.date,
        source: d.source,
        url: d.url,
        passages: perDoc.get(d.id) ?? 0,
      })),
      passages: index.passages.size,
    };
  }

  /**
   * Rebuilds the index from the corpus and swaps it in: every good file as it is now, each broken file as it is
   * served now (left out if it is not), and nothing at all when that leaves nothing to serve (the corpus folder
   * gone or emptied, or only broken files never served).
   * Reloads never run concurrently: a call made while one is building waits for it and then runs its own,
   * and calls made while one is already waiting share that waiting one (it will see their files too).
   * `by` and `from` name who asked and where (see Snapshot.loadedFrom); a shared reload keeps its first asker's.
   */
  reload(by: string | null = null, from: string | null = null): Promise<ReloadReport> {
    if (this.#pending) {
      // Joining the queued reload: it will run once, for everyone who asked while it waited.
      this.#pendingJoiners.push(by);
      return this.#pending;
    }
    const queued = this.#inFlight > 0;
    this.#inFlight++;
    const joiners: Array<string | null> = [];
    const run = async () => {
      // From here on this reload is running, not waiting: later calls must queue a new one.
      if (queued) this.#pending = null;
      const report = await this.#rebuild(by, from);
      return { ...report, joinedBy: joiners.filter((j): j is string => j !== null) };
    };
    const report = (queued ? this.#running.then(run) : run()).finally(() => {
      this.#inFlight--;
    });
    if (queued) {
      this.#pending = report;
      this.#pendingJoiners = joiners;
    }
    this.#running = report.catch(() => undefined);
    return report;
  }


  async #rebuild(by: string | null, from: string | null): Promise<ReloadReport> {
    const started = performance.now();
    const before = this.#snapshot;
    const at = new Date();
    let documents: CorpusDocument[] = [];
    let problems: CorpusProblem[];
    let unread: string[] = [];
    try {
      ({ documents, problems, unread } = await loadCorpus(this.corpusPath, { ...this.options, servedFrom: new Map(before.documents.map((d) => [d.id, d.file])) }));
    } catch (error) {
      problems = [{ file: this.corpusPath, line: null, reason: error instanceof Error ? error.message : String(error) }];
    }
    let kept: string[] = [];
    let leftOut: string[] = [];
    if (problems.length > 0) ({ documents, problems, kept, leftOut } = keepLastGood(before.documents, { documents, problems }));
    if (documents.length === 0) {
      // Nothing to serve: the corpus folder gone (deleted, unmounted, the path misspelt), emptied (a sync tool
      // mid-copy), or every file broken and none of them served before. No edit takes every write-up away at once,
      // so the whole previous index keeps serving, and the report lists no edit: every write-up "removed" read as
      // though all were lost.
      if (problems.length === 0) problems = [{ file: this.corpusPath, line: null, reason: 'no documents' }];
      return {
        ok: false,
        before: countsOf(before),
        after: countsOf(before),
        added: [],
        removed: [],
        changed: [],
        renamed: [],
        problems,
        kept: [],
        leftOut: [],
        goneWhileBroken: null,
        unread,
        ms: performance.now() - started,
        at,
        by,
        joinedBy: [],
      };
    }
    const { added, removed, changed, renamed } = diffDocuments(before.documents, documents);
    const next: Snapshot = { documents, index: await buildIndexAsync(documents, { lexicon: this.lexicon }), loadedAt: at, loadedBy: by, loadedFrom: from, atStartUp: false, problems, unread };
    this.#snapshot = next; // the swap: one assignment, so no question ever sees half of each
    this.#exampleOf(next); // in the background, as at start-up (see example())
    this.#warmAutocomplete(next);
    return {
      ok: true,
      before: countsOf(before),
      after: countsOf(next),
      added,
      removed,
      changed,
      renamed,
      problems,
      kept,
      leftOut,
      goneWhileBroken: goneWhileBroken(before.documents, removed, documents, leftOut),
      unread,
      ms: performance.now() - started,
      at,
      by,
      joinedBy: [],
    };
  }
}

/** Splits documents into passages and indexes them. Pure: the same documents always give the same index. */
export function buildIndex(documents: CorpusDocument[], options: { lexicon: Lexicon | null }): SearchIndex {
  return new SearchIndex(documents.flatMap((d) => splitPassages(d)), options);
}

/** buildIndex, yielding to the event loop between chunks: questions go on being answered meanwhile. */
export function buildIndexAsync(documents: CorpusDocument[], options: { lexicon: Lexicon | null }): Promise<SearchIndex> {
  return SearchIndex.build(documents.flatMap((d) => splitPassages(d)), options);
}

/**
 * What a reload came to: every edit live, live but with broken files kept as they were or left out, or rejected
 * (nothing to serve; the previous index keeps serving). One reading for the log's `result`, its level (see
 * reloadLogLevel) and each front end's message.
 */
export type ReloadOutcome = 'reloaded' | 'reloaded with problems' | 'rejected';

export function reloadOutcome(report: ReloadReport): ReloadOutcome {
  return !report.ok ? 'rejected' : report.problems.length > 0 ? 'reloaded with problems' : 'reloaded';
}

/**
 * The log level of a reload: a warning whenever a file is left broken, whoever reloaded (a moderator's `/reload`,
 * the console's, the folder watcher): an operator reading warnings only still sees that the corpus needs fixing.
 */
export function reloadLogLevel(report: ReloadReport): 'info' | 'warn' {
  return reloadOutcome(report) === 'reloaded' ? 'info' : 'warn';
}

/** A reload report as structured log fields: who, when, the result and what changed (every problem included). */
export function reloadLogFields(report: ReloadReport): Record<string, unknown> {
  return {
    by: report.by,
    joinedBy: report.joinedBy,
    at: report.at.toISOString(),
    result: reloadOutcome(report),
    before: report.before,
    after: report.after,
    added: report.added,
    removed: report.removed,
    changed: report.changed,
    renamed: report.renamed,
    problems: report.problems,
    kept: report.kept,
    leftOut: report.leftOut,
    goneWhileBroken: report.goneWhileBroken,
    ms: Math.round(report.ms),
  };
}

/**
 * The files of `removed` write-ups that are gone from the corpus, beside the files of `leftOut` never served (new,
 * broken): see ReloadReport.goneWhileBroken. Null unless there are both.
 */
function goneWhileBroken(served: readonly CorpusDocument[], removed: readonly string[], now: readonly CorpusDocument[], leftOut: readonly string[]): ReloadReport['goneWhileBroken'] {
  if (removed.length === 0 || leftOut.length === 0) return null;
  const servedFiles = new Set(served.map((d) => d.file));
  const broken = leftOut.filter((f) => !servedFiles.has(f));
  const removedIds = new Set(removed);
  const nowFiles = new Set(now.map((d) => d.file));
  const gone = [...new Set(served.filter((d) => removedIds.has(d.id) && !nowFiles.has(d.file)).map((d) => d.file))];
  return gone.length > 0 && broken.length > 0 ? { gone, broken } : null;
}

function countsOf(s: Snapshot): Counts {
  return { documents: s.documents.length, passages: s.index.passages.size };
}

/**
 * Which document ids appeared, disappeared, or kept their id but changed content or metadata. A document that
 * disappeared and one that appeared as the same write-up (writeUpKey: its written title, date, address, source and
 * text) are one write-up whose id changed (its file renamed, "meetup-7.md" to "meetup-07.md"): reported as
 * renamed, since "added meetup-07, removed meetup-7" read as a write-up lost.
 */
export function diffDocuments(before: CorpusDocument[], after: CorpusDocument[]): { added: string[]; removed: string[]; changed: string[]; renamed: Renamed[] } {
  const old = new Map(before.map((d) => [d.id, d]));
  const now = new Map(after.map((d) => [d.id, d]));
  const gone = [...old.keys()].filter((id) => !now.has(id));
  const changed = [...now.values()]
    .filter((d) => {
      const o = old.get(d.id);
      return o !== undefined && !sameContent(o, d);
    })
    .map((d) => d.id);
  // One write-up by the rule that finds a copy of one under another name (see writeUpKey).
  const goneByKey = groupBy(gone, (id) => writeUpKey(old.get(id)!));
  const renamed: Renamed[] = [];
  const added = [...now.keys()].filter((id) => {
    if (old.has(id)) return false;
    const from = goneByKey.get(writeUpKey(now.get(id)!))?.shift();
    if (from !== undefined) renamed.push({ from, to: id });
    return from === undefined;
  });
  const renamedFrom = new Set(renamed.map((r) => r.from));
  const removed = gone.filter((id) => !renamedFrom.has(id));
  return { added, removed, changed, renamed };
}

/**
 * Whether a document kept its text and metadata across a reload. Compared field by field: a JSON text of each
 * document, made for both loads, copied every body of the corpus twice per reload (~25-40 ms on tydiqa-id).
 * Whether it is read as Markdown counts too: a notes.txt renamed notes.md keeps its id and text, but is cut and
 * shown anew.
 */
function sameContent(a: CorpusDocument, b: CorpusDocument): boolean {
  return (
    a.title === b.title && a.body === b.body && a.date === b.date && a.source === b.source && a.url === b.url && a.lang === b.lang &&
    (a.markdown ?? false) === (b.markdown ?? false)
  );
}

const NEWEST_FIRST = new WeakMap<Snapshot, CorpusDocument[]>();
/** The example question of each snapshot, found once: finding it runs a few searches. */
const EXAMPLE = new WeakMap<Snapshot, Promise<ExampleQuestion | null>>();

/** Newest first by date ("2024-12" before "2024-11-30"); undated documents last, by title, then id. */
function newestFirst(a: CorpusDocument, b: CorpusDocument): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    // ISO dates compare as strings; a date of a month or a year sorts after the days in it.
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}
