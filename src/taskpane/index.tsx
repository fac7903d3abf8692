import { createRoot } from "react-dom/client";
import { App } from "./App";
import { chooseFluentTheme, type OfficeThemeLike } from "./theme";

function readOfficeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    // Outside a host, office.js may throw on context access instead of returning undefined.
    return undefined;
  }
}

function render(inOffice: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  const theme = chooseFluentTheme(inOffice ? readOfficeTheme() : undefined, inOffice);
  createRoot(container).render(<App theme={theme} previewMode={!inOffice} />);
}

// office.js is absent when its CDN is unreachable (a plain browser offline, headless tests), and
// present but host-less in a plain browser online; both open the pane in preview mode.
if (typeof Office === "undefined") {
  render(false);
} else {
  Office.onReady((info) => render(Boolean(info.host)));
}
