// Why `npm run deploy-commands` failed, in one line that names the variable to fix. Discord's own messages
// ("Missing Access", "401: Unauthorized") say what was refused, not which of DISCORD_TOKEN, DISCORD_CLIENT_ID or
// DISCORD_GUILD_ID is wrong, and an admin setting up the bot has all three freshly pasted.

import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { inviteUrl } from './invite.ts';

export interface FailureContext {
  clientId: string;
  /** null: the global route was written. */
  guildId: string | null;
  apiUrl: string;
  /** The application the token belongs to, asked of Discord; null when it cannot say. */
  tokenApplication(): Promise<string | null>;
}

/**
 * The bot user id a bot token starts with (its first segment is that id in base64), or null for anything else.
 * Discord does not document this, and in some applications made before 2017 the bot user's id differs from the
 * application id, so a mismatch is reason for a warning, not for refusing to try.
 */
export function tokenBotId(token: string): string | null {
  const first = token.split('.', 1)[0]!;
  if (!/^[\w+/-]+={0,2}$/.test(first)) return null;
  const text = Buffer.from(first, 'base64').toString('latin1');
  return /^\d{17,20}$/.test(text) ? text : null;
}

export async function explainDeployFailure(error: unknown, ctx: FailureContext): Promise<string> {
  if (error instanceof RateLimitError) return rateLimited(error);
  if (error instanceof DiscordAPIError) return oneLine(await refused(error, ctx));
  if (error instanceof HTTPError) return `Discord answered ${error.status} ${error.name} to ${error.method} ${pathOf(error.url)}: try again later`;
  const code = networkCode(error);
  if (code !== null) return `cannot reach Discord at DISCORD_API_URL ${ctx.apiUrl} (${code}): check the address and the network`;
  return oneLine(error instanceof Error ? error.message : String(error));
}

async function refused(error: DiscordAPIError, ctx: FailureContext): Promise<string> {
  const { status, code } = error;
  const message = error.message.split('\n', 1)[0]!;
  // Some of Discord's messages start with their status already ("401: Unauthorized").
  const said = `Discord: ${message.startsWith(String(status)) ? message : `${status} ${message}`}`;
  if (status === 401) {
    return `DISCORD_TOKEN was refused (${said}): copy it again from the Developer Portal, Bot → Reset Token (a reset token stops working)`;
  }
  if (status === 403 || status === 404) {
    // Discord answers the same Missing Access for another application's id as for a server the bot is not in;
    // asking which application the token belongs to tells the two apart.
    const owner = await ctx.tokenApplication().catch(() => null);
    const wrongClient = (why: string) =>
      `DISCORD_CLIENT_ID ${ctx.clientId} does not belong to this DISCORD_TOKEN (${why}): ` +
      (owner === null
        ? 'copy the Application ID from General Information of the application whose Bot page gave the token'
        : `the token is application ${owner}'s; set DISCORD_CLIENT_ID=${owner}, or use application ${ctx.clientId}'s token`);
    if (owner !== null && owner !== ctx.clientId) return wrongClient(said);
    if (ctx.guildId !== null && code === 10004) {
      return `DISCORD_GUILD_ID ${ctx.guildId} is not a server Discord knows (${said}): copy the server's id (Developer Mode on, right-click the server → Copy Server ID)`;
    }
    if (ctx.guildId !== null && (code === 50001 || (status === 403 && owner === ctx.clientId))) {
      return `DISCORD_GUILD_ID ${ctx.guildId}: the bot is not in that server, or was invited without the applications.commands scope (${said}): invite it with ${inviteUrl(ctx.clientId)} (README: Discord → 2. Invite the bot)`;
    }
    if (owner === null && (code === 10002 || status === 403)) return wrongClient(said);
    if (status === 404 && code === 0) {
      return `${error.method.toUpperCase()} ${pathOf(error.url)} does not exist (${said}): DISCORD_API_URL ${ctx.apiUrl} should be Discord's API (https://discord.com/api) or a proxy in front of it`;
    }
  }
  if (code === 30034) return `${said}: ${DAILY_LIMIT}; try again tomorrow`;
  if (code === 50035) return `Discord refused the command definitions (${said}): ${error.message.replace(/^Invalid Form Body\s*/, '')}`;
  return `${said} (code ${code}) to ${error.method.toUpperCase()} ${pathOf(error.url)}`;
}

const DAILY_LIMIT = "Discord's daily limit of 200 command creates, globally and per server: a command counts when Discord does not have one of that name there yet";

function rateLimited(error: RateLimitError): string {
  const wait = Math.max(error.retryAfter, error.timeToReset);
  const line = `rate limited by Discord${error.global ? ' (global limit)' : ''} on ${error.method.toUpperCase()} ${error.route}: try again in ${duration(wait)}`;
  // Short limits are waited out (deploy.ts); a long one on registration is almost always the daily create limit.
  return wait > 60_000 ? `${line} (${DAILY_LIMIT})` : line;
}

/** 3725000 → "1 h 2 min", 125000 → "2 min 5 s", 42000 → "42 s". */
export function duration(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${s} s`;
}

function networkCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'AbortError') return 'no answer in time';
  // undici puts the system error's code on the error itself, fetch on its cause.
  for (const e of [error, (error as { cause?: unknown }).cause]) {
    const code = (e as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return null;
}

/** The path of a request URL, without the API base, so the line names the route rather than the host. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/^.*?\/v\d+(?=\/)/, '');
  } catch {
    return url;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ').trim();
}
