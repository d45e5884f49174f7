import { describe, expect, it } from 'vitest';
import { colorEnabled, coverage, excerpt, paint, renderAnswer, renderReload, renderSummary } from '../src/cli/render.ts';
import { safeText } from '../src/engine/safe-text.ts';
import type { ReloadReport } from '../src/engine/library.ts';
import type { Answer, AnswerResult, CorpusSummary } from '../src/engine/types.ts';

const ESC = '\u001b[';
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const text = 'CGTN meluncurkan program "China Up Close" yang mengintegrasikan berbagai format media.';
const at = (word: string): [number, number] => {
  const i = text.indexOf(word);
  return [i, i + word.length];
};

function result(extra: Partial<AnswerResult> = {}): AnswerResult {
  return {
    id: 'forum#7',
    docId: 'forum',
    title: 'Forum media 2024',
    paragraph: 7,
    text,
    snippet: '… program "China Up Close" yang …',
    highlights: [at('China'), at('Up'), at('Close')],
    score: 12.5,
    citation: 'Forum media 2024 · § 7 · 2024-12 · CCTV+',
    date: '2024-12',
    source: 'CCTV+',
    url: null,
    ...extra,
  };
}

const summary: CorpusSummary = {
  documents: [
    { id: 'forum', title: 'Forum media 2024', date: '2024-12', source: 'CCTV+', url: null, passages: 10 },
    { id: 'kopi', title: 'Festival Kopi', date: null, source: null, url: 'https://example.org/kopi', passages: 3 },
  ],
  passages: 13,
};

describe('renderAnswer', () => {
  it('numbers the results, shows the best passage whole, others as snippets, each with its citation', () => {
    const second = result({ id: 'forum#2', paragraph: 2, url: 'https://example.org/f', citation: 'Forum media 2024 · § 2' });
    const answer: Answer = { question: 'what is China Up Close', answered: true, results: [result(), second] };
    const out = renderAnswer(answer, { color: false });
    expect(out).not.toContain(ESC);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`1. ${text}`);
    expect(lines[1]).toBe('   — Forum media 2024 · § 7 · 2024-12 · CCTV+');
    expect(lines[3]).toBe('2. … program "China Up Close" yang …');
    // The url is shown when the citation does not carry it already.
    expect(lines[4]).toBe('   — Forum media 2024 · § 2  https://example.org/f');
  });

  it('continues numbering after an offset (paging)', () => {
    const out = renderAnswer({ question: 'q', answered: true, results: [result()] }, { color: false, offset: 3 });
    expect(out.startsWith('4. ')).toBe(true);
    expect(renderAnswer({ question: 'q', answered: true, results: [] }, { color: false, offset: 3 })).toBe('No more results.');
  });

  it('a further page of suggestions continues the list without repeating what the first page said', () => {
    const summary = { documents: [{ id: 'f', title: 'Forum', date: null, source: null, url: null, passages: 1 }], passages: 1 };
    const first = renderAnswer({ question: 'q', answered: false, results: [result()] }, { color: false, summary });
    expect(first).toContain('No confident answer');
    expect(first).toContain('The corpus covers');
    const next = renderAnswer({ question: 'q', answered: false, results: [result()] }, { color: false, offset: 3, summary });
    expect(next.startsWith('4. ')).toBe(true);
    expect(next).not.toContain('No confident answer');
    expect(next).not.toContain('The corpus covers');
    expect(renderAnswer({ question: 'q', answered: false, results: [] }, { color: false, offset: 3, summary })).toBe('No more results.');
  });

  it('highlights matched words with ANSI codes only when colour is on', () => {
    const answer: Answer = { question: 'q', answered: true, results: [result()] };
    const coloured = renderAnswer(answer, { color: true });
    expect(coloured).toContain(`${ESC}1m${ESC}33mChina${ESC}39m${ESC}22m`);
    expect(coloured).toContain(`${ESC}1m${ESC}33mClose${ESC}39m${ESC}22m`);
    expect(coloured).not.toContain(`${ESC}33mmeluncurkan`);
    // Removing the codes gives back exactly the plain rendering.
    expect(stripAnsi(coloured)).toBe(renderAnswer(answer, { color: false }));
  });

  it('says honestly when there is no confident answer, and what the corpus covers', () => {
    const out = renderAnswer({ question: '  asdfghjkl ', answered: false, results: [] }, { color: false, summary });
    expect(out).toContain('No confident answer to "asdfghjkl" in the corpus.');
    expect(out).toContain('The corpus covers 2 documents: Forum media 2024 (2024-12); Festival Kopi.');
    const weak = renderAnswer({ question: 'rendang', answered: false, results: [result()] }, { color: false, summary });
    expect(weak).toContain('The closest passages, which may not answer it:');
    expect(weak).toContain('1. … program "China Up Close"');
  });

  it('wraps at the given width with a hanging indent, and never inside a word', () => {
    const out = renderAnswer({ question: 'q', answered: true, results: [result()] }, { color: false, width: 30 });
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(lines.slice(1).every((l) => l.startsWith('   '))).toBe(true);
    // The words come back in order when the wrapping is undone.
    const cite = lines.findIndex((l) => l.startsWith('   — '));
    const body = lines.slice(0, cite).map((l, i) => (i === 0 ? l.slice(3) : l.trim())).join(' ');
    expect(body).toBe(text);
    expect(lines.slice(cite).map((l) => l.trim()).join(' ')).toBe('— Forum media 2024 · § 7 · 2024-12 · CCTV+');
  });
});

describe('excerpt', () => {
  it('shifts highlights into a snippet that is a slice of the text', () => {
    const { text: s, highlights } = excerpt(result());
    expect(highlights.map(([a, b]) => s.slice(a, b))).toEqual(['China', 'Up', 'Close']);
  });

  it('finds the highlighted words again when the snippet is not a verbatim slice', () => {
    const { text: s, highlights } = excerpt(result({ snippet: '…program  "China  Up Close"…' }));
    expect(highlights.map(([a, b]) => s.slice(a, b))).toEqual(['China', 'Up', 'Close']);
  });

  it('uses the text when there is no snippet', () => {
    expect(excerpt(result({ snippet: '' })).text).toBe(text);
  });
});

describe('paint and safeText', () => {
  it('merges overlapping highlights so codes never interleave', () => {
    expect(paint('abcdef', [[1, 3], [2, 5]], true, null)).toBe(`a${ESC}1m${ESC}33mbcde${ESC}39m${ESC}22mf`);
  });

  it('neutralises control characters one for one, keeping offsets', () => {
    const hostile = `red${'\u001b'}[31m text\u0007`;
    expect(safeText(hostile)).toBe('red [31m text ');
    expect(safeText(hostile).length).toBe(hostile.length);
    const out = renderAnswer({ question: 'x\u001b[2J', answered: false, results: [] }, { color: false });
    expect(out).not.toContain('\u001b');
  });

  it('neutralises direction controls too, so a write-up cannot turn a citation around in a terminal that reorders', () => {
    // An unclosed override (U+202E) or isolate (U+2066–U+2069) reverses the rest of its line in a bidi-capable
    // terminal (VTE, Konsole, mlterm): here the citation's paragraph, date and source.
    const rtl = `\u202e${text}`;
    const r = result({ text: rtl, snippet: rtl, highlights: [[1 + text.indexOf('China'), 1 + text.indexOf('China') + 5]], citation: 'Forum \u2067media · § 7 · 2024-12 · CCTV\u202a+' });
    const out = renderAnswer({ question: 'China \u202eUp', answered: true, results: [r] }, { color: true });
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(out).toContain(`${ESC}1m${ESC}33mChina${ESC}39m${ESC}22m Up Close`);
    expect(stripAnsi(out)).toContain('Forum  media · § 7 · 2024-12 · CCTV +');
  });
});

describe('colorEnabled', () => {
  it('follows the TTY, NO_COLOR and FORCE_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
});

const report = (extra: Partial<ReloadReport>): ReloadReport => ({
  ok: true,
  before: { documents: 1, passages: 10 },
  after: { documents: 2, passages: 13 },
  added: ['kopi'],
  removed: [],
  changed: ['forum'],
  problems: [],
  kept: [],
  leftOut: [],
  goneWhileBroken: null,
  unread: [],
  renamed: [],
  ms: 41.6,
  at: new Date('2025-01-01T00:00:00Z'),
  by: 'console',
  joinedBy: [],
  ...extra,
});

describe('renderReload and renderSummary', () => {
  it('reports counts before → after and what changed', () => {
    expect(renderReload(report({}), { color: false })).toBe(
      ['Reloaded in 42 ms (by console).', '  documents 1 → 2, passages 10 → 13', '  added: kopi', '  removed: none', '  changed: forum'].join('\n'),
    );
  });

  it('says which write-ups were renamed, when any were', () => {
    expect(renderReload(report({ renamed: [{ from: 'meetup-7', to: 'meetup-07' }] }), { color: false }).split('\n').at(-1)).toBe('  renamed: meetup-7 → meetup-07');
  });

  it('names the files the reload did not read', () => {
    expect(renderReload(report({ unread: ['poster.pdf', 'undangan.docx'] }), { color: false }).split('\n').at(-1)).toBe(
      '  not read (only .md, .markdown, .txt and .jsonl files are documents): poster.pdf, undangan.docx',
    );
  });

  // (Rule changed: it named the edits held back, "Not applied either: …"; a rejected reload now has none.)
  it('lists every problem of a rejected reload and says the old index still serves', () => {
    const out = renderReload(
      report({
        ok: false,
        added: [],
        changed: [],
        after: { documents: 1, passages: 10 },
        problems: [
          { file: 'bad.jsonl', line: 3, reason: 'not valid JSON' },
          { file: 'empty.md', line: null, reason: 'the document is empty' },
        ],
      }),
      { color: false },
    );
    expect(out.split('\n')).toEqual([
      'Reload rejected: the corpus has 2 problems. Still serving the previous index (1 document, 10 passages).',
      '- bad.jsonl:3: not valid JSON',
      '- empty.md: the document is empty',
    ]);
  });

  it('summarises the corpus, capping long lists', () => {
    const out = renderSummary(summary, { color: false, loadedAt: new Date('2025-01-01T00:00:00Z'), loadedBy: 'console' });
    expect(out.split('\n')).toEqual([
      'The corpus holds 2 documents (13 passages):',
      '- Forum media 2024 (2024-12 · CCTV+): 10 passages',
      '- Festival Kopi: 3 passages  https://example.org/kopi',
      'Last reloaded 2025-01-01 00:00 UTC by console.',
    ]);
    const atStart = renderSummary(summary, { color: false, loadedAt: new Date('2025-01-01T00:00:00Z'), loadedBy: null }).split('\n');
    expect(atStart.at(-1)).toBe('Loaded at start-up, 2025-01-01 00:00 UTC; not reloaded since.');
    // Files a partial start-up left out are listed with their problems, above the footer.
    const partial = renderSummary(summary, {
      color: false,
      loadedAt: new Date('2025-01-01T00:00:00Z'),
      loadedBy: null,
      problems: [{ file: 'bulk.jsonl', line: 2, reason: 'not valid JSON' }],
    }).split('\n');
    expect(partial.slice(-3)).toEqual([
      'Left out at start-up (1 problem; fix, then /reload):',
      '- bulk.jsonl:2: not valid JSON',
      'Loaded at start-up, 2025-01-01 00:00 UTC; not reloaded since.',
    ]);
    const many: CorpusSummary = { documents: Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, title: '', date: null, source: null, url: null, passages: 1 })), passages: 30 };
    const lines = renderSummary(many, { color: false }).split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[1]).toBe('- d0: 1 passage');
    expect(lines[21]).toBe('Page 1 of 2 (documents 1–20); /more shows the next, /about <page> any page.');
    const last = renderSummary(many, { color: false, page: 1 }).split('\n');
    expect(last.slice(1)).toEqual([...Array.from({ length: 10 }, (_, i) => `- d${20 + i}: 1 passage`), 'Page 2 of 2 (documents 21–30); /about <page> shows any page.']);
    // Past the last page (the list got shorter since): the last page.
    expect(renderSummary(many, { color: false, page: 7 })).toBe(last.join('\n'));
    expect(coverage(many)).toMatch(/^The corpus covers 30 documents: d0; d1; .*d7, and 22 more\.$/);
  });
});
