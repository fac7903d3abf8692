/** Formula columns through the Office adapter: headers as text, one formula per row, in blocks. */
import { createExcelPort } from "../../../src/workbook/excel";
import { FakeExcel, uninstallFake } from "./fake-excel";

afterEach(uninstallFake);

it("writes the headers as text and the R1C1 formulas on every row, in blocks of 20,000 rows", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Risks", [["Risk ID", "Probability", "Impact"]]);
  fake.install();
  const columns = { headerRow: 1, lastRow: 45_001, firstColumn: 4, columns: [{ header: "PMO Score", formulaR1C1: "=PMO.RISKSCORE(RC[-2],RC[-1])" }] };
  await createExcelPort().writeFormulaColumns("Risks", columns);
  const sheet = fake.sheetByName("Risks");
  expect(sheet.values[0][3]).toEqual({ value: "PMO Score", formula: false });
  expect(sheet.values[1][3]).toEqual({ value: "=PMO.RISKSCORE(RC[-2],RC[-1])", formula: true });
  expect(sheet.values[45_000][3]).toEqual({ value: "=PMO.RISKSCORE(RC[-2],RC[-1])", formula: true });
  expect(sheet.values[45_001]).toBeUndefined();
  // 45,000 rows: three blocks (20,000 + 20,000 + 5,000), so no request carries them all.
  expect(fake.syncs).toHaveLength(3);
  expect(Math.max(...fake.syncs.map((sync) => sync.requestBytes))).toBeLessThan(4 * 1024 * 1024);
});
