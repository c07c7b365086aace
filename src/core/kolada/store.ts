/**
 * The Kolada data the add-in answers from: one snapshot (bundled, from the workbook, or fetched), indexed for
 * Map lookups. One store per runtime, shared by the pane and the custom functions. Loading never discards
 * data: new values are merged on top, so a failed refresh keeps the last good answers.
 */
import type { Gender } from "./parse";
import { mergeSnapshots, type KoladaSnapshot, type SnapshotKpi } from "./snapshot";

export type Origin = "bundled" | "workbook" | "live";

export type Lookup = { kind: "value"; value: number } | { kind: "null" } | { kind: "missing" };

export class KoladaStore {
  private snap: KoladaSnapshot | null = null;
  private index = new Map<string, number | null>();
  private kpiIndex = new Map<string, SnapshotKpi>();
  private listeners = new Set<() => void>();
  origin: Origin | null = null;
  /** What happened when data was last restored (workbook or bundled file), for the pane; null when nothing to say. */
  note: string | null = null;

  get snapshot(): KoladaSnapshot | null {
    return this.snap;
  }

  get loaded(): boolean {
    return this.snap !== null && this.snap.rows.length > 0;
  }

  load(s: KoladaSnapshot, origin: Origin): void {
    this.snap = mergeSnapshots(this.snap, s);
    this.origin = origin;
    this.index = new Map(this.snap.rows.map((r) => [key(r[0], r[1], r[2], r[3]), r[4]]));
    this.kpiIndex = new Map(this.snap.kpis.map((k) => [k.id, k]));
    for (const l of this.listeners) l();
  }

  clear(): void {
    this.snap = null;
    this.origin = null;
    this.note = null;
    this.index.clear();
    this.kpiIndex.clear();
    for (const l of this.listeners) l();
  }

  /** A stable function (React's useSyncExternalStore resubscribes when it changes). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  lookup(kpi: string, region: string, period: number, gender: Gender = "T"): Lookup {
    const k = key(kpi, region, period, gender);
    if (!this.index.has(k)) return { kind: "missing" };
    const v = this.index.get(k)!;
    return v === null ? { kind: "null" } : { kind: "value", value: v };
  }

  kpi(id: string): SnapshotKpi | undefined {
    return this.kpiIndex.get(id);
  }

  /** Years held for kpi × region × gender, ascending, with their values (null = no value). */
  series(kpi: string, region: string, gender: Gender = "T"): { period: number; value: number | null }[] {
    return (this.snap?.rows ?? [])
      .filter((r) => r[0] === kpi && r[1] === region && r[3] === gender)
      .map((r) => ({ period: r[2], value: r[4] }))
      .sort((a, b) => a.period - b.period);
  }
}

function key(kpi: string, region: string, period: number, gender: string): string {
  return `${kpi}|${region}|${period}|${gender}`;
}

let shared: KoladaStore | undefined;

/** The runtime's store (pane and custom functions share one JavaScript runtime). */
export function koladaStore(): KoladaStore {
  return (shared ??= new KoladaStore());
}

/** What is loaded, for the pane: KPIs with titles, how many regions, the years and the fetch date. */
export function loadedSummary(
  store: KoladaStore,
): { kpis: string[]; regions: number; years: string; fetchedAt: string; origin: Origin } | null {
  const s = store.snapshot;
  if (!s || s.rows.length === 0 || !store.origin) return null;
  return {
    kpis: s.kpis.map((k) => `${k.id} ${k.title}`),
    regions: s.regions.length,
    years: s.years.length > 1 ? `${s.years[0]}–${s.years.at(-1)}` : String(s.years[0]),
    fetchedAt: s.fetchedAt.slice(0, 10),
    origin: store.origin,
  };
}
