import { checkKpis, kpiId, PINNED_KPIS } from "../../src/core/kolada/catalogue";
import { unlistedText, warningText } from "../../src/core/kolada/kpiWarnings";
import { KoladaClient } from "../../src/core/kolada/client";
import { disableLive, enableLive, probe, refresh } from "../../src/core/kolada/live";
import { findRegion, REGIONS, resolveRegion } from "../../src/core/kolada/regions";
import { koladaShare, SHARE_DEFINITION } from "../../src/core/kolada/share";
import { makeSnapshot, mergeSnapshots, readSnapshot } from "../../src/core/kolada/snapshot";
import { KoladaStore } from "../../src/core/kolada/store";
import { DomainError } from "../../src/core/util/errors";
import { messageFor } from "../../src/core/i18n";
import { fakeFetch, koladaHandler } from "./fixtureServer";

const Q = { kpis: ["N70059", "N70061", "N71000"], regions: ["0003", "0009"], years: [2022, 2023] };
const noWait = { sleep: async () => undefined, minIntervalMs: 0 };
const fixedNow = () => new Date("2026-05-04T08:00:00Z");

describe("the 21 regions", () => {
  it("has 21 regions with Kolada ids 00 + county code", () => {
    expect(REGIONS).toHaveLength(21);
    expect(REGIONS.map((r) => r.id)).toEqual([
      "0001",
      "0003",
      "0004",
      "0005",
      "0006",
      "0007",
      "0008",
      "0009",
      "0010",
      "0012",
      "0013",
      "0014",
      "0017",
      "0018",
      "0019",
      "0020",
      "0021",
      "0022",
      "0023",
      "0024",
      "0025",
    ]);
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(21);
  });
  it("finds names, aliases, letters, codes and ids", () => {
    for (const [input, id] of [
      ["Gotland", "0009"],
      ["region uppsala", "0003"],
      ["Västra Götalandsregionen", "0014"],
      ["VGR", "0014"],
      ["Jämtland", "0023"],
      ["Z", "0023"],
      ["08", "0008"],
      ["0025", "0025"],
      ["Örebro län", "0018"],
      ["riket", "0000"],
      ["SORMLAND", "0004"],
    ]) {
      expect(findRegion(input)?.id).toBe(id);
    }
  });
  it("suggests the closest region for a typo", () => {
    let e: DomainError | undefined;
    try {
      resolveRegion("Upsala");
    } catch (x) {
      e = x as DomainError;
    }
    if (!e) throw new Error("resolveRegion accepted a typo");
    expect(e.code).toBe("unknownEntity");
    expect(messageFor(e)).toContain('Menade du "Region Uppsala"?');
    expect(() => resolveRegion("Region Västerbotton")).toThrow(DomainError);
    try {
      resolveRegion("Region Västerbotton");
    } catch (x) {
      expect(messageFor(x as DomainError)).toContain("Region Västerbotten");
    }
  });
});

describe("pinned KPI catalogue", () => {
  it("pins the five KPIs with their titles", () => {
    expect(PINNED_KPIS.map((k) => k.id)).toEqual(["N71000", "N70061", "N72000", "N74000", "N70059"]);
    expect(kpiId(" n71000 ")).toBe("N71000");
    expect(kpiId("primarvard_andel")).toBeUndefined();
  });
  it("warns when a KPI is renamed or removed, not when only case or spacing differ", () => {
    const w = checkKpis(PINNED_KPIS, [
      { id: "N71000", title: "kostnad primärvård (exkl. läkemedel),  kr/inv" },
      { id: "N70061", title: "Nettokostnad hälso- och sjukvård, kr/inv" },
      ...PINNED_KPIS.slice(2, 4),
    ]);
    expect(w.map((x) => [x.kind, x.id])).toEqual([
      ["renamed", "N70061"],
      ["removed", "N70059"],
    ]);
    expect(warningText(w[0])).toContain("har bytt titel");
    expect(warningText(w[1])).toContain("finns inte längre i Kolada");
    // In the English pane.
    expect(warningText(w[0], "en")).toMatch(/^KPI N70061 has a new title: expected ”Nettokostnad/);
    expect(warningText(w[1], "en")).toContain("is no longer in Kolada");
    expect(unlistedText("N99999", "en")).toBe("KPI N99999 is not in Kolada.");
  });
});

describe("snapshot", () => {
  const snap = (fetchedAt: string, rows: [string, string, number, number | null][]) =>
    makeSnapshot({
      baseUrl: "https://api.kolada.se/v3",
      fetchedAt,
      kpis: [...new Set(rows.map((r) => r[0]))].map((id) => ({ id, title: `titel ${id}` })),
      observations: rows.map(([kpi, region, period, value]) => ({ kpi, region, period, gender: "T" as const, value })),
    });
  it("round-trips through JSON and refuses a damaged document", () => {
    const s = snap("2026-05-04T08:00:00.000Z", [
      ["N71000", "0009", 2022, 7215],
      ["N71000", "0009", 2023, null],
    ]);
    const back = readSnapshot(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual({ ok: true, snapshot: s });
    expect(readSnapshot({ ...s, rows: [["N71000", "0009", 2022, "T", "7215"]] })).toMatchObject({ ok: false });
    expect(readSnapshot({ ...s, rows: [["N99999", "0009", 2022, "T", 1]] })).toMatchObject({ ok: false });
    expect(readSnapshot({ ...s, format: "x" })).toMatchObject({ ok: false, reason: "okänt format (x)", reasonEn: "unknown format (x)" });
    expect(readSnapshot(null)).toMatchObject({ ok: false });
  });
  it("merges newer values over older and keeps the rest", () => {
    const a = snap("2026-01-01T00:00:00.000Z", [
      ["N71000", "0009", 2022, 1],
      ["N71000", "0003", 2022, 2],
    ]);
    const b = snap("2026-02-01T00:00:00.000Z", [
      ["N71000", "0009", 2022, 3],
      ["N70061", "0009", 2022, 4],
    ]);
    const m = mergeSnapshots(a, b);
    expect(m.rows).toEqual([
      ["N70061", "0009", 2022, "T", 4],
      ["N71000", "0003", 2022, "T", 2],
      ["N71000", "0009", 2022, "T", 3],
    ]);
    expect(m.kpis.map((k) => [k.id, k.fetchedAt])).toEqual([
      ["N71000", "2026-02-01T00:00:00.000Z"],
      ["N70061", "2026-02-01T00:00:00.000Z"],
    ]);
    expect(m.fetchedAt).toBe("2026-02-01T00:00:00.000Z");
  });
});

describe("refresh into the store, and the share", () => {
  it("fetches metadata only for KPIs without a known title, loads the store and computes the share", async () => {
    const f = fakeFetch((b) => koladaHandler(b));
    const client = new KoladaClient({ fetch: f.fetch, ...noWait });
    const store = new KoladaStore();
    const r = await refresh(client, store, Q, { now: fixedNow });
    expect(r.requests).toBe(2); // pinned titles are known: no metadata request; two data pages
    expect(r.warnings).toEqual([]);
    expect(store.lookup("N71000", "0009", 2022, "K")).toEqual({ kind: "value", value: 7930 });
    expect(store.lookup("N71000", "0009", 2023)).toEqual({ kind: "null" });
    expect(store.lookup("N70059", "0003", 2023)).toEqual({ kind: "missing" });
    expect(store.kpi("N71000")).toEqual({
      id: "N71000",
      title: "Kostnad primärvård (exkl. läkemedel), kr/inv",
      fetchedAt: "2026-05-04T08:00:00.000Z",
    });
    const uppsala = findRegion("Uppsala")!;
    // 5 840 / (33 450 − 3 310) = 0.193762…
    expect(koladaShare(store, uppsala, 2022)).toEqual({
      share: 5840 / (33450 - 3310),
      percent: 584000 / 30140,
      primary: 5840,
      total: 33450,
      medicines: 3310,
    });
    const deleted = koladaShare(store, uppsala, 2023) as DomainError;
    expect(messageFor(deleted)).toBe(
      "Kolada har inget värde för Region Uppsala 2023: N70059 saknas i hämtad data, så andelen kan inte beräknas.",
    );
    const nul = koladaShare(store, findRegion("Gotland")!, 2023) as DomainError;
    expect(messageFor(nul)).toContain("N71000 har inget värde (tomt i Kolada)");
    expect(SHARE_DEFINITION).toContain("N70061");
  });

  it("checks pinned titles when asked, and warns on a renamed KPI while keeping its values", async () => {
    const f = fakeFetch((b) => koladaHandler(b, { meta: "kpi-renamed.json" }));
    const store = new KoladaStore();
    const r = await refresh(new KoladaClient({ fetch: f.fetch, ...noWait }), store, Q, { now: fixedNow, checkAll: true });
    expect(r.requests).toBe(3);
    expect(r.warnings).toEqual([
      "KPI N70059 (”Nettokostnad läkemedel totalt (exkl. tandvård), kr/inv”) finns inte längre i Kolada.",
      "KPI N70061 (”Nettokostnad hälso- och sjukvård totalt (inkl. läkemedel), kr/inv”) finns inte längre i Kolada.",
      "KPI N71000 har bytt titel: väntad ”Kostnad primärvård (exkl. läkemedel), kr/inv”, Kolada anger nu ”Kostnad primärvård inkl. läkemedel, kr/inv”. Kontrollera att måttet fortfarande betyder samma sak.",
    ]);
    expect(store.kpi("N71000")!.title).toBe("Kostnad primärvård inkl. läkemedel, kr/inv");
    expect(store.snapshot!.warnings).toHaveLength(3);
    // Only where earlier values are loaded does the warning say they are kept.
    const again = await refresh(new KoladaClient({ fetch: f.fetch, ...noWait }), store, Q, { now: fixedNow, checkAll: true });
    expect(again.warnings[0]).toBe(
      "KPI N70059 (”Nettokostnad läkemedel totalt (exkl. tandvård), kr/inv”) finns inte längre i Kolada. Senast hämtade värden behålls.",
    );
    // The English pane gets them in English.
    const en = await refresh(new KoladaClient({ fetch: f.fetch, ...noWait }), new KoladaStore(), Q, {
      now: fixedNow,
      checkAll: true,
      locale: "en",
    });
    expect(en.warnings.map((w) => w.replace(/”[^”]*”/g, "…"))).toEqual([
      "KPI N70059 (…) is no longer in Kolada.",
      "KPI N70061 (…) is no longer in Kolada.",
      "KPI N71000 has a new title: expected …, Kolada now says …. Check that the measure still means the same.",
    ]);
  });

  it("an empty answer and a failed refresh keep the last good data", async () => {
    const store = new KoladaStore();
    await refresh(new KoladaClient({ fetch: fakeFetch((b) => koladaHandler(b)).fetch, ...noWait }), store, Q, { now: fixedNow });
    const before = store.snapshot;
    const empty = fakeFetch(() => () => ({ status: 200, body: '{"values":[],"count":0,"next_url":null}' }));
    const e = await refresh(new KoladaClient({ fetch: empty.fetch, ...noWait }), store, Q).catch((x) => x);
    expect(e.kind).toBe("empty");
    expect(e.message).toBe("Kolada returnerade inga värden för N70059, N70061, N71000 år 2022, 2023. Kontrollera KPI, regioner och år.");
    const down = fakeFetch(() => () => ({ status: 500, body: "" }));
    await expect(refresh(new KoladaClient({ fetch: down.fetch, retries: 0, ...noWait }), store, Q)).rejects.toMatchObject({
      kind: "server",
    });
    expect(store.snapshot).toBe(before);
  });
});

describe("first-use probe", () => {
  it("live when the KPI endpoint answers", async () => {
    expect(await probe(fakeFetch((b) => koladaHandler(b)).fetch)).toEqual({ ok: true, requests: 1 });
  });
  it("blocked when the call fails but a no-cors request goes through (CORS)", async () => {
    const fetch = async (_u: string, init?: { mode?: string }) => {
      if (init?.mode === "no-cors") return { ok: false, status: 0, headers: { get: () => null }, text: async () => "" };
      throw new TypeError("Failed to fetch");
    };
    const r = await probe(fetch);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe("blocked");
      expect(r.error.message).toContain("IT kan bygga in färska siffror");
      expect(r.error.message).not.toContain("npm");
    }
  });
  it("offline when nothing goes through", async () => {
    const r = await probe(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(r.ok || r.error.kind).toBe("offline");
  });
});

describe("cell batcher", () => {
  afterEach(() => disableLive());
  it("126 cells in one recalculation become one request; a second recalculation makes none", async () => {
    const { koladaStore } = await import("../../src/core/kolada/store");
    const { kolada } = await import("../../src/core/functions/kolada");
    koladaStore().clear();
    const f = fakeFetch((b) => koladaHandler(b));
    enableLive({ fetch: f.fetch, ...noWait });
    const cells: Promise<unknown>[] = [];
    for (let i = 0; i < 126; i++)
      cells.push(
        kolada(["N71000", "N70061", "N70059"][i % 3], ["Uppsala", "Gotland"][i % 2], 2022 + (Math.floor(i / 6) % 2)).catch((e) => e),
      );
    const out = await Promise.all(cells);
    expect(f.log).toHaveLength(2); // one request, answered on two fixture pages
    expect(new URL(f.log[0]).pathname).toBe("/v3/data/kpi/N70059,N70061,N71000/municipality/0003,0009/year/2022,2023");
    expect(out[0]).toEqual([[5840]]);
    expect(out[1]).toEqual([[38120]]);
    await Promise.all([kolada("N71000", "Uppsala", 2022), kolada("N71000", "Gotland")]);
    expect(f.log).toHaveLength(2);
    koladaStore().clear();
  });
});
