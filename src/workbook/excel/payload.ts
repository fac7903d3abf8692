/**
 * How many bytes a value takes in an Office.js request or response (JSON, UTF-8), estimated
 * without building the JSON: the adapter sizes every block of cells before it queues it.
 */

/** Bytes of `value` as JSON text: exact for ASCII, rounded up for other characters. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (typeof value === "string") return stringBytes(value);
  return stringBytes(JSON.stringify(value) ?? "");
}

function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6; // \u00XX
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3; // a surrogate pair counts 6 for its 4 bytes: on the safe side
  }
  return bytes;
}

/** Bytes of one row of a 2-D array as JSON: brackets, values and the commas between them. */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const value of row) bytes += jsonBytes(value);
  return bytes;
}
