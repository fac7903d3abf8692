/**
 * Where the budget review's planted findings (plant-financial-findings.ts) are in a generated
 * sample: the Financials rows move with every project's length, so their cells are found in the
 * sample itself rather than listed once as the registers' are (planted-findings.ts).
 */
import { cellAddress } from "../engine/sheet";
import { CREATED_FIELDS, DEFAULT_SHEET_NAMES } from "../engine/schema/fields";
import { dayFromDate, monthOfDay, parseMonth } from "../engine/values";
import { PLANTED_BUDGET_OVER_BAC, PlantedFinancialKey } from "./plant-financial-findings";
import { unknownProjectId } from "./plant-findings";
import { SamplePortfolio } from "./types";

export interface PlantedFinancialFinding {
  key: PlantedFinancialKey;
  sheet: string;
  field: string;
  /** Row in a workbook written from the sample (header on row 1). */
  row: number;
  /** A1 address of the cell the finding names. */
  cell: string;
  description: string;
}

/** The planted budget-review findings of `sample` (none without its Financials sheet). */
export function plantedFinancialFindings(sample: SamplePortfolio, month: string): PlantedFinancialFinding[] {
  const table = sample.financials;
  const planted = sample.plantedFinancials;
  if (!table || !planted) return [];
  const fields = CREATED_FIELDS.financials;
  const column = (field: string) => fields.findIndex((spec) => spec.field === field);
  const reportMonth = monthOfDay(parseMonth(month)!.first);
  const monthOfRow = (row: readonly unknown[]) => (row[column("period")] instanceof Date ? monthOfDay(dayFromDate(row[column("period")] as Date)!) : undefined);
  const projectIdOf = (index: number) => sample.projects.rows[index][CREATED_FIELDS.projects.findIndex((spec) => spec.field === "id")];
  const findings: PlantedFinancialFinding[] = [];
  const at = (key: PlantedFinancialKey, field: string, dataRow: number, description: string) => {
    if (dataRow < 0) return;
    findings.push({ key, sheet: table.sheet, field, row: dataRow + 2, cell: cellAddress(dataRow + 2, column(field) + 1), description });
  };
  const orphan = unknownProjectId(sample.projects.rows.length);
  at("financialsUnknownProject", "projectId", table.rows.findIndex((row) => row[column("projectId")] === orphan), `Financials row for project "${orphan}", which does not exist`);
  at("financialsUnreadablePeriod", "period", table.rows.findIndex((row) => row[column("period")] === "TBC"), 'Text "TBC" in the Month column');
  if (planted.actualAfterReportMonth !== undefined) {
    const id = projectIdOf(planted.actualAfterReportMonth);
    at("actualAfterReportMonth", "actual", table.rows.findIndex((row) => row[column("projectId")] === id && monthOfRow(row) === reportMonth + 1 && row[column("actual")] !== null), "Actual booked for the month after the report month");
  }
  if (planted.phasedBudgetDiffersFromBac !== undefined) {
    const index = planted.phasedBudgetDiffersFromBac;
    const bac = CREATED_FIELDS.projects.findIndex((spec) => spec.field === "bac");
    findings.push({ key: "phasedBudgetDiffersFromBac", sheet: DEFAULT_SHEET_NAMES.projects, field: "bac", row: index + 2, cell: cellAddress(index + 2, bac + 1), description: `Budget phased at ${Math.round((PLANTED_BUDGET_OVER_BAC - 1) * 100)} % over the BAC` });
  }
  if (planted.budgetVarianceWithoutComment !== undefined) {
    const id = projectIdOf(planted.budgetVarianceWithoutComment);
    at("budgetVarianceWithoutComment", "comment", table.rows.findIndex((row) => row[column("projectId")] === id && monthOfRow(row) === reportMonth), "Red on budget with no comment for the report month");
  }
  return findings;
}
