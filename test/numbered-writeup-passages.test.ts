// A question that names a write-up by its number is answered from that write-up's passages, even where none of
// them says the question's other words as the question does: meetup #4's speaker "presented GitOps", with no
// "speaker" in it. Over test/fixtures/corpus/numbered-meetups-en (two numbered English meetups and a page that
// says "We welcome speakers"), those passages had been left out as saying nothing but their title, and the answer
// was the other pages' "speakers" and meetup #3's passages.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';

const dir = fileURLToPath(new URL('./fixtures/corpus/numbered-meetups-en', import.meta.url));

let lib: Library;
beforeAll(async () => {
  lib = await Library.open(dir);
});

describe('a write-up named by its number', () => {
  it.each(['siapa pembicara meetup ke-4', 'siapa pembicara meetup keempat'])('%s: meetup #4 only, its speaker among them', (q) => {
    const a = lib.ask(q, { top: 3 });
    expect(a.answered).toBe(true);
    expect(a.results.map((r) => r.docId)).toEqual(['meetup-4', 'meetup-4', 'meetup-4']);
    expect(a.results.map((r) => r.id)).toContain('meetup-4#2');
  });

  it("shows meetup #3's speaker, not only its passages that repeat the word \"meetup\"", () => {
    const a = lib.ask('siapa pembicara meetup 3', { top: 3 });
    expect(a.results.map((r) => r.id)).toContain('meetup-3#2');
  });

  it('still answers from the page that says it when no number is asked', () => {
    const a = lib.ask('gimana caranya jadi pembicara?');
    expect([a.answered, a.results[0]?.id]).toEqual([true, 'how-to-join#2']);
  });
});
