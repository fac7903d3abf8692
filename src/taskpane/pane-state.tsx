/**
 * What the whole pane shares (issue 12, item 5): one month and one grouping for every page, and
 * each page's last results, kept when the user moves between pages and dropped when the workbook
 * changes. The pane's own writes all go through the port, so the port handed to the pages is
 * wrapped to forget every kept result once a write lands (a saved rule changes every status; a
 * new sheet changes what Check finds). Opening another file in preview starts a fresh pane.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { DEFAULT_GROUP_BY } from "../engine/report/build-report";
import { parseMonth } from "../engine/values";
import type { WorkbookPort } from "../workbook/port";
import { thisMonth } from "../workbook/routine";
import { PortContext } from "./port-context";
import { runTask, type RunningTasks, type TaskRunner, type TaskState } from "./use-task";

interface PaneState {
  month: string;
  setMonth: (month: string) => void;
  groupBy: string;
  setGroupBy: (field: string) => void;
  tasks: Readonly<Record<string, TaskState<unknown>>>;
  setTask: (key: string, update: (previous: TaskState<unknown>) => TaskState<unknown>) => void;
  busy: RunningTasks;
}

const PaneStateContext = createContext<PaneState | undefined>(undefined);

function usePaneState(): PaneState {
  const state = useContext(PaneStateContext);
  if (!state) throw new Error("The pane's state is missing (render the page inside PaneStateProvider)");
  return state;
}

/** The month and grouping the pane works on, and whether the month is one. */
export function usePaneSettings() {
  const { month, setMonth, groupBy, setGroupBy } = usePaneState();
  return { month, setMonth, groupBy, setGroupBy, monthIsValid: parseMonth(month) !== undefined };
}

const IDLE: TaskState<never> = { running: false };

/**
 * A page's long work whose last result the pane keeps, under `page` and the month and grouping it
 * was made for: back on the page with the same settings, the result is there; with others, the
 * page shows nothing until it is asked again.
 */
export function useKeptTask<T>(page: string, dependsOn: "month" | "month and grouping" = "month"): [TaskState<T>, TaskRunner<T>, () => void] {
  const { month, groupBy, tasks, setTask, busy } = usePaneState();
  const key = dependsOn === "month" ? `${page}|${month}` : `${page}|${month}|${groupBy}`;
  const run = useCallback<TaskRunner<T>>((work) => runTask(work, busy, key, (update) => setTask(key, update as (previous: TaskState<unknown>) => TaskState<unknown>)), [busy, key, setTask]);
  const cancel = useCallback(() => busy.get(key)?.abort(), [busy, key]);
  return [(tasks[key] ?? IDLE) as TaskState<T>, run, cancel];
}

/** The port with every write followed by `forget`: each member delegates to the port itself. */
function forgettingAfterWrites(port: WorkbookPort, forget: () => void): WorkbookPort {
  return {
    kind: port.kind,
    workbookName: port.workbookName,
    read: (wanted) => port.read(wanted),
    goToCell: (sheet, cell) => port.goToCell(sheet, cell),
    activateSheet: (sheet) => port.activateSheet(sheet),
    writeSheets: async (plans, progress) => {
      await port.writeSheets(plans, progress);
      forget();
    },
    writeCellEdits: async (edits, plans, progress) => {
      await port.writeCellEdits(edits, plans, progress);
      forget();
    },
    writeFormulaColumns: async (sheet, columns) => {
      await port.writeFormulaColumns(sheet, columns);
      forget();
    },
    generateOffThread: port.generateOffThread
      ? async (request, progress, signal) => {
          const generated = await port.generateOffThread!(request, progress, signal);
          forget();
          return generated;
        }
      : undefined,
  };
}

/**
 * Inside Excel the user edits the workbook in the grid, which takes the focus from the pane; the
 * pane hears of no edit (the simulated host, where this is tested, models no Office events), so
 * when the focus comes back every kept result is marked as possibly out of date. It stays on the
 * page, said to be so, until the page runs again. A preview's workbook changes only through the pane.
 */
function useStaleAfterLeaving(inExcel: boolean, setTasks: (update: (all: Record<string, TaskState<unknown>>) => Record<string, TaskState<unknown>>) => void): void {
  useEffect(() => {
    if (!inExcel) return;
    let away = false;
    const leave = () => (away = true);
    const come = () => {
      if (!away) return;
      away = false;
      setTasks((all) => Object.fromEntries(Object.entries(all).map(([key, task]) => [key, task.result !== undefined && !task.running ? { ...task, stale: true } : task])));
    };
    window.addEventListener("blur", leave);
    window.addEventListener("focus", come);
    return () => {
      window.removeEventListener("blur", leave);
      window.removeEventListener("focus", come);
    };
  }, [inExcel, setTasks]);
}

export function PaneStateProvider({ port, children, initialMonth = thisMonth() }: { port: WorkbookPort; children: ReactNode; initialMonth?: string }) {
  const [month, setMonth] = useState(initialMonth);
  const [groupBy, setGroupBy] = useState(DEFAULT_GROUP_BY);
  const [tasks, setTasks] = useState<Record<string, TaskState<unknown>>>({});
  const busy = useRef<RunningTasks>(new Map()).current;
  const setTask = useCallback((key: string, update: (previous: TaskState<unknown>) => TaskState<unknown>) => setTasks((all) => ({ ...all, [key]: update(all[key] ?? IDLE) })), []);
  /** After a write, only the results of work still running (the write's own page) survive. */
  const forgetResults = useCallback(() => setTasks((all) => Object.fromEntries(Object.entries(all).filter(([key]) => busy.has(key)))), [busy]);
  const trackedPort = useMemo(() => forgettingAfterWrites(port, forgetResults), [port, forgetResults]);
  useStaleAfterLeaving(port.kind === "excel", setTasks);
  const state = useMemo(() => ({ month, setMonth, groupBy, setGroupBy, tasks, setTask, busy }), [month, groupBy, tasks, setTask, busy]);
  return (
    <PaneStateContext.Provider value={state}>
      <PortContext.Provider value={trackedPort}>{children}</PortContext.Provider>
    </PaneStateContext.Provider>
  );
}
