/**
 * The pane's theme, kept in step with Office's (or, in preview, the browser's) while the pane is
 * open. Excel has no theme-changed event for add-ins (Office.EventType.OfficeThemeChanged is
 * Outlook's), so Office's theme is read again whenever the pane comes back into view or focus,
 * and every few seconds; the browser's colour scheme has its own change event.
 * The document itself follows too: its background (no white frame round a dark pane) and its
 * color-scheme (native controls such as the month field's calendar button drawn for the theme).
 */
import { webDarkTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { chooseFluentTheme, type OfficeThemeLike } from "./theme";

/** How often Office's theme is read again while the pane is open. */
const THEME_POLL_MS = 5_000;

function readOfficeTheme(): OfficeThemeLike | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  } catch {
    // Outside a host, office.js may throw on context access instead of returning undefined.
    return undefined;
  }
}

export function currentTheme(inOffice: boolean): Theme {
  return chooseFluentTheme(inOffice ? readOfficeTheme() : undefined, inOffice);
}

/** The page under the pane in the theme's colours, so nothing of the browser's default shows. */
export function applyThemeToDocument(theme: Theme): void {
  document.documentElement.style.colorScheme = theme === webDarkTheme ? "dark" : "light";
  document.body.style.background = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
}

export function usePaneTheme(inOffice: boolean): Theme {
  const [theme, setTheme] = useState(() => currentTheme(inOffice));
  useEffect(() => {
    const update = () => setTheme(currentTheme(inOffice));
    const media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;
    window.addEventListener("focus", update);
    document.addEventListener("visibilitychange", update);
    media?.addEventListener("change", update);
    const timer = inOffice ? window.setInterval(update, THEME_POLL_MS) : undefined;
    return () => {
      window.removeEventListener("focus", update);
      document.removeEventListener("visibilitychange", update);
      media?.removeEventListener("change", update);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [inOffice]);
  useEffect(() => applyThemeToDocument(theme), [theme]);
  return theme;
}
