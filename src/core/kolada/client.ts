/**
 * Kolada v3 client. The fetch function is injected, so the same code runs in the pane, the custom
 * functions and Node. Every comma list holds at most 25 ids; pages are followed by next_url until null, but
 * never past the rows the query can return (KPIs × regions × years); 429 and 5xx are retried with back-off
 * (Retry-After when given) while the waits stay within a budget, and a Retry-After beyond it fails at once,
 * saying when to retry; each request, body included, is bounded by one timeout and a timeout is not retried
 * (a server that did not answer in time will not answer sooner); requests are spaced to about 5 a second;
 * progress is reported per page. Rows are checked as they arrive: a duplicate (same KPI, region, year and
 * gender) keeps the first value Kolada sent, a row for an id that is not one of the 21 regions or Riket is
 * dropped, and both are reported (onNotice) naming what was dropped.
 */
import { KoladaError } from "./errors";
import { parseDataPage, parseKpiPage, type KoladaObservation, type Page } from "./parse";
import type { KpiMeta } from "./catalogue";
import { regionById } from "./regions";

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
  /** Retries after the first attempt for 429 and 5xx (a timeout is not retried). */
  retries?: number;
  backoffMs?: number;
  /** The most one request may wait between its retries in all; a longer Retry-After fails at once. */
  maxWaitMs?: number;
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

/** Something dropped from Kolada's answer, for the user to hear about. */
export type DataNotice =
  | { kind: "duplicate"; kpi: string; region: string; period: number; gender: string; kept: number | null; dropped: number | null }
  | { kind: "unknownRegion"; region: string; rows: number };

/** Years a query without years can return (Kolada's series start in the 1990s). */
export const MAX_SERIES_YEARS = 60;

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
      maxWaitMs: options.maxWaitMs ?? 30000,
      minIntervalMs: options.minIntervalMs ?? 200,
      sleep: options.sleep ?? realSleep,
      now: options.now ?? (() => Date.now()),
      online: options.online ?? (() => (typeof navigator === "undefined" ? true : navigator.onLine !== false)),
    };
  }

  /**
   * Every value for the query, in as few requests as the 25-id lists and the page size allow. Rows beyond what
   * the query can return, duplicates and unknown regions never reach the answer (see the file's comment).
   */
  async data(q: DataQuery, onProgress?: (p: Progress) => void, onNotice?: (n: DataNotice) => void): Promise<KoladaObservation[]> {
    const kpis = chunks([...new Set(q.kpis)]);
    const regions = chunks([...new Set(q.regions)]);
    const years = q.years ? chunks([...new Set(q.years)].sort((a, b) => a - b)) : [undefined];
    const lists: { path: string; rows: number }[] = [];
    for (const k of kpis)
      for (const r of regions)
        for (const y of years)
          lists.push({
            path: `/data/kpi/${k.join(",")}/municipality/${r.join(",")}${y ? `/year/${y.join(",")}` : ""}`,
            rows: k.length * r.length * (y ? y.length : MAX_SERIES_YEARS),
          });
    const out: KoladaObservation[] = [];
    const seen = new Map<string, KoladaObservation>();
    const unknown = new Map<string, number>();
    let done = 0;
    for (const list of lists) {
      await this.pages(
        this.withPaging(list.path),
        parseDataPage,
        (items) => {
          for (const o of items) {
            if (!regionById(o.region)) {
              unknown.set(o.region, (unknown.get(o.region) ?? 0) + 1);
              continue;
            }
            const key = `${o.kpi}|${o.region}|${o.period}|${o.gender}`;
            const first = seen.get(key);
            if (first) {
              onNotice?.({
                kind: "duplicate",
                kpi: o.kpi,
                region: o.region,
                period: o.period,
                gender: o.gender,
                kept: first.value,
                dropped: o.value,
              });
              continue;
            }
            seen.set(key, o);
            out.push(o);
          }
          onProgress?.({ done, total: lists.length, requests: this.requests, rows: out.length });
        },
        list.rows,
      );
      done++;
      onProgress?.({ done, total: lists.length, requests: this.requests, rows: out.length });
    }
    for (const [region, rows] of unknown) onNotice?.({ kind: "unknownRegion", region, rows });
    return out;
  }

  /** Metadata for KPI ids (missing ids are simply absent from the answer). */
  async kpis(ids: readonly string[]): Promise<KpiMeta[]> {
    const out: KpiMeta[] = [];
    for (const c of chunks([...new Set(ids)]))
      await this.pages(this.withPaging(`/kpi/${c.join(",")}`), parseKpiPage, (i) => pushAll(out, i), MAX_SEARCH_ROWS);
    return out;
  }

  /** KPIs whose title contains the text, as Kolada's search finds them. */
  async searchKpis(title: string): Promise<KpiMeta[]> {
    const out: KpiMeta[] = [];
    await this.pages(this.withPaging(`/kpi?title=${encodeURIComponent(title)}`), parseKpiPage, (i) => pushAll(out, i), MAX_SEARCH_ROWS);
    return out;
  }

  private withPaging(path: string): string {
    return `${this.baseUrl}${path}${path.includes("?") ? "&" : "?"}per_page=${this.o.perPage}`;
  }

  /**
   * Follows next_url while pages bring rows, never past twice `maxRows` (what the query can return, and as
   * much again for duplicates and rows of other ids, which data() drops with a warning): a server that sends
   * more, repeats a page or links on from an empty page is stopped, and the message says why.
   */
  private async pages<T>(
    first: string,
    parse: (text: string, maxRows: number) => Page<T>,
    onPage: (items: T[]) => void,
    maxRows: number,
  ): Promise<void> {
    const seen = new Set<string>();
    let rows = 0;
    const limit = 2 * maxRows;
    for (let url: string | null = first; url;) {
      if (seen.has(url))
        throw new KoladaError("malformed", {
          detail: "next_url pekar tillbaka på en redan hämtad sida",
          detailEn: "next_url points back to a page already fetched",
        });
      seen.add(url);
      const page = parse(await this.get(url), limit - rows);
      rows += page.rows;
      if (rows > limit)
        throw new KoladaError("malformed", {
          detail: `fler rader (${rows} efter ${seen.size} sidor) än frågan kan ge (högst ${limit}); hämtningen stoppades`,
          detailEn: `more rows (${rows} after ${seen.size} pages) than the query can return (at most ${limit}); fetching stopped`,
        });
      onPage(page.items);
      url = page.next ? this.follow(page.next) : null;
      if (url && page.rows === 0)
        throw new KoladaError("malformed", {
          detail: `sida ${seen.size} är tom men har next_url; hämtningen stoppades`,
          detailEn: `page ${seen.size} is empty but has a next_url; fetching stopped`,
        });
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

  /**
   * One GET with spacing, timeout and retries; the body as text. The timeout covers the whole request, body
   * included, and is not retried. 429 and 5xx are retried while the waits fit in maxWaitMs; a Retry-After
   * beyond that fails at once with the time to retry.
   */
  async get(url: string): Promise<string> {
    const attempts = this.o.retries + 1;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      await this.space();
      const res = await this.once(url);
      if (res.ok) return res.text;
      const retryable = res.status === 429 || res.status >= 500;
      const retryAfter = retryAfterMs(res.retryAfter, this.o.now());
      if (res.status === 429 && retryAfter !== null && retryAfter > this.o.maxWaitMs - waited) {
        throw new KoladaError("rateLimited", {
          attempts: attempt,
          retryAt: new Date(this.o.now() + retryAfter).toISOString(),
        });
      }
      const wait = this.backoff(attempt, retryAfter);
      if (retryable && attempt < attempts && waited + wait <= this.o.maxWaitMs) {
        waited += wait;
        await this.o.sleep(wait);
        continue;
      }
      if (res.status === 429) throw new KoladaError("rateLimited", { attempts: attempt });
      if (res.status >= 500) throw new KoladaError("server", { status: res.status, attempts: attempt });
      if (res.status === 410) throw new KoladaError("gone", { url });
      throw new KoladaError("http", { status: res.status, url });
    }
  }

  /** One request under one timer: headers and (for an answer that is ok) the whole body. */
  private async once(url: string): Promise<{ ok: boolean; status: number; retryAfter: string | null; text: string }> {
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
    const request = async () => {
      let res: ResponseLike;
      try {
        res = await this.o.fetch(url, { signal: ctrl?.signal, headers: { Accept: "application/json" } });
      } catch (e) {
        if (!this.o.online()) throw new KoladaError("offline", {});
        throw new KoladaError("network", { detail: e instanceof Error ? e.message : String(e) });
      }
      let text = "";
      if (res.ok) {
        try {
          text = await res.text();
        } catch (e) {
          throw new KoladaError("network", { detail: e instanceof Error ? e.message : String(e) });
        }
      }
      return { ok: res.ok, status: res.status, retryAfter: res.headers.get("retry-after"), text };
    };
    const attempt = request();
    try {
      return await Promise.race([attempt, timeout]);
    } catch (e) {
      attempt.catch(() => undefined); // the aborted request's own rejection, after the timeout won
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  private async space(): Promise<void> {
    const wait = this.last + this.o.minIntervalMs - this.o.now();
    if (wait > 0) await this.o.sleep(wait);
  }

  private backoff(attempt: number, retryAfter: number | null): number {
    return Math.min(retryAfter ?? this.o.backoffMs * 2 ** (attempt - 1), 60000);
  }
}

/** KPI rows a metadata request or title search may return (Kolada has about 6 000 KPIs; extra ones are ignored). */
const MAX_SEARCH_ROWS = 20000;

/** Appends without spreading (a page of 250 000 rows spread into push overflows the call stack). */
function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
}

/** Retry-After in milliseconds from now: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const h = header.trim();
  if (/^\d+(\.\d+)?$/.test(h)) return Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isFinite(t) && /[a-z]/i.test(h) ? Math.max(0, t - now) : null;
}
