/** The return workbooks to collect: an .xlsx picker behind a button (the input itself is hidden), and what was picked. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  names: { overflowWrap: "anywhere" },
});

export function ReturnFilePicker({ files, onPick }: { files: readonly File[]; onPick: (files: File[]) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.target.files ?? [])];
    if (picked.length > 0) onPick(picked);
    event.target.value = "";
  };
  return (
    <div className={styles.picker}>
      <input ref={input} type="file" multiple accept=".xlsx" hidden onChange={pick} aria-label="Return files (.xlsx)" />
      <Button onClick={() => input.current?.click()}>Choose return files…</Button>
      <Caption1 className={styles.names} aria-live="polite">
        {files.length === 0 ? "No return files chosen yet: pick the .xlsx returns the project managers sent." : `${files.length === 1 ? "1 file" : `${files.length} files`}: ${files.map((file) => file.name).join(", ")}`}
      </Caption1>
    </div>
  );
}
