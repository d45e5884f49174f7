// What a reload serves when some files are broken: every good edit, and for each broken file the version of it
// being served (its last good one). All or nothing kept one moderator's broken file from holding back every other
// moderator's edits, while the broken file's write-ups were kept out of nothing: they were being served anyway.
//
// A file counts as one piece: a JSONL file with one bad line keeps its whole previous version (its other lines,
// however edited, are no version anyone saved whole). A broken file never served (new, or renamed and broken
// since its id and name are what changed) is left out, as a broken file is at start-up. A problem naming a folder
// that cannot be read covers the files under it.

import type { CorpusDocument, CorpusProblem } from './types.ts';

export interface LastGood {
  /** The documents to serve: the good ones loaded now, and the served ones of each broken file. */
  documents: CorpusDocument[];
  /** The load's problems, and one for each broken file whose previous version cannot be kept (its id now taken). */
  problems: CorpusProblem[];
  /** Broken files whose previous version is still served, in the order of the documents. */
  kept: string[];
  /** Files and folders with problems of which nothing is served (never good, or their previous version's id taken). */
  leftOut: string[];
}

/**
 * The documents a reload serves: `loaded` (a load that found problems) with each broken file's documents replaced
 * by those `served` has from it. Pure: the documents are shared, not copied or changed.
 */
export function keepLastGood(served: readonly CorpusDocument[], loaded: { documents: readonly CorpusDocument[]; problems: readonly CorpusProblem[] }): LastGood {
  // A file is broken when a problem names it or a folder above it: one look-up per folder of its path. A scan of
  // every broken path for each document was quadratic: 32,000 documents with 3,200 broken files took seconds.
  const brokenPaths = new Set(loaded.problems.map((p) => p.file));
  const broken = (file: string) => brokenPaths.has(file) || foldersOf(file).some((f) => brokenPaths.has(f));
  const fresh = loaded.documents.filter((d) => !broken(d.file));
  const freshById = new Map(fresh.map((d) => [d.id, d]));
  const problems = [...loaded.problems];
  const keptDocs: CorpusDocument[] = [];
  const notKept = new Set<string>();
  for (const d of served) {
    if (!broken(d.file)) continue;
    // The id was given to another write-up meanwhile (its front matter, or a file named so): that one is a good
    // edit and goes live; two documents of one id would break every citation of it.
    const taker = freshById.get(d.id);
    if (taker !== undefined) {
      notKept.add(d.file);
      problems.push({ file: d.file, line: null, reason: `its previous version is not served either: its document id "${d.id}" is now used by ${taker.file}` });
      continue;
    }
    keptDocs.push(d);
  }
  const kept = [...new Set(keptDocs.map((d) => d.file))].filter((f) => !notKept.has(f));
  const keptFiles = new Set(kept);
  // A file whose previous version is split (one id taken, another not) keeps none of it: half a file is no
  // version. In path order, as the loader gives them (a stable sort: a file's documents keep their order).
  const documents = [...fresh, ...keptDocs.filter((d) => keptFiles.has(d.file))].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // (A folder that cannot be read is left out only when none of its files is kept.)
  const keptFolders = new Set(kept.flatMap(foldersOf));
  const leftOut = [...new Set(problems.map((p) => p.file))].filter((f) => !keptFiles.has(f) && !keptFolders.has(f));
  return { documents, problems, kept, leftOut };
}

/** The folders a corpus path lies in, outermost first: "2024/05/a.md" → "2024", "2024/05". */
function foldersOf(file: string): string[] {
  const folders: string[] = [];
  for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) folders.push(file.slice(0, i));
  return folders;
}
