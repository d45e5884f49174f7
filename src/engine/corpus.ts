// STUB — being written by the corpus helper. Contract:
import type { LoadResult } from './types.ts';

export interface LoadOptions {
  /** Files larger than this are reported as a problem, not read. Default 5 MiB. */
  maxFileBytes?: number;
}

/**
 * Loads every document under `path` (a folder: *.md, *.markdown, *.txt, *.jsonl, recursively; or one such file).
 * Never throws for bad content: every problem is collected in `problems` with its file (and line).
 */
export async function loadCorpus(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  void path; void options;
  throw new Error('not implemented');
}
