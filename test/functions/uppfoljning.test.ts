/** PV.UPPFOLJNING: argument count, the spill, each error kind with its message, and agreement with GRANT_TRACE/SPARBARHET. */
import * as F from "../../src/functions/functions";
import { SIE_LEDGER_HEADER } from "../../src/core/ledger/columns";
import { call, error, value } from "./call";

const CFError = (globalThis as any).CustomFunctions.Error;

/** A ledger shaped like the SIE import writes it, plus År. */
const H = [...SIE_LEDGER_HEADER];
const row = (o: Partial<Record<string, unknown>>) => H.map((h) => o[h] ?? "");
const LEDGER = [
  H,
  row({
    Kostnadspost: "7010 Löner",
    "Belopp (kr)": 1000.5,
    Projekt: "P1",
    Konto: "7010",
    Aktivitet: "A",
    Resultatindikator: "I",
    Utfall: "U",
    År: 2022,
  }),
  row({ Kostnadspost: "6810 Inhyrd", "Belopp (kr)": 200.25, Projekt: "P1", Konto: "6810", År: 2022 }),
  row({ Kostnadspost: "5010 Lokalhyra", "Belopp (kr)": 300, Projekt: "P2", Konto: "5010", År: 2022 }),
  row({ Kostnadspost: "7830 Avskrivningar", "Belopp (kr)": 50, Projekt: "P3", Konto: "7830", År: 2022 }),
  row({ Kostnadspost: "7010 Löner", "Belopp (kr)": 999, Projekt: "P1", Konto: "7010", År: 2023 }),
];
const COSTS = [
  ["Från", "Till", "Kostnadsslag"],
  [7000, 7699, "Egen personal"],
  [6800, 6899, "Inhyrd personal"],
  [5000, 6799, "Övriga varor och tjänster"],
];
const AREAS = [
  ["Projekt", "Insatsområde"],
  ["P1", "Tillgänglighet"],
  ["P2", "Kompetensförsörjning"],
];

describe("UPPFOLJNING", () => {
  it("spills the crosswalk with row and column totals, the ledger's total and a difference of 0", () => {
    const v = value(call(F.UPPFOLJNING, LEDGER, COSTS, AREAS, 2022));
    expect(v[0]).toEqual(["Kostnadsslag \\ Insatsområde", "Tillgänglighet", "Kompetensförsörjning", "Ej kopplat", "Summa"]);
    expect(v.slice(1)).toEqual([
      ["Egen personal", 1000.5, 0, 0, 1000.5],
      ["Inhyrd personal", 200.25, 0, 0, 200.25],
      ["Köpt vård och verksamhet", 0, 0, 0, 0],
      ["Övriga varor och tjänster", 0, 300, 0, 300],
      ["Ej klassat", 0, 0, 50, 50],
      ["Summa", 1200.75, 300, 50, 1550.75],
      ["Huvudbokens summa", "", "", "", 1550.75],
      ["Differens (huvudbok − korstabell)", "", "", "", 0],
    ]);
    // Without a year: every row.
    expect(
      value(call(F.UPPFOLJNING, LEDGER, COSTS, AREAS))
        .at(-2)!
        .at(-1),
    ).toBe(2549.75);
  });

  it("reads mapping tables without their header row, and an empty area table leaves every project unmapped", () => {
    const v = value(call(F.UPPFOLJNING, LEDGER, COSTS.slice(1), AREAS.slice(1), 2022));
    expect(v.at(-3)).toEqual(["Summa", 1200.75, 300, 50, 1550.75]);
    const none = value(call(F.UPPFOLJNING, LEDGER, COSTS, [[null]], 2022));
    expect(none[0]).toEqual(["Kostnadsslag \\ Insatsområde", "Ej kopplat", "Summa"]);
  });

  it("an overlapping cost-type row or a project in two areas is #VALUE! naming both rows", () => {
    const o = error(call(F.UPPFOLJNING, LEDGER, [...COSTS, [7500, 7599, "Inhyrd personal"]], AREAS));
    expect(o.code).toBe("#VALUE!");
    expect(o.message).toContain("rad 2 (7000–7699 Egen personal) och rad 5 (7500–7599 Inhyrd personal) överlappar");
    const d = error(call(F.UPPFOLJNING, LEDGER, COSTS, [...AREAS, ["P1", "Digitalisering"]]));
    expect(d.code).toBe("#VALUE!");
    expect(d.message).toContain("Projektet P1 är kopplat till två insatsområden: rad 2 (Tillgänglighet) och rad 4 (Digitalisering)");
  });

  it("bad ledgers and arguments say what is wrong", () => {
    expect(error(call(F.UPPFOLJNING, [["Belopp"], [5]], COSTS, AREAS)).message).toContain("Konto");
    expect(
      error(
        call(
          F.UPPFOLJNING,
          [
            ["Konto", "Belopp"],
            ["7010", "fem"],
          ],
          COSTS,
          AREAS,
        ),
      ).message,
    ).toContain("Belopp på rad 2");
    const ev = error(
      call(
        F.UPPFOLJNING,
        [
          ["Konto", "Belopp"],
          ["7010", new CFError("#N/A")],
        ],
        COSTS,
        AREAS,
      ),
    );
    expect([ev.code, ev.message]).toEqual(["#VALUE!", expect.stringContaining("rad 2")]);
    expect(
      error(
        call(
          F.UPPFOLJNING,
          [
            ["Konto", "Belopp"],
            ["7010", 5],
          ],
          COSTS,
          AREAS,
          2022,
        ),
      ).message,
    ).toContain("År");
    const noYear = error(call(F.UPPFOLJNING, LEDGER, COSTS, AREAS, 2031));
    expect([noYear.code, noYear.message]).toEqual(["#N/A", expect.stringContaining("2022, 2023")]);
    expect(
      error(
        call(
          F.UPPFOLJNING,
          LEDGER,
          [
            ["Från", "Till", "Kostnadsslag"],
            ["sju", 7999, "X"],
          ],
          AREAS,
        ),
      ).message,
    ).toContain("Från på rad 2");
    expect(error(call(F.UPPFOLJNING, LEDGER, COSTS, AREAS, "tjugo")).code).toBe("#VALUE!");
  });
});

describe("UPPFOLJNING, GRANT_TRACE and SPARBARHET read one ledger the same way", () => {
  const ledger2022 = LEDGER.filter((r, i) => i === 0 || r[H.indexOf("År")] === 2022);

  it("the totals agree: GRANT_TRACE's cost items and UPPFOLJNING's ledger total", () => {
    const trace = value(call(F.GRANT_TRACE, ledger2022));
    const items = trace.filter((r) => r[0] === "Resursanvändning").reduce((s, r) => s + (r[2] as number), 0);
    const mottaget = trace.find((r) => r[0] === "Mottaget")![2];
    const up = value(call(F.UPPFOLJNING, ledger2022, COSTS, AREAS));
    expect(up.at(-2)!.at(-1)).toBe(mottaget);
    expect(up.at(-3)!.at(-1)).toBe(mottaget);
    expect(items).toBeCloseTo(mottaget as number, 9);
    // SPARBARHET's share is of the same total: 1000.5 linked (activity, indicator and outcome) of 1550.75.
    expect(value(call(F.SPARBARHET, ledger2022))).toEqual([[1000.5 / 1550.75]]);
  });

  it("a bad cell is the same error, on the same row, in all three", () => {
    const bad = ledger2022.map((r, i) => (i === 3 ? r.map((c, k) => (H[k] === "Belopp (kr)" ? "x" : c)) : r));
    const msgs = [call(F.GRANT_TRACE, bad), call(F.SPARBARHET, bad), call(F.UPPFOLJNING, bad, COSTS, AREAS)].map((o) => error(o).message);
    expect(new Set(msgs).size).toBe(1);
    expect(msgs[0]).toContain("Belopp på rad 4");
  });
});
