/**
 * The snapshot: what was fetched from Kolada, when and from where, in one JSON document. The build bundles
 * it (when IT has made one with `npm run kolada -- --snapshot`), the workbook stores it, the store reads it.
 * Rows are tuples [kpi, region, period, gender, value] to keep the file small; value null = no value.
 */
import type { Gender, KoladaObservation } from "./parse";
import type { KpiWarning } from "./catalogue";

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

const ISO = /^\d{4}-\d{2}-\d{2}T/;

/** Checks an untrusted document (bundled file, workbook part) and returns it typed, or why not (Swedish, English). */
export function readSnapshot(doc: unknown): { ok: true; snapshot: KoladaSnapshot } | { ok: false; reason: string; reasonEn: string } {
  const no = (reason: string, reasonEn: string) => ({ ok: false as const, reason, reasonEn });
  const d = doc as Partial<KoladaSnapshot>;
  if (!d || typeof d !== "object") return no("inte ett JSON-objekt", "not a JSON object");
  if (d.format !== SNAPSHOT_FORMAT) return no(`okänt format (${String(d.format)})`, `unknown format (${String(d.format)})`);
  if (d.version !== SNAPSHOT_VERSION) return no(`okänd version ${String(d.version)}`, `unknown version ${String(d.version)}`);
  if (typeof d.fetchedAt !== "string" || !ISO.test(d.fetchedAt)) return no("hämtningsdatum saknas", "the fetch date is missing");
  if (
    !Array.isArray(d.kpis) ||
    d.kpis.some((k) => typeof k?.id !== "string" || typeof k.title !== "string" || !ISO.test(k.fetchedAt ?? ""))
  )
    return no("KPI-listan är ogiltig", "the KPI list is invalid");
  if (!Array.isArray(d.rows)) return no("rader saknas", "the rows are missing");
  const known = new Set(d.kpis.map((k) => k.id));
  for (const r of d.rows) {
    const ok =
      Array.isArray(r) &&
      r.length === 5 &&
      known.has(r[0]) &&
      typeof r[1] === "string" &&
      Number.isInteger(r[2]) &&
      (r[3] === "T" || r[3] === "K" || r[3] === "M") &&
      (r[4] === null || (typeof r[4] === "number" && Number.isFinite(r[4])));
    if (!ok) return no(`ogiltig rad ${JSON.stringify(r).slice(0, 80)}`, `invalid row ${JSON.stringify(r).slice(0, 80)}`);
  }
  return {
    ok: true,
    snapshot: {
      ...(d as KoladaSnapshot),
      warnings: Array.isArray(d.warnings) ? d.warnings.filter((w) => typeof w === "string") : [],
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
