/**
 * Reading an `.xlsx` file for the CLI: the same package reader as preview mode (one reader, so the
 * same file gives the same contents everywhere, every time), on the file's bytes. Only the parts
 * it needs are inflated: workbook, relationships, shared strings, styles and the wanted sheets;
 * the sheets and shared strings stream through their scanners as zlib inflates them on its own
 * thread, so no sheet is ever held whole and inflating overlaps scanning.
 */
import { readFile } from "node:fs/promises";
import { WorkbookReader, workbookNameOf } from "../port";
import { readXlsxPackageStreaming } from "./package/read-xlsx-package";
import { nodeInflateRaw, nodeInflateRawStream } from "./node-zlib";

export interface XlsxFileReader extends WorkbookReader {
  /** The file's bytes, as read for the contents: the report is written into a copy of these. */
  bytes(): Promise<Uint8Array>;
}

export function xlsxFileReader(path: string): XlsxFileReader {
  // Read from disk once: a second pass (sheets found by content, or named in PMO Config), and the
  // writing of the report, reuse the bytes.
  let bytes: Promise<Uint8Array> | undefined;
  const fileBytes = () => (bytes ??= readFile(path).then((buffer) => new Uint8Array(buffer)));
  return {
    workbookName: workbookNameOf(path),
    bytes: fileBytes,
    async read(wanted, options) {
      return readXlsxPackageStreaming(await fileBytes(), wanted, path, nodeInflateRawStream, nodeInflateRaw, options);
    },
  };
}
