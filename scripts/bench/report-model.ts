/**
 * The engine's bar (DESIGN "Bars"): the report model for 50,000 projects, 250,000 risks and
 * 150,000 milestones in under 1 s, memory under 1 GB. Reading the tables (typing every cell) is
 * timed apart from building the report.
 */
import { emptyMapping } from "../../src/engine/config";
import { checkGovernance } from "../../src/engine/governance";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { buildReport } from "../../src/engine/report/build-report";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { SheetData } from "../../src/engine/sheet";
import { parseMonth } from "../../src/engine/values";
import { generateSamplePortfolio, SampleTable } from "../../src/sample";
import { bestTime, Measurement } from "./timing";

const MONTH = "2026-11";

function sheetOf(table: SampleTable): SheetData {
  return { name: table.sheet, rows: [table.headers, ...table.rows], firstRow: 1, firstColumn: 1 };
}

export function benchReportModel(projects = 50_000): Measurement[] {
  const sample = generateSamplePortfolio({ projects, seed: 1, month: MONTH });
  const sheets = { projects: sheetOf(sample.projects), risks: sheetOf(sample.risks), milestones: sheetOf(sample.milestones) };
  const asOf = parseMonth(MONTH)!.last;
  let read = readPortfolio(sheets, emptyMapping(), 1900, { asOf });
  const readMs = bestTime(() => {
    read = readPortfolio(sheets, emptyMapping(), 1900, { asOf });
  }, 3);
  let findings = checkGovernance(read.portfolio, { asOf, rules: DEFAULT_RULES });
  const checkMs = bestTime(() => {
    findings = checkGovernance(read.portfolio, { asOf, rules: DEFAULT_RULES });
  }, 3);
  let active = 0;
  const reportMs = bestTime(() => {
    const report = buildReport({ portfolio: read.portfolio, findings, rules: DEFAULT_RULES, ruleSet: "Default rules", month: MONTH, history: [], capturedAt: "" });
    active = report.json.totals.active;
  }, 5);
  // Memory: the heap holding the inputs (sample, sheets, portfolio), then what one report adds.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  collect();
  const inputsMb = process.memoryUsage().heapUsed / 2 ** 20;
  const kept = buildReport({ portfolio: read.portfolio, findings, rules: DEFAULT_RULES, ruleSet: "Default rules", month: MONTH, history: [], capturedAt: "" });
  collect();
  const withReportMb = process.memoryUsage().heapUsed / 2 ** 20;
  void kept;
  const size = `${projects.toLocaleString("en-GB")} projects, ${sample.risks.rows.length.toLocaleString("en-GB")} risks, ${sample.milestones.rows.length.toLocaleString("en-GB")} milestones`;
  if (active === 0) throw new Error("no active project in the report");
  return [
    { name: `Read tables (${size})`, figure: `${Math.round(readMs)} ms` },
    { name: "Governance checks", figure: `${Math.round(checkMs)} ms` },
    { name: "Report model", figure: `${Math.round(reportMs)} ms`, target: "< 1,000 ms" },
    { name: "Heap: inputs (sample, sheets, portfolio) and report", figure: `${Math.round(withReportMb)} MB`, target: "< 1,024 MB" },
    { name: "Heap: of which the report model", figure: `${Math.round(withReportMb - inputsMb)} MB` },
  ];
}
