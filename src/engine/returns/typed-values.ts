/**
 * Comparing a register's and a return's values as the engine reads them (SPEC 10: typed, not as
 * text: `45%`, 45 and 0.45 are one % complete; a date serial, a Date and `2026-03-31` are one
 * date), and turning a value into what the writer puts in the register's cell.
 */
import { FieldType } from "../schema/fields";
import { describeValue, firstDayOfMonth, isoFromDay, Probability } from "../values";
import { CellWrite } from "./returns-types";

/** Money read from text ("1,200.50") and scaled by its header is not always exactly one float. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two read values of a field's type are the same value. Both are defined (blank changes nothing). */
export function sameTypedValue(type: FieldType, a: unknown, b: unknown): boolean {
  if (type === "probability") {
    const [left, right] = [a as Probability, b as Probability];
    return left.band === right.band && sameNumber(left.fraction, right.fraction);
  }
  if (typeof a === "number" && typeof b === "number") return sameNumber(a, b);
  return a === b;
}

const FORMULA_START = /^[=+\-@]/;

/** Text as the writer must write it: as text, flagged when Excel would otherwise take it for a formula. */
export function textWrite(value: string): CellWrite {
  return FORMULA_START.test(value) ? { kind: "text", value, formulaLike: true } : { kind: "text", value };
}

/** A number the cell held as a whole count of per cent (45 for 45 %): the register keeps that convention. */
function holdsWholePercent(raw: unknown): boolean {
  return typeof raw === "number" && raw > 1;
}

/** A probability the user gave as a fraction (0.45, `45%`) rather than a band or label. */
function givenAsFraction(raw: unknown): boolean {
  return (typeof raw === "number" && raw > 0 && raw < 1) || (typeof raw === "string" && raw.trim().endsWith("%"));
}

export interface WriteContext {
  /** What one unit of the register's money column is worth (1,000 under `Budget (£k)`). */
  moneyScale: number;
  /** The register cell's raw value (its convention for percentages), undefined for a new row. */
  registerRaw: unknown;
  /** The return cell's raw value (how the PM gave a probability). */
  returnRaw: unknown;
}

/** A read value of a field's type as the cell value to write into the register. */
export function cellWrite(type: FieldType, value: unknown, context: WriteContext): CellWrite {
  switch (type) {
    case "date":
      return { kind: "date", value: isoFromDay(value as number) };
    case "period":
      return { kind: "date", value: isoFromDay(firstDayOfMonth(value as number)) };
    case "money":
    case "signedMoney":
      return { kind: "number", value: (value as number) / context.moneyScale };
    case "percent": {
      const fraction = value as number;
      return { kind: "number", value: holdsWholePercent(context.registerRaw) ? Math.round(fraction * 100 * 1e9) / 1e9 : fraction };
    }
    case "scale":
      return { kind: "number", value: value as number };
    case "probability": {
      const probability = value as Probability;
      return { kind: "number", value: givenAsFraction(context.returnRaw) ? probability.fraction : probability.band };
    }
    case "yesNo":
      return { kind: "boolean", value: value as boolean };
    default:
      // Text and every choice word (status, stage, type, RAG ...) in its canonical spelling.
      return textWrite(String(value));
  }
}

/** A cell value shown in the PMO Changes sheet and in messages: blank as "". */
export function describeWrite(write: CellWrite | null): string {
  if (write === null) return "";
  if (write.kind === "text" || write.kind === "date") return write.value;
  return describeValue(write.value);
}
