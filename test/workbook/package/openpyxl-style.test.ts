/**
 * A package written the way openpyxl (and so pandas) and some re-savers write it: absolute
 * relationship targets (`/xl/worksheets/sheet1.xml`), inline strings only (no sharedStrings part),
 * the relationships prefix declared on each `<sheet>` rather than on the root, and a worksheet whose
 * elements carry an `x:` prefix. Read right, and written back sound: every XML part parses with a
 * namespace-aware parser (saxes, as strict as Excel about unbound prefixes) and ExcelJS opens it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { readXlsxPackage } from "../../../src/workbook/xlsx/package/read-xlsx-package";
import { spliceSheets } from "../../../src/workbook/xlsx/package";
import { historyPlan, summaryPlan } from "./plans";
import { loadWithExcelJS, unzipText } from "./read-back";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

function inline(ref: string, text: string): string {
  return `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
}

function openpyxlStylePackage(): Uint8Array {
  const projects =
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
    `<x:row r="1">${inline("A1", "Project ID")}${inline("B1", "Project Name")}<x:c r="C1" t="inlineStr"><x:is><x:t>BAC</x:t></x:is></x:c></x:row>` +
    `<x:row r="2">${inline("A2", "P-1")}${inline("B2", "Ledger &amp; Payroll")}<x:c r="C2"><x:v>1200</x:v></x:c></x:row>` +
    `<x:row r="3">${inline("A3", "P-2")}${inline("B3", "Depot")}<x:c r="C3"><x:v>800</x:v></x:c></x:row>` +
    `</x:sheetData></x:worksheet>`;
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="/xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${RELS}/extended-properties" Target="/docProps/app.xml"/></Relationships>`,
    "docProps/app.xml":
      `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Projects</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}"><workbookPr/><sheets>` +
      `<sheet xmlns:ns1="${RELS}" name="Projects" sheetId="1" state="visible" ns1:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": projects,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

/** Parses with namespaces checked; throws on any well-formedness or namespace error. */
function parseStrictly(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

const input = openpyxlStylePackage();

test("is read with its sheet names and inline strings", () => {
  const contents = readXlsxPackage(input, () => true);
  expect(contents.sheetNames).toEqual(["Projects"]);
  expect(contents.sheets.get("Projects")?.rows).toEqual([
    ["Project ID", "Project Name", "BAC"],
    ["P-1", "Ledger & Payroll", 1200],
    ["P-2", "Depot", 800],
  ]);
});

describe("written back with our sheets", () => {
  const output = spliceSheets(input, [summaryPlan(), historyPlan()]);
  const texts = unzipText(output);

  it("has only namespace-well-formed XML parts", () => {
    const xmlParts = [...texts.keys()].filter((name) => name.endsWith(".xml") || name.endsWith(".rels"));
    expect(xmlParts.length).toBeGreaterThanOrEqual(8);
    for (const name of xmlParts) expect(() => parseStrictly(name, texts.get(name)!)).not.toThrow();
  });

  it("declares the relationships prefix on each new sheet entry, as the input does", () => {
    const workbookXml = texts.get("xl/workbook.xml")!;
    expect(workbookXml).toContain(`<sheet xmlns:ns1="${RELS}" name="Projects" sheetId="1" state="visible" ns1:id="rId1"/>`);
    expect(workbookXml).toMatch(new RegExp(`<sheet name="PMO Summary 2026-11" sheetId="2" xmlns:r="${RELS}" r:id="rId\\d+"/>`));
  });

  it("lists the new sheets in docProps/app.xml", () => {
    const app = texts.get("docProps/app.xml")!;
    expect(app).toContain("<vt:i4>3</vt:i4>");
    expect(app).toContain(`<vt:vector size="3" baseType="lpstr"><vt:lpstr>Projects</vt:lpstr><vt:lpstr>PMO Summary 2026-11</vt:lpstr><vt:lpstr>PMO History</vt:lpstr></vt:vector>`);
  });

  // ExcelJS cannot serve as the second reader here: it reads the relationship id by the literal
  // name "r:id" and resolves targets as relative paths, so it fails on such a package ("Cannot set
  // properties of undefined (setting 'sheetNo')"), on the input as on the output.
  it("is no worse for ExcelJS than the input was", async () => {
    await expect(loadWithExcelJS(input)).rejects.toThrow("sheetNo");
    await expect(loadWithExcelJS(output)).rejects.toThrow("sheetNo");
  });

  it("opens in our reader with every sheet and the register as it was", async () => {
    const contents = readXlsxPackage(output, (name) => name === "Projects");
    expect(contents.sheetNames).toEqual(["Projects", "PMO Summary 2026-11", "PMO History"]);
    expect(contents.sheets.get("Projects")?.rows[1]).toEqual(["P-1", "Ledger & Payroll", 1200]);
    // The user's sheet part is carried as it was, byte for byte.
    expect(texts.get("xl/worksheets/sheet1.xml")).toBe(unzipText(input).get("xl/worksheets/sheet1.xml"));
  });
});

test("reads parts saved as UTF-16 (with their byte-order mark) as well as UTF-8 ones", () => {
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  };
  const files = unzipSync(openpyxlStylePackage());
  for (const name of ["xl/workbook.xml", "xl/worksheets/sheet1.xml"]) files[name] = utf16(strFromU8(files[name]).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
  const contents = readXlsxPackage(zipSync(files), () => true);
  expect(contents.sheetNames).toEqual(["Projects"]);
  expect(contents.sheets.get("Projects")?.rows[1]).toEqual(["P-1", "Ledger & Payroll", 1200]);
});
