/**
 * Each active project's budget dimension and report-month comment, for the checks that need them
 * outside the report (governance: the watermelon check and the comment rule). The same review as
 * the report's, so a status is the same wherever it is shown.
 */
import { BLANK_GROUP } from "../constants";
import { isActiveProject, Portfolio, Project } from "../model";
import { Assessment } from "../rag";
import { RuleSet } from "../rules";
import { MonthNumber } from "../values";
import { budgetReview } from "./budget-review";

export interface ProjectBudgets {
  budgets: Map<Project, Assessment>;
  comments: Map<Project, string | null>;
}

/** Undefined without a Financials sheet: then no project has a budget dimension. */
export function projectBudgets(portfolio: Portfolio, month: MonthNumber, rules: RuleSet): ProjectBudgets | undefined {
  if (!portfolio.financials) return undefined;
  const active = portfolio.projects.filter(isActiveProject).map((project) => ({ project, group: BLANK_GROUP }));
  const { assessments, comments } = budgetReview(portfolio.financials, active, month, rules);
  return {
    budgets: new Map(active.map((entry, index) => [entry.project, assessments[index]])),
    comments: new Map(active.map((entry, index) => [entry.project, comments[index]])),
  };
}
