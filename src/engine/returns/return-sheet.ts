/**
 * The `Return` sheet of a return workbook (SPEC 10): label/value rows saying what the return is
 * (month, who it is for, its projects, when it is due), two rows for the PM to fill in (the date
 * it is submitted, which collecting takes as the return's date, and by whom) and how to fill it
 * in. Also what a return's file is called.
 */
import { normaliseHeader } from "../schema/header-match";
import { DateSystem, DayNumber, monthText, parseDate, parsePeriod, parseText } from "../values";

export const RETURN_SHEET_NAME = "Return";

export const RETURN_LABELS = {
  month: "Month",
  for: "For",
  projects: "Projects",
  due: "Due",
  submitted: "Submitted",
  submittedBy: "Submitted By",
  instructions: "Instructions",
} as const;

export const RETURN_INSTRUCTIONS: readonly string[] = [
  "Change only the cells whose value has changed this month; a blank cell means no change.",
  "Do not change the grey id columns (Project ID, Risk ID, Milestone ID; Month and Cost Type in Financials): rows are matched by them.",
  "Add new risks, milestones and Financials months as new rows, with their project's id.",
  "Nothing is deleted by a return: to close a risk, set its Status to Closed.",
  "When done, fill in Submitted (the date) and Submitted By above, save and send the workbook back.",
];

export const ID_COLUMN_NOTE = "Do not change: rows are matched by this id.";

export interface ReturnSheetInfo {
  month: string;
  for: string;
  projectIds: readonly string[];
  /** ISO YYYY-MM-DD. */
  due: string;
}

/** The sheet's rows: [label, value]; the instructions' lines below their label. Dates are ISO text, for the writer to write as dates. */
export function returnSheetRows(info: ReturnSheetInfo): [string, string][] {
  return [
    [RETURN_LABELS.month, info.month],
    [RETURN_LABELS.for, info.for],
    [RETURN_LABELS.projects, info.projectIds.join(", ")],
    [RETURN_LABELS.due, info.due],
    [RETURN_LABELS.submitted, ""],
    [RETURN_LABELS.submittedBy, ""],
    ...RETURN_INSTRUCTIONS.map((line, index): [string, string] => [index === 0 ? RETURN_LABELS.instructions : "", line]),
  ];
}

/** The default due date of a month's return: the fifth working day (Monday to Friday) of the next month. */
export function defaultDueDate(month: string): string {
  const [year, calendarMonth] = month.split("-").map(Number);
  let working = 0;
  for (let day = 1; ; day += 1) {
    const date = new Date(Date.UTC(year, calendarMonth, day));
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) working += 1;
    if (working === 5) return date.toISOString().slice(0, 10);
  }
}

/** What the PM filled in on a return's `Return` sheet, for collecting. */
export interface ReturnSheetAnswers {
  submitted?: DayNumber;
  submittedBy?: string;
  /** The month the return was made for (YYYY-MM), and its row's index among the rows given. */
  month?: { month: string; row: number };
}

/** Reads Submitted and Submitted By from a Return sheet's rows (labels in the first column, values beside them). */
export function readReturnSheet(rows: readonly (readonly unknown[])[], dateSystem: DateSystem = 1900): ReturnSheetAnswers {
  const answers: ReturnSheetAnswers = {};
  for (const [index, row] of rows.entries()) {
    const label = typeof row[0] === "string" ? normaliseHeader(row[0]) : "";
    if (label === normaliseHeader(RETURN_LABELS.month)) {
      const month = parsePeriod(row[1], dateSystem);
      if (month.ok) answers.month = { month: monthText(month.value), row: index };
    } else if (label === normaliseHeader(RETURN_LABELS.submitted)) {
      const date = parseDate(row[1], dateSystem);
      if (date.ok) answers.submitted = date.value;
    } else if (label === normaliseHeader(RETURN_LABELS.submittedBy)) {
      const text = parseText(row[1]);
      if (text.ok && text.value.trim() !== "") answers.submittedBy = text.value.trim();
    }
  }
  return answers;
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A return's file name: `Return 2026-11 - Alice Brown.xlsx`, with what a file name cannot hold replaced. */
export function returnFileName(month: string, label: string): string {
  const safe = label.replace(/^\((.*)\)$/, "$1").replace(NOT_IN_FILE_NAMES, "-").replace(/\s+/g, " ").trim().replace(/[. ]+$/, "").slice(0, 80).trim();
  const name = safe === "" ? "unnamed" : safe.charAt(0).toUpperCase() + safe.slice(1);
  return `Return ${month} - ${name}.xlsx`;
}
