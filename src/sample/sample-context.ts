/**
 * What every part of the generator needs: the seeded draws, the as-of date, and the Date objects
 * for day numbers. A portfolio of 50,000 projects has over a million date cells but only a few
 * thousand distinct days; sharing one Date per day keeps generation fast (allocating a Date per
 * cell costs more than everything else together). The shared Dates are read-only by convention.
 */
import { dateFromDay } from "../engine/values/date";
import { SampleRandom } from "./sample-random";

export class SampleContext {
  readonly random: SampleRandom;
  private readonly dates = new Map<number, Date>();

  constructor(
    seed: number,
    /** The as-of day number: the last day of the sample's month. */
    readonly asOf: number,
  ) {
    this.random = new SampleRandom(seed);
  }

  /** The UTC-midnight Date of a day number, shared between cells of the same day. */
  date(day: number): Date {
    let date = this.dates.get(day);
    if (!date) {
      date = dateFromDay(day);
      this.dates.set(day, date);
    }
    return date;
  }
}
