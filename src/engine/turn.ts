// Work a live bot does in the background, in steps: between two steps the event loop gets a turn, so that the
// interactions that arrived meanwhile are answered instead of waiting for the whole of it (see example.ts).

/** Resolves on the event loop's next turn, after the I/O that is waiting (setImmediate, not a microtask). */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Work written once as a generator whose every `yield` is a point where it may pause: `runNow` runs it through at
 * once (tests, one-shot commands), `runInTurns` lets the event loop take a turn at each pause (a live bot).
 */
export type Steps<T> = Generator<void, T, void>;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInTurns<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
