// End to end over the gateway: a corpus of JSON lines without titles, cited by their openings (text-title.ts).
// Their ids stand in for titles in the index only; what members see names them by their labels, or not at all.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../src/engine/library.ts';
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
