/**
 * @jest-environment jsdom
 */
/**
 * The Office adapter's read on the simulated host: through the
 * real Office.js client, every sync measured on the real serialised request and response.
 */
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { registerRows } from "./sample";
import { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./executor";
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

describe("reading the workbook on the simulated host", () => {
  it("keeps the title block's offset: a used range starting at B3 gives firstRow 3, firstColumn 2", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Notes", [["not read"]]);
    host.addSheet("Projects", [["Portfolio register"], [], ["Project ID", "Name", "BAC"], ["P-1", "Alpha", 1200], ["P-2", "#REF!", ""]], 3, 2);

    const contents = await createExcelPort().read((name) => name === "Projects");

    expect(contents.sheetNames).toEqual(["Notes", "Projects"]);
    expect([...contents.sheets.keys()]).toEqual(["Projects"]);
    const projects = contents.sheets.get("Projects")!;
    expect(projects.firstRow).toBe(3);
    expect(projects.firstColumn).toBe(2);
    expect(projects.rows).toEqual([
      ["Portfolio register", "", ""],
      ["", "", ""],
      ["Project ID", "Name", "BAC"],
      ["P-1", "Alpha", 1200],
      ["P-2", "#REF!", ""],
    ]);
    expect(contents.dateSystem).toBe(1900);
    // Names and date system, used ranges, values; then Excel.run's release of the kept ranges.
    expect(host.contextSyncs).toHaveLength(3);
    expect(host.syncs).toHaveLength(4);
    expect(host.syncs[3].cleanup).toBe(true);
    expect(host.executor.liveReferences).toBe(0);
  });

  it("finds the 1904 date system and reads an empty sheet as no rows", async () => {
    host = new SimulatedExcel({ date1904: true }).install();
    host.addSheet("Projects");
    const contents = await createExcelPort().read(() => true);
    expect(contents.dateSystem).toBe(1904);
    expect(contents.sheets.get("Projects")).toEqual({ name: "Projects", rows: [], firstRow: 1, firstColumn: 1 });
  });

  it("reads a 50,000-row register in blocks, no request or response over 4 MB", async () => {
    host = new SimulatedExcel().install();
    const register = registerRows(50_000);
    host.addSheet("Projects", register);

    const contents = await createExcelPort().read((name) => name === "Projects");

    const projects = contents.sheets.get("Projects")!;
    expect(projects.rows).toHaveLength(50_001);
    // Every row as written, blanks read back as "" (Excel's empty value).
    expect(projects.rows).toEqual(register);
    const syncs = host.contextSyncs;
    expect(syncs.every((sync) => sync.error === undefined)).toBe(true);
    const largest = Math.max(...syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
    expect(largest).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // 2 syncs for names and used ranges, a first block of at most 1 MB, then blocks filled to
    // 4 MB at the measured bytes per row plus 25 %, and one for the remainder.
    const valueBytes = syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    const bound = 3 + Math.ceil((valueBytes * 1.25) / MAX_SYNC_BYTES) + 1;
    expect(syncs.length).toBeLessThanOrEqual(bound);
    expect(syncs.length).toBeGreaterThan(3); // blocks, not one huge response
  });

  it("reads a used range of over five million cells in blocks that Excel accepts (one read of it is refused)", async () => {
    host = new SimulatedExcel().install();
    // 15 columns × 350,001 rows = 5,250,015 cells: ids in column A, the rest empty but for the last row's O.
    const header = ["Project ID", ...Array.from({ length: 14 }, (_, i) => `Field ${i + 2}`)];
    const ids = Array.from({ length: 350_000 }, (_, i) => [`PRJ-${i + 1}`]);
    const sheet = host.addSheet("Projects", [header, ...ids]);
    sheet.edit(350_000, 14).value = "last";
    expect(15 * 350_001).toBeGreaterThan(READ_CELL_LIMIT);

    const whole = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getUsedRange(true).load("values");
      await context.sync();
    });
    await expect(whole).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    const before = host.syncs.length;

    const contents = await createExcelPort().read((name) => name === "Projects");

    const syncs = host.syncs.slice(before).filter((sync) => !sync.cleanup);
    expect(syncs.every((sync) => sync.error === undefined)).toBe(true);
    expect(syncs.length).toBeGreaterThan(3); // the values in more than one block
    expect(Math.max(...syncs.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    const projects = contents.sheets.get("Projects")!;
    expect(projects.rows).toHaveLength(350_001);
    expect(projects.rows[0]).toEqual(header);
    expect(projects.rows[1]).toEqual(["PRJ-1", ...Array(14).fill("")]);
    expect(projects.rows[350_000]).toEqual(["PRJ-350000", ...Array(13).fill(""), "last"]);
  });
});
