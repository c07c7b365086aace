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
/** Searchable text of a row; numbers also without their thousands spaces, so "35130" finds "35 130". */
function haystack(r: CatalogRow): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    const text = [
      r.indicatorName,
      r.indicator,
      r.entityName,
      r.period ?? "",
      r.dimension ?? "",
      r.excerpt,
      r.section,
      r.label ?? "",
      r.value ?? "",
      r.min ?? "",
      r.max ?? "",
    ].join(" ");
    const grouped = text.match(/\d{1,3}(?:[\s\u00a0\u202f]\d{3})+/g) ?? [];
    h = fold(`${text} ${grouped.map((g) => g.replace(/\D/g, "")).join(" ")}`);
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

export function isFiltered(f: CatalogFilter): boolean {
  return !!(f.query.trim() || f.theme || f.entity || f.year);
}

/** When a filter finds nothing: the periods that exist once the year is dropped (e.g. the years a region has). */
export function periodsWithoutYear(rows: CatalogRow[], f: CatalogFilter): (string | null)[] {
  if (!f.year) return [];
  const spans = new Map<string | null, number>();
  for (const r of filterCatalog(rows, { ...f, year: "" })) spans.set(r.period, parsePeriod(r.period)?.from ?? Infinity);
  return [...spans.entries()].sort((a, b) => a[1] - b[1]).map(([p]) => p);
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

/** Example formulas are written in Swedish Excel style; Office.js (and English Excel) want en-US syntax. */
export function toApiFormula(f: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') inString = !inString;
    const decimalComma = ch === "," && /\d/.test(f[i - 1] ?? "") && /\d/.test(f[i + 1] ?? "");
    out += inString ? ch : ch === ";" ? "," : decimalComma ? "." : ch;
  }
  return out
    .replace(/\bSANT\b/g, "TRUE")
    .replace(/\bFALSKT\b/g, "FALSE")
    .replace(/\[#Alla\]/g, "[#All]");
}
