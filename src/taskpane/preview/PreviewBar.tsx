/**
 * Preview mode's bar: which workbook the pane works on (the bundled sample or an .xlsx the user
 * picks), and the generated workbook as a download. Nothing is uploaded anywhere.
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
  error?: string;
}

export function PreviewBar({ fileName, onOpenFile, onUseSample, onDownload, error }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
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
          <Button size="small" onClick={() => input.current?.click()}>
            Open an .xlsx…
          </Button>
          <Button size="small" onClick={onUseSample}>
            Use the sample
          </Button>
          <Button size="small" appearance="primary" onClick={onDownload}>
            Download workbook
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
