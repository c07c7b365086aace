/**
 * Live Kolada access, off until the user turns it on: the client, the cell batcher, a refresh that merges
 * into the store (keeping the last good data when it fails), and the first-use probe that finds out whether
 * this browser may call api.kolada.se at all.
 */
import { KoladaBatcher } from "./batcher";
import type { Locale } from "../i18n";
import { checkKpis, pinnedTitle, type KpiMeta } from "./catalogue";
import { unlistedText, warningText } from "./kpiWarnings";
import { KoladaClient, type ClientOptions, type DataQuery, type FetchLike, type Progress } from "./client";
import { KoladaError } from "./errors";
import { makeSnapshot, type KoladaSnapshot } from "./snapshot";
import { koladaStore, type KoladaStore } from "./store";

export interface RefreshResult {
  snapshot: KoladaSnapshot;
  warnings: string[];
  requests: number;
}

/** Fetches the query (and metadata for KPIs whose title is not yet known), checks pins, merges into the store. */
export async function refresh(
  client: KoladaClient,
  store: KoladaStore,
  q: DataQuery,
  opts: { onProgress?: (p: Progress) => void; now?: () => Date; checkAll?: boolean; locale?: Locale } = {},
): Promise<RefreshResult> {
  const before = client.requests;
  const titleOf = (id: string) => store.kpi(id)?.title ?? pinnedTitle(id);
  const unknown = q.kpis.filter((id) => opts.checkAll || !titleOf(id));
  const meta: KpiMeta[] = unknown.length ? await client.kpis(unknown) : [];
  const expected = unknown.flatMap((id) => {
    const t = titleOf(id);
    return t ? [{ id, title: t }] : [];
  });
  const warnings = checkKpis(expected, meta).map((w) => warningText(w, opts.locale, store.kpi(w.id) !== undefined));
  const unlisted = unknown.filter((id) => !titleOf(id) && !meta.some((m) => m.id === id));
  for (const id of unlisted) warnings.push(unlistedText(id, opts.locale));
  const observations = await client.data(q, opts.onProgress);
  if (observations.length === 0) {
    throw new KoladaError("empty", { what: `${q.kpis.join(", ")}${q.years ? ` år ${q.years.join(", ")}` : ""}` });
  }
  const got = new Set(observations.map((o) => o.kpi));
  const snapshot = makeSnapshot({
    baseUrl: client.baseUrl,
    fetchedAt: (opts.now?.() ?? new Date()).toISOString(),
    kpis: q.kpis
      .filter((id) => got.has(id))
      .map((id) => ({
        id,
        title:
          meta.find((m) => m.id === id)?.title ??
          titleOf(id) ??
          `${id} (${opts.locale === "en" ? "title not fetched" : "titel ej hämtad"})`,
      })),
    observations,
    warnings,
  });
  store.load(snapshot, "live");
  return { snapshot, warnings, requests: client.requests - before };
}

interface Live {
  client: KoladaClient;
  batcher: KoladaBatcher;
}

let live: Live | null = null;

/** Turns network access on for this runtime (the pane does this when the user asks). */
export function enableLive(
  options: ClientOptions,
  store: KoladaStore = koladaStore(),
  opts: { windowMs?: number; onFetched?: () => void } = {},
): Live {
  const client = new KoladaClient(options);
  const fetcher = async (q: DataQuery) => {
    await refresh(client, store, q);
    opts.onFetched?.();
  };
  live = { client, batcher: new KoladaBatcher(fetcher, opts.windowMs) };
  return live;
}

export function disableLive(): void {
  live = null;
}

export function liveAccess(): Live | null {
  return live;
}

export type ProbeResult = { ok: true; requests: number } | { ok: false; error: KoladaError };

/**
 * One small request. When it fails without an HTTP answer, a no-cors request to the same address tells a
 * blocked call (the server is reachable, the browser refuses to hand over the answer) from no network.
 */
export async function probe(fetchFn: FetchLike, baseUrl?: string, timeoutMs = 10000): Promise<ProbeResult> {
  const client = new KoladaClient({ fetch: fetchFn, baseUrl, retries: 1, timeoutMs, minIntervalMs: 0 });
  try {
    await client.kpis(["N71000"]);
    return { ok: true, requests: client.requests };
  } catch (e) {
    if (!(e instanceof KoladaError)) throw e;
    if (e.kind !== "network") return { ok: false, error: e };
    try {
      await fetchFn(`${client.baseUrl}/kpi/N71000`, { mode: "no-cors" });
      return { ok: false, error: new KoladaError("blocked", {}) };
    } catch {
      return { ok: false, error: new KoladaError("offline", {}) };
    }
  }
}
