/** A range of the fake Excel model: values and formats written and read, load-then-sync enforced. */
import type { CellState, FakeExcel, SheetState } from "./fake-excel";
import { bounds, Loadable, recorder, SheetRef } from "./fake-model";

export class FakeRange extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: SheetRef,
    private readonly ref: string,
    private readonly usedRange = false,
  ) {
    super();
  }

  get fakeRef(): string {
    return this.ref;
  }
  get format(): unknown {
    return recorder(this.fake, this.sheet, `range(${this.ref}).format`);
  }
  get dataValidation(): unknown {
    return recorder(this.fake, this.sheet, `range(${this.ref}).dataValidation`);
  }
  get conditionalFormats(): unknown {
    return recorder(this.fake, this.sheet, `range(${this.ref}).conditionalFormats`);
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  set numberFormat(formats: (string | null)[][]) {
    this.write("numberFormat", formats, (sheet, r, c, format) => {
      (sheet.formats[r] ??= [])[c] = format as string;
    });
  }

  set values(values: unknown[][]) {
    this.write("values", values, (sheet, r, c, value) => {
      const text = typeof value === "string";
      // Excel reads a string as the user's typing unless the cell is formatted as Text.
      const formula = text && sheet.formats[r]?.[c] !== "@" && /^[=+\-@]/.test(value as string);
      (sheet.values[r] ??= [])[c] = { value: value as CellState["value"], formula };
    });
  }

  set formulasR1C1(formulas: unknown[][]) {
    this.write("formulasR1C1", formulas, (sheet, r, c, formula) => {
      (sheet.values[r] ??= [])[c] = { value: formula as CellState["value"], formula: true };
    });
  }

  private write(property: string, array: unknown[][], set: (sheet: SheetState, r: number, c: number, value: unknown) => void): void {
    const b = bounds(this.ref);
    this.fake.enqueue({
      description: `range(${this.ref}).${property}`,
      args: [array],
      apply: () => {
        const rows = b.bottom - b.top + 1;
        const columns = b.right - b.left + 1;
        if (array.length !== rows || array.some((row) => row.length !== columns)) throw new Error(`InvalidArgument: ${property} is not ${rows} x ${columns}`);
        const sheet = this.sheet();
        array.forEach((row, r) => row.forEach((value, c) => value !== null && set(sheet, b.top - 1 + r, b.left - 1 + c, value)));
      },
    });
  }

  load(properties: string): this {
    const names = properties.split(",").map((name) => name.trim());
    let response = 0;
    this.fake.enqueue({
      description: `range(${this.ref}).load(${properties})`,
      args: [properties],
      apply: () => {
        const sheet = this.sheet();
        const b = this.usedRange ? usedBounds(sheet) : bounds(this.ref);
        this.loaded.set("isNullObject", b === undefined);
        if (b === undefined) return;
        const values = () => cellValues(sheet, b);
        for (const name of names) {
          const value = name === "values" ? values() : name === "address" ? `${quoted(sheet.name)}!${addressOf(b)}` : name === "rowCount" ? b.bottom - b.top + 1 : b.right - b.left + 1;
          this.loaded.set(name, value);
          response += Buffer.byteLength(JSON.stringify(value), "utf8");
        }
      },
      response: () => response,
    });
    return this;
  }

  merge(across: boolean): void {
    this.fake.enqueue({ description: `range(${this.ref}).merge`, args: [this.ref, across], apply: () => void this.sheet().merges.push(this.ref) });
  }

  select(): void {
    this.fake.enqueue({ description: `range(${this.ref}).select`, args: [this.ref], apply: () => (this.fake.selection = { sheet: this.sheet().name, address: this.ref }) });
  }
}

function quoted(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function addressOf(b: { top: number; left: number; bottom: number; right: number }): string {
  return `${letters(b.left)}${b.top}:${letters(b.right)}${b.bottom}`;
}

function usedBounds(sheet: SheetState): { top: number; left: number; bottom: number; right: number } | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.values.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      top = Math.min(top, r + 1);
      bottom = r + 1;
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    }),
  );
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/** Values as Excel returns them: "" for an empty cell. */
function cellValues(sheet: SheetState, b: { top: number; left: number; bottom: number; right: number }): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = b.top - 1; r < b.bottom; r++) {
    const row: unknown[] = [];
    for (let c = b.left - 1; c < b.right; c++) row.push(sheet.values[r]?.[c]?.value ?? "");
    rows.push(row);
  }
  return rows;
}

