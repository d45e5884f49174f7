// "Full passage" of a write-up pasted without blank lines: one paragraph of 60,000 characters. Sent as chat it
// was some 30 private messages for one click, flooding the member and running into Discord's rate limits. Now a
// paragraph longer than three messages shows its opening and comes whole as a .txt file in one more message,
// through the real discord.js client on the fake gateway and through the HTTP interactions endpoint alike; when
// even the file is over Discord's upload limit, three messages say how much is left and where to read it.

import { generateKeyPairSync, sign } from 'node:crypto';
import type { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import { unescapeText } from '../src/discord/markdown.ts';
import { passageFile, renderFullPassage } from '../src/discord/render.ts';
import { Responder } from '../src/discord/responder.ts';
import type { FakeDiscord, StoredMessage } from './fake-discord/index.ts';
import { FAST_REST, memberFactory, startBotOnCorpus, startBotOnFake, testConfig, type CorpusBotOnFake } from './fake-discord/harness.ts';

const EPHEMERAL = 64;

// Sentences with what must never act in a message (a mass mention, bold marks, a user mention), one paragraph.
const sentence = (i: number) => `Sesi ${i} membahas gajah ungu bersama @everyone dan **tamu** <@123456789012345678> dari kota ${i % 7}.`;
const sentences: string[] = [];
for (let i = 1; sentences.join(' ').length < 60_000; i++) sentences.push(sentence(i));
const PARAGRAPH = sentences.join(' ');

const FILES: Record<string, string> = {
  'tempel.md': `---
id: tempel
title: "Catatan Panjang: Gajah Ungu"
date: 2025-05
source: Panitia
---
${PARAGRAPH}
`,
};

interface Shown {
  content: string;
  flags: number;
  allowed_mentions: unknown;
  attachments: StoredMessage['attachments'];
}

/** Everything the member sees for the click `id`: the response, then the follow-ups, once the file has arrived. */
async function shownFor(fake: FakeDiscord, id: string): Promise<Shown[]> {
  await vi.waitFor(() => expect(fake.followUps(id).some((m) => m.attachments.length > 0)).toBe(true), { timeout: 8000 });
  const first = fake.callbacks.find((c) => c.interactionId === id)!.data as Record<string, unknown>;
  return [
    { content: String(first.content), flags: Number(first.flags), allowed_mentions: first.allowed_mentions, attachments: [] },
    ...fake.followUps(id).map((m) => ({ content: m.content, flags: m.flags, allowed_mentions: m.allowed_mentions, attachments: m.attachments })),
  ];
}

function checkFileDelivery(shown: Shown[]): void {
  // Two messages, not thirty: the opening with its citation, then the file.
  expect(shown).toHaveLength(2);
  for (const m of shown) {
    expect(m.content.length).toBeLessThanOrEqual(2000);
    expect(m.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(m.content).not.toMatch(/(?<!\\)@everyone|(?<!\\)<@\d/u);
  }
  expect(shown[0]!.content).toMatch(/^-# Catatan Panjang: Gajah Ungu · § 1 · 2025-05 · Panitia\nSesi 1 membahas gajah ungu/u);
  expect(shown[0]!.content).toContain(`${PARAGRAPH.length.toLocaleString('en-US')} characters long, too long for chat: the whole of it is in the file below.`);
  const files = shown.flatMap((m) => m.attachments);
  expect(files).toHaveLength(1);
  const file = files[0]!;
  expect(file.filename).toBe('catatan-panjang-gajah-ungu-1.txt');
  expect(file.content_type).toMatch(/^text\/plain/u);
  // The paragraph whole and verbatim (a .txt shows no markdown and pings no one), under its citation.
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('Catatan Panjang: Gajah Ungu\n§ 1 · 2025-05 · Panitia\n\n')).toBe(true);
  expect(text).toContain(PARAGRAPH);
}

let gw: CorpusBotOnFake;
const member = memberFactory('fullfile', 7);

beforeAll(async () => {
  gw = await startBotOnCorpus(FILES);
});

afterAll(async () => {
  await gw?.close();
});

/** The "Full passage 1" button of an /ask reply about the pasted write-up, on the gateway. */
async function fullPassageButton(fake: FakeDiscord): Promise<{ reply: StoredMessage; customId: string }> {
  const sent = fake.slash('ask', { question: 'gajah ungu sesi', results: 1 }, { user: member() });
  await fake.waitForCallback(sent.id);
  const reply = fake.original(sent.id)!;
  const buttons = (reply.components as Array<{ components: Array<{ custom_id: string; label: string }> }>).flatMap((r) => r.components);
  return { reply, customId: buttons.find((b) => b.label === 'Full passage 1')!.custom_id };
}

describe('Full passage of a 60,000-character paragraph', () => {
  it('through the gateway: the opening, then the whole paragraph as a .txt file', async () => {
    const { reply, customId } = await fullPassageButton(gw.fake);
    const click = gw.fake.click(reply, customId, { user: member() });
    checkFileDelivery(await shownFor(gw.fake, click.id));
    expect(gw.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('through the HTTP interactions endpoint: the same, the file in a follow-up over REST', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: gw.fake.apiUrl });
    const server: HttpServerHandle = await startHttpServer({ config, library: gw.library, logger: gw.logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
    try {
      const { reply, customId } = await fullPassageButton(gw.fake);
      const click = gw.fake.buildInteraction({ type: 3, data: { custom_id: customId, component_type: 2 }, message: reply, user: member() });
      const res = await gw.fake.deliver(`${server.url}/interactions`, click, signed);
      expect(res.status).toBe(200);
      expect(res.invalid).toBeNull();
      checkFileDelivery(await shownFor(gw.fake, click.id as string));
      // The file went as Discord takes it: multipart, `payload_json` naming the `files[0]` part.
      const upload = gw.fake.requests.find((r) => r.files.length > 0 && r.path.includes(click.token as string))!;
      expect(upload.route).toBe('POST /webhooks/:app/:token');
      expect(upload.files.map((f) => f.field)).toEqual(['files[0]']);
      expect((upload.body as { attachments: unknown }).attachments).toEqual([{ id: 0, filename: 'catatan-panjang-gajah-ungu-1.txt' }]);
      expect(gw.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('over the upload limit: three messages, the last saying how much is left and in which write-up', async () => {
    const small = await startBotOnFake(gw.library, { fake: { attachmentSizeLimit: 10_000 } });
    try {
      const { reply, customId } = await fullPassageButton(small.fake);
      const click = small.fake.click(reply, customId, { user: member() });
      await small.fake.waitForCallback(click.id);
      await vi.waitFor(() => expect(small.fake.followUps(click.id)).toHaveLength(2));
      const first = small.fake.callbacks.find((c) => c.interactionId === click.id)!.data as { content: string };
      const shown = [first.content, ...small.fake.followUps(click.id).map((m) => m.content)];
      for (const c of shown) expect(c.length).toBeLessThanOrEqual(2000);
      // The text shown is the paragraph's beginning; the count is of every character after it.
      const body = shown.map((c) => unescapeText(c.split('\n').filter((l) => !l.startsWith('-# ')).join(' ')).replace(/\s/gu, '')).join('');
      expect(PARAGRAPH.replace(/\s/gu, '').startsWith(body)).toBe(true);
      let end = 0;
      for (let seen = 0; seen < body.length; end++) if (!/\s/u.test(PARAGRAPH[end]!)) seen++;
      const last = shown[2]!.split('\n').pop()!;
      expect(last).toBe(`-# (3/3) · ${(PARAGRAPH.length - end).toLocaleString('en-US')} more characters not shown: read the whole paragraph in the write-up tempel.md.`);
      expect(shown[0]!.split('\n').pop()).toBe('-# (1/3)');
      // No file was tried: Discord would refuse it.
      expect(small.fake.requests.some((r) => r.files.length > 0)).toBe(false);
      expect(small.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('Discord refusing the file after all', () => {
  it('413: the text goes on from where the opening stopped, saying the file was refused and where to read the rest', async () => {
    const { reply, customId } = await fullPassageButton(gw.fake);
    gw.fake.failNext('POST /webhooks/:app/:token', 413, { message: 'Request entity too large', code: 40005 });
    const click = gw.fake.click(reply, customId, { user: member() });
    await gw.fake.waitForCallback(click.id);
    await vi.waitFor(() => expect(gw.fake.followUps(click.id)).toHaveLength(2));
    const first = gw.fake.callbacks.find((c) => c.interactionId === click.id)!.data as { content: string };
    const more = gw.fake.followUps(click.id).map((m) => m.content);
    expect(first.content.split('\n').pop()).toMatch(/the whole of it is in the file below\.$/u);
    // The opening is not shown again: the follow-ups start where it stopped, under a line saying why.
    expect(more[0]!.split('\n')[0]).toBe('-# Discord did not take the file (too large here): the paragraph continues here instead.');
    const shown = [first.content, ...more];
    for (const c of shown) expect(c.length).toBeLessThanOrEqual(2000);
    const body = shown.map((c) => unescapeText(c.split('\n').filter((l) => !l.startsWith('-# ')).join(' ')).replace(/\s/gu, '')).join('');
    expect(PARAGRAPH.replace(/\s/gu, '').startsWith(body)).toBe(true);
    let end = 0;
    for (let seen = 0; seen < body.length; end++) if (!/\s/u.test(PARAGRAPH[end]!)) seen++;
    expect(more[1]!.split('\n').pop()).toBe(`-# (3/3) · ${(PARAGRAPH.length - end).toLocaleString('en-US')} more characters not shown: read the whole paragraph in the write-up tempel.md.`);
    expect(more[0]!.split('\n').pop()).toBe('-# (2/3)');
    for (const m of gw.fake.followUps(click.id)) expect(m.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(gw.logs.lines.some((l) => l.msg === 'interaction handler failed' || l.msg === 'sending the answer to Discord failed')).toBe(false);
  });
});

describe('renderFullPassage', () => {
  const passage = (text: string) => ({ title: 'Catatan Panjang: Gajah Ungu', paragraph: 1, date: null, source: null, url: null, file: 'tempel.md', text });
  /** The text of a message without its citation and part-count lines. */
  const body = (content: string) => content.split('\n').filter((l) => !l.startsWith('-# ')).join('\n');

  it('breaks between sentences, never inside an escape or a bold pair', () => {
    const text = PARAGRAPH.slice(0, 9000);
    const shown = renderFullPassage(passage(text), 'en');
    expect(shown.length).toBeGreaterThan(3);
    for (const m of shown.slice(0, -1)) expect(body(m.content)).toMatch(/\.$/u);
    for (const m of shown) {
      // Every `\` escapes the character after it, and the `**` of the text all stay escaped.
      expect(body(m.content)).not.toMatch(/(?<!\\)(?:\\\\)*\\$/u);
      expect(body(m.content).replace(/\\[\s\S]/gu, '')).not.toContain('*');
    }
    expect(shown.map((m) => unescapeText(body(m.content))).join(' ')).toBe(text.trim());
  });

  it('up to three messages as before; a longer paragraph as its opening and a file, in the reader\'s language', () => {
    const limits = { maxMessages: 3, fileMaxBytes: 10 * 1024 * 1024 };
    const three = renderFullPassage(passage(PARAGRAPH.slice(0, 5000)), 'en', null, limits);
    expect(three).toHaveLength(3);
    expect(three.map((m) => m.content.split('\n').pop())).toEqual(['-# (1/3)', '-# (2/3)', '-# (3/3)']);
    expect(three.some((m) => m.files)).toBe(false);
    const filed = renderFullPassage(passage(PARAGRAPH.slice(0, 9000).trim()), 'id', null, limits);
    expect(filed).toHaveLength(2);
    expect(filed[0]!.content.split('\n').pop()).toBe(`-# Paragraf ini panjangnya ${(9000).toLocaleString('id-ID')} karakter, terlalu panjang untuk chat: seluruhnya ada di berkas di bawah.`);
    expect(filed[1]!.files!.map((f) => f.name)).toEqual(['catatan-panjang-gajah-ungu-1.txt']);
  });

  it('a refused file: the messages continue the opening, in the reader\'s language, and say what is left', () => {
    const limits = { maxMessages: 3, fileMaxBytes: 10 * 1024 * 1024 };
    const text = PARAGRAPH.slice(0, 9000).trim();
    const [opening] = renderFullPassage(passage(text), 'id', null, limits);
    const rest = renderFullPassage(passage(text), 'id', null, { ...limits, fileRefused: true });
    expect(rest.length).toBeGreaterThanOrEqual(1);
    expect(rest.length).toBeLessThanOrEqual(2);
    expect(rest[0]!.content.split('\n')[0]).toBe('-# Discord tidak menerima berkasnya (terlalu besar di sini): paragrafnya berlanjut di sini.');
    expect(rest.some((m) => m.files)).toBe(false);
    const shown = [opening!, ...rest].map((m) => unescapeText(body(m.content)).replace(/\s/gu, '')).join('');
    expect(text.replace(/\s/gu, '').startsWith(shown)).toBe(true);
    expect(rest.at(-1)!.content.split('\n').pop()).toMatch(/^-# \(3\/3\) · [\d.]+ karakter lagi tidak ditampilkan/u);
  });

  it('over the upload limit, the rest is to be read at the document\'s address when it has a safe one', () => {
    const cut = (url: string | null) => renderFullPassage({ ...passage(PARAGRAPH), url }, 'en', null, { maxMessages: 3, fileMaxBytes: 100 }).at(-1)!.content.split('\n').pop();
    expect(cut('https://example.org/gajah')).toMatch(/^-# \(3\/3\) · [\d,]+ more characters not shown: read the whole paragraph at <https:\/\/example\.org\/gajah>\.$/u);
    expect(cut('javascript:alert(1)')).toMatch(/read the whole paragraph in the write-up tempel\.md\.$/u);
  });

  it('a long label keeps its document id in the file name, its opening shortened instead', () => {
    // A label (a text's opening, " (id)" after it) of 60 characters: the name was cut at 60 and lost the id, the
    // one part that finds the file.
    const label = `Rapat panitia dibuka dengan sambutan ketua dan doa bersama se… (rapat-2025-05_notulen)`;
    const name = passageFile({ ...passage(PARAGRAPH), title: label, paragraph: 4 }, PARAGRAPH).name;
    expect(name).toMatch(/^rapat-panitia-dibuka-[a-z0-9-]*-rapat-2025-05-notulen-4\.txt$/u);
    expect(name.length).toBeLessThanOrEqual(60 + '-4.txt'.length);
    // A short label's name is as before: its words, then its id.
    expect(passageFile({ ...passage(PARAGRAPH), title: 'Rapat (doc-17)' }, PARAGRAPH).name).toBe('rapat-doc-17-1.txt');
    // An id longer than the room keeps the whole id, the label's words left out.
    const long = 'x'.repeat(64);
    expect(passageFile({ ...passage(PARAGRAPH), title: `Rapat panitia (${long})` }, PARAGRAPH).name).toBe(`${long}-1.txt`);
  });

  it('a file name from a title with no ASCII letters is still a plain name', () => {
    const filed = renderFullPassage({ ...passage(PARAGRAPH), title: '會議 / ../..' }, 'en', null, { maxMessages: 1, fileMaxBytes: 1e6 });
    expect(filed[1]!.files![0]!.name).toBe('passage-1.txt');
  });
});

describe('Responder with files', () => {
  function recorder() {
    const calls: Array<{ kind: string; route?: string; options?: { body: unknown; files?: Array<{ name: string; data: Buffer; contentType: string }> } }> = [];
    const rest = {
      post: async (route: string, options: { body: unknown }) => void calls.push({ kind: 'post', route, options }),
    } as unknown as REST;
    const transport = { callback: async () => void calls.push({ kind: 'callback' }) };
    return { calls, responder: new Responder({ id: '1', token: 'tok', application_id: '9' }, transport, rest) };
  }
  const withFile = { content: 'here', ephemeral: true, files: [{ name: 'a.txt', text: 'héllo' }] };

  it('sends files in a follow-up as UTF-8 text parts, listed in the body', async () => {
    const { calls, responder } = recorder();
    await responder.reply({ content: 'first', ephemeral: true });
    await responder.followUp(withFile);
    expect(calls.map((c) => c.kind)).toEqual(['callback', 'post']);
    const sent = calls[1]!.options!;
    expect(sent.body).toMatchObject({ content: 'here', allowed_mentions: { parse: [] }, attachments: [{ id: 0, filename: 'a.txt' }] });
    expect(sent.files!.map((f) => [f.name, f.data.toString('utf8'), f.contentType])).toEqual([['a.txt', 'héllo', 'text/plain; charset=utf-8']]);
  });

  it('refuses files on the first response (an HTTP response body is JSON), sending nothing', async () => {
    const { calls, responder } = recorder();
    await expect(responder.reply(withFile)).rejects.toThrow(/cannot be the first response/u);
    expect(calls).toEqual([]);
  });
});
