/**
 * The return workbooks to collect: an .xlsx picker behind a button (the input itself is hidden),
 * and what was picked. Back on the page, the preview kept from before names the files it read.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { counted } from "../../../engine/words";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  names: { overflowWrap: "anywhere" },
});

export function ReturnFilePicker({ files, previewed, onPick }: { files: readonly File[]; previewed?: readonly string[]; onPick: (files: File[]) => void }) {
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
        {files.length > 0
          ? `${counted(files.length, "file")}: ${files.map((file) => file.name).join(", ")}`
          : previewed
            ? `Previewed: ${previewed.join(", ")}. Choose the files again to preview them again.`
            : "No return files chosen yet: pick the .xlsx returns the project managers sent."}
      </Caption1>
    </div>
  );
}
