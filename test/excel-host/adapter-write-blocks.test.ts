/**
 * @jest-environment jsdom
 */
/**
 * A sheet larger than one request, written through the real Office.js client on the simulated
 * host: row blocks that fill each sync, measured on the real serialised requests (DESIGN "Bars":
 * at most 6 syncs plus one per 4 MB, no request over 5 MB).
 */
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { PAYLOAD_LIMIT_BYTES } from "./executor";
import { SimulatedExcel } from "./host";
import { largePlan } from "./plans";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

describe("a sheet larger than one request on the simulated host", () => {
  it("is split into row blocks that fill each sync, every cell written", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Sheet1"); // a workbook always has a sheet, and one of them is active
    await createExcelPort().writeSheets([largePlan(120_000)]);

    const syncs = host.contextSyncs;
    expect(syncs.every((sync) => sync.error === undefined)).toBe(true);
    const written = syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(written).toBeGreaterThan(3 * MAX_SYNC_BYTES);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // Names, then the build in full requests (each row where it fits), then the placing.
    expect(syncs.length).toBeLessThanOrEqual(2 + Math.ceil(written / MAX_SYNC_BYTES) + 1);

    const sheet = host.sheet("Large");
    expect(sheet.usedBounds(true)).toEqual({ top: 0, left: 0, bottom: 120_000, right: 4 });
    expect(sheet.cell(0, 0)?.value).toBe("Large");
    expect(sheet.cell(120_000, 0)).toMatchObject({ value: "PRJ-119999", numberFormat: "@" });
    expect(sheet.cell(120_000, 1)?.value).toBe("A project with a longer name, number 119999");
    expect(sheet.cell(120_000, 2)).toMatchObject({ value: 120_999, numberFormat: "#,##0;[Red]-#,##0" });
    // Row 120,000 is i = 119,999: 119,999 mod 365 = 279, so day 20,279 after 1970-01-01,
    // serial 20,279 + 25,569 = 45,848 in the 1900 system.
    expect(sheet.cell(120_000, 3)).toMatchObject({ value: 45_848, numberFormat: "yyyy-mm-dd" });
    expect(sheet.cell(120_000, 4)?.value).toBe("Grey"); // 119,999 mod 4 = 3
  }, 60_000);
});
