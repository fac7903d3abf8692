/**
 * The zip format's numbers (PKWARE APPNOTE 6.3.x), defined once for the reader and the writer,
 * and little-endian field access on a Uint8Array (no DataView per call, no Node Buffer).
 */

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
export const ZIP64_END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06064b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
export const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;

/** Fixed parts of each record, before the variable-length name, extra field and comment. */
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIRECTORY_SIZE = 22;
export const ZIP64_END_OF_CENTRAL_DIRECTORY_SIZE = 56;
export const ZIP64_LOCATOR_SIZE = 20;

/** The archive comment is at most 65,535 bytes, so the EOCD record starts within this many of the end. */
export const END_OF_CENTRAL_DIRECTORY_SEARCH = END_OF_CENTRAL_DIRECTORY_SIZE + 0xffff;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

/** General-purpose flag bits. */
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_UTF8_NAME = 0x0800;

/** Extra-field block holding the 64-bit sizes and offset when a 32-bit field reads 0xFFFFFFFF. */
export const ZIP64_EXTRA_ID = 0x0001;
export const ZIP64_MARKER_32 = 0xffffffff;
export const ZIP64_MARKER_16 = 0xffff;

/** "Version needed to extract": 1.0 for stored data, 2.0 for deflate (what every reader supports). */
export const VERSION_STORED = 10;
export const VERSION_DEFLATE = 20;

/**
 * More entries than any real workbook has (a large one has a few thousand parts), few enough that
 * the central directory of a hostile archive cannot make us build millions of records.
 */
export const MAX_ZIP_ENTRIES = 100_000;

export function readU16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

export function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A 64-bit field as a JS number; values past 2^53 are not real offsets in memory, so they read as Infinity. */
export function readU64(bytes: Uint8Array, at: number): number {
  const high = readU32(bytes, at + 4);
  return high >= 0x200000 ? Infinity : high * 0x100000000 + readU32(bytes, at);
}

export function writeU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}

export function writeU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}
