/** The objects of the fake Excel model (fake-excel.ts): the sheet collection, sheets, DATE. */
import { dayFromParts, serialFromDay } from "../../../src/engine/values/date";
import type { FakeExcel, SheetState } from "./fake-excel";
import { Loadable, recorder, SheetRef } from "./fake-model";
import { FakeRange } from "./fake-range";

export class FakeWorksheet extends Loadable {
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: SheetRef,
    snapshot?: SheetState,
  ) {
    super();
    if (snapshot) {
      this.loaded.set("name", snapshot.name);
      this.loaded.set("position", fake.sheets.indexOf(snapshot));
    }
  }

  get fakeRef(): string {
    return `sheet(${this.loaded.get("name") ?? "?"})`;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.fake.enqueue({
      description: `sheet.name = ${name}`,
      args: [name],
      apply: () => {
        const sheet = this.sheet();
        if (this.fake.sheets.some((other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase())) throw new Error(`InvalidArgument: a sheet named ${name} exists`);
        sheet.name = name;
      },
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.fake.enqueue({
      description: `sheet.position = ${position}`,
      args: [position],
      apply: () => {
        const sheet = this.sheet();
        this.fake.sheets.splice(this.fake.sheets.indexOf(sheet), 1);
        this.fake.sheets.splice(position, 0, sheet);
      },
    });
  }
  set tabColor(color: string) {
    this.fake.enqueue({ description: "sheet.tabColor", args: [color], apply: () => void this.sheet().log.push(`tabColor = ${color}`) });
  }
  get charts(): unknown {
    return recorder(this.fake, this.sheet, "charts");
  }
  get freezePanes(): unknown {
    return recorder(this.fake, this.sheet, "freezePanes");
  }
  get pageLayout(): unknown {
    return recorder(this.fake, this.sheet, "pageLayout");
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, this.sheet, address);
  }
  getRanges(addresses: string): unknown {
    return recorder(this.fake, this.sheet, `areas(${addresses})`);
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fake, this.sheet, "used", true);
  }
  activate(): void {
    this.fake.enqueue({ description: "sheet.activate", args: [], apply: () => (this.fake.active = this.sheet().name) });
  }
  delete(): void {
    this.fake.enqueue({ description: "sheet.delete", args: [], apply: () => void this.fake.sheets.splice(this.fake.sheets.indexOf(this.sheet()), 1) });
  }
}

export class FakeWorksheets extends Loadable {
  constructor(private readonly fake: FakeExcel) {
    super();
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  /** Loads the sheets' names and positions (whatever of "items/..." is asked, both come). */
  load(_properties: string): this {
    this.fake.enqueue({
      description: "worksheets.load",
      args: [_properties],
      apply: () => this.loaded.set("items", this.fake.sheets.map((sheet) => new FakeWorksheet(this.fake, () => this.fake.sheetById(sheet.id), sheet))),
      response: () => this.fake.sheets.reduce((sum, sheet) => sum + sheet.name.length + 30, 0),
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    const id = this.fake.newSheetId();
    this.fake.enqueue({
      description: `worksheets.add(${name})`,
      args: [name],
      apply: () => {
        if (this.fake.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) throw new Error(`InvalidArgument: a sheet named ${name} exists`);
        this.fake.sheets.push({ id, name, values: [], formats: [], merges: [], log: [] });
      },
    });
    return new FakeWorksheet(this.fake, () => this.fake.sheetById(id));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () => this.fake.sheetByName(name));
  }
}

/** workbook.functions: only DATE, which the adapter asks to learn the date system. */
export class FakeFunctions {
  constructor(private readonly fake: FakeExcel) {}

  date(year: number, month: number, day: number): unknown {
    const result = new (class extends Loadable {
      get value(): number {
        return this.read("value");
      }
      set(value: number): void {
        this.loaded.set("value", value);
      }
    })();
    const fake = this.fake;
    return Object.assign(result, {
      load: () => {
        fake.enqueue({ description: "functions.date", args: [year, month, day], apply: () => result.set(serialFromDay(dayFromParts(year, month, day)!, fake.options.date1904 ? 1904 : 1900)) });
        return result;
      },
    });
  }
}
