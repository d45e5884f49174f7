// Hostile or odd questions (issue 4), table-driven: each input goes through the engine directly and through the
// real /ask on the fake gateway (discord.js client, dispatcher, handler, renderer, REST). None may throw or
// crash a handler, ping anyone, or break the reply's formatting; each gets an answer or a clear message.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_MAX } from '../commands/ask.ts';
import { normalizeQuestion } from '../src/discord/markdown.ts';
import { searchText } from '../src/discord/question.ts';
import { questionFromContent } from '../src/discord/render.ts';
import type { GatewayBotHandle } from '../src/discord/gateway.ts';
import { Library } from '../src/engine/library.ts';
import type { FakeDiscord } from './fake-discord/index.ts';
import { memberFactory, startBotOnFake, type CapturedLogger } from './fake-discord/harness.ts';
import { shippedCorpus } from './shipped-corpus.ts';

/**
 * What the /ask reply must be: an answer whose best passage holds `answer`; a first passage holding `found`,
 * answered or offered as possibly related (words the corpus lacks, such as a URL's, may lower the confidence
 * below the bar: either is sensible); "no confident answer" at all; or a notice.
 */
type Expect = { answer: string } | { found: string } | 'no-answer' | 'empty' | 'too-long';

interface Case {
  name: string;
  question: string;
  expect: Expect;
}

const CUC = 'China Up Close';

const CASES: Case[] = [
  { name: 'empty', question: '', expect: 'empty' },
  { name: 'whitespace only', question: '   \t \u00a0 \u3000 ', expect: 'empty' },
  { name: 'newlines only', question: '\n\r\n\u2028\u2029', expect: 'empty' },
  { name: 'punctuation only', question: '?!.,;:…—()[]{}"\'«»¿¡', expect: 'empty' },
  { name: 'over max_length (forged past the definition)', question: 'china '.repeat(60), expect: 'too-long' },
  { name: 'one character over max_length', question: 'a'.repeat(QUESTION_MAX + 1), expect: 'too-long' },
  { name: 'control characters', question: 'what\u0000is\u0007China\u001bUp\u0008Close\u007f', expect: { answer: CUC } },
  { name: 'zero-width characters inside words', question: 'wh\u200bat is Ch\u200dina Up\u2060 Clo\ufeffse\u00ad', expect: { answer: CUC } },
  { name: 'bidi overrides', question: '\u202ewhat is \u2066China Up Close\u2069', expect: { answer: CUC } },
  { name: 'only invisible characters', question: '\u200b\u200c\u200d\u2060\ufeff', expect: 'empty' },
  { name: '@everyone', question: '@everyone what is China Up Close', expect: { answer: CUC } },
  { name: '@here alone', question: '@here', expect: 'empty' },
  { name: 'role mention', question: '<@&123456789012345678> what is CCTV+', expect: { answer: 'CCTV+' } },
  { name: 'user mention', question: '<@123456789012345678> <@!223456789012345678> what is China Up Close', expect: { answer: CUC } },
  { name: 'mentions only', question: '<@&123456789012345678> <@123456789012345678> <#323456789012345678>', expect: 'empty' },
  { name: 'markdown', question: '**what** is _China_ ~~Up~~ ||Close|| # > - 1. *', expect: { answer: CUC } },
  { name: 'markdown link', question: '[what is China Up Close](https://evil.example/x)', expect: { found: CUC } },
  { name: 'code fence', question: '```js\nwhat is China Up Close\n```', expect: { answer: CUC } },
  { name: 'unclosed code fence and inline code', question: '``` what is `China Up Close', expect: { answer: CUC } },
  { name: 'timestamp and slash-command mention', question: '<t:1700000000:R> </ask:123456789012345678> China Up Close', expect: { answer: CUC } },
  { name: 'emoji around a question', question: '🎉🤔 what is China Up Close 🇨🇳 👨‍👩‍👧', expect: { answer: CUC } },
  { name: 'emoji only', question: '🎉🎉🎉 👍🏽', expect: 'empty' },
  { name: 'custom emoji', question: '<:pepe:123456789012345678> <a:dance:123456789012345678> China Up Close', expect: { answer: CUC } },
  { name: 'Indonesian', question: 'Apa itu China Up Close?', expect: { answer: CUC } },
  { name: 'Chinese', question: '中国媒体集团是什么？', expect: 'no-answer' },
  { name: 'Arabic (right to left)', question: 'ما هو الصين عن قرب؟', expect: 'no-answer' },
  { name: 'Thai (no spaces)', question: 'ไชน่าอัพโคลสคืออะไร', expect: 'no-answer' },
  { name: 'Cyrillic', question: 'Что такое?', expect: 'no-answer' },
  { name: '300 characters of one repeated word', question: 'forum '.repeat(50).trim().padEnd(QUESTION_MAX, 'x'), expect: { answer: 'forum' } },
  { name: '300 characters of one letter', question: 'a'.repeat(QUESTION_MAX), expect: 'no-answer' },
  { name: 'lone surrogate and non-characters', question: '\ud800 China Up Close \uffff\ufffe', expect: { answer: CUC } },
  { name: 'backslashes and escapes', question: '\\*what\\* is \\`China Up Close\\', expect: { answer: CUC } },
];

let library: Library;

beforeAll(async () => {
  library = await Library.open(shippedCorpus());
});

describe('the engine on odd input', () => {
  it.each(CASES)('$name: never throws, and gives a well-formed answer', ({ question, expect: want }) => {
    // Straight in, as the console and the CLI pass it…
    const raw = library.ask(question, { top: 3 });
    expect(raw.results.length).toBeLessThanOrEqual(3);
    for (const r of raw.results) expect(r.text.length).toBeGreaterThan(0);
    // …and prepared as the Discord handler prepares it.
    const prepared = library.ask(searchText(normalizeQuestion(question)), { top: 3 });
    if (want === 'empty' || want === 'no-answer') expect(prepared.answered).toBe(false);
    if (typeof want === 'object') {
      if ('answer' in want) expect(prepared.answered).toBe(true);
      expect(prepared.results[0]!.text.toLowerCase()).toContain(('answer' in want ? want.answer : want.found).toLowerCase());
    }
  });

  it('empty and punctuation-only questions find nothing at all, rather than noise', () => {
    for (const q of ['', '   ', '?!…', '🎉🎉']) expect(library.ask(q)).toMatchObject({ answered: false, results: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Through the real /ask on the fake gateway

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let logs: CapturedLogger;
const oddMember = memberFactory('odd', 3);

beforeAll(async () => {
  ({ fake, bot, logs } = await startBotOnFake(library, { askCooldownMs: 3000 }));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Occurrences of `token` that Discord would read as markdown: escaped characters (`\\x`) are taken out first. */
function unescaped(content: string, token: string): number {
  return content.replace(/\\[\s\S]/g, '·').split(token).length - 1;
}

describe('/ask on the fake gateway with odd input', () => {
  it.each(CASES)('$name: answered safely', async ({ question, expect: want }) => {
    const sent = fake.slash('ask', { question }, { user: oddMember() });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    const data = callback.data as { content: string; allowed_mentions: unknown; flags: number };

    // Never pings: mentions are off whatever the text says, and none renders as a mention either.
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.content).not.toMatch(/(?<!\\)<[@#]/);
    expect(data.content).not.toMatch(/@(everyone|here)/i);
    expect(data.content.length).toBeLessThanOrEqual(2000);
    // No control, bidi or zero-width character from the question survives (the one ZWSP after "@" is ours).
    expect(data.content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200c-\u200f\u202a-\u202e\u2066-\u2069]|(?<!@)\u200b/);

    // Never breaks the formatting: no code block or spoiler opened by the question, bold markers paired.
    expect(unescaped(data.content, '```')).toBe(0);
    expect(unescaped(data.content, '`') % 2).toBe(0);
    expect(unescaped(data.content, '||')).toBe(0);
    expect(unescaped(data.content, '**') % 2).toBe(0);

    const normalized = normalizeQuestion(question);
    if (want === 'empty') {
      expect(data.content).toContain('Please type a question');
      expect(data.flags & 64).toBe(64);
    } else if (want === 'too-long') {
      expect(data.content).toContain(`use at most ${QUESTION_MAX} characters`);
      expect(data.flags & 64).toBe(64);
    } else {
      // The first line shows the question literally, and reads back exactly (the page buttons rely on it).
      expect(data.content.startsWith('🔎 **')).toBe(true);
      expect(questionFromContent(data.content)).toBe(normalized);
      const body = data.content.split('\n').slice(1).join('\n').replace(/\*\*|\\/g, '').toLowerCase();
      if (want === 'no-answer') {
        expect(data.content).toContain('I could not find a confident answer');
      } else if ('found' in want) {
        if (data.content.includes('I could not find a confident answer')) expect(data.content).toContain('Possibly related:');
        expect(body).toContain(want.found.toLowerCase());
      } else {
        expect(data.content).not.toContain('I could not find a confident answer');
        expect(body).toContain(want.answer.toLowerCase());
      }
    }
  });

  it('autocomplete with odd input answers with valid choices', async () => {
    for (const { question } of CASES) {
      const sent = fake.autocomplete('ask', { question }, 'question');
      const callback = await fake.waitForCallback(sent.id);
      expect(callback.type).toBe(8);
      const choices = (callback.data as { choices: Array<{ name: string; value: string }> }).choices;
      expect(choices.length).toBeLessThanOrEqual(25);
    }
  });

  it('no handler failed or logged an error on any of them', () => {
    expect(logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(logs.lines.filter((l) => l.msg === 'answered /ask').length).toBeGreaterThan(0);
  });
});
