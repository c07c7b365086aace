/**
 * Live Kolada access, off until the user turns it on: the client, the cell batcher, a refresh that merges
 * into the store (keeping the last good data when it fails), and the first-use probe that finds out whether
 * this browser may call api.kolada.se at all.
 */
import { KoladaBatcher } from "./batcher";
import type { Locale } from "../i18n";
import { checkKpis, pinnedTitle, type KpiMeta } from "./catalogue";
import { unlistedText, warningText } from "./kpiWarnings";
import { KoladaClient, type ClientOptions, type DataNotice, type DataQuery, type FetchLike, type Progress } from "./client";
import { KoladaError } from "./errors";
import { makeSnapshot, type KoladaSnapshot } from "./snapshot";
import { koladaStore, type KoladaStore } from "./store";
import { regionById } from "./regions";

/** How many dropped rows a warning names before it only counts the rest. */
const NAMED = 5;

/**
 * What was dropped from Kolada's answer, as warnings: duplicates (the first value Kolada sent is kept) naming
 * KPI, region and year; ids that are not regions, with how many rows each had.
 */
export function noticeTexts(notices: DataNotice[], locale: Locale = "sv"): string[] {
  const en = locale === "en";
  const out: string[] = [];
  const dups = notices.filter((n): n is Extract<DataNotice, { kind: "duplicate" }> => n.kind === "duplicate");
  if (dups.length) {
    const v = (x: number | null) => (x === null ? (en ? "no value" : "inget värde") : String(x));
    const named = dups
      .slice(0, NAMED)
      .map(
        (d) =>
          `${d.kpi} ${regionById(d.region)?.name ?? d.region} ${d.period}${d.gender === "T" ? "" : ` (${d.gender})`}: ` +
          (en ? `kept ${v(d.kept)}, dropped ${v(d.dropped)}` : `behöll ${v(d.kept)}, släppte ${v(d.dropped)}`),
      )
      .join("; ");
    const more = dups.length > NAMED ? (en ? ` and ${dups.length - NAMED} more` : ` och ${dups.length - NAMED} till`) : "";
    out.push(
      en
        ? `Kolada sent the same KPI, region, year and gender more than once with different or equal values; the first value sent is kept: ${named}${more}.`
        : `Kolada skickade samma KPI, region, år och kön mer än en gång; det första värdet Kolada skickade behålls: ${named}${more}.`,
    );
  }
  for (const n of notices) {
    if (n.kind !== "unknownRegion") continue;
    out.push(
      en
        ? `Kolada sent ${n.rows} rows for ${n.region}, which is not one of the 21 regions or Riket (a municipality?); they are not used.`
        : `Kolada skickade ${n.rows} rader för ${n.region}, som inte är någon av de 21 regionerna eller Riket (en kommun?); de används inte.`,
    );
  }
  return out;
}

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
  const notices: DataNotice[] = [];
  const observations = await client.data(q, opts.onProgress, (n) => notices.push(n));
  warnings.push(...noticeTexts(notices, opts.locale));
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
