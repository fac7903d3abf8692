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
