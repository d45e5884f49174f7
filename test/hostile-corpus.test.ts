// A community's own untidy, sometimes hostile write-ups (mentions, Discord markdown, links of every form, emoji,
// right-to-left text and direction controls, zero-width characters, a paragraph far over Discord's limits, a
// 300-character title, a date far in the future), asked about through the real discord.js client on the fake
// gateway and through the HTTP interactions endpoint. Every message the bot sends is checked as Discord would
// take it: within every limit (Discord refuses the whole reply otherwise), pinging no one, with no corpus text
// acting as markdown, a mention, a link or a direction change, and citations intact.

import { generateKeyPairSync, sign } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer, type HttpServerHandle } from '../src/discord/http.ts';
import { MANAGE_GUILD, type StoredMessage } from './fake-discord/index.ts';
import { FAST_REST, memberFactory, startBotOnCorpus, testConfig, type CorpusBotOnFake } from './fake-discord/harness.ts';

const EPHEMERAL = 64;
const SUPPRESS_EMBEDS = 4;

/** U+202A–U+202E (embeddings, overrides, their end) and U+2066–U+2069 (isolates and their end). */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

const LONG_PARAGRAPH = Array.from({ length: 120 }, (_, i) => `Kalimat nomor ${i + 1} tentang pawai zebra yang meriah dan penuh warna.`).join(' ');
const LONG_TITLE = 'Rapat Akbar Pawai Zebra '.repeat(13).slice(0, 300);

const FILES: Record<string, string> = {
  'mentions.md': `---
id: mentions
title: "Pengumuman @everyone <@123456789012345678> pawai"
date: 2025-03-01
source: "@here <@&456456456456456456>"
url: https://example.org/mentions
---
Halo @everyone dan @here, pawai zebra dipimpin <@123456789012345678> dan <@!123456789012345678> untuk role <@&456456456456456456> di kanal <#789789789789789789>.

Hubungi humas@hereford.ac.uk atau @everyone1 soal jadwal pawai zebra <t:1700000000:R> </ask:123456789012345678>.
`,
  'markdown.md': `---
id: markdown
title: "**Tebal** __garis__ ~~coret~~ ||rahasia|| \`kode\` pawai"
date: 2025-02
source: "[palsu](https://evil.example)"
url: https://example.org/md
---
# Judul Pawai Zebra

Teks **tebal** dan __garis bawah__ dan ~~coret~~ serta ||spoiler kuda zebra|| dan \`kode zebra\` selesai.

\`\`\`
pagar kode zebra \`\`\` **tidak** tebal
@everyone di dalam kode
\`\`\`

> Kutipan tentang pawai zebra
> baris dua

-# teks kecil tentang pawai zebra

## Subjudul pawai zebra lagi

Tautan [klik zebra](https://evil.example/phish) dan https://example.org/zebra dan <https://example.org/zebra2> dan [https://bank.example](https://evil.example/bank) selesai.

Emoji 🦓🎉 dan <:zebra:123> dan <a:dance:123456789012345678> serta :ok: pawai zebra.
`,
  'rtl.md': `---
id: rtl
title: "Pawai \u202emalam\u2066 zebra"
date: 2025-04-01
source: "Kantor \u202bberita"
url: https://example.org/rtl
---
Teks Arab: مرحبا بكم في مهرجان الحمار الوحشي pawai zebra \u202eterbalik tanpa penutup dan tanpa\u200blebar zebra\u200d.

Baris \u2067isolat pawai zebra yang tidak ditutup dan \u202aembed kiri pawai.
`,
  'long.md': `---
id: long
title: "${LONG_TITLE}"
date: 2999-12-31
source: Sumber
url: https://example.org/long
---
${LONG_PARAGRAPH}
`,
};

const QUESTIONS = [
  'pawai zebra',
  'spoiler kuda zebra',
  'pagar kode zebra',
  'kutipan pawai zebra',
  'teks kecil pawai zebra',
  'klik zebra tautan',
  'emoji pawai zebra',
  'teks arab pawai zebra',
  'isolat pawai zebra',
  'humas jadwal pawai',
  'kalimat nomor 60 pawai zebra',
  'Rapat Akbar Pawai Zebra',
  'apa itu kapal selam', // nothing confident: the reply lists the titles
];

/** The addresses the corpus names: the only ones a reply may link to. */
const CORPUS_URLS = ['https://example.org/mentions', 'https://example.org/md', 'https://example.org/rtl', 'https://example.org/long'];

interface Payload {
  content?: string;
  flags?: number;
  allowed_mentions?: unknown;
  components?: unknown[];
  choices?: Array<{ name: string; value: string }>;
}

/** Occurrences of `token` that Discord would read as markdown: escaped characters (`\x`) taken out first. */
function unescaped(content: string, token: string): number {
  return content.replace(/\\[\s\S]/g, '·').split(token).length - 1;
}

/** Every check a message sent to Discord must pass, whatever corpus text it shows. */
function checkMessage(where: string, data: Payload): void {
  const content = data.content ?? '';
  expect(content.length, where).toBeLessThanOrEqual(2000);
  expect(data.allowed_mentions, where).toEqual({ parse: [] });
  expect((data.flags ?? 0) & SUPPRESS_EMBEDS, where).toBe(SUPPRESS_EMBEDS);
  // No mention, channel, role, emoji, timestamp or command pill; no mass mention even as text.
  expect(content, where).not.toMatch(/(?<!\\)<(?:[@#:/]|a:|t:(?!\d+:f>))/u);
  expect(content, where).not.toMatch(/@(?:everyone|here)/iu);
  // No corpus direction control can turn the rest of a line (a citation's date and source) around.
  expect(content, where).not.toMatch(DIRECTION_CONTROLS);
  // No block or span opened by corpus text: code, spoilers, strike-through; the bot's bold pairs up.
  expect(unescaped(content, '```'), where).toBe(0);
  expect(unescaped(content, '`') % 2, where).toBe(0);
  expect(unescaped(content, '||'), where).toBe(0);
  expect(unescaped(content, '~~'), where).toBe(0);
  expect(unescaped(content, '**') % 2, where).toBe(0);
  for (const line of content.split('\n')) {
    // Headings, quotes and lists only as the bot writes them: its citation and footer lines are `-# `.
    if (/^(?:#{1,3} |> |>>> )/u.test(line)) throw new Error(`${where}: a line renders as block markdown: ${line}`);
    if (/^-# /u.test(line)) expect(line, where).toMatch(/^-# (?:\[|[^\s[])/u);
  }
  // Every masked link is the bot's citation link, to an address the corpus gave as a document's url.
  for (const m of content.matchAll(/(?<!\\)\]\(<?([^)>\s]+)>?\)/gu)) expect(CORPUS_URLS, where).toContain(m[1]);
  for (const row of (data.components ?? []) as Array<{ components: Array<{ custom_id?: string; label?: string }> }>) {
    for (const b of row.components) {
      expect((b.custom_id ?? '').length, where).toBeLessThanOrEqual(100);
      expect((b.label ?? '').length, where).toBeLessThanOrEqual(80);
    }
  }
}

function checkChoices(where: string, data: Payload): void {
  const choices = data.choices ?? [];
  expect(choices.length, where).toBeLessThanOrEqual(25);
  for (const c of choices) {
    expect(c.name.length, where).toBeGreaterThan(0);
    expect(c.name.length, where).toBeLessThanOrEqual(100);
    expect(c.value.length, where).toBeLessThanOrEqual(100);
  }
}

let gw: CorpusBotOnFake;
const member = memberFactory('hostile', 8);

beforeAll(async () => {
  gw = await startBotOnCorpus(FILES);
});

afterAll(async () => {
  await gw?.close();
});

describe('the hostile corpus loads whole', () => {
  it('every file is read, with nothing left out', () => {
    const ids = gw.library.documents().map((d) => d.id);
    for (const id of ['mentions', 'markdown', 'rtl', 'long']) expect(ids).toContain(id);
  });
});

describe('through the gateway', () => {
  it('/ask, its pages and every Full passage, in both languages: every message within limits and shown literally', async () => {
    for (const question of QUESTIONS) {
      for (const [results, locale] of [[1, 'en-US'], [5, 'id']] as const) {
        const sent = gw.fake.slash('ask', { question, results }, { user: member(), locale });
        const first = await gw.fake.waitForCallback(sent.id);
        checkMessage(`/ask ${question}`, first.data as Payload);
        const reply = gw.fake.original(sent.id)!;
        const buttons = (reply.components as Array<{ components: Array<{ custom_id: string; label: string; disabled?: boolean }> }>).flatMap((r) => r.components);
        for (const b of buttons.filter((b) => !b.disabled)) {
          const click = gw.fake.click(reply, b.custom_id, { user: member(), locale });
          const answer = await gw.fake.waitForCallback(click.id);
          checkMessage(`${b.label} of ${question}`, answer.data as Payload);
        }
      }
    }
    // Follow-ups (the rest of a long Full passage) and edits arrive over REST: wait until all are in, then check.
    await vi.waitFor(() => expect(gw.fake.requests.filter((r) => r.route.startsWith('POST /webhooks')).length).toBeGreaterThan(0));
    const stored: StoredMessage[] = [...gw.fake.messages.values()];
    for (const m of stored) checkMessage(`stored message ${m.id}`, m);
    expect(gw.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('the long paragraph is cited and shown whole (its opening, then a .txt file), the 300-character title shortened', async () => {
    const sent = gw.fake.slash('ask', { question: 'kalimat nomor 60 pawai zebra' }, { user: member() });
    await gw.fake.waitForCallback(sent.id);
    const reply = gw.fake.original(sent.id)!;
    expect(reply.content).toContain('(<https://example.org/long>) · § 1 · 2999-12-31 · Sumber');
    const full = (reply.components as Array<{ components: Array<{ custom_id: string; label: string }> }>).flatMap((r) => r.components).find((b) => b.label === 'Full passage 1')!;
    const click = gw.fake.click(reply, full.custom_id, { user: member() });
    await gw.fake.waitForCallback(click.id);
    // The follow-ups arrive one after another: the file is waited for, not only the first (under load, the first
    // alone was in when this looked).
    await vi.waitFor(() => expect(gw.fake.followUps(click.id).flatMap((m) => m.attachments).length).toBeGreaterThan(0));
    const parts = [gw.fake.callbacks.find((c) => c.interactionId === click.id)!.data as Payload, ...gw.fake.followUps(click.id)];
    for (const p of parts) checkMessage('Full passage of the long paragraph', p);
    // Over three messages long: the opening in chat, the whole paragraph in the one file attached.
    expect(parts.map((p) => p.content!.split('\n').filter((l) => !l.startsWith('-# ')).join(' ')).join(' ')).toContain('Kalimat nomor 1 tentang');
    const files = gw.fake.followUps(click.id).flatMap((m) => m.attachments);
    expect(files).toHaveLength(1);
    for (const n of [1, 60, 120]) expect(files[0]!.bytes.toString('utf8')).toContain(`Kalimat nomor ${n} tentang`);
  });

  it('a citation keeps reading left to right after a title or source with direction controls', async () => {
    const sent = gw.fake.slash('ask', { question: 'teks arab pawai zebra' }, { user: member() });
    const data = (await gw.fake.waitForCallback(sent.id)).data as Payload;
    const citation = data.content!.split('\n').find((l) => l.startsWith('-# [Pawai'))!;
    expect(citation).toBe('-# [Pawai malam zebra](<https://example.org/rtl>) · § 1 · 2025-04-01 · Kantor berita');
    expect(data.content).toContain('مرحبا بكم في مهرجان الحمار الوحشي');
  });

  it('/about and /help, in both languages', async () => {
    for (const locale of ['en-US', 'id']) {
      for (const name of ['about', 'help']) {
        const sent = gw.fake.slash(name, {}, { user: member(), locale });
        checkMessage(`/${name}`, (await gw.fake.waitForCallback(sent.id)).data as Payload);
      }
    }
  });

  it('autocomplete: at most 25 choices of at most 100 characters, whatever the titles hold', async () => {
    for (const typed of ['', 'p', 'pawai', 'Rapat Akbar', 'Rapat Akbar Pawai Zebra Rapat', '@every', '<@12', '**Tebal', 'kode', 'Pawai', '🦓']) {
      const sent = gw.fake.autocomplete('ask', { question: typed }, 'question');
      const callback = await gw.fake.waitForCallback(sent.id);
      expect(callback.type).toBe(8);
      checkChoices(`autocomplete "${typed}"`, callback.data as Payload);
    }
  });

  it('logged no error', () => {
    expect(gw.logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});

describe('through the HTTP interactions endpoint', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const signed = (timestamp: string, body: Buffer) => sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
  let server: HttpServerHandle;
  const logs = () => gw.logs;

  beforeAll(async () => {
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_API_URL: gw.fake.apiUrl });
    server = await startHttpServer({ config, library: gw.library, logger: logs().logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1', askCooldownMs: 0 });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const deliver = (payload: Record<string, unknown>) => gw.fake.deliver(`${server.url}/interactions`, payload, signed);

  it('/ask answers within limits and literally', async () => {
    for (const question of QUESTIONS) {
      const res = await deliver(gw.fake.buildInteraction({ type: 2, data: gw.fake.commandData('ask', { question, results: 5 }), user: member() }));
      expect(res.status).toBe(200);
      expect(res.invalid).toBeNull();
      checkMessage(`HTTP /ask ${question}`, res.json.data as Payload);
    }
  });

  it('a question of 6,000 characters, only emoji or only punctuation gets a short private notice', async () => {
    for (const [question, says] of [
      ['pawai zebra '.repeat(500), 'use at most 300 characters'],
      ['🦓🎉🤔 👍🏽', 'Please type a question'],
      ['?!… ¿¡ -- ** || ``', 'Please type a question'],
    ] as const) {
      const res = await deliver(gw.fake.buildInteraction({ type: 2, data: gw.fake.commandData('ask', { question }), user: member() }));
      expect(res.invalid).toBeNull();
      expect(res.json.data.content).toContain(says);
      expect(res.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      checkMessage(`HTTP /ask ${question.slice(0, 20)}`, res.json.data as Payload);
    }
  });

  it('autocomplete answers within its limits', async () => {
    for (const typed of ['', 'Rapat Akbar Pawai', '@every']) {
      const data = gw.fake.commandData('ask', { question: typed });
      (data.options as Array<Record<string, unknown>>)[0]!.focused = true;
      const res = await deliver(gw.fake.buildInteraction({ type: 4, data }));
      expect(res.invalid).toBeNull();
      checkChoices(`HTTP autocomplete "${typed}"`, res.json.data as Payload);
    }
  });

  it('an error inside a handler: a short private message for the member, the detail in the log', async () => {
    const spy = vi.spyOn(gw.library, 'ask').mockImplementationOnce(() => {
      throw new Error('engine exploded on hostile text');
    });
    const interaction = gw.fake.buildInteraction({ type: 2, data: gw.fake.commandData('ask', { question: 'pawai zebra' }), user: member() });
    const res = await deliver(interaction);
    spy.mockRestore();
    expect(res.invalid).toBeNull();
    expect(res.json.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.json.data.content.length).toBeLessThan(200);
    expect(res.json.data.content).not.toContain('exploded');
    const logged = logs().lines.find((l) => l.msg === 'interaction handler failed' && l.interaction === interaction.id);
    expect((logged?.err as { message?: string } | undefined)?.message).toBe('engine exploded on hostile text');
  });
});

describe('old buttons after a /reload changed the corpus', () => {
  let bot: CorpusBotOnFake;

  beforeAll(async () => {
    bot = await startBotOnCorpus(FILES);
  });

  afterAll(async () => {
    await bot?.close();
  });

  type Button = { custom_id: string; label: string; disabled?: boolean };
  const buttonsOf = (m: StoredMessage) => (m.components as Array<{ components: Button[] }>).flatMap((r) => r.components);

  it('a member cannot reload; after a moderator did, every old button still gets a clear answer within limits', async () => {
    const asker = member();
    const asked = bot.fake.slash('ask', { question: 'kalimat nomor 60 pawai zebra', results: 2 }, { user: asker });
    await bot.fake.waitForCallback(asked.id);
    const reply = bot.fake.original(asked.id)!;
    const about = bot.fake.slash('about', {}, { user: member() });
    await bot.fake.waitForCallback(about.id);

    // A member without Manage Server: refused privately, nothing reloaded.
    const before = bot.library.snapshot;
    const refused = bot.fake.slash('reload', {}, { user: member() });
    const refusal = (await bot.fake.waitForCallback(refused.id)).data as Payload;
    expect(refusal.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(refusal.content).toContain('Only moderators');
    expect(bot.library.snapshot).toBe(before);

    // A moderator removes the long write-up and rewrites another, then reloads.
    rmSync(join(bot.corpus.dir, 'long.md'));
    bot.corpus.write('rtl.md', FILES['rtl.md']!.replace('Teks Arab', 'Teks Arab yang diubah'));
    // A file the reload names but does not read, its name as hostile as a name can be.
    bot.corpus.write('@everyone <@123456789012345678> ||x|| \u202efdp.docx', 'PK');
    const reload = bot.fake.slash('reload', {}, { user: member(), permissions: MANAGE_GUILD });
    const report = await bot.fake.waitForOriginal(reload.id);
    checkMessage('/reload report', report);
    expect(report.content).toContain('Removed (1): long');
    expect(report.content).toContain('Not read (1;');

    // Every button of the old answer: pages of the new results, or the passage, or a note that it changed.
    let gone = 0;
    for (const b of buttonsOf(reply).filter((b) => !b.disabled)) {
      const click = bot.fake.click(reply, b.custom_id, { user: asker });
      const answer = (await bot.fake.waitForCallback(click.id)).data as Payload;
      checkMessage(`old ${b.label}`, answer);
      const docId = /:([^:#]+)#\d+$/u.exec(b.custom_id)?.[1];
      if (b.label.startsWith('Full passage') && !bot.library.documents().some((d) => d.id === docId)) {
        expect(answer.content).toContain('changed or was removed');
        expect(answer.flags! & EPHEMERAL).toBe(EPHEMERAL);
        gone += 1;
      }
    }
    expect(gone).toBeGreaterThan(0);
    expect(bot.logs.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(bot.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
