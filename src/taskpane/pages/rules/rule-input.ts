/**
 * A rule's value as the user types it and sees it. Rules are small numbers (the largest is 3,650
 * days), so a rule field never needs a thousands separator: one "." or "," is the decimal point
 * whatever the locale ("0,95" and "0.95" are both 0.95), and values are shown in the user's locale.
 */
const RULE_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number typed, or undefined when it is not one. */
export function parseRuleInput(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!RULE_NUMBER.test(compact)) return undefined;
  return Number(compact.replace(",", "."));
}

/** The value as the user's locale writes it: 0,95 in de-DE, 0.95 in en-GB, no grouping. */
export function formatRuleValue(value: number, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/** The pane's locale: the language Office (or the browser, in preview) runs in. */
export function paneLocale(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}
