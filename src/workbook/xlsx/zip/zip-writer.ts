/**
 * Writing an archive, entry by entry in the order given. Copied entries keep their compressed
 * bytes exactly (never inflated, never deflated again: that was a third of the CLI's time on a large
 * workbook); new content is deflated once, when it is added. Nothing is written in ZIP64 form.
 */
import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "./crc32";
import { isAscii, partKey } from "./part-names";
import { ZipArchive, ZipEntry } from "./zip-archive";
import { ZipLimitError } from "./zip-errors";
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  FLAG_UTF8_NAME,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  VERSION_DEFLATE,
  VERSION_STORED,
  writeU16,
  writeU32,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
} from "./zip-format";

/**
 * zlib's fastest: only our own parts are deflated (the rest is copied through), and on a
 * 50,000-project report level 1 deflates the 43 MB PMO History sheet in a quarter of level 6's
 * time for a part 23 % larger (5.2 MB against 4.2 MB), the whole file 3 % larger (38.8 MB against 37.7 MB).
 */
export const DEFLATE_LEVEL = 1;

/** Flag bits 1-2 describe how a deflate stream was made; they are kept when copying. Bit 3 (data descriptor) is not. */
const DEFLATE_OPTION_FLAGS = 0x0006;
/** The MS-DOS date of 1980-01-01, the earliest a zip can say (and what Excel writes): output does not depend on the clock. */
const DOS_EPOCH_DATE = (1 << 5) | 1;

export interface AddOptions {
  /** Modification time to record; default 1980-01-01 00:00, so equal input gives equal output. */
  readonly modified?: Date;
}

interface PendingEntry {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  /** The compressed bytes; for a copy, a view of the source archive, read only in toBytes(). */
  readonly data: Uint8Array;
  readonly dosTime: number;
  readonly dosDate: number;
}

/** Raw deflate (no zlib header) at DEFLATE_LEVEL: fflate's by default; Node passes its own zlib, several times faster. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: DEFLATE_LEVEL });

export class ZipWriter {
  private readonly pending: PendingEntry[] = [];
  private readonly partKeys = new Set<string>();

  constructor(private readonly deflateRaw: DeflateRaw = fflateDeflate) {}

  get entryCount(): number {
    return this.pending.length;
  }

  /**
   * Copies an entry's compressed bytes as they are, with its method, CRC-32, sizes and time, under
   * its own name or `asName`. The bytes are not checked: a damaged entry is copied damaged (read it
   * first if it must be verified). The source archive's bytes must not change before toBytes().
   */
  copy(archive: ZipArchive, entryOrName: ZipEntry | string, asName?: string): this {
    const entry = typeof entryOrName === "string" ? archive.find(entryOrName) : entryOrName;
    if (!entry) throw new Error(`The package has no part named "${entryOrName}" to copy.`);
    const name = asName ?? entry.name;
    if (entry.compressedSize >= ZIP64_MARKER_32 || entry.uncompressedSize >= ZIP64_MARKER_32) throw needsZip64(name);
    this.push(name, {
      flags: entry.method === METHOD_DEFLATE ? entry.flags & DEFLATE_OPTION_FLAGS : 0,
      method: entry.method,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
      data: archive.compressedData(entry),
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
    });
    return this;
  }

  /** Adds new content (text is written as UTF-8), deflated now unless storing it is as small. */
  add(name: string, content: Uint8Array | string, options: AddOptions = {}): this {
    const bytes = typeof content === "string" ? strToU8(content) : content;
    if (bytes.length >= ZIP64_MARKER_32) throw needsZip64(name);
    const deflated = bytes.length === 0 || isPrecompressed(name) ? undefined : this.deflateRaw(bytes);
    const useDeflate = deflated !== undefined && deflated.length < bytes.length;
    const { dosTime, dosDate } = options.modified ? toDosDateTime(options.modified) : { dosTime: 0, dosDate: DOS_EPOCH_DATE };
    this.push(name, {
      flags: 0,
      method: useDeflate ? METHOD_DEFLATE : METHOD_STORED,
      crc32: crc32(bytes),
      uncompressedSize: bytes.length,
      data: useDeflate ? deflated : bytes,
      dosTime,
      dosDate,
    });
    return this;
  }

  /** The archive: local headers and data in the order added, then the central directory. */
  toBytes(): Uint8Array {
    const entries = this.pending;
    if (entries.length > ZIP64_MARKER_16 - 1) throw needsZip64();
    const localSize = entries.reduce((sum, e) => sum + LOCAL_HEADER_SIZE + e.name.length + e.data.length, 0);
    const directorySize = entries.reduce((sum, e) => sum + CENTRAL_HEADER_SIZE + e.name.length, 0);
    if (localSize >= ZIP64_MARKER_32 || directorySize >= ZIP64_MARKER_32) throw needsZip64();
    const out = new Uint8Array(localSize + directorySize + END_OF_CENTRAL_DIRECTORY_SIZE);
    const offsets: number[] = [];
    let at = 0;
    for (const entry of entries) {
      offsets.push(at);
      at = writeLocalHeader(out, at, entry);
      out.set(entry.data, at);
      at += entry.data.length;
    }
    entries.forEach((entry, i) => (at = writeCentralHeader(out, at, entry, offsets[i])));
    writeU32(out, at, END_OF_CENTRAL_DIRECTORY_SIGNATURE);
    writeU16(out, at + 8, entries.length);
    writeU16(out, at + 10, entries.length);
    writeU32(out, at + 12, directorySize);
    writeU32(out, at + 16, localSize);
    return out;
  }

  private push(name: string, entry: Omit<PendingEntry, "name">): void {
    const key = partKey(name);
    if (this.partKeys.has(key)) throw new Error(`Part "${name}" is written twice (names are compared ignoring case and a leading "/").`);
    const encoded = strToU8(name);
    if (encoded.length > ZIP64_MARKER_16) throw new Error(`Part name "${name.slice(0, 40)}..." is too long for a zip.`);
    this.partKeys.add(key);
    // Spelled out rather than spread: one object shape for every entry keeps toBytes() monomorphic.
    this.pending.push({
      name: encoded,
      flags: entry.flags | (isAscii(name) ? 0 : FLAG_UTF8_NAME),
      method: entry.method,
      crc32: entry.crc32,
      uncompressedSize: entry.uncompressedSize,
      data: entry.data,
      dosTime: entry.dosTime,
      dosDate: entry.dosDate,
    });
  }
}

/** Fields shared by the local and central headers, from "version needed" to the name length. */
function writeCommonFields(out: Uint8Array, at: number, entry: PendingEntry): void {
  writeU16(out, at, entry.method === METHOD_STORED ? VERSION_STORED : VERSION_DEFLATE);
  writeU16(out, at + 2, entry.flags);
  writeU16(out, at + 4, entry.method);
  writeU16(out, at + 6, entry.dosTime);
  writeU16(out, at + 8, entry.dosDate);
  writeU32(out, at + 10, entry.crc32);
  writeU32(out, at + 14, entry.data.length);
  writeU32(out, at + 18, entry.uncompressedSize);
  writeU16(out, at + 22, entry.name.length);
}

/** A minimal local header: sizes and CRC in place (no data descriptor), no extra field. */
function writeLocalHeader(out: Uint8Array, at: number, entry: PendingEntry): number {
  writeU32(out, at, LOCAL_HEADER_SIGNATURE);
  writeCommonFields(out, at + 4, entry);
  out.set(entry.name, at + LOCAL_HEADER_SIZE);
  return at + LOCAL_HEADER_SIZE + entry.name.length;
}

/** Made by MS-DOS-compatible 2.0, no extra field, comment or attributes. */
function writeCentralHeader(out: Uint8Array, at: number, entry: PendingEntry, localHeaderOffset: number): number {
  writeU32(out, at, CENTRAL_HEADER_SIGNATURE);
  writeU16(out, at + 4, VERSION_DEFLATE);
  writeCommonFields(out, at + 6, entry);
  writeU32(out, at + 42, localHeaderOffset);
  out.set(entry.name, at + CENTRAL_HEADER_SIZE);
  return at + CENTRAL_HEADER_SIZE + entry.name.length;
}

/** Media that is already compressed is stored: deflating it again would cost time and not shrink it. */
function isPrecompressed(name: string): boolean {
  return /\.(png|jpe?g|gif)$/i.test(name);
}

/** MS-DOS time keeps local time in 2-second steps, from 1980 to 2107. */
function toDosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(2107, Math.max(1980, date.getFullYear()));
  if (year !== date.getFullYear()) return { dosTime: 0, dosDate: year === 1980 ? DOS_EPOCH_DATE : ((year - 1980) << 9) | (12 << 5) | 31 };
  return {
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function needsZip64(part?: string): ZipLimitError {
  return new ZipLimitError("zip64-needed", "The package would need ZIP64 (over 4 GB or 65,534 parts), which is not written here.", ZIP64_MARKER_32, part);
}
