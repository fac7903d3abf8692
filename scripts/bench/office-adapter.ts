/**
 * The Office adapter's bar (DESIGN "Bars"): a report of any size in at most 6 context.sync() calls
 * plus one per 4 MB of values written, no request or response over ~4 MB. Measured on the
 * recording fake of the Excel object model (test/workbook/excel/fake-excel.ts), which counts the
 * syncs and the bytes each carries; Excel itself is not needed.
 */
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { FakeExcel, SyncRecord, uninstallFake } from "../../test/workbook/excel/fake-excel";
import { MONTH, sampleWorkbook } from "../../test/workbook/excel/sample-workbook";
import { Measurement } from "./timing";

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function figures(label: string, syncs: readonly SyncRecord[], direction: "requestBytes" | "responseBytes", target?: string): Measurement[] {
  const total = syncs.reduce((sum, sync) => sum + sync[direction], 0);
  const largest = Math.max(0, ...syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));
  return [
    { name: `${label}: context.sync() calls`, figure: String(syncs.length), target },
    { name: `${label}: total payload`, figure: mb(total) },
    { name: `${label}: largest sync`, figure: mb(largest), target: `<= ${mb(MAX_SYNC_BYTES)}` },
  ];
}

async function measure(projects: number): Promise<Measurement[]> {
  const fake = new FakeExcel();
  sampleWorkbook(fake, projects);
  fake.install();
  try {
    const port = createExcelPort();
    const loaded = await loadPortfolio(port, { asOf: parseMonth(MONTH)!.last });
    const read = fake.syncs.slice();
    const { plans } = monthlySummary(loaded, { month: MONTH, now: new Date().toISOString(), mappingGiven: false });
    await port.writeSheets(plans);
    const written = fake.syncs.slice(read.length);
    const writtenBytes = written.reduce((sum, sync) => sum + sync.requestBytes, 0);
    const size = projects.toLocaleString("en-GB");
    return [
      ...figures(`Office read of the registers (${size} projects)`, read, "responseBytes"),
      ...figures(`Office write of the report (${size} projects)`, written, "requestBytes", `<= ${6 + Math.ceil(writtenBytes / MAX_SYNC_BYTES)}`),
    ];
  } finally {
    uninstallFake();
  }
}

export async function benchOfficeAdapter(): Promise<Measurement[]> {
  return [...(await measure(10_000)), ...(await measure(50_000))];
}
