// Words a write-up heads a section or a table's column with: what its event has, not which event it is. The
// cosplay contest's results write "## Kategori grup" and its rules a prize table's "Grup" column: "grup" is a
// category of that contest, and "who won the group cosplay category" names no "group cosplay" event by it (see
// SearchIndex.#ordinaryBesideKind). Read per write-up, from its passages' texts.

import { tokenize } from './analyzer.ts';
import { isDelimiterRow, isTableRow } from './tables.ts';

/** A Markdown heading line: its words after the hashes. */
const HEADING = /^\s{0,3}#{1,6}\s+(\S.*)$/u;

/** The words (normalised) of the heading lines and of the tables' header rows (as tables.ts reads a table) of `texts`. */
export function attributeWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const lines = text.split('\n');
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      const heading = HEADING.exec(line);
      const said = heading !== null ? heading[1]! : isTableRow(line) && isDelimiterRow(lines[k + 1] ?? '') ? line : null;
      if (said === null) continue;
      for (const t of tokenize(said)) out.add(t.norm);
    }
  }
  return out;
}
