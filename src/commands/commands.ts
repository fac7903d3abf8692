/**
 * Ribbon commands. They run in the shared runtime page, next to the task pane and the custom
 * functions, so a command can reach the same state the task pane holds.
 */

/**
 * The "Monthly summary" button opens the task pane with Office.addin.showAsTaskpane(), where the
 * report is generated with the user's choice of month and dimension, and then completes the event.
 * The event is completed even when the pane cannot be shown: Office waits for completion and
 * would otherwise leave the button busy.
 */
export async function generateMonthlySummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch (error) {
    console.error("PMO Portfolio: could not open the task pane", error);
  } finally {
    event.completed();
  }
}

// Registered as soon as the script runs, as Office may dispatch the click that started the runtime
// right after the page loads. The page also runs in plain browsers (preview mode), where office.js
// may be missing altogether or lack the actions API.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("generateMonthlySummary", generateMonthlySummary);
}
