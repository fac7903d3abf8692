/** Reading through the Office adapter: offsets kept, date system found, large sheets in blocks. */
import { createExcelPort } from "../../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../../src/workbook/excel/limits";
import { FakeExcel, uninstallFake } from "./fake-excel";
import { registerRows } from "./sample-workbook";

afterEach(uninstallFake);

describe("reading the workbook", () => {
  it("keeps the title block's offset: a used range starting at B3 gives firstRow 3, firstColumn 2", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Notes", [["not read"]]);
    fake.addSheet("Projects", [["Portfolio register"], [], ["Project ID", "Name", "BAC"], ["P-1", "Alpha", 1200], ["P-2", "#REF!", ""]], 3, 2);
    fake.install();

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
    // Names and date system, used ranges, values.
    expect(fake.syncs).toHaveLength(3);
  });

  it("finds the 1904 date system and reads an empty sheet as no rows", async () => {
    const fake = new FakeExcel({ date1904: true });
    fake.addSheet("Projects");
    fake.install();
    const contents = await createExcelPort().read(() => true);
    expect(contents.dateSystem).toBe(1904);
    expect(contents.sheets.get("Projects")).toEqual({ name: "Projects", rows: [], firstRow: 1, firstColumn: 1 });
  });

  it("reads a 50,000-row register in blocks, no sync carrying more than 4 MB", async () => {
    const fake = new FakeExcel();
    const register = registerRows(50_000);
    fake.addSheet("Projects", register);
    fake.install();

    const contents = await createExcelPort().read((name) => name === "Projects");

    const projects = contents.sheets.get("Projects")!;
    expect(projects.rows).toHaveLength(50_001);
    // Every row as written, blanks read back as "" (Excel's empty value).
    expect(projects.rows).toEqual(register);
    const largest = Math.max(...fake.syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
    expect(largest).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    // 2 syncs for names and used ranges, a first block of at most 1 MB, then blocks filled to
    // 4 MB at the measured bytes per row plus 25 %, and one for the remainder.
    const valueBytes = fake.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    const bound = 3 + Math.ceil((valueBytes * 1.25) / MAX_SYNC_BYTES) + 1;
    expect(fake.syncs.length).toBeLessThanOrEqual(bound);
    expect(fake.syncs.length).toBeGreaterThan(3); // blocks, not one huge response
  });
});
