/**
 * One row per project (SPEC 2, "A status log instead of a register"). A weekly or monthly status
 * log repeats each project's id on every report; with a report date column, each project's latest
 * report on or before the as-of date is its row. Without one, a repeated id is a duplicate-id error
 * and only the first row counts, so that no project's budget or cost is ever counted twice.
 */
import { duplicateIds } from "./duplicate-ids";
import { Finding } from "./findings";
import { Project } from "./model";
import { TableLayout } from "./schema/read-table";
import { DayNumber, isoFromDay } from "./values";

/** How a status log was read, for the run's output. */
export interface StatusLogReading {
  sheet: string;
  rows: number;
  projects: number;
  asOf: DayNumber;
  /** Projects whose every report is dated after the as-of date: not yet reporting that month. */
  notYetReporting: number;
}

export interface OneRowPerProject {
  projects: Project[];
  /** Rows left out as repeats of an earlier row's id (not a status log). */
  repeated: Project[];
  findings: Finding[];
  /** Set when the sheet was read as a status log. */
  statusLog?: StatusLogReading;
}

/** Each project's rows, in sheet order, by id (ignoring case, as duplicate ids are found). */
function rowsById(projects: readonly Project[]): Map<string, Project[]> {
  const byId = new Map<string, Project[]>();
  for (const project of projects) {
    const key = project.id.toLowerCase();
    const rows = byId.get(key);
    if (rows) rows.push(project);
    else byId.set(key, [project]);
  }
  return byId;
}

/** The latest report on or before the as-of date (the lower row of two on one date), if any. */
function latestReport(rows: readonly Project[], asOf: DayNumber): Project | undefined {
  let latest: Project | undefined;
  for (const row of rows) {
    if (row.reportDate === undefined || row.reportDate > asOf) continue;
    if (latest === undefined || row.reportDate >= latest.reportDate!) latest = row;
  }
  return latest;
}

function firstRowsOnly(byId: Map<string, Project[]>, projects: readonly Project[], layout: TableLayout): OneRowPerProject {
  const first = [...byId.values()].map((rows) => rows[0]);
  const kept = new Set(first);
  return {
    projects: first.sort((a, b) => a.row - b.row),
    repeated: projects.filter((project) => !kept.has(project)),
    findings: duplicateIds(projects, layout, "Project ID", (row) => ` Only row ${row} is counted in the figures.`),
  };
}

export function oneRowPerProject(projects: Project[], layout: TableLayout, asOf: DayNumber): OneRowPerProject {
  const byId = rowsById(projects);
  if (byId.size === projects.length) return { projects, repeated: [], findings: [] };
  if (!layout.columns.has("reportDate")) return firstRowsOnly(byId, projects, layout);
  const latest: Project[] = [];
  let notYetReporting = 0;
  for (const rows of byId.values()) {
    const row = latestReport(rows, asOf);
    if (row) latest.push(row);
    else notYetReporting += 1;
  }
  latest.sort((a, b) => a.row - b.row);
  return { projects: latest, repeated: [], findings: [], statusLog: { sheet: layout.sheet, rows: projects.length, projects: latest.length, asOf, notYetReporting } };
}

/** The line a run prints about a status log it read. */
export function statusLogLine(reading: StatusLogReading): string {
  const left = reading.notYetReporting > 0 ? `; ${reading.notYetReporting} with reports only after that date are left out` : "";
  const projects = `${reading.projects} project${reading.projects === 1 ? "" : "s"}`;
  return `Read sheet "${reading.sheet}" as a status log: ${reading.rows} rows, ${projects}, each at its latest report on or before ${isoFromDay(reading.asOf)}${left}.`;
}
