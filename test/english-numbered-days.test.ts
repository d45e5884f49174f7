// An Indonesian question's ordinal beside a word English titles number: "hari pertama" is the "Day 1" of an
// English conference write-up's title, as "day 1" is, over test/fixtures/corpus/conference-days-en (two English
// write-ups titled "… — Day 1" and "… — Day 2", and an Indonesian one that says "hari Minggu").
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';

const dir = fileURLToPath(new URL('./fixtures/corpus/conference-days-en', import.meta.url));

let lib: Library;
beforeAll(async () => {
  lib = await Library.open(dir);
});

describe('an Indonesian ordinal beside a word an English title numbers', () => {
  it.each([
    // Day 2's keynote passage is the shorter one, and without the title's number it came first.
    ['siapa keynote hari pertama?', 'day-1#1'],
    ['keynote hari kedua siapa', 'day-2#1'],
    // The English question, which already read "day 1" as the title's number.
    ['who gave the keynote on day 1?', 'day-1#1'],
  ])('%s → %s', (question, id) => {
    const a = lib.ask(question);
    expect([a.answered, a.results[0]?.id]).toEqual([true, id]);
  });

  it('reads it as the number of that word only: the Indonesian write-up\'s "hari Minggu" is no day 1', () => {
    const a = lib.ask('siapa keynote hari pertama?');
    expect(a.results.map((r) => r.docId)).not.toContain('kopdar');
  });
});
