/**
 * The status colours of the governed sheets, Excel's own "Good / Neutral / Bad" cell styles so the
 * colours look familiar: Green, Amber and Red fills with a darker text of the same hue.
 */
import ExcelJS from "exceljs";
import { RAG } from "../../engine/constants";
import { STATUS_COLORS } from "../../layout/styles";

/** The shared status colours (layout/styles.ts) as ExcelJS ARGB, with the letter a cell may hold. */
const RAG_COLOURS = {
  [RAG.green]: { fill: `FF${STATUS_COLORS.Green.fill}`, font: `FF${STATUS_COLORS.Green.font}`, letter: "G" },
  [RAG.amber]: { fill: `FF${STATUS_COLORS.Amber.fill}`, font: `FF${STATUS_COLORS.Amber.font}`, letter: "A" },
  [RAG.red]: { fill: `FF${STATUS_COLORS.Red.fill}`, font: `FF${STATUS_COLORS.Red.font}`, letter: "R" },
} as const;

/**
 * Conditional fills for a column of RAG words over `range` (e.g. "R2:R5000"); the word or its
 * letter (G/A/R) colours the cell. Excel compares text case-insensitively, so "green" works too.
 */
export function addRagFills(worksheet: ExcelJS.Worksheet, range: string): void {
  const firstCell = range.split(":")[0];
  worksheet.addConditionalFormatting({
    ref: range,
    rules: Object.entries(RAG_COLOURS).map(([word, colour], index) => ({
      type: "expression",
      priority: index + 1,
      formulae: [`OR(${firstCell}="${word}",${firstCell}="${colour.letter}")`],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: colour.fill } },
        font: { color: { argb: colour.font } },
      },
    })),
  });
}
