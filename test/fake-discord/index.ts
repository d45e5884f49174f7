// A fake Discord for tests: REST v10 and gateway v10 (WebSocket, JSON text frames) on 127.0.0.1, that the real
// discord.js client logs into through `rest.api` / DISCORD_API_URL (`http://127.0.0.1:PORT/api`).
//
// What it does like Discord: checks `Authorization: Bot <token>` where Discord does; HELLO, IDENTIFY → READY and a
// GUILD_CREATE per guild (GUILD_DELETE, unavailable, for one in an outage), heartbeats, RESUME with replay of missed
// events; interaction callbacks within a deadline (3 s) and only once (10062 / 40060 otherwise); @original edits and
// follow-ups through the webhook routes; command registration (403 Missing Access for another application or a
// server the bot is not in), GET /applications/@me, /users/@me/guilds, /guilds/:id/roles and a server's command
// permission overrides (`commandPermissions`); and the message limits a real reply must respect (content 2000, 5
// rows of 5 buttons, custom_id 100, label 80, 25 autocomplete choices of 100 characters) — a reply over a limit
// gets the same 400 Discord would send. Files come as Discord takes them:
// multipart/form-data, the message in `payload_json` and each file a `files[n]` part with a name (at most 10, each
// within the upload limit the interactions announce: 413 over it); they are kept on the message as its attachments.
//
// Faults for reliability tests: `failNext(route, status, body)` (429 with retry_after, 500, 10062, …),
// `dropConnection()`, `expire(id)`. A server's life while the bot runs: `deleteRole(guild, role)`, `joinGuild()`,
// `leaveGuild(guild)`, `setCommandPermissions(guild, id, overrides)`.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  apiGuildCreate,
  apiMember,
  apiMessage,
  apiUser,
  snowflake,
  type FakeGuild,
  type FakeRole,
  type FakeUser,
  type StoredAttachment,
  type StoredMessage,
} from './payloads.ts';

export { snowflake, type FakeUser, type StoredAttachment, type StoredMessage } from './payloads.ts';

export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** `METHOD /template`, e.g. `POST /interactions/:id/:token/callback`. */
  route: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** The files of a multipart/form-data request (its JSON is in `body`, from `payload_json`). */
  files: UploadedFile[];
  status: number;
  at: number;
}

/** A `files[n]` part of a multipart request, as Discord reads it. */
export interface UploadedFile {
  /** The form field: `files[0]`, `files[1]`… */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Discord's upload limit for a server without boosts (the `attachment_size_limit` the fake's interactions carry). */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export interface CallbackRecord {
  interactionId: string;
  type: number;
  data: Record<string, unknown> | undefined;
  at: number;
}

interface Fault {
  match: string | RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  times: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  botUser?: FakeUser;
  /** Guilds the bot is in; one guild by default. */
  guilds?: Array<{ id?: string; name?: string; roles?: FakeRole[] }>;
  /** How long after dispatch an interaction can still be answered (Discord: 3 s). */
  callbackDeadlineMs?: number;
  heartbeatIntervalMs?: number;
  /** The gateway URL GET /gateway/bot gives out; the fake's own by default (another one: a gateway out of reach). */
  gatewayUrl?: string;
  /** The largest file the bot may upload, in bytes: told in each interaction and enforced (413). Default 10 MiB. */
  attachmentSizeLimit?: number;
  /** The application's Interactions Endpoint URL (Developer Portal → General Information); none by default. */
  interactionsEndpointUrl?: string | null;
  /** The application's Public Key (64 hex), GET /applications/@me's `verify_key`; left out of it by default. */
  verifyKey?: string;
  /**
   * The application's Public Bot switch (Developer Portal → Bot), GET /applications/@me's `bot_public`: off by
   * default, as the README's set-up leaves it (Discord's own default for a new application is on).
   */
  botPublic?: boolean;
  /**
   * Guilds (by their index in `guilds`) in an outage: READY lists them unavailable, as it lists every guild, and
   * Discord then sends GUILD_DELETE with `unavailable: true` for them ("was already unavailable") instead of their
   * GUILD_CREATE, so discord.js reports ready with them in its cache, unavailable and without their roles.
   */
  outageGuilds?: number[];
  /**
   * Servers the application was added to with the `applications.commands` scope only: interactions may come from
   * them, but the bot user is not a member (GET /users/@me/guilds leaves them out, their roles are 403). They count
   * in GET /applications/@me's `approximate_guild_count`, as every server the app was added to does.
   */
  commandsOnlyGuilds?: string[];
}

export interface InteractionInit {
  type: 2 | 3 | 4 | 5;
  data: Record<string, unknown>;
  user?: FakeUser;
  /** null: a DM with the bot. Default: the first guild. */
  guildId?: string | null;
  /** The member's permissions in the channel (decimal string). Default: ordinary member (no Manage Server). */
  permissions?: string;
  roles?: string[];
  locale?: string;
  /** For components: the message the component is on. */
  message?: StoredMessage;
}

export interface SentInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  user: FakeUser;
  channelId: string;
  dispatchedAt: number;
  acknowledged: boolean;
  /** The message @original refers to: the reply, or for a component the message it is on. */
  originalId: string | null;
  followUps: string[];
  expired: boolean;
  /** Set while the fake delivers the interaction over HTTP and awaits the response body (HTTP mode). */
  httpDelivery: Promise<void> | null;
}

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, for replay on RESUME. */
  sent: Array<{ s: number; frame: string }>;
  socket: WebSocket | null;
}

/** Ordinary member: view channel, send messages, read history… but not Manage Server (32). */
export const MEMBER_PERMISSIONS = '1071698660929';
export const MANAGE_GUILD = '32';
export const DEFAULT_USER: FakeUser = { id: '100000000000000001', username: 'alice' };

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: CallbackRecord[] = [];
  /** Opcodes the client sent, in order (2 IDENTIFY, 6 RESUME, 1 heartbeat…). */
  readonly gatewayOps: number[] = [];
  /** The intents of the last IDENTIFY. */
  identifyIntents: number | null = null;
  /** Commands registered with PUT, by scope: 'global' or the guild id. */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  /**
   * Each server's command permission overrides (Server Settings → Integrations), as GET
   * /applications/:app/guilds/:guild/commands/permissions returns them: `id` a command's id, or the application's
   * for the app-level ones; each override a role (type 1), user (2) or channel (3) allowed or denied.
   */
  readonly commandPermissions = new Map<string, Array<{ id: string; permissions: Array<{ id: string; type: 1 | 2 | 3; permission: boolean }> }>>();
  readonly messages = new Map<string, StoredMessage>();
  callbackDeadlineMs: number;
  attachmentSizeLimit: number;
  /** What GET /applications/@me says as `interactions_endpoint_url`. */
  interactionsEndpointUrl: string | null;
  /** What GET /applications/@me says as `verify_key`; undefined leaves the field out. */
  verifyKey: string | undefined;
  botPublic: boolean;
  readonly commandsOnlyGuilds: readonly string[];

  #server: Server;
  #wss: WebSocketServer;
  #port = 0;
  #heartbeatIntervalMs: number;
  #interactions = new Map<string, InteractionState>();
  #gatewayOverride: string | null;
  #faults: Fault[] = [];
  #sessions = new Map<string, Session>();
  #current: Session | null = null;
  #waiters = new Set<() => void>();
  #sockets = new Set<Socket>();
  #holds: Array<{ match: string | RegExp; arrived: (request: RecordedRequest) => void; released: Promise<void> }> = [];
  #releases = new Set<() => void>();
  #outage: ReadonlySet<number>;

  constructor(options: FakeDiscordOptions = {}) {
    this.applicationId = options.applicationId ?? snowflake();
    this.bot = options.botUser ?? { id: this.applicationId, username: 'tanya', bot: true };
    // Shaped like Discord's: the bot's user id in base64, then two random parts.
    this.token = options.token ?? botToken(this.bot.id);
    this.guilds = (options.guilds ?? [{}]).map((g) => ({
      id: g.id ?? snowflake(),
      name: g.name ?? 'Test server',
      ownerId: '100000000000000099',
      roles: g.roles ?? [],
      channelId: snowflake(),
    }));
    this.callbackDeadlineMs = options.callbackDeadlineMs ?? 3000;
    this.attachmentSizeLimit = options.attachmentSizeLimit ?? ATTACHMENT_SIZE_LIMIT;
    this.interactionsEndpointUrl = options.interactionsEndpointUrl ?? null;
    this.verifyKey = options.verifyKey;
    this.botPublic = options.botPublic ?? false;
    this.commandsOnlyGuilds = options.commandsOnlyGuilds ?? [];
    this.#outage = new Set(options.outageGuilds ?? []);
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.#gatewayOverride = options.gatewayUrl ?? null;
    this.#server = createServer((req, res) => void this.#handleHttp(req, res));
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
    });
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  get port(): number {
    return this.#port;
  }

  /** What DISCORD_API_URL / `rest.api` should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return this.#gatewayOverride ?? `ws://127.0.0.1:${this.#port}/gateway`;
  }

  get guild(): FakeGuild {
    return this.guilds[0]!;
  }

  /** Number of IDENTIFY and RESUME the client sent. */
  get identifies(): number {
    return this.gatewayOps.filter((op) => op === 2).length;
  }

  get resumes(): number {
    return this.gatewayOps.filter((op) => op === 6).length;
  }

  /** True while a client socket is connected and identified or resumed. */
  get connected(): boolean {
    return this.#current?.socket !== null && this.#current?.socket !== undefined;
  }

  async close(): Promise<void> {
    for (const release of this.#releases) release();
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Faults

  /**
   * The next `times` requests matching `route` (a `METHOD /template` string as in RecordedRequest.route, or a
   * RegExp tested on `METHOD /path`) get `status` and `body` instead of their normal handling. A 429 gets a
   * `Retry-After` header from `body.retry_after` (seconds).
   */
  failNext(route: string | RegExp, status: number, body: unknown = { message: 'fault injected', code: 0 }, options: { times?: number; headers?: Record<string, string> } = {}): void {
    const headers: Record<string, string> = { ...options.headers };
    const retryAfter = (body as { retry_after?: unknown } | null)?.retry_after;
    if (status === 429 && typeof retryAfter === 'number') {
      headers['retry-after'] ??= String(retryAfter);
      headers['x-ratelimit-scope'] ??= 'user';
    }
    this.#faults.push({ match: route, status, body, headers, times: options.times ?? 1 });
  }

  /**
   * Holds the next request matching `route` (as in `failNext`) before it is handled, like a slow network:
   * `arrived` resolves with it once the bot sent it, `release()` lets it through to its normal handling.
   */
  holdNext(route: string | RegExp): { arrived: Promise<RecordedRequest>; release(): void } {
    let arrived!: (request: RecordedRequest) => void;
    let release!: () => void;
    const arrival = new Promise<RecordedRequest>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.#releases.add(release);
    this.#holds.push({ match: route, arrived, released });
    return { arrived: arrival, release };
  }

  /** Drops every gateway socket: without a close frame by default (like a network cut), or with `code`. */
  dropConnection(options: { code?: number } = {}): void {
    for (const client of this.#wss.clients) {
      if (options.code === undefined) client.terminate();
      else client.close(options.code, 'fault injected');
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // A server's life: roles deleted, the bot added to a server while it runs, command permissions changed

  /** Deletes a role of a server, as a server admin does: GUILD_ROLE_DELETE goes to the gateway session, if any. */
  deleteRole(guildId: string, roleId: string): void {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild || !guild.roles.some((r) => r.id === roleId)) throw new Error(`fake Discord: no role ${roleId} in server ${guildId}`);
    guild.roles = guild.roles.filter((r) => r.id !== roleId);
    if (this.#current) this.#send(this.#current, 'GUILD_ROLE_DELETE', { guild_id: guildId, role_id: roleId });
  }

  /** Adds the bot to a server (the invite link followed): GUILD_CREATE goes to the gateway session, if any. */
  joinGuild(init: { id?: string; name?: string; roles?: FakeRole[] } = {}): FakeGuild {
    const guild: FakeGuild = { id: init.id ?? snowflake(), name: init.name ?? 'Test server', ownerId: '100000000000000099', roles: init.roles ?? [], channelId: snowflake() };
    this.guilds.push(guild);
    if (this.#current) this.#send(this.#current, 'GUILD_CREATE', apiGuildCreate(guild, this.bot));
    return guild;
  }

  /** Removes the bot from a server (kicked, or the server deleted): GUILD_DELETE, without `unavailable`. */
  leaveGuild(guildId: string): void {
    const at = this.guilds.findIndex((g) => g.id === guildId);
    if (at < 0) throw new Error(`fake Discord: the bot is not in server ${guildId}`);
    this.guilds.splice(at, 1);
    if (this.#current) this.#send(this.#current, 'GUILD_DELETE', { id: guildId });
  }

  /**
   * Sets one command's (or, with the application's id, the app's) overrides in a server, as a server admin does
   * under Server Settings → Integrations: APPLICATION_COMMAND_PERMISSIONS_UPDATE goes to the gateway session, if any.
   */
  setCommandPermissions(guildId: string, id: string, permissions: Array<{ id: string; type: 1 | 2 | 3; permission: boolean }>): void {
    const entries = (this.commandPermissions.get(guildId) ?? []).filter((e) => e.id !== id);
    this.commandPermissions.set(guildId, [...entries, { id, permissions }]);
    if (this.#current) this.#send(this.#current, 'APPLICATION_COMMAND_PERMISSIONS_UPDATE', { id, application_id: this.applicationId, guild_id: guildId, permissions });
  }

  /**
   * Another app's overrides changed in a server (a server admin at another bot's page under Integrations): Discord
   * sends APPLICATION_COMMAND_PERMISSIONS_UPDATE to every bot of the server, with that app's id.
   */
  setOtherAppCommandPermissions(guildId: string, applicationId: string, permissions: Array<{ id: string; type: 1 | 2 | 3; permission: boolean }>): void {
    if (this.#current) this.#send(this.#current, 'APPLICATION_COMMAND_PERMISSIONS_UPDATE', { id: applicationId, application_id: applicationId, guild_id: guildId, permissions });
  }

  /** Makes an interaction's token invalid, as if its 3 s had passed: callbacks now get 10062. */
  expire(interactionId: string): void {
    const state = this.#interactions.get(interactionId);
    if (state) state.expired = true;
  }

  // -------------------------------------------------------------------------------------------------------
  // Interactions

  /** Sends INTERACTION_CREATE over the gateway with every field discord.js expects filled in. */
  dispatchInteraction(init: InteractionInit): SentInteraction {
    const payload = this.buildInteraction(init);
    this.#dispatch('INTERACTION_CREATE', payload);
    return { id: payload.id as string, token: payload.token as string, payload };
  }

  /** Sends a payload made by `buildInteraction` (and altered by the test: forged fields) over the gateway. */
  dispatchPayload(payload: Record<string, unknown>): SentInteraction {
    this.#dispatch('INTERACTION_CREATE', payload);
    return { id: payload.id as string, token: payload.token as string, payload };
  }

  /** The payload of an interaction as Discord would send it (the HTTP-mode tests sign and POST it). */
  buildInteraction(init: InteractionInit): Record<string, unknown> {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    const user = init.user ?? DEFAULT_USER;
    const guildId = init.guildId === undefined ? this.guild.id : init.guildId;
    const guild = this.guilds.find((g) => g.id === guildId);
    const channelId = init.message?.channel_id ?? guild?.channelId ?? snowflake();
    const state: InteractionState = {
      id,
      token,
      type: init.type,
      user,
      channelId,
      dispatchedAt: Date.now(),
      acknowledged: false,
      originalId: init.type === 3 && init.message ? init.message.id : null,
      followUps: [],
      expired: false,
      httpDelivery: null,
    };
    this.#interactions.set(id, state);
    const locale = init.locale ?? 'en-US';
    const common = {
      id,
      application_id: this.applicationId,
      type: init.type,
      data: init.data,
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale,
      entitlements: [],
      attachment_size_limit: this.attachmentSizeLimit,
      ...(init.message ? { message: apiMessage(init.message, this.bot, this.applicationId) } : {}),
    };
    if (guildId === null) {
      return {
        ...common,
        channel_id: channelId,
        channel: { id: channelId, type: 1, flags: 0, last_message_id: null, recipients: [apiUser(user)] },
        user: apiUser(user),
        authorizing_integration_owners: { '0': '0' },
        context: 1,
      };
    }
    return {
      ...common,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel_id: channelId,
      channel: { id: channelId, type: 0, guild_id: guildId, name: 'general', position: 0, permission_overwrites: [], flags: 0, nsfw: false, parent_id: null, topic: null, rate_limit_per_user: 0, last_message_id: null, permissions: init.permissions ?? MEMBER_PERMISSIONS },
      member: apiMember(user, init.roles ?? [], init.permissions ?? MEMBER_PERMISSIONS),
      authorizing_integration_owners: { '0': guildId },
      context: 0,
    };
  }

  /**
   * HTTP mode: POSTs `payload` to the bot's interactions endpoint the way Discord does — signed with `sign` —
   * and applies a 200 response as the interaction's initial response (recorded in `callbacks`).
   * `options.rawBody` sends other bytes than the payload's JSON (still signed unless `options.signature`).
   */
  async deliver(
    endpoint: string,
    payload: Record<string, unknown>,
    sign: (timestamp: string, body: Buffer) => string,
    options: { timestamp?: string; rawBody?: string | Buffer; signature?: string | null } = {},
  ): Promise<{ status: number; text: string; json: any; invalid: string | null }> {
    const body = Buffer.from(options.rawBody ?? JSON.stringify(payload));
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signature = options.signature === undefined ? sign(timestamp, body) : options.signature;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-timestamp': timestamp };
    if (signature !== null) headers['x-signature-ed25519'] = signature;
    const state = this.#interactions.get(payload.id as string);
    let done!: () => void;
    if (state) state.httpDelivery = new Promise<void>((resolve) => (done = resolve));
    try {
      const res = await fetch(endpoint, { method: 'POST', headers, body });
      const text = await res.text();
      let json: any = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      // Discord checks the response body as strictly as a REST callback.
      const invalid = res.status === 200 && json && json.type !== 1 ? validateCallback(json, payload.type as number) : null;
      if (state && res.status === 200 && invalid === null && json && typeof json.type === 'number' && json.type !== 1) {
        state.acknowledged = true;
        this.callbacks.push({ interactionId: state.id, type: json.type, data: json.data, at: Date.now() });
        this.#applyCallback(state, json);
        this.#notify();
      }
      return { status: res.status, text, json, invalid };
    } finally {
      if (state) {
        done();
        state.httpDelivery = null;
      }
    }
  }

  /** A slash command with its options (`{question: 'x', results: 2}` → typed options). */
  slash(name: string, options: Record<string, string | number | boolean> = {}, init: Omit<InteractionInit, 'type' | 'data'> = {}): SentInteraction {
    return this.dispatchInteraction({ ...init, type: 2, data: this.commandData(name, options) });
  }

  /** An autocomplete request with `focused` the option being typed. */
  autocomplete(name: string, options: Record<string, string | number | boolean>, focused: string, init: Omit<InteractionInit, 'type' | 'data'> = {}): SentInteraction {
    const data = this.commandData(name, options);
    for (const o of data.options as Array<Record<string, unknown>>) if (o.name === focused) o.focused = true;
    return this.dispatchInteraction({ ...init, type: 4, data });
  }

  /** A click on the button `customId` of `message`. */
  click(message: StoredMessage, customId: string, init: Omit<InteractionInit, 'type' | 'data' | 'message'> = {}): SentInteraction {
    return this.dispatchInteraction({ ...init, type: 3, data: { custom_id: customId, component_type: 2 }, message });
  }

  commandData(name: string, options: Record<string, string | number | boolean>): Record<string, unknown> {
    const typeOf = (v: string | number | boolean) => (typeof v === 'string' ? 3 : typeof v === 'number' ? 4 : 5);
    return {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([n, value]) => ({ name: n, type: typeOf(value), value })),
      ...(this.guild ? { guild_id: this.guild.id } : {}),
    };
  }

  /** Resolves with the first callback for interaction `id`. */
  waitForCallback(id: string, timeoutMs = 5000): Promise<CallbackRecord> {
    return this.waitFor(() => this.callbacks.find((c) => c.interactionId === id), `a callback for interaction ${id}`, timeoutMs);
  }

  /** The message @original of an interaction currently refers to. */
  original(id: string): StoredMessage | undefined {
    const state = this.#interactions.get(id);
    return state?.originalId ? this.messages.get(state.originalId) : undefined;
  }

  /** Follow-up messages of an interaction, in order. */
  followUps(id: string): StoredMessage[] {
    return (this.#interactions.get(id)?.followUps ?? []).map((m) => this.messages.get(m)!);
  }

  /** Resolves with @original once `predicate` holds for it (by default: it exists and is not "thinking…"). */
  waitForOriginal(id: string, predicate: (m: StoredMessage) => boolean = (m) => !m.loading, timeoutMs = 5000): Promise<StoredMessage> {
    return this.waitFor(
      () => {
        const m = this.original(id);
        return m && predicate(m) ? m : undefined;
      },
      `@original of interaction ${id}`,
      timeoutMs,
    );
  }

  /** Resolves when `probe` returns something other than undefined, re-checked after every request. */
  waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        this.#waiters.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  // -------------------------------------------------------------------------------------------------------
  // Gateway

  #onSocket(ws: WebSocket): void {
    let session: Session | null = null;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.#heartbeatIntervalMs }, s: null, t: null }));
    ws.on('message', (raw, isBinary) => {
      if (isBinary) {
        ws.close(4002, 'Decode error');
        return;
      }
      let payload: { op: number; d: any };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.gatewayOps.push(payload.op);
      switch (payload.op) {
        case 1:
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2: {
          if (payload.d?.token !== this.token) {
            ws.close(4004, 'Authentication failed');
            return;
          }
          this.identifyIntents = payload.d.intents ?? null;
          session = { id: randomBytes(16).toString('hex'), seq: 0, sent: [], socket: ws };
          this.#sessions.set(session.id, session);
          this.#current = session;
          this.#send(session, 'READY', {
            v: 10,
            user: { ...apiUser(this.bot), bot: true, verified: true, mfa_enabled: false },
            guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard: payload.d.shard ?? [0, 1],
            application: { id: this.applicationId, flags: 0 },
            private_channels: [],
            relationships: [],
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
            user_settings: {},
          });
          // discord.js waits up to 15 s for every guild listed as unavailable in READY.
          for (const [i, guild] of this.guilds.entries()) {
            if (this.#outage.has(i)) this.#send(session, 'GUILD_DELETE', { id: guild.id, unavailable: true });
            else this.#send(session, 'GUILD_CREATE', apiGuildCreate(guild, this.bot));
          }
          break;
        }
        case 6: {
          const known = this.#sessions.get(payload.d?.session_id);
          if (!known || payload.d?.token !== this.token) {
            ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            return;
          }
          session = known;
          known.socket = ws;
          this.#current = known;
          for (const event of known.sent) if (event.s > (payload.d.seq ?? 0)) ws.send(event.frame);
          this.#send(known, 'RESUMED', null);
          break;
        }
        default:
          break;
      }
      this.#notify();
    });
    ws.on('close', () => {
      if (session && session.socket === ws) session.socket = null;
      this.#notify();
    });
  }

  /** Sends a dispatch event to the current session, or keeps it for replay when the socket is down. */
  #dispatch(t: string, d: unknown): void {
    if (!this.#current) throw new Error('fake Discord: no gateway session (the client has not identified)');
    this.#send(this.#current, t, d);
  }

  #send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.sent.push({ s: session.seq, frame });
    if (session.sent.length > 1000) session.sent.shift();
    if (session.socket && session.socket.readyState === session.socket.OPEN) session.socket.send(frame);
  }

  // -------------------------------------------------------------------------------------------------------
  // REST

  async #handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    let body: unknown = undefined;
    let files: UploadedFile[] = [];
    let malformed = false;
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      // Like Discord: the message is the `payload_json` part, every file part is a `files[n]`. A body that is no
      // form is refused as Discord refuses it (it left the request unanswered and its rejection unhandled).
      try {
        const parsed = await readMultipart(raw, contentType);
        body = parsed.body;
        files = parsed.files;
      } catch {
        malformed = true;
      }
    } else if (text !== '') {
      // JSON only when sent as JSON, as Discord reads it: a body sent as text/plain is no message, whatever it says.
      try {
        body = contentType.startsWith('application/json') ? JSON.parse(text) : text;
      } catch {
        body = text;
      }
    }
    const method = req.method ?? 'GET';
    const prefix = '/api/v10';
    const rawPath = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const path = rawPath.split('/').map(decodeURIComponent).join('/');
    const record: RecordedRequest = {
      method,
      path,
      route: `${method} ${routeTemplate(path)}`,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      files,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);

    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      const out = payload === undefined ? '' : JSON.stringify(payload);
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(out);
      this.#notify();
    };

    const matches = (match: string | RegExp) => (typeof match === 'string' ? match === record.route : match.test(`${method} ${path}`));
    const hold = this.#holds.find((h) => matches(h.match));
    if (hold) {
      this.#holds.splice(this.#holds.indexOf(hold), 1);
      hold.arrived(record);
      await hold.released;
    }
    const fault = this.#faults.find((f) => matches(f.match));
    if (fault) {
      fault.times -= 1;
      if (fault.times <= 0) this.#faults.splice(this.#faults.indexOf(fault), 1);
      reply(fault.status, fault.body, fault.headers);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      reply(404, { message: '404: Not Found', code: 0 });
      return;
    }
    if (malformed) {
      const refused = invalidForm('the multipart/form-data body could not be read');
      reply(refused.status, refused.body);
      return;
    }
    const result = await this.#route(method, path, url.searchParams, body, req.headers.authorization, files);
    reply(result.status, result.body);
  }

  async #route(method: string, path: string, query: URLSearchParams, body: any, authorization: string | undefined, files: UploadedFile[] = []): Promise<{ status: number; body?: unknown }> {
    const parts = path.split('/').filter((p) => p !== '');
    const authorized = authorization === `Bot ${this.token}`;
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };

    // GET /gateway/bot
    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return unauthorized;
      return {
        status: 200,
        body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }

    // POST /interactions/:id/:token/callback
    if (method === 'POST' && parts[0] === 'interactions' && parts[3] === 'callback' && parts.length === 4) {
      const state = this.#interactions.get(parts[1]!);
      if (!state || state.token !== parts[2] || state.expired || Date.now() - state.dispatchedAt > this.callbackDeadlineMs) {
        return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
      }
      if (state.acknowledged) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
      const problem = validateCallback(body, state.type);
      if (problem) return invalidForm(problem);
      const upload = checkFiles(files, body?.data, this.attachmentSizeLimit);
      if (upload) return upload;
      state.acknowledged = true;
      this.callbacks.push({ interactionId: state.id, type: body.type, data: body.data, at: Date.now() });
      const message = this.#applyCallback(state, body, files);
      if (query.get('with_response') === 'true') {
        return {
          status: 200,
          body: {
            interaction: { id: state.id, type: state.type, response_message_loading: message?.loading ?? false, response_message_ephemeral: ((message?.flags ?? 0) & 64) !== 0 },
            resource: { type: body.type, ...(message ? { message: apiMessage(message, this.bot, this.applicationId) } : {}) },
          },
        };
      }
      return { status: 204 };
    }

    // /webhooks/:app/:token[/messages/:message]
    if (parts[0] === 'webhooks' && parts.length >= 3) {
      const state = [...this.#interactions.values()].find((s) => s.token === parts[2]);
      if (parts[1] !== this.applicationId || !state) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      // Discord has the HTTP response before the bot's next call; the fake may still be reading it.
      if (!state.acknowledged && state.httpDelivery) await state.httpDelivery;
      if (!state.acknowledged) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
      if (parts.length === 3 && method === 'POST') {
        const refused = checkMessage(body, files, this.attachmentSizeLimit);
        if (refused) return refused;
        const message = this.#newMessage(state, body, body.flags ?? 0, false, files);
        state.followUps.push(message.id);
        return { status: 200, body: apiMessage(message, this.bot, this.applicationId) };
      }
      if (parts[3] === 'messages' && parts.length === 5) {
        const target = parts[4] === '@original' ? state.originalId : parts[4]!;
        const message = target ? this.messages.get(target) : undefined;
        if (!message) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
        if (method === 'GET') return { status: 200, body: apiMessage(message, this.bot, this.applicationId) };
        if (method === 'DELETE') {
          this.messages.delete(message.id);
          return { status: 204 };
        }
        if (method === 'PATCH') {
          const refused = checkMessage(body, files, this.attachmentSizeLimit);
          if (refused) return refused;
          this.#edit(message, body, files);
          return { status: 200, body: apiMessage(message, this.bot, this.applicationId) };
        }
      }
    }

    // GET /applications/@me: the application the token belongs to
    if (method === 'GET' && path === '/applications/@me') {
      if (!authorized) return unauthorized;
      return { status: 200, body: { id: this.applicationId, name: this.bot.username, bot_public: this.botPublic, bot_require_code_grant: false, flags: 0, interactions_endpoint_url: this.interactionsEndpointUrl, verify_key: this.verifyKey, approximate_guild_count: this.guilds.length + this.commandsOnlyGuilds.length } };
    }

    // GET /users/@me/guilds: the servers the bot is in
    if (method === 'GET' && path === '/users/@me/guilds') {
      if (!authorized) return unauthorized;
      return { status: 200, body: this.guilds.map((g) => ({ id: g.id, name: g.name, icon: null, banner: null, owner: false, permissions: '0', features: [] })) };
    }

    // GET /guilds/:guild/roles: a server's roles (the bot's token, and the bot a member of the server)
    if (method === 'GET' && parts[0] === 'guilds' && parts[2] === 'roles' && parts.length === 3) {
      if (!authorized) return unauthorized;
      const guild = this.guilds.find((g) => g.id === parts[1]);
      if (!guild) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      return { status: 200, body: apiGuildCreate(guild, this.bot).roles };
    }

    // GET /applications/:app/guilds/:guild/commands/permissions: a server's overrides (readable with the bot token)
    if (method === 'GET' && parts[0] === 'applications' && parts[2] === 'guilds' && parts[4] === 'commands' && parts[5] === 'permissions' && parts.length === 6) {
      if (!authorized) return unauthorized;
      const guild = parts[3]!;
      if (parts[1] !== this.applicationId || (!this.guilds.some((g) => g.id === guild) && !this.commandsOnlyGuilds.includes(guild))) {
        return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      }
      return { status: 200, body: (this.commandPermissions.get(guild) ?? []).map((p) => ({ ...p, application_id: this.applicationId, guild_id: guild })) };
    }

    // Command registration
    if (parts[0] === 'applications' && parts[parts.length - 1] === 'commands') {
      if (!authorized) return unauthorized;
      if (parts[1] !== this.applicationId) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      const scope = parts.length === 5 && parts[2] === 'guilds' ? parts[3]! : parts.length === 3 ? 'global' : null;
      if (scope === null) return { status: 404, body: { message: '404: Not Found', code: 0 } };
      // A server the bot is not in (or joined without the applications.commands scope).
      if (scope !== 'global' && !this.guilds.some((g) => g.id === scope)) return { status: 403, body: { message: 'Missing Access', code: 50001 } };
      if (method === 'GET') return { status: 200, body: this.commands.get(scope) ?? [] };
      if (method === 'PUT') {
        const problem = validateCommands(body);
        if (problem) return invalidForm(problem);
        const stored = (body as Array<Record<string, unknown>>).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          ...(scope === 'global' ? {} : { guild_id: scope }),
        }));
        this.commands.set(scope, stored);
        return { status: 200, body: stored };
      }
    }

    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  #newMessage(state: InteractionState, data: any, flags: number, loading = false, files: UploadedFile[] = []): StoredMessage {
    const message: StoredMessage = {
      id: snowflake(),
      channel_id: state.channelId,
      content: data?.content ?? '',
      components: data?.components ?? [],
      embeds: data?.embeds ?? [],
      flags,
      allowed_mentions: data?.allowed_mentions,
      interactionId: state.id,
      interactionUser: state.user,
      loading,
      edits: 0,
      attachments: files.map(storedAttachment),
    };
    this.messages.set(message.id, message);
    return message;
  }

  #edit(message: StoredMessage, data: any, files: UploadedFile[] = []): void {
    if (data?.content !== undefined) message.content = data.content;
    // An edit keeps the attachments listed in `attachments` (all when it lists none) and adds the new files.
    if (Array.isArray(data?.attachments) || files.length > 0) {
      const kept = Array.isArray(data?.attachments) ? message.attachments.filter((a) => data.attachments.some((x: any) => x.id === a.id)) : message.attachments;
      message.attachments = [...kept, ...files.map(storedAttachment)];
    }
    if (data?.components !== undefined) message.components = data.components;
    if (data?.embeds !== undefined) message.embeds = data.embeds;
    if (data?.allowed_mentions !== undefined) message.allowed_mentions = data.allowed_mentions;
    // An edit can only set or clear SUPPRESS_EMBEDS; ephemeral stays as it was.
    if (typeof data?.flags === 'number') message.flags = (message.flags & ~4) | (data.flags & 4);
    message.loading = false;
    message.edits += 1;
  }

  #applyCallback(state: InteractionState, body: any, files: UploadedFile[] = []): StoredMessage | undefined {
    switch (body.type) {
      case 4: {
        const message = this.#newMessage(state, body.data, body.data?.flags ?? 0, false, files);
        state.originalId = message.id;
        return message;
      }
      case 5: {
        const message = this.#newMessage(state, {}, (body.data?.flags ?? 0) & 64, true);
        state.originalId = message.id;
        return message;
      }
      case 7: {
        const message = state.originalId ? this.messages.get(state.originalId) : undefined;
        if (message) this.#edit(message, body.data, files);
        return message;
      }
      default:
        return undefined;
    }
  }
}

/** A token shaped like a bot token: the bot's user id in base64 (without padding), a timestamp part and an HMAC part. */
export function botToken(botId: string): string {
  return `${Buffer.from(botId).toString('base64').replace(/=+$/, '')}.${randomBytes(4).toString('base64url')}.${randomBytes(27).toString('base64url')}`;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}

// ---------------------------------------------------------------------------------------------------------
// Validation, as Discord does it (a subset: the limits a bot reply can break)

function routeTemplate(path: string): string {
  const p = path.split('/');
  if (p[1] === 'interactions') return '/interactions/:id/:token/callback';
  if (p[1] === 'webhooks') return p.length > 4 ? '/webhooks/:app/:token/messages/:message' : '/webhooks/:app/:token';
  if (p[1] === 'applications' && p[2] === '@me') return path;
  if (p[1] === 'guilds' && p[3] === 'roles') return '/guilds/:guild/roles';
  if (p[1] === 'applications' && p[6] === 'permissions') return '/applications/:app/guilds/:guild/commands/permissions';
  if (p[1] === 'applications') return p[3] === 'guilds' ? '/applications/:app/guilds/:guild/commands' : '/applications/:app/commands';
  return path;
}

/** Discord's answer to a body it cannot take: 400 Invalid Form Body, with what is wrong. */
function invalidForm(errors: string): { status: number; body: unknown } {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

/** A message sent to a webhook route: its body and files checked as Discord checks them, null when both pass. */
function checkMessage(body: any, files: UploadedFile[], sizeLimit: number): { status: number; body: unknown } | null {
  const problem = validateMessage(body);
  return problem ? invalidForm(problem) : checkFiles(files, body, sizeLimit);
}

/** A multipart/form-data body as Discord reads it: `payload_json` is the message, `files[n]` parts its files. */
async function readMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: UploadedFile[] }> {
  const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
  let body: unknown = undefined;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') {
        try {
          body = JSON.parse(value);
        } catch {
          body = value;
        }
      }
      continue;
    }
    files.push({ field, filename: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

/**
 * Discord's checks on uploaded files: at most 10, each a `files[n]` part with a file name, within the upload size
 * limit (413 otherwise), and the message's `attachments`, when given, naming each by its n.
 */
function checkFiles(files: UploadedFile[], data: any, sizeLimit: number): { status: number; body: unknown } | null {
  if (files.length === 0) return null;
  if (files.length > 10) return invalidForm('files: at most 10');
  for (const f of files) {
    if (!/^files\[\d+\]$/.test(f.field)) return invalidForm(`unexpected form field ${f.field}`);
    if (f.filename.trim() === '') return invalidForm(`${f.field}: a file name is required`);
    if (f.bytes.length > sizeLimit) return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
  }
  const listed = data?.attachments;
  if (Array.isArray(listed)) {
    for (const a of listed) {
      if (!files.some((f) => f.field === `files[${a.id}]`)) return invalidForm(`attachments: no file files[${a.id}] uploaded`);
    }
  }
  return null;
}

function storedAttachment(file: UploadedFile): StoredAttachment {
  return { id: snowflake(), filename: file.filename, content_type: file.contentType, size: file.bytes.length, bytes: file.bytes };
}

/** A description of what is wrong with a message body, or null. */
export function validateMessage(data: any): string | null {
  if (data === null || typeof data !== 'object') return 'body must be an object';
  if (typeof data.content === 'string' && data.content.length > 2000) return `content: ${data.content.length} characters, must be 2000 or fewer`;
  if (Array.isArray(data.embeds)) {
    if (data.embeds.length > 10) return 'embeds: at most 10';
    let total = 0;
    for (const e of data.embeds) {
      if ((e.title ?? '').length > 256) return 'embed title over 256';
      if ((e.description ?? '').length > 4096) return 'embed description over 4096';
      total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length;
      for (const f of e.fields ?? []) total += (f.name ?? '').length + (f.value ?? '').length;
    }
    if (total > 6000) return 'embeds: over 6000 characters in total';
  }
  if (data.components !== undefined) {
    if (!Array.isArray(data.components) || data.components.length > 5) return 'components: at most 5 action rows';
    const ids = new Set<string>();
    for (const row of data.components) {
      if (row.type !== 1 || !Array.isArray(row.components) || row.components.length === 0 || row.components.length > 5) return 'components: each action row holds 1–5 components';
      for (const c of row.components) {
        if (c.type !== 2) return 'components: only buttons are expected';
        if (typeof c.label === 'string' && c.label.length > 80) return `button label over 80: ${c.label}`;
        if (c.style !== 5) {
          if (typeof c.custom_id !== 'string' || c.custom_id.length === 0 || c.custom_id.length > 100) return `custom_id must be 1–100 characters: ${c.custom_id}`;
          if (ids.has(c.custom_id)) return `duplicate custom_id: ${c.custom_id}`;
          ids.add(c.custom_id);
        }
      }
    }
  }
  if (data.allowed_mentions !== undefined) {
    const parse = data.allowed_mentions?.parse;
    if (parse !== undefined && (!Array.isArray(parse) || parse.some((p: unknown) => !['roles', 'users', 'everyone'].includes(p as string)))) return 'allowed_mentions.parse invalid';
  }
  return null;
}

function validateCallback(body: any, interactionType: number): string | null {
  if (body === null || typeof body !== 'object' || typeof body.type !== 'number') return 'type is required';
  switch (body.type) {
    case 4:
    case 7:
      if (body.type === 7 && interactionType !== 3) return 'UPDATE_MESSAGE is only valid for components';
      return validateMessage(body.data ?? {});
    case 5:
      return null;
    case 6:
      return interactionType === 3 ? null : 'DEFERRED_UPDATE_MESSAGE is only valid for components';
    case 8: {
      if (interactionType !== 4) return 'autocomplete results are only valid for autocomplete interactions';
      const choices = body.data?.choices;
      if (!Array.isArray(choices) || choices.length > 25) return 'choices: at most 25';
      for (const c of choices) {
        if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100) return `choice name must be 1–100 characters: ${c.name}`;
        if (typeof c.value === 'string' && (c.value.length < 1 || c.value.length > 100)) return `choice value must be 1–100 characters: ${c.value}`;
      }
      return null;
    }
    default:
      return `callback type ${body.type} not supported by the fake`;
  }
}

function validateCommands(body: any): string | null {
  if (!Array.isArray(body)) return 'body must be an array of commands';
  if (body.length > 100) return 'at most 100 commands';
  const names = new Set<string>();
  for (const c of body) {
    if (typeof c.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name) || c.name !== c.name.toLowerCase()) return `invalid command name: ${c.name}`;
    if (names.has(c.name)) return `duplicate command name: ${c.name}`;
    names.add(c.name);
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 100) return `${c.name}: description must be 1–100 characters`;
    for (const [locale, text] of Object.entries(c.description_localizations ?? {})) {
      if (typeof text !== 'string' || text.length < 1 || text.length > 100) return `${c.name}: ${locale} description must be 1–100 characters`;
    }
    const options = c.options ?? [];
    if (options.length > 25) return `${c.name}: at most 25 options`;
    let optionalSeen = false;
    for (const o of options) {
      if (typeof o.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(o.name)) return `${c.name}: invalid option name ${o.name}`;
      if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) return `${c.name}.${o.name}: description must be 1–100 characters`;
      for (const [locale, text] of Object.entries(o.description_localizations ?? {})) {
        if (typeof text !== 'string' || text.length < 1 || text.length > 100) return `${c.name}.${o.name}: ${locale} description must be 1–100 characters`;
      }
      if (o.required && optionalSeen) return `${c.name}: required options must come before optional ones`;
      if (!o.required) optionalSeen = true;
      if (o.max_length !== undefined && (o.max_length < 1 || o.max_length > 6000)) return `${c.name}.${o.name}: max_length must be 1–6000`;
      if (o.autocomplete && o.choices) return `${c.name}.${o.name}: autocomplete and choices are exclusive`;
    }
  }
  return null;
}
