// The warning for a request refused for its timestamp alone (signed with the right key, sent over 5 minutes from
// this server's clock). One such request is an old request sent again (a replay, or a proxy retrying); every
// request so means this server's clock is wrong. Either way one warning a minute says it: a replayed request
// sent again and again, or a busy bot with a wrong clock, wrote a warning per request and buried the rest of the
// log. The requests not warned of are counted into the next warning and logged at debug.

import type { Logger } from '../log.ts';

/** At most one stale-request warning per this many milliseconds. */
export const STALE_WARNING_EVERY_MS = 60_000;

export function staleRequestReporter(log: Logger, now: () => number = Date.now): (skewSeconds: number) => void {
  let lastWarned = Number.NEGATIVE_INFINITY;
  let unwarned = 0;
  return (skewSeconds) => {
    const off = `${Math.abs(skewSeconds)} s ${skewSeconds < 0 ? 'behind' : 'ahead of'}`;
    const fields = { reason: 'stale', skewSeconds };
    const t = now();
    if (t - lastWarned < STALE_WARNING_EVERY_MS) {
      unwarned++;
      log.debug(fields, `interaction refused: its timestamp is ${off} this server's clock (warned at most once a minute)`);
      return;
    }
    const since = unwarned === 0 ? '' : `; ${unwarned} more refused so since the last warning`;
    log.warn(
      unwarned === 0 ? fields : { ...fields, sinceLastWarning: unwarned },
      `interaction refused: signed with DISCORD_PUBLIC_KEY, but its timestamp is ${off} this server's clock (5 minutes at most): if every request says so, set the clock right (NTP); one alone is an old request sent again${since}`,
    );
    lastWarned = t;
    unwarned = 0;
  };
}
