/**
 * Where the host's requirement sets and enum values come from in Node: @types/office-js read from
 * node_modules.
 * The browser bundle of the host (test/e2e/excel-host-page) replaces this module with the same
 * table computed by this function when the bundle is built.
 */
import * as fs from "fs";
import * as path from "path";
import { apiSetTags, excelEnums } from "./api-set-tags";

export const TYPES_FILE = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

export function loadApiSetTags(): Record<string, string> {
  return apiSetTags(fs.readFileSync(TYPES_FILE, "utf8"));
}

export function loadExcelEnums(): Record<string, string[]> {
  return excelEnums(fs.readFileSync(TYPES_FILE, "utf8"));
}
