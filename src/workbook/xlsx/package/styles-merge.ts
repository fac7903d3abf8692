/**
 * Adds our named styles to the workbook's styles.xml: appends (or reuses identical) fonts, fills,
 * borders, number formats, cell formats and the four status dxfs, and reports the index of each.
 * Nothing already there moves or changes, because the user's sheets refer to it by index.
 */
import { RagStatus } from "../../../engine/constants";
import { STATUS_WORDS } from "../../../layout/sheet-plan";
import { CELL_STYLES, CellStyle, CellStyleName } from "../../../layout/styles";
import { StatusDxfIds } from "./conditional-formats";
import { StyleSection } from "./style-sections";
import { baseFontOf, borderXml, BUILTIN_NUMBER_FORMATS, cellXfXml, fillXml, fontXml, numFmtXml, statusDxfXml } from "./style-entries";
import { attribute } from "./xml-text";

export interface MergedStyles {
  xml: string;
  styleIndex: Readonly<Record<CellStyleName, number>>;
  dxfIds: StatusDxfIds;
}

/** A minimal valid stylesheet (what Excel needs at least) for a package that has none. */
export const MINIMAL_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0"/></styleSheet>`;

/** Custom number format ids start at 164; below are built-in or reserved. */
const FIRST_CUSTOM_NUMFMT_ID = 164;

export function mergeStyles(stylesXml: string): MergedStyles {
  const rootMatch = /<(\w+:)?styleSheet\b/.exec(stylesXml);
  if (!rootMatch) throw new Error("styles.xml has no <styleSheet>");
  const prefix = rootMatch[1] ?? "";
  const sections = {
    numFmts: new StyleSection("numFmts", "numFmt", prefix, stylesXml),
    fonts: new StyleSection("fonts", "font", prefix, stylesXml),
    fills: new StyleSection("fills", "fill", prefix, stylesXml),
    borders: new StyleSection("borders", "border", prefix, stylesXml),
    cellStyleXfs: new StyleSection("cellStyleXfs", "xf", prefix, stylesXml),
    cellXfs: new StyleSection("cellXfs", "xf", prefix, stylesXml),
    dxfs: new StyleSection("dxfs", "dxf", prefix, stylesXml),
  };
  const numberFormatId = numberFormatResolver(stylesXml, sections.numFmts);
  const base = baseFontOf(sections.fonts.existing[0]);
  const xfId = sections.cellStyleXfs.existing.length > 0 ? 0 : undefined;

  const styleIndex = {} as Record<CellStyleName, number>;
  for (const [name, style] of Object.entries(CELL_STYLES) as [CellStyleName, CellStyle][]) {
    const fill = fillXml(style);
    const border = borderXml(style);
    const ids = {
      numFmtId: numberFormatId(style.numberFormat),
      fontId: sections.fonts.indexOf(fontXml(style, base)),
      fillId: fill === undefined ? 0 : sections.fills.indexOf(fill),
      borderId: border === undefined ? 0 : sections.borders.indexOf(border),
      xfId,
    };
    styleIndex[name] = sections.cellXfs.indexOf(cellXfXml(style, ids));
  }
  const dxfIds = {} as Record<RagStatus, number>;
  for (const status of STATUS_WORDS) dxfIds[status] = sections.dxfs.indexOf(statusDxfXml(status));

  let xml = stylesXml;
  for (const section of Object.values(sections)) xml = section.applyTo(xml);
  return { xml, styleIndex, dxfIds };
}

/** Maps a format code to its id: built-in, an existing custom one with the same code, or a new id. */
function numberFormatResolver(stylesXml: string, numFmts: StyleSection): (code: string | undefined) => number {
  const byCode = new Map<string, number>();
  for (const entry of numFmts.existing) {
    const id = Number(attribute(entry, "numFmtId"));
    const code = attribute(entry, "formatCode");
    if (code !== undefined && Number.isInteger(id) && !byCode.has(code)) byCode.set(code, id);
  }
  // Ids must be unique in the whole file (dxfs carry numFmts too), so look at every numFmt.
  let nextId = FIRST_CUSTOM_NUMFMT_ID;
  for (const match of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?\bnumFmtId="(\d+)"/g)) nextId = Math.max(nextId, Number(match[1]) + 1);
  return (code) => {
    if (code === undefined) return 0;
    const builtin = BUILTIN_NUMBER_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = byCode.get(code);
    if (known !== undefined) return known;
    const id = nextId++;
    numFmts.append(numFmtXml(id, code));
    byCode.set(code, id);
    return id;
  };
}
