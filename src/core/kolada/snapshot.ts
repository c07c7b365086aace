/**
 * The snapshot: what was fetched from Kolada, when and from where, in one JSON document. The build bundles
 * it (when IT has made one with `npm run kolada -- --snapshot`), the workbook stores it, the store reads it.
 * Rows are tuples [kpi, region, period, gender, value] to keep the file small; value null = no value.
 */
import type { Gender, KoladaObservation } from "./parse";
import { kpiId, type KpiWarning } from "./catalogue";
import { regionById } from "./regions";

export const SNAPSHOT_FORMAT = "pv-kolada-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface SnapshotKpi {
  id: string;
  /** The title Kolada gave when fetched (or the pinned title when metadata could not be fetched). */
  title: string;
  /** ISO date-time of the fetch that produced this KPI's values. */
  fetchedAt: string;
}

export type SnapshotRow = [kpi: string, region: string, period: number, gender: Gender, value: number | null];

export interface KoladaSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  source: string;
  baseUrl: string;
  fetchedAt: string;
  kpis: SnapshotKpi[];
  regions: string[];
  years: number[];
  warnings: string[];
  rows: SnapshotRow[];
}

export function makeSnapshot(args: {
  baseUrl: string;
  fetchedAt: string;
  kpis: { id: string; title: string }[];
  observations: KoladaObservation[];
  warnings?: (KpiWarning | string)[];
  warningText?: (w: KpiWarning) => string;
}): KoladaSnapshot {
  const rows = args.observations.map((o): SnapshotRow => [o.kpi, o.region, o.period, o.gender, o.value]);
  rows.sort((a, b) => (a[0] + a[1] + a[2] + a[3] < b[0] + b[1] + b[2] + b[3] ? -1 : 1));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    source: "Kolada (RKA), https://www.kolada.se",
    baseUrl: args.baseUrl,
    fetchedAt: args.fetchedAt,
    kpis: args.kpis.map((k) => ({ id: k.id, title: k.title, fetchedAt: args.fetchedAt })),
    regions: [...new Set(rows.map((r) => r[1]))].sort(),
    years: [...new Set(rows.map((r) => r[2]))].sort((a, b) => a - b),
    warnings: (args.warnings ?? []).map((w) => (typeof w === "string" ? w : (args.warningText?.(w) ?? JSON.stringify(w)))),
    rows,
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/;

/** Sizes a snapshot may have: far above what the pane fetches, far below what would hang the pane. */
export const SNAPSHOT_LIMITS = { kpis: 5000, rows: 2_000_000, title: 500, warnings: 1000, warning: 2000, text: 500 } as const;

/**
 * Checks an untrusted document (bundled file, workbook part) and returns it typed, or why not (Swedish,
 * English). Every field is checked for shape, type and size; one bad field rejects the whole document, so
 * nothing is ever half-loaded.
 */
export function readSnapshot(doc: unknown): { ok: true; snapshot: KoladaSnapshot } | { ok: false; reason: string; reasonEn: string } {
  const no = (reason: string, reasonEn: string) => ({ ok: false as const, reason, reasonEn });
  const L = SNAPSHOT_LIMITS;
  const d = doc as Partial<KoladaSnapshot>;
  if (!d || typeof d !== "object" || Array.isArray(d)) return no("inte ett JSON-objekt", "not a JSON object");
  if (d.format !== SNAPSHOT_FORMAT)
    return no(`okänt format (${String(d.format).slice(0, 40)})`, `unknown format (${String(d.format).slice(0, 40)})`);
  if (d.version !== SNAPSHOT_VERSION)
    return no(`okänd version ${String(d.version).slice(0, 20)}`, `unknown version ${String(d.version).slice(0, 20)}`);
  if (typeof d.fetchedAt !== "string" || !ISO.test(d.fetchedAt)) return no("hämtningsdatum saknas", "the fetch date is missing");
  for (const f of ["source", "baseUrl"] as const) {
    const v = d[f];
    if (v !== undefined && (typeof v !== "string" || v.length > L.text)) return no(`fältet ${f} är ogiltigt`, `the field ${f} is invalid`);
  }
  if (
    !Array.isArray(d.kpis) ||
    d.kpis.length > L.kpis ||
    d.kpis.some(
      (k) =>
        !k ||
        typeof k !== "object" ||
        typeof k.id !== "string" ||
        kpiId(k.id) !== k.id ||
        typeof k.title !== "string" ||
        k.title.length > L.title ||
        typeof k.fetchedAt !== "string" ||
        !ISO.test(k.fetchedAt),
    )
  )
    return no("KPI-listan är ogiltig", "the KPI list is invalid");
  const known = new Set(d.kpis.map((k) => k.id));
  if (known.size !== d.kpis.length) return no("KPI-listan har dubbletter", "the KPI list has duplicates");
  if (
    d.warnings !== undefined &&
    (!Array.isArray(d.warnings) || d.warnings.length > L.warnings || d.warnings.some((w) => typeof w !== "string" || w.length > L.warning))
  )
    return no("varningslistan är ogiltig", "the list of warnings is invalid");
  if (!Array.isArray(d.rows)) return no("rader saknas", "the rows are missing");
  if (d.rows.length > L.rows) return no(`för många rader (${d.rows.length})`, `too many rows (${d.rows.length})`);
  const seen = new Set<string>();
  for (const r of d.rows) {
    const ok =
      Array.isArray(r) &&
      r.length === 5 &&
      known.has(r[0]) &&
      typeof r[1] === "string" &&
      regionById(r[1]) !== undefined &&
      Number.isInteger(r[2]) &&
      r[2] >= 1900 &&
      r[2] <= 2100 &&
      (r[3] === "T" || r[3] === "K" || r[3] === "M") &&
      (r[4] === null || (typeof r[4] === "number" && Number.isFinite(r[4])));
    if (!ok) return no(`ogiltig rad ${JSON.stringify(r).slice(0, 80)}`, `invalid row ${JSON.stringify(r).slice(0, 80)}`);
    const key = `${r[0]}|${r[1]}|${r[2]}|${r[3]}`;
    if (seen.has(key)) return no(`dubblerad rad ${JSON.stringify(r).slice(0, 80)}`, `duplicate row ${JSON.stringify(r).slice(0, 80)}`);
    seen.add(key);
  }
  return {
    ok: true,
    snapshot: {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      source: typeof d.source === "string" ? d.source : "Kolada (RKA), https://www.kolada.se",
      baseUrl: typeof d.baseUrl === "string" ? d.baseUrl : "",
      fetchedAt: d.fetchedAt,
      kpis: d.kpis.map((k) => ({ id: k.id, title: k.title, fetchedAt: k.fetchedAt })),
      warnings: d.warnings ?? [],
      rows: d.rows,
      regions: [...new Set(d.rows.map((r) => r[1]))].sort(),
      years: [...new Set(d.rows.map((r) => r[2]))].sort((a, b) => a - b),
    },
  };
}

/**
 * Newer data on top of older: rows of `next` replace the same kpi/region/period/gender in `base`, KPI entries
 * are replaced by id, everything else in `base` is kept (so a failed or partial refresh loses nothing).
 */
export function mergeSnapshots(base: KoladaSnapshot | null, next: KoladaSnapshot): KoladaSnapshot {
  if (!base) return next;
  const key = (r: SnapshotRow) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}`;
  const rows = new Map(base.rows.map((r) => [key(r), r]));
  for (const r of next.rows) rows.set(key(r), r);
  const kpis = new Map(base.kpis.map((k) => [k.id, k]));
  for (const k of next.kpis) kpis.set(k.id, k);
  const merged = makeSnapshot({
    baseUrl: next.baseUrl,
    fetchedAt: next.fetchedAt > base.fetchedAt ? next.fetchedAt : base.fetchedAt,
    kpis: [],
    observations: [...rows.values()].map(([kpi, region, period, gender, value]) => ({ kpi, region, period, gender, value })),
    warnings: [...new Set([...next.warnings])],
  });
  return { ...merged, kpis: [...kpis.values()] };
}
