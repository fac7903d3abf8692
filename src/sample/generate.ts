/**
 * The sample portfolio generator behind `pmo init --sample` and the task pane's preview: a
 * realistic, deterministic portfolio (same seed, month and size give the same tables) with a
 * known set of governance findings planted in it (planted-findings.ts).
 */
import { CREATED_FIELDS, DEFAULT_SHEET_NAMES, FieldSpec } from "../engine/schema/fields";
import { parseMonth } from "../engine/values/date";
import { monthOfDay } from "../engine/values/month";
import { financialsSample } from "./plant-financial-findings";
import { projectMilestones } from "./milestones";
import { plantProjectFindings, plantRiskAndMilestoneFindings } from "./plant-findings";
import { formatId, generateProjects, SampleRecord } from "./projects";
import { projectRisks } from "./risks";
import { SampleContext } from "./sample-context";
import { SampleCell, SampleOptions, SamplePortfolio, SampleTable } from "./types";

export const MAX_SAMPLE_PROJECTS = 100_000;

/** Records to rows in field order (plain loops: this runs for hundreds of thousands of rows). */
function toTable(sheet: string, fields: readonly FieldSpec[], records: readonly SampleRecord[]): SampleTable {
  const names = fields.map((spec) => spec.field);
  const rows: SampleCell[][] = new Array(records.length);
  for (let r = 0; r < records.length; r += 1) {
    const record = records[r];
    const row: SampleCell[] = new Array(names.length);
    for (let c = 0; c < names.length; c += 1) row[c] = record[names[c]] ?? null;
    rows[r] = row;
  }
  return { sheet, headers: fields.map((spec) => spec.header), rows };
}

/** Numbers the records in order: RSK-0001 ..., wider when there are more than 9,999. */
function assignIds(records: SampleRecord[], prefix: string): void {
  const width = Math.max(4, String(records.length).length);
  records.forEach((record, index) => {
    record.id = formatId(prefix, index + 1, width);
  });
}

export function generateSamplePortfolio(options: SampleOptions): SamplePortfolio {
  const { projects: count = 500, seed = 1, month } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_SAMPLE_PROJECTS) {
    throw new RangeError(`The number of sample projects must be a whole number from 0 to ${MAX_SAMPLE_PROJECTS.toLocaleString("en-GB")}; got ${count}.`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`The sample seed must be a number; got ${seed}.`);
  const range = parseMonth(month);
  if (!range) throw new RangeError(`The sample month must be YYYY-MM; got "${month}".`);

  const context = new SampleContext(seed, range.last);
  const projects = generateProjects(context, count);
  plantProjectFindings(projects, context);

  const risks: SampleRecord[] = [];
  const milestones: SampleRecord[] = [];
  for (const project of projects) {
    for (const risk of projectRisks(context, project)) risks.push(risk);
    for (const milestone of projectMilestones(context, project)) milestones.push(milestone);
  }
  plantRiskAndMilestoneFindings(risks, milestones, count, context);
  assignIds(risks, "RSK-");
  assignIds(milestones, "MS-");

  const registers: SamplePortfolio = {
    projects: toTable(DEFAULT_SHEET_NAMES.projects, CREATED_FIELDS.projects, projects.map((project) => project.cells)),
    risks: toTable(DEFAULT_SHEET_NAMES.risks, CREATED_FIELDS.risks, risks),
    milestones: toTable(DEFAULT_SHEET_NAMES.milestones, CREATED_FIELDS.milestones, milestones),
  };
  if (options.financials === false) return registers;
  // Drawn last, so that the registers are the same with or without it.
  const { records, planted } = financialsSample(context, projects, monthOfDay(range.last));
  return { ...registers, financials: toTable(DEFAULT_SHEET_NAMES.financials, CREATED_FIELDS.financials, records), plantedFinancials: planted };
}
