/**
 * Collects what many cells ask for during one recalculation and fetches what was asked: the wants are grouped
 * by KPI, KPIs asking for the same regions and years share a query (up to 25 KPIs, Kolada's list limit), and
 * each query is its own fetch. So 2 000 KPIs asked for a few regions each fetch those regions, not every
 * region for every KPI; a cell answers as soon as its query is in, and a failed query fails only its cells.
 * Keys already asked for are never fetched twice, so a value Kolada lacks cannot loop.
 */
import { MAX_IDS, type DataQuery } from "./client";

export interface Want {
  kpi: string;
  region: string;
  /** Omitted: the whole time series. */
  year?: number;
}

export type Fetcher = (q: DataQuery) => Promise<void>;

interface Waiting {
  want: Want;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class KoladaBatcher {
  private pending: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly asked = new Map<string, Promise<void>>();
  /** Windows flushed, and queries sent, for the bench and tests. */
  batches = 0;
  queries = 0;

  constructor(
    private readonly fetcher: Fetcher,
    /** How long to gather cells before sending; Excel calls a recalculation's functions back to back. */
    private readonly windowMs = 10,
  ) {}

  /** Resolves when a fetch covering this want has finished (successfully or not: then it rejects). */
  request(w: Want): Promise<void> {
    const k = wantKey(w);
    const seen = this.asked.get(k) ?? (w.year !== undefined ? this.asked.get(wantKey({ ...w, year: undefined })) : undefined);
    if (seen) return seen;
    const p = new Promise<void>((resolve, reject) => {
      this.pending.push({ want: w, resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), this.windowMs);
    });
    this.asked.set(k, p);
    p.catch(() => this.asked.delete(k)); // a failed fetch may be retried by the next recalculation
    return p;
  }

  private async flush(): Promise<void> {
    const waiting = this.pending;
    this.pending = [];
    this.timer = undefined;
    this.batches++;
    for (const { q, cells } of plan(waiting)) {
      this.queries++;
      try {
        await this.fetcher(q);
        for (const c of cells) c.resolve();
      } catch (e) {
        for (const c of cells) c.reject(e);
      }
    }
  }
}

/** The queries for a window's wants: per KPI its regions and years; KPIs with the same ones share a query. */
function plan(waiting: Waiting[]): { q: DataQuery; cells: Waiting[] }[] {
  const byKpi = new Map<string, { regions: Set<string>; years: Set<number>; series: boolean; cells: Waiting[] }>();
  for (const c of waiting) {
    let k = byKpi.get(c.want.kpi);
    if (!k) byKpi.set(c.want.kpi, (k = { regions: new Set(), years: new Set(), series: false, cells: [] }));
    k.regions.add(c.want.region);
    if (c.want.year === undefined) k.series = true;
    else k.years.add(c.want.year);
    k.cells.push(c);
  }
  const groups = new Map<string, { regions: string[]; years?: number[]; kpis: string[] }>();
  for (const [kpi, k] of byKpi) {
    const regions = [...k.regions].sort();
    const years = k.series ? undefined : [...k.years].sort((a, b) => a - b);
    const sig = `${regions.join(",")}|${years ? years.join(",") : "*"}`;
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = { regions, years, kpis: [] }));
    g.kpis.push(kpi);
  }
  const out: { q: DataQuery; cells: Waiting[] }[] = [];
  for (const g of groups.values()) {
    const kpis = g.kpis.sort();
    for (let i = 0; i < kpis.length; i += MAX_IDS) {
      const part = kpis.slice(i, i + MAX_IDS);
      out.push({
        q: { kpis: part, regions: g.regions, years: g.years },
        cells: part.flatMap((kpi) => byKpi.get(kpi)!.cells),
      });
    }
  }
  return out;
}

function wantKey(w: Want): string {
  return `${w.kpi}|${w.region}|${w.year ?? "*"}`;
}
