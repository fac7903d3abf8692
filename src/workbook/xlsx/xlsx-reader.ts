/**
 * Reading an `.xlsx` file for the CLI: the same package reader as preview mode (one reader, so the
 * same file gives the same contents everywhere, every time), on the file's bytes. Only the parts
 * it needs are inflated: workbook, relationships, shared strings, styles and the wanted sheets.
 */
import { readFile } from "node:fs/promises";
import { WorkbookReader } from "../port";
import { readXlsxPackage } from "./package/read-xlsx-package";
import { nodeInflateRaw } from "./node-zlib";

export function xlsxFileReader(path: string): WorkbookReader {
  return {
    async read(wanted) {
      return readXlsxPackage(new Uint8Array(await readFile(path)), wanted, path, nodeInflateRaw);
    },
  };
}
