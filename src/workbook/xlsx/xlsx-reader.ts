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

export function xlsxFileReader(path: string): WorkbookReader {
  // Read from disk once: a second pass (sheets found by content, or named in PMO Config) reuses the bytes.
  let bytes: Promise<Uint8Array> | undefined;
  return {
    workbookName: workbookNameOf(path),
    async read(wanted) {
      bytes ??= readFile(path).then((buffer) => new Uint8Array(buffer));
      return readXlsxPackageStreaming(await bytes, wanted, path, nodeInflateRawStream, nodeInflateRaw);
    },
  };
}
