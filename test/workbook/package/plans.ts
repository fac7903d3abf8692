/** Hand-made plans for the package tests (the real ones come from src/layout builders). */
import { PlanCell, range, SheetPlan } from "../../../src/layout/sheet-plan";
import { dayFromParts } from "../../../src/engine/values/date";

/** 2026-11-30 as a day number. */
export const AS_OF_DAY = dayFromParts(2026, 11, 30) as number;

export function summaryPlan(name = "PMO Summary 2026-11"): SheetPlan {
  const rows: PlanCell[][] = [
    [{ value: "PMO Summary November 2026", style: "title" }],
    [{ value: "As of", style: "label" }, { value: { date: AS_OF_DAY }, style: "date" }],
    [],
    [
      { value: "Project", style: "header" },
      { value: "Status", style: "header" },
      { value: "BAC", style: "header" },
      { value: "CPI", style: "header" },
      { value: "Active", style: "header" },
    ],
    [{ value: "=1+1", style: "text" }, { value: "Green", style: "statusGreen" }, { value: 1234567, style: "money" }, { value: 0.95, style: "ratio" }, { value: true }],
    [{ value: "R&D <core>", style: "text" }, { value: "Red", style: "statusRed" }, { value: -500, style: "money" }, { value: 1.1, style: "ratio" }, { value: false }],
    [{ value: "@cmd", style: "text" }, { value: "Amber", style: "statusAmber" }, { value: null }, { value: null, style: "ratio" }],
  ];
  return {
    name,
    rows,
    columnWidths: [30, 12, 14, 8, 8],
    merges: [range(1, 1, 1, 5)],
    freeze: { row: 5, column: 2 },
    conditionalFormats: [
      { kind: "statusFill", range: range(5, 2, 7, 2) },
      { kind: "dataBar", range: range(5, 3, 7, 3), color: "5B9BD5" },
      { kind: "colorScale", range: range(5, 4, 7, 4), color: "F8696B" },
    ],
    charts: [{ kind: "pie", title: "Status mix", categories: range(5, 1, 7, 1), series: [{ name: "BAC", values: range(5, 3, 7, 3) }], anchor: range(10, 1, 20, 6) }],
    print: { landscape: true, fitToWidth: true, title: "PMO Summary 2026-11" },
    tabColor: "1F4E79",
  };
}

export function historyPlan(rowCount = 2): SheetPlan {
  const rows: PlanCell[][] = [[{ value: "Month", style: "header" }, { value: "Id", style: "header" }, { value: "Status", style: "header" }, { value: "SPI", style: "header" }]];
  for (let i = 0; i < rowCount; i++) {
    rows.push([{ value: "2026-11" }, { value: `P-${i + 1}` }, { value: i % 2 === 0 ? "Green" : "Red", style: i % 2 === 0 ? "statusGreen" : "statusRed" }, { value: 1 + i / 100, style: "ratio" }]);
  }
  return {
    name: "PMO History",
    rows,
    columnWidths: [10, 10, 10, 8],
    merges: [],
    freeze: { row: 2, column: 1 },
    conditionalFormats: [{ kind: "statusFill", range: range(2, 3, rowCount + 1, 3) }],
    charts: [],
    print: { landscape: true, fitToWidth: true },
  };
}

/** A plan holding one text cell, for the text round-trip property. */
export function textPlan(texts: string[]): SheetPlan {
  return {
    name: "PMO Summary 2026-11",
    rows: texts.map((text) => [{ value: text }]),
    columnWidths: [],
    merges: [],
    conditionalFormats: [],
    charts: [],
    print: { landscape: false, fitToWidth: false },
  };
}

/**
 * A summary-like plan with one chart of each kind, over a roll-up whose group names need escaping,
 * a status row read across (the pie) and a month column (the line), and one chart with no series.
 */
export function chartsPlan(name = "PMO Summary 2026-11"): SheetPlan {
  const header = (...texts: string[]) => texts.map((value) => ({ value, style: "header" as const }));
  const numbers = (first: string, ...values: (number | null)[]): PlanCell[] => [{ value: first }, ...values.map((value) => ({ value, style: "integer" as const }))];
  const rows: PlanCell[][] = [
    [{ value: "Charts", style: "title" }],
    [],
    header("Group", "Green", "Amber", "Red", "Grey", "BAC", "EAC"),
    [...numbers("R&D <core>", 3, 1, 0, 0), { value: 1500000, style: "money" }, { value: 1600000, style: "money" }],
    [...numbers("Ops", 2, 2, 1, 0), { value: 900, style: "money" }, { value: null }],
    [...numbers("_x0041_ 'quoted'", 0, 0, 0, 1), { value: -50, style: "money" }, { value: "n/a" }],
    [],
    header("Month", "Green", "Amber", "Red", "Grey"),
    numbers("2026-10", 4, 2, 1, 0),
    numbers("2026-11", 5, 3, 1, 1),
    [],
    header("Status", "Green", "Amber", "Red", "Grey"),
    numbers("Projects", 5, 3, 1, 1),
  ];
  const statuses = ["Green", "Amber", "Red", "Grey"];
  const colors = ["C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"];
  return {
    name,
    rows,
    columnWidths: [20, 10, 10, 10, 10, 14, 14],
    merges: [],
    conditionalFormats: [{ kind: "dataBar", range: range(4, 6, 6, 6), color: "1F4E79" }],
    charts: [
      { kind: "pie", title: "Status mix & <more>", categories: range(12, 2, 12, 5), series: [{ name: "Projects", values: range(13, 2, 13, 5) }], anchor: range(1, 9, 15, 14) },
      { kind: "columnStacked", title: "Status by R&D <core>", categories: range(4, 1, 6, 1), series: statuses.map((status, i) => ({ name: status, values: range(4, 2 + i, 6, 2 + i), color: colors[i] })), anchor: range(16, 9, 30, 16) },
      { kind: "columnClustered", title: "Budget", categories: range(4, 1, 6, 1), series: [{ name: "BAC & <base>", values: range(4, 6, 6, 6), color: "1F4E79" }, { name: "EAC", values: range(4, 7, 6, 7) }], anchor: range(31, 9, 45, 16) },
      { kind: "line", title: "Trend", categories: range(9, 1, 10, 1), series: statuses.map((status, i) => ({ name: status, values: range(9, 2 + i, 10, 2 + i), color: colors[i] })), anchor: range(46, 1, 60, 8) },
      { kind: "line", title: "Nothing to draw", categories: range(9, 1, 10, 1), series: [], anchor: range(61, 1, 70, 8) },
    ],
    print: { landscape: true, fitToWidth: true, title: name },
  };
}
