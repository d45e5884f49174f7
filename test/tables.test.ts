// A long table is cut between rows into several passages, and shown in windows and several messages: wherever a
// piece of it is shown from below its header row, the header row is shown above it, and the passage contract
// (text is body.slice(start, end)) holds. The header's words help find a later part, but are never shown as words
// the passage says.

import { describe, expect, it } from 'vitest';
import { renderAnswer as renderCliAnswer } from '../src/cli/render.ts';
import { toJsonAnswer } from '../src/cli/ask-command.ts';
import { excerptUnderHeader, renderAnswer, renderFullPassage } from '../src/discord/render.ts';
import { escapeText } from '../src/discord/markdown.ts';
import { snippetOf } from '../src/engine/answer.ts';
import { Library } from '../src/engine/library.ts';
import { splitPassages } from '../src/engine/segment.ts';
import { headerAbove, tableHeaderAt, tableHeaders } from '../src/engine/tables.ts';
import type { AnswerResult, CorpusDocument } from '../src/engine/types.ts';
import { writeUp } from './write-up.ts';

const HEADER = '| Waktu | Sesi | Pembicara |\n|---|:---:|---|';
const PEOPLE = ['Andi Wijaya', 'Budi Santoso', 'Citra Lestari', 'Dewi Anggraini', 'Eko Prasetyo', 'Fajar Nugroho'];
const TOPICS = ['Jurnalisme data', 'Media sosial', 'Siaran langsung', 'Fotografi berita', 'Etika liputan'];

/** A schedule of `n` rows; row `special` holds the one "Diskusi panel". */
function schedule(n: number, special: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const time = `${String(8 + Math.floor(i / 4)).padStart(2, '0')}.${String((i % 4) * 15).padStart(2, '0')}`;
    const session = i === special ? 'Diskusi panel' : `${TOPICS[i % TOPICS.length]} untuk redaksi lokal`;
    rows.push(`| ${time} | ${session} | ${PEOPLE[i % PEOPLE.length]} |`);
  }
  return `${HEADER}\n${rows.join('\n')}`;
}

const BODY = `Jadwal lengkap lokakarya hari pertama:\n\n${schedule(36, 25)}\n\nAcara ditutup dengan makan malam bersama.`;

function doc(id: string, body: string, extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return writeUp({ id, title: 'Lokakarya media', body, markdown: true, ...extra });
}

describe('passages of a long table', () => {
  const d = doc('jadwal', BODY);
  const passages = splitPassages(d);
  const table = passages.filter((p) => p.paragraph === 1);

  it('carry the header row as context from the second part on, as a slice of the body before the passage', () => {
    expect(table.length).toBeGreaterThan(2);
    expect(table[0]!.text).toContain('| Waktu | Sesi | Pembicara |');
    expect(table[0]!.tableHeader).toBeUndefined(); // its header is in its own text
    for (const p of table.slice(1)) {
      expect(p.text.startsWith('| ')).toBe(true);
      expect(d.body.slice(p.start, p.end)).toBe(p.text); // the text and its offsets are untouched
      expect(p.tableHeader).toEqual({ text: HEADER, start: d.body.indexOf(HEADER), end: d.body.indexOf(HEADER) + HEADER.length });
      expect(p.tableHeader!.end).toBeLessThanOrEqual(p.start);
    }
    expect(passages.find((p) => p.text.startsWith('Acara ditutup'))!.tableHeader).toBeUndefined();
  });

  it('only for tables: long text and a table without a delimiter row get none', () => {
    const prose = splitPassages(doc('prosa', Array.from({ length: 60 }, (_, i) => `Kalimat nomor ${i} tentang acara.`).join(' ')));
    expect(prose.length).toBeGreaterThan(1);
    expect(prose.every((p) => p.tableHeader === undefined)).toBe(true);
    const bare = schedule(36, 25).split('\n').slice(2).join('\n'); // rows only
    const parts = splitPassages(doc('baris', bare));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.tableHeader === undefined)).toBe(true);
  });
});

describe('where a table header is', () => {
  const text = `Intro line.\n${HEADER}\n| 08.00 | Pembukaan | Andi |\n| 08.15 | Diskusi | Budi |\nAfter.`;
  const row = text.indexOf('| 08.15');

  it('above a body row, from its start or inside it; the header row alone above the delimiter row', () => {
    expect(headerAbove(text, row, null)).toBe(HEADER);
    expect(headerAbove(text, text.indexOf('Diskusi'), null)).toBe(HEADER);
    expect(headerAbove(text, text.indexOf('|---'), null)).toBe('| Waktu | Sesi | Pembicara |');
  });

  it('nowhere on the header row or outside the table', () => {
    expect(tableHeaderAt(text, text.indexOf('Sesi'))).toBeNull();
    expect(tableHeaderAt(text, 0)).toBeNull();
    expect(tableHeaderAt(text, text.indexOf('After'))).toBeNull();
  });

  it("before the text when rows start it with no header: the passage's own tableHeader is used", () => {
    const rows = '| 08.00 | Pembukaan | Andi |\n| 08.15 | Diskusi | Budi |';
    expect(tableHeaderAt(rows, rows.indexOf('Diskusi'))).toBe('before');
    expect(headerAbove(rows, 0, HEADER)).toBe(HEADER);
    expect(headerAbove(rows, 0, undefined)).toBeNull();
  });

  it('is found the same when the walks up the rows are shared, in any order (as splitting a long table shares them)', () => {
    const other = '| No | Nama |\n|---|---|\n| 1 | Andi |\n| 2 | Budi |';
    const many = `| 07.00 | Registrasi | Panitia |\n${text}\n${other}\nCatatan.\n| a | b |\n${schedule(6, 2)}`;
    const positions = [...many].map((_, i) => i);
    for (const order of [positions, [...positions].reverse()]) {
      const tops = new Map<number, number>();
      for (const at of order) expect(tableHeaderAt(many, at, tops), `at ${at}`).toEqual(tableHeaderAt(many, at));
    }
  });

  it('lists every header of a text', () => {
    expect(tableHeaders(`${text}\n\n${HEADER}\n| x | y | z |`).length).toBe(2);
  });
});

describe('retrieval through a header', () => {
  const library = Library.fromDocuments([doc('jadwal', BODY), doc('lain', 'Forum pers membahas kebebasan media di daerah.', { title: 'Forum pers' })], {
    lexicon: null,
  });
  const withDiskusi = [...library.snapshot.index.passages.values()].find((p) => p.text.includes('Diskusi panel'))!;

  it('a question naming the columns finds the later part with the row, and highlights only its own words', () => {
    expect(withDiskusi.tableHeader).toBeDefined();
    const answer = library.ask('siapa pembicara sesi diskusi');
    expect(answer.answered).toBe(true);
    const hit = answer.results.find((r) => r.id === withDiskusi.id)!;
    expect(hit).toBeDefined();
    expect(hit.tableHeader).toBe(HEADER);
    // Highlights point at real text of the passage: "Diskusi", never the header's "Pembicara" or "Sesi".
    const marked = hit.highlights.map(([s, e]) => hit.text.slice(s, e).toLowerCase());
    expect(marked).toEqual(['diskusi']);
    // Indexed with the header, it ranks with the part that holds the header itself (scored far below it before).
    const first = answer.results.find((r) => r.text.includes('| Waktu |'))!;
    expect(hit.score).toBeGreaterThan(first.score * 0.75);
  });

  it('a passage found only through the header is never a result', () => {
    const answer = library.ask('pembicara');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.tableHeader === undefined)).toBe(true);
  });

  it('--json carries the header beside the text', () => {
    const json = toJsonAnswer(library.ask('siapa pembicara sesi diskusi'));
    expect(json.results.find((r) => r.id === withDiskusi.id)).toMatchObject({ tableHeader: HEADER });
  });
});

function tableResult(extra: Partial<AnswerResult> = {}): AnswerResult {
  const text = schedule(12, 7).split('\n').slice(2).join('\n'); // body rows only: a later part
  const at = text.indexOf('Diskusi');
  return {
    id: 'jadwal#3',
    docId: 'jadwal',
    title: 'Lokakarya media',
    paragraph: 1,
    text,
    snippet: snippetOf(text, [[at, at + 7]]),
    highlights: [[at, at + 7]],
    score: 10,
    citation: 'Lokakarya media · § 1',
    date: null,
    source: null,
    url: null,
    tableHeader: HEADER,
    ...extra,
  };
}

describe('shown with its header', () => {
  it('Discord: a later part of a table is shown under the header row', () => {
    const r = tableResult();
    const content = renderAnswer({ question: 'siapa pembicara sesi diskusi', answered: true, results: [r] }, { lang: 'id', question: 'siapa pembicara sesi diskusi', page: 0, perPage: 3, hasMore: false }).content;
    expect(content).toContain(`**1.** ${escapeText(HEADER)}\n${escapeText(r.text.slice(0, 20))}`);
    expect(content).toContain('**Diskusi**');
    expect(content).not.toContain('**Pembicara**');
  });

  it('Discord: an excerpt opening below the header of a table in its own text gets the header, at a row start', () => {
    const text = `Jadwal:\n${schedule(30, 24)}`;
    const at = text.indexOf('Diskusi');
    const piece = excerptUnderHeader(text, [[at, at + 7]], 500);
    expect(piece.length).toBeLessThanOrEqual(500);
    expect(piece.startsWith(`${escapeText(HEADER)}\n…\\| `)).toBe(true);
    expect(piece).toContain('**Diskusi**');
  });

  it('Discord: an excerpt with its header stays within its room when the delimiter row is long', () => {
    // A wide table with aligned columns: the window chosen first opens on the delimiter row (the header row alone
    // above it), the smaller one chosen for that header opens below it, where the header is both rows.
    const cols = 12;
    const header = `| ${Array.from({ length: cols }, (_, i) => `Kolom${i}`).join(' | ')} |`;
    const delimiter = `|${Array.from({ length: cols }, () => `:${'-'.repeat(20)}:`).join('|')}|`;
    const rows = Array.from({ length: 40 }, (_, r) => `| ${Array.from({ length: cols }, (_, i) => `isi${r}x${i}`).join(' | ')} |`);
    const text = [header, delimiter, ...rows].join('\n');
    const at = text.indexOf('isi0x5');
    for (const max of [500, 739, 900]) {
      const piece = excerptUnderHeader(text, [[at, at + 6]], max);
      expect(piece.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(piece).toContain('**isi0x5**');
    }
  });

  it('Discord: five results from wide tables keep every citation and the results line within one message', () => {
    const cols = 6;
    const docs = Array.from({ length: 5 }, (_, d) => {
      const header = `| ${Array.from({ length: cols }, (_, i) => `Kolom${i}`).join(' | ')} |`;
      const delimiter = `|${Array.from({ length: cols }, () => `:${'-'.repeat(20)}:`).join('|')}|`;
      const rows = Array.from({ length: 25 }, (_, r) => `| ${Array.from({ length: cols }, (_, i) => (i === 0 ? `jadwal acara${d} baris${r}` : `isi${r}x${i}`)).join(' | ')} |`);
      return doc(`tabel-${d}`, [header, delimiter, ...rows].join('\n'), { title: `Tabel ${d}` });
    });
    const question = 'jadwal acara baris 3';
    const answer = Library.fromDocuments(docs, { lexicon: null }).ask(question, { top: 5 });
    expect(answer.results.length).toBe(5);
    const content = renderAnswer(answer, { lang: 'en', question, page: 0, perPage: 5, hasMore: true }).content;
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content.match(/\n-# Tabel \d/gu)?.length).toBe(5);
    expect(content.endsWith('-# Results 1–5')).toBe(true);
  });

  it('Discord: every Full passage message after the first that starts inside the table repeats its header', () => {
    const text = `Jadwal lengkap:\n\n${schedule(80, 60)}`;
    const messages = renderFullPassage({ title: 'Lokakarya media', paragraph: 1, date: null, source: null, url: null, text }, 'id');
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages.slice(1)) {
      expect(m.content.startsWith(`${escapeText(HEADER)}\n\\| `)).toBe(true);
      expect(m.content.length).toBeLessThanOrEqual(2000);
    }
    // Nothing lost or doubled: the rows of all messages are the table's rows, once each.
    const rows = messages.flatMap((m) => m.content.split('\n').filter((l) => /^\\\| \d\d\./u.test(l)));
    expect(rows.length).toBe(80);
  });

  it('console and `ask`: the header row above the rows, whole or as a snippet', () => {
    const r = tableResult();
    expect(r.snippet.startsWith('…| ')).toBe(true); // the snippet opens at a row's first cell, not mid-row
    const whole = renderCliAnswer({ question: 'q', answered: true, results: [r] }, { color: false });
    expect(whole.startsWith(`1. ${HEADER.replace('\n', '\n   ')}\n   | 08.00 |`)).toBe(true);
    const second = renderCliAnswer({ question: 'q', answered: true, results: [tableResult({ id: 'x' }), r] }, { color: false });
    const block = second.split('\n\n')[1]!;
    expect(block.startsWith(`2. ${HEADER.replace('\n', '\n   ')}\n   `)).toBe(true);
    expect(block).toContain('Diskusi panel');
  });
});
