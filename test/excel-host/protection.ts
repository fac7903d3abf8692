/**
 * Protection of the workbook's structure (WorkbookProtection, ExcelApi 1.7) and of a sheet
 * (WorksheetProtection, ExcelApi 1.2): `protected`, `protect(password)`, `unprotect(password)`.
 * What protection forbids is refused where the change happens (model.ts: checkStructure and
 * SheetModel.checkEditable). Passwords are kept and checked; protection options are not modelled.
 */
import { invalidArgument, invalidOperation } from "./errors";
import { HostObject, MethodResult, Property } from "./host-object";
import { SheetModel, WorkbookModel } from "./model";

interface Lock {
  protected: boolean;
  password?: string;
}

function protectionMembers(lock: { get: () => Lock; set: (next: Lock) => void }, what: string): { properties: Record<string, Property>; methods: Record<string, (...args: unknown[]) => MethodResult> } {
  return {
    properties: { Protected: { get: () => lock.get().protected } },
    methods: {
      Protect: (...args) => {
        if (lock.get().protected) throw invalidOperation(`protecting ${what}, which is protected already`);
        // WorksheetProtection.protect(options, password); WorkbookProtection.protect(password).
        lock.set({ protected: true, password: args.find((arg) => typeof arg === "string") as string | undefined });
        return null;
      },
      Unprotect: (password) => {
        const current = lock.get();
        if (current.protected && current.password !== undefined && password !== current.password) throw invalidArgument(`the password to unprotect ${what}`);
        lock.set({ protected: false });
        return null;
      },
    },
  };
}

export class WorkbookProtectionObject extends HostObject {
  readonly kind = "WorkbookProtection";
  constructor(model: WorkbookModel) {
    super(model);
    ({ properties: this.properties, methods: this.methods } = protectionMembers(
      {
        get: () => ({ protected: model.structureProtected, password: model.structurePassword }),
        set: (next) => ([model.structureProtected, model.structurePassword] = [next.protected, next.password]),
      },
      "the workbook",
    ));
  }
}

export class WorksheetProtectionObject extends HostObject {
  readonly kind = "WorksheetProtection";
  constructor(model: WorkbookModel, sheet: SheetModel) {
    super(model);
    ({ properties: this.properties, methods: this.methods } = protectionMembers(
      {
        get: () => ({ protected: sheet.protected, password: sheet.protectionPassword }),
        set: (next) => ([sheet.protected, sheet.protectionPassword] = [next.protected, next.password]),
      },
      `the sheet ${sheet.name}`,
    ));
  }
}
