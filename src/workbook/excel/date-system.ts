/**
 * Which date system the workbook uses. Office.js has no 1904 flag in the API sets we can count on,
 * so the workbook is asked for DATE(2000,1,1) through its own function engine (ExcelApi 1.2): the
 * serial it returns is 36526 in the 1900 system and 35064 in the 1904 system. One queued read, no
 * extra sync, nothing written.
 */
import { DateSystem } from "../../engine/values/date";

const SERIAL_2000_IN_1904 = 35_064;

/** Queues the probe; call the returned function after the next sync. */
export function queueDateSystemProbe(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(2000, 1, 1);
  probe.load("value");
  return () => (probe.value === SERIAL_2000_IN_1904 ? 1904 : 1900);
}
