/**
 * A recording fake of the part of the Excel object model the Office adapter uses, faithful where
 * the adapter could go wrong: requests are queued and run only at sync, in order; a property read
 * before it was loaded and synced throws (as Office.js's PropertyNotLoaded); an action that fails
 * stops its batch, the earlier actions staying done (as in Excel); a string written to a cell not
 * formatted as Text ("@") and starting with = + - @ becomes a formula. Every sync records the
 * bytes it carries each way (arguments and loaded values as UTF-8 JSON, plus a fixed cost per
 * action), so tests can hold the adapter to Excel on the web's request and response limits.
 */
import { FakeFunctions, FakeWorksheet, FakeWorksheets } from "./fake-objects";

export const FAKE_ACTION_BYTES = 100;

export interface CellState {
  value: string | number | boolean;
  formula?: boolean;
}

export interface SheetState {
  id: number;
  name: string;
  values: (CellState | undefined)[][];
  formats: (string | undefined)[][];
  merges: string[];
  /** Every other action on the sheet, in order: "charts.add(Pie, ...)", "format.font.bold = true". */
  log: string[];
}

export interface QueuedAction {
  /** What it acts on and what it does, e.g. "sheet 3 charts.add". */
  description: string;
  args: unknown[];
  apply: () => void;
  /** Bytes of the response (loaded values), known once applied. */
  response?: () => number;
}

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
}

export interface FakeOptions {
  /** Highest ExcelApi version the host supports. */
  apiVersion?: string;
  date1904?: boolean;
  /** Fail the action whose description this matches (Excel rejects it; its batch stops there). */
  failOn?: (description: string) => boolean;
  /** Fail this sync (1-based) as a whole, before any of its actions runs (a dropped connection). */
  failAtSync?: number;
}

function versionNumber(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return major * 1000 + (minor ?? 0);
}

/** Serialises arguments as Office.js would: objects of the model by their address or name. */
function argumentBytes(args: unknown[]): number {
  const json = JSON.stringify(args, (_key, value) => (value && typeof value === "object" && "fakeRef" in value ? (value as { fakeRef: string }).fakeRef : value));
  return Buffer.byteLength(json ?? "", "utf8");
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly syncs: SyncRecord[] = [];
  active?: string;
  selection?: { sheet: string; address: string };
  private queue: QueuedAction[] = [];
  private nextId = 1;
  readonly context: Excel.RequestContext;

  constructor(readonly options: FakeOptions = {}) {
    const workbook = { worksheets: new FakeWorksheets(this), functions: new FakeFunctions(this) };
    this.context = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  addSheet(name: string, rows: unknown[][] = [], firstRow = 1, firstColumn = 1): SheetState {
    const sheet: SheetState = { id: this.nextId++, name, values: [], formats: [], merges: [], log: [] };
    rows.forEach((row, r) => {
      const cells: (CellState | undefined)[] = [];
      row.forEach((value, c) => {
        if (value !== null && value !== undefined && value !== "") cells[firstColumn - 1 + c] = { value: value as CellState["value"] };
      });
      sheet.values[firstRow - 1 + r] = cells;
    });
    this.sheets.push(sheet);
    return sheet;
  }

  newSheetId(): number {
    return this.nextId++;
  }

  sheetById(id: number): SheetState {
    const sheet = this.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw new Error(`ItemNotFound: sheet ${id} no longer exists`);
    return sheet;
  }

  sheetByName(name: string): SheetState {
    const sheet = this.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: no sheet named ${name}`);
    return sheet;
  }

  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.options.apiVersion ?? "1.17");
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  worksheet(id: number): FakeWorksheet {
    return new FakeWorksheet(this, () => this.sheetById(id));
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = { actions: batch.length, requestBytes: 0, responseBytes: 0 };
    for (const action of batch) record.requestBytes += FAKE_ACTION_BYTES + argumentBytes(action.args);
    this.syncs.push(record);
    if (this.options.failAtSync === this.syncs.length) throw new Error(`RequestAborted: sync ${this.syncs.length} failed`);
    for (const action of batch) {
      if (this.options.failOn?.(action.description)) throw new Error(`GeneralException: ${action.description} failed`);
      action.apply();
      record.responseBytes += action.response?.() ?? 0;
    }
  }

  /** Installs this fake as the global Excel and Office, as the add-in's runtime provides them. */
  install(): void {
    const globals = globalThis as unknown as Record<string, unknown>;
    globals.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(this.context) };
    globals.Office = { context: { requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && this.supports(version) } } };
  }

  /** Lines of every sheet's log that contain `text`. */
  logged(sheetName: string, text: string): string[] {
    return this.sheetByName(sheetName).log.filter((line) => line.includes(text));
  }
}

export function uninstallFake(): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  delete globals.Excel;
  delete globals.Office;
}
