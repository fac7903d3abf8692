/**
 * @jest-environment jsdom
 */
/**
 * Protection on the simulated host. Excel refuses each change that protection forbids, action by
 * action, so a batch that meets one stops half way with the actions before it applied. The adapter
 * reads the protection first and refuses the whole write with a message that says what to do, and
 * the workbook is left exactly as it was.
 */
import { PmoInputError } from "../../src/engine/errors";
import { createExcelPort } from "../../src/workbook/excel";
import { readRules, saveRules } from "../../src/workbook/routine";
import { SimulatedExcel } from "./host";
import { SheetModel } from "./model";
import { newContentPlan as plan } from "./plans";

let host: SimulatedExcel;
afterEach(() => host.uninstall());


/** Every cell of every sheet as text, with the sheet names in tab order: what "unchanged" means. */
function snapshot(): string {
  const sheet = (s: SheetModel) => `${s.name}|${s.visibility}|${[...s.cells.entries()].map(([k, cell]) => `${k}=${JSON.stringify(cell)}`).join(";")}`;
  return host.model.sheets.map(sheet).join("\n");
}

/** The writes the adapter sent (anything but a query, or the client's own keeping of references), across every sync. */
const writes = () => host.syncs.flatMap((sync) => sync.actions).filter((action) => action.startsWith("set ") || (action.startsWith("call ") && !action.includes("_RemoveReference") && !action.includes("_KeepReference")));

describe("the host enforces protection as Excel does", () => {
  it("refuses a value on a protected sheet and a new sheet in a workbook whose structure is protected", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["old"]]).protected = true;
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Projects").getRange("A1").values = [["new"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.sheet("Projects").cell(0, 0)?.value).toBe("old");

    host.model.structureProtected = true;
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Another");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects"]);
  });

  it("reports protection through the API and lifts it with the password", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const read = () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Projects");
        sheet.load("protection/protected");
        context.workbook.protection.load("protected");
        await context.sync();
        return [context.workbook.protection.protected, sheet.protection.protected];
      });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").protection.protect({}, "secret");
      context.workbook.protection.protect();
      await context.sync();
    });
    expect(await read()).toEqual([true, true]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Projects").protection.unprotect("wrong");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").protection.unprotect("secret");
      context.workbook.protection.unprotect();
      await context.sync();
    });
    expect(await read()).toEqual([false, false]);
  });
});

describe("the adapter refuses, before changing anything, a write that protection would stop", () => {
  it("names the protected workbook structure and what to do, and adds no sheet", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["Project ID"], ["P-1"]]);
    host.model.structureProtected = true;
    const before = snapshot();
    const failure = createExcelPort().writeSheets([plan("PMO Summary 2026-11"), plan("PMO History")]);
    await expect(failure).rejects.toBeInstanceOf(PmoInputError);
    await expect(failure).rejects.toThrow(`The workbook's structure is protected, so its PMO sheets ("PMO Summary 2026-11", "PMO History") cannot be added or replaced. Unprotect it (Review > Protect Workbook), then try again. Nothing was changed.`);
    expect(snapshot()).toBe(before);
    expect(writes()).toEqual([]);
  });

  it("names a protected PMO Config when the rules are saved, and leaves it as it was", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["Project ID"], ["P-1"]]);
    const port = createExcelPort();
    const config = await readRules(port);
    await saveRules(port, config, config.rules); // creates PMO Config
    host.sheet("PMO Config").protected = true;
    const before = snapshot();
    const syncsBefore = host.syncs.length;
    const again = await readRules(port);
    await expect(saveRules(port, again, again.rules)).rejects.toThrow(`Sheet "PMO Config" is protected, so PMO cannot rewrite it. Unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.`);
    expect(snapshot()).toBe(before);
    expect(host.syncs.slice(syncsBefore).flatMap((sync) => sync.actions).filter((action) => action.startsWith("set ") || action.startsWith("call Worksheet"))).toEqual([]);
  });

  it("names a protected register when formula columns are added, and writes none of them", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["Project ID", "Name"], ["P-1", "One"], ["P-2", "Two"]]).protected = true;
    const before = snapshot();
    const columns = { headerRow: 1, lastRow: 3, firstColumn: 3, columns: [{ header: "RAG", formulaR1C1: "=PMO.RAG(RC1,1)" }] };
    await expect(createExcelPort().writeFormulaColumns("Projects", columns)).rejects.toThrow(`Sheet "Projects" is protected, so PMO cannot add its formula columns to it. Unprotect it (Review > Unprotect Sheet), then try again. Nothing was changed.`);
    expect(snapshot()).toBe(before);
    expect(writes()).toEqual([]);
  });
});
