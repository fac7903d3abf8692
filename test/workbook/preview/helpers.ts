/** Shared by the preview reader tests: the ExcelJS reader to compare with, and hand-made packages. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { SheetData } from "../../../src/engine/sheet";
import { WorkbookContents, WorkbookReader } from "../../../src/workbook/port";
import { excelJSStreamReader } from "../../helpers/exceljs-stream-reader";
import { escapeAttribute } from "../../../src/workbook/xlsx/package/xml-text";

export const fixture = (name: string) => path.join(__dirname, "..", "..", "fixtures", name);

/**
 * ExcelJS's streaming reader, as the reference to compare with. It fails now and then
 * (about 1 read in 150 under load) with "Cannot read properties of undefined (reading 'sheets')":
 * ExcelJS sometimes parses a worksheet without having parsed workbook.xml, which ExcelJS-written
 * files put last in the zip. That is ExcelJS's flake, not what these tests are about, so such a
 * read is tried again (at most twice more).
 */
export function excelJSReader(file: string): WorkbookReader {
  return {
    async read(wanted) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await excelJSStreamReader(file).read(wanted);
        } catch (error) {
          if (attempt >= 3 || !String(error).includes("reading 'sheets'")) throw error;
        }
      }
    },
  };
}

/** Reads bytes with ExcelJS's streaming reader (it wants a file, so one is written). */
export async function readWithExcelJS(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): Promise<WorkbookContents> {
  const dir = mkdtempSync(path.join(tmpdir(), "pmo-preview-"));
  try {
    const file = path.join(dir, "book.xlsx");
    writeFileSync(file, bytes);
    return await excelJSReader(file).read(wanted);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The normalisation under which both readers must agree:
 * - a blank is null: undefined, a hole and "" all become null. ExcelJS reads an empty shared
 *   string (`<si><t></t></si>`, what ExcelJS itself writes for a "" cell) as null; the preview
 *   reader keeps it as "", which is what the cell holds. The engine takes both as blank, as it
 *   must, since Office.js hands "" for every blank cell;
 * - a row ends at its last non-blank cell, and the sheet at its last non-empty row. Both readers
 *   already drop trailing null, but the SheetData contract does not promise it (a reader may hand
 *   over a rectangle, as Office.js does), so the comparison does not rely on it.
 */
export function normalise(sheet: SheetData): SheetData {
  const rows = sheet.rows.map((row) => {
    const cells = Array.from(row, (cell) => (cell === undefined || cell === "" ? null : cell));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { ...sheet, rows };
}

export function normalisedSheets(contents: WorkbookContents): Record<string, SheetData> {
  return Object.fromEntries([...contents.sheets].map(([name, sheet]) => [name, normalise(sheet)]));
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export interface HandMadeSheet {
  name: string;
  /** The content of <sheetData>, or a whole worksheet part when it starts with "<?xml". */
  sheetData: string;
}

export interface HandMadeOptions {
  sheets: HandMadeSheet[];
  /** The <si> items of sharedStrings.xml (omitted: no shared-strings part). */
  sharedStrings?: string[];
  /** The styles part (omitted: none). */
  stylesXml?: string;
  /** Attributes of <workbookPr>, e.g. 'date1904="true"'. */
  workbookPr?: string;
}

/** A minimal .xlsx written by hand, to hold exactly the XML a test needs. */
export function handMadeWorkbook(options: HandMadeOptions): Uint8Array {
  const rels: string[] = [];
  const overrides: string[] = [];
  const files: Record<string, Uint8Array> = {};
  options.sheets.forEach((sheet, index) => {
    const part = `xl/worksheets/sheet${index + 1}.xml`;
    const xml = sheet.sheetData.startsWith("<?xml") ? sheet.sheetData : `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${sheet.sheetData}</sheetData></worksheet>`;
    files[part] = strToU8(xml);
    rels.push(`<Relationship Id="rId${index + 1}" Type="${R}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`);
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  if (options.sharedStrings) {
    const items = options.sharedStrings.map((item) => `<si>${item}</si>`).join("");
    files["xl/sharedStrings.xml"] = strToU8(`${DECL}<sst xmlns="${MAIN}" count="${options.sharedStrings.length}" uniqueCount="${options.sharedStrings.length}">${items}</sst>`);
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (options.stylesXml) {
    files["xl/styles.xml"] = strToU8(options.stylesXml);
    rels.push(`<Relationship Id="rIdY" Type="${R}/styles" Target="styles.xml"/>`);
  }
  const sheets = options.sheets.map((sheet, index) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join("");
  const workbookPr = options.workbookPr ? `<workbookPr ${options.workbookPr}/>` : "";
  return zipSync({
    "[Content_Types].xml": strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(`${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}">${workbookPr}<sheets>${sheets}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`),
    ...files,
  });
}

/** styles.xml with the given custom formats and one cellXfs entry per numFmtId listed. */
export function stylesWith(numFmts: Record<number, string>, cellXfsNumFmtIds: number[]): string {
  const formats = Object.entries(numFmts)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`)
    .join("");
  const xfs = cellXfsNumFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("");
  return (
    `${DECL}<styleSheet xmlns="${MAIN}">${formats ? `<numFmts count="${Object.keys(numFmts).length}">${formats}</numFmts>` : ""}` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${cellXfsNumFmtIds.length}">${xfs}</cellXfs></styleSheet>`
  );
}
