/** Progress and errors of a page's long work, announced to screen readers. */
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from "@fluentui/react-components";
import type { TaskState } from "../use-task";

export function TaskStatus<T>({ state }: { state: TaskState<T> }) {
  return (
    <div aria-live="polite">
      {state.running && state.progress && (
        <Field validationMessage={state.progress.message} validationState="none">
          <ProgressBar value={state.progress.fraction} thickness="large" />
        </Field>
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
