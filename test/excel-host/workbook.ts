/** The workbook and its worksheet collection. */
import { TableCollectionObject } from "./table";
import { invalidArgument, itemNotFound } from "./errors";
import { FunctionsObject } from "./functions";
import { HostObject } from "./host-object";
import { WorkbookModel } from "./model";
import { WorkbookProtectionObject } from "./protection";
import { WorksheetObject } from "./worksheet";

export class WorksheetsObject extends HostObject {
  readonly kind = "WorksheetCollection";
  constructor(model: WorkbookModel) {
    super(model);
    this.methods = {
      GetItem: (key) => this.index(key),
      GetItemOrNullObject: (key) => {
        const sheet = model.findSheet(String(key));
        return sheet ? new WorksheetObject(model, sheet.id) : null;
      },
      Add: (name) => {
        if (name !== undefined && name !== null && typeof name !== "string") throw invalidArgument("worksheets.add name");
        return new WorksheetObject(model, model.addSheet((name as string | null) ?? undefined).id);
      },
      GetActiveWorksheet: () => {
        if (!model.activeSheetId) throw itemNotFound("active worksheet");
        return new WorksheetObject(model, model.activeSheetId);
      },
      GetCount: (visibleOnly) => model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    };
  }

  override index(key: unknown): HostObject {
    const sheet = this.model.findSheet(String(key));
    if (!sheet) throw itemNotFound(`worksheet ${String(key)}`);
    return new WorksheetObject(this.model, sheet.id);
  }

  override items(): HostObject[] {
    return this.model.sheets.map((sheet) => new WorksheetObject(this.model, sheet.id));
  }
}

export class WorkbookObject extends HostObject {
  readonly kind = "Workbook";
  constructor(
    model: WorkbookModel,
    removeReference: (id: string) => void,
  ) {
    super(model);
    this.navigations = { Worksheets: () => new WorksheetsObject(model), Functions: () => new FunctionsObject(model), Protection: () => new WorkbookProtectionObject(model), Tables: () => new TableCollectionObject(model) };
    this.methods = {
      _RemoveReference: (id) => {
        removeReference(String(id));
        return null;
      },
    };
  }
}
