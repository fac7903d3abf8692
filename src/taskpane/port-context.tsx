/**
 * The workbook port as React context: pages take it with usePort() and never touch Excel. Inside
 * Excel it is the Office.js adapter; in preview mode an .xlsx held in memory.
 */
import { createContext, useContext } from "react";
import type { WorkbookPort } from "../workbook/port";

export const PortContext = createContext<WorkbookPort | undefined>(undefined);

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("No workbook is connected");
  return port;
}
