/**
 * The pane outside Excel: the same App over a preview port holding an .xlsx in memory, starting
 * with the bundled sample. Opening another file gives a fresh port (and fresh pages).
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { createPreviewPort } from "../../workbook/preview/preview-port";
import { createRoutineWorker } from "../../workbook/worker/routine-client";
import { readXlsxPackage } from "../../workbook/xlsx/package/read-xlsx-package";
import { SAMPLE_FILE_NAME, sampleWorkbook } from "../../workbook/preview/sample-workbook";
import { thisMonth } from "../../workbook/routine";
import { App } from "../App";
import { explainError } from "../explain-error";
import { DiscardDialog } from "./DiscardDialog";
import { PreviewBar } from "./PreviewBar";

interface Workbook {
  name: string;
  bytes: Uint8Array;
  version: number;
}

function download(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function PreviewRoot({ theme }: { theme: Theme }) {
  const [workbook, setWorkbook] = useState<Workbook>(() => ({ name: SAMPLE_FILE_NAME, bytes: sampleWorkbook(thisMonth()), version: 0 }));
  const [error, setError] = useState<string>();
  // One worker for the pane's life: the monthly routine runs there, off the UI thread.
  const [worker] = useState(() => createRoutineWorker());
  const port = useMemo(() => createPreviewPort(workbook.bytes, workbook.name, worker), [workbook, worker]);
  const open = (name: string, bytes: Uint8Array) => {
    // A file that is not a workbook is refused when it is picked, and the pane stays on the one it had.
    try {
      readXlsxPackage(bytes, () => false, `"${name}"`);
    } catch (failure) {
      const why = explainError(failure);
      setError(`${why}${/[.!?]$/.test(why) ? "" : "."} The pane is still working on ${workbook.name}.`);
      return;
    }
    setError(undefined);
    setWorkbook((previous) => ({ name, bytes, version: previous.version + 1 }));
  };
  /** The package last downloaded: each write makes a new one, so "changed since" is an identity test. */
  const downloaded = useRef<Uint8Array>(undefined);
  const onDownload = () => {
    try {
      download(port.fileName(), port.bytes());
      downloaded.current = port.bytes();
    } catch (failure) {
      setError(explainError(failure));
    }
  };
  const [replacing, setReplacing] = useState<{ action: string; go: () => void }>();
  const hasChanges = () => port.changed && port.bytes() !== downloaded.current;
  const onReplace = (action: string, go: () => void) => (hasChanges() ? setReplacing({ action, go }) : go());
  /** The dialog closes first; the workbook is replaced once it has (the pane under it is remounted). */
  const finish = (downloadFirst: boolean) => {
    const go = replacing?.go;
    setReplacing(undefined);
    if (downloadFirst) onDownload();
    if (go) setTimeout(go, 0);
  };
  const banner = <PreviewBar fileName={workbook.name} error={error} onOpenFile={open} onUseSample={() => open(SAMPLE_FILE_NAME, sampleWorkbook(thisMonth()))} onDownload={onDownload} onReplace={onReplace} />;
  return (
    <>
      <App key={workbook.version} theme={theme} port={port} banner={banner} focusOnStart={workbook.version > 0} />
      {/* Outside the App, which is remounted for each workbook: the dialog must outlive the pane it asks about. */}
      <FluentProvider theme={theme}>
        <DiscardDialog action={replacing?.action} fileName={workbook.name} onDownloadThenContinue={() => finish(true)} onDiscard={() => finish(false)} onCancel={() => setReplacing(undefined)} />
      </FluentProvider>
    </>
  );
}
