/**
 * Long work for a page: one run at a time (a second start is ignored while one runs), progress in
 * words, and any failure as a message that says what to do. A failure clears the result it would
 * have replaced: an error above the figures of an earlier run would pass them off as current. A
 * cancelled run wrote nothing, so the result before it still stands.
 */
import { useCallback, useRef, useState } from "react";
import { CancelledError } from "../workbook/worker/routine-client";
import { explainError } from "./explain-error";

export interface TaskState<T> {
  running: boolean;
  progress?: { message: string; fraction?: number };
  result?: T;
  error?: string;
  /** Said after a run that ended without a result or an error (cancelled). */
  notice?: string;
  /** The result was made before the user last went to the workbook, where they may have changed it. */
  stale?: boolean;
}

export type Progress = (message: string, fraction?: number) => void;
/** Work a page runs: it reports progress, and stops (throwing CancelledError) when `signal` aborts. */
export type TaskWork<T> = (progress: Progress, signal: AbortSignal) => Promise<T>;
export type TaskRunner<T> = (work: TaskWork<T>) => Promise<void>;
/** The runs under way, by key, each with what cancels it. */
export type RunningTasks = Map<string, AbortController>;

/** Runs `work` under `key` unless work under it is running already, reporting through `update`. */
export async function runTask<T>(work: TaskWork<T>, running: RunningTasks, key: string, update: (change: (previous: TaskState<T>) => TaskState<T>) => void): Promise<void> {
  if (running.has(key)) return;
  const controller = new AbortController();
  running.set(key, controller);
  update((previous) => ({ running: true, result: previous.result, progress: { message: "Starting" } }));
  try {
    const result = await work((message, fraction) => update((previous) => ({ ...previous, progress: { message, fraction } })), controller.signal);
    update(() => ({ running: false, result }));
  } catch (error) {
    if (error instanceof CancelledError) update((previous) => ({ running: false, result: previous.result, notice: error.message }));
    else update(() => ({ running: false, error: explainError(error) }));
  } finally {
    running.delete(key);
  }
}

/** A task whose state lives with the component (for work whose result the pane need not keep). */
export function useTask<T>(): [TaskState<T>, TaskRunner<T>] {
  const [state, setState] = useState<TaskState<T>>({ running: false });
  const running = useRef<RunningTasks>(new Map()).current;
  const run = useCallback<TaskRunner<T>>((work) => runTask(work, running, "task", setState), [running]);
  return [state, run];
}
