/** The whole catalogue as flat rows, for dist/indicators.json, dist/indicators.csv and the task pane. */
import type { Catalog } from "./lookup";
import type { ReportId } from "./types";

export interface CatalogRow {
  id: string;
  indicator: string;
  indicatorName: string;
  theme: string;
  entity: string;
  entityName: string;
  period: string | null;
  dimension: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  qualifier: string | null;
  note: string | null;
  report: ReportId;
  reportTitle: string;
  section: string;
  label: string | null;
  excerpt: string;
}

export function catalogRows(cat: Catalog): CatalogRow[] {
  const ind = new Map(cat.data.indicators.map((i) => [i.id, i]));
  const ent = new Map(cat.data.entities.map((e) => [e.id, e]));
  const rep = new Map(cat.data.reports.map((r) => [r.id, r]));
  return cat.data.observations.map((o) => ({
    id: o.id,
    indicator: o.indicator,
    indicatorName: ind.get(o.indicator)!.name,
    theme: ind.get(o.indicator)!.theme,
    entity: o.entity,
    entityName: ent.get(o.entity)!.name,
    period: o.period,
    dimension: o.dimension ?? null,
    value: o.value ?? null,
    min: o.min ?? null,
    max: o.max ?? null,
    unit: o.unit,
    qualifier: o.qualifier ?? null,
    note: o.note ?? null,
    report: o.source.report,
    reportTitle: rep.get(o.source.report)!.title,
    section: o.source.section,
    label: o.source.label ?? null,
    excerpt: o.source.excerpt,
  }));
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Semicolon-separated, decimal point: opens correctly in Swedish Excel via Data › Från text. */
export function toCsv(rows: CatalogRow[]): string {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]) as (keyof CatalogRow)[];
  return [cols.join(";"), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(";"))].join("\r\n") + "\r\n";
}
