/** The base of the fake Excel model: addresses, load-then-sync discipline, a recorder for the rest. */
import type { FakeExcel, SheetState } from "./fake-excel";

export type SheetRef = () => SheetState;

/** 1-based bounds of "B3", "B3:D10" or "A:A". */
export function bounds(address: string): { top: number; left: number; bottom: number; right: number } {
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [start, end = start] = address.replace(/\$/g, "").toUpperCase().split(":");
  const parse = (ref: string, last: boolean) => {
    const match = /^([A-Z]*)(\d*)$/.exec(ref);
    if (!match) throw new Error(`InvalidArgument: bad address ${address}`);
    return { row: match[2] ? Number(match[2]) : last ? 1_048_576 : 1, column: match[1] ? column(match[1]) : last ? 16_384 : 1 };
  };
  const a = parse(start, false);
  const b = parse(end, true);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/** Anything not modelled in detail (formats, charts, page layout): every set and call is logged. */
export function recorder(fake: FakeExcel, sheet: SheetRef, path: string): unknown {
  const children = new Map<PropertyKey, unknown>();
  let calls = 0;
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop === "fakeRef") return path;
      if (prop === "then" || typeof prop === "symbol") return undefined; // not a promise
      if (!children.has(prop)) children.set(prop, recorder(fake, sheet, `${path}.${String(prop)}`));
      return children.get(prop);
    },
    set(_target, prop, value) {
      const description = `${path}.${String(prop)}`;
      fake.enqueue({ description, args: [value], apply: () => void sheet().log.push(`${description} = ${JSON.stringify(value)}`) });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      const shown = args.map((arg) => (arg && typeof arg === "object" && "fakeRef" in arg ? (arg as { fakeRef: string }).fakeRef : JSON.stringify(arg)));
      const description = `${path}(${shown.join(", ")})`;
      fake.enqueue({ description, args, apply: () => void sheet().log.push(description) });
      return recorder(fake, sheet, `${path}#${++calls}`);
    },
  });
}

/** Load-then-sync discipline: a property is readable only once a queued load of it has run. */
export class Loadable {
  protected loaded = new Map<string, unknown>();

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new Error(`PropertyNotLoaded: ${property} was read before load() and sync()`);
    return this.loaded.get(property) as T;
  }
}

