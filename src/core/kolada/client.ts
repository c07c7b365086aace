/**
 * Kolada v3 client. The fetch function is injected, so the same code runs in the pane, the custom
 * functions and Node. Every comma list holds at most 25 ids; pages are followed by next_url until null;
 * 429 and 5xx are retried with back-off (Retry-After when given); each request times out; requests are
 * spaced to about 5 a second; progress is reported per page.
 */
import { KoladaError } from "./errors";
import { parseDataPage, parseKpiPage, type KoladaObservation, type Page } from "./parse";
import type { KpiMeta } from "./catalogue";

export const DEFAULT_BASE_URL = "https://api.kolada.se/v3";
/** Kolada's limit for ids in one comma-separated list. */
export const MAX_IDS = 25;
/** The largest page Kolada serves. */
export const MAX_PER_PAGE = 5000;

export interface ResponseLike {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string>; mode?: "cors" | "no-cors" },
) => Promise<ResponseLike>;

export interface ClientOptions {
  fetch: FetchLike;
  baseUrl?: string;
  perPage?: number;
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx and timeouts. */
  retries?: number;
  backoffMs?: number;
  /** Minimum time between two requests (200 ms ≈ 5 a second). */
  minIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Whether the machine says it is online (navigator.onLine in a browser). */
  online?: () => boolean;
}

export interface Progress {
  /** Id-list combinations finished and in all. */
  done: number;
  total: number;
  requests: number;
  rows: number;
}

export interface DataQuery {
  kpis: readonly string[];
  regions: readonly string[];
  /** Omitted: every year Kolada has. */
  years?: readonly number[];
}

export function chunks<T>(items: readonly T[], size = MAX_IDS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class KoladaClient {
  /** HTTP requests made by this client, retries included. */
  requests = 0;
  readonly baseUrl: string;
  private readonly o: Required<Omit<ClientOptions, "baseUrl">>;
  private last = -Infinity;

  constructor(options: ClientOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.o = {
      fetch: options.fetch,
      perPage: Math.min(options.perPage ?? MAX_PER_PAGE, MAX_PER_PAGE),
      timeoutMs: options.timeoutMs ?? 20000,
      retries: options.retries ?? 4,
      backoffMs: options.backoffMs ?? 1000,
      minIntervalMs: options.minIntervalMs ?? 200,
      sleep: options.sleep ?? realSleep,
      now: options.now ?? (() => Date.now()),
      online: options.online ?? (() => (typeof navigator === "undefined" ? true : navigator.onLine !== false)),
    };
  }

  /** Every value for the query, in as few requests as the 25-id lists and the page size allow. */
  async data(q: DataQuery, onProgress?: (p: Progress) => void): Promise<KoladaObservation[]> {
    const kpis = chunks([...new Set(q.kpis)]);
    const regions = chunks([...new Set(q.regions)]);
    const years = q.years ? chunks([...new Set(q.years)].sort((a, b) => a - b)) : [undefined];
    const urls: string[] = [];
    for (const k of kpis)
      for (const r of regions)
        for (const y of years) urls.push(`/data/kpi/${k.join(",")}/municipality/${r.join(",")}${y ? `/year/${y.join(",")}` : ""}`);
    const out: KoladaObservation[] = [];
    let done = 0;
    for (const path of urls) {
      await this.pages(this.withPaging(path), parseDataPage, (items) => {
        out.push(...items);
        onProgress?.({ done, total: urls.length, requests: this.requests, rows: out.length });
      });
      done++;
      onProgress?.({ done, total: urls.length, requests: this.requests, rows: out.length });
    }
    return out;
  }

  /** Metadata for KPI ids (missing ids are simply absent from the answer). */
  async kpis(ids: readonly string[]): Promise<KpiMeta[]> {
    const out: KpiMeta[] = [];
    for (const c of chunks([...new Set(ids)]))
      await this.pages(this.withPaging(`/kpi/${c.join(",")}`), parseKpiPage, (i) => out.push(...i));
    return out;
  }

  /** KPIs whose title contains the text, as Kolada's search finds them. */
  async searchKpis(title: string): Promise<KpiMeta[]> {
    const out: KpiMeta[] = [];
    await this.pages(this.withPaging(`/kpi?title=${encodeURIComponent(title)}`), parseKpiPage, (i) => out.push(...i));
    return out;
  }

  private withPaging(path: string): string {
    return `${this.baseUrl}${path}${path.includes("?") ? "&" : "?"}per_page=${this.o.perPage}`;
  }

  private async pages<T>(first: string, parse: (text: string) => Page<T>, onPage: (items: T[]) => void): Promise<void> {
    const seen = new Set<string>();
    for (let url: string | null = first; url;) {
      if (seen.has(url))
        throw new KoladaError("malformed", {
          detail: "next_url pekar tillbaka på en redan hämtad sida",
          detailEn: "next_url points back to a page already fetched",
        });
      seen.add(url);
      const page = parse(await this.get(url));
      onPage(page.items);
      url = page.next ? this.follow(page.next) : null;
    }
  }

  /** next_url stays on Kolada's host: relative links resolve against the base, a foreign host is refused. */
  private follow(next: string): string {
    const base = new URL(this.baseUrl);
    const u = new URL(next, `${this.baseUrl}/`);
    if (u.hostname !== base.hostname)
      throw new KoladaError("malformed", {
        detail: `next_url pekar på en annan värd (${u.hostname})`,
        detailEn: `next_url points to another host (${u.hostname})`,
      });
    u.protocol = base.protocol;
    u.host = base.host;
    return u.toString();
  }

  /** One GET with spacing, timeout and retries; the body as text. */
  async get(url: string): Promise<string> {
    const attempts = this.o.retries + 1;
    for (let attempt = 1; ; attempt++) {
      await this.space();
      let res: ResponseLike;
      try {
        res = await this.once(url);
      } catch (e) {
        if (e instanceof KoladaError && e.kind === "timeout" && attempt < attempts) {
          await this.o.sleep(this.backoff(attempt, null));
          continue;
        }
        throw e;
      }
      if (res.ok) return this.body(res);
      const retryable = res.status === 429 || res.status >= 500;
      if (retryable && attempt < attempts) {
        await this.o.sleep(this.backoff(attempt, res.headers.get("retry-after")));
        continue;
      }
      if (res.status === 429) throw new KoladaError("rateLimited", { attempts: attempt });
      if (res.status >= 500) throw new KoladaError("server", { status: res.status, attempts: attempt });
      if (res.status === 410) throw new KoladaError("gone", { url });
      throw new KoladaError("http", { status: res.status, url });
    }
  }

  private async body(res: ResponseLike): Promise<string> {
    try {
      return await res.text();
    } catch (e) {
      throw new KoladaError("network", { detail: e instanceof Error ? e.message : String(e) });
    }
  }

  private async once(url: string): Promise<ResponseLike> {
    const ctrl = typeof AbortController === "undefined" ? undefined : new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        ctrl?.abort();
        reject(new KoladaError("timeout", { seconds: Math.round(this.o.timeoutMs / 100) / 10 }));
      }, this.o.timeoutMs);
    });
    this.requests++;
    this.last = this.o.now();
    try {
      return await Promise.race([this.o.fetch(url, { signal: ctrl?.signal, headers: { Accept: "application/json" } }), timeout]);
    } catch (e) {
      if (e instanceof KoladaError) throw e;
      if (!this.o.online()) throw new KoladaError("offline", {});
      throw new KoladaError("network", { detail: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
    }
  }

  private async space(): Promise<void> {
    const wait = this.last + this.o.minIntervalMs - this.o.now();
    if (wait > 0) await this.o.sleep(wait);
  }

  private backoff(attempt: number, retryAfter: string | null): number {
    const s = retryAfter !== null && /^\d+(\.\d+)?$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : NaN;
    return Math.min(Number.isFinite(s) ? s : this.o.backoffMs * 2 ** (attempt - 1), 60000);
  }
}
