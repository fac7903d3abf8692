/**
 * A plan's cells as the two arrays Office.js writes: `numberFormat` and `values`, block by block.
 *
 * Text stays text: Office.js treats a string written to `values` as if the user typed it, so
 * "=HYPERLINK(...)" would become a formula, "+1" a number, "2026-01-31" a date. Every text cell
 * therefore gets the Text format "@" in the same block, queued BEFORE the values; a Text-formatted
 * cell keeps whatever is typed into it literally. (The other ways were worse: a leading apostrophe
 * changes what the engine reads back, and `valuesAsJson` needs ExcelApi 1.16 and triples the
 * payload.) A null in either array leaves the cell as it is, which on a new sheet is blank.
 */
import { DateSystem, serialFromDay } from "../../engine/values/date";
import { isDateValue, PlanCell, SheetPlan } from "../../layout/sheet-plan";
import { CELL_STYLES, CellStyle, isDateFormat, NUMBER_FORMATS } from "../../layout/styles";
import { jsonBytes } from "./payload";

export interface OfficeCell {
  value: string | number | boolean | null;
  format: string | null;
}

const BLANK: OfficeCell = { value: null, format: null };

/**
 * The number format a number or boolean gets from its style. Never Text: Excel turns a number
 * written into an "@" cell into text, so a status count styled like its status word ("statusRed"
 * carries "@" for the word) would become text and leave the status-mix chart without data.
 */
function styleFormat(cell: PlanCell): string | null {
  const format = cell.style === undefined ? null : ((CELL_STYLES[cell.style] as CellStyle).numberFormat ?? null);
  return format === NUMBER_FORMATS.text ? null : format;
}

export function officeCell(cell: PlanCell | undefined, dateSystem: DateSystem): OfficeCell {
  if (cell === undefined || cell === null) return BLANK;
  const { value } = cell;
  if (value === null) return BLANK;
  if (typeof value === "string") return { value, format: NUMBER_FORMATS.text };
  if (typeof value === "boolean") return { value, format: styleFormat(cell) };
  if (typeof value === "number") {
    // NaN and infinities have no place in a cell: shown as #NUM!, as the .xlsx renderer does.
    return Number.isFinite(value) ? { value, format: styleFormat(cell) } : { value: "#NUM!", format: null };
  }
  if (isDateValue(value)) {
    // A date needs a date format to show as one; keep the style's only if it is one.
    const format = styleFormat(cell);
    return { value: serialFromDay(value.date, dateSystem), format: isDateFormat(format ?? undefined) ? format : NUMBER_FORMATS.date };
  }
  return BLANK;
}

/** Columns the written block spans: up to the last cell with a value. */
export function valueWidth(plan: SheetPlan): number {
  let width = 0;
  for (const row of plan.rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] && row[c].value !== null) {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * Bytes each row adds to a request: its values and formats as JSON rows `width` wide (padding
 * counted), plus the commas between rows. Measured once, before anything is queued.
 */
export function rowPayloads(plan: SheetPlan, width: number, dateSystem: DateSystem): number[] {
  return plan.rows.map((row) => {
    let bytes = 6; // two pairs of brackets and two separating commas
    for (let c = 0; c < width; c++) {
      const cell = officeCell(row[c], dateSystem);
      bytes += jsonBytes(cell.value) + jsonBytes(cell.format) + 2;
    }
    return bytes;
  });
}

/** The values and formats of rows [from, to) as rectangular arrays `width` wide. */
export function cellBlock(plan: SheetPlan, from: number, to: number, width: number, dateSystem: DateSystem): { values: OfficeCell["value"][][]; formats: (string | null)[][] } {
  const values: OfficeCell["value"][][] = [];
  const formats: (string | null)[][] = [];
  for (let r = from; r < to; r++) {
    const row = plan.rows[r] ?? [];
    const valueRow: OfficeCell["value"][] = new Array(width);
    const formatRow: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = officeCell(row[c], dateSystem);
      valueRow[c] = cell.value;
      formatRow[c] = cell.format;
    }
    values.push(valueRow);
    formats.push(formatRow);
  }
  return { values, formats };
}
