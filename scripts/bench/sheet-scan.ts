/**
 * The worksheet readers side by side: scanSheetData (the whole part as one string) and the
 * streaming scanner (sheet-stream.ts, the part's bytes in 64 KB slices). Two figures: throughput on
 * a large register-like sheet, and growth on the case that made the old scan quadratic (formula
 * cells without a cached value, where it searched to the end of the sheet for every cell): the
 * time for 4N cells over the time for N is about 4 for a linear reader and about 16 for a quadratic.
 */
import { performance } from "node:perf_hooks";
import { SheetContext, scanSheetData } from "../../src/workbook/xlsx/package/sheet-scanner";
import { createSheetScanner } from "../../src/workbook/xlsx/package/sheet-stream";
import { bestTime, Measurement } from "./timing";

const SLICE = 64 * 1024;
const COLUMNS = 20;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const context: SheetContext = {
  sharedStrings: Array.from({ length: 1000 }, (_, index) => `Text ${index}`),
  dateStyles: [false, false, true],
  dateSystem: 1900,
};

/** Rows as Excel writes a register: shared strings, numbers, dates (style 2), a formula, a boolean. */
export function registerSheetXml(rows: number): Uint8Array {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  const letters = Array.from({ length: COLUMNS }, (_, index) => String.fromCharCode(65 + index));
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}" spans="1:${COLUMNS}">`;
    for (let c = 0; c < COLUMNS; c++) {
      const ref = `${letters[c]}${r}`;
      const kind = c % 5;
      if (kind === 0) row += `<c r="${ref}" t="s"><v>${(r * 7 + c) % 1000}</v></c>`;
      else if (kind === 1) row += `<c r="${ref}"><v>${(r * 31 + c) / 8}</v></c>`;
      else if (kind === 2) row += `<c r="${ref}" s="2"><v>${46000 + (r % 365)}</v></c>`;
      else if (kind === 3) row += `<c r="${ref}" s="1"><f>B${r}*2</f><v>${(r * 31 + c) / 4}</v></c>`;
      else row += `<c r="${ref}" t="b"><v>${r % 2}</v></c>`;
    }
    parts.push(`${row}</row>`);
  }
  parts.push("</sheetData></worksheet>");
  return encoder.encode(parts.join(""));
}

/**
 * N formula cells that were never calculated: no `<v>` anywhere in the sheet. With a prefix
 * ("x:"), the streaming scanner reads every tag as an event instead of a cell at once.
 */
export function uncachedFormulaSheetXml(cells: number, prefix = ""): Uint8Array {
  const parts: string[] = [`<${prefix}worksheet><${prefix}sheetData>`];
  for (let r = 1; r <= cells / 10; r++) {
    let row = `<${prefix}row r="${r}">`;
    for (let c = 0; c < 10; c++) row += `<${prefix}c r="${String.fromCharCode(65 + c)}${r}"><${prefix}f>1+1</${prefix}f></${prefix}c>`;
    parts.push(`${row}</${prefix}row>`);
  }
  parts.push(`</${prefix}sheetData></${prefix}worksheet>`);
  return encoder.encode(parts.join(""));
}

function scanWhole(bytes: Uint8Array): number {
  return scanSheetData(decoder.decode(bytes), "S", context).rows.length;
}

function scanStreaming(bytes: Uint8Array): number {
  const scanner = createSheetScanner("S", context);
  for (let at = 0; at < bytes.length; at += SLICE) scanner.push(bytes.subarray(at, at + SLICE));
  return scanner.finish().rows.length;
}

function once(body: () => void): number {
  const start = performance.now();
  body();
  return performance.now() - start;
}

const ms = (value: number) => `${Math.round(value).toLocaleString("en-GB")} ms`;

/** Throughput of both readers on `rows` x 20 cells (decoding the UTF-8 included in both). */
export function benchSheetThroughput(rows = 200_000): Measurement[] {
  const bytes = registerSheetXml(rows);
  const size = `${rows.toLocaleString("en-GB")} rows x ${COLUMNS} cells, ${Math.round(bytes.length / 1e6)} MB`;
  const whole = bestTime(() => scanWhole(bytes), 3);
  const streaming = bestTime(() => scanStreaming(bytes), 3);
  return [
    { name: `scanSheetData, ${size}`, figure: ms(whole) },
    { name: `Streaming scanner, ${size}`, figure: ms(streaming), target: `<= ${ms(whole * 1.3)} (1.3x)` },
  ];
}

/** Time for 4N uncached formula cells over time for N, for each reader (N smaller for the old one). */
export function benchSheetGrowth(oldCells = 4_000, newCells = 200_000): Measurement[] {
  const ratio = (read: (bytes: Uint8Array) => number, cells: number, prefix = "") => {
    const small = uncachedFormulaSheetXml(cells, prefix);
    const large = uncachedFormulaSheetXml(cells * 4, prefix);
    read(small);
    const first = Math.min(once(() => read(small)), once(() => read(small)));
    const second = Math.min(once(() => read(large)), once(() => read(large)));
    return `${(second / first).toFixed(1)}x (${ms(first)} -> ${ms(second)})`;
  };
  return [
    { name: `scanSheetData, ${oldCells.toLocaleString("en-GB")} -> ${(oldCells * 4).toLocaleString("en-GB")} uncached formulas`, figure: ratio(scanWhole, oldCells), target: "~4x if linear" },
    { name: `Streaming scanner, ${newCells.toLocaleString("en-GB")} -> ${(newCells * 4).toLocaleString("en-GB")} uncached formulas`, figure: ratio(scanStreaming, newCells), target: "~4x" },
    { name: `Streaming scanner, the same as x:c (tag by tag)`, figure: ratio(scanStreaming, newCells, "x:"), target: "~4x" },
  ];
}

export function benchSheetScan(): Measurement[] {
  return [...benchSheetThroughput(), ...benchSheetGrowth()];
}
