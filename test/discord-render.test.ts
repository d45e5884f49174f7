// Rendering limits: whatever the corpus holds (long passages, many results, markdown and mentions, huge
// titles and URLs), every message stays within Discord's limits and shows corpus text literally.

import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult, CorpusProblem, CorpusSummary, Highlight } from '../src/engine/types.ts';
import type { ReloadReport } from '../src/engine/library.ts';
import { CUSTOM_ID_MAX, decodeAboutButton, decodeAskButton, encodeAboutButton, passageFingerprint } from '../src/discord/custom-id.ts';
import { escapeText, normalizeQuestion, truncate, unescapeText } from '../src/discord/markdown.ts';
import { cleanChoices } from '../src/discord/responder.ts';
import { cutAfter, cutBefore } from '../src/engine/cut.ts';
import { urlSpans } from '../src/engine/links.ts';
import { labelFromText } from '../src/engine/text-title.ts';
import {
  boldHighlights,
  chunkEscaped,
  citationLine,
  cleanHighlights,
  highlightedExcerpt,
  questionFromContent,
  aboutFingerprint,
  renderAbout,
  renderAnswer,
  renderFullPassage,
  renderReload,
} from '../src/discord/render.ts';
import { button, CONTENT_MAX, messageBody, row, type OutgoingMessage } from '../src/discord/respond.ts';

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = ['*', '_', '~', '`', '|', '\\', '<', '>', '[', ']', '(', ')', '#', '-', '+', '.', '1', '@', 'everyone', 'here', ' ', '\n', 'a', 'Ä', '漢', '🎉', ':', '&'];

function trickyText(rand: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += TRICKY[Math.floor(rand() * TRICKY.length)];
  return s;
}

function result(overrides: Partial<AnswerResult> = {}): AnswerResult {
  const text = overrides.text ?? 'The forum launched China Up Close, a program about culture.';
  return {
    id: 'doc#1',
    docId: 'doc',
    title: 'A document',
    paragraph: 1,
    text,
    snippet: text.slice(0, 100),
    highlights: [],
    score: 1,
    citation: '',
    date: '2024-12',
    source: 'CCTV+',
    url: null,
    ...overrides,
  };
}

/** Highlights of every occurrence of `word` in `text`. */
function highlightsOf(text: string, word: string): Highlight[] {
  const out: Highlight[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) out.push([i, i + word.length]);
  return out;
}

/** `**` markers that are the bot's own (not escaped): must pair up, or the rest of the message turns bold. */
function boldMarkers(content: string): number {
  return (content.replace(/\\./g, '').match(/\*\*/g) ?? []).length;
}

/**
 * What Discord shows of `content` as far as escapes and links go: simple-markdown's escape, autolink and url
 * rules, tried in that order at each position. `text` is what a reader sees (the zero-width space after an `@` is
 * ours), `links` the addresses the links open.
 */
function asDiscordShows(content: string): { text: string; links: string[] } {
  const { text, links } = discordParse(content);
  return { text, links: links.map((l) => l.url) };
}

function discordParse(content: string): { text: string; links: Array<{ url: string; start: number; end: number }> } {
  let text = '';
  const links: Array<{ url: string; start: number; end: number }> = [];
  for (let i = 0; i < content.length; ) {
    const rest = content.slice(i);
    const escape = /^\\([^0-9A-Za-z\s])/.exec(rest);
    const link = /^<([^: >]+:\/[^ >]+)>/.exec(rest) ?? /^(https?:\/\/[^\s<]+[^<.,:;"')\]\s])/.exec(rest);
    if (escape) text += escape[1];
    else if (link) links.push({ url: link[1]!, start: i, end: i + link[0].length });
    text += escape ? '' : link ? link[1] : content[i];
    i += escape ? 2 : link ? link[0].length : 1;
  }
  return { text: text.replace(/@\u200b/g, '@'), links };
}

/** `content` without its links, and without what is escaped: the markup Discord reads around the links. */
function markupAround(content: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of discordParse(content).links) {
    out += content.slice(at, start) + ' LINK ';
    at = end;
  }
  return (out + content.slice(at)).replace(/\\[^0-9A-Za-z\s]/g, '·');
}

function expectWithinLimits(msg: OutgoingMessage): void {
  expect(msg.content.length).toBeLessThanOrEqual(CONTENT_MAX);
  const rows = msg.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of rows) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      expect((b.label ?? '').length).toBeLessThanOrEqual(80);
      expect(ids.has(b.custom_id)).toBe(false);
      ids.add(b.custom_id);
    }
  }
}

const view = { lang: 'en' as const, question: 'what is China Up Close', page: 0, perPage: 3, hasMore: false };

describe('escaping', () => {
  it('is exactly reversible on random text made of markdown characters', () => {
    const rand = random(42);
    for (let i = 0; i < 300; i++) {
      const text = trickyText(rand, 1 + Math.floor(rand() * 80));
      expect(unescapeText(escapeText(text))).toBe(text);
    }
  });

  it('leaves no markdown or mention active', () => {
    const escaped = escapeText('**bold** __u__ ~~s~~ `c` ||sp|| [l](http://x) <@123> <@&4> <#5> <t:1:R> @everyone @HERE\n# h\n-# sub\n> q\n- li\n1. ol');
    expect(escaped).not.toMatch(/(?<!\\)[*_~`|<[\]]/);
    expect(escaped).not.toMatch(/@(everyone|here)/i);
    expect(escaped.split('\n').slice(1).every((line) => /^\\/.test(line) || /^\d+\\\./.test(line))).toBe(true);
  });

  it('leaves a link as written, so Discord links the right address, and still reversibly', () => {
    const text = 'Tiket: https://example.org/heron_festival/tickets_2024#price_list atau_loket.';
    const escaped = escapeText(text);
    expect(escaped).toBe('Tiket: https://example.org/heron_festival/tickets_2024#price_list atau\\_loket.');
    expect(unescapeText(escaped)).toBe(text);
    // Whatever the address holds or what surrounds it, Discord links exactly the address and shows the text as
    // written: characters that are markup elsewhere, markup around it, brackets, glued to a word.
    const cases: Array<[text: string, links: string[]]> = [
      ['Halaman dosen https://cs.ui.ac.id/~budi/pameran_2024.html memuat foto', ['https://cs.ui.ac.id/~budi/pameran_2024.html']],
      ['**https://relawan.example.id/daftar_relawan**', ['https://relawan.example.id/daftar_relawan']],
      ['Arsip: <https://arsip.example.org/pameran_budaya_2024>.', ['https://arsip.example.org/pameran_budaya_2024']],
      ['_https://festival.example.id/jadwal_festival_2024_.', ['https://festival.example.id/jadwal_festival_2024']],
      ['详情请访问https://www.cgtn.com/special/China_Up_Close_2024', ['https://www.cgtn.com/special/China_Up_Close_2024']],
      ['Cari https://arsip.example.id/cari?q="pameran_foto" dan [https://x.org/a_b] (https://x.org/c_d).', ['https://arsip.example.id/cari?q="pameran_foto', 'https://x.org/a_b', 'https://x.org/c_d']],
      ['https://x.y/a_b*c https://x.y/a`b|c\\d~e#f https://x.y/@everyone_now', ['https://x.y/a_b*c', 'https://x.y/a`b|c\\d~e#f', 'https://x.y/@everyone_now']],
      ['https://x.org/a<https://y.org/b>c||https://z.org/d_e||', ['https://x.org/a', 'https://y.org/b', 'https://z.org/d_e']],
    ];
    for (const [text, links] of cases) {
      const escaped = escapeText(text);
      expect(asDiscordShows(escaped), escaped).toEqual({ text, links });
      expect(unescapeText(escaped)).toBe(text);
    }
  });

  it('on random text with addresses in it: shown as written, every address linked whole, reversibly', () => {
    const rand = random(11);
    const pieces = [...TRICKY, 'https://', 'http://', 'x.org/', 'a_b', '~u', '**', '||', '"', ')', '.'];
    for (let i = 0; i < 500; i++) {
      let text = '';
      while (text.length < 60) text += pieces[Math.floor(rand() * pieces.length)];
      const escaped = escapeText(text);
      expect(asDiscordShows(escaped), escaped).toEqual({ text, links: urlSpans(text).map(([s, e]) => text.slice(s, e)) });
      expect(unescapeText(escaped)).toBe(text);
      // Shown without links (the question line), nothing is linked at all.
      expect(asDiscordShows(escapeText(text, { links: false }))).toEqual({ text, links: [] });
      expect(unescapeText(escapeText(text, { links: false }), { links: false })).toBe(text);
    }
  });

  it('escapes a colon that could open an emoji shortcode (Discord shows :ok: or :100: as the emoji), never one in an address', () => {
    const cases: Array<[text: string, escaped: string]> = [
      ['Rasio tiket a:b:c', 'Rasio tiket a\\:b:c'],
      ['status tiket:ok:', 'status tiket\\:ok:'],
      ['kode:id:konser', 'kode\\:id:konser'],
      ['skor :100: pukul 10:30:45, a:b:c:d', 'skor \\:100: pukul 10\\:30:45, a\\:b\\:c:d'],
      ['Pukul 10:30 di https://x.org/a:ok:b', 'Pukul 10:30 di https://x.org/a:ok:b'],
    ];
    for (const [text, escaped] of cases) {
      expect(escapeText(text)).toBe(escaped);
      expect(unescapeText(escaped)).toBe(text);
    }
  });

  it('neutralises @everyone and @here, also where a word goes on after them (Discord shows the pill there too)', () => {
    const cases: Array<[text: string, escaped: string]> = [
      ['@everyone! @HERE. (@here)', '@\u200beveryone! @\u200bHERE. (@\u200bhere)'],
      ['humas@hereford.ac.uk, @everyones, @here2', 'humas@\u200bhereford.ac.uk, @\u200beveryones, @\u200bhere2'],
      ['@everyone1 @hereé @herr', '@\u200beveryone1 @\u200bhereé @herr'],
    ];
    for (const [text, escaped] of cases) {
      expect(escapeText(text)).toBe(escaped);
      expect(unescapeText(escaped)).toBe(text);
    }
  });

  it('normalises questions: zero-width, control and bidi characters removed, whitespace collapsed', () => {
    expect(normalizeQuestion('  what\u200b is\n\tChina\u202e Up\u0000 Close\ufeff  ')).toBe('what is China Up Close');
  });
});

describe('the /ask reply', () => {
  it('bolds the highlighted words and numbers the results', () => {
    const text = 'The forum launched China Up Close, a program about culture.';
    const answer: Answer = { question: 'q', answered: true, results: [result({ text, highlights: highlightsOf(text, 'China') })] };
    const msg = renderAnswer(answer, view);
    expect(msg.content).toContain('**1.** The forum launched **China** Up Close, a program about culture.');
    expect(msg.content).toContain('-# A document · § 1 · 2024-12 · CCTV+');
  });

  it('puts the question on the first line, from which buttons read it back exactly — whatever it contains', () => {
    const rand = random(7);
    const questions = ['*'.repeat(300), '\\'.repeat(300), '@everyone <@1> what?', '- 1. # > list', ...Array.from({ length: 50 }, () => normalizeQuestion(trickyText(rand, 300)).slice(0, 300))];
    for (const question of questions.filter((q) => q !== '')) {
      const msg = renderAnswer({ question, answered: true, results: [result()] }, { ...view, question });
      expectWithinLimits(msg);
      expect(questionFromContent(msg.content)).toBe(question);
    }
  });

  it('stays within 2000 characters with 5 very long passages full of matches, showing each result', () => {
    const long = 'Sebelum acara dimulai, '.repeat(20) + 'the China Up Close program ' + 'dan seterusnya '.repeat(600);
    const results = Array.from({ length: 5 }, (_, i) =>
      result({ id: `doc#${i + 1}`, paragraph: i + 1, text: long, highlights: [...highlightsOf(long, 'China'), ...highlightsOf(long, 'acara')] }),
    );
    const msg = renderAnswer({ question: 'q', answered: true, results }, { ...view, perPage: 5, hasMore: true });
    expectWithinLimits(msg);
    for (let i = 1; i <= 5; i++) {
      expect(msg.content).toContain(`**${i}.** `);
      expect(msg.content).toContain(`§ ${i} ·`);
    }
    // The excerpt is taken around the matches, with ellipses where it was cut.
    expect(msg.content).toContain('**China**');
    expect(msg.content).toContain('…');
    expect(boldMarkers(msg.content) % 2).toBe(0);
  });

  it('stays within limits with huge titles, sources and URLs in every citation', () => {
    const results = Array.from({ length: 5 }, (_, i) =>
      result({ id: `doc#${i}`, title: 'T'.repeat(3000), source: '*'.repeat(1000), date: '2024-12-01', url: `https://example.org/${'x'.repeat(3000)}`, text: 'word '.repeat(400) }),
    );
    const msg = renderAnswer({ question: '*'.repeat(300), answered: true, results }, { ...view, question: '*'.repeat(300), perPage: 5 });
    expectWithinLimits(msg);
    expect(msg.content.match(/-# /g)?.length).toBe(5);
  });

  it('renders markdown and mentions of the corpus literally, with bold only from highlights', () => {
    const text = 'Said @everyone to <@123456789012345678> in **bold**, `code` and ||spoiler||: see [here](https://evil.example).\n# heading\n> quote';
    const answer: Answer = { question: 'q', answered: true, results: [result({ text, highlights: highlightsOf(text, 'Said'), title: '<@&1> *Title*', url: 'https://example.org/a' })] };
    const msg = renderAnswer(answer, view);
    // The passage lines (after the question line, before the citation), minus the bot's own bold.
    const passage = msg.content.split('\n-# ')[0]!.split('\n').slice(1).join('\n').replace('**1.** ', '').replace('**Said**', 'Said');
    expect(passage.replace(/\\./g, '')).not.toMatch(/[*_`|<[]|@everyone/);
    expect(msg.content).toContain('[\\<@&1\\> \\*Title\\*](<https://example.org/a>)');
    expect(msg.content).toContain('\n\\# heading\n\\> quote');
  });

  it('an address holding markup characters stays one whole link, and the markup of the reply around it stays paired', () => {
    // Discord reads `**` as closing the first bold before it, wherever it stands: inside a link too. The reply's
    // own bold and italics never hold a link (the question line, highlights, the list of documents), so nothing
    // inside one can close them.
    const url = 'https://x.org/a**b||c`d~~e_f*g';
    const text = `China Up Close di ${url} dan China lagi: https://y.org/**China**.`;
    const question = 'China https://q.org/a**b||c`d *x*';
    const msg = renderAnswer({ question, answered: true, results: [result({ text, highlights: highlightsOf(text, 'China') })] }, { ...view, question });
    expect(asDiscordShows(msg.content).links).toEqual([url, 'https://y.org/**China**']);
    expect(questionFromContent(msg.content)).toBe(question);
    for (const line of markupAround(msg.content).split('\n')) {
      // Each line's bold marks pair up, before every link as well as in all, and no spoiler, code or strike opens.
      for (const before of line.split('LINK')) expect((before.match(/\*\*/g) ?? []).length % 2, line).toBe(0);
      expect(line).not.toMatch(/\|\||`|~~/);
    }
    const unanswered = renderAnswer({ question, answered: false, results: [] }, { ...view, question, covers: [`Rekap ${url}`, 'Festival *2024*'] });
    const covers = markupAround(unanswered.content).split('\n').at(-1)!;
    expect(covers).not.toContain('LINK');
    expect((covers.match(/\*/g) ?? []).length % 2).toBe(0);
  });

  it('gives page buttons and full-passage buttons within limits, even for a long passage id', () => {
    const longId = `${'d'.repeat(120)}#3`;
    const results = Array.from({ length: 5 }, (_, i) => result({ id: i === 0 ? longId : `doc#${i}` }));
    const msg = renderAnswer({ question: 'q', answered: true, results }, { ...view, page: 99, perPage: 5, hasMore: true });
    expectWithinLimits(msg);
    expect(msg.content).toContain('**496.** ');
    const all = msg.components!.flatMap((r) => r.components);
    expect(all.map((b) => b.label)).toEqual(['Full passage 496', 'Full passage 497', 'Full passage 498', 'Full passage 499', 'Full passage 500', 'Previous', 'Next']);
    // The long id does not fit a custom_id: that button carries the result's rank instead. Both carry the
    // fingerprint of the passage's text, to recognise it after a reload.
    expect(decodeAskButton(all[0]!.custom_id)).toEqual({ kind: 'rank', rank: 495, fingerprint: passageFingerprint(results[0]!.text), length: results[0]!.text.length });
    expect(decodeAskButton(all[1]!.custom_id)).toEqual({ kind: 'passage', passageId: 'doc#1', fingerprint: passageFingerprint(results[1]!.text), length: results[1]!.text.length });
    expect(decodeAskButton(all[5]!.custom_id)).toEqual({ kind: 'page', page: 98, results: 5 });
  });

  it('cuts a long label\'s opening, not its id, in the covers line and /about', () => {
    // A label is a 60-character opening and " (id)" (src/engine/text-title.ts): cut at 60 or 100 characters, a long one
    // lost the id that lets a moderator find the document.
    const text = `${'Rapat pengurus membahas anggaran dan jadwal kegiatan komunitas '.repeat(2)}tahun depan.`;
    const covers = renderAnswer({ question: 'q', answered: false, results: [] }, { ...view, covers: [labelFromText(text, 'rekap-2025-11')!] }).content;
    expect(covers).toMatch(/\*Rapat pengurus .*… \(rekap\\?-2025\\?-11\)\*/);
    const id = 'rekap-rapat-pengurus-komunitas-bandung-2025-11';
    const label = labelFromText(text, id)!;
    expect(label.length).toBeGreaterThan(100);
    const about = renderAbout({ documents: [{ id, title: label, date: null, source: null, url: null, passages: 1 }], passages: 1 }, { lang: 'en', loadedAt: new Date(0), loadedBy: null });
    expect(unescapeText(about.content)).toContain(` (${id}) · `);
    expect(unescapeText(about.content)).toContain('Rapat pengurus');
    // A title of its own is cut as before.
    expect(renderAnswer({ question: 'q', answered: false, results: [] }, { ...view, covers: ['x'.repeat(120)] }).content).toContain(`*${'x'.repeat(59)}…*`);
  });

  it('with no confident answer says so and lists what the corpus covers, within limits', () => {
    const msg = renderAnswer({ question: 'q', answered: false, results: [] }, { ...view, covers: Array.from({ length: 500 }, (_, i) => `Document *${i}*`) });
    expectWithinLimits(msg);
    expect(msg.content).toContain('I could not find a confident answer');
    expect(msg.content).toContain('*Document \\*0\\**');
    expect(msg.content).toMatch(/…and \d+ more/);
    expect(msg.components).toEqual([]);
    const empty = renderAnswer({ question: 'q', answered: false, results: [] }, { ...view, covers: [] });
    expect(empty.content).toContain('No write-ups are loaded yet');
  });

  it('survives highlights that overlap, are unsorted or point outside the text', () => {
    const text = 'alpha beta gamma';
    expect(cleanHighlights(text, [[6, 10], [0, 5], [3, 8], [-5, 2], [14, 99], [9, 9]])).toEqual([
      [0, 10],
      [14, 16],
    ]);
    expect(boldHighlights(text, cleanHighlights(text, [[5, 11]]))).toBe('alpha **beta** gamma');
    expect(highlightedExcerpt('x'.repeat(5000), [[4990, 4995]], 100).length).toBeLessThanOrEqual(100);
  });

  it('an excerpt of a passage that opens with an address too long for it shows the text after the address', () => {
    const url = 'https://news.example.org/berita/2024/11/' + 'festival-lampion-quanzhou-'.repeat(4) + 'dibuka';
    const text = `${url} Festival lampion dibuka di alun-alun kota pada malam hari, disambut ribuan warga yang datang.`;
    const inLink = [[url.indexOf('festival'), url.indexOf('festival') + 8]] as Highlight[];
    for (const highlights of [[], inLink]) {
      for (const max of [40, 60, 80]) {
        const excerpt = highlightedExcerpt(text, highlights, max);
        expect(excerpt, `max ${max}`).toMatch(/^…Festival lampion dibuka .*…$/);
        expect(excerpt.length).toBeLessThanOrEqual(max);
      }
    }
    // Two addresses too long, one after the other: the window moves past both.
    expect(highlightedExcerpt(`${url} ${url} Festival lampion dibuka di alun-alun kota.`, [], 40)).toMatch(/^…Festival lampion dibuka/);
  });

  it('an excerpt never opens on a dash or quote standing alone', () => {
    const text = 'Ajang ini mengusung tema "Intelligence Without Frontiers, Vision Beyond the Horizon -- Media\'s Role in Communication and Cultural Exchange".';
    const at = text.indexOf("Media's");
    for (const max of [30, 40, 50]) expect(highlightedExcerpt(text, [[at, at + 7]], max)).toMatch(/^…\*\*Media's\*\* Role/);
  });

  it('an excerpt or a shortened title never shows part of an address, nor an ellipsis Discord would link with it', () => {
    const urls = ['https://news.example.org/berita/2024/11/festival-lampion-quanzhou-dibuka', 'https://x.org/a_b'];
    const text = `${'Pembukaan acara kota lama. '.repeat(8)}Festival lampion di ${urls[0]} dibuka. Daftar **${urls[1]}** festival ${'kata lain lagi. '.repeat(12)}`;
    const wordsOf = (s: string) => new Set(s.split(/\s+/));
    const words = wordsOf(text);
    const at = highlightsOf(text, 'Festival');
    for (let max = 40; max < 400; max += 3) {
      const excerpt = highlightedExcerpt(text, at, max);
      const shown = asDiscordShows(excerpt);
      for (const link of shown.links) expect(urls, excerpt).toContain(link);
      // Between its ellipses, only whole words of the passage: nothing cut out of an address or its marks.
      for (const w of shown.text.replace(/\*\*(?=Festival|\*)|(?<=Festival)\*\*/g, '').replace(/^…|…$/g, '').trim().split(/\s+/)) expect(words, excerpt).toContain(w);
    }
    const title = `Rekap ${urls[0]} dan **${urls[1]}** lainnya`;
    for (let max = 2; max < title.length; max++) {
      const cut = truncate(title, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      const shown = asDiscordShows(escapeText(cut));
      for (const link of shown.links) expect(urls, cut).toContain(link);
      // Words are cut like any text when there is no space near; an address never is.
      for (const w of shown.text.replace(/…$/, '').trim().split(/\s+/).filter((w) => /[/:]/.test(w))) expect(wordsOf(title), cut).toContain(w);
    }
  });

  it('a citation drops its link, then shortens, to fit', () => {
    const c = { title: 'Title', paragraph: 2, date: '2024', source: 'Src', url: `https://example.org/${'p'.repeat(200)}` };
    expect(citationLine(c, 1000)).toBe(`[Title](<${c.url}>) · § 2 · 2024 · Src`);
    expect(citationLine(c, 60)).toBe('Title · § 2 · 2024 · Src');
    expect(citationLine({ ...c, url: 'javascript:alert(1)' }, 1000)).toBe('Title · § 2 · 2024 · Src');
  });

  it('a citation shortened to fit keeps a label\'s id, as the covers line and /about do', () => {
    // A citation given little room (a page of long passages) with a long source was cited "Rapat pengurus membahas
    // anggaran tahunan dan rencana…": the text-named document's "(doc-17)", what it is found by, was cut off.
    const label = 'Rapat pengurus membahas anggaran tahunan dan rencana kegiatan… (doc-17)';
    const line = citationLine({ title: label, paragraph: 3, date: '2024-12', source: 'Sekretariat '.repeat(8).trim(), url: null }, 120);
    expect(line.length).toBeLessThanOrEqual(120);
    expect(line).toMatch(/^Rapat pengurus .*… \(doc-17\) · § 3 · 2024-12 · Sekretariat/u);
  });

  it('a title holding an address is not a masked link (Discord refuses one and shows its markdown): the address follows it', () => {
    const c = { title: 'Rekap https://cctvplus.com/forum_2024', paragraph: 2, date: '2024', source: 'Src', url: 'https://example.org/a' };
    const line = citationLine(c, 1000);
    expect(line).toBe('Rekap https://cctvplus.com/forum_2024 (<https://example.org/a>) · § 2 · 2024 · Src');
    expect(asDiscordShows(line)).toEqual({ text: 'Rekap https://cctvplus.com/forum_2024 (https://example.org/a) · § 2 · 2024 · Src', links: ['https://cctvplus.com/forum_2024', 'https://example.org/a'] });
    const about = renderAbout({ documents: [{ id: 'd', title: c.title, date: null, source: null, url: c.url, passages: 1 }], passages: 1 }, { lang: 'en', loadedAt: new Date(0), loadedBy: null });
    expect(about.content).toContain('1\\. Rekap https://cctvplus.com/forum_2024 (<https://example.org/a>) · 1 passage');
  });
  it('a title whose brackets do not pair up, or an address with a lone parenthesis, still makes a working link', () => {
    // simple-markdown's link rule, which Discord's client uses for masked links.
    const MASKED = /^\[((?:\[[^\]]*\]|[^[\]]|\](?=[^[]*\]))*)\]\(\s*<?((?:\([^)]*\)|[^\s\\])*?)>?(?:\s+['"]([\s\S]*?)['"])?\s*\)/;
    for (const title of ['Festival Lampion [Bagian 2', 'Foto] x', 'a ]b[ c']) {
      const line = citationLine({ title, paragraph: 1, date: null, source: null, url: 'https://example.org/a' }, 1000);
      expect(line).toBe(`${escapeText(title)} (<https://example.org/a>) · § 1`);
      expect(asDiscordShows(line).text).toBe(`${title} (https://example.org/a) · § 1`);
    }
    // Paired brackets stay a masked link, and Discord reads it as one.
    const paired = citationLine({ title: 'Rekap [Bagian 2]', paragraph: 1, date: null, source: null, url: 'https://example.org/a' }, 1000);
    expect(MASKED.exec(paired)?.slice(1, 3)).toEqual(['Rekap \\[Bagian 2\\]', 'https://example.org/a']);
    // A `)` in the address would end Discord's link there: it is percent-encoded, as are `(`.
    for (const [url, href] of <Array<[string, string]>>[
      ['https://example.org/a)b', 'https://example.org/a%29b'],
      ['https://example.org/a_(b)', 'https://example.org/a_%28b%29'],
    ]) {
      const line = citationLine({ title: 'Rekap', paragraph: 1, date: null, source: null, url }, 1000);
      expect(line).toBe(`[Rekap](<${href}>) · § 1`);
      expect(MASKED.exec(line)?.[2]).toBe(href);
    }
  });
});

describe('work on a long word of addresses', () => {
  /**
   * The work the regular expressions do for `run`: one per call, plus the length of each match. Counted, not timed:
   * a run of addresses matched to its end once for each of them (or walked for each) doubles this per address.
   */
  const regexWork = (run: () => void): number => {
    // Replaced by hand, not with a spy: a spy keeps every call's arguments, and the quadratic code made millions.
    const exec = RegExp.prototype.exec;
    let work = 0;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      const m = exec.call(this, s);
      work += 1 + (m === null ? 0 : m[0].length);
      return m;
    };
    try {
      run();
    } finally {
      RegExp.prototype.exec = exec;
    }
    return work;
  };

  it.each(['https://ab>', '<https://a.org/x>', 'https://a.org/x<', '**https://a.org/x**'])('grows linearly with a word of %j repeated', (unit) => {
    const text = (n: number) => 'Festival ' + unit.repeat(n);
    const work = (n: number) =>
      regexWork(() => {
        highlightedExcerpt(text(n), [[0, 8]], 300);
        escapeText(text(n));
        truncate(text(n), 1000);
      });
    // Twice the addresses, about twice the work (quadratic work would be four times).
    expect(work(1600) / work(800)).toBeLessThan(2.5);
    // And still right: the excerpt holds the word and no piece of an address.
    expect(highlightedExcerpt(text(4000), [[0, 8]], 300)).toBe('**Festival**…');
  });
});

describe('the full passage', () => {
  it('splits a long paragraph over several messages, each within limits, losing nothing', () => {
    const rand = random(3);
    const words = Array.from({ length: 2500 }, () => trickyText(rand, 1 + Math.floor(rand() * 8)).replace(/\s/g, 'w'));
    const text = words.join(' ');
    const messages = renderFullPassage({ title: 'T', paragraph: 4, date: null, source: null, url: null, text }, 'en');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expectWithinLimits(m);
      expect(m.ephemeral).toBe(true);
    }
    expect(messages[0]!.content.startsWith('-# T · § 4\n')).toBe(true);
    messages.forEach((m, i) => expect(m.content.endsWith(`\n-# (${i + 1}/${messages.length})`)).toBe(true));
    const body = messages.map((m, i) => m.content.replace(/^-# T · § 4\n/, '').replace(new RegExp(`\\n-# \\(${i + 1}/${messages.length}\\)$`), ''));
    expect(body.map((b) => unescapeText(b)).join(' ')).toBe(text);
  });

  it('cuts a long table between rows, never inside one', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| ${i + 1} | ${i + 1} Desember 2025 | Evaluasi Forum dan Rencana 2026 | Bandung Creative Hub | 36 |`);
    const chunks = chunkEscaped(rows.join('\n'), 1900);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(1900);
      for (const line of chunk.split('\n')) expect(line).toMatch(/^\\\| \d+ \\\|.*\\\|$/u);
    }
  });

  it('cuts a single over-long word rather than overflowing', () => {
    const chunks = chunkEscaped('*'.repeat(5000), 1900);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(1900);
    expect(chunks.map((c) => unescapeText(c)).join('')).toBe('*'.repeat(5000));
  });

  it('takes a character longer than the budget whole rather than halving it', () => {
    const family = '👨‍👩‍👧'; // 8 UTF-16 units, one character as a reader sees it
    expect(chunkEscaped(family.repeat(3), 5)).toEqual([family, family, family]);
  });

  it('never cuts an emoji in half when it must cut a word', () => {
    for (let pad = 0; pad < 4; pad++) {
      const word = 'x'.repeat(pad) + '🦒'.repeat(1500);
      const chunks = chunkEscaped(word, 1900);
      expect(chunks.length).toBeGreaterThan(1);
      for (const c of chunks) expect(c).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(chunks.join('')).toBe(word);
    }
  });
});

describe('cutting text to a length', () => {
  const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
  /** Every character of `piece` as a reader sees it (an emoji, a flag) is one of `text`'s, or the ellipsis. */
  const expectWhole = (piece: string, text: string) => {
    const known = new Set([...graphemes(text), '…', '*']);
    for (const g of graphemes(piece)) expect(known.has(g), `${JSON.stringify(g)} in ${JSON.stringify(piece)}`).toBe(true);
  };
  const emoji = '🇮🇩👨‍👩‍👧🦒é';

  it('never breaks an emoji, a flag or an accented letter: titles, excerpts, autocomplete choices, button labels, whole messages', () => {
    for (let pad = 0; pad < 8; pad++) {
      const text = 'a'.repeat(pad) + emoji.repeat(30);
      for (let max = 4; max < 40; max++) expectWhole(truncate(text, max), text);
      for (const c of cleanChoices([{ name: text, value: text.slice(0, 120) }])) {
        expectWhole(c.name, text);
        expectWhole(c.value, text);
      }
      expectWhole(button('b', text).label!, text);
      const passage = `${'x'.repeat(pad)}${emoji.repeat(40)}kata${emoji.repeat(40)}`;
      const at = passage.indexOf('kata');
      for (let max = 30; max < 90; max++) expectWhole(highlightedExcerpt(passage, [[at, at + 4]], max), passage);
      expectWhole(messageBody({ content: 'x'.repeat(pad) + emoji.repeat(400) }).content, 'x' + emoji);
    }
  });

  it('keeps a backslash that ends an address where the text is cut after it', () => {
    const text = 'Rekap https://x.org/a_b\\ lalu kata lain yang panjang';
    const cut = truncate(text, 30);
    expect(cut).toBe('Rekap https://x.org/a_b\\ …');
    expect(asDiscordShows(escapeText(cut)).links).toEqual(['https://x.org/a_b\\']);
  });

  it('never splits a flag inside a run of flags, wherever the cut falls in the run', () => {
    // Flags pair from the start of their run: looked at from the middle of a flag, 🇮🇩🇲🇾 reads as 🇩🇲 and a lone 🇾.
    const flags = '🇮🇩🇲🇾🇸🇬🇹🇭🇻🇳🇵🇭🇯🇵🇰🇷🇨🇳🇺🇸🇬🇧🇫🇷';
    for (const text of ['Delegasi: ' + flags.repeat(2), 'Delegasi: ' + flags.repeat(20) + ' selesai']) {
      for (let max = 4; max < text.length; max++) expectWhole(truncate(text, max), text);
      const bounds = new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index));
      bounds.add(text.length);
      for (let at = 0; at <= text.length; at++) {
        expect(bounds.has(cutBefore(text, at)), `cutBefore at ${at}`).toBe(true);
        expect(bounds.has(cutAfter(text, at)), `cutAfter at ${at}`).toBe(true);
      }
    }
  });
});

describe('/reload and /about reports', () => {
  const report = (overrides: Partial<ReloadReport>): ReloadReport => ({
    ok: true,
    kept: [],
    leftOut: [],
    goneWhileBroken: null,
    before: { documents: 1, passages: 10 },
    after: { documents: 2, passages: 12 },
    added: [],
    removed: [],
    changed: [],
    problems: [],
    unread: [],
    renamed: [],
    ms: 12.3,
    at: new Date(0),
    by: '@mod',
    joinedBy: [],
    ...overrides,
  });

  it('reports counts before → after and what changed, within limits even for thousands of ids', () => {
    const msg = renderReload(report({ added: Array.from({ length: 3000 }, (_, i) => `doc-${i}`), changed: ['x'] }), 'en');
    expectWithinLimits(msg);
    expect(msg.ephemeral).toBe(true);
    expect(msg.content).toContain('Documents: 1 → 2 · Passages: 10 → 12');
    expect(msg.content).toMatch(/Added \(3000\): doc-0, doc-1, .* …and \d+ more/);
    expect(msg.content).toContain('Changed (1): x');
  });

  it('says which write-ups were renamed, in both languages', () => {
    const en = renderReload(report({ renamed: [{ from: 'meetup-7', to: 'meetup-07' }] }), 'en').content!;
    expect(en.split('\n').slice(1)).toEqual(['Documents: 1 → 2 · Passages: 10 → 12', 'Renamed (1): meetup-7 → meetup-07']);
    const id = renderReload(report({ renamed: [{ from: 'meetup-7', to: 'meetup-07' }] }), 'id').content!;
    expect(id.split('\n').at(-1)).toBe('Diganti nama (1): meetup-7 → meetup-07');
  });

  it('names a renamed write-up\'s new id whole, however long the two ids are together', () => {
    // Ids run to 64 characters: cut as one item of 80, the pair lost the new name, the one a moderator looks for.
    const from = 'forum-media-global-south-jakarta-2024-12';
    const renamed = renderReload(report({ renamed: [{ from, to: `${from}-revisi` }] }), 'en').content!;
    expect(renamed.split('\n').at(-1)).toBe(`Renamed (1): ${from} → ${from}-revisi`);
  });

  it('names the files the reload did not read, in both languages, within limits', () => {
    const en = renderReload(report({ unread: ['poster.pdf', 'undangan.docx'] }), 'en').content!;
    expect(en.split('\n').at(-1)).toBe('Not read (2; only .md, .markdown, .txt and .jsonl files are documents): poster.pdf, undangan.docx');
    const id = renderReload(report({ unread: ['undangan.docx'] }), 'id').content!;
    expect(id.split('\n').at(-1)).toBe('Tidak dibaca (1; hanya berkas .md, .markdown, .txt dan .jsonl yang menjadi dokumen): undangan.docx');
    const many = renderReload(report({ unread: Array.from({ length: 3000 }, (_, i) => `img/foto-${i}.jpg`) }), 'en');
    expectWithinLimits(many);
    expect(many.content).toMatch(/Not read \(3000; .*…and \d+ more$/);
  });

  it('names passages in Indonesian with one word, as /about and a rejected reload do ("bagian", not "paragraf")', () => {
    const ok = renderReload(report({}), 'id').content!;
    const rejected = renderReload(report({ ok: false, problems: [{ file: 'a.md', line: 3, reason: 'x' }] }), 'id').content!;
    expect(rejected).toContain('(1 dokumen, 10 bagian)');
    expect(ok).toContain('Dokumen: 1 → 2 · Bagian: 10 → 12');
  });

  // (Rule changed: it named the edits held back, "Not applied either: …"; a rejected reload now has none.)
  it('a rejected reload says the previous version still answers and lists its problems within limits', () => {
    const rejected = { ok: false, added: [], changed: [] };
    const en = renderReload(report({ ...rejected, problems: [{ file: 'broken.md', line: 3, reason: 'x' }] }), 'en').content!.split('\n');
    expect(en).toEqual(['❌ Reload rejected: the corpus has 1 problem.', 'I keep answering from the previous version (1 document, 10 passages).', 'Problems:', '- broken.md\\:3: x']);
    const many = renderReload(report({ ...rejected, problems: Array.from({ length: 400 }, (_, i) => ({ file: `bad-${i}.md`, line: 1, reason: 'x' })) }), 'en');
    expectWithinLimits(many);
    expect(many.content).toContain('- bad-0.md\\:1: x');
    expect(many.content).toMatch(/…and \d+ more$/);
  });

  it('lists every problem with file and line, or as many as fit and how many more', () => {
    const problems: CorpusProblem[] = Array.from({ length: 400 }, (_, i) => ({ file: `notes/bad-${i}.jsonl`, line: i + 1, reason: 'malformed JSON: Unexpected token' }));
    const msg = renderReload(report({ ok: false, problems, after: { documents: 1, passages: 10 } }), 'en');
    expectWithinLimits(msg);
    expect(msg.content).toContain('Reload rejected: the corpus has 400 problems.');
    expect(msg.content).toContain('- notes/bad-0.jsonl\\:1: malformed JSON: Unexpected token');
    // A problem on line 100 is not "notes.md💯".
    expect(renderReload(report({ ok: false, problems: [{ file: 'notes.md', line: 100, reason: 'x' }] }), 'en').content).toContain('- notes.md\\:100: x');
    expect(msg.content).toMatch(/…and \d+ more$/);
    const few = renderReload(report({ ok: false, problems: problems.slice(0, 2).concat([{ file: 'a.md', line: null, reason: 'empty document' }]) }), 'id');
    expect(few.content).toContain('- a.md: empty document');
    expect(few.content).toContain('Pemuatan ulang ditolak');
    // The loader's reasons are English: an Indonesian moderator is told so before reading them.
    expect(few.content).toContain('Masalah (keterangannya dalam bahasa Inggris):\n- notes/bad-0.jsonl\\:1: ');
  });

  it('/about pages hundreds of documents: every one listed once, in order, over pages within limits, with page buttons', () => {
    const summary: CorpusSummary = {
      documents: Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, title: `Document ${i} about **things**`, date: '2024-01', source: 'Src', url: i % 2 ? 'https://example.org' : null, passages: 3 })),
      passages: 900,
    };
    for (const lang of ['en', 'id'] as const) {
      const view = { lang, loadedAt: new Date(1_700_000_000_000), loadedBy: '@mod' };
      const first = renderAbout(summary, view);
      const labels = first.components![0]!.components.map((b) => b.label);
      const pages = Number(/(\d+)$/.exec(labels[1]!)![1]);
      expect(pages).toBeGreaterThan(5);
      expect(labels).toEqual(lang === 'en' ? ['Previous', `Page 1 of ${pages}`, 'Next'] : ['Sebelumnya', `Halaman 1 dari ${pages}`, 'Berikutnya']);
      const listed: string[] = [];
      for (let page = 0; page < pages; page++) {
        const msg = renderAbout(summary, { ...view, page });
        expectWithinLimits(msg);
        const lines = msg.content.split('\n');
        expect(lines[0]).toBe(lang === 'en' ? 'I answer from 300 documents (900 passages):' : 'Saya menjawab dari 300 dokumen (900 bagian):');
        expect(lines.at(-1)).toMatch(/<t:1700000000:f>/);
        expect(msg.content).not.toMatch(/…(and|dan) \d+/);
        listed.push(...lines.filter((l) => /^\d+\\\. /.test(l)));
        // Previous and Next name the pages either side, of this list; none past either end.
        const [previous, label, next] = msg.components![0]!.components;
        expect(label!.disabled).toBe(true);
        expect(decodeAboutButton(previous!.custom_id)).toEqual(page === 0 ? { kind: 'noop', which: 'prev' } : { kind: 'page', page: page - 1, list: aboutFingerprint(summary) });
        expect(decodeAboutButton(next!.custom_id)).toEqual(page === pages - 1 ? { kind: 'noop', which: 'next' } : { kind: 'page', page: page + 1, list: aboutFingerprint(summary) });
        expect(previous!.disabled).toBe(page === 0);
        expect(next!.disabled).toBe(page === pages - 1);
      }
      expect(listed).toHaveLength(300);
      expect(listed[0]).toBe(`1\\. Document 0 about \\*\\*things\\*\\* — 2024-01 · Src · ${lang === 'en' ? '3 passages' : '3 bagian'}`);
      listed.forEach((line, i) => expect(line.startsWith(`${i + 1}\\. `)).toBe(true));
      // A page past the last (the list got shorter since its button was posted) shows the last.
      expect(renderAbout(summary, { ...view, page: 9999 }).content).toBe(renderAbout(summary, { ...view, page: pages - 1 }).content);
    }
  });

  it('/about: a list that fits one message has no buttons; the "list changed" note leaves the pages as they were', () => {
    const small: CorpusSummary = { documents: [{ id: 'd', title: 'D', date: null, source: null, url: null, passages: 1 }], passages: 1 };
    const view = { lang: 'en' as const, loadedAt: new Date(1_700_000_000_000), loadedBy: null };
    expect(renderAbout(small, view).components).toEqual([]);
    const many: CorpusSummary = {
      documents: Array.from({ length: 120 }, (_, i) => ({ id: `d${i}`, title: `A community write-up with a long enough title, number ${i}`, date: null, source: null, url: null, passages: 2 })),
      passages: 240,
    };
    const plain = renderAbout(many, { ...view, page: 2 });
    const noted = renderAbout(many, { ...view, page: 2, changed: true });
    expectWithinLimits(noted);
    expect(noted.content).toBe('The list changed since that page was shown (the write-ups were reloaded): this is the current one.\n' + plain.content);
    expect(noted.components).toEqual(plain.components);
    expect(renderAbout(many, { ...view, lang: 'id', changed: true }).content).toMatch(/^Daftarnya berubah sejak halaman itu ditampilkan/);
  });

  it('/about: a /reload that changes no document leaves every page listing the same documents, whoever ran it', () => {
    const summary: CorpusSummary = {
      documents: Array.from({ length: 400 }, (_, i) => ({ id: `doc-${i}`, title: `Meetup komunitas nomor ${i}`, date: '2025-01-01', source: 'Blog komunitas', url: `https://example.org/meetup/${i}`, passages: 5 })),
      passages: 2000,
    };
    const firstOf = (msg: { content: string }) => msg.content.split('\n').find((l) => /^\d+\\\. /u.test(l));
    for (const lang of ['en', 'id'] as const) {
      const atStart = { lang, loadedAt: new Date(1_700_000_000_000), loadedBy: null };
      // The longest a Discord username is (32 characters), underscores and all (each one escaped).
      const reloaded = { lang, loadedAt: new Date(1_700_000_360_000), loadedBy: `@${'_a'.repeat(16)}` };
      const pages = renderAbout(summary, atStart).components![0]!.components[1]!.label!;
      expect(renderAbout(summary, reloaded).components![0]!.components[1]!.label).toBe(pages);
      for (let page = 0; page < 30; page++) expect(firstOf(renderAbout(summary, { ...reloaded, page })), `page ${page + 1}`).toBe(firstOf(renderAbout(summary, { ...atStart, page })));
    }
  });

  it('/about page buttons: custom ids round-trip, forged ones are refused', () => {
    const list = aboutFingerprint({ documents: [], passages: 0 });
    expect(list).toMatch(/^[0-9a-f]{8}$/);
    expect(decodeAboutButton(encodeAboutButton({ kind: 'page', page: 12, list }))).toEqual({ kind: 'page', page: 12, list });
    for (const forged of ['about:pg:1', 'about:pg:x:' + list, 'about:pg:10000:' + list, 'about:pg:1:nothex!!', 'ask:pg:1:' + list, 'about:zz:1:' + list, 'about:pg:1:' + list + ':x']) {
      expect(decodeAboutButton(forged)).toBeNull();
    }
    // The fingerprint follows what the list shows: a document added, or a passage count changed, changes it.
    const one = { id: 'd', title: 'D', date: null, source: null, url: null, passages: 1 };
    expect(aboutFingerprint({ documents: [one], passages: 1 })).not.toBe(aboutFingerprint({ documents: [{ ...one, passages: 2 }], passages: 2 }));
    expect(aboutFingerprint({ documents: [one], passages: 1 })).toBe(aboutFingerprint({ documents: [{ ...one }], passages: 1 }));
  });

  it('/about says "loaded at start-up" until someone reloads, then who did', () => {
    const summary: CorpusSummary = { documents: [{ id: 'd', title: 'D', date: null, source: null, url: null, passages: 1 }], passages: 1 };
    const loadedAt = new Date(1_700_000_000_000);
    const atStart = renderAbout(summary, { lang: 'en', loadedAt, loadedBy: null }).content;
    expect(atStart).toContain('Loaded at start-up <t:1700000000:f>; not reloaded since.');
    expect(atStart).not.toContain('Last reloaded');
    const reloaded = renderAbout(summary, { lang: 'id', loadedAt, loadedBy: '@mod_*x*' }).content;
    expect(reloaded).toContain('Terakhir dimuat ulang <t:1700000000:f> oleh @mod\\_\\*x\\*.');
    // Passages are counted as such ("bagian"): a paragraph split in two is one §, so "paragraf" counted wrong.
    expect(reloaded).toContain('Saya menjawab dari 1 dokumen (1 bagian):');
  });
});

describe('/about after a partial start-up', () => {
  const summary: CorpusSummary = { documents: [{ id: 'd', title: 'D', date: null, source: null, url: null, passages: 1 }], passages: 1 };
  const loadedAt = new Date(1_700_000_000_000);

  it('lists the problems that left files out, escaped, before the footer; none once a reload cleared them', () => {
    const problems = [
      { file: 'notes_*draft*.md', line: 3, reason: 'bad date "someday": use YYYY' },
      { file: 'empty.md', line: null, reason: 'empty document' },
    ];
    const lines = renderAbout(summary, { lang: 'en', loadedAt, loadedBy: null, problems }).content.split('\n');
    expect(lines.slice(-4)).toEqual([
      'Left out at start-up (2 problems; a moderator can fix, then `/reload`):',
      '- notes\\_\\*draft\\*.md\\:3: bad date "someday": use YYYY',
      '- empty.md: empty document',
      'Loaded at start-up <t:1700000000:f>; not reloaded since.',
    ]);
    expect(renderAbout(summary, { lang: 'id', loadedAt, loadedBy: null, problems }).content).toContain('Tidak dimuat saat bot mulai (2 masalah');
    expect(renderAbout(summary, { lang: 'en', loadedAt, loadedBy: null, problems: [] }).content).not.toContain('Left out');
  });

  it('with hundreds of documents and problems, in either language: every page has the heading, some of each, the problems\' count and the footer, within 2000', () => {
    const documents = Array.from({ length: 300 }, (_, i) => ({
      id: `doc-${i}`,
      title: `A rather long title of the community write-up number ${i} about the harbour festival`,
      date: '2024-12-01',
      source: 'Community newsletter',
      url: `https://example.org/write-ups/2024/12/harbour-festival-number-${i}`,
      passages: 12,
    }));
    const problems = Array.from({ length: 20 }, (_, i) => ({ file: `broken-${i}.md`, line: 1, reason: 'front matter: the block opened with "---" on line 1 is never closed' }));
    for (const lang of ['en', 'id'] as const) {
      for (const page of [0, 5]) {
        const msg = renderAbout({ documents, passages: 3600 }, { lang, loadedAt, loadedBy: '@mod', problems, page, changed: page === 5 });
        expectWithinLimits(msg);
        const lines = msg.content.split('\n');
        expect(lines[page === 5 ? 1 : 0]).toMatch(/300/);
        expect(lines.filter((l) => /^\d+\\\. /.test(l)).length).toBeGreaterThan(2);
        expect(lines.filter((l) => l.startsWith('- broken-')).length).toBeGreaterThan(2);
        expect(lines.filter((l) => /^…(and|dan) \d+/.test(l))).toHaveLength(1);
        expect(lines.at(-1)).toMatch(/<t:1700000000:f>/);
      }
    }
  });

  it('hundreds of problems: as many as fit, then how many more, within 2000 characters and with the footer', () => {
    const problems = Array.from({ length: 300 }, (_, i) => ({ file: 'many.jsonl', line: i + 1, reason: 'not valid JSON: Unexpected end of JSON input' }));
    const msg = renderAbout(summary, { lang: 'en', loadedAt, loadedBy: null, problems });
    expectWithinLimits(msg);
    const lines = msg.content.split('\n');
    const listed = lines.filter((l) => l.startsWith('- many.jsonl\\:')).length;
    expect(listed).toBeGreaterThan(10);
    expect(lines.at(-2)).toBe(`…and ${300 - listed} more`);
    expect(lines.at(-1)).toBe('Loaded at start-up <t:1700000000:f>; not reloaded since.');
  });
});

describe('the message body', () => {
  it('always refuses mentions and suppresses embeds, never uses embeds, and cuts anything over 2000', () => {
    const body = messageBody({ content: 'x'.repeat(2500), ephemeral: true });
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.flags).toBe(4 | 64);
    expect(body.content.length).toBe(2000);
    expect('embeds' in body).toBe(false);
    expect(messageBody({ content: 'y', ephemeral: true }, true).flags).toBe(4);
  });

  it('keeps at most 5 action rows, the first ones', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row([button(`b${i}`, `B${i}`)]));
    const body = messageBody({ content: 'z', components: rows });
    expect(body.components).toHaveLength(5);
    expect(body.components.map((r) => r.components[0]!.custom_id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(messageBody({ content: 'z', components: rows.slice(0, 2) }).components).toHaveLength(2);
  });
});
