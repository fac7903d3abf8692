/**
 * Test input for the package-level cell writer: a register as a user keeps it, written by ExcelJS:
 * styles, a formula in another cell, an Excel table over the data, data validation, an image, a
 * second sheet nobody edits, and (added to the zip) a calc chain naming the formula cells.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";
import { PNG } from "./rich-workbook";

export async function buildRegister(options: { date1904?: boolean; totalsRow?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  const projects = workbook.addWorksheet("Projects");
  projects.getCell("A1").value = "Portfolio register";
  projects.getCell("A1").font = { bold: true, size: 14 };
  projects.addTable({
    name: "ProjectsTable",
    ref: "A3",
    headerRow: true,
    totalsRow: options.totalsRow ?? false,
    columns: [{ name: "Id" }, { name: "Name" }, { name: "Status" }, { name: "Budget" }, { name: "Start" }, { name: "Active" }],
    rows: [
      ["P-1", "Apollo", "Green", 100, new Date(Date.UTC(2026, 0, 15)), true],
      ["P-2", "Borealis", "Amber", 250, new Date(Date.UTC(2026, 2, 1)), false],
      ["P-3", "Cygnus", "Red", 75, new Date(Date.UTC(2026, 5, 30)), true],
    ],
  });
  for (let row = 4; row <= 6; row++) {
    projects.getCell(`D${row}`).numFmt = "#,##0.0";
    projects.getCell(`E${row}`).numFmt = "dd/mm/yyyy";
    projects.getCell(`B${row}`).font = { italic: true, color: { argb: "FF336699" } };
    projects.getCell(`C${row}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"Green,Amber,Red"'] };
  }
  projects.getCell("H4").value = { formula: "D4*2", result: 200 };
  projects.getCell("H5").value = { formula: "D5*2", result: 500 };
  projects.getCell("H1").value = { formula: "SUM(D4:D6)", result: 425 };
  projects.getCell("H1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  projects.addImage(image, "J2:K4");
  const other = workbook.addWorksheet("Notes");
  other.addRow(["Untouched", 1, { formula: "B1+1", result: 2 }]);
  other.getCell("A1").border = { bottom: { style: "thin" } };
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return withCalcChain(bytes);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's calc chain for the formula cells (ExcelJS writes none). */
function withCalcChain(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes) as Zippable;
  const text = (name: string) => strFromU8(parts[name] as Uint8Array);
  parts["xl/calcChain.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="H1" i="1"/><c r="H4"/><c r="H5"/><c r="C1" i="2"/></calcChain>`);
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `<Relationship Id="rId99" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`),
  );
  parts["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml").replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`),
  );
  return zipSync(parts);
}
