// What the gateway bot and the HTTP server share: the options they take, the services handed to commands, and
// the bookkeeping of interactions in flight (so shutdown can let them finish).

import type { RESTOptions } from 'discord.js';
import type { Config } from '../config.ts';
import type { Library } from '../engine/library.ts';
import type { Logger } from '../log.ts';
import { commands as defaultCommands } from '../../commands/index.ts';
import type { BotServices, CommandDefinition, CommandModule } from './command.ts';
import { Cooldown } from './cooldown.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import type { ServerRoles } from './server-roles.ts';

const DEFAULT_ASK_COOLDOWN_MS = 3000;
/** How long shutdown waits for interactions in flight (a /reload may be building). */
const DEFAULT_DRAIN_MS = 5000;

export interface BotOptions {
  config: Config;
  library: Library;
  logger: Logger;
  /** The command modules; all of `commands/` by default. */
  commands?: readonly CommandModule[];
  /** Extra REST options (tests pass `{retries: 0, timeout: 2000}`); `api` always comes from the config. */
  rest?: Partial<RESTOptions>;
  /** Per-user pause between two /ask, in ms (0 disables it). */
  askCooldownMs?: number;
  /** When a slow handler gets its automatic defer (see dispatch.ts). */
  deferAfterMs?: number;
  /** Stop gracefully on SIGINT/SIGTERM (default true; tests running several bots turn it off). */
  handleSignals?: boolean;
  drainMs?: number;
}

export interface BotCore {
  services: BotServices;
  dispatch: Dispatch;
  inFlight: InFlight;
  /** The definitions of the commands it serves, for the start-up check that they are registered as defined. */
  definitions: CommandDefinition[];
}

/** `roles`: how the mode tells a server's roles (server-roles.ts). */
export function createBotCore(options: BotOptions, roles: ServerRoles): BotCore {
  const services: BotServices = {
    config: options.config,
    library: options.library,
    logger: options.logger,
    askCooldown: new Cooldown(options.askCooldownMs ?? DEFAULT_ASK_COOLDOWN_MS),
    roles,
  };
  const inFlight = new InFlight();
  const commands = options.commands ?? defaultCommands;
  const dispatch = createDispatcher({ commands, services, deferAfterMs: options.deferAfterMs, inFlight });
  return { services, dispatch, inFlight, definitions: commands.map((c) => c.definition) };
}

/**
 * How long shutdown waits for the notices of abandoned interactions to reach Discord: with the drain's 5 s, still
 * inside the 10 s after which a signal's stop is forced (see onShutdownSignal).
 */
const NOTICE_MS = 3000;

/** The interactions being handled right now. */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();
  /** What to do for an interaction that is still running when shutdown stops waiting (see `onAbandon`). */
  readonly #onAbandon = new Set<() => Promise<unknown>>();

  get size(): number {
    return this.#pending.size;
  }

  track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.#pending.delete(settled));
    this.#pending.add(settled);
  }

  /** Resolves when all tracked work settled, or after `timeoutMs`; true when everything finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.#pending.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = (async () => {
      while (this.#pending.size > 0) await Promise.all([...this.#pending]);
      return true as const;
    })();
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }

  /**
   * Registers what to do if shutdown gives up on an interaction still running (tell its user it will not finish).
   * Returns the function that unregisters it, for when the interaction ends.
   */
  onAbandon(notify: () => Promise<unknown>): () => void {
    this.#onAbandon.add(notify);
    return () => this.#onAbandon.delete(notify);
  }

  /** Runs every registered notice, at once, waiting for them up to `timeoutMs`; how many were registered. */
  async abandon(timeoutMs = NOTICE_MS): Promise<number> {
    const notices = [...this.#onAbandon];
    this.#onAbandon.clear();
    if (notices.length === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(notices.map((notify) => notify().catch(() => undefined))),
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    return notices.length;
  }
}

export interface GracefulStopOptions<T> {
  log: Logger;
  inFlight: InFlight;
  drainMs?: number;
  /** Install SIGINT/SIGTERM handlers that call the returned stop (default true). */
  handleSignals?: boolean;
  /** Stop taking new interactions; runs first, once. What it returns is handed to `release`. */
  stopTaking(): T;
  /** Close the connection(s) once the interactions in flight finished or the drain gave up. */
  release(taken: T): Promise<void>;
}

/**
 * The `stop()` of both modes: the first call stops taking interactions, lets those in flight finish (up to
 * `drainMs`, with a warning past it), then releases the connection; later calls return the same promise. The
 * mode supplies only its own first and last steps.
 */
export function gracefulStop<T>(options: GracefulStopOptions<T>): () => Promise<void> {
  const { log, inFlight } = options;
  let stopping: Promise<void> | null = null;
  let removeSignals = () => {};
  const stop = () => {
    stopping ??= (async () => {
      removeSignals();
      const taken = options.stopTaking();
      const drained = await inFlight.drain(options.drainMs ?? DEFAULT_DRAIN_MS);
      if (!drained) {
        log.warn({ inFlight: inFlight.size }, 'stopping with interactions still in flight');
        // Before the connection goes: a moderator whose /reload is still building would otherwise be left with
        // "thinking…" for good. (The REST calls need no gateway or listening socket, but the process ends soon.)
        await inFlight.abandon();
      }
      await options.release(taken);
    })();
    return stopping;
  };
  if (options.handleSignals ?? true) removeSignals = onShutdownSignal(log, stop);
  return stop;
}

/**
 * Calls `stop` on the first SIGINT or SIGTERM, then lets the process end; a second signal, or a stop that takes
 * too long, ends it at once. Returns a function that removes the handlers.
 */
function onShutdownSignal(logger: Logger, stop: () => Promise<void>, forceAfterMs = 10_000): () => void {
  const handler = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    remove();
    const force = () => process.exit(process.exitCode ?? 0);
    process.once('SIGINT', force);
    process.once('SIGTERM', force);
    setTimeout(force, forceAfterMs).unref();
    stop().then(
      () => {
        logger.info('stopped');
        // Normally the process ends by itself now; if something else keeps it alive, end it shortly.
        setTimeout(force, 1000).unref();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exitCode = 1;
      },
    );
  };
  const remove = () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return remove;
}
