import { mergeStyles, MINIMAL_STYLES_XML } from "../../../src/workbook/xlsx/package";
import { CELL_STYLES } from "../../../src/layout/styles";

const EXISTING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="170" formatCode="0.000"/></numFmts>` +
  `<fonts count="2"><font><sz val="10"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="10"/><name val="Aptos Narrow"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/></styleSheet>`;

const count = (xml: string, section: string) => Number(new RegExp(`<${section} count="(\\d+)"`).exec(xml)?.[1]);
const children = (xml: string, section: string, child: string) =>
  (new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1].match(new RegExp(`<${child}\\b`, "g")) ?? []).length;

describe("mergeStyles", () => {
  test("appends after the existing entries, which keep their text and order", () => {
    const { xml } = mergeStyles(EXISTING);
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const body = (doc: string) => new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(doc)?.[1] as string;
      expect(body(xml).startsWith(body(EXISTING))).toBe(true);
    }
    expect(xml.endsWith(`<tableStyles count="0"/></styleSheet>`)).toBe(true);
    for (const [section, child] of [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellXfs", "xf"], ["dxfs", "dxf"]]) {
      expect([section, count(xml, section)]).toEqual([section, children(xml, section, child)]);
    }
  });

  test("indexes point past the existing entries; custom number formats are reused or numbered after the largest", () => {
    const { xml, styleIndex, dxfIds } = mergeStyles(EXISTING);
    const names = Object.keys(CELL_STYLES);
    expect(Object.keys(styleIndex).sort()).toEqual([...names].sort());
    for (const index of Object.values(styleIndex)) expect(index).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(styleIndex)).size).toBe(names.length);
    expect(dxfIds).toEqual({ Green: 1, Amber: 2, Red: 3, Grey: 4 });
    // yyyy-mm-dd already is 164: reused. The money format is new: 171 (after 170).
    expect(xml).toContain(`<numFmt numFmtId="171" formatCode="#,##0;[Red]-#,##0"/>`);
    expect(xml.match(/formatCode="yyyy-mm-dd"/g)).toHaveLength(1);
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1].match(/<xf\b[^>]*>/g) as string[];
    expect(xfs[styleIndex.date]).toContain(`numFmtId="164"`);
    expect(xfs[styleIndex.money]).toContain(`numFmtId="171"`);
    expect(xfs[styleIndex.integer]).toContain(`numFmtId="3"`);
    expect(xfs[styleIndex.text]).toContain(`numFmtId="49"`);
    // Our fonts use the workbook's face and size.
    expect(xml).toContain(`<font><b/><sz val="16"/><color rgb="FF1F4E79"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>`);
    expect(xml).toContain(`<dxf><font><color rgb="FF006100"/></font><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>`);
  });

  test("merging twice adds nothing the second time", () => {
    const once = mergeStyles(EXISTING);
    const twice = mergeStyles(once.xml);
    expect(twice.xml).toBe(once.xml);
    expect(twice.styleIndex).toEqual(once.styleIndex);
    expect(twice.dxfIds).toEqual(once.dxfIds);
  });

  test("missing or self-closing collections are created in schema order; numFmt ids start at 164", () => {
    const { xml, dxfIds } = mergeStyles(MINIMAL_STYLES_XML);
    expect(xml).toMatch(/<styleSheet[^>]*><numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0;\[Red\]-#,##0"\/><numFmt numFmtId="165" formatCode="0.0%"\/><numFmt numFmtId="166" formatCode="yyyy-mm-dd"\/><numFmt numFmtId="167" formatCode="mmm yyyy"\/><\/numFmts><fonts /);
    expect(xml).toContain(`<dxfs count="4"><dxf>`);
    expect(dxfIds.Green).toBe(0);
  });

  test("a prefixed stylesheet gets prefixed entries", () => {
    const prefixed = MINIMAL_STYLES_XML.replace(/<(\/?)(\w)/g, "<$1x:$2").replace("<x:?xml", "<?xml").replace("xmlns=", "xmlns:x=");
    const { xml, styleIndex } = mergeStyles(prefixed);
    expect(xml).not.toMatch(/<(font|fill|xf|dxf|numFmt)\b/);
    expect(xml).toContain(`<x:font><x:b/><x:sz val="16"/>`);
    expect(styleIndex.title).toBeGreaterThan(0);
  });
});
