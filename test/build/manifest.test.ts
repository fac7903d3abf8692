/**
 * manifest.xml checked offline (office-addin-manifest validate needs an online service): resource
 * ids resolve, the shared runtime is wired consistently, and every URL names a file the build made.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { distFile, pngSize, readDistText, ROOT } from "./dist-files";

const DEV_ORIGIN = "https://localhost:3000/";

type XmlNode = { [key: string]: unknown };

const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(
  readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
) as { OfficeApp: XmlNode };
const app = manifest.OfficeApp;

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every element named `name`, at any depth below `node`. */
function findAll(node: unknown, name: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((child) => findAll(child, name));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => [
    ...(key === name ? (asArray(child) as XmlNode[]) : []),
    ...findAll(child, name),
  ]);
}

/** Every resid attribute value at any depth below `node`. */
function residsBelow(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(residsBelow);
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === "@_resid" ? [String(value)] : residsBelow(value)));
}

function only(nodes: XmlNode[], what: string): XmlNode {
  if (nodes.length !== 1) throw new Error(`expected exactly one ${what}, found ${nodes.length}`);
  return nodes[0];
}

function child(node: XmlNode, name: string): XmlNode {
  return only(asArray(node[name] as XmlNode | XmlNode[]), name);
}

const versionOverrides = child(app, "VersionOverrides");
const resourcesNode = child(versionOverrides, "Resources");
const RESOURCE_GROUPS = [
  ["bt:Images", "bt:Image"],
  ["bt:Urls", "bt:Url"],
  ["bt:ShortStrings", "bt:String"],
  ["bt:LongStrings", "bt:String"],
] as const;
const resources = new Map<string, { group: string; value: string }>();
for (const [group, element] of RESOURCE_GROUPS) {
  for (const entry of findAll(resourcesNode[group], element)) {
    resources.set(String(entry["@_id"]), { group, value: String(entry["@_DefaultValue"]) });
  }
}
const resourcesIn = (group: string) => [...resources].filter(([, resource]) => resource.group === group);

/** The resid of the single element `name` found below `node`. */
function residOf(node: unknown, name: string): string {
  return String(only(findAll(node, name), name)["@_resid"]);
}

function byType(node: unknown, name: string, type: string): XmlNode {
  return only(
    findAll(node, name).filter((element) => element["@_xsi:type"] === type),
    `${name} of type ${type}`,
  );
}

/** The dist/ file a development URL names. */
function builtFileFor(url: string): string {
  return distFile(decodeURI(new URL(url).pathname.slice(1)));
}

const BASE_URLS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => String(child(app, name)["@_DefaultValue"]));

describe("manifest.xml", () => {
  it("defines every resid it uses in Resources", () => {
    const used = residsBelow(app);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !resources.has(id))).toEqual([]);
  });

  it("has one long-lived shared runtime used by the task pane, the function file and the functions page", () => {
    const runtime = only(findAll(app, "Runtime"), "Runtime");
    expect(runtime["@_lifetime"]).toBe("long");
    const runtimeId = String(runtime["@_resid"]);
    expect(residOf(byType(app, "Action", "ShowTaskpane"), "SourceLocation")).toBe(runtimeId);
    expect(residOf(app, "FunctionFile")).toBe(runtimeId);
    const customFunctions = byType(app, "ExtensionPoint", "CustomFunctions");
    expect(residOf(child(customFunctions, "Page"), "SourceLocation")).toBe(runtimeId);
    expect(String(child(child(app, "DefaultSettings"), "SourceLocation")["@_DefaultValue"])).toBe(
      resources.get(runtimeId)?.value,
    );
  });

  it("puts the custom functions in the PMO namespace", () => {
    const customFunctions = byType(app, "ExtensionPoint", "CustomFunctions");
    expect(resources.get(residOf(customFunctions, "Namespace"))?.value).toBe("PMO");
  });

  it("points every URL at a file the build produces, on the development origin", () => {
    const urls = [...resourcesIn("bt:Urls"), ...resourcesIn("bt:Images")].map(([, r]) => r.value).concat(BASE_URLS);
    expect(urls.filter((url) => !url.startsWith(DEV_ORIGIN))).toEqual([]);
    for (const url of urls) expect(builtFileFor(url)).toBeTruthy();
  });

  it("uses icons whose pixel size matches the size the manifest gives them", () => {
    const declared: Array<[string, number]> = [
      [BASE_URLS[0], 32],
      [BASE_URLS[1], 64],
      ...findAll(findAll(app, "Icon"), "bt:Image").map(
        (image): [string, number] => [resources.get(String(image["@_resid"]))?.value ?? "", Number(image["@_size"])],
      ),
      // Image ids say their size too (Icon.16x16); a copy-paste slip there would mislead.
      ...resourcesIn("bt:Images").map(([id, r]): [string, number] => [r.value, Number(/(\d+)x\d+/.exec(id)?.[1])]),
    ];
    const wrong = declared.filter(([url, size]) => {
      const { width, height } = pngSize(readFileSync(builtFileFor(url)));
      return width !== size || height !== size;
    });
    expect(wrong).toEqual([]);
  });

  it("registers every ExecuteFunction action in commands.js", () => {
    const commands = readDistText("commands.js");
    const names = findAll(app, "Action")
      .filter((action) => action["@_xsi:type"] === "ExecuteFunction")
      .map((action) => String(action.FunctionName));
    expect(names).toContain("generateMonthlySummary");
    expect(names.filter((name) => !commands.includes(JSON.stringify(name)))).toEqual([]);
  });

  it("asks for ReadWriteDocument and requires the sets the code uses", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    const sets = findAll(child(app, "Requirements"), "Set");
    expect(sets).toContainEqual(expect.objectContaining({ "@_Name": "SharedRuntime", "@_MinVersion": "1.1" }));
    // CustomFunctions.Error is CustomFunctionsRuntime 1.2 and CustomFunctions.ErrorCode 1.3.
    expect(sets).toContainEqual(expect.objectContaining({ "@_Name": "CustomFunctionsRuntime", "@_MinVersion": "1.3" }));
    // The Office adapter calls RangeAreas and pageLayout (ExcelApi 1.9) without a guard.
    expect(sets).toContainEqual(expect.objectContaining({ "@_Name": "ExcelApi", "@_MinVersion": "1.9" }));
  });

  it("keeps strings within the schema's limits (short 125, long 250 characters)", () => {
    const tooLong = [
      ...resourcesIn("bt:ShortStrings").filter(([, r]) => r.value.length > 125),
      ...resourcesIn("bt:LongStrings").filter(([, r]) => r.value.length > 250),
    ].map(([id]) => id);
    expect(tooLong).toEqual([]);
  });
});
