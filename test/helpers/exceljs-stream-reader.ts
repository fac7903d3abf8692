/**
 * ExcelJS's streaming reader as an independent reference for what our package reader reads (it
 * was the CLI's reader until one reader served the CLI and the preview). Test code only: ExcelJS
 * loses sheet names on openpyxl-style packages and sometimes fails on sound files, so it cannot
 * serve users, but where it works it is an implementation nobody on the team wrote.
 */
import { createReadStream } from "node:fs";
import ExcelJS from "exceljs";
import { SheetData } from "../../src/engine/sheet";
import { WorkbookContents, WorkbookReader } from "../../src/workbook/port";
import { plainCellValue } from "./exceljs-cell-values";

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

/** Reads with ExcelJS's streaming reader; its failures are thrown (the tests retry known flakes). */
export function excelJSStreamReader(path: string): WorkbookReader {
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
      } finally {
        stream.destroy();
      }
      contents.dateSystem = workbook.properties?.model?.date1904 ? 1904 : 1900;
      return contents;
    },
  };
}
