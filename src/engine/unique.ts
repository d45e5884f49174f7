// Each of a list's values once, in the order they first come (a Set keeps the order things were added in).

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
