/** Sheet plans the adapter tests on the host write. */
import { SheetPlan } from "../../src/layout/sheet-plan";

/** A sheet of one cell reading "new", so that a test sees which content a sheet ended with. */
export const newContentPlan = (name: string, extra: Partial<SheetPlan> = {}): SheetPlan => ({ name, rows: [[{ value: "new" }]], columnWidths: [], merges: [], conditionalFormats: [], charts: [], print: { landscape: false, fitToWidth: false }, ...extra });

/** A register-like sheet of `rows` rows, every cell styled: ids, names, money, dates, statuses (the style queue is what estimates undercounted). */
export function largePlan(rows: number): SheetPlan {
  const body = Array.from({ length: rows }, (_, i) => [
    { value: `PRJ-${i}`, style: "text" as const },
    { value: `A project with a longer name, number ${i}`, style: "text" as const },
    { value: 1_000 + i, style: "money" as const },
    { value: { date: 20_000 + (i % 365) } },
    { value: ["Green", "Amber", "Red", "Grey"][i % 4], style: (["statusGreen", "statusAmber", "statusRed", "statusGrey"] as const)[i % 4] },
  ]);
  return { name: "Large", rows: [[{ value: "Large", style: "title" }], ...body], columnWidths: [12, 40, 12, 12, 10], merges: [], conditionalFormats: [], charts: [], print: { landscape: true, fitToWidth: true } };
}
