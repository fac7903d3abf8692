/**
 * Ribbon commands. They run in the shared runtime page, next to the task pane and the custom
 * functions. "Monthly summary" generates this month's summary directly (grouped by programme) and
 * shows the new sheet; if that fails it opens the task pane, whose Report page says what to do.
 */

async function generateThisMonth(): Promise<void> {
  // Loaded on first use: the command bundle stays tiny for the pages that never press it.
  const [{ createExcelPort }, { generateSummary, thisMonth }] = await Promise.all([import("../workbook/excel"), import("../workbook/routine")]);
  await generateSummary(createExcelPort(), thisMonth(), undefined);
}

/** The event is completed in every case: Office would otherwise leave the button busy. */
export async function generateMonthlySummary(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await generateThisMonth();
  } catch (error) {
    console.error("PMO Portfolio: the monthly summary could not be generated", error);
    await Office.addin.showAsTaskpane().catch(() => undefined);
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
