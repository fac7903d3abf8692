/**
 * Reading the charts of a written package back, for the chart tests: which drawing and chart parts
 * a sheet has, the chart parts' series references and caches, whether the package's relationships
 * and content types agree, and whether elements follow the ECMA-376 schema order.
 */
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import { ChartPlan, PlanRange, SheetPlan } from "../../../src/layout/sheet-plan";

export type Files = Record<string, Uint8Array>;

export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export function unzipFiles(bytes: Uint8Array): Files {
  return unzipSync(bytes);
}

export function text(files: Files, name: string): string {
  const data = files[name];
  if (!data) throw new Error(`no part ${name}`);
  return strFromU8(data);
}

/** The same resolution as OPC: relative to the source part's folder, or absolute with "/". */
export function resolve(source: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : source.slice(0, source.lastIndexOf("/") + 1) + target;
  const out: string[] = [];
  for (const segment of raw.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

export function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export interface Rel {
  id: string;
  type: string;
  target: string;
  part: string;
  external: boolean;
}

export function relationships(files: Files, part: string): Rel[] {
  const rels = files[relsOf(part)];
  if (!rels) return [];
  return [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => {
    const target = (attr(tag, "Target") ?? "").replace(/&amp;/g, "&");
    return { id: attr(tag, "Id")!, type: attr(tag, "Type")!, target, part: resolve(part, target), external: attr(tag, "TargetMode") === "External" };
  });
}

/** The worksheet part of a sheet, by its name in workbook.xml. */
export function sheetPart(files: Files, name: string): string {
  const workbook = text(files, "xl/workbook.xml");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([t]) => t).find((t) => attr(t, "name") === name.replace(/&/g, "&amp;"));
  if (!tag) throw new Error(`no sheet ${name}`);
  return relationships(files, "xl/workbook.xml").find((r) => r.id === attr(tag, "r:id"))!.part;
}

/** The sheet's drawing parts and, in anchor order, the chart part each frame shows. */
export function sheetCharts(files: Files, sheet: string): { drawings: string[]; charts: string[] } {
  const drawings = relationships(files, sheet).filter((r) => r.type.endsWith("/drawing")).map((r) => r.part);
  const charts = drawings.flatMap((drawing) => {
    const rels = relationships(files, drawing);
    return [...text(files, drawing).matchAll(/<c:chart\b[^>]*r:id="([^"]+)"/g)].map(([, id]) => rels.find((r) => r.id === id)!.part);
  });
  return { drawings, charts };
}

export function partsMatching(files: Files, pattern: RegExp): string[] {
  return Object.keys(files).filter((name) => pattern.test(name)).sort();
}

/** What is wrong with the package's wiring: dangling targets, missing or stale overrides, orphan drawings and charts. */
export function packageProblems(files: Files): string[] {
  const problems: string[] = [];
  const names = new Set(Object.keys(files).map((name) => name.toLowerCase()));
  const referenced = new Set<string>();
  for (const rels of Object.keys(files).filter((name) => name.endsWith(".rels"))) {
    const source = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (source !== "" && !names.has(source.toLowerCase())) problems.push(`${rels} belongs to no part`);
    const ids = new Set<string>();
    for (const rel of relationships(files, source)) {
      if (ids.has(rel.id)) problems.push(`${rels}: duplicate id ${rel.id}`);
      ids.add(rel.id);
      if (rel.external) continue;
      referenced.add(rel.part.toLowerCase());
      if (!names.has(rel.part.toLowerCase())) problems.push(`${rels}: ${rel.id} points at missing ${rel.part}`);
    }
  }
  const types = text(files, "[Content_Types].xml");
  const overrides = new Map([...types.matchAll(/<Override\b[^>]*>/g)].map(([tag]) => [attr(tag, "PartName")!.slice(1).toLowerCase(), attr(tag, "ContentType")!]));
  for (const [part] of overrides) if (!names.has(part)) problems.push(`stale override for /${part}`);
  for (const name of Object.keys(files)) {
    const expected = /drawings\/drawing\d+\.xml$/.test(name) ? DRAWING_TYPE : /charts\/chart\d+\.xml$/.test(name) ? CHART_TYPE : undefined;
    if (!expected) continue;
    if (overrides.get(name.toLowerCase()) !== expected) problems.push(`${name} has no ${expected} override`);
    if (!referenced.has(name.toLowerCase())) problems.push(`${name} is an orphan`);
  }
  return problems;
}

type Ordered = Record<string, unknown>[];
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });

/** Every element's child names, keyed by "parent>element" and by "element". */
export function childNames(xml: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  const add = (key: string, children: string[]) => found.set(key, [...(found.get(key) ?? []), children]);
  const visit = (nodes: Ordered, parent: string) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
      if (!name || name === "?xml") continue;
      const children = node[name] as Ordered;
      const childElements = children.map((child) => Object.keys(child).find((key) => key !== ":@" && key !== "#text")).filter((key): key is string => key !== undefined);
      add(name, childElements);
      add(`${parent}>${name}`, childElements);
      visit(children, name);
    }
  };
  visit(parser.parse(xml) as Ordered, "");
  return found;
}

/**
 * The problems with `xml` against schema sequences: each key ("element" or "parent>element") maps
 * to its children's allowed order; names in one inner array share a rank (a choice or a group).
 */
export function orderProblems(xml: string, sequences: Record<string, (string | string[])[]>): string[] {
  const problems: string[] = [];
  const children = childNames(xml);
  for (const [key, sequence] of Object.entries(sequences)) {
    const rankOf = (name: string) => sequence.findIndex((entry) => (Array.isArray(entry) ? entry.includes(name) : entry === name));
    for (const list of children.get(key) ?? []) {
      let last = -1;
      for (const child of list) {
        const rank = rankOf(child);
        if (rank < 0) problems.push(`${key}: ${child} is not allowed`);
        else if (rank < last) problems.push(`${key}: ${child} is out of order in [${list.join(", ")}]`);
        else last = rank;
      }
    }
  }
  return problems;
}

const decode = (value: string) => value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
/** A `<c:v>` is ST_Xstring: "_xHHHH_" stands for that character, as Excel reads it. */
const decodeXstring = (value: string) => decode(value).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export interface ReadReference {
  formula: string;
  /** Cached points by index ("" where a point is missing), ptCount long. */
  cache: string[];
}

function reference(xml: string | undefined): ReadReference | undefined {
  if (xml === undefined) return undefined;
  const count = Number(/<c:ptCount val="(\d+)"/.exec(xml)?.[1] ?? 0);
  const cache: string[] = Array.from({ length: count }, () => "");
  for (const [, idx, value] of xml.matchAll(/<c:pt idx="(\d+)"[^>]*><c:v>([^<]*)<\/c:v><\/c:pt>/g)) cache[Number(idx)] = decodeXstring(value);
  return { formula: decode(/<c:f>([^<]*)<\/c:f>/.exec(xml)?.[1] ?? ""), cache };
}

export interface ReadChart {
  /** The chart group's element: c:pieChart, c:barChart, c:lineChart... */
  group: string;
  title: string;
  series: { name: string; categories?: ReadReference; values?: ReadReference }[];
}

/** A chart part's type, title and series, read with patterns (our parts and LibreOffice's use the c: prefix). */
export function readChart(xml: string): ReadChart {
  const group = /<(c:\w+Chart)\b/.exec(xml)?.[1] ?? "";
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => decode(t)).join("");
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: decodeXstring(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ""),
    categories: reference(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1]),
    values: reference(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1]),
  }));
  return { group, title, series };
}

const GROUP_OF_KIND = { pie: "c:pieChart", columnClustered: "c:barChart", columnStacked: "c:barChart", line: "c:lineChart" } as const;

function letters(column: number): string {
  return column > 26 ? letters(Math.floor((column - 1) / 26)) + letters(((column - 1) % 26) + 1) : String.fromCharCode(64 + column);
}

/** `'Sheet'!$A$1:$A$5`, spelt out independently of the writer. */
export function expectedFormula(sheet: string, range: PlanRange): string {
  const start = `$${letters(range.left)}$${range.top}`;
  const end = `$${letters(range.right)}$${range.bottom}`;
  return `'${sheet.replace(/'/g, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

/** The cells of a range, as a cache holds them: numbers only for values, text for categories. */
function expectedCache(plan: SheetPlan, range: PlanRange, numbersOnly: boolean): string[] {
  const out: string[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      const value = plan.rows[row - 1]?.[column - 1]?.value ?? null;
      out.push(typeof value === "number" ? String(value) : typeof value === "string" && !numbersOnly ? value : "");
    }
  }
  return out;
}

/** What readChart should find in the part drawn for `chart`. */
export function expectedChart(plan: SheetPlan, chart: ChartPlan): ReadChart {
  return {
    group: GROUP_OF_KIND[chart.kind],
    title: chart.title,
    series: chart.series.map((series) => ({
      name: series.name,
      categories: { formula: expectedFormula(plan.name, chart.categories), cache: expectedCache(plan, chart.categories, false) },
      values: { formula: expectedFormula(plan.name, series.values), cache: expectedCache(plan, series.values, true) },
    })),
  };
}
