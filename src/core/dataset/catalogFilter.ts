/** Filtering the catalogue for the task pane: free-text search plus theme, entity and year. */
import type { CatalogRow } from "./exportCatalog";
import { parsePeriod } from "./periods";
import { fold } from "../util/text";

export interface CatalogFilter {
  query: string;
  theme: string;
  entity: string;
  year: string;
}

export const EMPTY_FILTER: CatalogFilter = { query: "", theme: "", entity: "", year: "" };

const haystacks = new WeakMap<CatalogRow, string>();
function haystack(r: CatalogRow): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    h = fold(
      [r.indicatorName, r.indicator, r.entityName, r.period ?? "", r.dimension ?? "", r.excerpt, r.section, r.label ?? ""].join(" "),
    );
    haystacks.set(r, h);
  }
  return h;
}

export function filterCatalog(rows: CatalogRow[], f: CatalogFilter): CatalogRow[] {
  const words = fold(f.query).split(" ").filter(Boolean);
  const year = f.year ? Number(f.year) : undefined;
  return rows.filter((r) => {
    if (f.theme && r.theme !== f.theme) return false;
    if (f.entity && r.entity !== f.entity) return false;
    if (year !== undefined) {
      const s = parsePeriod(r.period);
      if (!s || year < s.from || year > s.to) return false;
    }
    const h = haystack(r);
    return words.every((w) => h.includes(w));
  });
}

export function filterOptions(rows: CatalogRow[]) {
  const themes = [...new Set(rows.map((r) => r.theme))].sort();
  const entities = [...new Map(rows.map((r) => [r.entity, r.entityName])).entries()].sort((a, b) => a[1].localeCompare(b[1], "sv"));
  const years = new Set<number>();
  for (const r of rows) {
    const s = parsePeriod(r.period);
    if (s) for (let y = s.from; y <= s.to; y++) years.add(y);
  }
  return { themes, entities, years: [...years].sort((a, b) => a - b) };
}

/** Display text for a value: "17,2 %", "ca 109 000 antal", "19,4–20,9 %". */
export function displayValue(r: CatalogRow): string {
  const n = (v: number) => v.toLocaleString("sv-SE", { maximumFractionDigits: 3 });
  const v = r.value !== null ? n(r.value) : `${n(r.min!)}–${n(r.max!)}`;
  return `${r.qualifier ? r.qualifier + " " : ""}${v} ${r.unit}`;
}

/** Example formulas are written in Swedish Excel style; Office.js wants en-US syntax. */
export function toApiFormula(f: string): string {
  let out = "";
  let inString = false;
  for (const ch of f) {
    if (ch === '"') inString = !inString;
    out += !inString && ch === ";" ? "," : ch;
  }
  return out
    .replace(/\bSANT\b/g, "TRUE")
    .replace(/\bFALSKT\b/g, "FALSE")
    .replace(/\[#Alla\]/g, "[#All]");
}
