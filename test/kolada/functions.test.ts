import * as F from "../../src/functions/functions";
import { KoladaClient } from "../../src/core/kolada/client";
import { disableLive, enableLive, refresh } from "../../src/core/kolada/live";
import { loadBundled } from "../../src/core/kolada/bundled";
import { KoladaStore, koladaStore } from "../../src/core/kolada/store";
import { call, error, value } from "../functions/call";
import { fakeFetch, koladaHandler } from "./fixtureServer";

const noWait = { sleep: async () => undefined, minIntervalMs: 0 };
const Q = { kpis: ["N70059", "N70061", "N71000"], regions: ["0003", "0009"], years: [2022, 2023] };

async function loadFixtures() {
  const client = new KoladaClient({ fetch: fakeFetch((b) => koladaHandler(b)).fetch, ...noWait });
  await refresh(client, koladaStore(), Q, { now: () => new Date("2026-05-04T08:00:00Z") });
}

async function asyncCall(fn: (...a: any[]) => Promise<any>, ...args: unknown[]) {
  try {
    return { ok: true as const, value: await fn(...args) };
  } catch (e) {
    return { ok: false as const, error: e as { code: string; message?: string } };
  }
}

afterEach(() => {
  koladaStore().clear();
  disableLive();
});

describe("without Kolada data", () => {
  it("says plainly that no Kolada data is loaded", async () => {
    const e = error(call(F.PRIMARVARD_ANDEL, [["Region Uppsala"]], [[2023]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("Ingen Kolada-data är laddad");
    const k = error(await asyncCall(F.KOLADA, "N71000", "Gotland", 2022));
    expect(k.code).toBe("#N/A");
    expect(k.message).toContain("Ingen Kolada-data är laddad för N71000, Region Gotland 2022");
  });
  it("the reports still answer for the case regions", () => {
    expect(value(call(F.PRIMARVARD_ANDEL, [["Stockholm"]], [[2024]]))).toEqual([[0.172]]);
  });
});

describe("with Kolada data loaded", () => {
  beforeEach(loadFixtures);

  it("KOLADA returns a value, a gender, a null as #N/A, and a series spill", async () => {
    expect(value(await asyncCall(F.KOLADA, "N71000", "Gotland", 2022))).toEqual([[7215]]);
    expect(value(await asyncCall(F.KOLADA, "n71000", "09", 2022, "kvinnor"))).toEqual([[7930]]);
    expect(value(await asyncCall(F.KOLADA, "N71000", "0009", 2022, "M"))).toEqual([[6480]]);
    const nul = error(await asyncCall(F.KOLADA, "N71000", "Gotland", 2023));
    expect(nul.message).toBe("Kolada har inget värde för N71000, Region Gotland 2023: Kolada anger inget värde (tomt).");
    const series = value(await asyncCall(F.KOLADA, "N71000", "Region Gotland"));
    expect(series[0]).toEqual([2022, 7215]);
    expect(series[1][0]).toBe(2023);
    expect((series[1][1] as any).code).toBe("#N/A");
  });

  it("KOLADA's argument errors", async () => {
    expect(error(await asyncCall(F.KOLADA, "primärvård", "Gotland", 2022)).message).toContain("KPI-id");
    expect(error(await asyncCall(F.KOLADA, "N71000", "Gotlnd", 2022)).message).toContain('Menade du "Region Gotland"?');
    expect(error(await asyncCall(F.KOLADA, "N71000", "Gotland", "2019–2022")).code).toBe("#VALUE!");
    expect(error(await asyncCall(F.KOLADA, "N71000", "Gotland", 2022, "X")).message).toContain("kön");
    expect(error(await asyncCall(F.KOLADA, "N71000", "Gotland", 2019)).message).toContain("finns inte i laddad data");
  });

  it('PRIMARVARD_ANDEL(…; "kolada") is exactly the quotient of the KOLADA() cells, unrounded', async () => {
    const cell = async (kpi: string) => value(await asyncCall(F.KOLADA, kpi, "Gotland", 2022))[0][0] as number;
    const quotient = (await cell("N71000")) / ((await cell("N70061")) - (await cell("N70059")));
    const share = value(call(F.PRIMARVARD_ANDEL, [["Gotland"]], [[2022]], "kolada"))[0][0] as number;
    expect(share).toBe(quotient);
    expect(share).not.toBe(Number(share.toFixed(5)));
  });

  it("PRIMARVARD_ANDEL answers for a region outside the reports as an own calculation", () => {
    // 5 840 / (33 450 − 3 310)
    expect(value(call(F.PRIMARVARD_ANDEL, [["Region Uppsala"]], [[2022]]))).toEqual([[5840 / (33450 - 3310)]]);
    // Gotland 2022: 7 215 / (38 120 − 3 120) = 0.206142…
    expect(value(call(F.PRIMARVARD_ANDEL, [["Gotland"]], [[2022]]))).toEqual([[7215 / (38120 - 3120)]]);
    expect(error(call(F.PRIMARVARD_ANDEL, [["Region Uppsala"]], [[2023]])).message).toContain("N70059 saknas");
    expect(error(call(F.PRIMARVARD_ANDEL, [["Upsala"]], [[2022]])).message).toContain('Menade du "Region Uppsala"?');
    expect(error(call(F.PRIMARVARD_ANDEL, [["Kalmr"]], [[2024]])).message).toContain('Menade du "Kalmar"?');
  });

  it("INDIKATOR answers KPI ids and the share in percent for every region", () => {
    expect(value(call(F.INDIKATOR, "N70061", "Uppsala", 2023))).toEqual([[35210]]);
    expect(value(call(F.INDIKATOR, "primarvard_andel", "Uppsala", 2022))).toEqual([[584000 / 30140]]);
    const rows = value(call(F.INDIKATOR, "primarvard_andel", "Gotland", null, true));
    expect(rows[0]).toEqual(["Period", "Värde", "Enhet", "Kvalifikator", "Id"]);
    expect(rows[1]).toEqual(["2022", 721500 / (38120 - 3120), "%", "egen beräkning", "primarvard_andel_kolada.0009.2022"]);
    expect((rows[2][1] as any).code).toBe("#N/A");
    expect(value(call(F.INDIKATOR, "N71000", "Gotland"))[0]).toEqual(["2022", 7215, "kr/inv", "", "kolada.N71000.0009.2022"]);
  });

  it("KALLA names Kolada, the KPI id and title and the fetch date; the share is an own calculation", () => {
    expect(value(call(F.KALLA, "N71000", "Gotland", 2022))).toEqual([
      [
        "Källa: Kolada (RKA), KPI N71000 ”Kostnad primärvård (exkl. läkemedel), kr/inv”, Region Gotland 2022, hämtad 2026-05-04 från https://api.kolada.se/v3.",
      ],
    ]);
    const share = value(call(F.KALLA, "primarvard_andel", "Uppsala", 2022))[0][0] as string;
    expect(share.startsWith("Egen beräkning på data från Kolada: Region Uppsala 2022 = 19,376 % = 5 840 / (33 450 − 3 310) kr/inv.")).toBe(
      true,
    );
    expect(share).toContain("Både täljare och nämnare exkluderar läkemedel");
    expect(share).toContain("hämtad 2026-05-04");
    expect(share).not.toMatch(/^Källa: Kolada/);
  });
});

describe("case regions: the report stays the default, Kolada on request", () => {
  it('Stockholm 2024 is the report\'s 17,2 %; with "kolada" it is the own calculation', async () => {
    const client = new KoladaClient({
      fetch: fakeFetch(() => () => ({
        status: 200,
        body: JSON.stringify({
          values: [
            ["N71000", 5000],
            ["N70061", 32000],
            ["N70059", 3000],
          ].map(([kpi, v]) => ({
            kpi,
            municipality: "0001",
            period: 2024,
            values: [{ gender: "T", value: v, status: "", isdeleted: false }],
          })),
          next_url: null,
        }),
      })).fetch,
      ...noWait,
    });
    await refresh(client, koladaStore(), { kpis: ["N71000", "N70061", "N70059"], regions: ["0001"], years: [2024] });
    expect(value(call(F.PRIMARVARD_ANDEL, [["Stockholm"]], [[2024]]))).toEqual([[0.172]]);
    expect(value(call(F.PRIMARVARD_ANDEL, [["Stockholm"]], [[2024]], "Kolada"))).toEqual([[5000 / (32000 - 3000)]]);
    expect(value(call(F.INDIKATOR, "primarvard_andel_kolada", "Stockholm", 2024))).toEqual([[500000 / 29000]]);
    expect(value(call(F.INDIKATOR, "primarvard_andel", "Stockholm", 2024))).toEqual([[17.2]]);
    expect(String(value(call(F.KALLA, "primarvard_andel", "Stockholm", 2024))[0][0])).toContain("Ramboll");
  });
});

describe("live: a failed fetch from a cell", () => {
  it("is #N/A with the Swedish reason", async () => {
    enableLive({ fetch: fakeFetch(() => () => ({ status: 503, body: "" })).fetch, retries: 0, ...noWait });
    const e = error(await asyncCall(F.KOLADA, "N71000", "Gotland", 2022));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("Hämtningen från Kolada misslyckades: Kolada har ett serverfel (HTTP 503) efter 1 försök. Försök igen senare.");
  });
});

describe("offline from a bundled snapshot (the issue's done-criterion)", () => {
  it('PRIMARVARD_ANDEL("Region Uppsala"; 2022) and KOLADA("N71000"; "Gotland"; 2022) answer with a checkable source, no network', async () => {
    const made = new KoladaStore();
    await refresh(new KoladaClient({ fetch: fakeFetch((b) => koladaHandler(b)).fetch, ...noWait }), made, Q, {
      now: () => new Date("2026-05-04T08:00:00Z"),
    });
    const file = JSON.parse(JSON.stringify(made.snapshot)); // what npm run kolada -- --snapshot writes
    loadBundled(file);
    expect(koladaStore().origin).toBe("bundled");
    expect(value(call(F.PRIMARVARD_ANDEL, [["Region Uppsala"]], [[2022]]))).toEqual([[5840 / (33450 - 3310)]]);
    expect(String(value(call(F.KALLA, "primarvard_andel", "Region Uppsala", 2022))[0][0])).toContain("Egen beräkning på data från Kolada");
    expect(value(await asyncCall(F.KOLADA, "N71000", "Gotland", 2022))).toEqual([[7215]]);
    expect(String(value(call(F.KALLA, "N71000", "Gotland", 2022))[0][0])).toContain(
      "KPI N71000 ”Kostnad primärvård (exkl. läkemedel), kr/inv”, Region Gotland 2022, hämtad 2026-05-04",
    );
  });
  it("a damaged bundled file is not used and the pane is told why", () => {
    loadBundled({ format: "pv-kolada-snapshot", version: 1, fetchedAt: "igår", kpis: [], rows: [] });
    expect(koladaStore().loaded).toBe(false);
    expect(koladaStore().note).toContain("hämtningsdatum saknas");
  });
});
