/**
 * ExcelJS cell values as the plain values the engine reads: formulas by their last result, rich
 * text and hyperlinks by their text, errors as { error }. Dates stay Date objects (ExcelJS has
 * already applied the workbook's 1900 or 1904 date system).
 */
export function plainCellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  if ("error" in object) return { error: String(object.error) };
  if ("result" in object || "formula" in object || "sharedFormula" in object) return plainCellValue(object.result);
  if (Array.isArray(object.richText)) return object.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
  if ("text" in object) return plainCellValue(object.text);
  return null;
}
