// What the log says of Discord's rate limits and 5xx (src/discord/rest-log.ts): never a token from a request's path.

import { REST, RESTEvents, type RateLimitData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { logRestTrouble } from '../src/discord/rest-log.ts';
import { captureLogger } from './fake-discord/harness.ts';

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
