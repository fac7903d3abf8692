/** Reading a spliced package back with ExcelJS (the tests' independent reader). */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

export async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function unzipText(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}
