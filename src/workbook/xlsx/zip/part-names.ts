/**
 * Entry names: decoding them as the zip says they are encoded, and the key under which two names
 * are the same part. OPC part names are case-insensitive and written with a leading "/" in
 * relationships but without one in the zip, so "/xl/Workbook.xml" and "xl/workbook.xml" are one part.
 */
import { FLAG_UTF8_NAME } from "./zip-format";

const utf8 = new TextDecoder();

/**
 * Flag bit 11 means UTF-8; otherwise the name is CP437, which we read as Latin-1: they agree on
 * ASCII, the only characters OPC part names may use unescaped, and Latin-1 never fails to decode.
 * (TextDecoder("latin1") is windows-1252 in browsers, so Latin-1 is decoded by hand.)
 */
export function decodeEntryName(raw: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8_NAME) return utf8.decode(raw);
  // One call for the whole name (at most 65,535 bytes, within the engines' argument limits).
  return String.fromCharCode.apply(null, raw as unknown as number[]);
}

/** The key two entry names share when they name the same part. */
export function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

/** Names outside ASCII are written as UTF-8 with flag bit 11 set, so every reader decodes them alike. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
