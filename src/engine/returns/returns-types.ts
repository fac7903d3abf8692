/**
 * Collecting project returns (SPEC 10): what goes in (the register and the returns, as sheets) and
 * what comes out (per return and project, applied or refused; the cells to change; the findings;
 * the chasing list). Everything that comes out is plain JSON, shaped for `pmo returns collect
 * --json`, the package-level writer of the register's cells and the task pane's Returns page.
 */
import { ColumnMapping } from "../config";
import { Finding } from "../findings";
import { SheetKind } from "../schema/fields";
import { SheetData } from "../sheet";
import { DateSystem, DayNumber } from "../values";

/** A workbook's governed sheets, already told apart by kind (see governedSheets). */
export interface GovernedWorkbook {
  /** The file's name as the user knows it (`Alice return.xlsx`): findings and changes name it. */
  file: string;
  sheets: Partial<Record<SheetKind, SheetData>>;
  dateSystem: DateSystem;
  /** The workbook's own column mapping (its PMO Config), if any; header matching does the rest. */
  mapping?: ColumnMapping;
}

/** One project manager's return. */
export interface ProjectReturnInput extends GovernedWorkbook {
  /** The return's date: its `Return` sheet's submitted date, else the file's modified time. */
  date: DayNumber;
  /** Who sent it (the `Return` sheet's "submitted by"), when known. */
  submittedBy?: string;
  /** The month its `Return` sheet says it was made for, and where it says so; a return for another month is warned of. */
  madeFor?: { month: string; sheet: string; cell: string };
  /** Set when the file itself could not be read (not a workbook, damaged): the return is refused with this reason. */
  unreadable?: string;
}

/** The only kinds a return changes (SPEC 10): the RAID logs' other registers are not collected. */
export type ReturnSheetKind = "projects" | "risks" | "milestones" | "financials";

/**
 * A value to write into a register cell, typed so that the writer writes it as what it is.
 * `text` is always written as a text cell, never as a formula, whatever it starts with; when it
 * starts with = + - or @ `formulaLike` says so, for a writer (Office.js) that must quote it.
 * `date` is an ISO `YYYY-MM-DD` day, for the writer to turn into the workbook's date serial.
 * `number` is in the register column's own units (thousands under `Budget (£k)`).
 */
export type CellWrite =
  | { kind: "text"; value: string; formulaLike?: true }
  | { kind: "number"; value: number }
  | { kind: "date"; value: string }
  | { kind: "boolean"; value: boolean };

/** The marker of a new row in a change's `cell`: the writer appends one row per distinct `rowKey`. */
export const NEW_ROW = "new row";

/** One register cell to change (or one field of a row to add). */
export interface CellChange {
  /** The register's sheet name (its default name when the register has no such sheet yet). */
  sheet: string;
  kind: ReturnSheetKind;
  /** The project the row belongs to, as the register spells its id. */
  projectId: string;
  /** Project id; risk or milestone id; for Financials `projectId|YYYY-MM|Capex` (or Opex). */
  rowId: string;
  /**
   * Which row: unique within the sheet, the same for every field of one new row
   * (`projectId|riskId` for risks and milestones, rowId otherwise).
   */
  rowKey: string;
  /** The field's name (`percentComplete`), as in `--map` and the report JSON. */
  field: string;
  /** The register column's header as the sheet has it (the add-in's header when the register has no such sheet). */
  header: string;
  /** A1 address in the register's sheet (title rows counted), or NEW_ROW. */
  cell: string;
  /** For a new row: the register column's letter ("C"); absent when the register has no such sheet yet (it is created). */
  column?: string;
  /** The register's value before; null when the cell is blank or the row is new. */
  oldValue: CellWrite | null;
  newValue: CellWrite;
  /** The return it comes from (for lastUpdated too). */
  file: string;
}

/** Why a project's return was not applied. */
export type RefusalCode = "unknown-project" | "id-of-other-project" | "conflict" | "errors" | "unreadable" | "ambiguous-row";

export interface RefusalReason {
  code: RefusalCode;
  message: string;
}

/** What became of one project in one return. */
export interface ProjectOutcome {
  /** As the register spells it; as the return spells it when the register does not know it; null when an unreadable return names none. */
  projectId: string | null;
  file: string;
  submittedBy: string | null;
  /** ISO date of the return (its submitted date, else the file's modified time). */
  received: string;
  applied: boolean;
  /** Empty when applied. */
  reasons: RefusalReason[];
  /** How many register cells the return changes for the project (lastUpdated included); 0 when refused. */
  cellsChanged: number;
}

/** An active project with no return for the month (the chasing list). */
export interface MissingReturn {
  projectId: string;
  name: string;
  /** null when the register names no manager. */
  manager: string | null;
}

/** A finding in a return: a governance finding (SPEC 5) or a refusal, naming the return's file and cell. */
export interface ReturnFinding extends Finding {
  file: string;
  /** The project it is held against; null when it concerns no project (or the whole return). */
  projectId: string | null;
}

/** `pmo returns collect --json` (SPEC 10). */
export interface ReturnsResult {
  /** YYYY-MM. */
  month: string;
  applied: ProjectOutcome[];
  refused: ProjectOutcome[];
  missing: MissingReturn[];
  /**
   * The applied projects' changes: return by return, project by project as the return first names
   * them; a project's rows' changes (Projects, Risks, Milestones, Financials, each in the return's
   * row order, fields in the order of SPEC 2's table), then its lastUpdated.
   */
  changes: CellChange[];
  findings: ReturnFinding[];
}
