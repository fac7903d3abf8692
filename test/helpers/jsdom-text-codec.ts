/**
 * jest's jsdom environment has no TextDecoder or TextEncoder, which browsers (and so the pane's
 * package reader) have: Node's own, put where the browser would have them. Import this first.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
