/**
 * The `PMO Config` sheet of a new workbook: the default rule set as Key / Value / Description
 * rows, which the user edits (or the task pane's Rules page does) and every front end reads.
 */
import ExcelJS from "exceljs";
import { CONFIG_HEADER } from "../../engine/config";
import { DEFAULT_RULES, RULE_DESCRIPTIONS, ruleRows } from "../../engine/rules";
import { CONFIG_SHEET_NAME } from "../../engine/schema/fields";

export function addConfigSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(CONFIG_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 24 }, { width: 10 }, { width: 72 }];
  const header = sheet.addRow([...CONFIG_HEADER]);
  header.font = { bold: true };
  for (const [key, value] of ruleRows(DEFAULT_RULES)) sheet.addRow([key, value, RULE_DESCRIPTIONS[key]]);
  return sheet;
}
