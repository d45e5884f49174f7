// The gc() the benches (bench, bench-load) call between measurements, one definition for both.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A working gc(): the global one under --expose-gc, else one obtained by setting the V8 flag at run time. */
export function getGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  // V8 only exposes gc to contexts created after the flag is set, hence the fresh context.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
