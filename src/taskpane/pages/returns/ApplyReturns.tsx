/** Apply: writes what the preview showed into the register, with progress; then says what it wrote and offers PMO Changes. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReturnsResult } from "../../../engine/returns";
import { CHANGES_SHEET_NAME } from "../../../engine/schema/fields";
import { TaskStatus } from "../../components/TaskStatus";
import { useKeptTask } from "../../pane-state";
import { usePort } from "../../port-context";
import { appliedText } from "./change-text";
import { applyReturns, ReturnsPreview } from "./preview-returns";

const useStyles = makeStyles({
  apply: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/**
 * @param previewing the preview is being made again: Apply waits for it.
 * @param stale the preview was made before the user last worked in the workbook: applying it could
 * write over what they changed there since, so it must be made again first.
 */
export function ApplyReturns({ preview, previewing = false, stale = false }: { preview?: ReturnsPreview; previewing?: boolean; stale?: boolean }) {
  const styles = useStyles();
  const port = usePort();
  const [state, run] = useKeptTask<ReturnsResult>("returns-apply");
  const [opened, setOpened] = useState<string>();
  const applicable = preview !== undefined && preview.result.applied.length > 0;
  const apply = () => preview && run((progress) => applyReturns(port, preview, progress));
  const openChanges = async () => {
    await port.activateSheet(CHANGES_SHEET_NAME);
    setOpened(port.kind === "excel" ? `Showing "${CHANGES_SHEET_NAME}".` : `Preview has no grid to show "${CHANGES_SHEET_NAME}" in: download the workbook and open it in Excel to see it.`);
  };
  return (
    <div className={styles.apply}>
      {preview && (
        <Button appearance="primary" onClick={() => void apply()} disabled={!applicable || previewing || stale || state.running}>
          Apply to the register
        </Button>
      )}
      {preview && !applicable && <Caption1>Nothing to apply: no project's return can be applied.</Caption1>}
      {preview && applicable && stale && !previewing && <Caption1>Preview the changes again before applying them: the workbook may have changed since.</Caption1>}
      <TaskStatus state={state} />
      {/* Applying forgets the preview (the register changed); a new preview hides what the last Apply wrote. */}
      {state.result && !preview && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{appliedText(state.result)}</MessageBarBody>
          </MessageBar>
          <Button onClick={() => void openChanges()}>Open {CHANGES_SHEET_NAME}</Button>
          {opened && <Caption1 role="status">{opened}</Caption1>}
        </>
      )}
    </div>
  );
}
