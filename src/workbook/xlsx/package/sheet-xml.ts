/**
 * A SheetPlan as worksheet XML, written by hand so we control exactly what goes in: text is always
 * an inline string (never a formula, never a shared-strings entry, so sharedStrings.xml of the
 * user's workbook stays untouched), and elements follow CT_Worksheet's required order:
 * sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
 * conditionalFormatting, dataValidations, pageMargins, pageSetup, headerFooter, drawing. The charts
 * themselves are parts of their own (sheet-charts.ts); the sheet only points at its drawing.
 */
import { DateSystem, serialFromDay } from "../../../engine/values/date";
import { isDateValue, PlanCell, SheetPlan } from "../../../layout/sheet-plan";
import { CELL_STYLES, CellStyleName, isDateFormat } from "../../../layout/styles";
import { cellRef, columnLetters, isValidRange, MAX_COLUMNS, MAX_ROWS, rangeRef } from "./cell-ref";
import { argb, renderConditionalFormats, StatusDxfIds } from "./conditional-formats";
import { escapeAttribute, escapeCellText } from "./xml-text";
import { renderValidations } from "./validations";
import { Utf8Batches } from "./utf8-batches";

export type StyleIndex = (name: CellStyleName) => number;

export interface RenderOptions {
  /** The workbook's date system (workbookPr date1904); dates are serials in it. */
  dateSystem?: DateSystem;
  /** The relationship id of the sheet's drawing (its charts), when it has one. */
  drawingRelationshipId?: string;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Excel's own header/footer limit. */
const MAX_HEADER_CHARS = 255;

export function renderSheetXml(plan: SheetPlan, styleIndex: StyleIndex, dxfIds: StatusDxfIds, options: RenderOptions = {}): string {
  const parts: string[] = [];
  renderSheet(plan, styleIndex, dxfIds, options, parts);
  return parts.join("");
}

/** The same part as UTF-8 bytes, never held as one string (see Utf8Batches): what the package stores. */
export function renderSheetBytes(plan: SheetPlan, styleIndex: StyleIndex, dxfIds: StatusDxfIds, options: RenderOptions = {}): Uint8Array {
  const out = new Utf8Batches();
  renderSheet(plan, styleIndex, dxfIds, options, out);
  return out.bytes();
}

/** Where a sheet's XML goes, piece by piece, in order. */
interface XmlOut {
  push(text: string): void;
}

function renderSheet(plan: SheetPlan, styleIndex: StyleIndex, dxfIds: StatusDxfIds, options: RenderOptions, out: XmlOut): void {
  const rows = plan.rows.slice(0, MAX_ROWS);
  const { lastRow, lastColumn } = usedExtent(rows);
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  out.push(sheetProperties(plan));
  out.push(`<dimension ref="${lastRow === 0 ? "A1" : `A1:${cellRef(lastRow, lastColumn)}`}"/>`);
  out.push(sheetViews(plan));
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  out.push(columns(plan.columnWidths));
  out.push("<sheetData>");
  renderRows(rows, styleIndex, options.dateSystem ?? 1900, out);
  out.push("</sheetData>");
  const merges = plan.merges.filter(isValidRange);
  if (merges.length > 0) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("")}</mergeCells>`);
  out.push(renderConditionalFormats(plan.conditionalFormats, dxfIds));
  out.push(renderValidations(plan.validations ?? []));
  out.push(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  out.push(pageSetup(plan));
  out.push(headerFooter(plan.print.title));
  // CT_Worksheet: drawing comes after headerFooter (and rowBreaks ... smartTags, which we never write).
  if (options.drawingRelationshipId) out.push(`<drawing r:id="${escapeAttribute(options.drawingRelationshipId)}"/>`);
  out.push("</worksheet>");
}

function usedExtent(rows: readonly PlanCell[][]): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  rows.forEach((row, index) => {
    for (let c = Math.min(row.length, MAX_COLUMNS) - 1; c >= 0; c--) {
      if (isWritten(row[c])) {
        lastRow = index + 1;
        lastColumn = Math.max(lastColumn, c + 1);
        break;
      }
    }
  });
  return { lastRow, lastColumn };
}

/** A cell is written when it has a value, or a style (a styled blank keeps e.g. a header's fill). */
function isWritten(cell: PlanCell | undefined): cell is PlanCell {
  return cell !== undefined && cell !== null && (cell.value !== null || cell.style !== undefined);
}

function sheetProperties(plan: SheetPlan): string {
  const tab = plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : "";
  const fit = plan.print.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(plan: SheetPlan): string {
  const row = Math.min(Math.max(1, Math.floor(plan.freeze?.row ?? 1)), MAX_ROWS);
  const column = Math.min(Math.max(1, Math.floor(plan.freeze?.column ?? 1)), MAX_COLUMNS);
  const xSplit = column - 1;
  const ySplit = row - 1;
  if (xSplit === 0 && ySplit === 0) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  // The active pane is the one that scrolls both ways; with a one-way split it is the other half.
  const pane = xSplit > 0 && ySplit > 0 ? "bottomRight" : ySplit > 0 ? "bottomLeft" : "topRight";
  const topLeft = cellRef(row, column);
  return (
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane${xSplit > 0 ? ` xSplit="${xSplit}"` : ""}${ySplit > 0 ? ` ySplit="${ySplit}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function columns(widths: readonly number[]): string {
  const cols: string[] = [];
  widths.slice(0, MAX_COLUMNS).forEach((width, index) => {
    // Excel caps a column at 255 characters; a missing or zero width keeps the default.
    if (typeof width === "number" && Number.isFinite(width) && width > 0) {
      cols.push(`<col min="${index + 1}" max="${index + 1}" width="${Math.min(width, 255)}" customWidth="1"/>`);
    }
  });
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function renderRows(rows: readonly PlanCell[][], styleIndex: StyleIndex, dateSystem: DateSystem, out: XmlOut): void {
  const dateStyle = styleIndex("date");
  // Every row spells the same column letters: each is made once.
  const letters: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row || !row.some(isWritten)) continue;
    const rowNumber = r + 1;
    // One string per row (V8 concatenates cheaply), not one array entry per cell: a 50,000-row
    // sheet would otherwise hold millions of tiny strings until the final join.
    let line = `<row r="${rowNumber}">`;
    for (let c = 0; c < row.length && c < MAX_COLUMNS; c++) {
      const cell = row[c];
      if (isWritten(cell)) line += renderCell(cell, (letters[c] ??= columnLetters(c + 1)) + rowNumber, styleIndex, dateStyle, dateSystem);
    }
    out.push(line + "</row>");
  }
}

function renderCell(cell: PlanCell, ref: string, styleIndex: StyleIndex, dateStyle: number, dateSystem: DateSystem): string {
  const { value, style } = cell;
  const s = style === undefined ? "" : ` s="${styleIndex(style)}"`;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "string") {
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "number") {
    // NaN and infinities have no place in a cell; Excel shows such a result as #NUM!.
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (isDateValue(value)) {
    // A date needs a date format to show as one; keep the plan's style only if it has one.
    const keepStyle = style !== undefined && isDateFormat((CELL_STYLES[style] as { numberFormat?: string }).numberFormat);
    return `<c r="${ref}" s="${keepStyle ? styleIndex(style) : dateStyle}"><v>${serialFromDay(value.date, dateSystem)}</v></c>`;
  }
  return `<c r="${ref}"${s}/>`;
}

function pageSetup(plan: SheetPlan): string {
  const attributes: string[] = [];
  if (plan.print.landscape) attributes.push(`orientation="landscape"`);
  if (plan.print.fitToWidth) attributes.push(`fitToWidth="1"`, `fitToHeight="0"`);
  return attributes.length > 0 ? `<pageSetup ${attributes.join(" ")}/>` : "";
}

/** Centre header with the title (bold), centre footer "Page n of m". "&" starts a code, so doubled. */
function headerFooter(title: string | undefined): string {
  const footer = "&amp;CPage &amp;P of &amp;N";
  if (!title) return `<headerFooter><oddFooter>${footer}</oddFooter></headerFooter>`;
  const code = `&C&"-,Bold"${title.replace(/&/g, "&&")}`.slice(0, MAX_HEADER_CHARS);
  return `<headerFooter><oddHeader>${escapeAttribute(code.replace(/&$/, ""))}</oddHeader><oddFooter>${footer}</oddFooter></headerFooter>`;
}
