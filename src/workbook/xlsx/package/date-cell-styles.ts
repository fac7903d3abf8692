/**
 * A date written into a cell whose style shows no date (General, a number format, or no style at
 * all) would show as a serial such as 46387. Such a cell gets a copy of its own style (font, fill,
 * border, alignment as they were) with Excel's built-in short date (numFmtId 14), appended to
 * cellXfs: nothing already in styles.xml moves, and the cells that refer to it keep their looks.
 */
import { dateStylesOf } from "./date-styles";
import { StyleSection, unprefixed } from "./style-sections";

/** Excel's built-in short date (m/d/yyyy, shown in the user's locale's order). */
const SHORT_DATE = 14;

export class DateCellStyles {
  private readonly dates: boolean[];
  private readonly section: StyleSection | undefined;
  private readonly prefix: string;
  private readonly made = new Map<number, number>();

  constructor(private readonly stylesXml: string | undefined) {
    this.dates = dateStylesOf(stylesXml);
    this.prefix = (stylesXml && /<(\w+:)?styleSheet\b/.exec(stylesXml)?.[1]) ?? "";
    this.section = stylesXml === undefined ? undefined : new StyleSection("cellXfs", "xf", this.prefix, stylesXml);
  }

  /** The style index to write a date with, for a cell of style `style` (0 when it has none). */
  styleFor(style: number): number {
    if (this.dates[style] || !this.section) return style;
    const known = this.made.get(style);
    if (known !== undefined) return known;
    const source = this.section.existing[style] ?? this.section.existing[0];
    if (source === undefined) return style;
    const tag = unprefixed(source, this.prefix);
    const withFormat = /\snumFmtId\s*=\s*("[^"]*"|'[^']*')/.test(tag)
      ? tag.replace(/(\snumFmtId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${SHORT_DATE}"`)
      : tag.replace(/^<xf\b/, `<xf numFmtId="${SHORT_DATE}"`);
    const applied = /\sapplyNumberFormat\s*=/.test(withFormat)
      ? withFormat.replace(/(\sapplyNumberFormat\s*=\s*)("[^"]*"|'[^']*')/, `$1"1"`)
      : withFormat.replace(/^<xf\b/, `<xf applyNumberFormat="1"`);
    const index = this.section.indexOf(applied);
    this.made.set(style, index);
    return index;
  }

  /** styles.xml with the styles made, or undefined when none was needed. */
  changedXml(): string | undefined {
    if (this.made.size === 0 || this.stylesXml === undefined || !this.section) return undefined;
    const xml = this.section.applyTo(this.stylesXml);
    return xml === this.stylesXml ? undefined : xml;
  }
}
