/**
 * The Office adapter's bar (DESIGN "Bars"): a report of any size in at most 6 context.sync() calls
 * plus one per 4 MB of values written, no request over 5 MB. Measured on the simulated Excel host
 * (test/excel-host): the real Office.js client (excel-web-16.00.debug.js, in a jsdom window)
 * builds and serialises every request, and the host records each one's real size.
 */
import { collectReturns, ProjectReturnInput } from "../../src/engine/returns";
import { monthOfDay, parseMonth } from "../../src/engine/values";
import { collectionWrites, readRegisterForReturns } from "../../src/workbook/returns-routine";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { PAYLOAD_LIMIT_BYTES, SyncRecord } from "../../test/excel-host/executor";
import { SimulatedExcel } from "../../test/excel-host/host";
import { SAMPLE_MONTH, sampleSheets } from "../../test/excel-host/sample";
import { installWindow } from "../../test/excel-host/window";
import { Measurement } from "./timing";

const mb = (bytes: number) => (bytes < 100_000 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(2)} MB`);
/** Excel on the web's documented 5 MB, as the host enforces it (5 × 1024 × 1024 bytes). */
const limit = `< 5 MiB (${mb(PAYLOAD_LIMIT_BYTES)})`;
const sum = (syncs: readonly SyncRecord[], direction: "requestBytes" | "responseBytes") => syncs.reduce((total, sync) => total + sync[direction], 0);
const largest = (syncs: readonly SyncRecord[], direction: "requestBytes" | "responseBytes") => Math.max(0, ...syncs.map((sync) => sync[direction]));

/** The context.sync() calls (Excel.run's reference clean-up left out) and their real sizes. */
function figures(label: string, syncs: readonly SyncRecord[], syncTarget?: string): Measurement[] {
  const failed = syncs.filter((sync) => sync.error !== undefined).length;
  return [
    { name: `${label}: context.sync() calls`, figure: String(syncs.length), target: syncTarget },
    { name: `${label}: total requests`, figure: mb(sum(syncs, "requestBytes")) },
    { name: `${label}: largest request`, figure: mb(largest(syncs, "requestBytes")), target: limit },
    { name: `${label}: total responses`, figure: mb(sum(syncs, "responseBytes")) },
    { name: `${label}: largest response`, figure: mb(largest(syncs, "responseBytes")), target: limit },
    ...(failed > 0 ? [{ name: `${label}: requests refused`, figure: String(failed), target: "0" }] : []),
  ];
}

/** "6 syncs plus 1 per 4 MB of values written" for `bytes` bytes written. */
const budget = (bytes: number) => `<= 6 + 1 per ${mb(MAX_SYNC_BYTES)} = ${6 + Math.ceil(bytes / MAX_SYNC_BYTES)}`;

async function measure(projects: number): Promise<Measurement[]> {
  const host = new SimulatedExcel().install();
  try {
    sampleSheets(host, projects);
    const port = createExcelPort();
    const loaded = await loadPortfolio(port, { asOf: parseMonth(SAMPLE_MONTH)!.last });
    const read = host.contextSyncs;
    const { plans } = monthlySummary(loaded, { month: SAMPLE_MONTH, now: new Date().toISOString(), mappingGiven: false });
    const before = host.syncs.length;
    await port.writeSheets(plans);
    const written = host.syncs.slice(before).filter((sync) => !sync.cleanup);
    const size = projects.toLocaleString("en-GB");
    return [
      // The bar counts values written; the read has no target of its own (blocks of up to ~4 MB less a margin).
      ...figures(`Office read of the registers (${size} projects)`, read),
      ...figures(`Office write of the report (${size} projects)`, written, budget(sum(written, "requestBytes"))),
    ];
  } finally {
    host.uninstall();
  }
}

/**
 * Collected returns written into a 5,000-project register inside Excel: 200 returns of 5 projects
 * each, every project's % Complete moved on, so 1,000 % Complete and 1,000 Last Updated cells
 * spread down the Projects sheet, then PMO Returns and PMO Changes.
 */
async function measureReturns(projects: number, returns: number, perReturn: number): Promise<Measurement[]> {
  const host = new SimulatedExcel().install();
  try {
    sampleSheets(host, projects);
    const port = createExcelPort();
    const register = await readRegisterForReturns(port, "register");
    const sheet = register.register.sheets.projects!;
    const [header, ...rows] = sheet.rows;
    const percent = header.indexOf("% Complete");
    const step = Math.floor(rows.length / (returns * perReturn));
    const inputs: ProjectReturnInput[] = Array.from({ length: returns }, (_, r) => {
      const chosen = Array.from({ length: perReturn }, (_, p) => rows[(r * perReturn + p) * step]).map((row) => row.map((value, c) => (c === percent ? Math.min(1, Number(value ?? 0) + 0.05) : value)));
      return { file: `return ${r + 1}.xlsx`, sheets: { projects: { ...sheet, rows: [header, ...chosen] } }, dateSystem: 1900, date: parseMonth(SAMPLE_MONTH)!.last };
    });
    const result = collectReturns(register.register, inputs, { month: monthOfDay(parseMonth(SAMPLE_MONTH)!.first), rules: register.rules });
    const { edits, plans } = collectionWrites(result, register.logs);
    const before = host.syncs.length;
    await port.writeCellEdits(edits, plans);
    const written = host.syncs.slice(before).filter((sync) => !sync.cleanup);
    return figures(`Office write of ${returns} returns (${result.changes.length.toLocaleString("en-GB")} cells into ${projects.toLocaleString("en-GB")} projects, then the logs)`, written);
  } finally {
    host.uninstall();
  }
}

export async function benchOfficeAdapter(): Promise<Measurement[]> {
  installWindow();
  return [...(await measure(10_000)), ...(await measure(50_000)), ...(await measureReturns(5_000, 200, 5))];
}
