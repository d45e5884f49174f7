// Questions members ask of a community's dated, numbered write-ups that lean on the calendar: "the latest meetup",
// "the November meetup" (no year), "the next one" (no kind of event), and a numbered meetup both planned in the
// board's minutes and written up after it was held.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';

function doc(id: string, title: string, body: string, date: string | null): CorpusDocument {
  return { id, title, body, excludedRanges: [], date, source: null, url: null, lang: 'id', file: `${id}.md`, line: null };
}

const persona = path.join(import.meta.dirname, 'fixtures/corpus/persona');
let lib: Library;
beforeAll(async () => {
  lib = await Library.open(persona);
});

describe('the latest meetup, asked nothing more', () => {
  // "meetup terbaru" showed meetup #7's closing line, "Sampai jumpa di meetup berikutnya pada bulan November!", first:
  // short and saying "meetup", it scored highest of the write-up's passages, though it says nothing of the meetup.
  it('shows the newest write-up\'s opening, where it says what the event was', () => {
    for (const q of ['meetup terbaru', 'the latest meetup', 'meetup terakhir']) {
      const first = lib.ask(q).results[0];
      expect(first?.docId, q).toBe('meetup-07');
      expect(first?.text, q).toContain('Meetup ketujuh diadakan pada 18 Oktober 2025');
    }
  });

  it('still shows the passage that says what a more specific question asks', () => {
    expect(lib.ask('siapa pembicara meetup terbaru').results[0]?.text).toContain('Yohanes Kurniawan');
  });
});
