/**
 * Random worksheet and shared-strings XML for the streaming reader properties, built from the
 * values it must read back: every cell kind SpreadsheetML has, text escaped in each way XML allows
 * (entities, decimal and hexadecimal references, CDATA, rich runs, phonetic runs), multi-byte
 * characters, element prefixes, cells and rows without r, comments.
 */
import fc from "fast-check";
import { columnLetters } from "../../../src/workbook/xlsx/package/cell-ref";
import { dateFromSerial } from "../../../src/workbook/xlsx/package/serial-dates";
import { SheetContext } from "../../../src/workbook/xlsx/package/sheet-scanner";

// "_" without "x" never forms an _xHHHH_ escape; "\r" would be read as "\n" (XML line ends).
const unit = fc.constantFrom("a", "Z", " ", "1", ".", "_", "é", "漢", "😀", "\u00A0", "&", "<", ">", '"', "'", "\n", "\t", "]", "]]>");
export const cellText = fc.array(unit, { maxLength: 12 }).map((units) => units.join(""));

/** Text as element content, each character written one of the ways XML allows. */
const escapedText = (text: string) =>
  fc.tuple(fc.array(fc.nat(4), { minLength: text.length * 2, maxLength: text.length * 2 }), fc.boolean()).map(([ways, cdata]) => {
    if (cdata && !text.includes("]]>") && text.length > 0) return `<![CDATA[${text}]]>`;
    return Array.from(text, (ch, index) => {
      const code = ch.codePointAt(0)!;
      const way = ways[index];
      if (way === 1) return `&#${code};`;
      if (way === 2) return `&#x${code.toString(16)};`;
      if (ch === "&") return "&amp;";
      if (ch === "<") return "&lt;";
      if (ch === ">") return way === 3 ? ">" : "&gt;";
      if (ch === '"' && way === 3) return "&quot;";
      if (ch === "'" && way === 3) return "&apos;";
      return ch;
    }).join("");
  });

/** A string item's content (`<si>` or `<is>`): one `<t>`, or rich runs, perhaps with phonetic runs. */
export const stringItem = (prefix: string) =>
  cellText.chain((text) =>
    fc.tuple(fc.constant(text), fc.nat(2), fc.nat(text.length), escapedText(text), fc.boolean()).chain(([, shape, cut, escaped, phonetic]) => {
      const t = (content: string) => (content === "" ? `<${prefix}t/>` : `<${prefix}t xml:space="preserve">${content}</${prefix}t>`);
      const rPh = phonetic ? `<${prefix}rPh sb="0" eb="1"><${prefix}t>かな</${prefix}t></${prefix}rPh><${prefix}phoneticPr fontId="1"/>` : "";
      if (shape === 0) return fc.constant({ text, xml: `${t(escaped)}${rPh}` });
      // Cut between characters, not inside a surrogate pair.
      const points = Array.from(text);
      const at = Math.min(cut, points.length);
      return fc.tuple(escapedText(points.slice(0, at).join("")), escapedText(points.slice(at).join(""))).map(([a, b]) => ({
        text,
        xml: `<${prefix}r><${prefix}rPr><${prefix}b/></${prefix}rPr>${t(a)}</${prefix}r>${rPh}<${prefix}r>${t(b)}</${prefix}r>`,
      }));
    }),
  );

export const SHARED_STRINGS = ["zero", "one & two", "漢字 😀", ""];
export const context: SheetContext = { sharedStrings: SHARED_STRINGS, dateStyles: [false, true], dateSystem: 1900 };

export interface BuiltCell {
  column: number;
  /** The value the reader must give; undefined for a blank (not placed). */
  value: unknown;
  /** The cell's XML given its reference attribute (' r="B2"' or ""). */
  xml: (ref: string) => string;
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

const cellKind = (p: string) =>
  fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ value: parseFloat(String(n)), xml: (ref: string) => `<${p}c${ref}><${p}v>${n}</${p}v></${p}c>` })),
    fc.integer({ min: 0, max: 2958465 }).map((n) => ({ value: dateFromSerial(n, 1900), xml: (ref: string) => `<${p}c${ref} s="1"><${p}v>${n}</${p}v></${p}c>` })),
    fc.nat(SHARED_STRINGS.length - 1).map((i) => ({ value: SHARED_STRINGS[i], xml: (ref: string) => `<${p}c${ref} t="s"><${p}v>${i}</${p}v></${p}c>` })),
    stringItem(p).map((item) => ({ value: item.text, xml: (ref: string) => `<${p}c${ref} t="inlineStr"><${p}is>${item.xml}</${p}is></${p}c>` })),
    cellText.chain((text) => escapedText(text).map((escaped) => ({ value: text, xml: (ref: string) => `<${p}c${ref} t="str"><${p}f>A1&amp;"x"</${p}f><${p}v>${escaped}</${p}v></${p}c>` }))),
    fc.boolean().map((b) => ({ value: b, xml: (ref: string) => `<${p}c${ref} t="b"><${p}v>${b ? 1 : 0}</${p}v></${p}c>` })),
    fc.constantFrom(...ERRORS).map((error) => ({ value: { error }, xml: (ref: string) => `<${p}c${ref} t="e"><${p}f>1/0</${p}f><${p}v>${error}</${p}v></${p}c>` })),
    // A formula never calculated, a styled blank, a comment: no value.
    fc.constant({ value: undefined, xml: (ref: string) => `<${p}c${ref}><${p}f>1+1</${p}f></${p}c>` }),
    fc.constant({ value: undefined, xml: (ref: string) => `<${p}c${ref} s="1"/>` }),
    fc.constant({ value: undefined, xml: (ref: string) => `<!-- <${p}c${ref}><${p}v>9</${p}v></${p}c> --><${p}c${ref}/>` }),
  );

export interface BuiltSheet {
  xml: string;
  /** The rows the reader must give. */
  rows: unknown[][];
  /** The same sheet with its rows shuffled and each split in two `<row>` of the same number. */
  shuffledXml: string;
}

const rowOf = (p: string) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }).chain((columns) =>
    fc.tuple(...columns.sort((a, b) => a - b).map((column) => cellKind(p).map((cell): BuiltCell => ({ column, ...cell })))),
  );

export const builtSheet = fc.constantFrom("", "x:", "ns0:").chain((p) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }).chain((numbers) => fc.tuple(...numbers.sort((a, b) => a - b).map((r) => rowOf(p).map((cells) => ({ r, cells }))))),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    )
    .map(([rows, omitR, order]): BuiltSheet => {
      const cellXml = (cells: readonly BuiltCell[], row: number, withRefs: boolean) => {
        let previous = 0;
        return cells
          .map((cell, index) => {
            const omit = !withRefs || (cell.column === previous + 1 && omitR[index % omitR.length]);
            previous = cell.column;
            return cell.xml(omit ? "" : ` r="${columnLetters(cell.column)}${row}"`);
          })
          .join("");
      };
      let previousRow = 0;
      const rowXml = rows
        .map(({ r, cells }, index) => {
          const omit = r === previousRow + 1 && omitR[(index + 31) % omitR.length];
          previousRow = r;
          return `<${p}row${omit ? "" : ` r="${r}"`} spans="1:30">${cellXml(cells, r, true)}</${p}row>`;
        })
        .join("");
      // Halves of each row, in an order the shuffle picks: every <row> names its r.
      const halves = rows.flatMap(({ r, cells }) => {
        const cut = Math.ceil(cells.length / 2);
        return [cells.slice(0, cut), cells.slice(cut)].map((part) => `<${p}row r="${r}">${part.map((cell) => cell.xml(` r="${columnLetters(cell.column)}${r}"`)).join("")}</${p}row>`);
      });
      for (let i = halves.length - 1; i > 0; i--) {
        const j = order[i % order.length] % (i + 1);
        [halves[i], halves[j]] = [halves[j], halves[i]];
      }
      const expected: unknown[][] = [];
      for (const { r, cells } of rows) {
        for (const cell of cells) {
          if (cell.value === undefined) continue;
          while (expected.length < r) expected.push([]);
          const row = expected[r - 1];
          while (row.length < cell.column - 1) row.push(null);
          row[cell.column - 1] = cell.value;
        }
      }
      const wrap = (data: string) =>
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<${p}dimension ref="A1"/><${p}sheetData>${data}</${p}sheetData><${p}pageMargins left="0.7"/></${p}worksheet>`;
      return { xml: wrap(rowXml), rows: expected, shuffledXml: wrap(halves.join("")) };
    }),
);

/** Sorted cut positions inside `length`. */
export const cutsIn = (length: number) => fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, length - 1) }), { maxLength: 40 }).map((cuts) => cuts.sort((a, b) => a - b));
