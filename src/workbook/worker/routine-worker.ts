/**
 * The routine worker (a webpack entry of its own, dist/routine-worker.js): runs the monthly
 * routine on a preview port of its own (preview) or on the pane's port through messages (Excel),
 * and hands back what a page shows. Nothing here touches the DOM; engine, layout and package
 * code are pure.
 */
import { createPreviewPort } from "../preview/preview-port";
import { generateSummaryHere } from "../routine";
import { errorOf, failureData } from "./failure-data";
import { remotePort } from "./remote-port";
import type { GenerateRequest, PortCall, RoutineReply, RoutineRequest } from "./routine-protocol";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<RoutineRequest>) => void) | null; postMessage(reply: RoutineReply, transfer?: Transferable[]): void };

const answers = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextCall = 1;

function caller(id: number) {
  return (request: PortCall) =>
    new Promise<unknown>((resolve, reject) => {
      const call = nextCall++;
      answers.set(call, { resolve, reject });
      scope.postMessage({ id, type: "call", call, request });
    });
}

async function generate(request: GenerateRequest): Promise<void> {
  const { id, workbook } = request;
  const port = workbook ? createPreviewPort(workbook.bytes, workbook.fileName) : remotePort(caller(id), request.workbookName);
  try {
    const generated = await generateSummaryHere(port, request.month, request.by, request.now, (message, fraction) => scope.postMessage({ id, type: "progress", message, fraction }));
    if (port.kind !== "preview") return scope.postMessage({ id, type: "generated", generated });
    const bytes = (port as ReturnType<typeof createPreviewPort>).bytes();
    scope.postMessage({ id, type: "generated", bytes, generated }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ id, type: "failed", failure: failureData(error) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === "generate") return void generate(data);
  const waiting = answers.get(data.call);
  answers.delete(data.call);
  if (data.failure) waiting?.reject(errorOf(data.failure));
  else waiting?.resolve(data.value);
};
