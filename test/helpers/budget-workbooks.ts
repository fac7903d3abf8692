/**
 * The budget review's golden portfolio (SPEC 9), one set of phasing written in both layouts of a
 * Financials sheet, so that the two must give the same report. Fiscal year from April
 * (fy.startMonth 4), report month 2026-09: FY2026-27 runs 2026-04 to 2027-03, the year to date is
 * April to September (6 months), the later months October to March (6 months).
 * PMO Config sets budget.minVariance 5,000. The expected figures are worked out by hand in
 * test/report/budget-golden.test.ts.
 */
import ExcelJS from "exceljs";

export const BUDGET_MONTH = "2026-09";

/** One cost line's amounts for one month. */
export interface PhasingEntry {
  id: string;
  costType: "Capex" | "Opex" | "";
  line: string;
  /** YYYY-MM. */
  month: string;
  budget?: number;
  actual?: number;
  forecast?: number;
  comment?: string;
}

export const BUDGET_PROJECTS: (string | number | null)[][] = [
  ["Project ID", "Project Name", "Programme", "Status", "BAC"],
  ["P-1", "Ledger", "Alpha", "Active", 1_200_000],
  ["P-2", "Portal", "Alpha", "Active", 600_000],
  ["P-3", "Data Hub", "Beta", "Active", 1_000_000],
  ["P-4", "Archive", "Beta", "Active", 150_000],
  ["P-5", "Mobile", null, "Active", 24_000],
  ["P-6", "Website", "Alpha", "Active", 1_200_000],
  ["P-7", "Training", "Beta", "Active", 300_000],
  ["P-8", "Legacy", "Alpha", "Closed", null],
  ["P-9", "Dormant", "Beta", "Active", null],
];

function monthsFrom(first: string, count: number): string[] {
  const [year, month] = first.split("-").map(Number);
  return Array.from({ length: count }, (_, index) => {
    const total = year * 12 + month - 1 + index;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
  });
}

/** The FY's months: 0-5 to date (April to September), 6-11 later. */
const FY = monthsFrom("2026-04", 12);
const TO_DATE = FY.slice(0, 6);
const LATER = FY.slice(6);
const BEFORE_FY = monthsFrom("2026-01", 3);

function entries(id: string, costType: PhasingEntry["costType"], line: string, months: readonly string[], amounts: Omit<PhasingEntry, "id" | "costType" | "line" | "month">): PhasingEntry[] {
  return months.map((month) => ({ id, costType, line, month, ...amounts }));
}

/** Adds the amounts of `more` into the entries of the same month (one row carries budget, actual and forecast). */
function merged(...groups: PhasingEntry[][]): PhasingEntry[] {
  const byKey = new Map<string, PhasingEntry>();
  for (const entry of groups.flat()) {
    const key = `${entry.id}|${entry.costType}|${entry.line}|${entry.month}`;
    byKey.set(key, { ...byKey.get(key), ...entry });
  }
  return [...byKey.values()];
}

export const PHASING: PhasingEntry[] = merged(
  // P-1: two Opex cost lines, Staff 60,000 + Licences 40,000 = 100,000 a month; actuals 66,000 + 44,000; forecasts 55,000 + 40,000.
  entries("P-1", "Opex", "Staff", FY, { budget: 60_000 }),
  entries("P-1", "Opex", "Licences", FY, { budget: 40_000 }),
  entries("P-1", "Opex", "Staff", TO_DATE, { actual: 66_000 }),
  entries("P-1", "Opex", "Licences", TO_DATE, { actual: 44_000 }),
  entries("P-1", "Opex", "Staff", LATER, { forecast: 55_000 }),
  entries("P-1", "Opex", "Licences", LATER, { forecast: 40_000 }),
  [{ id: "P-1", costType: "Opex", line: "Staff", month: "2026-09", comment: "Contractor rates up" }],
  // P-2: Capex 50,000 a month; actuals 47,500; forecasts 45,200 for October to December only.
  entries("P-2", "Capex", "Build", FY, { budget: 50_000 }),
  entries("P-2", "Capex", "Build", TO_DATE, { actual: 47_500 }),
  entries("P-2", "Capex", "Build", LATER.slice(0, 3), { forecast: 45_200 }),
  // P-3: Capex 40,000 and Opex 10,000 a month, and three months of Capex before the FY.
  entries("P-3", "Capex", "Platform", [...BEFORE_FY, ...FY], { budget: 40_000 }),
  entries("P-3", "Capex", "Platform", [...BEFORE_FY], { actual: 40_000 }),
  entries("P-3", "Capex", "Platform", TO_DATE, { actual: 44_000 }),
  entries("P-3", "Capex", "Platform", LATER, { forecast: 50_000 }),
  entries("P-3", "Opex", "Support", FY, { budget: 10_000 }),
  entries("P-3", "Opex", "Support", TO_DATE, { actual: 10_000 }),
  // P-4: phased in the last FY only (a blank cost type: Opex).
  entries("P-4", "", "Wind-down", BEFORE_FY, { budget: 50_000, actual: 48_000 }),
  // P-5: small: 2,000 a month, actuals 1,800, no forecast.
  entries("P-5", "Opex", "App", FY, { budget: 2_000 }),
  entries("P-5", "Opex", "App", TO_DATE, { actual: 1_800 }),
  // P-6: 100,000 a month; actuals 104,900; forecasts 114,900.
  entries("P-6", "Opex", "Web", FY, { budget: 100_000 }),
  entries("P-6", "Opex", "Web", TO_DATE, { actual: 104_900 }),
  entries("P-6", "Opex", "Web", LATER, { forecast: 114_900 }),
  [{ id: "P-6", costType: "Opex", line: "Web", month: "2026-09", comment: "Scope added" }],
  // P-7: Capex 25,000 a month; actuals 22,000; forecasts 23,050.
  entries("P-7", "Capex", "Courses", FY, { budget: 25_000 }),
  entries("P-7", "Capex", "Courses", TO_DATE, { actual: 22_000 }),
  entries("P-7", "Capex", "Courses", LATER, { forecast: 23_050 }),
  // P-8 is Closed and P-99 is not on the Projects sheet: left out of the figures.
  [{ id: "P-8", costType: "Opex", line: "Old", month: "2026-09", budget: 999, actual: 999 }],
  [{ id: "P-99", costType: "Opex", line: "Stray", month: "2026-09", budget: 5_000 }],
);

const LONG_HEADER = ["Project ID", "Month", "Cost Type", "Cost Line", "Budget", "Actual", "Forecast", "Comment"];

export function longRows(phasing: readonly PhasingEntry[] = PHASING): unknown[][] {
  return [LONG_HEADER, ...phasing.map((entry) => [entry.id, entry.month, entry.costType || null, entry.line, entry.budget ?? null, entry.actual ?? null, entry.forecast ?? null, entry.comment ?? null])];
}

/** Month headers of the wide layout in the forms registers use: a date, Apr-26, May 2026, June 2026, 2026-07, 08/2026. */
function wideHeader(month: string, index: number): unknown {
  const [year, number] = month.split("-").map(Number);
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  switch (index % 6) {
    case 0:
      return new Date(Date.UTC(year, number - 1, 1));
    case 1:
      return `${names[number - 1].slice(0, 3)}-${String(year % 100).padStart(2, "0")}`;
    case 2:
      return `${names[number - 1].slice(0, 3)} ${year}`;
    case 3:
      return `${names[number - 1]} ${year}`;
    case 4:
      return month;
    default:
      return `${String(number).padStart(2, "0")}/${year}`;
  }
}

const MEASURES = [
  ["Plan", "budget"],
  ["Actuals", "actual"],
  ["Outlook", "forecast"],
] as const;

/** The same phasing, one row per project, cost line and measure, a column per month, then an FY total the reader must ignore. */
export function wideRows(phasing: readonly PhasingEntry[] = PHASING): unknown[][] {
  const months = [...new Set(phasing.map((entry) => entry.month))].sort();
  const header = ["Project ID", "Cost Type", "Cost Line", "Measure", ...months.map(wideHeader), "FY26-27 Total", "Comment"];
  const lines = [...new Set(phasing.map((entry) => `${entry.id}|${entry.costType}|${entry.line}`))];
  const rows: unknown[][] = [header];
  for (const key of lines) {
    const [id, costType, line] = key.split("|");
    const own = phasing.filter((entry) => `${entry.id}|${entry.costType}|${entry.line}` === key);
    const comment = own.find((entry) => entry.comment)?.comment ?? null;
    MEASURES.forEach(([word, field], measureIndex) => {
      const values = months.map((month) => own.find((entry) => entry.month === month)?.[field] ?? null);
      if (values.every((value) => value === null)) return;
      const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
      rows.push([id, costType || null, line, word, ...values, total, measureIndex === 1 ? comment : null]);
    });
  }
  return rows;
}

/** A workbook of Projects, Financials (long or wide, under a title row) and PMO Config. */
export async function budgetWorkbook(file: string, financials: unknown[][], config: [string, number][] = [["fy.startMonth", 4], ["budget.minVariance", 5_000]]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Projects").addRows(BUDGET_PROJECTS);
  const sheet = workbook.addWorksheet("Financials");
  sheet.addRow(["Financial phasing FY2026-27"]);
  sheet.addRows(financials);
  workbook.addWorksheet("PMO Config").addRows([["Key", "Value"], ...config]);
  await workbook.xlsx.writeFile(file);
}
