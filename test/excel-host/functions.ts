/** workbook.functions: only DATE, which the adapter calls to find the workbook's date system. */
import { invalidArgument } from "./errors";
import { HostObject } from "./host-object";
import { WorkbookModel } from "./model";

const DAY = 86_400_000;

export class FunctionsObject extends HostObject {
  readonly kind = "Functions";
  constructor(model: WorkbookModel) {
    super(model);
    this.methods = { Date: (year, month, day) => new FunctionResultObject(model, dateSerial(model, Number(year), Number(month), Number(day))) };
  }
}

function dateSerial(model: WorkbookModel, year: number, month: number, day: number): number {
  if (![year, month, day].every(Number.isFinite)) throw invalidArgument("functions.date");
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY;
  return model.date1904 ? days - 1462 : days;
}

export class FunctionResultObject extends HostObject {
  readonly kind = "FunctionResult";
  constructor(model: WorkbookModel, value: unknown) {
    super(model);
    this.properties = { Value: { get: () => value }, Error: { get: () => null } };
  }
}
