/**
 * The two ways a worksheet cell holds a date: a serial number under a date-formatted style, or
 * (rarely) an ISO 8601 text in a t="d" cell. Shared by the worksheet readers so they agree.
 */
import { DateSystem } from "../../../engine/values";

const MS_PER_DAY = 24 * 3600 * 1000;

/** As ExcelJS converts a serial (UTC, rounded to the millisecond), so both readers agree. */
export function dateFromSerial(serial: number, dateSystem: DateSystem): Date {
  return new Date(Math.round((serial - 25569 + (dateSystem === 1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** Distinct dates one SharedDates hands out again; past this many, further ones are made fresh. */
const MOST_SHARED_DATES = 65_536;

/**
 * Dates from serials, one Date per distinct serial: a register repeats a few thousand days across
 * a million date cells, and a Date costs about 100 bytes. The Dates handed out are shared between
 * cells of equal value, so they are read-only (nothing in pmo changes a Date in place).
 */
export class SharedDates {
  private readonly known = new Map<number, Date>();

  constructor(private readonly dateSystem: DateSystem) {}

  dateOf(serial: number): Date {
    let date = this.known.get(serial);
    if (date === undefined) {
      date = dateFromSerial(serial, this.dateSystem);
      if (this.known.size < MOST_SHARED_DATES) this.known.set(serial, date);
    }
    return date;
  }
}

/** A t="d" cell holds an ISO 8601 date-time; one without a zone is taken as UTC, like serials. */
export function isoDate(raw: string): Date {
  const text = raw.trim();
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) || !text.includes("T") ? text : `${text}Z`;
  return new Date(zoned);
}
