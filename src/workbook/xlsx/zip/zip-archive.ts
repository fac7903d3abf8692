/** An opened archive: its bytes and its entries as the central directory lists them, checked. */
import { partKey } from "./part-names";

/** One entry, as read from the central directory, with its data located through its local header. */
export interface ZipEntry {
  /** As stored (no leading "/" in a well-formed package), decoded as UTF-8 or Latin-1 per flag bit 11. */
  readonly name: string;
  /** 0 stored, 8 deflate; any other method is refused when the entry is read (copying it is allowed). */
  readonly method: number;
  /** General-purpose flag bits from the central directory. */
  readonly flags: number;
  /** The CRC-32 of the uncompressed bytes, as claimed. */
  readonly crc32: number;
  readonly compressedSize: number;
  /** As claimed; readers check the real length against it, never trust it for allocation alone. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Where the compressed bytes start: after the LOCAL header's name and extra field. */
  readonly dataOffset: number;
  /** MS-DOS modification time and date, carried unchanged when the entry is copied. */
  readonly dosTime: number;
  readonly dosDate: number;
}

/** Made by openZip, which has checked the entries (names unique as parts, data in bounds, no overlaps). */
export class ZipArchive {
  private readonly byPartKey = new Map<string, ZipEntry>();

  constructor(
    /** The whole archive; entries' compressed data are ranges of it. */
    readonly bytes: Uint8Array,
    /** In central-directory order. */
    readonly entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) this.byPartKey.set(partKey(entry.name), entry);
  }

  /** The entry for a part name, compared as OPC does: case-insensitive, leading "/" ignored. */
  find(name: string): ZipEntry | undefined {
    return this.byPartKey.get(partKey(name));
  }

  has(name: string): boolean {
    return this.byPartKey.has(partKey(name));
  }

  /** Entry names, in central-directory order. */
  names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  /** The entry's compressed bytes: a view of the archive, not a copy (do not modify it). */
  compressedData(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  }
}

/** A zip starts with a local file header "PK\x03\x04" (or is an empty archive "PK\x05\x06"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1;
}
