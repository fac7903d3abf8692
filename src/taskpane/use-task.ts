/**
 * Long work for a page: one run at a time (a second start is ignored while one runs), progress in
 * words, and any failure as a message that says what to do.
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

export function useTask<T>(): [TaskState<T>, (work: (progress: Progress) => Promise<T>) => Promise<void>] {
  const [state, setState] = useState<TaskState<T>>({ running: false });
  const busy = useRef(false);
  const run = useCallback(async (work: (progress: Progress) => Promise<T>) => {
    if (busy.current) return;
    busy.current = true;
    setState((previous) => ({ running: true, result: previous.result, progress: { message: "Starting" } }));
    try {
      const result = await work((message, fraction) => setState((previous) => ({ ...previous, progress: { message, fraction } })));
      setState({ running: false, result });
    } catch (error) {
      setState((previous) => ({ running: false, result: previous.result, error: explainError(error) }));
    } finally {
      busy.current = false;
    }
  }, []);
  return [state, run];
}
