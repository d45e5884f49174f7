import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { openLibrary } from '../src/cli/open-library.ts';
import { Library } from '../src/engine/library.ts';
import { createLexicon } from '../src/engine/lexicon.ts';
import { readThesaurusFile } from '../src/engine/thesaurus.ts';

// The shipped lexicon's synonyms read data/thesaurus-id.json (loadThesaurus), which throws, naming the file, when it
// is missing or corrupt. Library.open swallowed that error at start-up: the bot started without a word about it,
// and every member's question with an Indonesian word the corpus lacks (a typo is enough) then failed ("something
// went wrong"), each reading the file again. The lexicon's own file, unreadable, stops the start-up with its
// message (regenerate it with npm run build-lexicon); the thesaurus's now does too.
describe('an unreadable thesaurus', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  it('stops Library.open with its message, rather than failing members\' questions later', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tanya-thesaurus-'));
    await writeFile(path.join(dir, 'meetup.jsonl'), JSON.stringify({ id: 'm7', title: 'Meetup 7', text: 'Juara lomba adalah tim Garuda.', date: '2025-01-10' }) + '\n');
    const unreadable = new Error('cannot read the thesaurus data/thesaurus-id.json: ENOENT (regenerate it with npm run build-lexicon)');
    let reads = 0;
    const lexicon = {
      ...createLexicon({}),
      synonyms: (): readonly string[] => {
        reads++;
        throw unreadable;
      },
    };
    let opened: Library | null = null;
    let refused: unknown = null;
    try {
      opened = await Library.open(dir, { lexicon });
    } catch (error) {
      refused = error;
    }
    // (Before: opened, and a question with a word no write-up has threw the same error on every asking.)
    if (opened !== null) {
      await new Promise((r) => setImmediate(r));
      const asked = () => opened!.ask('siapa pemenang lomba');
      expect(asked).not.toThrow();
    }
    expect(refused).toBe(unreadable);
    expect(reads).toBe(1);
  });

  it('is named at start-up as the data file it is, not as the corpus, nor blamed on CORPUS_DIR', async () => {
    // (The terminal's start-up said "cannot load the corpus at …: cannot read the thesaurus …", and, with CORPUS_DIR
    // set, "that path is CORPUS_DIR's …: point it at the folder of your write-ups": the corpus was fine.)
    dir = await mkdtemp(path.join(tmpdir(), 'tanya-thesaurus-'));
    await writeFile(path.join(dir, 'meetup.jsonl'), JSON.stringify({ id: 'm7', title: 'Meetup 7', text: 'Juara lomba adalah tim Garuda.', date: '2025-01-10' }) + '\n');
    const missing = path.join(dir, 'thesaurus-id.json');
    const lexicon = { ...createLexicon({}), synonyms: (word: string) => thesaurusOverFile(missing, word) };
    const errors = new PassThrough();
    let said = '';
    errors.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const library = await openLibrary(dir, errors, 'tanya', { lexicon }, { partial: true, setBy: 'CORPUS_DIR' });
    expect(library).toBeNull();
    expect(said).toContain(`tanya: cannot read the thesaurus ${missing}`);
    expect(said).toContain('regenerate it with npm run build-lexicon');
    expect(said).not.toContain('cannot load the corpus');
    expect(said).not.toContain('CORPUS_DIR');
  });
});

function thesaurusOverFile(file: string, word: string): readonly string[] {
  const synonyms = readThesaurusFile(file)[word];
  return synonyms === undefined ? [] : synonyms.split('|');
}
