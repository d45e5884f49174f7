// End to end over the gateway: the real discord.js client logs into the fake Discord on loopback, the real
// Library answers from a temp copy of the corpus, and every reply is checked as Discord would receive it.

import { rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeAboutButton } from '../src/discord/custom-id.ts';
import { startGatewayBot, type GatewayBotHandle } from '../src/discord/gateway.ts';
import type { Library } from '../src/engine/library.ts';
import { MANAGE_GUILD, startFakeDiscord, type FakeDiscord, type FakeUser, type StoredMessage } from './fake-discord/index.ts';
import { memberFactory, startBotOnFake, captureLogger, FAST_REST, HOSTILE_DOC, openLibrary, tempCorpus, testConfig, type CapturedLogger, type TempCorpus } from './fake-discord/harness.ts';

const MOD_ROLE = '333333333333333333';
const EPHEMERAL = 64;
const SUPPRESS_EMBEDS = 4;

/** 30 small documents whose titles all contain "festival": more than autocomplete may show. */
const FESTIVALS = Array.from({ length: 30 }, (_, i) =>
  JSON.stringify({ id: `festival-${i + 1}`, title: `Lantern festival number ${i + 1}`, text: `The lantern festival number ${i + 1} took place in the old harbour.`, date: '2023-02' }),
).join('\n');

let fake: FakeDiscord;
let bot: GatewayBotHandle;
let corpus: TempCorpus;
let library: Library;
let logs: CapturedLogger;

/** A fresh user for each test, so the /ask cooldown of one test never affects another. */
const newUser = memberFactory('user', 2);

function buttons(message: StoredMessage): Array<{ custom_id: string; label: string; disabled: boolean }> {
  return (message.components as Array<{ components: Array<{ custom_id: string; label: string; disabled: boolean }> }>).flatMap((r) => r.components);
}

function buttonLabelled(message: StoredMessage, label: string) {
  const found = buttons(message).find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(message).map((b) => b.label))}`);
  return found;
}

async function ask(question: string, extra: Record<string, string | number | boolean> = {}, init: { user?: FakeUser; locale?: string } = {}) {
  const sent = fake.slash('ask', { question, ...extra }, { user: init.user ?? newUser(), locale: init.locale });
  const callback = await fake.waitForCallback(sent.id);
  return { sent, callback, data: callback.data as { content: string; flags: number; allowed_mentions: { parse: string[] }; components: unknown[] } };
}

beforeAll(async () => {
  corpus = tempCorpus({ 'hostile.md': HOSTILE_DOC, 'festivals.jsonl': FESTIVALS + '\n' });
  library = await openLibrary(corpus.dir);
  ({ fake, bot, logs } = await startBotOnFake(library, {
    fake: { guilds: [{ name: 'Tanya test', roles: [{ id: MOD_ROLE, name: 'moderators', permissions: '0' }] }] },
    env: { MODERATOR_ROLE_IDS: MOD_ROLE },
    askCooldownMs: 60_000,
  }));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

describe('logging in', () => {
  it('identifies with the Guilds intent only and the bot token, through DISCORD_API_URL', () => {
    expect(fake.identifyIntents).toBe(1); // GatewayIntentBits.Guilds, no message content
    const gateway = fake.requests.find((r) => r.route === 'GET /gateway/bot');
    expect(gateway?.authorization).toBe(`Bot ${fake.token}`);
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(fake.guild.id)).toBe(true);
  });

  it('a refused token fails start-up with an error naming DISCORD_TOKEN, not showing it', async () => {
    const config = testConfig({ DISCORD_TOKEN: 'not.the.token', DISCORD_API_URL: fake.apiUrl });
    const start = startGatewayBot({ config, library, logger: captureLogger().logger, handleSignals: false, rest: FAST_REST });
    // Where to get a good one, as deploy-commands says: "check the bot token" left the moderator looking for how.
    await expect(start).rejects.toThrow(
      'Discord refused DISCORD_TOKEN (401 Unauthorized): copy it again from the Developer Portal, Bot → Reset Token (a reset token stops working)',
    );
    await expect(start).rejects.not.toThrow(/not\.the\.token/);
  });
});

describe('a gateway out of reach', () => {
  it('fails start-up after the ready deadline, saying what to check, instead of retrying the socket for ever', async () => {
    // The REST API answers; the gateway it gives out does not (nothing listens on port 9).
    const unreachable = await startFakeDiscord({ gatewayUrl: 'ws://127.0.0.1:9' });
    try {
      const config = testConfig({ DISCORD_TOKEN: unreachable.token, DISCORD_API_URL: unreachable.apiUrl });
      const logs = captureLogger();
      const start = startGatewayBot({ config, library, logger: logs.logger, handleSignals: false, rest: FAST_REST, readyTimeoutMs: 1500 });
      await expect(start).rejects.toThrow(/^Discord did not report ready within 2 s: check the network, and DISCORD_API_URL if it is set$/);
    } finally {
      await unreachable.close();
    }
  });

  it('a REST API that accepts connections and never answers: the failed start-up leaves no request open', async () => {
    // A firewall or a stuck proxy in front of Discord. discord.js would wait out its own timeout (60 s here) and
    // retry, keeping the process alive long after start-up had reported the failure.
    const sockets: Socket[] = [];
    const closed: Array<Promise<void>> = [];
    const silent = createServer((socket) => {
      sockets.push(socket);
      socket.resume(); // read (and drop) the request, so that the bot's closing of the connection is seen
      closed.push(new Promise((resolve) => socket.on('close', () => resolve())));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const apiUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api`;
      const config = testConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_API_URL: apiUrl });
      const start = startGatewayBot({ config, library, logger: captureLogger().logger, handleSignals: false, rest: { retries: 0, timeout: 60_000 }, readyTimeoutMs: 500 });
      await expect(start).rejects.toThrow(/^Discord did not report ready within 1 s/);
      expect(closed.length).toBeGreaterThan(0);
      // Resolves once the bot has dropped its request; without that, not before the 60 s timeout (the test fails).
      await Promise.all(closed);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('/ask', () => {
  it('replies with the passage text, its citation, numbered results and no possible mention', async () => {
    const { sent, data, callback } = await ask('what is China Up Close');
    expect(callback.type).toBe(4);
    const best = library.ask('what is China Up Close', { top: 1 }).results[0]!;
    expect(best.text).toContain('China Up Close');
    expect(data.content.split('\n')[0]).toBe('🔎 **what is China Up Close**');
    // The passage is short enough to be shown whole; matched words are bold.
    expect(data.content.replace(/\*\*/g, '')).toContain(best.text);
    expect(data.content).toMatch(/\*\*China\*\*/);
    expect(data.content).toContain(`**1.** `);
    expect(data.content).toContain(`-# Forum media CCTV+ dan China Media Group 2024 · § ${best.paragraph} · 2024-12 · CCTV+`);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags & SUPPRESS_EMBEDS).toBe(SUPPRESS_EMBEDS);
    expect(data.flags & EPHEMERAL).toBe(0);
    expect(data.content.length).toBeLessThanOrEqual(2000);
    // The callback went out without the bot token, as discord.js does for interaction routes.
    const request = fake.requests.find((r) => r.path.startsWith(`/interactions/${sent.id}/`));
    expect(request?.authorization).toBeUndefined();
  });

  it('hide:true makes the reply ephemeral', async () => {
    const { data } = await ask('what is China Up Close', { hide: true });
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows corpus text as the page reads, never as mentions or Discord formatting', async () => {
    const { data } = await ask('zebra parade');
    const content = data.content;
    expect(content).toContain('\\<@111111111111111111\\>');
    expect(content).not.toMatch(/(?<!\\)<@/);
    expect(content).not.toMatch(/@everyone/); // neutralised with a zero-width space
    expect(content).toContain('@\u200beveryone');
    // Emphasis and code marks are shown as written, escaped; a masked link reads as its text and address.
    expect(content).toContain('with \\*\\*bold\\*\\* claims, a \\`code span\\`, \\|\\|spoilers\\|\\|');
    // A masked link shows its address: nothing hides where it leads.
    expect(content).toContain('masked link (https://evil.example/x)');
    expect(content.split('\n').find((l) => l.startsWith('**1.**'))).not.toMatch(/\]\(https:\/\/evil/);
    // The citation's title, its own markdown escaped, is followed by the document's url: it holds an address, and
    // Discord refuses a masked link whose text does.
    expect(content).toContain('Notes \\*with\\* \\[markdown\\](https://evil.example) and @\u200beveryone (<https://example.org/notes>)');
    expect(content).toContain('Test \\<@&222222222222222222\\>');
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('says so when nothing matches confidently, and offers what the corpus covers', async () => {
    const { data } = await ask('quantum chromodynamics lattice gauge');
    expect(data.content).toContain('I could not find a confident answer');
    expect(data.content).toContain('What I can answer about:');
    // Newest first: the forum write-up (2024-12) before the festivals (2023-02).
    const forumTitle = library.summary().documents.find((d) => d.date === '2024-12')!.title;
    const forum = data.content.indexOf(`*${forumTitle}*`);
    const festival = data.content.indexOf('*Lantern festival number 1*');
    expect(forum).toBeGreaterThan(data.content.indexOf('What I can answer about:'));
    expect(festival).toBeGreaterThan(forum);
    expect(data.content).toMatch(/…and \d+ more\.$/);
  });

  it('answers in Indonesian for the id locale', async () => {
    const { data } = await ask('quantum chromodynamics lattice gauge', {}, { locale: 'id' });
    expect(data.content).toContain('Saya tidak menemukan jawaban');
  });

  it('asks for a question when it is only punctuation or invisible characters', async () => {
    const { data } = await ask('?!\u200b…');
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('Please type a question');
  });

  it('has a per-user cooldown with a friendly ephemeral message', async () => {
    const user = newUser();
    const first = await ask('what is China Up Close', {}, { user });
    expect(first.data.flags & EPHEMERAL).toBe(0);
    const second = await ask('who is Shen Haixiong', {}, { user });
    expect(second.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(second.data.content).toMatch(/a bit fast — try again <t:\d+:R>/);
    // Another user is not affected.
    const other = await ask('who is Shen Haixiong');
    expect(other.data.content).toContain('Shen Haixiong');
  });
});

describe('autocomplete', () => {
  it('returns at most 25 choices of at most 100 characters, from the corpus', async () => {
    const sent = fake.autocomplete('ask', { question: 'festival' }, 'question');
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(8);
    const choices = (callback.data as { choices: Array<{ name: string; value: string }> }).choices;
    expect(library.summary().documents.filter((d) => d.title.toLowerCase().includes('festival')).length).toBeGreaterThan(25);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((c) => c.value.startsWith('Lantern festival number'))).toBe(true);
  });

  it('suggests named things from the corpus', async () => {
    const sent = fake.autocomplete('ask', { question: 'china u' }, 'question');
    const callback = await fake.waitForCallback(sent.id);
    const choices = (callback.data as { choices: Array<{ value: string }> }).choices;
    expect(choices.map((c) => c.value)).toContain('China Up Close');
  });

  it("completes the last word with the corpus's words, but not a word finished with a space", async () => {
    const values = async (question: string) => {
      const sent = fake.autocomplete('ask', { question }, 'question');
      return ((await fake.waitForCallback(sent.id)).data as { choices: Array<{ value: string }> }).choices.map((c) => c.value);
    };
    expect(await values('where is the old harb')).toContain('where is the old harbour');
    const finished = await values('where was the lant ');
    expect(finished[0]).toBe('where was the lant');
    expect(finished).not.toContain('where was the lantern');
  });
});

describe('buttons', () => {
  it('Next and Previous page through the results, reading the question back from the message', async () => {
    const user = newUser();
    const { sent } = await ask('China Media Group program', { results: 2 }, { user });
    const reply = fake.original(sent.id)!;
    expect(reply.content).toContain('-# Results 1–2');
    const next = buttonLabelled(reply, 'Next');
    expect(next.custom_id.length).toBeLessThanOrEqual(100);
    expect(buttonLabelled(reply, 'Previous').disabled).toBe(true);

    const click = fake.click(reply, next.custom_id, { user });
    const update = await fake.waitForCallback(click.id);
    expect(update.type).toBe(7); // the asker's own message is updated in place
    const page2 = fake.original(click.id)!;
    expect(page2.id).toBe(reply.id);
    expect(page2.content.split('\n')[0]).toBe('🔎 **China Media Group program**');
    expect(page2.content).toContain('**3.** ');
    expect(page2.content).toContain('-# Results 3–4');
    const expected = library.ask('China Media Group program', { top: 2, offset: 2 }).results;
    expect(page2.content).toContain(`§ ${expected[0]!.paragraph}`);
    expect(page2.allowed_mentions).toEqual({ parse: [] });

    const back = fake.click(page2, buttonLabelled(page2, 'Previous').custom_id, { user });
    await fake.waitForCallback(back.id);
    expect(fake.original(back.id)!.content).toContain('-# Results 1–2');
  });

  it("a click by someone else on a public answer shows them the page privately instead of flipping the asker's", async () => {
    const { sent } = await ask('China Media Group program', { results: 2 });
    const reply = fake.original(sent.id)!;
    const before = reply.content;
    const click = fake.click(reply, buttonLabelled(reply, 'Next').custom_id, { user: newUser() });
    const callback = await fake.waitForCallback(click.id);
    expect(callback.type).toBe(4);
    const data = callback.data as { content: string; flags: number };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('-# Results 3–4');
    expect(fake.messages.get(reply.id)!.content).toBe(before);
  });

  it('Full passage shows the whole paragraph verbatim, ephemerally', async () => {
    const { sent } = await ask('what is China Up Close');
    const reply = fake.original(sent.id)!;
    const full = buttonLabelled(reply, 'Full passage 1');
    const click = fake.click(reply, full.custom_id);
    const callback = await fake.waitForCallback(click.id);
    expect(callback.type).toBe(4);
    const data = callback.data as { content: string; flags: number; allowed_mentions: unknown };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const best = library.ask('what is China Up Close', { top: 1 }).results[0]!;
    expect(data.content).toContain(best.text);
    expect(data.content).toMatch(/^-# Forum media CCTV\+ dan China Media Group 2024 · § \d+/);
  });

  it('Full passage of hostile text keeps it literal', async () => {
    const { sent } = await ask('zebra parade');
    const reply = fake.original(sent.id)!;
    const click = fake.click(reply, buttonLabelled(reply, 'Full passage 1').custom_id);
    const data = (await fake.waitForCallback(click.id)).data as { content: string };
    expect(data.content).toContain('\\|\\|spoilers\\|\\|');
    expect(data.content).toContain('masked link (https://evil.example/x)');
    expect(data.content).not.toMatch(/(?<!\\)<@/);
  });

  it('never shows what a Markdown page hides: not in the answer, not in Full passage of a paragraph cut in parts', async () => {
    // Over 1,000 characters: indexed in several parts, which Full passage puts back together from the body.
    const sentence = 'The heron festival opened with lanterns along the canal and a parade of painted boats.';
    const long = Array.from({ length: 14 }, (_, i) => (i === 6 ? `${sentence} <!-- editor: the mayor was late, do not publish -->` : sentence)).join(' ');
    corpus.write('heron.md', `---\nid: heron\n---\n## Heron festival\n![staging](internal/staging_photo.jpg)\n\n${long}\n`);
    await library.reload();
    const { sent } = await ask('heron festival lanterns canal painted boats');
    const reply = fake.original(sent.id)!;
    expect(reply.content.replace(/\*\*/g, '')).toContain('Heron festival');
    const click = fake.click(reply, buttonLabelled(reply, 'Full passage 1').custom_id);
    const messages = [(await fake.waitForCallback(click.id)).data as { content: string }];
    const full = [...messages.map((m) => m.content), ...fake.followUps(click.id).map((m) => m.content)].join('\n');
    // The whole paragraph, its heading without Markdown's marks, all of its sentences.
    expect(full).toContain('Heron festival');
    expect(full.split(sentence).length - 1).toBe(14);
    const shown = [reply.content, full].join('\n');
    for (const hidden of ['mayor', 'do not publish', '&lt;!--', '<!--', 'staging']) expect(shown).not.toContain(hidden);
    // Where the markup was, the text closes up: no run of blank lines under the heading.
    expect(shown).not.toMatch(/\n\s*\n\s*\n/);
  });

  it('the last page a button can reach offers no Next button that would not work', async () => {
    corpus.write('walrus.jsonl', Array.from({ length: 130 }, (_, i) => JSON.stringify({ id: `walrus-${i}`, text: `The walrus festival number ${i} happened on the ice.` })).join('\n') + '\n');
    await library.reload();
    const user = newUser();
    const { sent } = await ask('walrus festival on the ice', { results: 1 }, { user });
    const reply = fake.original(sent.id)!;
    expect(buttonLabelled(reply, 'Next').disabled).toBeFalsy();
    // Page 99 (0-based, the 100th) is the last a custom_id can name; 130 results would go on.
    const click = fake.click(reply, 'ask:pg:98:1', { user });
    await fake.waitForCallback(click.id);
    const page99 = fake.original(click.id)!;
    const next = buttonLabelled(page99, 'Next');
    expect(next.disabled).toBeFalsy();
    const last = fake.click(page99, next.custom_id, { user });
    await fake.waitForCallback(last.id);
    const page100 = fake.original(last.id)!;
    expect(page100.content).toContain('-# Result 100');
    expect(buttonLabelled(page100, 'Next').disabled).toBe(true);
    rmSync(join(corpus.dir, 'walrus.jsonl'));
    expect((await library.reload()).ok).toBe(true);
  });

  it('Full passage of a passage written in Markdown shows it as the result did (the button recognises it)', async () => {
    corpus.write('otter.md', '---\nid: otter\n---\n## Otter parade\n\nThe **otter** parade starts at [the pier](https://example.org/pier) at noon.\n');
    await library.reload();
    const { sent } = await ask('otter parade pier noon');
    const reply = fake.original(sent.id)!;
    const click = fake.click(reply, buttonLabelled(reply, 'Full passage 1').custom_id);
    const data = (await fake.waitForCallback(click.id)).data as { content: string };
    expect(data.content).toContain('Otter parade\n\nThe \\*\\*otter\\*\\* parade starts at the pier (https://example.org/pier) at noon.');
  });

  it('a forged or stale button gets a clear ephemeral message', async () => {
    const { sent } = await ask('what is China Up Close');
    const reply = fake.original(sent.id)!;
    const forged = fake.click(reply, 'ask:pg:9999:77');
    const data = (await fake.waitForCallback(forged.id)).data as { content: string; flags: number };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('no longer works');
    const gone = fake.click(reply, 'ask:fp:no-such-doc#1');
    const goneData = (await fake.waitForCallback(gone.id)).data as { content: string };
    expect(goneData.content).toContain('changed or was removed');
  });

  it('Full passage still shows the cited paragraph after a reload moves it, and says so when it is gone', async () => {
    const kites = 'Kites with long tails fly over the northern dunes every spring.';
    corpus.write('shift.md', `---\nid: shift\n---\nThe dune museum opens at nine.\n\n${kites}\n`);
    await library.reload();
    const { sent } = await ask('kites with long tails over the northern dunes');
    const reply = fake.original(sent.id)!;
    const button = buttonLabelled(reply, 'Full passage 1').custom_id;
    const click = async () => ((await fake.waitForCallback(fake.click(reply, button).id)).data as { content: string }).content;
    expect(await click()).toContain(kites);

    // A paragraph added above it: the id the button names (shift#2) is now another paragraph.
    corpus.write('shift.md', `---\nid: shift\n---\nTickets cost Rp25.000.\n\nThe dune museum opens at nine.\n\n${kites}\n`);
    await library.reload();
    expect(library.passage('shift#2')!.text).toBe('The dune museum opens at nine.');
    const moved = await click();
    expect(moved).toContain(kites);
    expect(moved).toContain('§ 3');

    // Its text edited: the button must not show something the answer never cited.
    corpus.write('shift.md', `---\nid: shift\n---\nThe dune museum opens at nine.\n\nKites fly over the dunes.\n`);
    await library.reload();
    const gone = await click();
    expect(gone).toContain('changed or was removed');
    expect(gone).not.toContain('museum');
    expect(gone).not.toContain('Kites fly');
  });

  it('Full passage of a paragraph a reload joined to the one above shows the paragraph that holds it now, and says so', async () => {
    const kites = 'Kites with long tails fly over the northern dunes every spring.';
    corpus.write('joined.md', `---\nid: joined\n---\nThe dune museum opens at nine.\n\n${kites}\n\nParking is free.\n`);
    await library.reload();
    const { sent } = await ask('kites with long tails over the northern dunes');
    const reply = fake.original(sent.id)!;
    const button = buttonLabelled(reply, 'Full passage 1').custom_id;
    const click = async () => ((await fake.waitForCallback(fake.click(reply, button).id)).data as { content: string }).content;
    expect(await click()).not.toContain('longer paragraph');

    // The blank line above it removed: one paragraph now, numbered 1, whose text holds the cited one whole.
    corpus.write('joined.md', `---\nid: joined\n---\nThe dune museum opens at nine.\n${kites}\n\nParking is free.\n`);
    await library.reload();
    const joined = await click();
    expect(joined).toContain('the passage cited is part of a longer paragraph');
    expect(joined).toContain(`The dune museum opens at nine.\n${kites}`);
    expect(joined).toContain('§ 1');
    expect(joined).not.toContain('Parking');

    // Its own words changed too: nothing holds what the answer cited, and the reply says so.
    corpus.write('joined.md', `---\nid: joined\n---\nThe dune museum opens at nine.\nKites fly over the dunes.\n\nParking is free.\n`);
    await library.reload();
    expect(await click()).toContain('changed or was removed');
  });
});

describe('/help and /about', () => {
  it('/help explains how to ask, with an example from this corpus that the bot answers, in the user\'s language', async () => {
    const example = (await library.example())!;
    expect(example).not.toBeNull();
    const sent = fake.slash('help');
    const data = (await fake.waitForCallback(sent.id)).data as { content: string; flags: number };
    expect(data.content).toContain(`Example: \`/ask question: ${example.en}\``);
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const id = fake.slash('help', {}, { locale: 'id' });
    const idContent = ((await fake.waitForCallback(id.id)).data as { content: string }).content;
    expect(idContent).toContain('Cara bertanya');
    expect(idContent).toContain(`Contoh: \`/ask question: ${example.id}\``);
    // Asked as the example says, the bot answers it, with the name in the first result.
    for (const question of [example.en, example.id]) {
      const { data: answer } = await ask(question);
      expect(answer.content).not.toContain('could not find a confident answer');
      expect(answer.content.split('\n').find((l) => l.startsWith('**1.**'))!.replace(/\*\*/g, '')).toContain(example.name);
    }
    // The empty-question hint gives the same example.
    const { data: hint } = await ask('?!');
    expect(hint.content).toBe(`Please type a question, for example \`/ask question: ${example.en}\`.`);
  });

  it('/about lists the documents with their passages and the totals', async () => {
    const sent = fake.slash('about');
    const data = (await fake.waitForCallback(sent.id)).data as { content: string };
    const summary = library.summary();
    expect(data.content).toContain(`I answer from ${summary.documents.length} documents (${summary.passages} passages)`);
    expect(data.content).toContain('Forum media CCTV+ dan China Media Group 2024');
    expect(data.content).toContain('2024-12 · CCTV+ · 10 passages');
    // (The tests above reloaded without naming anyone: it said "Loaded at start-up" of those reloads.)
    expect(data.content).toMatch(/Last reloaded <t:\d+:f>\.$/);
    expect(data.content.length).toBeLessThanOrEqual(2000);
  });
});

describe('/about pages', () => {
  /** A bulk import of `n` write-ups, one passage each, named after `word`. */
  const bulk = (word: string, n: number) =>
    Array.from({ length: n }, (_, i) => JSON.stringify({ id: `${word}-${i + 1}`, title: `${word} write-up number ${i + 1} from the community archive`, text: `The ${word} gathering number ${i + 1} met at the library.`, date: '2020-01' })).join('\n') + '\n';
  const numbered = (content: string) => content.split('\n').filter((l) => /^\d+\\\. /.test(l));

  afterAll(async () => {
    rmSync(join(corpus.dir, 'import.jsonl'), { force: true });
    expect((await library.reload()).ok).toBe(true);
  });

  it('Next and Previous turn the pages of a long list in place, privately, with "page x of y"; every document is on one page', async () => {
    corpus.write('import.jsonl', bulk('heron', 90));
    expect((await library.reload()).ok).toBe(true);
    const total = library.counts.documents;
    const user = newUser();
    const sent = fake.slash('about', {}, { user });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    expect((callback.data as { flags: number }).flags & EPHEMERAL).toBe(EPHEMERAL);
    const first = fake.original(sent.id)!;
    expect(first.content).not.toMatch(/…and \d+ more/);
    const pages = Number(/^Page 1 of (\d+)$/.exec(buttons(first)[1]!.label)![1]);
    expect(pages).toBeGreaterThan(2);
    expect(buttonLabelled(first, 'Previous').disabled).toBe(true);
    expect(buttons(first)[1]!.disabled).toBe(true);

    // Page by page to the end: each click updates the same message, and the pages together list every document.
    let message = first;
    const listed = [...numbered(first.content)];
    for (let page = 2; page <= pages; page++) {
      const click = fake.click(message, buttonLabelled(message, 'Next').custom_id, { user });
      expect((await fake.waitForCallback(click.id)).type).toBe(7);
      message = fake.original(click.id)!;
      expect(message.id).toBe(first.id);
      expect(buttons(message)[1]!.label).toBe(`Page ${page} of ${pages}`);
      expect(message.content.length).toBeLessThanOrEqual(2000);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      listed.push(...numbered(message.content));
    }
    expect(buttonLabelled(message, 'Next').disabled).toBe(true);
    expect(listed.map((l) => Number(/^(\d+)/.exec(l)![1]))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(listed.join('\n')).toContain('heron write-up number 90 from the community archive');

    const back = fake.click(message, buttonLabelled(message, 'Previous').custom_id, { user });
    await fake.waitForCallback(back.id);
    expect(buttons(fake.original(back.id)!)[1]!.label).toBe(`Page ${pages - 1} of ${pages}`);
    // The disabled "page x of y" label, pressed anyway (an old client), changes nothing.
    const label = fake.click(message, buttons(message)[1]!.custom_id, { user });
    expect((await fake.waitForCallback(label.id)).type).toBe(6);
  });

  it('follows the user\'s language', async () => {
    const sent = fake.slash('about', {}, { locale: 'id' });
    await fake.waitForCallback(sent.id);
    const labels = buttons(fake.original(sent.id)!).map((b) => b.label);
    expect(labels[0]).toBe('Sebelumnya');
    expect(labels[1]).toMatch(/^Halaman 1 dari \d+$/);
    expect(labels[2]).toBe('Berikutnya');
  });

  it('after a /reload changed the list, an old page button says so and shows that page of the current list', async () => {
    corpus.write('import.jsonl', bulk('heron', 90));
    await library.reload();
    const user = newUser();
    const sent = fake.slash('about', {}, { user });
    await fake.waitForCallback(sent.id);
    const first = fake.original(sent.id)!;
    const next = buttonLabelled(first, 'Next').custom_id;

    // Another import replaces this one: page 2 now lists other documents.
    corpus.write('import.jsonl', bulk('plover', 60));
    expect((await library.reload()).ok).toBe(true);
    const click = fake.click(first, next, { user });
    expect((await fake.waitForCallback(click.id)).type).toBe(7);
    const page2 = fake.original(click.id)!;
    expect(page2.content.split('\n')[0]).toBe('The list changed since that page was shown (the write-ups were reloaded): this is the current one.');
    expect(page2.content).toContain(`I answer from ${library.counts.documents} documents`);
    expect(page2.content).not.toContain('heron');
    expect(page2.content).toContain('plover write-up number');
    expect(buttons(page2)[1]!.label).toMatch(/^Page 2 of \d+$/);
    // Its own buttons belong to the current list: turning on from there says nothing of a change.
    const on = fake.click(page2, buttonLabelled(page2, 'Previous').custom_id, { user });
    await fake.waitForCallback(on.id);
    expect(fake.original(on.id)!.content).not.toContain('The list changed');

    // A list that shrank below the page asked for: its last page, with the note.
    corpus.write('import.jsonl', bulk('plover', 30));
    await library.reload();
    const far = fake.click(first, encodeAboutButton({ kind: 'page', page: 40, list: '0badf00d' }), { user });
    await fake.waitForCallback(far.id);
    const last = fake.original(far.id)!;
    expect(last.content).toContain('The list changed');
    const [, of] = /^Page (\d+) of (\d+)$/.exec(buttons(last)[1]!.label)!.slice(1);
    expect(buttons(last)[1]!.label).toBe(`Page ${of} of ${of}`);
  });

  it('a forged page button gets a clear ephemeral message', async () => {
    const sent = fake.slash('about');
    await fake.waitForCallback(sent.id);
    const forged = fake.click(fake.original(sent.id)!, 'about:pg:nope');
    const data = (await fake.waitForCallback(forged.id)).data as { content: string; flags: number };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('no longer works');
  });
});

describe('/reload', () => {
  it('is refused to a member without Manage Server, and reloads nothing', async () => {
    const before = library.snapshot;
    corpus.write('new-doc.md', '---\nid: new-doc\ntitle: A new document\n---\nThe new document talks about kites.\n');
    const sent = fake.slash('reload', {}, { user: newUser() });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(4);
    const data = callback.data as { content: string; flags: number };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('Only moderators');
    // Whom to ask, not only "no": the permission, and the moderator roles this bot is set up with.
    expect(data.content).toContain('members with the **Manage Server** permission or the role <@&');
    expect(data.content).toContain('Ask one of them to run `/reload`');
    expect(library.snapshot).toBe(before);
    expect(logs.lines.some((l) => l.msg === 'corpus reload refused' && l.interaction === sent.id && l.reason === 'not a moderator')).toBe(true);
  });

  it('is refused in DMs', async () => {
    const before = library.snapshot;
    const sent = fake.slash('reload', {}, { guildId: null, permissions: MANAGE_GUILD });
    const data = (await fake.waitForCallback(sent.id)).data as { content: string };
    expect(data.content).toContain('only works in a server');
    expect(library.snapshot).toBe(before);
  });

  it('by a moderator role: defers, reloads, and reports the counts before → after and what changed', async () => {
    const before = library.counts;
    const moderator = newUser();
    const sent = fake.slash('reload', {}, { user: moderator, roles: [MOD_ROLE] });
    const callback = await fake.waitForCallback(sent.id);
    expect(callback.type).toBe(5);
    expect((callback.data as { flags: number }).flags & EPHEMERAL).toBe(EPHEMERAL);
    const report = await fake.waitForOriginal(sent.id);
    expect(report.content).toContain('Corpus reloaded in');
    expect(report.content).toContain(`Documents: ${before.documents} → ${before.documents + 1}`);
    expect(report.content).toContain(`Passages: ${before.passages} → ${before.passages + 1}`);
    expect(report.content).toContain('Added (1): new-doc');
    expect(report.allowed_mentions).toEqual({ parse: [] });
    expect(library.counts.documents).toBe(before.documents + 1);
    const logged = logs.lines.find((l) => l.msg === 'corpus reloaded' && l.interaction === sent.id);
    expect(logged).toMatchObject({ userId: moderator.id, username: moderator.username, result: 'reloaded' });
    expect(typeof logged?.at).toBe('string');
  });

  // (Rule changed: the reload was rejected whole; a broken file never loaded is now left out, the rest reloaded.)
  it('with Manage Server and a broken file: lists the problem with file and line, and the rest keeps answering', async () => {
    const counts = library.counts;
    corpus.write('broken.jsonl', '{"id": "ok-1", "text": "fine"}\n{"id": "bad", "text": \n');
    const sent = fake.slash('reload', {}, { user: newUser(), permissions: MANAGE_GUILD });
    const report = await fake.waitForOriginal(sent.id);
    expect(report.content).toContain('but 1 problem to fix');
    expect(report.content).toMatch(/- broken\.jsonl\\:2: /);
    expect(report.content).toContain('Left out (not loaded before either): broken.jsonl');
    expect(library.counts).toEqual(counts);
    const { data } = await ask('what is China Up Close');
    expect(data.content).toContain('China Up Close');
    expect(logs.lines.some((l) => l.msg === 'corpus reloaded with problems: each broken file keeps its previous version, or is left out' && l.interaction === sent.id)).toBe(true);
  });

  it('/about then tells when and by whom the corpus was last reloaded', async () => {
    const sent = fake.slash('about');
    const data = (await fake.waitForCallback(sent.id)).data as { content: string };
    expect(data.content).toMatch(/Last reloaded <t:\d+:f> by @user\d+\./);
  });
});

describe('failures', () => {
  it('a handler error is answered ephemerally, logged with context, and the bot keeps answering', async () => {
    const spy = vi.spyOn(library, 'ask').mockImplementationOnce(() => {
      throw new Error('engine exploded');
    });
    const { sent, data } = await ask('what is China Up Close');
    spy.mockRestore();
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('something went wrong');
    const logged = logs.lines.find((l) => l.msg === 'interaction handler failed' && l.interaction === sent.id);
    expect(logged).toMatchObject({ command: 'ask', level: 50 });
    expect((logged?.err as { message: string }).message).toBe('engine exploded');
    const again = await ask('what is China Up Close');
    expect(again.data.content).toContain('China Up Close');
  });

  it('"Unknown interaction" (10062) is ignored quietly', async () => {
    fake.failNext('POST /interactions/:id/:token/callback', 404, { message: 'Unknown interaction', code: 10062 });
    const sent = fake.slash('help');
    await vi.waitFor(() => expect(logs.lines.some((l) => l.interaction === sent.id && String(l.msg).includes('10062'))).toBe(true));
    expect(logs.lines.some((l) => l.interaction === sent.id && (l.level as number) >= 40)).toBe(false);
    const { data } = await ask('what is China Up Close');
    expect(data.content).toContain('China Up Close');
  });

  it('an unknown command gets an ephemeral answer rather than "interaction failed"', async () => {
    const sent = fake.slash('nonexistent');
    const data = (await fake.waitForCallback(sent.id)).data as { content: string; flags: number };
    expect(data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(data.content).toContain('do not know that command');
  });

  it('never logs the bot token or an interaction token', async () => {
    // An interaction of its own, so that a token certainly travelled in a callback path during this test.
    const { sent } = await ask('what is China Up Close');
    const tokens = fake.requests.flatMap((r) => /^\/interactions\/\d+\/([^/]+)\//.exec(r.path)?.[1] ?? []);
    expect(tokens).toContain(sent.token);
    const text = logs.text();
    expect(text).toContain(sent.id);
    expect(text).not.toContain(fake.token);
    for (const token of tokens) expect(text).not.toContain(token);
  });
});
