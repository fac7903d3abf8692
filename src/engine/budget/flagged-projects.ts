/** The projects that must explain a variance (SPEC 9): Red, then Amber, largest |outturn variance| first. */
import { RAG } from "../constants";
import type { BudgetProjectLine, BudgetReview } from "./budget-types";

export function flaggedBudgetProjects(budget: BudgetReview): BudgetProjectLine[] {
  const rank = (status: string) => (status === RAG.red ? 0 : 1);
  return budget.projects
    .filter((project) => project.status === RAG.red || project.status === RAG.amber)
    .sort((a, b) => rank(a.status) - rank(b.status) || Math.abs(b.outturnVariance ?? 0) - Math.abs(a.outturnVariance ?? 0) || a.id.localeCompare(b.id));
}

/** How many projects must explain a variance, Red and Amber. */
export function flaggedBudgetCounts(budget: BudgetReview): { red: number; amber: number } {
  const flagged = flaggedBudgetProjects(budget);
  const red = flagged.filter((project) => project.status === RAG.red).length;
  return { red, amber: flagged.length - red };
}
