/**
 * Writing a SheetPlan top to bottom, a row at a time, the way the summary reads: a cursor, and
 * helpers for the shapes the PMO sheets use (title, section heading, header row, table).
 */
import { RagStatus } from "../engine/constants";
import { ChartPlan, ConditionalFormat, PlanCell, PlanRange, PlanValue, range, SheetPlan } from "./sheet-plan";
import { CELL_STYLES, CellStyleName, STATUS_STYLE } from "./styles";
import { widthToShow } from "./cell-width";

export type ColumnStyle = CellStyleName | ((value: PlanValue) => CellStyleName | undefined);

export class PlanBuilder {
  private readonly plan: SheetPlan;

  constructor(name: string, columnWidths: number[]) {
    this.plan = { name, rows: [], columnWidths, merges: [], conditionalFormats: [], charts: [], print: { landscape: true, fitToWidth: true } };
  }

  /** The next row to be written (1-based). */
  get nextRow(): number {
    return this.plan.rows.length + 1;
  }

  get width(): number {
    return this.plan.columnWidths.length;
  }

  row(cells: PlanCell[]): number {
    this.plan.rows.push(cells);
    return this.plan.rows.length;
  }

  blank(): void {
    this.row([]);
  }

  /** A line of text across the sheet's width. */
  line(text: string, style: CellStyleName): number {
    const row = this.row([{ value: text, style }]);
    this.plan.merges.push(range(row, 1, row, this.width));
    return row;
  }

  section(title: string): void {
    if (this.plan.rows.length > 0) this.blank();
    this.row(Array.from({ length: this.width }, (_, index) => ({ value: index === 0 ? title : null, style: "section" as const })));
  }

  /** A header row and data rows; returns the range of the data (empty when no rows). */
  table(headers: string[], rows: PlanValue[][], styles: ColumnStyle[]): { header: number; data: PlanRange | undefined } {
    const header = this.row(headers.map((value) => ({ value, style: "header" })));
    const first = this.nextRow;
    for (const values of rows) {
      this.row(
        values.map((value, column) => {
          const style = styles[column];
          return { value, style: typeof style === "function" ? style(value) : style };
        }),
      );
    }
    return { header, data: rows.length > 0 ? range(first, 1, this.nextRow - 1, headers.length) : undefined };
  }

  /** Widens the columns of a row written earlier so that each of its values shows whole. */
  fitColumnsTo(row: number): void {
    this.plan.rows[row - 1].forEach((cell, index) => {
      if (!cell?.style || index >= this.width) return;
      this.plan.columnWidths[index] = Math.max(this.plan.columnWidths[index], widthToShow(cell.value, CELL_STYLES[cell.style]));
    });
  }

  format(format: ConditionalFormat): void {
    this.plan.conditionalFormats.push(format);
  }

  chart(chart: ChartPlan): void {
    this.plan.charts.push(chart);
  }

  freeze(row: number, column: number): void {
    this.plan.freeze = { row, column };
  }

  build(print: Partial<SheetPlan["print"]> = {}, tabColor?: string): SheetPlan {
    return { ...this.plan, print: { ...this.plan.print, ...print }, tabColor };
  }
}

/** The style of a RAG word, for table columns that hold statuses. */
export function statusStyle(value: PlanValue): CellStyleName | undefined {
  return typeof value === "string" && value in STATUS_STYLE ? STATUS_STYLE[value as RagStatus] : undefined;
}

/** A column of a data range. */
export function columnOf(data: PlanRange, column: number): PlanRange {
  return range(data.top, column, data.bottom, column);
}
