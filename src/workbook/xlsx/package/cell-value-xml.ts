/**
 * A register cell's new value as a `<c>` element (SPEC 10): text is an inline string, so it is
 * text whatever it starts with (`=HYPERLINK(...)`, `@cmd`: Excel never reads a stored value as a
 * formula) and sharedStrings.xml stays untouched; numbers are `<v>`; dates are serials in the
 * workbook's date system; booleans `t="b"`. The cell keeps its own attributes (r, s ...) but for
 * those that described its old value: t (the type), cm and vm (cell and value metadata: dynamic
 * arrays, rich values such as pictures in cells).
 */
import { PmoInputError } from "../../../engine/errors";
import { CellWrite } from "../../../engine/returns/returns-types";
import { DateSystem, dayFromText, serialFromDay } from "../../../engine/values/date";
import { escapeCellText } from "./xml-text";

const VALUE_ATTRIBUTES = new Set(["t", "cm", "vm"]);
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** `attributes`: the cell's start tag's attribute text as written (` r="B2" s="3"`), kept byte for byte but for t, cm, vm. */
export function cellXml(prefix: string, attributes: string, value: CellWrite, dateSystem: DateSystem, where: string, dateStyle?: (style: number) => number): string {
  const kept = [...attributes.matchAll(ATTRIBUTE)].filter((match) => !VALUE_ATTRIBUTES.has(match[1]));
  let open = `<${prefix}c${kept.map((match) => match[0]).join("")}`;
  if (value.kind === "date" && dateStyle) {
    // A date needs a style that shows one (see date-cell-styles.ts).
    const style = kept.find((match) => match[1] === "s");
    const index = style ? Number(style[2].slice(1, -1)) : 0;
    const dated = Number.isInteger(index) ? dateStyle(index) : index;
    if (dated !== index) open = `<${prefix}c${kept.filter((match) => match[1] !== "s").map((match) => match[0]).join("")} s="${dated}"`;
  }
  switch (value.kind) {
    case "text":
      if (value.value === "") return `${open}/>`;
      return `${open} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeCellText(value.value)}</${prefix}t></${prefix}is></${prefix}c>`;
    case "number":
      if (!Number.isFinite(value.value)) throw new PmoInputError(`${where}: ${value.value} is not a number a cell can hold`);
      return `${open}><${prefix}v>${value.value === 0 ? 0 : value.value}</${prefix}v></${prefix}c>`;
    case "boolean":
      return `${open} t="b"><${prefix}v>${value.value ? 1 : 0}</${prefix}v></${prefix}c>`;
    case "date": {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(value.value) ? dayFromText(value.value) : undefined;
      if (day === undefined) throw new PmoInputError(`${where}: "${value.value}" is not a date (YYYY-MM-DD)`);
      const serial = serialFromDay(day, dateSystem);
      if (serial < (dateSystem === 1904 ? 0 : 1)) throw new PmoInputError(`${where}: ${value.value} is before the workbook's first date`);
      return `${open}><${prefix}v>${serial}</${prefix}v></${prefix}c>`;
    }
  }
}
