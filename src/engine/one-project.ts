/**
 * One project's workbook (SPEC 2): a risk register, RAID log or milestone tracker with no project
 * register is one project's. The project is named from a `Project` / `Project Name` label in the
 * rows above the header (a document-control block), else from the file name, and rows with no
 * projectId belong to it.
 */
import { PROJECT_STATUS } from "./constants";
import { Project } from "./model";
import { normaliseHeader } from "./schema/header-match";
import { TableLayout } from "./schema/read-table";
import { SheetData } from "./sheet";
import { isBlank } from "./values";

/** Labels of a document-control block that give the project's name, and its id. */
const NAME_LABELS = new Set(["Project", "Project Name", "Project Title", "Name of Project", "Project Name / Title"].map(normaliseHeader));
const ID_LABELS = new Set(["Project ID", "Project Code", "Project Ref", "Project Reference", "Project No", "Project Number", "PID"].map(normaliseHeader));

/** Where the project's name came from, for the run's output. */
export interface WorkbookProject {
  name: string;
  id: string;
  /** `label` when a document-control block named it, `file` when the file's name did. */
  from: "label" | "file" | "default";
  sheet: string;
  /** 1-based sheet row and column of the label's value (or of the register's header). */
  row: number;
  column: number;
}

/** The name used when neither a label nor a file name is known. */
export const UNNAMED_PROJECT = "This project";

interface Labelled {
  value: string;
  row: number;
  column: number;
}

/** The value a label cell gives: after its colon ("Project: Apollo"), else the next cell to its right. */
function labelValue(cells: readonly unknown[], index: number, labels: ReadonlySet<string>): Labelled | undefined {
  const text = cells[index];
  if (typeof text !== "string") return undefined;
  const colon = text.indexOf(":");
  const label = colon >= 0 ? text.slice(0, colon) : text;
  if (!labels.has(normaliseHeader(label))) return undefined;
  const after = colon >= 0 ? text.slice(colon + 1).trim() : "";
  if (after !== "") return { value: after, row: 0, column: index };
  for (let next = index + 1; next < cells.length; next += 1) {
    const value = cells[next];
    if (isBlank(value)) continue;
    return typeof value === "string" || typeof value === "number" ? { value: String(value).trim(), row: 0, column: next } : undefined;
  }
  return undefined;
}

/** The first label of a kind in the rows above a register's header. */
function findLabel(sheet: SheetData, headerRow: number, labels: ReadonlySet<string>): Labelled | undefined {
  const above = Math.max(0, headerRow - sheet.firstRow);
  for (let rowIndex = 0; rowIndex < above; rowIndex += 1) {
    const cells = sheet.rows[rowIndex] ?? [];
    for (let index = 0; index < cells.length; index += 1) {
      const found = labelValue(cells, index, labels);
      if (found) return { value: found.value, row: rowIndex + sheet.firstRow, column: found.column + sheet.firstColumn };
    }
  }
  return undefined;
}

/** The workbook's project, from the first register's document-control block, else the file name. */
export function workbookProject(registers: readonly { sheet: SheetData; layout: TableLayout }[], fileName: string | undefined): WorkbookProject {
  for (const { sheet, layout } of registers) {
    const name = findLabel(sheet, layout.headerRow, NAME_LABELS);
    if (!name) continue;
    const id = findLabel(sheet, layout.headerRow, ID_LABELS);
    return { name: name.value, id: id?.value ?? name.value, from: "label", sheet: sheet.name, row: name.row, column: name.column };
  }
  const first = registers[0].layout;
  const column = Math.min(...first.columns.values());
  const name = fileName?.trim() ? fileName.trim() : undefined;
  return { name: name ?? UNNAMED_PROJECT, id: name ?? UNNAMED_PROJECT, from: name ? "file" : "default", sheet: first.sheet, row: first.headerRow, column };
}

/** The projects of a workbook without a project register: its own, and any its rows name. */
export function projectsOfRegisters(own: WorkbookProject, referenced: readonly string[]): Project[] {
  const byKey = new Map<string, Project>();
  const add = (id: string, name: string) => {
    const key = id.trim().toLowerCase();
    if (!byKey.has(key)) byKey.set(key, { row: own.row, id, name, status: PROJECT_STATUS.active });
  };
  for (const id of referenced) add(id, id === own.id ? own.name : id);
  return [...byKey.values()];
}

/** The projects' layout: no sheet of their own, so findings about them point at the label. */
export function workbookProjectLayout(own: WorkbookProject): TableLayout {
  return { sheet: own.sheet, headerRow: own.row, columns: new Map([["id", own.column], ["name", own.column]]), headers: [] };
}

/** The line a run prints about the workbook's project. */
export function workbookProjectLine(own: WorkbookProject): string {
  const source =
    own.from === "label" ? `named by the label on sheet "${own.sheet}", row ${own.row}` : own.from === "file" ? "named after the file" : `no name found: add a "Project Name:" label above the header`;
  return `Read as one project's workbook (no project register): "${own.name}", ${source}; rows with no project ID belong to it.`;
}
