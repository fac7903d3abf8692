/**
 * The governed sheets and their fields (SPEC 2), each with the header it gets in sheets the add-in
 * creates and the column names real registers use for it. Header matching ignores case, spaces and
 * punctuation, so "Proj. ID", "PROJ_ID" and "proj id" are one synonym.
 */
/** The registers the add-in creates, and looks for by content when no sheet is named for them. */
export type CoreSheetKind = "projects" | "risks" | "milestones";
/** The other registers of a RAID log (SPEC 2): optional, read when the workbook has them. */
export type RaidKind = "issues" | "assumptions" | "dependencies";
/** The financial phasing sheet (SPEC 9): optional, read when the workbook has it. */
export type FinancialsKind = "financials";
export type SheetKind = CoreSheetKind | RaidKind | FinancialsKind;

export type FieldType =
  | "text"
  | "projectStatus"
  | "stage"
  | "date"
  | "money"
  | "signedMoney"
  | "percent"
  | "rag"
  | "reportedRag"
  | "scale"
  | "riskType"
  | "riskStatus"
  | "probability"
  | "yesNo"
  | "raidStatus"
  | "priority"
  | "period"
  | "costType"
  | "measure";

/** Types whose cells hold a RAG word, coloured by it in the sheets the add-in creates. */
export function holdsRagWords(type: FieldType): boolean {
  return type === "rag" || type === "reportedRag";
}

export interface FieldSpec {
  /** Field name used in code, the report JSON and `--map`. */
  field: string;
  /** Header the add-in writes when it creates the sheet. */
  header: string;
  type: FieldType;
  required?: boolean;
  /** Other column names that mean this field. */
  synonyms: readonly string[];
  /** Read when a register has it, but not a column of the sheets the add-in creates. */
  readOnly?: boolean;
}

export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetKind, string>> = {
  projects: "Projects",
  risks: "Risks",
  milestones: "Milestones",
  issues: "Issues",
  assumptions: "Assumptions",
  dependencies: "Dependencies",
  financials: "Financials",
};

export const CONFIG_SHEET_NAME = "PMO Config";
export const HISTORY_SHEET_NAME = "PMO History";
export const SUMMARY_SHEET_PREFIX = "PMO Summary ";
/** The traceability of collected returns (SPEC 10): a row per return per project, and per changed cell. */
export const RETURNS_SHEET_NAME = "PMO Returns";
export const CHANGES_SHEET_NAME = "PMO Changes";

/**
 * Whether two sheet names are one sheet's, as Excel compares them: ignoring case, nothing else
 * ("PMO_Config" and "PMO  Config" are other sheets than "PMO Config").
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * Whether a sheet is one the product writes itself (PMO Config, PMO History, a month's summary):
 * such a sheet is never read as the user's register, which a report would then overwrite.
 */
export function isPmoSheetName(name: string): boolean {
  const key = name.trim().replace(/\s+/g, " ").toLowerCase();
  return [CONFIG_SHEET_NAME, HISTORY_SHEET_NAME, RETURNS_SHEET_NAME, CHANGES_SHEET_NAME].some((pmo) => key === pmo.toLowerCase()) || key.startsWith(SUMMARY_SHEET_PREFIX.toLowerCase());
}

/**
 * Headers of a serial-number column ("S.No", "No.", "#"): a row counter, renumbered whenever rows
 * are sorted or inserted, so it is never a register's id nor any other field, whatever synonyms
 * are added later. Only the user's mapping can give such a column a field.
 */
export const SERIAL_NUMBER_HEADERS: readonly string[] = ["S.No", "S No", "Sr No", "Sl No", "Serial", "Serial No", "No", "#", "Row", "Row No", "Line No", "Item No"];

const PROJECT_REFERENCE = ["Project ID", "Project", "Proj ID", "Project Ref", "Project Reference", "Project Code", "Project No", "Project Number", "Related Project", "Linked Project", "PID"];

export const PROJECT_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Project ID", type: "text", required: true, synonyms: ["ID", "Proj ID", "Project No", "Project Number", "Project #", "Project Ref", "Project Reference", "Ref", "Reference", "Project Code", "Code", "PID", "Proj No", "Proj Ref"] },
  { field: "name", header: "Project Name", type: "text", required: true, synonyms: ["Name", "Project", "Title", "Project Title", "Initiative", "Initiative Name", "Proj Name"] },
  { field: "program", header: "Programme", type: "text", synonyms: ["Program", "Programme Name", "Program Name", "Prog", "Prog Name", "Parent Programme", "Parent Program", "Project / Program", "Project / Programme", "Workstream", "Work Stream"] },
  { field: "portfolio", header: "Portfolio", type: "text", synonyms: ["Portfolio Name", "Sub Portfolio", "Sub-portfolio"] },
  { field: "sponsor", header: "Sponsor", type: "text", synonyms: ["Project Sponsor", "Executive Sponsor", "Exec Sponsor", "SRO", "Senior Responsible Owner", "Senior Responsible Officer", "Business Owner"] },
  { field: "department", header: "Department", type: "text", synonyms: ["Dept", "Business Unit", "BU", "Division", "Directorate", "Business Area", "Organisation", "Organization", "Org Unit"] },
  { field: "manager", header: "Project Manager", type: "text", synonyms: ["PM", "Manager", "Proj Manager", "Project Lead", "Delivery Manager", "Project Owner", "Lead", "Owner"] },
  { field: "status", header: "Status", type: "projectStatus", synonyms: ["Project Status", "State", "Lifecycle Status", "Active Status", "Current Status", "Overall Status"] },
  { field: "stage", header: "Stage", type: "stage", synonyms: ["Phase", "Project Stage", "Project Phase", "Lifecycle Stage", "Lifecycle Phase", "Gate", "Stage Gate"] },
  { field: "start", header: "Start", type: "date", synonyms: ["Start Date", "Baseline Start", "Baseline Start Date", "Planned Start", "Planned Start Date", "Start (Baseline)", "Begin", "Begin Date", "Commencement", "Project Start", "Project Start Date"] },
  { field: "finish", header: "Finish", type: "date", synonyms: ["Finish Date", "End", "End Date", "Baseline Finish", "Baseline Finish Date", "Baseline End", "Baseline End Date", "Planned Finish", "Planned End", "Planned Finish Date", "Planned End Date", "Completion Date", "Target Finish", "Target End", "Project End", "Project End Date", "Project Finish", "Project Finish Date"] },
  { field: "forecastFinish", header: "Forecast Finish", type: "date", synonyms: ["Forecast End", "Forecast Finish Date", "Forecast End Date", "Forecast Completion", "Forecast Completion Date", "Expected Finish", "Expected End", "Expected Completion", "Revised Finish", "Revised End Date", "Current Finish", "Estimated Finish", "Estimated Completion", "ETA", "Actual Finish", "Actual Finish Date", "Actual / Forecast Finish", "Actual or Forecast Finish", "Forecast / Actual Finish", "Actual End Date"] },
  { field: "bac", header: "BAC", type: "money", synonyms: ["Budget", "Budget at Completion", "Total Budget", "Approved Budget", "Baseline Budget", "Budget Total", "Project Budget", "Budget (£)", "Budget ($)", "Budget (€)", "Budget £", "Total Approved Budget"] },
  { field: "ac", header: "Actual Cost", type: "money", synonyms: ["AC", "Actuals", "Actual", "Actual Costs", "Actual Cost to Date", "Actuals to Date", "Spend", "Spend to Date", "Actual Spend", "ACWP", "Cost to Date", "Costs to Date", "Spent", "Spent to Date", "Actual Spending", "Spending", "Spending to Date"] },
  { field: "ev", header: "Earned Value", type: "money", synonyms: ["EV", "BCWP", "Earned", "Earned Value to Date"] },
  { field: "pv", header: "Planned Value", type: "money", synonyms: ["PV", "BCWS", "Planned Value to Date", "Planned Cost to Date"] },
  { field: "percentComplete", header: "% Complete", type: "percent", synonyms: ["Percent Complete", "Percentage Complete", "Pct Complete", "Complete %", "Completion %", "% Done", "Progress", "Progress %", "Physical % Complete", "Complete"] },
  { field: "ragOverride", header: "RAG Override", type: "rag", synonyms: ["Override", "Manual RAG", "PM RAG", "RAG (Manual)", "RAG (Override)", "Status Override", "Override RAG", "RAG Override Status", "Manual Status"] },
  { field: "overrideReason", header: "Override Reason", type: "text", synonyms: ["Reason for Override", "Override Justification", "Override Rationale", "Override Comment", "Override Comments", "RAG Override Reason", "Justification"] },
  { field: "lastUpdated", header: "Last Updated", type: "date", synonyms: ["Updated", "Last Update", "Date Updated", "Updated On", "Last Updated On", "Last Reviewed", "Last Review", "Date of Last Update", "Modified"] },
  { field: "strategicFit", header: "Strategic Fit", type: "scale", synonyms: ["Strategic Alignment", "Alignment", "Strategy Fit", "Strategic Value"] },
  { field: "value", header: "Value", type: "scale", synonyms: ["Business Value", "Benefit", "Benefits", "Value Score", "User Business Value"] },
  { field: "urgency", header: "Urgency", type: "scale", synonyms: ["Time Criticality", "Time Critical", "Urgency Score"] },
  { field: "riskReduction", header: "Risk Reduction", type: "scale", synonyms: ["Risk Reduction / Opportunity Enablement", "Risk Reduction Opportunity Enablement", "RR/OE", "RROE", "Risk Reduction Score"] },
  { field: "effort", header: "Effort", type: "scale", synonyms: ["Job Size", "Size", "Effort Score", "Complexity"] },
  // The status the project reports itself, DCA half levels kept (SPEC 2): shown beside the computed
  // status and compared with it (the watermelon check), never replacing it as an override does.
  {
    field: "reportedRag",
    header: "Reported RAG",
    type: "reportedRag",
    synonyms: [
      "RAG", "RAG Status", "Overall RAG", "Overall RAG Status", "RAG Rating", "Project RAG", "Current RAG", "Status RAG", "Status (RAG)", "Overall Status RAG",
      "Reported Status", "Reported RAG Status", "Self Assessed RAG", "Self-Assessed RAG", "RAG This Month", "Traffic Light",
      "DCA", "DCA Rating", "DCA Status", "Delivery Confidence", "Delivery Confidence Assessment", "Delivery Confidence Rating",
      "Health", "Project Health", "Overall Health", "Health Status",
    ],
  },
  { field: "reportDate", header: "Report Date", type: "date", readOnly: true, synonyms: ["Reporting Date", "Status Date", "Status Report Date", "Report Dated", "As of", "As of Date", "As at", "As at Date", "Week Ending", "Week Ending Date", "Week End", "W/E", "Period Ending", "Period End Date", "Reporting Period End", "Report Week", "Snapshot Date"] },
];

export const RISK_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Risk ID", type: "text", required: true, synonyms: ["ID", "Risk Ref", "Risk Reference", "Risk No", "Risk Number", "Risk #", "Ref", "Reference", "RAID ID", "RAID Ref", "Log ID"] },
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "title", header: "Title", type: "text", synonyms: ["Risk Title", "Risk", "Risk Name", "Name", "Summary", "Risk Summary", "Description", "Risk Description"] },
  { field: "category", header: "Category", type: "text", synonyms: ["Risk Category", "Area", "Risk Area", "Theme", "Risk Type Category"] },
  { field: "owner", header: "Owner", type: "text", synonyms: ["Risk Owner", "Assigned To", "Action Owner", "Responsible", "Owned By", "Mitigation Owner"] },
  { field: "response", header: "Response", type: "text", synonyms: ["Mitigation", "Mitigations", "Mitigation Plan", "Mitigating Actions", "Mitigation Actions", "Response Plan", "Response Strategy", "Risk Response", "Action", "Actions", "Treatment", "Countermeasure", "Countermeasures", "Mitigation Action", "Mitigation Strategy", "Potential Response", "Potential Responses", "Response Action", "Response Actions"] },
  { field: "type", header: "Type", type: "riskType", synonyms: ["Risk Type", "Threat/Opportunity", "Threat or Opportunity", "T/O", "Threat Opportunity", "RAID Type", "RAID Category", "Item Type", "Entry Type", "Log Type", "Record Type"] },
  { field: "status", header: "Status", type: "riskStatus", synonyms: ["Risk Status", "State", "Open/Closed", "Current Status"] },
  { field: "probability", header: "Probability", type: "probability", synonyms: ["Likelihood", "Prob", "Probability (1-5)", "Likelihood (1-5)", "Probability Score", "Likelihood Score", "Chance", "P"] },
  { field: "impact", header: "Impact", type: "scale", synonyms: ["Severity", "Impact (1-5)", "Impact Score", "Consequence", "Consequence Score", "I"] },
  { field: "costImpact", header: "Cost Impact", type: "signedMoney", synonyms: ["Financial Impact", "Cost", "Impact Cost", "Cost if Occurs", "Cost of Impact", "Impact (£)", "Impact ($)", "Impact £", "Monetary Impact", "Cost Exposure", "Value at Risk", "Impact (monetary)", "Monetary Value"] },
  { field: "responseDue", header: "Response Due", type: "date", synonyms: ["Due Date", "Due", "Action Due", "Action Due Date", "Mitigation Due", "Mitigation Due Date", "Response Date", "Target Date", "Review Date", "Target Resolution", "Target Resolution Date", "Resolution Date", "Resolve By"] },
];

export const MILESTONE_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Milestone ID", type: "text", required: true, synonyms: ["ID", "Milestone Ref", "Milestone Reference", "Milestone No", "Milestone Number", "MS ID", "MS Ref", "Ref", "Reference"] },
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "name", header: "Milestone", type: "text", required: true, synonyms: ["Milestone Name", "Milestone Title", "Name", "Title", "Description", "Milestone Description", "Deliverable"] },
  { field: "baselineDate", header: "Baseline Date", type: "date", synonyms: ["Baseline", "Baseline Due", "Baseline Due Date", "Planned Date", "Plan Date", "Original Date", "Original Due Date", "Due Date", "Target Date", "Planned"] },
  { field: "forecastDate", header: "Forecast Date", type: "date", synonyms: ["Forecast", "Forecast Due", "Expected Date", "Revised Date", "Reforecast Date", "Re-forecast", "Current Forecast", "Estimated Date"] },
  { field: "actualDate", header: "Actual Date", type: "date", synonyms: ["Actual", "Actual Completion", "Actual Completion Date", "Completed", "Completed On", "Completion Date", "Date Achieved", "Achieved", "Achieved Date", "Done Date", "Date Completed", "Actual Finish", "Actual Finish Date", "Actual End", "Actual End Date"] },
  { field: "key", header: "Key", type: "yesNo", synonyms: ["Key Milestone", "Key?", "Is Key", "Critical", "Major", "Major Milestone"] },
];

/** Ids and titles of a RAID log, whatever the row is: "RAID ID", "Description". */
const RAID_ID = ["ID", "Ref", "Reference", "RAID ID", "RAID Ref", "RAID Reference", "Log ID", "Log Ref", "Item ID", "Item Ref"];
const RAID_TITLE = ["Title", "Description", "Summary", "Name", "Details", "Item", "Item Description", "RAID Description"];

// The fields every RAID register has, one spec each, shared by issues, assumptions and dependencies.
const RAID_OWNER: FieldSpec = { field: "owner", header: "Owner", type: "text", synonyms: ["Assigned To", "Assignee", "Action Owner", "Responsible", "Owned By", "Accountable", "Resolver", "Issue Owner", "Assumption Owner", "Dependency Owner", "Resolution Owner"] };
const RAID_RAISED_BY: FieldSpec = { field: "raisedBy", header: "Raised By", type: "text", synonyms: ["Reported By", "Identified By", "Logged By", "Submitted By", "Originator", "Requestor", "Requester"] };
const RAID_STATUS_FIELD: FieldSpec = { field: "status", header: "Status", type: "raidStatus", synonyms: ["State", "Current Status", "Open/Closed", "Issue Status", "Assumption Status", "Dependency Status", "RAID Status"] };
const RAID_PRIORITY_FIELD: FieldSpec = { field: "priority", header: "Priority", type: "priority", synonyms: ["Severity", "Impact", "Criticality", "Urgency", "Rating", "Priority Level", "Severity Level", "Impact Rating", "Issue Priority", "Issue Severity", "Dependency Priority", "Assumption Priority"] };
const RAID_RAISED: FieldSpec = { field: "raised", header: "Date Raised", type: "date", synonyms: ["Raised", "Raised On", "Raised Date", "Date Identified", "Identified", "Identified On", "Date Logged", "Logged On", "Date Opened", "Opened", "Open Date", "Date Created", "Created", "Created On", "Date Added", "Date Reported", "Reported On"] };
const RAID_RESOLUTION: FieldSpec = { field: "resolution", header: "Resolution", type: "text", synonyms: ["Resolution Notes", "Resolution Plan", "Resolution / Action", "Action", "Actions", "Action Plan", "Action Taken", "Actions Taken", "Next Steps", "Response", "Mitigation", "Workaround", "Outcome", "Validation", "Validation Outcome", "Validation Notes"] };
const RAID_RESOLVED_DATE: FieldSpec = { field: "resolvedDate", header: "Resolution Date", type: "date", synonyms: ["Date Resolved", "Resolved On", "Resolved Date", "Date Closed", "Closed Date", "Closed On", "Closure Date", "Actual Resolution Date", "Date Completed", "Completed On"] };
/** When an issue is to be resolved, or an assumption confirmed. */
const RAID_DUE: FieldSpec = { field: "due", header: "Due Date", type: "date", synonyms: ["Due", "Date Due", "Target Date", "Target Resolution", "Target Resolution Date", "Resolve By", "Resolution Due", "Target Close Date", "Target Closure Date", "Action Due", "Action Due Date", "Deadline", "Expected Resolution", "Expected Resolution Date", "Validate By", "Validation Date", "Validation Due", "Confirm By", "Review Date"] };

/** Who and how urgent, shared by the three RAID registers; then each register's date; then how it ended. */
const RAID_TRACKING: readonly FieldSpec[] = [RAID_OWNER, RAID_RAISED_BY, RAID_STATUS_FIELD, RAID_PRIORITY_FIELD, RAID_RAISED];
const RAID_OUTCOME: readonly FieldSpec[] = [RAID_RESOLUTION, RAID_RESOLVED_DATE];

export const ISSUE_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Issue ID", type: "text", required: true, synonyms: ["Issue Ref", "Issue Reference", "Issue No", "Issue Number", "Issue #", ...RAID_ID] },
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "title", header: "Issue", type: "text", synonyms: ["Issue Title", "Issue Description", "Issue Summary", "Issue Name", "Issue Details", ...RAID_TITLE] },
  ...RAID_TRACKING,
  RAID_DUE,
  ...RAID_OUTCOME,
];

export const ASSUMPTION_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Assumption ID", type: "text", required: true, synonyms: ["Assumption Ref", "Assumption Reference", "Assumption No", "Assumption Number", "Assumption #", ...RAID_ID] },
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "title", header: "Assumption", type: "text", synonyms: ["Assumption Title", "Assumption Description", "Assumption Summary", "Assumption Details", ...RAID_TITLE] },
  ...RAID_TRACKING,
  RAID_DUE,
  ...RAID_OUTCOME,
];

export const DEPENDENCY_FIELDS: readonly FieldSpec[] = [
  { field: "id", header: "Dependency ID", type: "text", required: true, synonyms: ["Dependency Ref", "Dependency Reference", "Dependency No", "Dependency Number", "Dependency #", "Dep ID", "Dep Ref", "Dep No", ...RAID_ID] },
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "title", header: "Dependency", type: "text", synonyms: ["Dependency Title", "Dependency Description", "Dependency Summary", "Dependency Name", "Dependency Details", ...RAID_TITLE] },
  { field: "dependsOn", header: "Dependency On", type: "text", synonyms: ["Depends On", "Dependent On", "Dependent Upon", "Dependency Upon", "Dependency With", "Dependent Project", "Delivering Project", "Other Project", "Provider", "Supplier", "Provided By", "Delivered By", "Predecessor", "Third Party", "External Party"] },
  ...RAID_TRACKING,
  { field: "neededBy", header: "Needed By", type: "date", synonyms: ["Needed By Date", "Need By", "Need By Date", "Date Needed", "Need Date", "Required By", "Required By Date", "Date Required", "Required Date", "Due Date", "Due", "Date Due", "Target Date", "Delivery Date", "Expected Date", "Expected Delivery", "Expected Delivery Date", "Deadline"] },
  ...RAID_OUTCOME,
];

/**
 * The financial phasing sheet (SPEC 2, 9). In the long layout each row is one project, month and
 * cost line; in the wide layout a `measure` column says whether a row holds budget, actual or
 * forecast and each month has its own column (so `period` is in the headers, not a column).
 * Amounts may be negative: a credit or a reversed accrual is a negative actual.
 */
export const FINANCIAL_FIELDS: readonly FieldSpec[] = [
  { field: "projectId", header: "Project ID", type: "text", required: true, synonyms: PROJECT_REFERENCE },
  { field: "period", header: "Month", type: "period", required: true, synonyms: ["Period", "Date", "Month Ending", "Period Ending", "Financial Period", "Fiscal Month", "Financial Month", "Reporting Period", "Reporting Month", "Posting Period", "Accounting Period", "Month Start", "Cost Month"] },
  { field: "costType", header: "Cost Type", type: "costType", synonyms: ["Capex/Opex", "Capex / Opex", "Opex/Capex", "Capex or Opex", "Expenditure Type", "Spend Type", "Cost Category", "Capital/Revenue", "Capital or Revenue", "Cost Class", "CAPEX OPEX"] },
  { field: "budget", header: "Budget", type: "signedMoney", synonyms: ["Plan", "Planned", "Baseline", "Budget Amount", "Approved Budget", "Phased Budget", "Planned Cost", "Planned Spend", "Budgeted Cost", "Budget Cost"] },
  { field: "actual", header: "Actual", type: "signedMoney", synonyms: ["Actuals", "Actual Cost", "Actual Costs", "Actual Spend", "Spend", "Spent", "Actual Amount", "Cost Booked", "Booked"] },
  { field: "forecast", header: "Forecast", type: "signedMoney", synonyms: ["Outlook", "Latest Forecast", "Forecast Cost", "Forecast Spend", "Reforecast", "Re-forecast", "Latest Estimate", "LE", "Estimate", "Forecast Amount"] },
  { field: "comment", header: "Comment", type: "text", synonyms: ["Comments", "Variance Comment", "Variance Comments", "Variance Explanation", "Variance Reason", "Commentary", "Explanation", "Notes", "Note", "Narrative"] },
  // The wide layout's row label; a long sheet has none.
  { field: "measure", header: "Measure", type: "measure", readOnly: true, synonyms: ["Type", "Line", "Plan/Actual", "Plan / Actual", "Budget/Actual", "Value Type", "Data Type", "Amount Type", "Version", "Scenario", "Metric"] },
];

export const SHEET_FIELDS: Readonly<Record<SheetKind, readonly FieldSpec[]>> = {
  projects: PROJECT_FIELDS,
  risks: RISK_FIELDS,
  milestones: MILESTONE_FIELDS,
  issues: ISSUE_FIELDS,
  assumptions: ASSUMPTION_FIELDS,
  dependencies: DEPENDENCY_FIELDS,
  financials: FINANCIAL_FIELDS,
};

export const CORE_SHEET_KINDS: readonly CoreSheetKind[] = ["projects", "risks", "milestones"];
export const RAID_KINDS: readonly RaidKind[] = ["issues", "assumptions", "dependencies"];
export const FINANCIALS_KIND: FinancialsKind = "financials";
/** Kinds that are registers of items (projects, risks, RAID): all but the financial phasing. */
export const REGISTER_KINDS: readonly (CoreSheetKind | RaidKind)[] = [...CORE_SHEET_KINDS, ...RAID_KINDS];
export const SHEET_KINDS: readonly SheetKind[] = [...REGISTER_KINDS, FINANCIALS_KIND];

export function isRaidKind(kind: SheetKind): kind is RaidKind {
  return (RAID_KINDS as readonly SheetKind[]).includes(kind);
}

/** The sheets the add-in creates (Setup, `pmo init`) and the sample fills: the registers and the financial phasing. */
export type CreatedKind = CoreSheetKind | FinancialsKind;
export const CREATED_KINDS: readonly CreatedKind[] = [...CORE_SHEET_KINDS, FINANCIALS_KIND];

/** The columns of the sheets the add-in creates (and of the sample), in order. */
export const CREATED_FIELDS: Readonly<Record<CreatedKind, readonly FieldSpec[]>> = {
  projects: PROJECT_FIELDS.filter((spec) => !spec.readOnly),
  risks: RISK_FIELDS.filter((spec) => !spec.readOnly),
  milestones: MILESTONE_FIELDS.filter((spec) => !spec.readOnly),
  // The long layout (SPEC 9): one row per project, month and cost line; no Measure column.
  financials: FINANCIAL_FIELDS.filter((spec) => !spec.readOnly),
};
