/**
 * Governance findings (SPEC 5): a rule id, a severity, where (sheet and A1 cell) and a message a
 * PMO analyst understands.
 */
export type Severity = "error" | "warning";

export const GOVERNANCE_RULES = {
  missingSheet: { id: "missing-sheet", severity: "warning", title: "Sheet not found" },
  missingRequired: { id: "missing-required", severity: "error", title: "Required value missing" },
  duplicateId: { id: "duplicate-id", severity: "error", title: "Duplicate ID" },
  namesAsIds: { id: "names-as-ids", severity: "warning", title: "No ID column: names used as ids" },
  unknownProject: { id: "unknown-project", severity: "error", title: "Unknown project ID" },
  invalidValue: { id: "invalid-value", severity: "error", title: "Value of the wrong type or out of range" },
  excelError: { id: "excel-error", severity: "error", title: "Excel error in a cell" },
  finishBeforeStart: { id: "finish-before-start", severity: "error", title: "Finish before start" },
  costWithoutBudget: { id: "cost-without-budget", severity: "error", title: "EV or AC without BAC" },
  overrideWithoutReason: { id: "override-without-reason", severity: "error", title: "RAG override without a reason" },
  riskWithoutOwner: { id: "risk-without-owner", severity: "error", title: "High or Critical risk without an owner" },
  riskWithoutResponse: { id: "risk-without-response", severity: "error", title: "High or Critical risk without a response" },
  riskOnInactiveProject: { id: "risk-on-inactive-project", severity: "warning", title: "Open risk on a closed or cancelled project" },
  optimisticStatus: { id: "optimistic-status", severity: "warning", title: "Reported status a level or more better than the figures (watermelon)" },
  staleUpdate: { id: "stale-update", severity: "warning", title: "Not updated recently" },
  issueWithoutOwner: { id: "issue-without-owner", severity: "error", title: "High or Critical open issue without an owner" },
  dependencyLate: { id: "dependency-late", severity: "warning", title: "Dependency needed by a date now passed, not resolved" },
  milestoneDoneInFuture: { id: "milestone-done-in-future", severity: "error", title: "Milestone done after the as-of date" },
  unreadablePeriod: { id: "unreadable-period", severity: "error", title: "Financials month that cannot be read" },
  actualAfterReportMonth: { id: "actual-after-report-month", severity: "warning", title: "Actual cost booked for a month after the report month" },
  phasedBudgetNotBac: { id: "phased-budget-not-bac", severity: "warning", title: "Whole-life phased budget differs from the BAC by more than 1 %" },
  budgetVarianceWithoutComment: { id: "budget-variance-without-comment", severity: "warning", title: "Budget Red or Amber with no comment for the report month" },
  configValue: { id: "config-value", severity: "warning", title: "PMO Config value not used" },
  textTooLong: { id: "text-too-long", severity: "warning", title: "Text longer than Excel's 32,767-character cell limit, cut" },
  // Collecting project returns (SPEC 10): why a project's return is refused.
  returnConflict: { id: "return-conflict", severity: "error", title: "Project in more than one return" },
  returnOtherProjectId: { id: "return-id-of-other-project", severity: "error", title: "Risk or milestone ID that belongs to another project" },
  returnUnreadable: { id: "return-unreadable", severity: "error", title: "Return that cannot be read" },
  returnAmbiguousRow: { id: "return-ambiguous-row", severity: "error", title: "Return value whose register cell cannot be told" },
  returnOtherMonth: { id: "return-other-month", severity: "warning", title: "Return made for another month" },
} as const satisfies Record<string, { id: string; severity: Severity; title: string }>;

export type GovernanceRule = (typeof GOVERNANCE_RULES)[keyof typeof GOVERNANCE_RULES];
export type RuleId = GovernanceRule["id"];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}

export function finding(rule: GovernanceRule, sheet: string, cell: string, message: string): Finding {
  return { rule: rule.id, severity: rule.severity, sheet, cell, message };
}

/** Errors first, then by sheet, then row and column of the cell, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  const position = (cell: string): [number, number] => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) return [0, 0];
    const column = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
    return [Number(match[2]), column];
  };
  return [...findings].sort((a, b) => {
    if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
    if (a.sheet !== b.sheet) return a.sheet.localeCompare(b.sheet);
    const [rowA, columnA] = position(a.cell);
    const [rowB, columnB] = position(b.cell);
    return rowA - rowB || columnA - columnB || a.rule.localeCompare(b.rule);
  });
}

export function countFindings(findings: readonly Finding[]): { errors: number; warnings: number; byRule: Record<string, number> } {
  const byRule: Record<string, number> = {};
  let errors = 0;
  for (const item of findings) {
    byRule[item.rule] = (byRule[item.rule] ?? 0) + 1;
    if (item.severity === "error") errors += 1;
  }
  return { errors, warnings: findings.length - errors, byRule };
}
