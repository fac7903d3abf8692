/**
 * Starts the pane once Office is ready: inside Excel on the Office.js port; in a plain browser
 * (office.js absent, or present without a host) in preview mode. Each mode's workbook code is
 * loaded only when that mode runs, so the pane's first download stays small.
 */
import { createRoot } from "react-dom/client";
import { chooseFluentTheme, type OfficeThemeLike } from "./theme";

function readOfficeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    // Outside a host, office.js may throw on context access instead of returning undefined.
    return undefined;
  }
}

async function render(inOffice: boolean): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const theme = chooseFluentTheme(inOffice ? readOfficeTheme() : undefined, inOffice);
  const root = createRoot(container);
  if (inOffice) {
    const [{ App }, { createExcelPort }] = await Promise.all([import("./App"), import("../workbook/excel")]);
    root.render(<App theme={theme} port={createExcelPort()} />);
  } else {
    const { PreviewRoot } = await import("./preview/PreviewRoot");
    root.render(<PreviewRoot theme={theme} />);
  }
}

// office.js is absent when its CDN is unreachable (a plain browser offline, headless tests), and
// present but host-less in a plain browser online; both open the pane in preview mode.
if (typeof Office === "undefined") {
  void render(false);
} else {
  Office.onReady((info) => void render(Boolean(info.host)));
}
