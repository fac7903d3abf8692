/**
 * The preview reader (no ExcelJS) against the CLI's ExcelJS streaming reader: the same sheet names,
 * date system and values, under the normalisation documented in helpers.ts, on every fixture and
 * on what our own package writer produces.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { PmoInputError } from "../../../src/engine/errors";
import { readXlsxPackage } from "../../../src/workbook/preview";
import { spliceSheets } from "../../../src/workbook/xlsx/package";
import { historyPlan, summaryPlan } from "../package/plans";
import { fixture, handMadeWorkbook, normalisedSheets, readWithExcelJS, stylesWith } from "./helpers";

const WORKBOOKS = ["clean.xlsx", "messy.xlsx", "golden.xlsx", "missing-name-column.xlsx", "no-projects-sheet.xlsx"];
const everything = () => true;

describe.each(WORKBOOKS)("%s", (name) => {
  const bytes = new Uint8Array(readFileSync(fixture(name)));

  it("reads the same sheets, date system and values as the ExcelJS reader", async () => {
    const ours = readXlsxPackage(bytes, everything);
    const theirs = await readWithExcelJS(bytes);
    expect(ours.sheetNames).toEqual(theirs.sheetNames);
    expect(ours.dateSystem).toBe(theirs.dateSystem);
    expect([...ours.sheets.keys()]).toEqual(theirs.sheetNames);
    expect(normalisedSheets(ours)).toEqual(normalisedSheets(theirs));
  });

  it("hands over rows with no holes, no undefined and no trailing null", () => {
    for (const sheet of readXlsxPackage(bytes, everything).sheets.values()) {
      for (const row of sheet.rows) {
        for (let i = 0; i < row.length; i++) expect(i in row && row[i] !== undefined).toBe(true);
        if (row.length > 0) expect(row[row.length - 1]).not.toBeNull();
      }
    }
  });

  it("reads only the sheets asked for, and still names them all", () => {
    const all = readXlsxPackage(bytes, everything);
    const first = all.sheetNames[0];
    const some = readXlsxPackage(bytes, (sheet) => sheet === first);
    expect(some.sheetNames).toEqual(all.sheetNames);
    expect([...some.sheets.keys()]).toEqual([first]);
    expect(some.sheets.get(first)).toEqual(all.sheets.get(first));
  });
});

describe("something that is not an .xlsx workbook", () => {
  it("not-a-workbook.xlsx (a CSV under an .xlsx name) fails with a clear message", () => {
    const bytes = new Uint8Array(readFileSync(fixture("not-a-workbook.xlsx")));
    expect(() => readXlsxPackage(bytes, everything, '"not-a-workbook.xlsx"')).toThrow(PmoInputError);
    expect(() => readXlsxPackage(bytes, everything, '"not-a-workbook.xlsx"')).toThrow(
      '"not-a-workbook.xlsx" is not a readable .xlsx workbook (it is not a zip package); save it from Excel as an Excel Workbook (.xlsx)',
    );
  });

  it("a zip that holds no workbook, and a damaged zip, fail the same way", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const zip = zipSync({ "readme.txt": strToU8("hello") });
    expect(() => readXlsxPackage(zip, everything)).toThrow(/^The file is not a readable \.xlsx workbook \(not an Excel workbook \(no workbook part/);
    const golden = new Uint8Array(readFileSync(fixture("golden.xlsx")));
    expect(() => readXlsxPackage(golden.slice(0, golden.length / 2), everything)).toThrow(PmoInputError);
  });
});

describe("a workbook written by our package writer", () => {
  it("reads back the spliced sheets as the ExcelJS reader does, with our values", async () => {
    const golden = new Uint8Array(readFileSync(fixture("golden.xlsx")));
    const spliced = spliceSheets(golden, [summaryPlan(), historyPlan(3)]);
    const ours = readXlsxPackage(spliced, everything);
    const theirs = await readWithExcelJS(spliced);
    // ExcelJS names sheets in the order their parts come in the zip (and a sheet met after the
    // workbook part before those met earlier); ours are in tab order, as workbook.xml lists them.
    expect([...ours.sheetNames].sort()).toEqual([...theirs.sheetNames].sort());
    expect(ours.sheetNames).toEqual(["Projects", "Risks", "Milestones", "PMO History", "PMO Summary 2026-11"]);
    expect(normalisedSheets(ours)).toEqual(normalisedSheets(theirs));
    const summary = ours.sheets.get("PMO Summary 2026-11")!.rows;
    expect(summary[1]).toEqual(["As of", new Date(Date.UTC(2026, 10, 30))]);
    expect(summary[4]).toEqual(["=1+1", "Green", 1234567, 0.95, true]);
    expect(summary[5]).toEqual(["R&D <core>", "Red", -500, 1.1, false]);
    expect(summary[6]).toEqual(["@cmd", "Amber"]);
  });

  it("reads text our writer had to escape as the text it was (ExcelJS does not, see the report)", () => {
    const golden = new Uint8Array(readFileSync(fixture("golden.xlsx")));
    const texts = ["&amp; stays", "_x0041_ stays", "line\r\nend", "tab\there", "  padded  "];
    const spliced = spliceSheets(golden, [{ ...summaryPlan(), rows: texts.map((value) => [{ value }]) }]);
    const rows = readXlsxPackage(spliced, (name) => name === "PMO Summary 2026-11").sheets.get("PMO Summary 2026-11")!.rows;
    expect(rows.map((row) => row[0])).toEqual(texts);
  });
});

describe("dates", () => {
  it("reads a 1904 workbook (written by ExcelJS) with the 1904 system, as ExcelJS does", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Dates");
    sheet.addRow(["When", new Date(Date.UTC(2026, 10, 30))]);
    sheet.addRow(["Then", new Date(Date.UTC(1904, 0, 2, 12))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ours = readXlsxPackage(bytes, everything);
    expect(ours.dateSystem).toBe(1904);
    expect(ours.sheets.get("Dates")!.rows).toEqual([
      ["When", new Date(Date.UTC(2026, 10, 30))],
      ["Then", new Date(Date.UTC(1904, 0, 2, 12))],
    ]);
    expect(normalisedSheets(ours)).toEqual(normalisedSheets(await readWithExcelJS(bytes)));
  });

  it('takes date1904="true" as the 1904 system too', () => {
    const bytes = handMadeWorkbook({ workbookPr: 'date1904="true"', stylesXml: stylesWith({}, [0, 14]), sheets: [{ name: "S", sheetData: '<row r="1"><c r="A1" s="1"><v>0</v></c></row>' }] });
    const contents = readXlsxPackage(bytes, everything);
    expect(contents.dateSystem).toBe(1904);
    expect(contents.sheets.get("S")!.rows).toEqual([[new Date(Date.UTC(1904, 0, 1))]]);
  });

  it("knows a date by its style's number format: built-in ids and custom codes", () => {
    const custom = { 164: "yyyy-mm-dd", 165: '#,##0 "days"', 166: "[Red]0.00", 167: "DD/MM/YYYY", 168: "General", 169: "@", 170: "0.0\\h", 171: "[h]:mm" };
    const ids = [0, 14, 22, 45, 47, 3, 164, 165, 166, 167, 168, 169, 170, 171];
    const cells = ids.map((_, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${index}"><v>46356</v></c>`).join("");
    const bytes = handMadeWorkbook({ stylesXml: stylesWith(custom, ids), sheets: [{ name: "S", sheetData: `<row r="1">${cells}</row>` }] });
    const row = readXlsxPackage(bytes, everything).sheets.get("S")!.rows[0];
    const date = new Date(Date.UTC(2026, 10, 30));
    expect(row).toEqual([46356, date, date, date, date, 46356, date, 46356, 46356, date, 46356, 46356, 46356, date]);
  });
});

describe("cell types and shared strings", () => {
  const sharedStrings = [
    "<t>plain</t>",
    '<r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> &amp; plain</t></r>',
    "<t>&lt;tag&gt; &quot;q&quot; &apos;a&apos; &#233; &#x1F600;</t>",
    "<t>A_x000D__x000A_B _x005F_x0041_ _x00e9_</t>",
    '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>',
    "<t/>",
    "<t>cr\r\nlf</t>",
    "<t><![CDATA[a<b & c]]></t>",
  ];
  const sheetData =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#REF!</v></c><c r="E2" t="str"><f>A1&amp;"!"</f><v>plain&amp;!</v></c><c r="F2"><f>1+1</f><v>2</v></c><c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H2" t="b"><f>TRUE</f><v>1</v></c></row>' +
    // No r on cells or rows: each follows the one before. A formula not yet calculated is blank.
    '<row><c><v>1</v></c><c s="0"/><c><v>3</v></c><c r="F3"><f>A1</f></c></row>' +
    '<row r="6"><c r="C6" t="d"><v>2026-11-30T00:00:00</v></c><c r="A6"><v>-1.5E-3</v></c></row>' +
    '<row r="7"/>';
  const bytes = handMadeWorkbook({ sharedStrings, stylesXml: stylesWith({}, [0]), sheets: [{ name: "Types & <Names>", sheetData }] });
  const rows = readXlsxPackage(bytes, everything).sheets.get("Types & <Names>")!.rows;

  it("reads plain, rich and phonetic shared strings, entities, CDATA and _xHHHH_ escapes", () => {
    expect(rows[0]).toEqual(["plain", "Bold & plain", "<tag> \"q\" 'a' é 😀", "A\r\nB _x0041_ é", "漢字", "", "cr\nlf", "a<b & c"]);
  });

  it("reads inline strings, booleans, errors and formulas by their cached results", () => {
    expect(rows[1]).toEqual(["inline", true, false, { error: "#REF!" }, "plain&!", 2, { error: "#DIV/0!" }, true]);
  });

  it("places cells and rows without r after the ones before; keeps missing rows between values as []", () => {
    expect(rows[2]).toEqual([1, null, 3]);
    expect(rows[3]).toEqual([]);
    expect(rows[4]).toEqual([]);
    expect(rows[5]).toEqual([-0.0015, null, new Date(Date.UTC(2026, 10, 30))]);
    // The empty row 7 after the last value is not kept: a styled empty row costs no memory (a sheet
    // of millions of them must not hold millions of []), and nothing reads rows past the data.
    expect(rows).toHaveLength(6);
  });

  it("reads namespace-prefixed SpreadsheetML (x:row, x:c, x:v)", () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Id</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const prefixed = handMadeWorkbook({ sheets: [{ name: "P", sheetData: xml }] });
    expect(readXlsxPackage(prefixed, everything).sheets.get("P")!.rows).toEqual([["Id", 7]]);
  });
});
