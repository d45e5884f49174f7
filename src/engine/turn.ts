// Work a live bot does in the background, in steps: between two steps the event loop gets a turn, so that the
// interactions that arrived meanwhile are answered instead of waiting for the whole of it (see example.ts).

/** Resolves on the event loop's next turn, after the I/O that is waiting (setImmediate, not a microtask). */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
