/**
 * The RichApi request and response as Office.js's client builds and reads them
 * (ClientRequestBase.buildRequestMessageBodyAndRequestFlags, ClientRequestContext.
 * processRequestExecutorResponseMessage in excel-web-16.00.debug.js). See README.md.
 */

export const enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
  EnsureUnchanged = 6,
  RecursiveQuery = 7,
}

export const enum ObjectPathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** For each argument that is an object of the model, the id of its path (else 0 or absent). */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: ObjectPathType;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[] | null;
  Expand?: string[] | null;
  Top?: number;
  Skip?: number;
}

export interface Action {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
  /** Object paths the client may dispose of after this action. */
  L?: number[];
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RequestMessage {
  Url: string;
  Headers: Record<string, string> | null;
  Body: RequestBody;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location?: string };
}

export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

/** Bytes of a string as UTF-8, without Buffer or TextEncoder (jsdom has neither for sure). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
