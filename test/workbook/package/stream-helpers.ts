/** Shared by the streaming reader tests: feeding text or bytes in slices, and the fixture parts. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { SheetData } from "../../../src/engine/sheet";
import { ScanLimits } from "../../../src/workbook/xlsx/package/scan-limits";
import { SheetContext } from "../../../src/workbook/xlsx/package/sheet-scanner";
import { createSheetScanner } from "../../../src/workbook/xlsx/package/sheet-stream";
import { createSharedStringsScanner } from "../../../src/workbook/xlsx/package/shared-strings-stream";
import { dateStylesOf } from "../../../src/workbook/xlsx/package/date-styles";
import { parseSharedStrings } from "../../../src/workbook/xlsx/package/shared-strings";
import { dateSystemOf } from "../../../src/workbook/xlsx/package/workbook-xml";

export const encoder = new TextEncoder();

/** `bytes` cut at the given positions (sorted, inside the array). */
export function sliceAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(bytes.subarray(from, cut));
    from = cut;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

/** `bytes` in slices of `size` (Infinity: one slice). */
export function slicesOf(bytes: Uint8Array, size: number): Uint8Array[] {
  if (!Number.isFinite(size)) return [bytes];
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

export function streamSheet(pieces: readonly Uint8Array[], context: SheetContext, limits?: Partial<ScanLimits>, name = "S"): SheetData {
  const scanner = createSheetScanner(name, context, limits);
  for (const piece of pieces) scanner.push(piece);
  return scanner.finish();
}

export function streamSharedStrings(pieces: readonly Uint8Array[], limits?: Partial<ScanLimits>): string[] {
  const scanner = createSharedStringsScanner(limits);
  for (const piece of pieces) scanner.push(piece);
  return scanner.finish();
}

export const FIXTURES = ["clean.xlsx", "messy.xlsx", "golden.xlsx", "missing-name-column.xlsx", "no-projects-sheet.xlsx"];

export interface FixtureParts {
  sheets: { part: string; bytes: Uint8Array }[];
  sharedStrings: Uint8Array | undefined;
  context: SheetContext;
}

/** A fixture's worksheet parts and what reading them needs (the package reader finds the same). */
export function fixtureParts(name: string): FixtureParts {
  const parts = unzipSync(new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "fixtures", name))));
  const text = (part: string) => (parts[part] ? strFromU8(parts[part]) : undefined);
  const sharedStrings = parts["xl/sharedStrings.xml"];
  return {
    sheets: Object.keys(parts)
      .filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part))
      .map((part) => ({ part, bytes: parts[part] })),
    sharedStrings,
    context: {
      sharedStrings: sharedStrings ? parseSharedStrings(strFromU8(sharedStrings)) : [],
      dateStyles: dateStylesOf(text("xl/styles.xml")),
      dateSystem: dateSystemOf(text("xl/workbook.xml") ?? ""),
    },
  };
}

/** scanSheetData's rows less the empty rows after the last value, which the stream does not keep. */
export function withoutTrailingEmptyRows(sheet: SheetData): SheetData {
  const rows = [...sheet.rows];
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { ...sheet, rows };
}
