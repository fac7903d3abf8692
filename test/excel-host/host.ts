/**
 * The simulated Excel host: an in-memory workbook answering the real Office.js client's requests.
 * install() routes every Excel.run and every new Excel.RequestContext() through our executor, by
 * the client's own hook for a session (SessionBase._overrideSession with
 * _resolveRequestUrlAndHeaderInfo and _createRequestExecutorOrNull): the request is built,
 * serialised and its response processed by the real library; only the transport is ours.
 */
import { loadRealClient } from "./client";
import { versionNumber } from "./api-sets";
import { DEFAULT_API_VERSION, Executor, ExecutorOptions, SyncRecord } from "./executor";
import { SheetModel, TableModel, WorkbookModel } from "./model";
import { parseAddress } from "./address";
import { RequestMessage, ResponseMessage } from "./protocol";
import { WorkbookObject } from "./workbook";
import { writeValue } from "./cell-values";

export interface HostOptions extends ExecutorOptions {
  date1904?: boolean;
}

/**
 * Office.context.requirements as the host answers it, agreeing with the ApiNotFound answers of
 * the executor (api-sets.ts). Sets other than ExcelApi answer true, as the client assumes when
 * it has no Office context.
 */
function requirements(apiVersion: string) {
  return { isSetSupported: (name: string, wanted?: string | number) => name !== "ExcelApi" || versionNumber(String(wanted ?? "1.1")) <= versionNumber(apiVersion) };
}

export class SimulatedExcel {
  readonly model = new WorkbookModel();
  readonly executor: Executor;

  private savedOffice?: unknown;

  constructor(private readonly options: HostOptions = {}) {
    this.model.date1904 = options.date1904 ?? false;
    this.executor = new Executor(() => new WorkbookObject(this.model, (id) => this.executor.removeReference(id)), options);
  }

  /** Every request the host received, cleanups included. */
  get syncs(): readonly SyncRecord[] {
    return this.executor.syncs;
  }

  /** The requests made by context.sync() (and Excel.run's final sync), without reference cleanups. */
  get contextSyncs(): SyncRecord[] {
    return this.executor.syncs.filter((sync) => !sync.cleanup);
  }

  /** A sheet with `rows` written from (firstRow, firstColumn), 1-based, as a user typed them into General cells. */
  addSheet(name: string, rows: unknown[][] = [], firstRow = 1, firstColumn = 1): SheetModel {
    const sheet = this.model.addSheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && writeValue(sheet.edit(firstRow - 1 + r, firstColumn - 1 + c), value)));
    return sheet;
  }

  /** An Excel table on `sheet` over `address` ("A1:E20", header row first). */
  addTable(sheet: string, name: string, address: string, showTotals = false): TableModel {
    const table: TableModel = { id: `{00000000-0003-0000-0000-${String(this.model.sheets.reduce((n, s) => n + s.tables.length, 1)).padStart(12, "0")}}`, name, bounds: parseAddress(address).bounds, showTotals };
    this.sheet(sheet).tables.push(table);
    return table;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.findSheet(name);
    if (!sheet || sheet.name.toLowerCase() !== name.toLowerCase()) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  /** Routes the real client's requests to this host. */
  install(): this {
    const { OfficeExtension } = loadRealClient();
    const globals = globalThis as unknown as Record<string, unknown>;
    // The library's Office object, with our context in front (its own context getter cannot be replaced).
    this.savedOffice = globals.Office;
    const context = { requirements: requirements(this.options.apiVersion ?? DEFAULT_API_VERSION) };
    globals.Office = Object.create(this.savedOffice as object, { context: { get: () => context } });
    const execute = (message: RequestMessage): ResponseMessage => this.executor.execute(message);
    OfficeExtension.SessionBase._overrideSession = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://simulated-excel.invalid", headers: {} }),
      _createRequestExecutorOrNull: () => ({ executeAsync: (_customData: string, _flags: number, message: RequestMessage) => Promise.resolve(execute(message)) }),
    };
    return this;
  }

  uninstall(): void {
    loadRealClient().OfficeExtension.SessionBase._overrideSession = undefined;
    if (this.savedOffice) (globalThis as unknown as Record<string, unknown>).Office = this.savedOffice;
  }
}
