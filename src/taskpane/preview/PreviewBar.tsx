/**
 * Preview mode's bar: which workbook the pane works on (the bundled sample or an .xlsx the user
 * picks), and the generated workbook as a download. Nothing is uploaded anywhere. Replacing a
 * workbook goes through `onReplace`, which asks first when it holds changes made in the pane.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
});

export interface PreviewBarProps {
  fileName: string;
  onOpenFile: (name: string, bytes: Uint8Array) => void;
  onUseSample: () => void;
  onDownload: () => void;
  /** Replaces the workbook by `go`, once the user has said what becomes of any changes. */
  onReplace: (action: string, go: () => void) => void;
  error?: string;
}

export function PreviewBar({ fileName, onOpenFile, onUseSample, onDownload, onReplace, error }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chooseFile = () => input.current?.click();
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
          <Button size="small" onClick={() => onReplace("open another workbook", chooseFile)}>
            Open an .xlsx…
          </Button>
          <Button size="small" onClick={() => onReplace("start again from the sample", onUseSample)}>
            Use the sample
          </Button>
          <Button size="small" onClick={onDownload}>
            Download workbook
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
