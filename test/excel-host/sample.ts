/** The sample portfolio as sheets of the simulated host, cells as Excel hands them over (dates as serials). */
import { dayFromDate, serialFromDay } from "../../src/engine/values/date";
import { generateSamplePortfolio, SampleTable } from "../../src/sample";
import { SimulatedExcel } from "./host";

/** The month the sample portfolio is generated for and reported on. */
export const SAMPLE_MONTH = "2026-11";

function excelRows(table: SampleTable): unknown[][] {
  return [table.headers, ...table.rows.map((row) => row.map((cell) => (cell instanceof Date ? serialFromDay(dayFromDate(cell)!) : cell)))];
}

/** Projects, Risks, Milestones and Financials of a `projects`-project sample, as `pmo init --sample` makes it. */
export function sampleSheets(host: SimulatedExcel, projects: number, month = SAMPLE_MONTH): void {
  const sample = generateSamplePortfolio({ projects, seed: 1, month });
  for (const table of [sample.projects, sample.risks, sample.milestones, sample.financials!]) host.addSheet(table.sheet, excelRows(table));
}

/** A plain register of `rows` projects, 15 columns of ids, names, money, dates and statuses. */
export function registerRows(rows: number): unknown[][] {
  const header = ["Project ID", "Project name", "Programme", "Sponsor", "Status", "Stage", "Start", "Finish", "BAC", "AC", "EV", "% Complete", "RAG override", "Override reason", "Last updated"];
  const stages = ["Idea", "Initiation", "Planning", "Execution", "Closing"];
  const body = Array.from({ length: rows }, (_, i) => [
    `PRJ-${String(i + 1).padStart(5, "0")}`,
    `Project ${i + 1} of the register, phase ${(i % 7) + 1}`,
    `Programme ${(i % 12) + 1}`,
    `Sponsor ${(i % 40) + 1}`,
    i % 10 === 0 ? "On Hold" : "Active",
    stages[i % 5],
    45_000 + (i % 700),
    46_000 + (i % 900),
    100_000 + ((i * 7919) % 900_000),
    50_000 + ((i * 104_729) % 400_000),
    40_000 + ((i * 1_299_709) % 400_000),
    (i % 100) / 100,
    i % 17 === 0 ? "Amber" : "",
    i % 17 === 0 ? "Agreed at the board" : "",
    46_300 + (i % 30),
  ]);
  return [header, ...body];
}
