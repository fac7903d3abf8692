/**
 * Cells an edit may not change alone, refused with the sheet and cell named: a cell of an array
 * formula or data table (they own their whole range), and a cell of merged cells other than their
 * first (its value would be hidden under the merge).
 */
import { PmoInputError } from "../../../engine/errors";
import { cellRef } from "./cell-ref";
import type { RowWrites } from "./sheet-cell-edits";
import { parseRange } from "./sheet-rows";
import { attribute } from "./xml-text";

/** Array formulas and data tables own every cell of their range: one cannot be changed alone. */
export function checkFormulaRanges(xml: string, sheet: string, writes: Map<number, RowWrites>): void {
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?f\s[^>]*>/g)) {
    const type = attribute(match[0], "t");
    const ref = attribute(match[0], "ref");
    const range = (type === "array" || type === "dataTable") && ref !== undefined ? parseRange(ref) : undefined;
    if (!range || (range.top === range.bottom && range.left === range.right)) continue;
    for (let row = range.top; row <= range.bottom; row++) {
      for (const column of writes.get(row)?.keys() ?? []) {
        if (column >= range.left && column <= range.right) {
          throw new PmoInputError(`The register's sheet "${sheet}", cell ${cellRef(row, column)} is part of the array formula or data table ${ref}; pmo will not overwrite it`);
        }
      }
    }
  }
}

/** A value written into a merged range anywhere but its top-left cell would be hidden under the merge. */
export function checkMergedCells(tail: string, sheet: string, writes: Map<number, RowWrites>): void {
  for (const match of tail.matchAll(/<(?:[\w.-]+:)?mergeCell\s[^>]*>/g)) {
    const ref = attribute(match[0], "ref");
    const range = ref === undefined ? undefined : parseRange(ref);
    if (!range) continue;
    for (let row = range.top; row <= range.bottom; row++) {
      for (const column of writes.get(row)?.keys() ?? []) {
        if (column >= range.left && column <= range.right && (row !== range.top || column !== range.left)) {
          throw new PmoInputError(`The register's sheet "${sheet}", cell ${cellRef(row, column)} is inside the merged cells ${ref}, where a value would not show; unmerge them in Excel`);
        }
      }
    }
  }
}
