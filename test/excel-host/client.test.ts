/**
 * @jest-environment jsdom
 */
/** The real Office.js client against the simulated host: loads, null objects, errors, the 5 MB and 5-million-cell limits. */
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

describe("the real Excel client on the simulated host", () => {
  it("reads back values written in an earlier sync, with address and size", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("projects"); // names ignore case
      sheet.getRange("B3:C4").values = [["Project ID", "BAC"], ["P-1", 1200]];
      await context.sync();
      const range = sheet.getRange("B3:C4").load("values,address,rowCount,columnCount");
      await context.sync();
      return { values: range.values, address: range.address, rows: range.rowCount, columns: range.columnCount };
    });
    expect(read).toEqual({ values: [["Project ID", "BAC"], ["P-1", 1200]], address: "Projects!B3:C4", rows: 2, columns: 2 });
    expect(host.contextSyncs.map((sync) => sync.actions)).toEqual([
      ["call Range._KeepReference", "set Range.Values"],
      ["call Range._KeepReference", "query Range values,address,rowCount,columnCount"],
    ]);
  });

  it("answers getItemOrNullObject with a null object, and the client reports isNullObject", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const found = await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("PMO Config");
      const present = context.workbook.worksheets.getItemOrNullObject("Projects");
      missing.load("name");
      present.load("name,position");
      await context.sync();
      return { missing: missing.isNullObject, present: present.isNullObject, name: present.name, position: present.position };
    });
    expect(found).toEqual({ missing: true, present: false, name: "Projects", position: 0 });
  });

  it("throws PropertyNotLoaded (the client's own check) for a property read before load", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Projects").getRange("A1");
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("stops a batch at the failing action, the earlier ones done, with Excel's error code", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.add("Summary");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      context.workbook.worksheets.add("Never");
      await context.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "ItemNotFound" });
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Summary"]);
  });

  it("names a member the host does not implement", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getRange("A1").load("valueTypes");
      await context.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "HostNotImplemented" });
    expect((error as Error).message).toContain("Range.ValueTypes");
  });

  it("refuses a request over 5 MB, measured on the serialised body, before doing any of it", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const rows = Array.from({ length: 100_000 }, (_, i) => [`Project ${i} with a long enough name`, i, "Active", "Some more text"]);
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getRange(`A1:D${rows.length}`).values = rows;
      await context.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    const refused = host.syncs.find((sync) => sync.error === "RequestPayloadSizeLimitExceeded")!;
    expect(refused.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.sheet("Projects").cells.size).toBe(0);
  });

  it("refuses a response over 5 MB", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", Array.from({ length: 100_000 }, (_, i) => [`Project ${i} with a long enough name`, i, "Active", "Some more text"]));
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getUsedRange(true).load("values");
      await context.sync();
    }).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads at most five million cells of one range, on every platform (RangeExceedsLimit above)", async () => {
    // No payload limit, as on the desktop: the cell count alone decides.
    host = new SimulatedExcel({ limitBytes: Number.POSITIVE_INFINITY }).install();
    host.addSheet("Projects", [["Project ID"]]);
    const read = (address: string) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Projects").getRange(address).load("values");
        await context.sync();
        return range.values;
      });
    // A1:E1000000 is 5 × 1,000,000 = 5,000,000 cells: allowed.
    const values = await read("A1:E1000000");
    expect(values).toHaveLength(1_000_000);
    expect(values[0]).toEqual(["Project ID", "", "", "", ""]);
    // One more row is 5,000,005 cells: refused.
    await expect(read("A1:E1000001")).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(host.contextSyncs.map((sync) => sync.error)).toEqual([undefined, "RangeExceedsLimit"]);
  });

  it("types values as Excel does: General cells convert, @ cells keep text, null leaves a cell alone", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const read = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Projects").getRange("A1:D2");
      range.numberFormat = [["General", "General", "General", "General"], ["@", "@", "@", "General"]];
      range.values = [["12", "45%", "TRUE", "=1+1"], ["12", 7, "=1+1", "x"]];
      await context.sync();
      range.values = [[null, null, null, null], [null, null, null, "y"]];
      range.load("values,formulas,numberFormat");
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(read.values).toEqual([[12, 0.45, true, 0], ["12", "7", "=1+1", "y"]]);
    expect(read.formulas).toEqual([[12, 0.45, true, "=1+1"], ["12", "7", "=1+1", "y"]]);
  });

  it("finds the date system through functions.date", async () => {
    host = new SimulatedExcel({ date1904: true }).install();
    host.addSheet("Projects");
    const serial = await Excel.run(async (context) => {
      const probe = context.workbook.functions.date(2000, 1, 1).load("value");
      await context.sync();
      return probe.value;
    });
    expect(serial).toBe(35_064);
  });

  it("makes formulas on other sheets follow a sheet's rename, and #REF! when it is deleted", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["=PMO.RAG(1,1,,,'PMO Config'!A3:B14)", "=SUM(Data!A:A)+Data!$B$2"]]);
    host.addSheet("PMO Config");
    host.addSheet("Data");
    const formulas = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("PMO Config").name = "Rules";
      sheets.getItem("Data").delete();
      const range = sheets.getItem("Projects").getRange("A1:B1").load("formulas");
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([["=PMO.RAG(1,1,,,Rules!A3:B14)", "=SUM(#REF!)+#REF!"]]);
  });
});
