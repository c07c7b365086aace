import { catalog } from "../../src/core/dataset/lookup";
import { KoladaClient } from "../../src/core/kolada/client";
import { refresh } from "../../src/core/kolada/live";
import { KoladaSession } from "../../src/core/kolada/session";
import { koladaStore, KoladaStore } from "../../src/core/kolada/store";
import { koladaComparisonGaps, koladaComparisonPlan, latestKoladaYear } from "../../src/core/workbook/koladaPlan";
import { insertComparison, KOLADA_NS, restoreFromWorkbook, saveAndRecalculate, snapshotFromXml, snapshotXml } from "../../src/excel/kolada";
import { setWriterLanguage } from "../../src/excel/language";
import { FakeContext, withXmlParts } from "../excel/fakeExcel";
import { fakeFetch, koladaHandler } from "./fixtureServer";

const noWait = { sleep: async () => undefined, minIntervalMs: 0 };
const Q = { kpis: ["N70059", "N70061", "N71000"], regions: ["0003", "0009"], years: [2022, 2023] };

async function fixtureStore(store = new KoladaStore()) {
  await refresh(new KoladaClient({ fetch: fakeFetch((b) => koladaHandler(b)).fetch, ...noWait }), store, Q, {
    now: () => new Date("2026-05-04T08:00:00Z"),
  });
  return store;
}

afterEach(() => koladaStore().clear());

describe("Kolada data kept in the workbook", () => {
  it("saves one custom XML part, replaces it on the next save, and a reopened workbook answers offline", async () => {
    const store = await fixtureStore(koladaStore());
    const ctx = new FakeContext();
    const x = withXmlParts(ctx);
    const r1 = await saveAndRecalculate(store.snapshot!, ctx.run);
    expect(r1.ok).toBe(true);
    expect(r1.message).toBe("Kolada-data sparad i arbetsboken (13 värden).");
    await saveAndRecalculate(store.snapshot!, ctx.run);
    expect(x.parts).toHaveLength(1);
    expect(x.parts[0].ns).toBe(KOLADA_NS);
    expect(x.calculations()).toBe(2);

    // "Reopen": an empty store, the same workbook, no network.
    const saved = store.snapshot;
    koladaStore().clear();
    await restoreFromWorkbook(ctx.run);
    expect(koladaStore().origin).toBe("workbook");
    expect(koladaStore().snapshot).toEqual(saved);
    expect(koladaStore().note).toBe("Kolada-data från arbetsboken laddad (hämtad 2026-05-04).");
    expect(koladaStore().lookup("N71000", "0009", 2022)).toEqual({ kind: "value", value: 7215 });
  });

  it("a workbook without the part loads nothing; a damaged part is reported, not used", async () => {
    const ctx = new FakeContext();
    const x = withXmlParts(ctx);
    await restoreFromWorkbook(ctx.run);
    expect(koladaStore().loaded).toBe(false);
    expect(koladaStore().note).toBeNull();
    x.parts.push({ id: "bad", ns: KOLADA_NS, xml: `<koladaSnapshot xmlns="${KOLADA_NS}">{not json</koladaSnapshot>` });
    await restoreFromWorkbook(ctx.run);
    expect(koladaStore().loaded).toBe(false);
    expect(koladaStore().note).toContain("kunde inte läsas");
    // In the English pane, with the reason in English too.
    x.parts.splice(0, 1, { id: "old", ns: KOLADA_NS, xml: `<koladaSnapshot xmlns="${KOLADA_NS}">{"format":"x"}</koladaSnapshot>` });
    setWriterLanguage("en");
    try {
      await restoreFromWorkbook(ctx.run);
    } finally {
      setWriterLanguage("sv");
    }
    expect(koladaStore().note).toBe("The workbook's Kolada data could not be read (unknown format (x)); it is not used.");
  });

  it("XML escaping round-trips titles with <, > and &", async () => {
    const store = await fixtureStore();
    const s = { ...store.snapshot!, kpis: store.snapshot!.kpis.map((k) => ({ ...k, title: `${k.title} <a & b>` })) };
    const back = snapshotFromXml(snapshotXml(s));
    expect(back.ok && back.snapshot.kpis[0].title).toContain("<a & b>");
  });
});

describe("comparison of all regions", () => {
  it("plans 21 regions + Riket with cost, the own share beside the report's, a source per row and two charts", async () => {
    const store = await fixtureStore();
    expect(latestKoladaYear(store)).toBe(2023);
    const plan = koladaComparisonPlan(store, catalog(), 2022);
    const t = plan.tables[0];
    expect(t.rows).toHaveLength(22);
    const gotland = t.rows.find((r) => r[0] === "Gotland")!;
    expect(gotland.slice(0, 7)).toEqual(["Gotland", "0009", "2022", 7215, 38120, 3120, 7215 / (38120 - 3120)]);
    expect(gotland[8]).toContain("egen beräkning på data från kolada");
    const kalmar = t.rows.find((r) => r[0] === "Kalmar")!;
    expect(kalmar[7]).toBe("18,6–19,7 % (2019–2024)");
    expect(kalmar[6]).toBe("");
    expect(plan.attribution).toContain("Egen beräkning på data från Kolada");
    expect(plan.charts.map((c) => c.columns)).toEqual([
      ["Region", "Primärvård (kr/inv)"],
      ["Region", "Andel, egen beräkning"],
    ]);
  });

  it("is written by the plan writer into a sheet Kolada, with both charts", async () => {
    await fixtureStore(koladaStore());
    const ctx = new FakeContext();
    const r = await insertComparison(2022, { api19: true, api18: true }, ctx.run);
    expect(r.ok).toBe(true);
    const sheet = ctx.workbook.sheet("Kolada")!;
    const table = ctx.workbook.allTables().find((x) => x.name === "PV_Kolada_Jamforelse")!;
    const values = sheet.read(table.address);
    expect(values[0][6]).toBe("Andel, egen beräkning");
    expect(values.find((row) => row[0] === "Uppsala")!.slice(3, 7)).toEqual([5840, 33450, 3310, 5840 / (33450 - 3310)]);
    expect(sheet.chartList.map((c) => c.name)).toEqual(["PV_Chart_Kolada_Kostnad", "PV_Chart_Kolada_Andel"]);
    // Two regions of 22 have data: the result is partial and says which KPIs are missing where, not "Klart".
    expect(r.partial).toBe(true);
    expect(r.message).toBe("Bladet Kolada skrevs, men primärvårdens andel (egen beräkning) är tom på 20 av 22 rader för 2022:");
    expect(r.notes[0]).toMatch(/^N71000 saknas i hämtad data för .+ och 15 till 2022\.$/);
  });

  it("with N70059 not fetched: every share is empty, and the warning names the KPI, the year and what to do", async () => {
    const store = await fixtureStore(koladaStore());
    const s = store.snapshot!;
    const only = { ...s, kpis: s.kpis.filter((k) => k.id !== "N70059"), rows: s.rows.filter((r) => r[0] !== "N70059") };
    koladaStore().clear();
    koladaStore().load(only, "live");
    const gaps = koladaComparisonGaps(koladaStore(), 2022);
    expect(gaps.rowsWithoutShare).toBe(22);
    expect(gaps.gaps.find((g) => g.kpi === "N70059")).toMatchObject({ notLoaded: true });
    const r = await insertComparison(2022, { api19: true, api18: true }, new FakeContext().run);
    expect(r).toMatchObject({ ok: true, partial: true });
    expect(r.message).toContain("tom på 22 av 22 rader för 2022");
    expect(r.notes[0]).toBe(
      "N70059 är inte hämtad, så ingen andel kan räknas för 2022. Hämta alla regioner i fliken Kolada (N70059 hämtas med) och infoga igen.",
    );
    setWriterLanguage("en");
    const en = await insertComparison(2022, { api19: true, api18: true }, new FakeContext().run);
    setWriterLanguage("sv");
    expect(en.message).toContain("empty in 22 of 22 rows for 2022");
  });
});

describe("the pane's session", () => {
  it("does nothing on the network until turned on; then probes, refreshes, persists, and keeps data when a refresh fails", async () => {
    let healthy = true;
    const handler = koladaHandler(() => "https://api.kolada.se/v3");
    const log: string[] = [];
    const fetch = async (url: string) => {
      log.push(url);
      const r = healthy ? handler(url.slice("https://api.kolada.se".length), 1) : { status: 503, body: "" };
      return { ok: r.status === 200, status: r.status, headers: { get: () => null }, text: async () => r.body };
    };
    const store = new KoladaStore();
    const persisted: number[] = [];
    const s = new KoladaSession({
      fetch,
      store,
      persist: async (snap) => (persisted.push(snap.rows.length), { ok: true, message: "sparad" }),
      now: () => new Date("2026-05-04T08:00:00Z"),
      client: noWait,
    });
    expect(s.state.years).toEqual({ from: 2020, to: 2025 });
    await s.refresh();
    expect(log).toEqual([]);
    await s.setNetwork(true);
    expect(s.state.probe).toBe("live");
    await s.refresh();
    expect(s.state.error).toBeUndefined();
    expect(s.state.notice).toBe("sparad");
    expect(persisted).toEqual([13]);
    expect(store.loaded).toBe(true);
    const before = store.snapshot;
    healthy = false;
    await s.refresh();
    expect(s.state.error).toContain("HTTP 503");
    expect(store.snapshot).toBe(before);
    s.addKpi({ id: "U00405", title: "Kontinuitet" });
    s.removeKpi("N71000");
    expect(s.state.kpis.map((k) => k.id)).toEqual(["N71000", "N70061", "N72000", "N74000", "N70059", "U00405"]);
    s.removeKpi("U00405");
    expect(s.state.kpis).toHaveLength(5);
    await s.setNetwork(false);
    const n = log.length;
    await s.refresh();
    expect(log.length).toBe(n);
  });
});
