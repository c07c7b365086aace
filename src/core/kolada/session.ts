/**
 * The pane's Kolada session as plain state and actions (the view only renders it): network off until the
 * user turns it on, a probe on first use, refresh with progress that keeps the last good data on failure,
 * KPI title search and adding, and persisting fetched data (the pane passes a workbook writer).
 */
import { PINNED_KPIS, type KpiMeta } from "./catalogue";
import { KoladaClient, type ClientOptions, type FetchLike, type Progress } from "./client";
import { describeFailure, type KoladaErrorKind } from "./errors";
import { disableLive, enableLive, probe, refresh } from "./live";
import { REGION_IDS, RIKET } from "./regions";
import type { KoladaSnapshot } from "./snapshot";
import type { Locale } from "../i18n";
import type { KoladaStore } from "./store";

export type ProbeState = "idle" | "probing" | "live" | KoladaErrorKind;

export interface SessionState {
  network: boolean;
  probe: ProbeState;
  probeMessage?: string;
  busy: boolean;
  progress?: Progress;
  error?: string;
  notice?: string;
  warnings: string[];
  kpis: { id: string; title: string; pinned: boolean }[];
  years: { from: number; to: number };
  search: { busy: boolean; results: KpiMeta[]; error?: string; done: boolean };
}

export interface SessionDeps {
  fetch: FetchLike;
  store: KoladaStore;
  baseUrl?: string;
  /** Stores a fetched snapshot (in the workbook) and says how that went. */
  persist?: (s: KoladaSnapshot) => Promise<{ ok: boolean; message: string }>;
  now?: () => Date;
  /** Language of the messages (Swedish by default). */
  locale?: Locale;
  /** Client tuning (tests shorten back-off and spacing). */
  client?: Pick<ClientOptions, "sleep" | "minIntervalMs" | "retries">;
}

export class KoladaSession {
  private s: SessionState;
  private listeners = new Set<() => void>();
  private client: KoladaClient | null = null;

  constructor(private readonly deps: SessionDeps) {
    const last = (deps.now?.() ?? new Date()).getFullYear() - 1;
    this.s = {
      network: false,
      probe: "idle",
      busy: false,
      warnings: deps.store.snapshot?.warnings ?? [],
      kpis: PINNED_KPIS.map((k) => ({ id: k.id, title: k.title, pinned: true })),
      years: { from: last - 5, to: last },
      search: { busy: false, results: [], done: false },
    };
  }

  get state(): SessionState {
    return this.s;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<SessionState>): void {
    this.s = { ...this.s, ...patch };
    for (const l of this.listeners) l();
  }

  /** Turning on probes once; turning off stops all network use, including cells' batched fetches. */
  async setNetwork(on: boolean): Promise<void> {
    if (!on) {
      disableLive();
      this.client = null;
      this.set({ network: false });
      return;
    }
    this.set({ network: true, probe: "probing", probeMessage: undefined, error: undefined });
    const r = await probe(this.deps.fetch, this.deps.baseUrl);
    if (!this.s.network) return;
    if (r.ok) {
      // Values cells fetch (KOLADA with network on) are kept in the workbook too.
      const live = enableLive({ ...this.deps.client, fetch: this.deps.fetch, baseUrl: this.deps.baseUrl }, this.deps.store, {
        onFetched: () => void this.persist(),
      });
      this.client = live.client;
      this.set({ probe: "live", probeMessage: undefined });
    } else {
      this.set({ probe: r.error.kind, probeMessage: describeFailure(r.error, this.deps.locale) });
    }
  }

  setYears(from: number, to: number): void {
    if (Number.isInteger(from) && Number.isInteger(to) && from <= to && to - from < 25) this.set({ years: { from, to } });
  }

  /** Fetches the chosen KPIs for all 21 regions and Riket; on failure the store keeps what it had. */
  async refresh(): Promise<void> {
    if (!this.client || this.s.busy) return;
    const { from, to } = this.s.years;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    this.set({ busy: true, error: undefined, notice: undefined, progress: undefined });
    try {
      const r = await refresh(
        this.client,
        this.deps.store,
        { kpis: this.s.kpis.map((k) => k.id), regions: [...REGION_IDS, RIKET.id], years },
        {
          checkAll: true,
          locale: this.deps.locale,
          onProgress: (progress) => this.set({ progress }),
        },
      );
      this.set({ busy: false, warnings: r.warnings });
      await this.persist();
    } catch (e) {
      this.set({ busy: false, error: describeFailure(e, this.deps.locale) });
    }
  }

  private async persist(): Promise<void> {
    const snap = this.deps.store.snapshot;
    if (!this.deps.persist || !snap) return;
    try {
      const r = await this.deps.persist(snap);
      this.set(r.ok ? { notice: r.message } : { error: r.message });
    } catch (e) {
      this.set({ error: describeFailure(e, this.deps.locale) });
    }
  }

  async search(query: string): Promise<void> {
    if (!this.client || query.trim().length < 3) return;
    this.set({ search: { busy: true, results: [], done: false } });
    try {
      const results = (await this.client.searchKpis(query.trim())).filter((k) => !k.municipalityType || /L|A/.test(k.municipalityType));
      this.set({ search: { busy: false, results: results.slice(0, 50), done: true } });
    } catch (e) {
      this.set({ search: { busy: false, results: [], error: describeFailure(e, this.deps.locale), done: true } });
    }
  }

  addKpi(k: KpiMeta): void {
    if (!this.s.kpis.some((x) => x.id === k.id)) this.set({ kpis: [...this.s.kpis, { id: k.id, title: k.title, pinned: false }] });
  }

  removeKpi(id: string): void {
    if (!this.s.kpis.find((k) => k.id === id)?.pinned) this.set({ kpis: this.s.kpis.filter((k) => k.id !== id) });
  }
}
