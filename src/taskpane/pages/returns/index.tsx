/**
 * Returns (SPEC 10): pick the project managers' return files and a month, see per project what
 * would change (old -> new) and what is refused, the findings and the chasing list, then apply.
 * Nothing is written before Apply; the files are read in the browser and never modified.
 */
import { Accordion, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { HiddenHeading } from "../../components/Headings";
import { MonthField } from "../../components/MonthField";
import { TaskStatus } from "../../components/TaskStatus";
import { useKeptTask, usePaneSettings } from "../../pane-state";
import { usePort } from "../../port-context";
import { ApplyReturns } from "./ApplyReturns";
import { headline } from "./change-text";
import { previewReturns, ReturnsPreview } from "./preview-returns";
import { AppliedProjects, RefusedProjects } from "./ProjectOutcomes";
import { ReturnFilePicker } from "./ReturnFilePicker";
import { ChasingList, ReturnFindings, UnreadableReturns } from "./ReturnLists";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ReturnsPage() {
  const styles = useStyles();
  const port = usePort();
  const { month, monthIsValid } = usePaneSettings();
  const [files, setFiles] = useState<File[]>([]);
  const [state, run] = useKeptTask<ReturnsPreview>("returns");
  const preview = () =>
    run((progress) => previewReturns(port, files.map((file) => ({ name: file.name, lastModified: file.lastModified, bytes: () => file.arrayBuffer() })), month, progress));
  const result = state.result?.result;
  return (
    <section className={styles.page} aria-labelledby="returns-heading">
      <HiddenHeading level={2} id="returns-heading">
        Collect returns
      </HiddenHeading>
      <MonthField />
      <ReturnFilePicker files={files} previewed={state.result?.files} onPick={setFiles} />
      <Button appearance={state.result ? "secondary" : "primary"} onClick={() => void preview()} disabled={state.running || !monthIsValid || files.length === 0}>
        Preview the changes
      </Button>
      <TaskStatus state={state} />
      {state.result && result && (
        <>
          <MessageBar intent={result.refused.length > 0 || state.result.unreadable.length > 0 ? "warning" : "info"}>
            <MessageBarBody data-testid="returns-headline">{headline(result, state.result.files.length)}</MessageBarBody>
          </MessageBar>
          <UnreadableReturns unreadable={state.result.unreadable} />
          {/* The changes and refusals open, the findings and the chasing list a keypress away. */}
          <Accordion multiple collapsible defaultOpenItems={["applied", "refused"]}>
            <AppliedProjects result={result} />
            <RefusedProjects result={result} />
            <ReturnFindings result={result} />
            <ChasingList result={result} />
          </Accordion>
        </>
      )}
      <ApplyReturns preview={state.result} previewing={state.running} stale={state.stale === true} />
    </section>
  );
}
