/**
 * Opening an archive: reading and checking the central directory and every local header, so that
 * whatever comes out of a ZipArchive later can trust offsets and lengths (but not sizes claimed
 * for inflated data, which the readers count themselves).
 */
import { findCentralDirectory } from "./find-directory";
import { decodeEntryName, partKey } from "./part-names";
import { ZipArchive, ZipEntry } from "./zip-archive";
import { ZipDamagedError } from "./zip-errors";
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  FLAG_ENCRYPTED,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  MAX_ZIP_ENTRIES,
  readU16,
  readU32,
  readU64,
  ZIP64_EXTRA_ID,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
} from "./zip-format";

export interface OpenZipOptions {
  /** Refuse archives listing more entries than this (default MAX_ZIP_ENTRIES). */
  readonly maxEntries?: number;
}

export function openZip(bytes: Uint8Array, options: OpenZipOptions = {}): ZipArchive {
  const directory = findCentralDirectory(bytes, options.maxEntries ?? MAX_ZIP_ENTRIES);
  const records: CentralRecord[] = [];
  const nameByKey = new Map<string, string>();
  const end = directory.offset + directory.size;
  let at = directory.offset;
  for (let i = 0; i < directory.entryCount; i++) {
    const record = readCentralRecord(bytes, at, end);
    const key = partKey(record.name);
    const first = nameByKey.get(key);
    if (first !== undefined) {
      throw new ZipDamagedError(
        "duplicate-name",
        `The file holds two parts with the same name ("${first}" and "${record.name}"); readers would disagree on which one counts, so it is refused.`,
        record.name,
      );
    }
    nameByKey.set(key, record.name);
    records.push(record);
    at = record.nextRecord;
  }
  const located = records.map((record) => locateData(bytes, record));
  // Overlaps first: a zip bomb's entries also disagree on names, but sharing data is what it is.
  refuseOverlaps(located, directory.offset);
  records.forEach((record) => refuseRenamedLocalHeader(bytes, record));
  return new ZipArchive(bytes, located);
}

interface CentralRecord extends Omit<ZipEntry, "dataOffset"> {
  readonly rawName: Uint8Array;
  readonly nextRecord: number;
}

function readCentralRecord(bytes: Uint8Array, at: number, end: number): CentralRecord {
  if (at + CENTRAL_HEADER_SIZE > end || readU32(bytes, at) !== CENTRAL_HEADER_SIGNATURE) {
    throw new ZipDamagedError("malformed", "The file's zip directory lists fewer parts than it claims, so the file is damaged.");
  }
  const flags = readU16(bytes, at + 8);
  const nameLength = readU16(bytes, at + 28);
  const extraLength = readU16(bytes, at + 30);
  const commentLength = readU16(bytes, at + 32);
  const nameStart = at + CENTRAL_HEADER_SIZE;
  const nextRecord = nameStart + nameLength + extraLength + commentLength;
  if (nextRecord > end) {
    throw new ZipDamagedError("malformed", "An entry of the file's zip directory runs past the directory's end, so the file is damaged.");
  }
  const rawName = bytes.subarray(nameStart, nameStart + nameLength);
  const name = decodeEntryName(rawName, flags);
  if (flags & FLAG_ENCRYPTED) {
    throw new ZipDamagedError("encrypted", "A part of the file is encrypted; save the workbook again without a password in Excel.", name);
  }
  const sizes = {
    uncompressedSize: readU32(bytes, at + 24),
    compressedSize: readU32(bytes, at + 20),
    localHeaderOffset: readU32(bytes, at + 42),
  };
  const wide = readZip64Extra(bytes, nameStart + nameLength, extraLength, sizes, readU16(bytes, at + 34), name);
  return {
    name,
    rawName,
    method: readU16(bytes, at + 10),
    flags,
    crc32: readU32(bytes, at + 16),
    uncompressedSize: wide.uncompressedSize,
    compressedSize: wide.compressedSize,
    localHeaderOffset: wide.localHeaderOffset,
    dosTime: readU16(bytes, at + 12),
    dosDate: readU16(bytes, at + 14),
    nextRecord,
  };
}

type EntrySizes = Pick<ZipEntry, "uncompressedSize" | "compressedSize" | "localHeaderOffset">;

/** The ZIP64 extra block holds, in this order, each 64-bit value whose 32-bit field reads 0xFFFFFFFF. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, sizes: EntrySizes, disk: number, name: string): EntrySizes {
  const anyMarker = sizes.uncompressedSize === ZIP64_MARKER_32 || sizes.compressedSize === ZIP64_MARKER_32 || sizes.localHeaderOffset === ZIP64_MARKER_32;
  if (!anyMarker && disk !== ZIP64_MARKER_16) return sizes;
  const wanted = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter((field) => sizes[field] === ZIP64_MARKER_32);
  for (let at = start; at + 4 <= start + length; at += 4 + readU16(bytes, at + 2)) {
    if (readU16(bytes, at) !== ZIP64_EXTRA_ID) continue;
    const blockSize = readU16(bytes, at + 2);
    if (blockSize < 8 * wanted.length || at + 4 + blockSize > start + length) break;
    const result = { ...sizes };
    wanted.forEach((field, i) => (result[field] = readU64(bytes, at + 4 + 8 * i)));
    return result;
  }
  throw new ZipDamagedError("malformed", "A part's ZIP64 sizes are missing from the file's zip directory, so the file is damaged.", name);
}

function locateData(bytes: Uint8Array, record: CentralRecord): ZipEntry {
  const at = record.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length) {
    throw new ZipDamagedError("truncated", "The file ends before a part's data: it was probably cut short while being copied or downloaded.", record.name);
  }
  if (readU32(bytes, at) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipDamagedError("malformed", "The file's zip directory points at a place where no part starts, so the file is damaged.", record.name);
  }
  const nameLength = readU16(bytes, at + 26);
  const dataOffset = at + LOCAL_HEADER_SIZE + nameLength + readU16(bytes, at + 28);
  if (dataOffset + record.compressedSize > bytes.length) {
    throw new ZipDamagedError("truncated", "The file ends inside a part's data: it was probably cut short while being copied or downloaded.", record.name);
  }
  return {
    name: record.name,
    method: record.method,
    flags: record.flags,
    crc32: record.crc32,
    compressedSize: record.compressedSize,
    uncompressedSize: record.uncompressedSize,
    localHeaderOffset: at,
    dataOffset,
    dosTime: record.dosTime,
    dosDate: record.dosDate,
  };
}

function refuseRenamedLocalHeader(bytes: Uint8Array, record: CentralRecord): void {
  const nameStart = record.localHeaderOffset + LOCAL_HEADER_SIZE;
  const localName = bytes.subarray(nameStart, nameStart + readU16(bytes, record.localHeaderOffset + 26));
  if (!sameBytes(localName, record.rawName)) {
    // Two names for one entry: readers that walk local headers and readers that use the directory
    // would see different packages, a known way to smuggle content past a checker.
    throw new ZipDamagedError("malformed", "A part's name differs between its own header and the zip directory, so the file is damaged.", record.name);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Each entry must own its bytes, from its local header to the end of its data, and all of them must
 * end before the central directory. Entries sharing one deflate stream are how "zip bombs" turn a
 * small file into terabytes; a genuine workbook never shares data between parts.
 */
function refuseOverlaps(entries: readonly ZipEntry[], directoryOffset: number): void {
  const byStart = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let previous: ZipEntry | undefined;
  for (const entry of byStart) {
    if (previous && entry.localHeaderOffset < previous.dataOffset + previous.compressedSize) {
      throw new ZipDamagedError(
        "overlapping-entries",
        `Parts "${previous.name}" and "${entry.name}" share the same bytes of the file, as "zip bombs" do; it is not a genuine workbook and is refused.`,
        entry.name,
      );
    }
    previous = entry;
  }
  if (previous && previous.dataOffset + previous.compressedSize > directoryOffset) {
    throw new ZipDamagedError("overlapping-entries", "A part's data runs into the file's zip directory, so the file is damaged.", previous.name);
  }
}
