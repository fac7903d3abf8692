/**
 * What every object kind of the host offers the executor: properties (by Excel's PascalCase wire
 * names, "Values", "RowCount"), navigations ("Format"), methods ("GetRange") and, for collections,
 * an indexer and items. A member a kind does not list is answered with HostNotImplemented.
 */
import { notImplemented } from "./errors";
import { WorkbookModel } from "./model";

export interface Property {
  get?: () => unknown;
  set?: (value: unknown) => void;
}

/** Object results are HostObjects; anything else is a plain value for the response. */
export type MethodResult = HostObject | null | unknown;

export abstract class HostObject {
  abstract readonly kind: string;
  protected properties: Record<string, Property> = {};
  protected navigations: Record<string, () => HostObject | null> = {};
  protected methods: Record<string, (...args: unknown[]) => MethodResult> = {};

  constructor(readonly model: WorkbookModel) {}

  /** The properties a load() without a select returns: every readable scalar. */
  scalarNames(): string[] {
    return Object.keys(this.properties).filter((name) => this.properties[name].get);
  }

  get(name: string): unknown {
    const property = this.properties[name];
    if (!property?.get) throw notImplemented(`${this.kind}.${name} (read)`);
    return property.get();
  }

  set(name: string, value: unknown): void {
    const property = this.properties[name];
    if (!property?.set) throw notImplemented(`${this.kind}.${name} (write)`);
    property.set(value);
  }

  hasNavigation(name: string): boolean {
    return name in this.navigations;
  }

  navigate(name: string): HostObject | null {
    const navigation = this.navigations[name];
    if (!navigation) throw notImplemented(`${this.kind}.${name}`);
    return navigation();
  }

  call(name: string, args: unknown[]): MethodResult {
    const method = this.methods[name];
    if (!method) throw notImplemented(`${this.kind}.${name}()`);
    return method(...args);
  }

  index(key: unknown): HostObject | null {
    throw notImplemented(`${this.kind}[${JSON.stringify(key)}]`);
  }

  /** Items of a collection; undefined for an object that is not one. */
  items(): HostObject[] | undefined {
    return undefined;
  }

  /** What an instantiation answers besides a reference id: an object's id, if it has one. */
  identity(): Record<string, unknown> {
    return {};
  }
}
