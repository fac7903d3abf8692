/**
 * The pane's side of the routine worker: one worker, started on first use. Cancelling terminates
 * it (engine work cannot be interrupted any other way) and the next request starts a fresh one;
 * nothing the worker did reaches the pane. Inside Excel the worker's reads and writes are served
 * here, on the pane's port; a write it has asked for is let finish, so the workbook is never left
 * half written.
 */
import type { ProgressReporter, WorkbookPort } from "../port";
import { writingProgress, type GeneratedSummary } from "../routine";
import { errorOf, failureData } from "./failure-data";
import type { CallResult, GenerateRequest, PortCall, RoutineReply } from "./routine-protocol";

/** Where the build puts the worker, beside taskpane.html. */
export const ROUTINE_WORKER_URL = "routine-worker.js";

/** Thrown when the user cancelled: the work was dropped and nothing was written. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled: nothing was written.");
    this.name = "CancelledError";
  }
}

type Request = Omit<GenerateRequest, "id" | "type">;

export interface RoutineWorker {
  /** Runs the routine; inside Excel `port` is the pane's, on which the worker reads and writes. */
  generate(request: Request, progress: ProgressReporter, signal?: AbortSignal, port?: WorkbookPort): Promise<{ bytes?: Uint8Array; generated: GeneratedSummary }>;
}

interface Waiting {
  progress: ProgressReporter;
  port?: WorkbookPort;
  settle: (reply: RoutineReply | CancelledError) => void;
}

async function serve(port: WorkbookPort, request: PortCall, progress: ProgressReporter): Promise<CallResult["value"]> {
  switch (request.method) {
    case "sheetNames":
      return (await port.read(() => false)).sheetNames;
    case "read":
      return port.read((name) => request.names.includes(name));
    case "writeSheets":
      return void (await port.writeSheets(request.plans, writingProgress(progress)));
    case "activateSheet":
      return void (await port.activateSheet(request.sheet));
  }
}

/** The worker, or undefined where the page cannot start one (jsdom, a host without workers). */
export function createRoutineWorker(url: string = ROUTINE_WORKER_URL): RoutineWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Waiting>();
  const answer = async (target: Worker, waiting: Waiting, call: number, request: PortCall) => {
    let result: CallResult;
    try {
      result = { type: "result", call, value: await serve(waiting.port!, request, waiting.progress) };
    } catch (error) {
      result = { type: "result", call, failure: failureData(error) };
    }
    target.postMessage(result);
  };
  const start = (): Worker => {
    const started = new Worker(url);
    started.onmessage = ({ data }: MessageEvent<RoutineReply>) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      if (data.type === "progress") waiting.progress(data.message, data.fraction);
      else if (data.type === "call") void answer(started, waiting, data.call, data.request);
      else waiting.settle(data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      for (const [id, waiting] of pending) waiting.settle({ id, type: "failed", failure: { message: `the background worker stopped (${event.message || "it could not be loaded"})` } });
      worker = undefined;
    };
    return started;
  };
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    for (const waiting of pending.values()) waiting.settle(new CancelledError());
  };
  return {
    generate: (request, progress, signal, port) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new CancelledError());
        const id = nextId++;
        const onAbort = () => stop();
        pending.set(id, {
          progress,
          port,
          settle: (reply) => {
            pending.delete(id);
            signal?.removeEventListener("abort", onAbort);
            if (reply instanceof CancelledError) reject(reply);
            else if (reply.type === "generated") resolve({ bytes: reply.bytes, generated: reply.generated });
            else if (reply.type === "failed") reject(errorOf(reply.failure));
          },
        });
        signal?.addEventListener("abort", onAbort);
        worker ??= start();
        worker.postMessage({ ...request, id, type: "generate" } satisfies GenerateRequest);
      }),
  };
}

/**
 * The Excel port with the routine's engine work moved to the worker; reads and writes stay on
 * this thread. Not cancellable: once the worker asks for the write, it must run to its end.
 */
export function withRoutineWorker(port: WorkbookPort, worker: RoutineWorker | undefined): WorkbookPort {
  if (!worker) return port;
  return { ...port, generateOffThread: async (request, progress) => (await worker.generate({ ...request, workbookName: port.workbookName }, progress, undefined, port)).generated };
}
