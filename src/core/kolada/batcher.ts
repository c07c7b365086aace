/**
 * Collects what many cells ask for during one recalculation and fetches it in one go: the union of KPIs,
 * regions and years becomes one data query (one request while each list fits 25 ids and the answer fits a
 * page). Keys already asked for are never fetched twice, so a value Kolada lacks cannot loop.
 */
import type { DataQuery } from "./client";

export interface Want {
  kpi: string;
  region: string;
  /** Omitted: the whole time series. */
  year?: number;
}

export type Fetcher = (q: DataQuery) => Promise<void>;

export class KoladaBatcher {
  private pending: Want[] = [];
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly asked = new Map<string, Promise<void>>();
  /** Batches sent, for the bench and tests. */
  batches = 0;

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
      this.pending.push(w);
      this.waiting.push({ resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), this.windowMs);
    });
    this.asked.set(k, p);
    p.catch(() => this.asked.delete(k)); // a failed fetch may be retried by the next recalculation
    return p;
  }

  private async flush(): Promise<void> {
    const wants = this.pending;
    const waiting = this.waiting;
    this.pending = [];
    this.waiting = [];
    this.timer = undefined;
    const series = wants.some((w) => w.year === undefined);
    const q: DataQuery = {
      kpis: [...new Set(wants.map((w) => w.kpi))].sort(),
      regions: [...new Set(wants.map((w) => w.region))].sort(),
      years: series ? undefined : [...new Set(wants.map((w) => w.year!))].sort((a, b) => a - b),
    };
    this.batches++;
    try {
      await this.fetcher(q);
      for (const w of waiting) w.resolve();
    } catch (e) {
      for (const w of waiting) w.reject(e);
    }
  }
}

function wantKey(w: Want): string {
  return `${w.kpi}|${w.region}|${w.year ?? "*"}`;
}
