/**
 * Starts the pane once Office is ready: inside Excel on the Office.js port; in a plain browser
 * (office.js absent, or present without a host) in preview mode. Each mode's workbook code is
 * loaded only when that mode runs, so the pane's first download stays small.
 */
import { createRoot } from "react-dom/client";
import type { ComponentType } from "react";
import type { Theme } from "@fluentui/react-components";
import { usePaneTheme } from "./use-pane-theme";

/** The pane of either mode, in the theme of the moment (Office can change it while the pane is open). */
function Themed({ inOffice, Pane }: { inOffice: boolean; Pane: ComponentType<{ theme: Theme }> }) {
  const theme = usePaneTheme(inOffice);
  return <Pane theme={theme} />;
}

async function render(inOffice: boolean): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  let Pane: ComponentType<{ theme: Theme }>;
  if (inOffice) {
    const [{ App }, { createExcelPort }, { createRoutineWorker, withRoutineWorker }] = await Promise.all([import("./App"), import("../workbook/excel"), import("../workbook/worker/routine-client")]);
    // The routine's engine work runs in a worker; Office.js reads and writes stay on this thread.
    const port = withRoutineWorker(createExcelPort(), createRoutineWorker());
    Pane = ({ theme }) => <App theme={theme} port={port} />;
  } else {
    Pane = (await import("./preview/PreviewRoot")).PreviewRoot;
  }
  createRoot(container).render(<Themed inOffice={inOffice} Pane={Pane} />);
}

// office.js is absent when its CDN is unreachable (a plain browser offline, headless tests), and
// present but host-less in a plain browser online; both open the pane in preview mode.
if (typeof Office === "undefined") {
  void render(false);
} else {
  Office.onReady((info) => void render(Boolean(info.host)));
}
