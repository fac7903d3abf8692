/** Bytes of queued actions, counted as they are queued, so that a sync can be split in time. */
import { ACTION_OVERHEAD_BYTES } from "./limits";
import { jsonBytes } from "./payload";

export class RequestCost {
  bytes = 0;

  /** One action (a property set or a method call) with its arguments. */
  action(...args: unknown[]): void {
    this.bytes += ACTION_OVERHEAD_BYTES;
    for (const arg of args) this.bytes += jsonBytes(arg);
  }

  /** Takes the bytes counted so far and starts again from zero. */
  take(): number {
    const bytes = this.bytes;
    this.bytes = 0;
    return bytes;
  }
}
