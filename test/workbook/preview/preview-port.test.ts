/** The preview port: the engine sees the same workbook through it as through the CLI's reader. */
import { readFileSync } from "node:fs";
import { parseMonth } from "../../../src/engine/values";
import { loadPortfolio } from "../../../src/workbook/load-portfolio";
import { createPreviewPort } from "../../../src/workbook/preview";
import { historyPlan, summaryPlan } from "../package/plans";
import { excelJSReader, fixture } from "./helpers";

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const asOf = parseMonth("2026-11")!.last;

describe.each(["golden", "clean", "messy"])("loadPortfolio on %s.xlsx", (name) => {
  it("gives the same findings and portfolio through the preview port as through the ExcelJS reader", async () => {
    const viaPreview = await loadPortfolio(createPreviewPort(bytesOf(`${name}.xlsx`), `${name}.xlsx`), { asOf });
    const viaExcelJS = await loadPortfolio(excelJSReader(fixture(`${name}.xlsx`)), { asOf });
    // The clean register has no findings by design; the others have some.
    if (name !== "clean") expect(viaPreview.findings.length).toBeGreaterThan(0);
    expect(viaPreview.findings).toEqual(viaExcelJS.findings);
    expect(viaPreview.portfolio).toEqual(viaExcelJS.portfolio);
    expect(viaPreview.sources).toEqual(viaExcelJS.sources);
    expect(viaPreview.sheetNames).toEqual(viaExcelJS.sheetNames);
  });
});

describe("the preview port", () => {
  it("is a preview port named after the file, unchanged and with nothing selected at first", () => {
    const port = createPreviewPort(bytesOf("golden.xlsx"), "golden.xlsx");
    expect(port.kind).toBe("preview");
    expect(port.changed).toBe(false);
    expect(port.lastSelection).toBeUndefined();
    expect(port.fileName()).toBe("golden.xlsx");
    expect(createPreviewPort(new Uint8Array(), "Register.XLSX").fileName()).toBe("Register.XLSX");
    expect(createPreviewPort(new Uint8Array(), "register.xlsm").fileName()).toBe("register.xlsx");
    expect(createPreviewPort(new Uint8Array(), "register").fileName()).toBe("register.xlsx");
  });

  it("writes sheets that the next read sees, and keeps the new package for the download", async () => {
    const initial = bytesOf("golden.xlsx");
    const port = createPreviewPort(initial, "golden.xlsx");
    const progress: [string, number | undefined][] = [];
    await port.writeSheets([summaryPlan(), historyPlan(2)], (message, fraction) => progress.push([message, fraction]));
    expect(port.changed).toBe(true);
    expect(port.bytes()).not.toBe(initial);
    expect(progress.at(-1)?.[1]).toBe(1);
    const contents = await port.read((sheet) => sheet.startsWith("PMO "));
    expect(contents.sheetNames).toEqual(["Projects", "Risks", "Milestones", "PMO History", "PMO Summary 2026-11"]);
    expect(contents.sheets.get("PMO History")!.rows).toEqual([
      ["Month", "Id", "Status", "SPI"],
      ["2026-11", "P-1", "Green", 1],
      ["2026-11", "P-2", "Red", 1.01],
    ]);
    expect(contents.sheets.get("PMO Summary 2026-11")!.rows[0]).toEqual(["PMO Summary November 2026"]);
    // The engine still reads the governed sheets of the written package.
    const loaded = await loadPortfolio(port, { asOf });
    expect(loaded.portfolio.projects.length).toBeGreaterThan(0);
  });

  it("leaves the package as it was when a write fails (all or nothing)", async () => {
    const initial = bytesOf("golden.xlsx");
    const port = createPreviewPort(initial, "golden.xlsx");
    await expect(port.writeSheets([summaryPlan(), { ...historyPlan(1), name: "Bad/Name" }])).rejects.toThrow('bad sheet name "Bad/Name"');
    expect(port.bytes()).toBe(initial);
    expect(port.changed).toBe(false);
    expect((await port.read(() => false)).sheetNames).toEqual(["Projects", "Risks", "Milestones", "PMO History"]);
  });

  it("records where it was asked to go, since there is no grid to show", async () => {
    const port = createPreviewPort(bytesOf("golden.xlsx"), "golden.xlsx");
    await port.goToCell("Projects", "C7");
    expect(port.lastSelection).toEqual({ sheet: "Projects", cell: "C7" });
    await port.activateSheet("PMO History");
    expect(port.lastSelection).toEqual({ sheet: "PMO History" });
  });

  it("rejects a file that is not an .xlsx, naming it", async () => {
    const port = createPreviewPort(bytesOf("not-a-workbook.xlsx"), "not-a-workbook.xlsx");
    await expect(port.read(() => true)).rejects.toThrow('"not-a-workbook.xlsx" is not a readable .xlsx workbook');
    await expect(loadPortfolio(port, { asOf })).rejects.toThrow("is not a readable .xlsx workbook");
  });
});
