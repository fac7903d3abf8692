/**
 * Locating the central directory from the End Of Central Directory record (and its ZIP64 form,
 * which we read so that archives written by ZIP64-by-default tools open; we never write it).
 */
import { ZipDamagedError, ZipLimitError } from "./zip-errors";
import {
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SEARCH,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIZE,
  LOCAL_HEADER_SIGNATURE,
  readU16,
  readU32,
  readU64,
  ZIP64_END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  ZIP64_END_OF_CENTRAL_DIRECTORY_SIZE,
  ZIP64_LOCATOR_SIGNATURE,
  ZIP64_LOCATOR_SIZE,
} from "./zip-format";

export interface CentralDirectoryLocation {
  readonly offset: number;
  readonly size: number;
  readonly entryCount: number;
}

/** An OLE compound file: what Excel saves when a workbook is password-protected, and old .xls files. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function findCentralDirectory(bytes: Uint8Array, maxEntries: number): CentralDirectoryLocation {
  const eocd = findEndRecord(bytes);
  if (eocd < 0) throw missingEndRecord(bytes);
  const disk = readU16(bytes, eocd + 4);
  const directoryDisk = readU16(bytes, eocd + 6);
  let entryCount = readU16(bytes, eocd + 10);
  let size = readU32(bytes, eocd + 12);
  let offset = readU32(bytes, eocd + 16);
  let directoryEnd = eocd;

  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && readU32(bytes, locator) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = readU64(bytes, locator + 8);
    if (zip64 + ZIP64_END_OF_CENTRAL_DIRECTORY_SIZE > locator || readU32(bytes, zip64) !== ZIP64_END_OF_CENTRAL_DIRECTORY_SIGNATURE) {
      throw new ZipDamagedError("malformed", "The file's ZIP64 directory record is missing or misplaced, so the file is damaged.");
    }
    if (readU32(bytes, zip64 + 16) !== 0 || readU32(bytes, zip64 + 20) !== 0) throw splitArchive();
    entryCount = readU64(bytes, zip64 + 32);
    size = readU64(bytes, zip64 + 40);
    offset = readU64(bytes, zip64 + 48);
    directoryEnd = zip64;
  } else if (disk !== 0 || directoryDisk !== 0) {
    throw splitArchive();
  }

  if (entryCount > maxEntries) {
    throw new ZipLimitError("entries", `The file has ${entryCount} parts, more than the ${maxEntries} a workbook may have here.`, maxEntries);
  }
  if (offset + size > bytes.length) {
    throw new ZipDamagedError("truncated", "The file ends inside its zip directory: it was probably cut short while being copied or downloaded.");
  }
  if (offset + size > directoryEnd || entryCount * CENTRAL_HEADER_SIZE > size) {
    throw new ZipDamagedError("malformed", "The file's zip directory does not fit where the file says it is, so the file is damaged.");
  }
  return { offset, size, entryCount };
}

/**
 * Searches backwards, over the last 65,557 bytes only (the record plus the longest comment), for a
 * signature whose comment length is consistent with the bytes left after it.
 */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - END_OF_CENTRAL_DIRECTORY_SEARCH);
  for (let at = bytes.length - END_OF_CENTRAL_DIRECTORY_SIZE; at >= lowest; at--) {
    if (readU32(bytes, at) === END_OF_CENTRAL_DIRECTORY_SIGNATURE && at + END_OF_CENTRAL_DIRECTORY_SIZE + readU16(bytes, at + 20) <= bytes.length) {
      return at;
    }
  }
  return -1;
}

function missingEndRecord(bytes: Uint8Array): ZipDamagedError {
  if (bytes.length >= 4 && readU32(bytes, 0) === LOCAL_HEADER_SIGNATURE) {
    return new ZipDamagedError("truncated", "The file ends before its zip directory: it was probably cut short while being copied or downloaded.");
  }
  if (COMPOUND_FILE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return new ZipDamagedError(
      "not-a-zip",
      "The file is password-protected or in the old .xls format; remove the password or save it as .xlsx in Excel, then try again.",
    );
  }
  return new ZipDamagedError("not-a-zip", "The file is not an .xlsx workbook (it is not a zip package).");
}

function splitArchive(): ZipDamagedError {
  return new ZipDamagedError("malformed", "The file is one piece of a split zip archive; join the pieces into one file first.");
}
