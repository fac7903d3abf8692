/** Packages that are valid but unlike what ExcelJS writes, built by hand. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { listSheets, spliceSheets } from "../../../src/workbook/xlsx/package";
import { withoutSheetEntries } from "../../../src/workbook/xlsx/package/calc-chain";
import { historyPlan, summaryPlan } from "./plans";
import { loadWithExcelJS } from "./read-back";
import { buildRichWorkbook } from "./rich-workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const sheetXml = (value: string) => `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${value}</t></is></c></row></sheetData></worksheet>`;

/** Workbook part at "book/main.xml", no styles part, a PMO History with a drawing relationship and a formula in the calc chain. */
function handMadePackage(): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml":
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/book/s/one.xml" ContentType="${WS}"/><Override PartName="/book/s/two.xml" ContentType="${WS}"/>` +
      `<Override PartName="/book/calc.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="a" Type="${R}/officeDocument" Target="/book/main.xml"/></Relationships>`,
    "book/main.xml":
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Plan" sheetId="7" rel:id="s1"/><x:sheet name="PMO History" sheetId="9" rel:id="s2"/></x:sheets>` +
      `<x:definedNames><x:definedName name="Old" localSheetId="1">'PMO History'!$A$1</x:definedName></x:definedNames></x:workbook>`,
    "book/_rels/main.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="s1" Type="${R}/worksheet" Target="s/one.xml"/><Relationship Id="s2" Type="${R}/worksheet" Target="/book/s/two.xml"/><Relationship Id="c" Type="${R}/calcChain" Target="calc.xml"/></Relationships>`,
    "book/s/one.xml": sheetXml("plan"),
    "book/s/two.xml": sheetXml("old history"),
    "book/s/_rels/two.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="d" Type="${R}/drawing" Target="../drawings/d.xml"/></Relationships>`,
    "book/calc.xml": `<calcChain xmlns="${MAIN}"><c r="B1" i="9"/><c r="B2"/></calcChain>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

describe("hand-made packages", () => {
  const output = spliceSheets(handMadePackage(), [summaryPlan(), historyPlan()]);
  const parts = unzipSync(output);
  const text = (name: string) => strFromU8(parts[name]);

  test("finds the workbook through _rels/.rels and keeps its prefixes", () => {
    expect(listSheets(output)).toEqual(["Plan", "PMO History", "PMO Summary 2026-11"]);
    expect(text("book/main.xml")).toContain(`<x:sheet name="PMO Summary 2026-11" sheetId="10" rel:id="rId2"/></x:sheets>`);
    expect(text("book/main.xml")).toContain(`<x:definedName name="Old" localSheetId="1">'PMO History'!$A$1</x:definedName>`);
    expect(Object.keys(parts)).toContain("book/worksheets/sheet1.xml");
    expect(text("book/_rels/main.xml.rels")).toContain(`Target="worksheets/sheet1.xml"`);
    expect(text("[Content_Types].xml")).toContain(`<Override PartName="/book/worksheets/sheet1.xml" ContentType="${WS}"/>`);
  });

  test("creates and registers a styles part when there is none", () => {
    expect(text("book/_rels/main.xml.rels")).toMatch(/Type="[^"]*\/styles" Target="styles1.xml"/);
    expect(text("[Content_Types].xml")).toContain(`PartName="/book/styles1.xml"`);
    expect(text("book/styles1.xml")).toContain("<cellXfs count=");
  });

  test("replacing a sheet drops its relationships and its calc chain entries", () => {
    expect(text("book/s/two.xml")).toContain(">Month<");
    expect(Object.keys(parts)).not.toContain("book/s/_rels/two.xml.rels");
    // Both calc chain entries were on sheet 9 (the second inherits i), so the part goes entirely.
    expect(Object.keys(parts)).not.toContain("book/calc.xml");
    expect(text("book/_rels/main.xml.rels")).not.toContain("calcChain");
    expect(text("[Content_Types].xml")).not.toContain("/book/calc.xml");
    expect(text("book/s/one.xml")).toBe(sheetXml("plan"));
  });

  test("uses the 1904 date system when the workbook does", () => {
    // 2026-11-30 is 46356 in the 1900 system, 1462 less in the 1904 one.
    expect(text("book/worksheets/sheet1.xml")).toContain(`<c r="B2" s="`);
    expect(text("book/worksheets/sheet1.xml")).toContain(`<v>${46356 - 1462}</v>`);
  });

  test("refuses to overwrite a sheet that is not a worksheet", () => {
    const bytes = handMadePackage();
    const files = unzipSync(bytes);
    files["[Content_Types].xml"] = strToU8(strFromU8(files["[Content_Types].xml"]).replace(`/book/s/two.xml" ContentType="${WS}"`, `/book/s/two.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"`));
    expect(() => spliceSheets(zipSync(files), [historyPlan()])).toThrow(`The workbook has a sheet "PMO History" that is not a worksheet (a chart sheet?)`);
  });

  test("refuses Strict Open XML and packages without a workbook", () => {
    const strict = unzipSync(handMadePackage());
    strict["_rels/.rels"] = strToU8(strFromU8(strict["_rels/.rels"]).replace(`${R}/officeDocument`, "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
    expect(() => spliceSheets(zipSync(strict), [historyPlan()])).toThrow("Strict Open XML");
    expect(() => spliceSheets(zipSync({ "a.txt": strToU8("x") }), [historyPlan()])).toThrow("not an Excel workbook");
  });
});

describe("calc chain", () => {
  test("keeps other sheets' entries, with their bytes", () => {
    const xml = `<calcChain xmlns="m"><c r="A1" i="1"/><c r="A2"/><c r="B1" i="2" l="1"/><c r="B2"/><c r="C1" i="3"/></calcChain>`;
    expect(withoutSheetEntries(xml, 2)).toBe(`<calcChain xmlns="m"><c r="A1" i="1"/><c r="A2"/><c r="C1" i="3"/></calcChain>`);
    expect(withoutSheetEntries(xml, 5)).toBe(xml);
    expect(withoutSheetEntries(`<calcChain><c r="A1" i="4"/></calcChain>`, 4)).toBeUndefined();
  });
});

// How fast is the bench's business (npm run bench); this checks that a large history is written whole.
test("large: 50,000 history rows splice and read back", async () => {
  const input = await buildRichWorkbook();
  const output = spliceSheets(input, [historyPlan(50_000)]);
  const workbook = await loadWithExcelJS(output);
  const history = workbook.getWorksheet("PMO History");
  expect(history?.rowCount).toBe(50_001);
  expect(history?.getCell("B50001").value).toBe("P-50000");
}, 120_000);
