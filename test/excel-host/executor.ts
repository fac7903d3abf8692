/**
 * The request executor: decodes each request exactly as it was serialised, runs its actions in
 * order against the host's objects and answers with the results. A failing action stops the
 * batch, the earlier ones staying done (Excel batches are not transactions). Requests and
 * responses over the payload limit are refused with Excel on the web's error codes.
 */
import { checkApiSet } from "./api-sets";
import { HostError } from "./errors";
import { HostObject } from "./host-object";
import { Action, ActionResult, ActionType, ObjectPathInfo, ObjectPathType, QueryInfo, RequestBody, RequestMessage, ResponseBody, ResponseMessage, utf8Bytes } from "./protocol";

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Most cells of one range whose cell data (values, text, formulas, number formats) a query may
 * read, on every platform: "A range is limited to five million cells for get operations"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 * and "On all platforms" in https://learn.microsoft.com/office/dev/add-ins/excel/performance).
 * Over it Excel answers RangeExceedsLimit, "the cell count in the range has exceeded the maximum
 * supported number" (the table of Excel-specific error codes in
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export const READ_CELL_LIMIT = 5_000_000;

export interface SyncRecord {
  /** 1-based, in the order the host received them. */
  index: number;
  requestBytes: number;
  responseBytes: number;
  /** Every action but instantiations, e.g. "set Range.Values", "call Worksheet.Delete", "query Range values,address". */
  actions: string[];
  instantiations: number;
  objectPaths: number;
  /** Only releases the references of an ended Excel.run (not a context.sync of the code under test). */
  cleanup: boolean;
  /** The error code the host answered with, if any. */
  error?: string;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export interface ExecutorOptions {
  limitBytes?: number;
  /** Fails the first action or object path naming this member ("ChartCollection.Add", "Worksheet.Delete"), as Excel refusing it. */
  failOn?: (member: string) => boolean;
  /** Fails this request (1-based) as a whole before any of it runs: a dropped connection. */
  failAtSync?: number;
  /** The highest ExcelApi requirement set the host supports: newer members answer ApiNotFound. */
  apiVersion?: string;
}

export const DEFAULT_API_VERSION = "1.17";

export class Executor {
  readonly syncs: SyncRecord[] = [];
  private readonly references = new Map<string, HostObject>();
  private nextReference = 1;

  private readonly limitBytes: number;

  constructor(
    private readonly root: () => HostObject,
    readonly options: ExecutorOptions = {},
  ) {
    this.limitBytes = options.limitBytes ?? PAYLOAD_LIMIT_BYTES;
  }

  /** Throws ApiNotFound for a member above the host's set, or the injected failure for it. */
  check(kind: string, name: string): void {
    checkApiSet(kind, name, this.options.apiVersion ?? DEFAULT_API_VERSION);
    const member = `${kind}.${name}`;
    if (this.options.failOn?.(member)) throw new HostError("GeneralException", `${member} failed (a failure injected by the test)`, 500);
  }

  removeReference(id: string): void {
    this.references.delete(id);
  }

  get liveReferences(): number {
    return this.references.size;
  }

  execute(message: RequestMessage): ResponseMessage {
    const text = JSON.stringify(message.Body);
    const record: SyncRecord = { index: this.syncs.length + 1, requestBytes: utf8Bytes(text), responseBytes: 0, actions: [], instantiations: 0, objectPaths: 0, cleanup: false };
    this.syncs.push(record);
    if (record.requestBytes > this.limitBytes) return this.refuse(record, "RequestPayloadSizeLimitExceeded", "request");
    if (this.options.failAtSync === record.index) {
      record.error = "ConnectionFailure";
      return { HttpStatusCode: 500, ErrorCode: "ConnectionFailure", ErrorMessage: `Request ${record.index} failed: the connection was lost (a failure injected by the test).`, Headers: {}, Body: null };
    }
    // Decoded from the text, not the client's object: only what was serialised reaches Excel.
    const body = JSON.parse(text) as RequestBody;
    record.objectPaths = Object.keys(body.ObjectPaths ?? {}).length;
    const response = new BatchRun(this, body, record).run();
    const responseText = JSON.stringify(response);
    record.responseBytes = utf8Bytes(responseText);
    record.cleanup = record.actions.length > 0 && record.actions.every((action) => action === "call Workbook._RemoveReference");
    if (record.responseBytes > this.limitBytes) return this.refuse(record, "ResponsePayloadSizeLimitExceeded", "response");
    if (response.Error) record.error = response.Error.Code;
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: JSON.parse(responseText) as ResponseBody };
  }

  private refuse(record: SyncRecord, code: string, which: string): ResponseMessage {
    record.error = code;
    const message = `The ${which} payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`;
    return { HttpStatusCode: 400, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null };
  }

  /** Used by a batch: the root object, and references kept across requests. */
  rootObject(): HostObject {
    return this.root();
  }

  keep(object: HostObject): string {
    const id = `{host-reference-${this.nextReference++}}`;
    this.references.set(id, object);
    return id;
  }

  referenced(id: string): HostObject {
    const object = this.references.get(id);
    if (!object) throw new HostError("InvalidObjectPath", `The object path '_reference(${id})' isn't working for what you're trying to do.`);
    return object;
  }
}

class BatchRun {
  private readonly resolved = new Map<number, HostObject | null>();
  private readonly kept = new Map<number, string>();
  private readonly results: ActionResult[] = [];

  constructor(
    private readonly executor: Executor,
    private readonly body: RequestBody,
    private readonly record: SyncRecord,
  ) {}

  run(): ResponseBody {
    const actions = this.body.Actions ?? [];
    for (let index = 0; index < actions.length; index++) {
      const action = actions[index];
      try {
        this.perform(action);
      } catch (error) {
        const known = error instanceof HostError;
        const code = known ? error.code : "HostBug";
        const message = known ? error.message : `The simulated host failed on action ${action.Id}: ${(error as Error)?.stack ?? String(error)}`;
        return { Results: this.results, Error: { Code: code, Message: message, HttpStatusCode: known ? error.httpStatusCode : 500, ActionIndex: index, Location: action.Name } };
      }
    }
    return { Results: this.results };
  }

  private perform(action: Action): void {
    const target = this.resolve(action.ObjectPathId);
    const kind = target?.kind ?? "null";
    switch (action.ActionType) {
      case ActionType.Instantiate: {
        this.record.instantiations++;
        if (target === null) this.results.push({ ActionId: action.Id, Value: null });
        else {
          const value: Record<string, unknown> = { ...target.identity() };
          const reference = this.kept.get(action.ObjectPathId);
          if (reference) value._ReferenceId = reference;
          if (Object.keys(value).length > 0) this.results.push({ ActionId: action.Id, Value: value });
        }
        return;
      }
      case ActionType.Query:
        this.record.actions.push(`query ${kind} ${(action.QueryInfo?.Select ?? ["*"]).join(",")}`);
        this.results.push({ ActionId: action.Id, Value: target === null ? null : this.query(target, action.QueryInfo ?? {}) });
        return;
      case ActionType.SetProperty:
        this.record.actions.push(`set ${kind}.${action.Name}`);
        this.executor.check(kind, action.Name);
        target?.set(action.Name, this.args(action.ArgumentInfo)[0]);
        return;
      case ActionType.Method: {
        this.record.actions.push(`call ${kind}.${action.Name}`);
        if (target === null) return;
        if (action.Name === "_KeepReference") {
          this.kept.set(action.ObjectPathId, this.executor.keep(target));
          return;
        }
        this.executor.check(kind, action.Name);
        const value = target.call(action.Name, this.args(action.ArgumentInfo));
        this.results.push({ ActionId: action.Id, Value: value instanceof HostObject ? null : (value ?? null) });
        return;
      }
      case ActionType.Trace:
        return;
      default:
        throw new HostError("HostNotImplemented", `The simulated Excel host does not implement action type ${action.ActionType} (${action.Name}) yet.`, 501);
    }
  }

  private args(info: ObjectPathInfo["ArgumentInfo"]): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = this.resolve(id);
    });
    return args;
  }

  /** The object a path stands for, null for a null object; each path is evaluated once per request. */
  private resolve(id: number): HostObject | null {
    if (this.resolved.has(id)) return this.resolved.get(id)!;
    const path = this.body.ObjectPaths[String(id)];
    if (!path) throw new HostError("InvalidObjectPath", `The request refers to object path ${id}, which it does not carry.`);
    const object = this.evaluate(path);
    this.resolved.set(id, object);
    return object;
  }

  private evaluate(path: ObjectPathInfo): HostObject | null {
    if (path.ObjectPathType === ObjectPathType.GlobalObject) return this.executor.rootObject();
    if (path.ObjectPathType === ObjectPathType.ReferenceId) return this.executor.referenced(path.Name);
    if (path.ObjectPathType === ObjectPathType.NullObject) return null;
    if (path.ObjectPathType === ObjectPathType.NewObject) throw new HostError("HostNotImplemented", `The simulated Excel host does not implement new ${path.Name}() yet.`, 501);
    const parent = this.resolve(path.ParentObjectPathId!);
    if (parent === null) return null; // anything reached from a null object is null too
    switch (path.ObjectPathType) {
      case ObjectPathType.Property:
        this.executor.check(parent.kind, path.Name);
        return parent.navigate(path.Name);
      case ObjectPathType.Indexer:
        return parent.index(this.args(path.ArgumentInfo)[0]);
      case ObjectPathType.Method: {
        this.executor.check(parent.kind, path.Name);
        const value = parent.call(path.Name, this.args(path.ArgumentInfo));
        if (value !== null && !(value instanceof HostObject)) throw new HostError("HostBug", `${parent.kind}.${path.Name} returned a value where an object was expected.`, 500);
        return value;
      }
    }
    throw new HostError("HostNotImplemented", `The simulated Excel host does not implement object path type ${String(path.ObjectPathType)} yet.`, 501);
  }

  private query(target: HostObject, info: QueryInfo): unknown {
    const items = target.items();
    if (!items) return queryObject(target, info.Select ?? undefined);
    const skip = info.Skip ?? 0;
    const chosen = items.slice(skip, info.Top === undefined || info.Top < 0 ? undefined : skip + info.Top);
    return { _Items: chosen.map((item) => ({ ...item.identity(), ...(queryObject(item, info.Select ?? undefined) as object) })) };
  }
}

/** The loaded properties of one object, keyed by their wire (PascalCase) names, nested for navigations. */
function queryObject(target: HostObject, select: string[] | undefined): unknown {
  const result: Record<string, unknown> = {};
  if (!select || select.length === 0) {
    for (const name of target.scalarNames()) result[name] = target.get(name);
    return result;
  }
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    const name = pascal(head);
    if (rest.length > 0) nested.set(name, [...(nested.get(name) ?? []), rest.join("/")]);
    else if (target.hasNavigation(name)) nested.set(name, nested.get(name) ?? []);
    else result[name] = target.get(name);
  }
  for (const [name, sub] of nested) {
    const child = target.navigate(name);
    result[name] = child === null ? null : queryObject(child, sub);
  }
  return result;
}
