// HTTP interactions mode: Discord POSTs each interaction to `/interactions` (or any path ending so: http-paths.ts)
// and takes the first response from the HTTP response body. Stateless (no gateway session), so several replicas
// can sit behind a load balancer.
//
// Order of checks — nothing is parsed or processed before the signature is verified:
//   size (413) → signature headers present, timestamp within 5 minutes, Ed25519 valid (401) → JSON (400) →
//   type: PING → PONG, command/autocomplete/component/modal → handled, anything else → 400.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionType, REST, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import { createBotCore, gracefulStop, type BotOptions } from './bot.ts';
import { endpointOf, unknownPathReporter } from './http-paths.ts';
import type { InteractionTransport } from './responder.ts';
import { logRestTrouble } from './rest-log.ts';
import { staleRequestReporter } from './stale-requests.ts';
import { checkInteractionsEndpoint, readApplication } from './endpoint-check.ts';
import { checkRegisteredCommands } from './commands-check.ts';
import { checkSignature, publicKeyFromHex } from './verify.ts';
import { restServerRoles } from './server-roles.ts';
import { httpServersCheck, type ServersCheck } from './http-servers-check.ts';

const ENDPOINT_NOTE =
  'tanya is running: this is its Discord interactions endpoint, which takes only the POST requests Discord signs. Set this address as the Interactions Endpoint URL in the Developer Portal (General Information).\n';

/**
 * The answer to a browser opening the server's root: which server this is and where its endpoint is, since a bare
 * "not found" there reads as a bot that is down or a wrong address. Nothing is said that /healthz does not already
 * say (no version, no setting): only the paths, which every deployment has.
 */
const ROOT_NOTE =
  "tanya is running here, but this path is not its endpoint. Discord's interactions go to this address followed by /interactions (POST requests Discord signs): set that as the Interactions Endpoint URL in the Developer Portal (General Information), e.g. https://your.host/interactions. The health check is /healthz.\n";

/** Interaction payloads are a few KB (a button click carries its message); 256 KiB leaves ample room. */
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

// Socket timeouts. A load balancer keeps idle connections to the bot open and reuses them (for 60 s by default in
// AWS's ALB and nginx's upstream keep-alive); Node's default keep-alive of 5 s closes them first, and a request
// the balancer sends on a connection just closed comes back as a 502, which Discord shows as "This interaction
// failed". So the bot keeps them longer than the balancer does. A slow or stalled client still gets 10 s for its
// headers and 15 s for the whole request: those count only while a request is arriving, never on an idle
// kept-alive connection (Node 20), so they need not exceed the keep-alive (and Node requires headers ≤ request).
// Node checks them only every connectionsCheckingInterval: its default of 30 s would let a stalled request hold
// its socket for 45 s.
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;
/** How long a refused body is read and dropped after its 413 before a client still sending it is cut off. */
const DISCARD_MS = 10_000;

export interface HttpServerOptions extends BotOptions {
  /** Defaults to `config.port`; 0 picks a free port. */
  port?: number;
  /** Defaults to all interfaces. */
  host?: string;
  maxBodyBytes?: number;
  /** The clock used for the timestamp check and for spacing warnings (tests). */
  now?: () => number;
}

export interface HttpServerHandle {
  server: Server;
  port: number;
  /** e.g. `http://127.0.0.1:3000` — the endpoint is `${url}/interactions`. */
  url: string;
  stop(): Promise<void>;
}

const HANDLED_TYPES = new Set<number>([
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
  InteractionType.ModalSubmit,
]);

/** The commands after which HTTP mode checks the bot's servers and moderator roles again: a moderator's. */
const RECHECKED_BY = new Set(['reload', 'about']);

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServerHandle> {
  const { config, logger } = options;
  if (config.publicKey === null) throw new Error('DISCORD_PUBLIC_KEY is required for INTERACTIONS=http');
  const key = publicKeyFromHex(config.publicKey);
  const log = logger.child({ component: 'http' });
  // Follow-ups and edits of deferred replies use the interaction token, not the bot token.
  const rest = new REST({ ...options.rest, api: config.apiUrl });
  if (config.token !== null) rest.setToken(config.token);
  const now = options.now ?? Date.now;
  // A server's roles can be read only with the bot token.
  const roles = restServerRoles(config.token === null ? null : rest, now);
  const core = createBotCore(options, roles);
  logRestTrouble(rest, log);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // The bot's servers and MODERATOR_ROLE_IDS, checked at start-up and again as moderators' commands come (below).
  let serversCheck: ServersCheck | null = null;
  let accepting = true;
  const reportUnknownPath = unknownPathReporter(log, now);
  const reportStale = staleRequestReporter(log, now);

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.headersSent) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const endpoint = endpointOf(req.url ?? '/');
    if (endpoint === 'healthz') {
      if (req.method === 'GET' || req.method === 'HEAD') send(res, accepting ? 200 : 503, accepting ? 'ok' : 'stopping');
      else {
        res.setHeader('allow', 'GET, HEAD');
        send(res, 405, 'method not allowed');
      }
      return;
    }
    if (endpoint === null && isRoot(req.url ?? '/') && (req.method === 'GET' || req.method === 'HEAD')) {
      // Still a 404 (no page lives here, and a load balancer probing / must not read the bot as healthy when it is
      // stopping: that is /healthz's job), and not logged: a browser opening the root is no misconfiguration. A POST
      // here, Discord's with an Interactions Endpoint URL missing its /interactions, is still logged below.
      send(res, 404, ROOT_NOTE);
      return;
    }
    if (endpoint !== 'interactions') {
      reportUnknownPath(req.method ?? '?', req.url ?? '/', header(req, 'user-agent'), header(req, 'x-signature-ed25519') !== undefined);
      send(res, 404, 'not found');
      return;
    }
    if (req.method !== 'POST') {
      // Opened in a browser to check the set-up: say that the bot is up and what the address is for, not only 405.
      res.setHeader('allow', 'POST');
      send(res, 405, ENDPOINT_NOTE);
      return;
    }
    if (!accepting) {
      send(res, 503, 'stopping');
      return;
    }

    // A body declared too large is refused before it is read: at once, so that the client (or the proxy in front)
    // reads the 413 while it is still sending, rather than a connection cut once the discard bound is reached.
    const body = declaresTooLarge(req, maxBody) ? 'too-large' : await readBody(req, maxBody);
    if (body === 'too-large') {
      log.warn({ limit: maxBody }, 'interaction refused: body too large');
      // A client that asked "100 Continue" and was not invited (its length declared too large: see checkContinue)
      // sends no body: nothing is left to read, and the connection is closed. Any other's body is read to its end
      // (discardBody), a chunked one invited by "100 Continue" too: a connection closed after the 413 was
      // destroyed by Node with the body still arriving, and a client that writes its whole body before reading
      // got EPIPE or a reset instead of the 413.
      const invited = !/100-continue/i.test(header(req, 'expect') ?? '') || !declaresTooLarge(req, maxBody);
      if (!invited) res.setHeader('connection', 'close');
      send(res, 413, 'payload too large');
      if (invited) discardBody(req);
      return;
    }

    const check = checkSignature(key, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body, now());
    if (!check.ok) {
      if (check.reason === 'stale') {
        // Genuinely signed, so not Discord's deliberate test: every request stale means this clock is off.
        reportStale(check.skewSeconds);
      } else {
        // Discord sends bad signatures on purpose to test the endpoint: this is expected, not an alarm.
        log.info({ reason: check.reason }, 'interaction refused: signature check failed');
      }
      send(res, 401, 'invalid request signature');
      return;
    }

    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      send(res, 400, 'body is not JSON');
      return;
    }
    if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number') {
      send(res, 400, 'not an interaction');
      return;
    }
    if (interaction.type === InteractionType.Ping) {
      send(res, 200, { type: 1 });
      return;
    }
    if (!HANDLED_TYPES.has(interaction.type) || typeof interaction.id !== 'string' || typeof interaction.token !== 'string') {
      send(res, 400, 'unknown interaction type');
      return;
    }

    // The first response goes into this HTTP response; the dispatcher keeps running afterwards for deferred
    // work (its edits and follow-ups go over REST).
    let responded = false;
    let resolveFirst!: () => void;
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    const transport: InteractionTransport = {
      callback: (response: APIInteractionResponse) =>
        new Promise<void>((resolve, reject) => {
          if (responded) {
            reject(new Error('the HTTP response for this interaction was already sent'));
            return;
          }
          responded = true;
          res.once('finish', resolve);
          res.once('close', () => (res.writableFinished ? resolve() : reject(new Error('Discord closed the connection before the response was sent'))));
          send(res, 200, response);
          resolveFirst();
        }),
    };
    const work = core.dispatch(interaction, transport, rest);
    core.inFlight.track(work);
    await Promise.race([first, work]);
    if (!responded) {
      // The dispatcher always answers unless answering itself failed; never leave the request hanging.
      send(res, 500, 'no response');
    }
    // No event tells this mode of a role deleted or a server left: a moderator's command in a server checks again,
    // once answered (http-servers-check.ts).
    if (interaction.type === InteractionType.ApplicationCommand && interaction.guild_id !== undefined && RECHECKED_BY.has(interaction.data.name)) serversCheck?.again();
  }

  // connectionsCheckingInterval takes effect only as a constructor option, so all four are given here.
  const timeouts = {
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
  };
  const server = createServer(timeouts, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'HTTP request failed');
      send(res, 500, 'internal error');
    });
  });
  // Node answers `Expect: 100-continue` with "100 Continue" by itself, inviting a body the endpoint then refuses:
  // a body declared too large is not invited (handle() answers 413 at once).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaresTooLarge(req, maxBody)) res.writeContinue();
    server.emit('request', req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  log.info({ port: address.port }, 'listening for Discord interactions on POST /interactions (or any path ending so)');
  // Only with the bot token can the bot ask Discord where it sends interactions; without it, it cannot tell.
  if (config.token !== null) {
    // One read of the application for both checks: the endpoint's needs its URL and key, the commands' its id
    // (when DISCORD_CLIENT_ID is not set). A failed read is reported by the endpoint check alone.
    const application = readApplication(rest);
    void checkInteractionsEndpoint(rest, 'http', log, config.publicKey, application);
    const applicationId = config.clientId ?? application.then((a) => String(a.id));
    // Checked in the list deploy-commands writes to (DISCORD_GUILD_ID) when set; the servers Discord lists for the
    // bot (readBotServers, below) are read for the invitation and the moderator roles, not for their commands.
    void checkRegisteredCommands(rest, applicationId, config.guildId === null ? [] : [config.guildId], core.definitions, log, config.guildId);
    // The servers Discord lists for the bot: none says it was started before it was invited, as the gateway says.
    // The link is the token's application's, as the gateway's is: DISCORD_CLIENT_ID may be another's (a test bot's).
    const ownId = application.then((a) => String(a.id), () => applicationId);
    serversCheck = httpServersCheck({ rest, roles, ids: config.moderatorRoleIds, log, application, ownId, configuredGuild: config.guildId, now });
    void serversCheck.run();
  } else {
    // A set-up left silent here showed nothing wrong until a member met a refusal naming no role.
    log.info(
      'DISCORD_TOKEN is not set: the endpoint answers all the same (it needs only DISCORD_PUBLIC_KEY), but it cannot check its set-up with Discord (the Interactions Endpoint URL, the registered commands, Public Bot, MODERATOR_ROLE_IDS), and a refused /reload names no moderator role; set DISCORD_TOKEN for these',
    );
  }

  const stop = gracefulStop({
    log,
    inFlight: core.inFlight,
    drainMs: options.drainMs,
    handleSignals: options.handleSignals,
    stopTaking: () => {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      return closed;
    },
    // Connections still open now belong to requests that the drain gave up on.
    release: async (closed) => {
      server.closeAllConnections();
      await closed;
      log.info('HTTP interactions server stopped');
    },
  });
  return { server, port: address.port, url, stop };
}

/** Whether a request target is the server's root (`/`, with a query string or not). */
function isRoot(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0]!;
  return path === '/' || path === '';
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Whether the request's Content-Length says its body is over `max` bytes (a chunked body says nothing). */
function declaresTooLarge(req: IncomingMessage, max: number): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > max;
}

/**
 * Reads and drops the rest of a refused body, so that the client reads the 413 rather than a reset: to its end,
 * however long (reading costs little), for at most DISCARD_MS after the 413; a client still sending then is cut
 * off. Once the body has ended, the connection may serve the next request as usual.
 */
function discardBody(req: IncomingMessage): void {
  const cut = setTimeout(() => req.socket.destroy(), DISCARD_MS);
  cut.unref();
  req.once('end', () => clearTimeout(cut));
  req.once('close', () => clearTimeout(cut));
  req.resume();
}

/**
 * The raw body, or 'too-large' as soon as it passes `max` bytes (a body sent without its length, chunked), so the
 * 413 goes out at once; the caller discards the rest (discardBody).
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
