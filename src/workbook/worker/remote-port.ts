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
  return {
    kind: "excel",
    workbookName,
    async read(wanted): Promise<WorkbookContents> {
      const names = (await call({ method: "sheetNames" })) as string[];
      return (await call({ method: "read", names: names.filter((name) => wanted(name)) })) as WorkbookContents;
    },
    async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
      await call({ method: "writeSheets", plans: [...plans] });
    },
    async activateSheet(sheet: string): Promise<void> {
      await call({ method: "activateSheet", sheet });
    },
    async goToCell(): Promise<void> {
      throw new Error(IN_EXCEL_ONLY);
    },
    async writeFormulaColumns(): Promise<void> {
      throw new Error(IN_EXCEL_ONLY);
    },
  };
}
