// Whether Discord will send interactions the way this bot takes them. The application's Interactions Endpoint URL
// (Developer Portal → General Information) decides it, not the bot: while it is set, Discord POSTs every
// interaction there and sends none over the gateway; while it is empty, none reach an HTTP endpoint. A gateway bot
// started for an application left with an endpoint URL (or an HTTP endpoint whose URL was never saved) logs in,
// looks healthy and answers nothing, and nothing in its log said why. The application says which it is (GET
// /applications/@me), so each mode asks once at start-up, when it has the bot token, and warns when the two
// disagree.

import { Routes, type REST } from 'discord.js';
import { ellipsize } from '../engine/cut.ts';
import type { Logger } from '../log.ts';
import { endpointOf } from './http-paths.ts';

/** The check never holds up start-up or shutdown for long: Discord out of reach is reported elsewhere. */
const CHECK_TIMEOUT_MS = 10_000;
/** The URL is the operator's own setting, not a secret; its start is enough to recognise it. */
const MAX_URL_CHARS = 200;

export type EndpointVerdict =
  | { ok: true; url: string | null }
  | { ok: false; url: string | null; problem: string };

/** What the application's Interactions Endpoint URL means for a bot in `mode`. Pure. */
export function judgeEndpoint(mode: 'gateway' | 'http', setting: unknown): EndpointVerdict {
  const full = typeof setting === 'string' && setting.trim() !== '' ? setting.trim() : null;
  // Shortened for the log only: the path is judged on the whole URL, whose end is what names the endpoint.
  const url = full === null ? null : ellipsize(full, MAX_URL_CHARS + 1);
  if (mode === 'gateway') {
    if (url === null) return { ok: true, url };
    return {
      ok: false,
      url,
      problem:
        'the application has an Interactions Endpoint URL (Developer Portal → General Information), so Discord sends every interaction there and none over the gateway: this bot will answer nothing. Clear that field and save, or run with INTERACTIONS=http at that address',
    };
  }
  if (full === null) {
    return {
      ok: false,
      url,
      problem:
        "the application has no Interactions Endpoint URL (Developer Portal → General Information), so Discord sends interactions over the gateway and none here: set it to this endpoint's public https address, ending in /interactions",
    };
  }
  // (endpointOf reads an absolute URL's path itself, as it does a request sent through a proxy.)
  if (endpointOf(full) !== 'interactions') {
    return { ok: false, url, problem: 'Discord sends interactions to the Interactions Endpoint URL, and this endpoint answers that path with 404: make the URL end in /interactions' };
  }
  return { ok: true, url };
}

/**
 * Whether DISCORD_PUBLIC_KEY differs from the application's own Public Key (`verify_key`). Another application's
 * key (a second bot's, a test application's) passes every format check, then fails every request's signature
 * with 401, and the portal says only that the endpoint "could not be verified". Pure; false when the application
 * does not say its key.
 */
export function publicKeyMismatch(configured: string, verifyKey: unknown): boolean {
  return typeof verifyKey === 'string' && verifyKey !== '' && verifyKey.toLowerCase() !== configured.toLowerCase();
}

/** The fields of GET /applications/@me that the start-up checks read. */
export interface ApplicationInfo {
  id?: unknown;
  /** What Server Settings → Integrations lists the app as. */
  name?: unknown;
  interactions_endpoint_url?: unknown;
  verify_key?: unknown;
  bot_public?: unknown;
  /** Discord's count of the servers the app was added to, with its bot user or with the commands scope only. */
  approximate_guild_count?: unknown;
}

/**
 * Public Bot on: anyone can add the bot to a server of their own, where they have Manage Server and so /reload,
 * and every server shares the one corpus (README: Security). Discord turns it on for a new application, and gives
 * it an Install Link (Installation tab), with which the portal refuses to turn Public Bot off: the warning names
 * that step, or a moderator who follows it meets only the portal's error.
 */
export const PUBLIC_BOT_WARNING =
  'Public Bot is on (Developer Portal → Bot): anyone can add this bot to a server of theirs, and there anyone with Manage Server can /reload the corpus every server shares. Turn it off unless the bot is meant for everyone (if the portal refuses, "Private application cannot have a default authorization link", first set Installation → Install Link to None)';

/** GET /applications/@me, bounded in time: read once at start-up and shared by the checks that need it. */
export function readApplication(rest: REST): Promise<ApplicationInfo> {
  return rest.get(Routes.currentApplication(), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) }) as Promise<ApplicationInfo>;
}

/**
 * Discord's count of the servers the app was added to (ApplicationInfo.approximate_guild_count), from that read
 * (readApplication); null when it failed or does not say. Never rejects.
 */
export function serversAddedTo(application: Promise<ApplicationInfo>): Promise<number | null> {
  return application.then((a) => (typeof a.approximate_guild_count === 'number' ? a.approximate_guild_count : null), () => null);
}

/**
 * Asks Discord for the application's endpoint URL and logs what it means; never throws. With `publicKey` (HTTP mode)
 * it also checks that key is the application's own; in both modes it warns when the bot is public. `application`: that read already under way (HTTP mode shares
 * it with the commands check, which needs the application's id), else it is read here.
 */
export async function checkInteractionsEndpoint(
  rest: REST,
  mode: 'gateway' | 'http',
  log: Logger,
  publicKey?: string | null,
  application: Promise<ApplicationInfo> = readApplication(rest),
): Promise<EndpointVerdict | null> {
  let app: ApplicationInfo;
  try {
    app = await application;
  } catch (error) {
    // The HTTP endpoint needs the token for nothing else, so a refused one would otherwise go unnoticed there.
    if ((error as { status?: unknown }).status === 401) {
      log.warn('Discord refused DISCORD_TOKEN (401), so where Discord sends interactions could not be checked: copy the token again (Bot → Reset Token), or leave it out; the HTTP endpoint works without it');
    } else log.debug({ err: error }, 'could not read the application to check its Interactions Endpoint URL');
    return null;
  }
  if (publicKey != null && publicKeyMismatch(publicKey, app.verify_key)) {
    // Neither key is logged (README, Security): the setting is named, and where to copy the right one from.
    const id = typeof app.id === 'string' ? app.id : 'unknown';
    log.warn(
      { application: id },
      `DISCORD_PUBLIC_KEY is not the Public Key of application ${id}, the one DISCORD_TOKEN is for: every request Discord sends will fail the signature check (401) and the portal will say the endpoint could not be verified. Copy General Information → Public Key of that application again (or, if the key is right, the token is another application's)`,
    );
  }
  if (app.bot_public === true) log.warn({ botPublic: true }, PUBLIC_BOT_WARNING);
  const verdict = judgeEndpoint(mode, app.interactions_endpoint_url);
  if (!verdict.ok) log.warn({ interactionsEndpointUrl: verdict.url }, verdict.problem);
  else if (verdict.url !== null) log.info({ interactionsEndpointUrl: verdict.url }, 'Discord sends interactions to the Interactions Endpoint URL');
  else log.debug({ interactionsEndpointUrl: null }, 'no Interactions Endpoint URL: Discord sends interactions over the gateway');
  return verdict;
}
