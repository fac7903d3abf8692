/**
 * One reader, the same answer: the same file read 50 times gives the same contents every time (the
 * ExcelJS streaming reader the CLI used to read with did not: SheetN names, dropped sheets).
 */
import { readFileSync } from "node:fs";
import { readXlsxPackage } from "../../../src/workbook/xlsx/package/read-xlsx-package";
import { fixture } from "./helpers";

test.each(["golden.xlsx", "messy.xlsx", "clean.xlsx"])("%s reads the same 50 times", (name) => {
  const bytes = new Uint8Array(readFileSync(fixture(name)));
  const first = JSON.stringify(readXlsxPackage(bytes, () => true), (_key, value) => (value instanceof Map ? [...value] : value));
  expect(first).toMatch(/"rows":\[\[/);
  for (let run = 1; run < 50; run++) {
    const again = JSON.stringify(readXlsxPackage(bytes, () => true), (_key, value) => (value instanceof Map ? [...value] : value));
    expect(again).toBe(first);
  }
});
