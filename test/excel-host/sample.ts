/** The sample portfolio as sheets of the simulated host, cells as Excel hands them over (dates as serials). */
import { dayFromDate, serialFromDay } from "../../src/engine/values/date";
import { generateSamplePortfolio, SampleTable } from "../../src/sample";
import { SimulatedExcel } from "./host";

function excelRows(table: SampleTable): unknown[][] {
  return [table.headers, ...table.rows.map((row) => row.map((cell) => (cell instanceof Date ? serialFromDay(dayFromDate(cell)!) : cell)))];
}

/** Projects, Risks and Milestones of a `projects`-project sample. */
export function sampleSheets(host: SimulatedExcel, projects: number, month: string): void {
  const sample = generateSamplePortfolio({ projects, seed: 1, month });
  for (const table of [sample.projects, sample.risks, sample.milestones]) host.addSheet(table.sheet, excelRows(table));
}
