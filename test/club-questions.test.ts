// A hiking club's write-ups (test/fixtures/corpus/club: numbered hikes, an announcement of the next one, two
// tournaments), asked as its members ask: the engine grew up on tech meetups, and a club's kinds of event
// ("pendakian", "turnamen", "lomba") and its places and sports, typed in lower case, must be read as those were.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';

const corpus = path.join(import.meta.dirname, 'fixtures/corpus/club');
let lib: Library;
beforeAll(async () => {
  lib = await Library.open(corpus);
});

describe('"kemana" written joined, as "dimana" is', () => {
  // Left a word the corpus lacks, it held the question under the confidence bar.
  it('asks where, and the rest of the question is answered', () => {
    const a = lib.ask('pendakian selanjutnya kemana');
    expect(a.answered).toBe(true);
    expect(a.results[0]?.text).toMatch(/Ciremai/u);
  });
});

