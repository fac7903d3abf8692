/**
 * Long work for a page: one run at a time (a second start is ignored while one runs), progress in
 * words, and any failure as a message that says what to do. A failure clears the result it would
 * have replaced: an error above the figures of an earlier run would pass them off as current.
 */
import { useCallback, useRef, useState } from "react";
import { explainError } from "./explain-error";

export interface TaskState<T> {
  running: boolean;
  progress?: { message: string; fraction?: number };
  result?: T;
  error?: string;
}

export type Progress = (message: string, fraction?: number) => void;
export type TaskRunner<T> = (work: (progress: Progress) => Promise<T>) => Promise<void>;

/** Runs `work` under `key` unless work under it is running already, reporting through `update`. */
export async function runTask<T>(work: (progress: Progress) => Promise<T>, busy: Set<string>, key: string, update: (change: (previous: TaskState<T>) => TaskState<T>) => void): Promise<void> {
  if (busy.has(key)) return;
  busy.add(key);
  update((previous) => ({ running: true, result: previous.result, progress: { message: "Starting" } }));
  try {
    const result = await work((message, fraction) => update((previous) => ({ ...previous, progress: { message, fraction } })));
    update(() => ({ running: false, result }));
  } catch (error) {
    update(() => ({ running: false, error: explainError(error) }));
  } finally {
    busy.delete(key);
  }
}

/** A task whose state lives with the component (for work whose result the pane need not keep). */
export function useTask<T>(): [TaskState<T>, TaskRunner<T>] {
  const [state, setState] = useState<TaskState<T>>({ running: false });
  const busy = useRef(new Set<string>()).current;
  const run = useCallback<TaskRunner<T>>((work) => runTask(work, busy, "task", setState), [busy]);
  return [state, run];
}
