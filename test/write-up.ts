// A write-up built in code for the engine suites: the fields a test names, the rest as a plain Indonesian `.md`
// file gives them (no date, source or address). One place for the document's shape, so the suites' own
// `doc(...)` helpers say only what they vary.

import type { CorpusDocument } from '../src/engine/types.ts';

export function writeUp(fields: Pick<CorpusDocument, 'id'> & Partial<CorpusDocument>): CorpusDocument {
  const { id } = fields;
  return { title: id, body: '', excludedRanges: [], date: null, source: null, url: null, lang: 'id', file: `${id}.md`, line: null, ...fields };
}
