/**
 * @jest-environment jsdom
 */
/** The real client on the host: Range.clear, Range.copyFrom, a sheet's charts, tab colour. */
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

function twoSheets() {
  host = new SimulatedExcel().install();
  const from = host.addSheet("From", [["a", 1, "=B1*2"], ["b", 2]]);
  from.edit(0, 1).numberFormat = "0.00";
  from.edit(0, 0).format = { bold: true };
  from.merges.push({ top: 1, left: 0, bottom: 1, right: 1 });
  const to = host.addSheet("To", [["old", "old", "old", "old"]]);
  to.edit(2, 2).format = { fill: "#FF0000" };
  return { from, to };
}

describe("Range.clear and Range.copyFrom on the simulated host", () => {
  it("clears contents, formats (unmerging) or all", async () => {
    const { from } = twoSheets();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("From");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      sheet.getRange("A2").clear(); // "All" by default
      await context.sync();
    });
    expect(from.cell(0, 0)).toEqual({ format: { bold: true } });
    expect(from.cell(0, 1)).toEqual({ value: 1 });
    expect(from.cell(1, 0)).toBeUndefined();
    expect(from.merges).toEqual([]);
  });

  it("refuses a clear or copy type Excel does not have", async () => {
    twoSheets();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("From").getRange("A1").clear("Everything" as Excel.ClearApplyTo);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("To");
        sheet.getRange("A1").copyFrom("From!A1", "Everything" as Excel.RangeCopyType);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it('copies "All" from another sheet: values, formulas as written, formats, merges; empty source cells empty the destination', async () => {
    const { from, to } = twoSheets();
    await Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("From").getRange("A1:D3");
      context.workbook.worksheets.getItem("To").getRange("A1:D3").copyFrom(source, "All");
      await context.sync();
    });
    expect(to.cell(0, 0)).toEqual({ value: "a", format: { bold: true } });
    expect(to.cell(0, 1)).toEqual({ value: 1, numberFormat: "0.00" });
    expect(to.cell(0, 2)?.formula).toBe("=B1*2");
    expect(to.cell(0, 3)).toBeUndefined();
    expect(to.cell(2, 2)).toBeUndefined();
    expect(to.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
    expect(from.cell(0, 0)).toEqual({ value: "a", format: { bold: true } }); // the source is left as it was
  });

  it("grows a one-cell destination to the source's size, and copies values or formats only when asked", async () => {
    const { to } = twoSheets();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("To");
      sheet.getRange("A5").copyFrom("From!A1:C1", "Values");
      sheet.getRange("A1").copyFrom("From!A1:B1", "Formats");
      await context.sync();
    });
    expect([4, 5, 6].map((c) => to.cell(4, c - 4))).toEqual([{ value: "a" }, { value: 1 }, { value: 0 }]);
    expect(to.cell(0, 0)).toEqual({ value: "old", format: { bold: true } });
    expect(to.cell(0, 1)).toEqual({ value: "old", numberFormat: "0.00" });
  });

  it("skips blank source cells when asked", async () => {
    const { to } = twoSheets();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("To").getRange("A1:D1").copyFrom("From!A2:D2", "All", true);
      await context.sync();
    });
    expect([0, 1, 2, 3].map((c) => to.cell(0, c)?.value)).toEqual(["b", 2, "old", "old"]);
  });

  it("does not pretend to adjust a formula copied to another position (not modelled)", async () => {
    twoSheets();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("To").getRange("A4").copyFrom("From!C1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "HostNotImplemented" });
  });
});

describe("charts and tab colour on the simulated host", () => {
  it("keeps charts per sheet with a name and an id, lists, finds and deletes them", async () => {
    host = new SimulatedExcel().install();
    const sheet = host.addSheet("Data", [[1, 2]]);
    const names = await Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Data").charts;
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      charts.add("Pie", range, "Rows");
      charts.add("Line", range);
      await context.sync();
      charts.load("items/name");
      const missing = charts.getItemOrNullObject("Chart 9");
      await context.sync();
      const listed = charts.items.map((chart) => chart.name);
      charts.items[0].delete();
      await context.sync();
      return { listed, missing: missing.isNullObject };
    });
    expect(names).toEqual({ listed: ["Chart 1", "Chart 2"], missing: true });
    expect(sheet.charts.map((chart) => chart.name)).toEqual(["Chart 2"]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").charts.add("Pies" as Excel.ChartType, context.workbook.worksheets.getItem("Data").getRange("A1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("reads a hidden sheet's tab colour as null and takes an empty string for no colour", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Shown").tabColor = "#00FF00";
    const hidden = host.addSheet("Hidden");
    hidden.tabColor = "#FF0000";
    hidden.visibility = "Hidden";
    const read = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/tabColor");
      sheets.getItem("Hidden").tabColor = "";
      await context.sync();
      return sheets.items.map((sheet) => sheet.tabColor);
    });
    expect(read).toEqual(["#00FF00", null]);
    expect(hidden.tabColor).toBe("");
  });
});
