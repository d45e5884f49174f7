// "Full passage" of a very long paragraph is split into messages by escaping candidate pieces and measuring
// them. The work is counted (characters escaped), not timed: it must grow with the text, not with its square.
// A 60 KB word once took half a second, escaping a growing piece for every character it took.

import { describe, expect, it, vi } from 'vitest';

const escaped = vi.hoisted(() => ({ chars: 0 }));
vi.mock('../src/discord/markdown.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/discord/markdown.ts')>();
  return {
    ...original,
    escapeText: (text: string, options?: Parameters<typeof original.escapeText>[1]) => {
      escaped.chars += text.length;
      return original.escapeText(text, options);
    },
  };
});

const { renderFullPassage } = await import('../src/discord/render.ts');

/** Characters escaped to render `text` as a Full passage, per character of it. */
function workPerChar(text: string): number {
  escaped.chars = 0;
  const messages = renderFullPassage({ title: 'T', paragraph: 1, date: null, source: null, url: null, text }, 'en');
  // Every character is shown (but the spaces where a message ends), in messages Discord accepts.
  const shown = messages.map((m) => m.content.replace(/^-# .*\n/, '').replace(/\n-# \(\d+\/\d+\)$/, '')).join('');
  expect(shown.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  for (const m of messages) expect(m.content.length).toBeLessThanOrEqual(2000);
  return escaped.chars / text.length;
}

describe('Full passage of a very long paragraph', () => {
  it('one space-free word of tens of kilobytes: work linear in its length', () => {
    const word = (n: number) => Array.from({ length: n }, (_, i) => 'abcdefghij'[i % 10]).join('');
    const small = workPerChar(word(30_000));
    const large = workPerChar(word(60_000));
    expect(small).toBeLessThan(40);
    expect(large).toBeLessThan(40);
  });

  it('prose of tens of kilobytes: work linear in its length', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `kata${i % 97}`).join(' ');
    expect(workPerChar(prose(5_000))).toBeLessThan(40);
    expect(workPerChar(prose(10_000))).toBeLessThan(40);
  });
});
