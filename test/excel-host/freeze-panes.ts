/**
 * WorksheetFreezePanes: freezing is recorded in the sheet's log ("freezePanes.freezeRows(1)"),
 * with the counts checked. freezeAt on a sheet other than the active one does what
 * OfficeDev/office-js#3148 reports of Excel on Windows and Mac: Excel then takes that sheet for
 * the active one (getActiveWorksheet answers it, WorksheetActivated fires for it) while the user
 * still sees the sheet they were on. freezeRows and freezeColumns are documented on "the
 * worksheet", freezeAt on "the active worksheet view"; the issue names freezeAt only.
 */
import { invalidArgument } from "./errors";
import { HostObject } from "./host-object";
import { SheetModel, WorkbookModel } from "./model";
import { RangeObject } from "./range";

const MAX = { rows: 1_048_576, columns: 16_384 };

export class FreezePanesObject extends HostObject {
  readonly kind = "WorksheetFreezePanes";

  constructor(
    model: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(model);
    const log = (line: string) => {
      sheet.checkEditable(`freezePanes.${line}`);
      sheet.log.push(`freezePanes.${line}`);
      return null;
    };
    const count = (value: unknown, of: keyof typeof MAX) => {
      const n = value === undefined || value === null ? 1 : value;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= MAX[of]) throw invalidArgument(`freeze ${of} ${JSON.stringify(value)}`);
      return n;
    };
    this.methods = {
      FreezeRows: (n) => log(`freezeRows(${count(n, "rows")})`),
      FreezeColumns: (n) => log(`freezeColumns(${count(n, "columns")})`),
      FreezeAt: (range) => {
        if (!(range instanceof RangeObject) || range.sheetId !== sheet.id) throw invalidArgument("freezeAt: a range of this sheet");
        log(`freezeAt(Range)`);
        // office-js#3148: the sheet frozen becomes the one Excel reports active.
        model.activeSheetId = sheet.id;
        return null;
      },
      Unfreeze: () => log("unfreeze()"),
    };
  }
}
