/**
 * The monthly routine as data: from a loaded portfolio to the report and the sheet plans to write
 * (summary, history with this month replaced, and PMO Config when the mapping was set now or the
 * workbook has none). The CLI and the task pane both call this; only the writing differs.
 */
import { PmoConfig, ruleSetName } from "../engine/config";
import { PmoInputError } from "../engine/errors";
import { readHistory, replaceMonth } from "../engine/history";
import { buildReport, DEFAULT_GROUP_BY } from "../engine/report/build-report";
import { Report } from "../engine/report/report-types";
import { PROJECT_FIELDS, SHEET_KINDS } from "../engine/schema/fields";
import { fieldOfHeader, synonymIndex } from "../engine/schema/header-match";
import { LoadedPortfolio, readingLines } from "../workbook/load-portfolio";
import { configPlan } from "./config-plan";
import { historyPlan } from "./history-plan";
import { SheetPlan } from "./sheet-plan";
import { summaryPlan } from "./summary-plan";

const GROUPABLE_TYPES = new Set(["text", "projectStatus", "stage"]);
/** The Projects fields a roll-up can group by: the text fields that name a grouping. */
export const GROUP_FIELDS = PROJECT_FIELDS.filter((spec) => GROUPABLE_TYPES.has(spec.type) && spec.field !== "id" && spec.field !== "name" && spec.field !== "overrideReason");

/** A Projects text field by name or any of its headers ("Programme", "sponsor", "SRO"). */
export function groupField(text: string | undefined): { field: string; label: string } {
  if (text === undefined) return { field: DEFAULT_GROUP_BY, label: PROJECT_FIELDS.find((spec) => spec.field === DEFAULT_GROUP_BY)!.header };
  const field = fieldOfHeader(text, synonymIndex(GROUP_FIELDS), new Map());
  const spec = GROUP_FIELDS.find((candidate) => candidate.field === field);
  if (!spec) throw new PmoInputError(`--by ${text}: group by one of ${GROUP_FIELDS.map((candidate) => candidate.field).join(", ")}`);
  return { field: spec.field, label: spec.header };
}

export interface MonthlySummaryOptions {
  month: string;
  by?: string;
  /** ISO timestamp of the run. */
  now: string;
  /** Whether the user gave a mapping for this run, to be saved in PMO Config. */
  mappingGiven: boolean;
  /**
   * Called once the report is built, before its sheets are planned: the CLI collects its garbage
   * there (building a 50,000-project report leaves some 100 MB of it).
   */
  reportBuilt?: () => void;
}

export interface MonthlySummary {
  report: Report;
  plans: SheetPlan[];
  /** How the grouping field is headed, e.g. "Programme". */
  groupLabel: string;
  /**
   * What the user should know about how the workbook was read: registers recognised by their
   * header rows, a status log, one project's workbook, then what is missing for some figures.
   */
  readingNotes: string[];
}

function savedConfig(loaded: LoadedPortfolio): Pick<PmoConfig, "rules" | "mapping" | "sheetNames"> {
  // The mapping in force is the one the portfolio was read with: saved plus given.
  return { rules: loaded.config.rules, mapping: loaded.mapping, sheetNames: loaded.config.sheetNames };
}

export function monthlySummary(loaded: LoadedPortfolio, options: MonthlySummaryOptions): MonthlySummary {
  const group = groupField(options.by);
  const history = readHistory(loaded.history);
  const report = buildReport({
    portfolio: loaded.portfolio,
    findings: loaded.findings,
    rules: loaded.config.rules,
    ruleSet: ruleSetName(loaded.config),
    month: options.month,
    groupBy: group.field,
    history: history.rows,
    capturedAt: options.now,
  });
  options.reportBuilt?.();
  const sources = SHEET_KINDS.map((kind) => loaded.sources[kind]).filter((name): name is string => name !== undefined);
  const plans = [
    summaryPlan(report, { sources, generatedAt: options.now, groupLabel: group.label }),
    historyPlan(replaceMonth(history.rows, options.month, report.historyRows)),
  ];
  if (options.mappingGiven || !loaded.hasConfigSheet) plans.push(configPlan(savedConfig(loaded)));
  return { report, plans, groupLabel: group.label, readingNotes: [...readingLines(loaded), ...report.missingData] };
}
