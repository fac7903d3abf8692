/**
 * Zip archives built byte by byte, for the shapes fflate never writes: data descriptors, local
 * extra fields unlike the central ones, Latin-1 names, ZIP64 records, lies and overlaps.
 */
import { deflateSync } from "fflate";
import { crc32 } from "../../../src/workbook/xlsx/zip/crc32";

export interface HandMadeEntry {
  /** A string is written as UTF-8 with flag bit 11 when not ASCII; bytes are written as they are. */
  readonly name: string | Uint8Array;
  /** The uncompressed content; compressed per `method`. */
  readonly content: Uint8Array;
  readonly method?: 0 | 8 | number;
  /** Written as is instead of compressing `content`. */
  readonly compressed?: Uint8Array;
  readonly flags?: number;
  readonly crc?: number;
  readonly uncompressedSize?: number;
  readonly localExtra?: Uint8Array;
  readonly centralExtra?: Uint8Array;
  /** Zeros in the local header, flag bit 3, and a signed descriptor after the data (as streaming writers do). */
  readonly dataDescriptor?: boolean;
  /** Write no local header or data; the central record points at entry `sharesDataOf`'s (a zip bomb). */
  readonly sharesDataOf?: number;
  /** Written in the central record instead of the real local header offset. */
  readonly centralOffset?: number;
}

export interface HandMadeOptions {
  /** 64-bit sizes and offsets in ZIP64 extra fields and a ZIP64 end record. */
  readonly zip64?: boolean;
  readonly comment?: Uint8Array;
}

const utf8 = new TextEncoder();

export function handMadeZip(entries: readonly HandMadeEntry[], options: HandMadeOptions = {}): Uint8Array {
  const parts: number[][] = [];
  const local: number[] = [];
  const offsets: number[] = [];
  const central: number[] = [];
  const facts = entries.map((entry) => {
    const name = typeof entry.name === "string" ? utf8.encode(entry.name) : entry.name;
    const method = entry.method ?? 0;
    const data = entry.compressed ?? (method === 8 ? deflateSync(entry.content) : entry.content);
    const flags = (entry.flags ?? 0) | (entry.dataDescriptor ? 0x0008 : 0) | (typeof entry.name === "string" && /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0);
    return { name, method, data, flags, crc: entry.crc ?? crc32(entry.content), size: entry.uncompressedSize ?? entry.content.length };
  });
  entries.forEach((entry, i) => {
    const f = facts[i];
    if (entry.sharesDataOf !== undefined) {
      offsets.push(offsets[entry.sharesDataOf]);
      return;
    }
    offsets.push(local.length);
    const inLocal = entry.dataDescriptor ? { crc: 0, compressed: 0, size: 0 } : { crc: f.crc, compressed: f.data.length, size: f.size };
    const extra = entry.localExtra ?? new Uint8Array(0);
    u32(local, 0x04034b50);
    u16(local, 20);
    u16(local, f.flags);
    u16(local, f.method);
    u16(local, 0);
    u16(local, 0x21);
    u32(local, inLocal.crc);
    u32(local, inLocal.compressed);
    u32(local, inLocal.size);
    u16(local, f.name.length);
    u16(local, extra.length);
    bytes(local, f.name);
    bytes(local, extra);
    bytes(local, f.data);
    if (entry.dataDescriptor) {
      u32(local, 0x08074b50);
      u32(local, f.crc);
      u32(local, f.data.length);
      u32(local, f.size);
    }
  });
  entries.forEach((entry, i) => {
    const f = facts[i];
    if (entry.centralOffset !== undefined) offsets[i] = entry.centralOffset;
    const zip64Extra: number[] = [];
    if (options.zip64) {
      u16(zip64Extra, 0x0001);
      u16(zip64Extra, 24);
      u64(zip64Extra, f.size);
      u64(zip64Extra, f.data.length);
      u64(zip64Extra, offsets[i]);
    }
    const extra = [...zip64Extra, ...(entry.centralExtra ?? [])];
    const marker = (value: number) => (options.zip64 ? 0xffffffff : value);
    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, options.zip64 ? 45 : 20);
    u16(central, f.flags);
    u16(central, f.method);
    u16(central, 0);
    u16(central, 0x21);
    u32(central, f.crc);
    u32(central, marker(f.data.length));
    u32(central, marker(f.size));
    u16(central, f.name.length);
    u16(central, extra.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, marker(offsets[i]));
    bytes(central, f.name);
    central.push(...extra);
  });
  const end: number[] = [];
  const centralOffset = local.length;
  if (options.zip64) {
    const zip64End = centralOffset + central.length;
    u32(end, 0x06064b50);
    u64(end, 44);
    u16(end, 45);
    u16(end, 45);
    u32(end, 0);
    u32(end, 0);
    u64(end, entries.length);
    u64(end, entries.length);
    u64(end, central.length);
    u64(end, centralOffset);
    u32(end, 0x07064b50);
    u32(end, 0);
    u64(end, zip64End);
    u32(end, 1);
  }
  const comment = options.comment ?? new Uint8Array(0);
  u32(end, 0x06054b50);
  u16(end, 0);
  u16(end, 0);
  u16(end, options.zip64 ? 0xffff : entries.length);
  u16(end, options.zip64 ? 0xffff : entries.length);
  u32(end, options.zip64 ? 0xffffffff : central.length);
  u32(end, options.zip64 ? 0xffffffff : centralOffset);
  u16(end, comment.length);
  bytes(end, comment);
  parts.push(local, central, end);
  return Uint8Array.from(parts.flat());
}

function u16(out: number[], value: number): void {
  out.push(value & 0xff, (value >>> 8) & 0xff);
}

function u32(out: number[], value: number): void {
  out.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
}

function u64(out: number[], value: number): void {
  u32(out, value % 0x100000000);
  u32(out, Math.floor(value / 0x100000000));
}

function bytes(out: number[], data: Uint8Array): void {
  for (const byte of data) out.push(byte);
}

export const text = (value: string): Uint8Array => utf8.encode(value);
