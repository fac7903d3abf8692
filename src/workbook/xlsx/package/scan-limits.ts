/**
 * How much the streaming part readers (sheet-stream.ts, shared-strings-stream.ts) accept before a
 * part counts as damaged or hostile, and the errors and notes they report. A worksheet can be
 * gigabytes; what one cell or one tag may hold is bounded, so memory stays that of the values.
 */
import { MAX_CELL_TEXT } from "./xml-text";

export { MAX_CELL_TEXT };

export interface ScanLimits {
  /** Characters (UTF-16 units) of one cell's text; longer text is cut and a note says so. */
  maxCellText: number;
  /**
   * Characters of raw XML text gathered for one value (a `<v>`, or all the `<t>` runs of one
   * `<is>` or `<si>`), before entities are decoded. Over this the part is damaged or hostile.
   */
  maxElementText: number;
  /** Characters of one tag, from "<" to ">", attributes included. */
  maxTagLength: number;
}

/**
 * 1 Mi characters of raw text for one value: Excel writes at most 32,767 characters a cell, and
 * even with every character written as a 9-character reference ("&#x1F600;" is two units) the XML
 * stays under 300,000; a value ten times that came from no spreadsheet program.
 */
export const MAX_ELEMENT_TEXT = 1 << 20;
/** A cell or row tag is tens of characters; 1 Mi leaves room for any real attribute list. */
export const MAX_TAG_LENGTH = 1 << 20;

export const DEFAULT_SCAN_LIMITS: Readonly<ScanLimits> = { maxCellText: MAX_CELL_TEXT, maxElementText: MAX_ELEMENT_TEXT, maxTagLength: MAX_TAG_LENGTH };

export function scanLimits(overrides: Partial<ScanLimits> = {}): ScanLimits {
  return { ...DEFAULT_SCAN_LIMITS, ...overrides };
}

/** Something read, but not as it was: a text cut to the cell limit. */
export interface ScanNote {
  /** The cell, e.g. "B7" (worksheets). */
  cell?: string;
  /** The 0-based index of the item (shared strings). */
  sharedString?: number;
  message: string;
}

/** A part that breaks a bound of ScanLimits: damaged, or made to exhaust memory. */
export class SheetLimitError extends Error {
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = "SheetLimitError";
  }
}

/** A part whose XML is broken where it matters, most often cut short. */
export class SheetDamagedError extends Error {
  constructor(
    message: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = "SheetDamagedError";
  }
}

/** "1,048,576": limits in messages, grouped as people read them. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-GB");
}

/**
 * Runs the steps of a scanner so that once one has thrown, every later one throws that error
 * again: a scanner that threw is left in the middle of its part, and reading on would give wrong
 * values.
 */
export function failingAgain(): (step: () => void) => void {
  let failure: unknown;
  return (step) => {
    if (failure !== undefined) throw failure;
    try {
      step();
    } catch (error) {
      failure = error;
      throw error;
    }
  };
}
