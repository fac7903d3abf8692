/**
 * The draws the sample generator needs, on top of the engine's seeded generator, so that the
 * generator reads as "pick a programme", "a 15 % chance of ..." rather than arithmetic on floats.
 */
import { seededRandom } from "../engine/random";

export class SampleRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** A float in [0, 1). */
  fraction(): number {
    return this.next();
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An item chosen with the given relative weights (weights need not add up to 1). */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let draw = this.next() * total;
    for (const [item, weight] of choices) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return choices[choices.length - 1][0];
  }
}

/** Rounds to a multiple of `step` (budgets and costs in registers are round-ish figures). */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
