// The gateway bot: a discord.js Client with the `Guilds` intent only (no message content: everything happens
// through interactions). Interactions are taken from the raw INTERACTION_CREATE dispatch and handled exactly as
// in HTTP mode (see dispatch.ts): one code path for both modes, and member roles, permissions and the clicked
// message come straight from the payload rather than from discord.js caches that may not hold them.

import { Client, DefaultRestOptions, Events, GatewayDispatchEvents, GatewayIntentBits, Options, Routes, type APIInteraction, type GatewayDispatchPayload } from 'discord.js';
import { createBotCore, gracefulStop, type BotOptions } from './bot.ts';
import type { InteractionTransport } from './responder.ts';
import { logRestTrouble } from './rest-log.ts';
import { checkInteractionsEndpoint, readApplication, serversAddedTo } from './endpoint-check.ts';
import { checkRegisteredCommands } from './commands-check.ts';
import { warnInNoServer, warnRemovedFromLastServer } from './invite.ts';
import { cachedModeratorRolesCheck, cachedServerRoles } from './server-roles.ts';
import { checkReloadPermissions, moderatorRolesWithout } from './reload-permissions.ts';

export interface GatewayBotOptions extends BotOptions {
  /** How long to wait for READY and the guilds (default 30 s). */
  readyTimeoutMs?: number;
}

export interface GatewayBotHandle {
  client: Client<true>;
  /** Stops taking interactions, lets those in flight finish (up to a few seconds), then disconnects. */
  stop(): Promise<void>;
  /**
   * Settles, with Discord's close code, once Discord has ended the session for good (the token was reset, the
   * intents are not allowed …): discord.js does not reconnect after those, so the bot has stopped itself by then.
   * Never settles otherwise. What to do next (exit non-zero so a supervisor restarts or alerts) is the caller's.
   */
  lost: Promise<number>;
}

export async function startGatewayBot(options: GatewayBotOptions): Promise<GatewayBotHandle> {
  const { config, logger } = options;
  if (config.token === null) throw new Error('DISCORD_TOKEN is required to log in to the Discord gateway');
  const log = logger.child({ component: 'gateway' });

  // A start-up that fails must not leave a request behind: discord.js retries one that gets no answer (4 × 15 s by
  // default), and that open request kept the process alive for a minute after it had reported the failure.
  const abandon = new AbortController();
  const makeRequest = options.rest?.makeRequest ?? DefaultRestOptions.makeRequest;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...options.rest,
      api: config.apiUrl,
      makeRequest: (url, init) => makeRequest(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, abandon.signal]) : abandon.signal }),
    },
    allowedMentions: { parse: [] },
    // The bot never reads discord.js's caches (interactions arrive raw), so keep the ones that grow with
    // traffic — messages from button clicks, the users and members behind interactions — small.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 100, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 100, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });

  const roles = cachedServerRoles(client);
  const core = createBotCore(options, roles);
  let accepting = true;
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as APIInteraction;
    if (!accepting) {
      log.info({ interaction: interaction.id }, 'shutting down: interaction left unanswered');
      return;
    }
    const transport: InteractionTransport = {
      callback: async (body) => {
        await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false });
      },
    };
    core.inFlight.track(core.dispatch(interaction, transport, client.rest));
  });

  client.on(Events.Error, (error) => log.error({ err: error }, 'discord.js client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord.js warning'));
  client.on(Events.ShardReconnecting, (shard) => {
    if (accepting) log.warn({ shard }, 'gateway connection lost: reconnecting');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  let markLost: (code: number) => void = () => {};
  const lost = new Promise<number>((resolve) => (markLost = resolve));
  client.on(Events.ShardDisconnect, (event, shard) => {
    log.error({ shard, code: event.code }, 'gateway disconnected for good: Discord will not take this session back');
    markLost(event.code);
  });
  client.on(Events.ShardError, (error, shard) => log.warn({ err: error, shard }, 'gateway socket error'));
  logRestTrouble(client.rest, log);

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  let timer: NodeJS.Timeout | undefined;
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  try {
    // The deadline covers logging in too: when the REST API answers but its gateway cannot be reached, login()
    // itself never returns while discord.js retries the socket.
    await Promise.race([
      client.login(config.token).then(() => ready),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Discord did not report ready within ${Math.round(timeoutMs / 1000)} s: check the network, and DISCORD_API_URL if it is set`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    abandon.abort();
    await client.destroy().catch(() => undefined);
    // discord.js reports a refused token as TokenInvalid; say which variable to fix, never the value.
    const code = (error as { code?: unknown }).code;
    if (code === 'TokenInvalid') throw new Error('Discord refused DISCORD_TOKEN (401 Unauthorized): copy it again from the Developer Portal, Bot → Reset Token (a reset token stops working)');
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const readyClient = client as Client<true>;
  log.info({ user: readyClient.user.tag, application: readyClient.application.id, guilds: readyClient.guilds.cache.size }, 'logged in to Discord');
  // Started before step 2 of the README: logged in, healthy, and reachable by no one. Its id makes the link. Unless
  // the app was added with the commands scope only, whose interactions come over the gateway all the same: Discord
  // counts those servers among the app's (one read of the application, shared with the endpoint check).
  const application = readApplication(readyClient.rest);
  // The servers the app was added to with the commands scope only (those Discord counts and the bot user is not
  // in), null until Discord has counted: an id that is no role of the bot's servers may be a role there, and a bot
  // removed from its last server is still used there.
  let commandsOnly: number | null = null;
  const botServers = readyClient.guilds.cache.size;
  const counted = serversAddedTo(application).then((count) => {
    commandsOnly = count === null ? 0 : Math.max(0, count - botServers);
  });
  if (readyClient.guilds.cache.size === 0) {
    const id = readyClient.application.id;
    // Said only if still so once Discord has answered: an invite accepted meanwhile makes it untrue.
    void counted.then(() => {
      if (readyClient.guilds.cache.size === 0) warnInNoServer(id, log, commandsOnly);
    });
  }
  readyClient.on(Events.GuildDelete, () => {
    if (readyClient.guilds.cache.size === 0) warnRemovedFromLastServer(readyClient.application.id, log, commandsOnly ?? 0);
  });
  // The servers the bot knows of, DISCORD_GUILD_ID first: the servers read are capped (commands-check.ts,
  // reload-permissions.ts), and it is where deploy-commands writes.
  const serversFirst = () => [...new Set([...(config.guildId === null ? [] : [config.guildId]), ...readyClient.guilds.cache.keys()])];
  // (A server's @everyone role, whose id is the server's, counts as none; a server in an outage, cached without
  // its roles, makes no claim: see cachedModeratorRolesCheck.)
  const checkRoles = cachedModeratorRolesCheck(readyClient, config.moderatorRoleIds, log, () => commandsOnly);
  void counted.then(checkRoles);
  // Checked again when the bot is added to a server (started in none, before the invite: nothing could be checked)
  // or a server's outage ends (no claim could be made): the first word on MODERATOR_ROLE_IDS comes then; and when
  // it leaves one, or a role is deleted: a role of that server alone, or deleted, lets no one reload now. (Not when
  // a role is created: its id is new, never one MODERATOR_ROLE_IDS held, so it changes nothing the check says.)
  if (config.moderatorRoleIds.length > 0) {
    for (const event of [Events.GuildCreate, Events.GuildAvailable, Events.GuildDelete, Events.GuildRoleDelete] as const) {
      readyClient.on(event, checkRoles);
    }
    // Whether those roles can use /reload where they are roles (reload-permissions.ts), checked again when a server
    // admin changes the overrides or the bot joins a server, one check at a time; each change said once.
    const rolesIn = (server: string) => moderatorRolesWithout(roles, server, config.moderatorRoleIds);
    let said: ReadonlySet<string> = new Set();
    let checking = Promise.resolve();
    const checkReload = () => {
      checking = checking.then(async () => {
        said = await checkReloadPermissions({ rest: readyClient.rest, applicationId: readyClient.application.id, application, servers: serversFirst(), rolesIn, configuredGuild: config.guildId, log, said });
      });
    };
    checkReload();
    // Discord sends every bot of a server each app's changes: only this app's can change who may use /reload.
    readyClient.on(Events.ApplicationCommandPermissionsUpdate, (data) => {
      if (data.applicationId === readyClient.application.id) checkReload();
    });
    readyClient.on(Events.GuildCreate, checkReload);
  }
  void checkInteractionsEndpoint(readyClient.rest, 'gateway', log, null, application);
  void checkRegisteredCommands(readyClient.rest, readyClient.application.id, serversFirst(), core.definitions, log, config.guildId);

  const stop = gracefulStop({
    log,
    inFlight: core.inFlight,
    drainMs: options.drainMs,
    handleSignals: options.handleSignals,
    stopTaking: () => {
      accepting = false;
    },
    release: async () => {
      await client.destroy();
      log.info('disconnected from Discord');
    },
  });
  // A bot Discord has let go of answers nothing: release it, rather than leave a process that looks alive.
  void lost.then(stop).catch((error: unknown) => log.error({ err: error }, 'error while stopping'));
  return { client: readyClient, stop, lost };
}
