/**
 * editCells (SPEC 10): changed cells written into the register's own sheets at the package level.
 * ExcelJS reads the result back as the independent reader; the zip is compared part by part.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CellWrite } from "../../../src/engine/returns/returns-types";
import { editCells, SheetCellEdits } from "../../../src/workbook/xlsx/package/cell-edits";
import { packageFromPlans } from "../../../src/workbook/xlsx/package/new-package";
import { buildNewWorkbook } from "../../../src/workbook/xlsx/new-workbook";
import { withGrownRanges } from "../../../src/workbook/xlsx/package/grown-ranges";
import { buildRegister } from "./cell-edits-register";
import { historyPlan } from "./plans";
import { loadWithExcelJS } from "./read-back";

const text = (value: string): CellWrite => ({ kind: "text", value });
const number = (value: number): CellWrite => ({ kind: "number", value });
const date = (value: string): CellWrite => ({ kind: "date", value });
const boolean = (value: boolean): CellWrite => ({ kind: "boolean", value });

const EDITS: SheetCellEdits[] = [
  {
    sheet: "projects",
    cells: [
      { cell: "C5", value: text("Red") },
      { cell: "D4", value: number(120.5) },
      { cell: "E6", value: date("2026-12-31") },
      { cell: "F5", value: boolean(true) },
      { cell: "H4", value: text('=HYPERLINK("http://x.example")') },
      { cell: "B6", value: text("@cmd & <Cygnus>") },
      { cell: "G5", value: text("new cell in a row") },
    ],
    appendRows: [
      { A: text("P-4"), B: text("Draco"), C: text("Green"), D: number(60), E: date("2027-01-04"), F: boolean(false) },
      { A: text("P-5"), B: text("+Eridanus") },
    ],
  },
];

const EDITED_CELLS = new Set(["Projects!C5", "Projects!D4", "Projects!E6", "Projects!F5", "Projects!H4", "Projects!B6", "Projects!G5"]);

interface CellState {
  value: unknown;
  formula: string | undefined;
  style: unknown;
}

/** Every cell of every sheet, by "Sheet!A1". */
function cellsOf(workbook: ExcelJS.Workbook): Map<string, CellState> {
  const cells = new Map<string, CellState>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, { value: cell.value, formula: cell.formula, style: JSON.parse(JSON.stringify(cell.style)) });
      }),
    );
  });
  return cells;
}

function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

describe("editCells on a register written by ExcelJS", () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    input = await buildRegister();
    output = editCells(input, EDITS);
    before = await loadWithExcelJS(input);
    after = await loadWithExcelJS(output);
  });

  test("every cell not edited keeps its value, formula and style, on every sheet", () => {
    const old = cellsOf(before);
    const now = cellsOf(after);
    for (const [address, state] of old) {
      if (EDITED_CELLS.has(address)) continue;
      expect({ address, ...now.get(address) }).toEqual({ address, ...state });
    }
  });

  test("edited cells hold their new typed values and keep their style", () => {
    const sheet = after.getWorksheet("Projects")!;
    const was = before.getWorksheet("Projects")!;
    expect(sheet.getCell("C5").value).toBe("Red");
    expect(sheet.getCell("D4").value).toBe(120.5);
    expect(sheet.getCell("E6").value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(sheet.getCell("F5").value).toBe(true);
    for (const address of ["C5", "D4", "E6", "F5", "B6"]) expect(sheet.getCell(address).style).toEqual(was.getCell(address).style);
    expect(sheet.getCell("D4").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("B6").font).toMatchObject({ italic: true });
  });

  test("formula-like text stays text; the cell that had a formula has none", () => {
    const sheet = after.getWorksheet("Projects")!;
    expect(sheet.getCell("H4").value).toBe('=HYPERLINK("http://x.example")');
    expect(sheet.getCell("H4").formula).toBeUndefined();
    expect(sheet.getCell("B6").value).toBe("@cmd & <Cygnus>");
    expect(sheet.getCell("B8").value).toBe("+Eridanus");
    expect(sheet.getCell("H5").formula).toBe("D5*2");
  });

  test("appended rows come after the last data row, styled as the row above, inside the table", () => {
    const sheet = after.getWorksheet("Projects")!;
    expect(sheet.getRow(7).values).toEqual([undefined, "P-4", "Draco", "Green", 60, new Date(Date.UTC(2027, 0, 4)), false]);
    expect(sheet.getCell("E7").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("B7").font).toMatchObject({ italic: true });
    expect(sheet.getCell("A8").value).toBe("P-5");
    const table = strFromU8(entries(output)["xl/tables/table1.xml"]);
    expect(table).toMatch(/<table [^>]*ref="A3:F8"/);
    expect(table).toContain('<autoFilter ref="A3:F8">');
    expect(strFromU8(entries(output)["xl/worksheets/sheet1.xml"])).toContain('<dimension ref="A1:H8"/>');
    // The status drop-down runs on down the new rows.
    expect(strFromU8(entries(output)["xl/worksheets/sheet1.xml"])).toContain('<dataValidation type="list" allowBlank="1" sqref="C4:C8">');
    expect(after.getWorksheet("Projects")!.getCell("C8").dataValidation).toMatchObject({ type: "list", formulae: ['"Green,Amber,Red"'] });
  });

  test("the other parts are byte-identical; the sheet's untouched XML is kept byte for byte", () => {
    const old = entries(input);
    const now = entries(output);
    expect(Object.keys(now).sort()).toEqual(Object.keys(old).sort());
    const changed = Object.keys(old).filter((name) => Buffer.compare(Buffer.from(old[name]), Buffer.from(now[name])) !== 0);
    expect(changed.sort()).toEqual(["xl/calcChain.xml", "xl/tables/table1.xml", "xl/worksheets/sheet1.xml"]);
    // Removing the changed cells and the new rows from both leaves the same text.
    const strip = (xml: string) =>
      xml
        .replace(/<c r="(C5|D4|E6|F5|H4|B6|G5)"[^>]*?(\/>|>.*?<\/c>)/g, "")
        .replace(/<row r="[78]".*?<\/row>/g, "")
        .replace(/<dimension ref="[^"]*"\/>/, "")
        .replace(/sqref="C4:C[68]"/, "");
    expect(strip(strFromU8(now["xl/worksheets/sheet1.xml"]))).toBe(strip(strFromU8(old["xl/worksheets/sheet1.xml"])));
  });

  test("a new cell goes in column order; r and s of changed cells are kept", () => {
    const xml = strFromU8(entries(output)["xl/worksheets/sheet1.xml"]);
    expect(xml).toMatch(/<c r="F5" t="b"><v>1<\/v><\/c><c r="G5" t="inlineStr">.*?<\/c><c r="H5"><f>D5\*2<\/f>/);
    expect(xml).toContain('<c r="D4" s="4"><v>120.5</v></c>');
    expect(xml).toMatch(/<row r="5" spans="1:8"/);
  });

  test("the calc chain loses the entry of the cell whose formula became text, and keeps its sheet on the next", () => {
    const chain = strFromU8(entries(output)["xl/calcChain.xml"]);
    expect(chain).toContain('<c r="H1" i="1"/><c r="H5"/><c r="C1" i="2"/>');
    const second = editCells(input, [{ sheet: "Projects", cells: [{ cell: "H1", value: number(1) }] }]);
    expect(strFromU8(entries(second)["xl/calcChain.xml"])).toContain('<c i="1" r="H4"/><c r="H5"/><c r="C1" i="2"/>');
  });

  test("a calc chain left empty goes, with its relationship and content type", () => {
    const result = editCells(input, [
      { sheet: "Projects", cells: ["H1", "H4", "H5"].map((cell) => ({ cell, value: number(0) })) },
      { sheet: "Notes", cells: [{ cell: "C1", value: number(2) }] },
    ]);
    const parts = entries(result);
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(strFromU8(parts["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
    expect(strFromU8(parts["[Content_Types].xml"])).not.toContain("calcChain");
  });

  test("LibreOffice opens the result (when /usr/bin/soffice is installed)", () => {
    const soffice = "/usr/bin/soffice";
    if (!existsSync(soffice)) {
      expect(existsSync(soffice)).toBe(false);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "pmo-cell-edits-"));
    try {
      writeFileSync(join(dir, "register.xlsx"), output);
      execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "csv", "--outdir", dir, join(dir, "register.xlsx")], {
        timeout: 120_000,
        stdio: "ignore",
      });
      expect(readdirSync(dir)).toContain("register.csv");
      const csv = readFileSync(join(dir, "register.csv"), "utf8");
      expect(csv).toContain("Draco");
      expect(csv).toContain("HYPERLINK");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

test("a 1904-date-system workbook gets 1904 serials", async () => {
  const input = await buildRegister({ date1904: true });
  const output = editCells(input, [{ sheet: "Projects", cells: [{ cell: "E4", value: date("2026-12-31") }] }]);
  expect(strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"])).toContain(`<c r="E4" s="5"><v>${46387 - 1462}</v></c>`);
  const workbook = await loadWithExcelJS(output);
  expect(workbook.getWorksheet("Projects")!.getCell("E4").value).toEqual(new Date(Date.UTC(2026, 11, 31)));
});

test("a row that is not there is made in row order", async () => {
  const output = editCells(await buildRegister(), [{ sheet: "Projects", cells: [{ cell: "B2", value: text("subtitle") }] }]);
  const xml = strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"]);
  expect(xml).toMatch(/<\/row><row r="2"><c r="B2" t="inlineStr"><is><t xml:space="preserve">subtitle<\/t><\/is><\/c><\/row><row r="3"/);
  expect((await loadWithExcelJS(output)).getWorksheet("Projects")!.getCell("B2").value).toBe("subtitle");
});

test("a sheet written by the repo's own package writer", async () => {
  const input = packageFromPlans([historyPlan(2)]);
  const sheetName = historyPlan(2).name;
  const output = editCells(input, [{ sheet: sheetName, cells: [{ cell: "B2", value: text("=1+1") }], appendRows: [{ A: text("2026-12"), C: number(3) }] }]);
  const before = await loadWithExcelJS(input);
  const after = await loadWithExcelJS(output);
  const sheet = after.getWorksheet(sheetName)!;
  expect(sheet.getCell("B2").value).toBe("=1+1");
  expect(sheet.getCell("B2").style).toEqual(before.getWorksheet(sheetName)!.getCell("B2").style);
  const last = before.getWorksheet(sheetName)!.actualRowCount;
  expect(sheet.getCell(`A${last + 1}`).value).toBe("2026-12");
  expect(sheet.getCell(`C${last + 1}`).value).toBe(3);
});

test("a date in a cell whose style shows no date gets a copy of that style with a date format", async () => {
  const input = await buildRegister();
  const output = editCells(input, [
    {
      sheet: "Projects",
      cells: [
        { cell: "G4", value: date("2026-12-31") },
        { cell: "B4", value: date("2026-11-30") },
        { cell: "B5", value: date("2026-10-01") },
      ],
    },
  ]);
  const before = (await loadWithExcelJS(input)).getWorksheet("Projects")!;
  const sheet = (await loadWithExcelJS(output)).getWorksheet("Projects")!;
  expect(sheet.getCell("G4").value).toEqual(new Date(Date.UTC(2026, 11, 31)));
  expect(sheet.getCell("B4").value).toEqual(new Date(Date.UTC(2026, 10, 30)));
  expect(sheet.getCell("B4").font).toEqual(before.getCell("B4").font);
  expect(sheet.getCell("B4").numFmt).toBeTruthy();
  // B6 keeps the style B4 and B5 had; both dates share the one new format.
  expect(sheet.getCell("B6").style).toEqual(before.getCell("B6").style);
  const xml = strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"]);
  const styleOf = (cell: string) => new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)?.[1];
  expect(styleOf("B4")).toBe(styleOf("B5"));
  expect(styleOf("B4")).not.toBe(styleOf("G4"));
});

test("validation, conditional formats and the sheet's filter that run to the last data row run on over appended rows", () => {
  const tail =
    `</sheetData><autoFilter ref="A3:F6"/><conditionalFormatting sqref="C4:C6 E2:E6 F6 G4:G5"><cfRule type="expression" priority="1"><formula>C4="Red"</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" sqref='D4:D6'><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
    `<extLst><ext><x14:dataValidations><x14:dataValidation><xm:sqref>B4:B6 H9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;
  expect(withGrownRanges(tail, 6, 8)).toBe(
    `</sheetData><autoFilter ref="A3:F8"/><conditionalFormatting sqref="C4:C8 E2:E8 F6 G4:G5"><cfRule type="expression" priority="1"><formula>C4="Red"</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" sqref="D4:D8"><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
      `<extLst><ext><x14:dataValidations><x14:dataValidation><xm:sqref>B4:B8 H9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`,
  );
  expect(withGrownRanges(tail, 6, 6)).toBe(tail);
});

test("rows appended to a new governed workbook's empty table (pmo init) take the columns' styles, not the header's", async () => {
  const workbook = buildNewWorkbook(undefined);
  const input = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const before = (await loadWithExcelJS(input)).getWorksheet("Projects")!;
  const output = editCells(input, [{ sheet: "Projects", cells: [], appendRows: [{ A: text("P-1"), J: date("2026-12-01") }, { A: text("P-2"), J: date("2027-01-01") }] }]);
  const sheet = (await loadWithExcelJS(output)).getWorksheet("Projects")!;
  expect(sheet.getCell("A2").value).toBe("P-1");
  expect(sheet.getCell("A3").value).toBe("P-2");
  expect(sheet.getCell("A2").font?.bold).not.toBe(true);
  expect(sheet.getCell("A3").style).toEqual(before.getCell("A3").style);
  // The placeholder row's own cell keeps its style; the new row's cell takes the column's.
  expect(sheet.getCell("J2").style).toEqual(before.getCell("J2").style);
  expect(sheet.getCell("J3").numFmt).toBe(before.getCell("J2").numFmt);
  expect(sheet.getCell("J3").value).toEqual(new Date(Date.UTC(2027, 0, 1)));
  const parts = unzipSync(output);
  const tablePart = Object.keys(parts).find((name) => /xl\/tables\/table\d+\.xml$/.test(name) && strFromU8(parts[name]).includes('name="Projects"'))!;
  expect(strFromU8(parts[tablePart])).toMatch(/<table [^>]*ref="A1:Z3"/);
  const validated = Object.entries((before as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model).filter(([address]) => /^[A-Z]+2$/.test(address));
  expect(validated.length).toBeGreaterThan(0);
  for (const [address, validation] of validated) expect(sheet.getCell(address.replace("2", "3")).dataValidation).toEqual(validation);
});
