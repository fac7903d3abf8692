/**
 * The Financials sheet as the engine keeps it (SPEC 2, 9): its lines in columns of numbers, one
 * entry per line, rather than one object per line. A 50,000-project portfolio phased over 36
 * months is 1.8 million lines; as objects they would be most of the heap and slow to walk.
 *
 * A line is one amount-bearing cell group: a row of the long layout (its budget, actual and
 * forecast together), or one month of a row of the wide layout (that row's measure only). Lines
 * are kept as read, cost lines not yet added together: the budget figures add them up
 * (budget-figures.ts), and governance points at the rows.
 */
import { CostType } from "../constants";
import { TableLayout } from "../schema/read-table";
import { MonthNumber } from "../values";

export type FinancialsLayout = "long" | "wide";

export interface FinancialLines {
  /** How many lines. */
  count: number;
  /** The distinct project ids, as first written; each line's `project` indexes this list. */
  projectIds: string[];
  project: number[];
  month: MonthNumber[];
  /** 1 for Capex, 0 for Opex (a blank cost type). */
  capex: number[];
  /** NaN where the line has no such amount (blank, unreadable, or another measure's row). */
  budget: number[];
  actual: number[];
  forecast: number[];
  /** 1-based sheet row of the line. */
  row: number[];
  /** Wide layout: 1-based sheet column of the line's month; 0 in the long layout (amounts have their own columns). */
  column: number[];
}

/** A variance explanation (SPEC 9): the comment of a project's month and cost type. */
export interface FinancialComment {
  project: number;
  /** The month it explains; null in the wide layout, where one row's comment stands for each of its months. */
  month: MonthNumber | null;
  costType: CostType;
  text: string;
  row: number;
}

export interface Financials {
  layout: FinancialsLayout;
  table: TableLayout;
  lines: FinancialLines;
  comments: FinancialComment[];
}

export function emptyFinancialLines(): FinancialLines {
  return { count: 0, projectIds: [], project: [], month: [], capex: [], budget: [], actual: [], forecast: [], row: [], column: [] };
}

/** Interns project ids as the lines are read: consecutive rows are mostly one project's, so the last id is tried first. */
export class ProjectIndex {
  private readonly indexes = new Map<string, number>();
  private lastId: string | undefined;
  private lastIndex = -1;

  constructor(private readonly ids: string[]) {}

  of(id: string): number {
    if (id === this.lastId) return this.lastIndex;
    let index = this.indexes.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.indexes.set(id, index);
    }
    this.lastId = id;
    this.lastIndex = index;
    return index;
  }
}

export function addLine(lines: FinancialLines, project: number, month: MonthNumber, capex: boolean, budget: number, actual: number, forecast: number, row: number, column: number): void {
  lines.project.push(project);
  lines.month.push(month);
  lines.capex.push(capex ? 1 : 0);
  lines.budget.push(budget);
  lines.actual.push(actual);
  lines.forecast.push(forecast);
  lines.row.push(row);
  lines.column.push(column);
  lines.count += 1;
}
