/**
 * Setup's formula columns (SPEC 8): live PMO functions beside the risk register, so the score,
 * rating and exposure of each risk update as the register is edited. The formulas refer to the
 * register's own columns, found as the reports find them (mapping first, then synonyms).
 */
import { PmoInputError } from "../engine/errors";
import { DEFAULT_SHEET_NAMES } from "../engine/schema/fields";
import { normaliseHeader } from "../engine/schema/header-match";
import { isBlank } from "../engine/values";
import { configOf, locateTable } from "./locate";
import { FormulaColumns, WorkbookPort } from "./port";
import { largest } from "../engine/arrays";

export const RISK_FORMULA_HEADERS = { score: "PMO Score", rating: "PMO Rating", exposure: "PMO Exposure" } as const;

/** An R1C1 reference to a column of the same row, from the column the formula is in. */
function sameRow(column: number, from: number): string {
  return column === from ? "RC" : `RC[${column - from}]`;
}

export async function addRiskFormulaColumns(port: WorkbookPort): Promise<{ sheet: string; columns: FormulaColumns }> {
  const contents = await port.read(() => true);
  const table = locateTable(contents, configOf(contents), "risks");
  if (!table) throw new PmoInputError(`No "${DEFAULT_SHEET_NAMES.risks}" sheet: create the governed sheets first`);
  const { sheetName, sheet, match } = table;
  const column = (field: string) => {
    const index = match.columns.get(field);
    return index === undefined ? undefined : index + sheet.firstColumn;
  };
  const probability = column("probability");
  const impact = column("impact");
  if (probability === undefined || impact === undefined) {
    throw new PmoInputError(`Sheet "${sheetName}" has no ${probability === undefined ? "probability" : "impact"} column: map it above first`);
  }
  if (match.headers.some((header) => normaliseHeader(header) === normaliseHeader(RISK_FORMULA_HEADERS.score))) {
    throw new PmoInputError(`Sheet "${sheetName}" already has the PMO formula columns`);
  }
  let lastRow = match.rowIndex;
  sheet.rows.forEach((cells, index) => {
    if (cells.some((cell) => !isBlank(cell))) lastRow = index;
  });
  if (lastRow === match.rowIndex) throw new PmoInputError(`Sheet "${sheetName}" has no risks yet: add some, then the formula columns`);
  const width = largest(sheet.rows.map((cells) => cells.length));
  const first = sheet.firstColumn + width;
  const cost = column("costImpact");
  const type = column("type");
  const formulas: { header: string; formulaR1C1: string }[] = [
    { header: RISK_FORMULA_HEADERS.score, formulaR1C1: `=PMO.RISKSCORE(${sameRow(probability, first)},${sameRow(impact, first)})` },
    { header: RISK_FORMULA_HEADERS.rating, formulaR1C1: "=PMO.RISKRATING(RC[-1])" },
  ];
  if (cost !== undefined) {
    const at = first + 2;
    const typeArgument = type === undefined ? "" : `,${sameRow(type, at)}`;
    formulas.push({ header: RISK_FORMULA_HEADERS.exposure, formulaR1C1: `=PMO.RISKEXPOSURE(${sameRow(probability, at)},${sameRow(cost, at)}${typeArgument})` });
  }
  const columns: FormulaColumns = { headerRow: match.rowIndex + sheet.firstRow, lastRow: lastRow + sheet.firstRow, firstColumn: first, columns: formulas };
  await port.writeFormulaColumns(sheetName, columns);
  return { sheet: sheetName, columns };
}
