/**
 * The worker's port inside Excel: every read and write is asked of the pane's own port (Office.js
 * runs only on the pane's thread); the sheets to read are chosen here, from their names.
 */
import type { SheetPlan } from "../../layout/sheet-plan";
import type { WorkbookContents, WorkbookPort } from "../port";
import type { PortCall } from "./routine-protocol";

export type PortCaller = (request: PortCall) => Promise<unknown>;

const IN_EXCEL_ONLY = "only the pane's own port can do this";

export function remotePort(call: PortCaller, workbookName: string | undefined): WorkbookPort {
  // One port serves one run of the routine: the sheet names are asked for once, not before every
  // read (each ask is an Excel round trip), and asked again only after a write.
  let sheetNames: Promise<string[]> | undefined;
  return {
    kind: "excel",
    workbookName,
    async read(wanted): Promise<WorkbookContents> {
      sheetNames ??= call({ method: "sheetNames" }) as Promise<string[]>;
      const names = await sheetNames;
      return (await call({ method: "read", names: names.filter((name) => wanted(name)) })) as WorkbookContents;
    },
    async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
      sheetNames = undefined;
      await call({ method: "writeSheets", plans: [...plans] });
    },
    async activateSheet(sheet: string): Promise<void> {
      await call({ method: "activateSheet", sheet });
    },
    async goToCell(): Promise<void> {
      throw new Error(IN_EXCEL_ONLY);
    },
    async writeCellEdits(): Promise<void> {
      // Collecting returns runs on the pane's thread: the worker does only the monthly routine.
      throw new Error("Returns are written from the task pane, not from the routine worker");
    },
    async writeFormulaColumns(): Promise<void> {
      throw new Error(IN_EXCEL_ONLY);
    },
  };
}
