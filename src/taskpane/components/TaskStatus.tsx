/** Progress, Cancel, and errors of a page's long work, announced to screen readers. */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskState } from "../use-task";

const useStyles = makeStyles({
  progress: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** @param onCancel stops the work; given only where the work can be stopped. */
export function TaskStatus<T>({ state, onCancel }: { state: TaskState<T>; onCancel?: () => void }) {
  const styles = useStyles();
  return (
    <div aria-live="polite">
      {state.running && state.progress && (
        <div className={styles.progress}>
          <Field className={styles.bar} validationMessage={state.progress.message} validationState="none">
            <ProgressBar value={state.progress.fraction} thickness="large" />
          </Field>
          {onCancel && (
            <Button size="small" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      )}
      {state.stale && !state.running && (
        <MessageBar intent="warning">
          <MessageBarBody>Made before you last worked in the workbook, so it may be out of date: run it again to see the workbook as it is now.</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not finish</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
