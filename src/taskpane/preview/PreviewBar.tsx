/**
 * Preview mode's bar: which workbook the pane works on (the bundled sample or an .xlsx the user
 * picks), and the generated workbook as a download. Nothing is uploaded anywhere. Replacing a
 * workbook that holds changes made in the pane asks first (DiscardDialog).
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { DiscardDialog } from "./DiscardDialog";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
});

export interface PreviewBarProps {
  fileName: string;
  onOpenFile: (name: string, bytes: Uint8Array) => void;
  onUseSample: () => void;
  onDownload: () => void;
  /** Whether the workbook holds changes made in the pane that were not downloaded. */
  hasChanges: () => boolean;
  error?: string;
}

type Replacing = { action: string; go: () => void };

export function PreviewBar({ fileName, onOpenFile, onUseSample, onDownload, hasChanges, error }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [replacing, setReplacing] = useState<Replacing>();
  /** Runs `go` now, or once the user has chosen what becomes of the changes. */
  const replaceWith = (replacement: Replacing) => (hasChanges() ? setReplacing(replacement) : replacement.go());
  const chooseFile = () => input.current?.click();
  const finish = (download: boolean) => {
    const go = replacing?.go;
    setReplacing(undefined);
    if (download) onDownload();
    go?.();
  };
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onOpenFile(file.name, new Uint8Array(await file.arrayBuffer()));
    event.target.value = "";
  };
  return (
    <MessageBar intent={error ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview mode</MessageBarTitle>
        {error ?? `Outside Excel: working on ${fileName}, in this browser only.`}
        <div className={styles.actions}>
          <input ref={input} type="file" accept=".xlsx" hidden onChange={(event) => void open(event)} aria-label="Open an .xlsx workbook" />
          <Button size="small" onClick={() => replaceWith({ action: "open another workbook", go: chooseFile })}>
            Open an .xlsx…
          </Button>
          <Button size="small" onClick={() => replaceWith({ action: "start again from the sample", go: onUseSample })}>
            Use the sample
          </Button>
          <Button size="small" onClick={onDownload}>
            Download workbook
          </Button>
        </div>
      </MessageBarBody>
      <DiscardDialog action={replacing?.action} fileName={fileName} onDownloadThenContinue={() => finish(true)} onDiscard={() => finish(false)} onCancel={() => setReplacing(undefined)} />
    </MessageBar>
  );
}
