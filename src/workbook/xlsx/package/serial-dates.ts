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

/** A t="d" cell holds an ISO 8601 date-time; one without a zone is taken as UTC, like serials. */
export function isoDate(raw: string): Date {
  const text = raw.trim();
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) || !text.includes("T") ? text : `${text}Z`;
  return new Date(zoned);
}
