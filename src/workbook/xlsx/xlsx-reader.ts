/**
 * Reading an `.xlsx` file with ExcelJS's streaming reader: rows arrive one at a time and only the
 * sheets asked for are kept, so a 50,000-project register never sits in memory as a whole
 * ExcelJS model (its full reader needs gigabytes for that).
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { SheetData } from "../../engine/sheet";
import { WorkbookContents, WorkbookReader } from "../port";
import { readXlsxPackage } from "./package/read-xlsx-package";
import { plainCellValue } from "./cell-values";

interface StreamedWorksheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

interface StreamedWorkbook extends AsyncIterable<StreamedWorksheet> {
  /** The parsed workbookPr element; known once workbook.xml has been read. */
  properties?: { model?: { date1904?: boolean } };
}

function rowValues(row: ExcelJS.Row): unknown[] {
  const values = row.values as unknown[];
  const cells: unknown[] = new Array(Math.max(0, values.length - 1));
  for (let column = 1; column < values.length; column += 1) cells[column - 1] = plainCellValue(values[column]);
  return cells;
}

async function readSheet(worksheet: StreamedWorksheet): Promise<SheetData> {
  const rows: unknown[][] = [];
  for await (const row of worksheet) {
    while (rows.length < row.number - 1) rows.push([]);
    rows.push(rowValues(row));
  }
  return { name: worksheet.name, rows, firstRow: 1, firstColumn: 1 };
}

async function drain(worksheet: StreamedWorksheet): Promise<void> {
  // The reader moves on to the next sheet only once this one has been read to its end.
  for await (const row of worksheet) void row;
}

export function xlsxFileReader(path: string): WorkbookReader {
  return {
    async read(wanted) {
      const stream = createReadStream(path);
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
        sharedStrings: "cache",
        styles: "cache",
        hyperlinks: "ignore",
        worksheets: "emit",
        entries: "emit",
      }) as unknown as StreamedWorkbook;
      const contents: WorkbookContents = { sheetNames: [], sheets: new Map(), dateSystem: 1900 };
      try {
        for await (const worksheet of workbook) {
          contents.sheetNames.push(worksheet.name);
          if (wanted(worksheet.name)) contents.sheets.set(worksheet.name, await readSheet(worksheet));
          else await drain(worksheet);
        }
      } catch {
        // ExcelJS's streaming reader now and then fails on sound files (it may meet a worksheet
        // before workbook.xml: "reading 'sheets'"). The package reader then reads the file whole,
        // and says clearly why when the file really is not a workbook.
        stream.destroy();
        return readXlsxPackage(new Uint8Array(await readFile(path)), wanted, path);
      } finally {
        stream.destroy();
      }
      contents.dateSystem = workbook.properties?.model?.date1904 ? 1904 : 1900;
      return contents;
    },
  };
}
