// End to end over the gateway: what members see of labels, of the day a question was read as, and of
// autocomplete's choices. JSON lines without titles are cited by their openings (text-title.ts): their ids stand in
// for titles in the index only, and what members see names them by their labels, or not at all.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
import type { CorpusDocument } from '../src/engine/types.ts';
import { memberFactory, startBotOnFake, type BotOnFake } from './fake-discord/harness.ts';

const LINES = [
  { id: 'rapat-17', text: 'Rapat pengurus dibuka pukul 19.00 oleh ketua. Anggota membahas iuran bulanan.' },
  { id: 'rapat-18', title: '', text: 'Kerja bakti membersihkan saluran air di belakang balai warga.' },
];

let dir: string;
let env: BotOnFake;
const newUser = memberFactory('label', 5);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tanya-labels-'));
  writeFileSync(join(dir, 'rapat.jsonl'), LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');
  env = await startBotOnFake(await Library.open(dir));
});

afterAll(async () => {
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('documents without titles', () => {
  it('are listed by their labels, not their ids, when nothing answers', async () => {
    const sent = env.fake.slash('ask', { question: 'quantum chromodynamics lattice gauge' }, { user: newUser() });
    const content = (await env.fake.waitForCallback(sent.id)).data as { content: string };
    expect(content.content).toContain('What I can answer about:');
    expect(content.content).toContain('*Rapat pengurus dibuka pukul 19.00 oleh ketua (rapat-17)*');
    expect(content.content).not.toContain('*rapat-17*');
  });

  it('are not offered by their ids in an empty autocomplete', async () => {
    const sent = env.fake.autocomplete('ask', { question: '' }, 'question', { user: newUser() });
    const choices = ((await env.fake.waitForCallback(sent.id)).data as { choices: Array<{ value: string }> }).choices;
    expect(choices.map((c) => c.value)).not.toContain('rapat-17');
    expect(choices.map((c) => c.value)).not.toContain('rapat-18');
  });
});

describe('a question with "besok" paged on Discord', () => {
  // A page button asks the question again, and "besok" is read on the clock of the click: the day a page was read
  // as is shown on every page, as the question is, or a page clicked after midnight would answer for another day
  // without saying so.
  it('says on every page the day it was read as', async () => {
    let now = new Date('2025-06-13T10:00:00');
    const meetup = (n: number, day: string): CorpusDocument => ({
      id: `meetup-${n}`, title: `Meetup Komunitas Data #${n}`, body: `Meetup ke-${n} diadakan di Bandung.\n\nPembicara meetup adalah Rina.`,
      excludedRanges: [], date: day, source: null, url: null, lang: 'id', file: `meetup-${n}.md`, line: null,
    });
    const lib = Library.fromDocuments([meetup(6, '2025-06-14'), meetup(7, '2025-06-15')], { clock: () => now });
    const bot = await startBotOnFake(lib);
    try {
      const user = newUser();
      const sent = bot.fake.slash('ask', { question: 'acara besok apa?', results: 1 }, { user });
      await bot.fake.waitForCallback(sent.id);
      const first = bot.fake.original(sent.id)!;
      expect(first.content).toContain('Read as: acara 14 Juni 2025 apa?');
      now = new Date('2025-06-14T10:00:00');
      const next = (first.components as Array<{ components: Array<{ custom_id: string; label: string }> }>).flatMap((r) => r.components).find((b) => b.label === 'Next')!;
      const click = bot.fake.click(first, next.custom_id, { user });
      await bot.fake.waitForCallback(click.id);
      expect(bot.fake.original(sent.id)!.content).toContain('Read as: acara 15 Juni 2025 apa?');
    } finally {
      await bot.close();
    }
  });
});

describe('autocomplete on Discord', () => {
  // A title or a quoted name may hold a bidi override (U+202E): replies drop it (markdown.ts), but a choice carried it,
  // and the choice read backwards from there ("Kopdar ayaR gnudnaB"), as the question picked would.
  it('offers no choice with a direction control in it', async () => {
    const rlo = '\u202e';
    const doc: CorpusDocument = {
      id: 'kopdar', title: `Kopdar ${rlo}Bandung Raya`, body: `Peserta membahas "Festival ${rlo}Kopi Lokal" di taman.`,
      excludedRanges: [], date: '2025-01-10', source: null, url: null, lang: 'id', file: 'kopdar.md', line: null,
    };
    const bot = await startBotOnFake(Library.fromDocuments([doc]));
    try {
      const sent = bot.fake.autocomplete('ask', { question: 'kop' }, 'question', { user: newUser() });
      const choices = ((await bot.fake.waitForCallback(sent.id)).data as { choices: Array<{ name: string; value: string }> }).choices;
      expect(choices.map((c) => c.value)).toContain('Kopdar Bandung Raya');
      expect(choices.map((c) => c.value)).toContain('Festival Kopi Lokal');
      expect(choices.filter((c) => /[\u202a-\u202e\u2066-\u2069]/u.test(c.name + c.value))).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
