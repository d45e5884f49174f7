// Per-user cooldown for /ask. In memory and per process: in HTTP mode behind a load balancer each replica
// keeps its own, which is fine for its purpose (stopping one user from flooding a channel by accident).

export type CooldownCheck = { ok: true } | { ok: false; retryAt: number };

export class Cooldown {
  readonly #until = new Map<string, number>();

  constructor(
    readonly ms: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use by `userId` when allowed; otherwise says when the user may try again (epoch ms). */
  take(userId: string): CooldownCheck {
    const now = this.now();
    this.#prune(now);
    const until = this.#until.get(userId);
    if (until !== undefined && until > now) return { ok: false, retryAt: until };
    if (this.ms > 0) this.#until.set(userId, now + this.ms);
    return { ok: true };
  }

  get size(): number {
    return this.#until.size;
  }

  // Expired entries are dropped as we go, so a busy server does not grow the map forever. Map iteration is in
  // insertion order and every entry has the same duration, so the expired ones are at the front.
  #prune(now: number): void {
    for (const [user, until] of this.#until) {
      if (until > now) break;
      this.#until.delete(user);
    }
  }
}
