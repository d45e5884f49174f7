// What Discord's REST API answered that discord.js waits out or retries by itself, in the log. A 429 is waited out
// (its retry_after) and a 5xx retried (3 times by default) without a word, so an operator whose replies came late,
// or whose users saw "Sorry, something went wrong", found no trace of Discord's part in it. Both modes log the
// same lines (the gateway bot on its client's REST, the HTTP endpoint on the REST its follow-ups use), with the
// route as discord.js names it: never the interaction token that the request's path holds.

import { RESTEvents, type REST } from 'discord.js';
import { scrubTokens, type Logger } from '../log.ts';

export function logRestTrouble(rest: REST, log: Logger): void {
  // A 429 that carries its bucket's headers (remaining 0, as Discord sends them) or the global flag makes
  // discord.js wait again before sending it again, and announce that wait as a rate limit of its own: one 429 read
  // as two in the log. Until when each logged 429 is being waited out, by route and for the global limit.
  const waitingOut = new Map<string, number>();
  const GLOBAL = 'global';
  // Waits discord.js makes before sending, from the limits Discord announced in earlier answers' headers.
  rest.on(RESTEvents.RateLimited, (info) => {
    const fields = { ...where(info.method, info.route), retryAfter: info.retryAfter, global: info.global, url: scrubTokens(info.url) };
    const key = info.global ? GLOBAL : routeKey(info.method, info.route);
    if (Date.now() <= (waitingOut.get(key) ?? 0)) {
      log.debug(fields, 'rate limited by Discord: waiting out the 429 logged above');
      return;
    }
    waitingOut.delete(key);
    log.warn(fields, 'rate limited by Discord: waiting');
  });
  // What Discord answered: emitted for every response, the ones discord.js is about to wait out or retry too.
  rest.on(RESTEvents.Response, (request, response) => {
    const { status } = response;
    if (status !== 429 && status < 500) return;
    const at = { ...where(request.method, request.route), status };
    if (status === 429) {
      const retryAfter = Number(response.headers.get('retry-after'));
      const resetAfter = Number(response.headers.get('x-ratelimit-reset-after'));
      const global = response.headers.has('x-ratelimit-global');
      // A second of slack: discord.js adds its offset to the wait, and the wait starts after this line.
      const waitMs = Math.max(Number.isFinite(retryAfter) ? retryAfter : 0, Number.isFinite(resetAfter) ? resetAfter : 0) * 1000 + 1000;
      for (const [key, until] of waitingOut) if (until < Date.now()) waitingOut.delete(key); // stays small
      waitingOut.set(global ? GLOBAL : routeKey(request.method, request.route), Date.now() + waitMs);
      log.warn(
        { ...at, retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null, global },
        'Discord answered 429 (rate limited): waiting, then sending again',
      );
      return;
    }
    const retries = rest.options.retries;
    const attempt = request.retries + 1;
    log.warn(
      { ...at, attempt, attempts: retries + 1 },
      `Discord answered ${status}: ${attempt <= retries ? 'sending again' : 'giving up'}`,
    );
  });
}

function routeKey(method: string, route: string): string {
  return `${method.toUpperCase()} ${route}`;
}

/**
 * A request's method and route as both lines give them. discord.js names a webhook's token ':token' in the route
 * only when the webhook's id has a snowflake's 17-19 digits; otherwise the route is the path, token and all.
 */
function where(method: string, route: string): { method: string; route: string } {
  return { method: method.toUpperCase(), route: scrubTokens(route) };
}
