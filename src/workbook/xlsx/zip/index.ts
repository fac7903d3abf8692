/**
 * The zip layer under the .xlsx package: safe to open files from anyone, streaming to read, and
 * copy-through to write (a part left unchanged is never inflated or deflated again). Pure
 * TypeScript on fflate and Uint8Array, for Node and the browser alike.
 *
 *   const archive = openZip(bytes);                  // checks the whole directory, or throws
 *   const budget = new InflateBudget(defaultInflateLimit(bytes.length)); // one per archive
 *   const workbookXml = readEntryText(archive, "xl/workbook.xml", budget);
 *   readEntryChunks(archive, "xl/worksheets/sheet1.xml", (chunk) => scanner.feed(chunk), budget);
 *   const writer = new ZipWriter();
 *   for (const entry of archive.entries) {
 *     if (entry.name === changedName) writer.add(entry.name, newXml); // deflated once
 *     else writer.copy(archive, entry);                                  // bytes copied as they are
 *   }
 *   const output = writer.toBytes();
 *
 * Opening:
 *   openZip(bytes: Uint8Array, options?: { maxEntries?: number }): ZipArchive
 *   looksLikeZip(bytes: Uint8Array): boolean                  (a cheap sniff of the first 4 bytes)
 *   ZipArchive: .bytes, .entries (ZipEntry[], central-directory order), .find(name), .has(name),
 *     .names(), .compressedData(entry). Names match as OPC part names do: case-insensitive, leading
 *     "/" ignored.
 *   ZIP64 archives are read (64-bit sizes and offsets from the ZIP64 end record and extra fields).
 *   Refused at open: not a zip, truncated, more than maxEntries (MAX_ZIP_ENTRIES = 100,000)
 *   entries, duplicate names, entries sharing bytes with each other or the directory (zip bombs),
 *   encrypted entries, split archives, names that differ between local and central headers.
 *
 * Reading (each byte produced counts against the archive's InflateBudget):
 *   readEntryChunks(archive, entryOrName, onChunk: (chunk: Uint8Array) => void, budget): void
 *     chunks of about INFLATE_INPUT_SLICE (64 KB) of compressed input each; never the whole part.
 *   readEntryChunksStreaming(archive, entryOrName, onChunk, budget, inflateStream): Promise<void>
 *     the same through a streaming inflater (Node's zlib on another thread); same checks and errors.
 *   readEntryBytes(archive, entryOrName, budget): Uint8Array
 *   readEntryText(archive, entryOrName, budget): string       (UTF-8)
 *   Refused when read: methods other than stored and deflate, damaged deflate data, a CRC-32 or
 *   length that differs from the directory's (a claimed size the data cannot reach, stored data not
 *   its own size or deflate past 1032:1, is refused before inflating). A name the archive lacks is a plain Error; use
 *   archive.find() first for optional parts.
 *   defaultInflateLimit(fileSize) = min(40 x fileSize + 10 MB, 2 GB).
 *
 * Writing (never ZIP64: over 65,534 entries or 4 GB is a ZipLimitError "zip64-needed"):
 *   new ZipWriter().copy(archive, entryOrName, asName?) / .add(name, bytesOrText, { modified? })
 *     / .toBytes(): Uint8Array. Entries come out in the order given; a name given twice is an
 *     Error. New content is deflated at DEFLATE_LEVEL (1), or stored when it is empty, PNG/JPEG/GIF media, or
 *     would not shrink. Non-ASCII names are UTF-8 with flag bit 11.
 *
 * Errors: ZipDamagedError (.damage, .reason, .part?) for a file to repair or re-save;
 * ZipLimitError (.limitKind, .reason, .limit, .part?) for a file past a limit we set.
 */
export { crc32, crc32Update, useNativeCrc32 } from "./crc32";
export { defaultInflateLimit, InflateBudget, INFLATE_ALLOWANCE, INFLATE_CEILING, INFLATE_RATIO_LIMIT } from "./inflate-budget";
export { openZip } from "./open-zip";
export type { OpenZipOptions } from "./open-zip";
export { INFLATE_INPUT_SLICE, readEntryBytes, readEntryChunks, readEntryChunksStreaming, readEntryText } from "./read-entry";
export type { InflateRawStream, InflateRawWhole } from "./read-entry";
export { looksLikeZip, ZipArchive } from "./zip-archive";
export type { ZipEntry } from "./zip-archive";
export { ZipDamagedError, ZipLimitError } from "./zip-errors";
export type { ZipDamage, ZipLimit } from "./zip-errors";
export { MAX_ZIP_ENTRIES } from "./zip-format";
export { DEFLATE_LEVEL, ZipWriter } from "./zip-writer";
export type { AddOptions, DeflateRaw } from "./zip-writer";
