// What the log says of Discord's rate limits and 5xx (src/discord/rest-log.ts): never a token from a request's path.

import { REST, RESTEvents, Routes, type RateLimitData } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRestTrouble } from '../src/discord/rest-log.ts';
import { captureLogger } from './fake-discord/harness.ts';
import { FakeDiscord } from './fake-discord/index.ts';

describe('logRestTrouble', () => {
  it('logs a wait discord.js makes before sending with the route and address scrubbed of a webhook token alike', () => {
    // discord.js names a webhook route ':token' only when its id has a snowflake's 17-19 digits; the route is then
    // the path itself, token and all, as the address is.
    const logs = captureLogger();
    const rest = new REST();
    logRestTrouble(rest, logs.logger);
    const info: RateLimitData = {
      global: false, method: 'patch', url: 'https://discord.com/api/v10/webhooks/12345/secret-token-abc/messages/@original',
      route: '/webhooks/12345/secret-token-abc/messages/@original', majorParameter: '12345/secret-token-abc', hash: 'h',
      limit: 5, timeToReset: 1500, retryAfter: 1500, sublimitTimeout: 0, scope: 'user',
    };
    rest.emit(RESTEvents.RateLimited, info);
    const waited = logs.lines.filter((l) => l.msg === 'rate limited by Discord: waiting');
    expect(waited.map((l) => [l.level, l.method, l.route])).toEqual([[40, 'PATCH', '/webhooks/12345/[redacted]/messages/@original']]);
    expect(logs.text()).not.toContain('secret-token-abc');
  });
});

describe('logRestTrouble against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
  });
  afterAll(() => fake.close());

  const warnings = (logs: ReturnType<typeof captureLogger>) => logs.lines.filter((l) => l.level === 40).map((l) => l.msg);

  // A 429 carries its bucket's headers (remaining 0, reset after) or the global flag: discord.js then also waits
  // before sending again, and reported that wait as a second rate limit. One 429 is one warning.
  it.each([
    ['on a route', { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.1' }],
    ['global', { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }],
  ])('logs one 429 %s once', async (_kind, headers) => {
    const logs = captureLogger();
    const rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 2000 }).setToken(fake.token);
    logRestTrouble(rest, logs.logger);
    fake.failNext('GET /applications/@me', 429, { message: 'You are being rate limited.', retry_after: 0.1, global: 'x-ratelimit-global' in headers }, { headers });
    await rest.get(Routes.currentApplication());
    expect(fake.requests.filter((r) => r.route === 'GET /applications/@me').map((r) => r.status).slice(-2)).toEqual([429, 200]);
    expect(warnings(logs)).toEqual(['Discord answered 429 (rate limited): waiting, then sending again']);
  });

  it('still logs a wait that no 429 of its own announced', async () => {
    // A bucket emptied by a successful answer (remaining 0): discord.js waits before the next request, and says so.
    const logs = captureLogger();
    const rest = new REST({ api: fake.apiUrl, retries: 0, timeout: 2000 }).setToken(fake.token);
    logRestTrouble(rest, logs.logger);
    fake.failNext('GET /applications/@me', 200, { id: fake.applicationId }, { headers: { 'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.1' } });
    await rest.get(Routes.currentApplication());
    await rest.get(Routes.currentApplication());
    expect(warnings(logs)).toEqual(['rate limited by Discord: waiting']);
  });
});
