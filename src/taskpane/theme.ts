import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The parts of Office.OfficeTheme we read; older hosts lack `isDarkTheme`, so colours are a fallback. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of a `#rrggbb` colour, or undefined when it is not one. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const background = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return background !== undefined && background < 0.5;
}

/**
 * Office's theme when running inside Office; otherwise (preview in a plain browser) the browser's
 * colour-scheme preference, so the preview looks like what a user of that setting would see.
 */
export function chooseFluentTheme(officeTheme: OfficeThemeLike | undefined, inOffice: boolean): Theme {
  if (inOffice) return isDarkOfficeTheme(officeTheme) ? webDarkTheme : webLightTheme;
  const prefersDark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return prefersDark ? webDarkTheme : webLightTheme;
}
