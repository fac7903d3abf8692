/**
 * Messages between the task pane and the routine worker, which runs the monthly routine off the
 * UI thread: reading, the engine, the layout and (in preview) the package writer together are
 * seconds of work on a large portfolio, and on the UI thread they would freeze the pane, its
 * progress bar and its Cancel button.
 *
 * In preview the worker holds a copy of the package and does everything. Inside Excel the
 * workbook can only be reached from the pane's thread (Office.js), so the worker asks the pane to
 * read and write for it (`call`) and does the rest.
 */
import type { WorkbookContents } from "../port";
import type { SheetPlan } from "../../layout/sheet-plan";
import type { GeneratedSummary } from "../routine";

export interface GenerateRequest {
  id: number;
  type: "generate";
  month: string;
  by?: string;
  /** ISO timestamp of the run, from the pane's clock. */
  now: string;
  /**
   * Preview: the package as it is now (a copy: the pane keeps its own until the answer arrives).
   * Absent inside Excel, where the worker reads and writes through `call`.
   */
  workbook?: { bytes: Uint8Array; fileName: string };
  /** The workbook's name (one project's workbook is named after it). */
  workbookName?: string;
}

/** What the worker asks of the pane's port inside Excel. */
export type PortCall = { method: "sheetNames" } | { method: "read"; names: string[] } | { method: "writeSheets"; plans: SheetPlan[] } | { method: "activateSheet"; sheet: string };

/** The pane's answer to a PortCall: the names, the contents, or nothing, or why not. */
export interface CallResult {
  type: "result";
  call: number;
  value?: string[] | WorkbookContents;
  failure?: FailureData;
}

export type RoutineRequest = GenerateRequest | CallResult;

/** An error, as structured cloning keeps only the message of an Error: what explainError needs. */
export interface FailureData {
  message: string;
  /** Set when the failure was a PmoInputError (bad input, not a fault). */
  input?: { inPane?: string };
}

export type RoutineReply =
  | { id: number; type: "progress"; message: string; fraction?: number }
  | { id: number; type: "call"; call: number; request: PortCall }
  | { id: number; type: "generated"; bytes?: Uint8Array; generated: GeneratedSummary }
  | { id: number; type: "failed"; failure: FailureData };
