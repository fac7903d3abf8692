/**
 * Array helpers that hold for any size. `target.push(...items)` and `Math.max(...values)` pass
 * every element as an argument, and a real register is large enough (120,000 findings, 600,000
 * rows) to overflow the call stack that way ("Maximum call stack size exceeded").
 */

/** Appends every item to `target`, one at a time. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The largest of `values`, or `empty` when there are none. */
export function largest(values: Iterable<number>, empty = 0): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > best) best = value;
  return best === Number.NEGATIVE_INFINITY ? empty : best;
}
