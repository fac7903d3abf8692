/**
 * A browser window for the real Office.js client outside jest (the benchmark): what jest's jsdom
 * environment gives a test file that has the `@jest-environment jsdom` docblock. The global object
 * plays the window, as it does in a browser and under jest, so the library's top-level `var`s
 * (Excel, Office, OfficeExtension, OSF), which client.ts's indirect eval makes globals, are also
 * `window.Office` and so on; the DOM itself (document, location, navigator, storage, events) is a
 * jsdom window's. Tests do not use this: jest makes the window there.
 */
import { JSDOM } from "jsdom";

export function installWindow(): void {
  const globals = globalThis as unknown as Record<string, unknown>;
  if (typeof globals.window !== "undefined") return;
  const dom = new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>", { url: "https://localhost/", pretendToBeVisual: true });
  const window = dom.window as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (name in globals) continue; // Node's own timers, console, URL, ... stay
    const value = window[name];
    // Methods of the window (addEventListener, getComputedStyle) need it as `this`; classes do not.
    globals[name] = typeof value === "function" && !/^[A-Z]/.test(name) ? (value as (...args: unknown[]) => unknown).bind(dom.window) : value;
  }
  for (const name of ["window", "self", "top", "parent"]) globals[name] = globalThis;
}
