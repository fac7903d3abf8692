/**
 * Asked before the preview's workbook is replaced while it holds changes made in the pane (a
 * generated summary, saved rules): download them, discard them, or keep working on them.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface DiscardDialogProps {
  /** What replacing the workbook would do: "open another workbook", "start again from the sample". */
  action?: string;
  fileName: string;
  onDownloadThenContinue: () => void;
  onDiscard: () => void;
  onCancel: () => void;
}

export function DiscardDialog({ action, fileName, onDownloadThenContinue, onDiscard, onCancel }: DiscardDialogProps) {
  return (
    // Only Escape (or a button) closes it: a click that lands as it opens must not count as a cancel.
    <Dialog open={action !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && data.type === "escapeKeyDown" && onCancel()}>
      <DialogSurface aria-describedby="discard-dialog-text">
        <DialogBody>
          <DialogTitle>Keep your changes?</DialogTitle>
          <DialogContent id="discard-dialog-text">
            {fileName} has changes made here that are not downloaded yet. To {action}, download them first or discard them.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDownloadThenContinue}>
              Download, then continue
            </Button>
            <Button onClick={onDiscard}>Discard changes</Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
