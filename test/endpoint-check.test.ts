// The application's Interactions Endpoint URL decides whether Discord sends interactions over the gateway or to an
// HTTP endpoint. A bot started in the other mode logged in, looked healthy and answered nothing: each mode now asks
// Discord at start-up and warns, naming the setting, when the two disagree. Real bots on the fake Discord.

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { judgeEndpoint, publicKeyMismatch } from '../src/discord/endpoint-check.ts';
import { startHttpServer } from '../src/discord/http.ts';
import { startFakeDiscord } from './fake-discord/index.ts';
import { captureLogger, FAST_REST, openLibrary, startBotOnFake, tempCorpus, testConfig } from './fake-discord/harness.ts';

const publicHex = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

/** The HTTP endpoint, with the bot token set, for an application whose endpoint URL is `url`; its warnings. */
async function httpStartUp(url: string | null): Promise<Array<Record<string, unknown>>> {
  const fake = await startFakeDiscord({ interactionsEndpointUrl: url });
  const corpus = tempCorpus();
  const logs = captureLogger();
  try {
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(fake.requests.some((r) => r.path === '/applications/@me')).toBe(true));
      await vi.waitFor(() => expect(logs.lines.some((l) => 'interactionsEndpointUrl' in l)).toBe(true));
      return logs.lines.filter((l) => 'interactionsEndpointUrl' in l);
    } finally {
      await server.stop();
    }
  } finally {
    await fake.close();
    corpus.remove();
  }
}

describe('the Interactions Endpoint URL against the mode the bot runs in', () => {
  it('gateway bot: warns when the application sends its interactions to an endpoint URL instead', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir), { fake: { interactionsEndpointUrl: 'https://bot.example.org/interactions' } });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'interactionsEndpointUrl' in l)).toBe(true));
      const [line] = gw.logs.lines.filter((l) => 'interactionsEndpointUrl' in l);
      expect(line).toMatchObject({ level: 40, interactionsEndpointUrl: 'https://bot.example.org/interactions' });
      expect(line!.msg).toMatch(/^the application has an Interactions Endpoint URL .* none over the gateway: this bot will answer nothing/);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('gateway bot: warns when Public Bot is on (anyone can add it and, with Manage Server there, /reload its corpus)', async () => {
    const corpus = tempCorpus();
    const [open, closed] = [await startBotOnFake(await openLibrary(corpus.dir), { fake: { botPublic: true } }), await startBotOnFake(await openLibrary(corpus.dir))];
    try {
      for (const gw of [open, closed]) await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'interactionsEndpointUrl' in l)).toBe(true));
      const [line, ...more] = open.logs.lines.filter((l) => 'botPublic' in l);
      expect(more).toEqual([]);
      expect(line).toMatchObject({ level: 40, botPublic: true });
      expect(line!.msg).toBe(
        'Public Bot is on (Developer Portal → Bot): anyone can add this bot to a server of theirs, and there anyone with Manage Server can /reload the corpus every server shares. Turn it off unless the bot is meant for everyone (if the portal refuses, "Private application cannot have a default authorization link", first set Installation → Install Link to None)',
      );
      expect(closed.logs.lines.filter((l) => 'botPublic' in l)).toEqual([]);
    } finally {
      await open.close();
      await closed.close();
      corpus.remove();
    }
  });

  it('gateway bot: says nothing of it when no endpoint URL is set', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir));
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'interactionsEndpointUrl' in l)).toBe(true));
      expect(gw.logs.lines.filter((l) => 'interactionsEndpointUrl' in l).map((l) => [l.level, l.msg])).toEqual([
        [20, 'no Interactions Endpoint URL: Discord sends interactions over the gateway'],
      ]);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('HTTP endpoint: warns when the application has no endpoint URL (Discord then sends nothing here)', async () => {
    const [line] = await httpStartUp(null);
    expect(line).toMatchObject({ level: 40, interactionsEndpointUrl: null });
    expect(line!.msg).toMatch(/^the application has no Interactions Endpoint URL .* none here: set it to this endpoint's public https address, ending in \/interactions$/);
  });

  it('HTTP endpoint: warns when the URL names a path it answers with 404, and names the URL when it is right', async () => {
    const [wrong] = await httpStartUp('https://bot.example.org/tanya/');
    expect(wrong).toMatchObject({ level: 40, interactionsEndpointUrl: 'https://bot.example.org/tanya/' });
    expect(wrong!.msg).toMatch(/answers that path with 404: make the URL end in \/interactions$/);
    const [right] = await httpStartUp('https://bot.example.org/tanya/interactions');
    expect(right).toMatchObject({ level: 30, interactionsEndpointUrl: 'https://bot.example.org/tanya/interactions' });
  });

  it('HTTP endpoint: warns when Discord refuses the token it was given, which it would otherwise never use', async () => {
    const fake = await startFakeDiscord({ interactionsEndpointUrl: 'https://bot.example.org/interactions' });
    const corpus = tempCorpus();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.wrongwrongwrong', DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => l.level === 40)).toBe(true));
      expect(logs.lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
        'Discord refused DISCORD_TOKEN (401), so where Discord sends interactions could not be checked: copy the token again (Bot → Reset Token), or leave it out; the HTTP endpoint works without it',
      ]);
      expect(logs.text()).not.toContain('wrongwrongwrong');
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('HTTP endpoint: warns when DISCORD_PUBLIC_KEY is not the Public Key of the application the token is for', async () => {
    // Another application's key (a second bot, a test app) passes every format check, then fails every request
    // with 401 and the portal says only "could not be verified". The application says its own key: compare.
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    const fake = await startFakeDiscord({ interactionsEndpointUrl: 'https://bot.example.org/interactions', verifyKey: other });
    const corpus = tempCorpus();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      // (The commands check warns too, the fake holding none registered: only the key's warnings are counted.)
      const keyWarnings = () => logs.lines.filter((l) => l.level === 40 && String(l.msg).startsWith('DISCORD_PUBLIC_KEY'));
      await vi.waitFor(() => expect(keyWarnings().length).toBeGreaterThan(0));
      const warnings = keyWarnings();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ application: fake.applicationId });
      expect(warnings[0]!.msg).toMatch(/^DISCORD_PUBLIC_KEY is not the Public Key of application \d+, the one DISCORD_TOKEN is for: .*401/);
      // Neither key is written out: the log names the setting, not its value.
      expect(logs.text()).not.toContain(publicHex);
      expect(logs.text()).not.toContain(other);
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('HTTP endpoint: says nothing of the key when it is the application\'s, whatever its case', async () => {
    const fake = await startFakeDiscord({ interactionsEndpointUrl: 'https://bot.example.org/interactions', verifyKey: publicHex });
    const corpus = tempCorpus();
    const logs = captureLogger();
    const config = testConfig({ INTERACTIONS: 'http', DISCORD_PUBLIC_KEY: publicHex.toUpperCase(), DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl });
    const server = await startHttpServer({ config, library: await openLibrary(corpus.dir), logger: logs.logger, handleSignals: false, rest: FAST_REST, port: 0, host: '127.0.0.1' });
    try {
      await vi.waitFor(() => expect(logs.lines.some((l) => 'interactionsEndpointUrl' in l)).toBe(true));
      expect(logs.lines.filter((l) => (l.level as number) >= 40 && !('missingCommands' in l))).toEqual([]);
    } finally {
      await server.stop();
      await fake.close();
      corpus.remove();
    }
  });

  it('compares the public key only when the application says its own', () => {
    expect(publicKeyMismatch('ab'.repeat(32), 'AB'.repeat(32))).toBe(false);
    expect(publicKeyMismatch('ab'.repeat(32), 'cd'.repeat(32))).toBe(true);
    expect(publicKeyMismatch('ab'.repeat(32), undefined)).toBe(false);
    expect(publicKeyMismatch('ab'.repeat(32), '')).toBe(false);
  });

  it('reads the setting as each mode needs it', () => {
    expect(judgeEndpoint('gateway', null).ok).toBe(true);
    expect(judgeEndpoint('gateway', '').ok).toBe(true);
    expect(judgeEndpoint('gateway', 'https://x.example/interactions').ok).toBe(false);
    expect(judgeEndpoint('http', undefined).ok).toBe(false);
    expect(judgeEndpoint('http', 'https://x.example/interactions/').ok).toBe(true);
    expect(judgeEndpoint('http', 'https://x.example/api/interactions?x=1').ok).toBe(true);
    expect(judgeEndpoint('http', 'https://x.example/').ok).toBe(false);
    expect(judgeEndpoint('http', 'https://x.example/interaction').ok).toBe(false);
  });

  it('judges a long URL by its whole path, and shortens it only in the log', () => {
    // Past the 200 characters the log shows, the URL's end (its /interactions) was cut away before it was judged.
    const long = `https://bot.example/${'tenant-'.repeat(40)}/interactions`;
    const verdict = judgeEndpoint('http', long);
    expect(verdict.ok).toBe(true);
    expect(verdict.url!.length).toBeLessThan(long.length);
    expect(judgeEndpoint('http', `https://bot.example/${'tenant-'.repeat(40)}/interaction`).ok).toBe(false);
  });
});
