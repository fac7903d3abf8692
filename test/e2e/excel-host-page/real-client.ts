/**
 * The page's stand-in for test/excel-host/client.ts (the bundle swaps it in, see build.ts): in the
 * browser the real Excel client, excel-web-16.00.debug.js, is loaded by its own <script> tag
 * before this bundle, so it is found in the page's globals rather than read and evaluated.
 */
import type { RealClient } from "../../excel-host/client";

export function loadRealClient(): RealClient {
  const globals = globalThis as unknown as Partial<RealClient>;
  if (!globals.Excel || !globals.OfficeExtension) throw new Error("excel-web-16.00.debug.js must be loaded before the simulated host");
  return { Excel: globals.Excel, OfficeExtension: globals.OfficeExtension };
}
