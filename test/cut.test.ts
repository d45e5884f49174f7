// Where text may be cut (src/engine/cut.ts), checked against Intl.Segmenter run over the whole text: every cut
// falls between two graphemes, the nearest one on its side, however long the text or the grapheme.

import { describe, expect, it } from 'vitest';
import { chunkEscaped } from '../src/discord/render.ts';
import { truncate } from '../src/discord/markdown.ts';
import { messageBody } from '../src/discord/respond.ts';
import { clip, cutAfter, cutBefore } from '../src/engine/cut.ts';

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...SEGMENTER.segment(s)].map((g) => g.segment);

/** Every place `text` may be cut: the graphemes' starts, and its end. */
function boundaries(text: string): number[] {
  return [...[...SEGMENTER.segment(text)].map((g) => g.index), text.length];
}

function expectCutsBetweenGraphemes(text: string, positions: Iterable<number> = Array.from({ length: text.length + 1 }, (_, i) => i)): void {
  const all = boundaries(text);
  for (const at of positions) {
    const before = all.filter((b) => b <= at).at(-1)!;
    const after = all.find((b) => b >= at)!;
    expect([cutBefore(text, at), cutAfter(text, at)], `at ${at} of ${JSON.stringify(text.slice(Math.max(0, at - 12), at + 12))}`).toEqual([before, after]);
  }
}

const flags = (n: number) => Array.from({ length: n }, (_, i) => ['🇮🇩', '🇲🇾', '🇸🇬', '🇯🇵'][i % 4]).join('');

describe('cutting between graphemes', () => {
  it('a run of more than 256 flags, at every place, however it starts', () => {
    for (const pad of ['', 'a', 'é', '👍']) {
      const text = pad + flags(300) + ' x';
      // Far into the run is where a cut once lost count of which indicator pairs with which.
      expectCutsBetweenGraphemes(text, Array.from({ length: 80 }, (_, i) => text.length - 80 + i));
      expectCutsBetweenGraphemes(text, [1, 2, 3, 4, 5, 1023, 1024, 1025, 1026, 1027, 1028]);
    }
    // An odd indicator before the run: they pair from the run's start whatever follows.
    const odd = '🇮' + flags(400);
    expectCutsBetweenGraphemes(odd, Array.from({ length: 60 }, (_, i) => odd.length - 60 + i));
  });

  it('ZWJ sequences, skin tones, tag flags and keycaps', () => {
    expectCutsBetweenGraphemes('👨‍👩‍👧‍👦👩🏽‍💻🏴󠁧󠁢󠁳󠁣󠁴󠁿1️⃣❤️‍🔥 ok 👨‍👩‍👧‍👦'.repeat(3));
    // A sequence of more than 32 code units (emoji joined by ZWJ, which a segmenter keeps as one grapheme).
    expectCutsBetweenGraphemes('a ' + Array(12).fill('👩🏽').join('\u200d') + ' b');
  });

  it('combining marks, however many are stacked on a letter', () => {
    expectCutsBetweenGraphemes('ca\u0301fe\u0301 n\u0303 '.repeat(5));
    expectCutsBetweenGraphemes('x' + 'a' + '\u0301\u0316'.repeat(200) + 'b c');
  });

  it('Hangul jamo, Indic conjuncts, CR LF and prepended marks', () => {
    expectCutsBetweenGraphemes('\u1100\u1161\u11a8\u1100\u1161한국어\u1100한');
    expectCutsBetweenGraphemes('क्षत्रिय हिन्दी স্ত্রী');
    expectCutsBetweenGraphemes('a\r\nb\r\n\r\nc');
    expectCutsBetweenGraphemes('\u0600\u0661\u0662 \u06dd\u0663');
  });

  it('a prepended mark before a flag: they are one grapheme, however long the run of flags after it', () => {
    // A prepended mark joins whatever follows it (UAX #29 GB9b), a regional indicator too; found by a fuzz against
    // Intl.Segmenter, where a cut inside the flag after an Arabic number sign or a Malayalam dot reph fell between
    // the mark and its flag.
    for (const mark of ['\u0600', '\u0d4e', '\u{110bd}']) {
      expectCutsBetweenGraphemes(`a${mark}🇮🇩 b`);
      expectCutsBetweenGraphemes(`${mark}🇮 x`);
      expectCutsBetweenGraphemes(`a${mark}${mark}${flags(5)}`);
    }
  });

  it('an Indic conjunct with an invisible extending character (a tag, a variation selector) after its virama', () => {
    // Any extending character may stand between the virama and the next consonant (GB9c), not only a mark.
    expectCutsBetweenGraphemes('a\u0924\u094d\u{e0067}\u0937 b');
    expectCutsBetweenGraphemes('\u0915\u094d\u{e0020}\u{e0020}\u0937\u094d\u{e007f}\u0924');
  });

  it('messages cut to their limit never split a flag, wherever the run of flags starts', () => {
    for (let pad = 0; pad < 4; pad++) {
      const text = 'x'.repeat(pad) + flags(600);
      const known = new Set([...graphemes(text), '…']);
      for (const piece of [clip(text, 2000), truncate(text, 2000), messageBody({ content: text }).content, ...chunkEscaped(text, 1900)]) {
        for (const g of graphemes(piece)) expect(known.has(g), `${JSON.stringify(g)}`).toBe(true);
      }
    }
  });

  it('a grapheme longer than a message is cut between code points, so every piece fits', () => {
    const zalgo = 'a' + '\u0301'.repeat(5000);
    const pieces = chunkEscaped(zalgo, 1900);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1900);
    expect(pieces.join('')).toBe(zalgo);
  });
});
