/**
 * The sheets speak the pane's language (issue 24): titles, notes, instructions and chart titles follow it, while
 * sheet names, table names and the column headers that functions read stay the same. Written in Swedish and
 * re-run from the English pane (recording fake Excel), nothing is duplicated, refused or counted as the user's.
 */
import { KoladaStore, koladaStore } from "../../src/core/kolada/store";
import type { KoladaSnapshot } from "../../src/core/kolada/snapshot";
import { catalog } from "../../src/core/dataset/lookup";
import { chartPlan } from "../../src/core/workbook/chartPlan";
import { ledgerPlan } from "../../src/core/workbook/grantLedgerPlan";
import { koladaComparisonPlan } from "../../src/core/workbook/koladaPlan";
import { referencePlan } from "../../src/core/workbook/referencePlan";
import { sv } from "../../src/core/workbook/sheets.sv";
import { en } from "../../src/core/workbook/sheets.en";
import type { SheetPlan } from "../../src/core/workbook/plan";
import { insertAll, newLedger } from "../../src/excel/actions";
import { insertComparison } from "../../src/excel/kolada";
import { setWriterLanguage } from "../../src/excel/language";
import { FakeContext } from "./fakeExcel";

const CAPS = { api19: true, api18: true };
const AT = "2026-05-04T08:00:00.000Z";

/** What stays the same in both languages: sheet names, table names and headers, chart names and their columns. */
const skeleton = (plans: SheetPlan[]) =>
  plans.map((p) => ({
    key: p.key,
    name: p.name,
    tables: p.tables.map((t) => [t.name, ...t.columns.map((c) => c.header)]),
    charts: p.charts.map((c) => [c.name, c.table, ...c.columns]),
  }));

function snapshot(): KoladaSnapshot {
  return {
    format: "pv-kolada-snapshot",
    version: 1,
    source: "Kolada (RKA), https://www.kolada.se",
    baseUrl: "https://api.kolada.se/v3",
    fetchedAt: AT,
    kpis: ["N71000", "N70061", "N70059"].map((id) => ({ id, title: `KPI ${id}`, fetchedAt: AT })),
    regions: ["0009"],
    years: [2022],
    warnings: [],
    rows: [
      ["N71000", "0009", 2022, "T", 7215],
      ["N70061", "0009", 2022, "T", 38120],
      ["N70059", "0009", 2022, "T", 3120],
    ],
  };
}

function store(): KoladaStore {
  const s = new KoladaStore();
  s.load(snapshot(), "workbook");
  return s;
}

afterEach(() => setWriterLanguage("sv"));

describe("the plans in English", () => {
  const cat = catalog();
  const both = (lang: "sv" | "en") => [
    ...referencePlan(cat, lang).sheets,
    chartPlan(cat, lang),
    ledgerPlan(lang),
    koladaComparisonPlan(store(), cat, 2022, lang),
  ];

  it("translate titles, notes, instructions, chart and axis titles and cell labels", () => {
    const e = both("en");
    const byKey = (k: string) => e.find((p) => p.key === k)!;
    expect(byKey("granskning").title).toBe("Audit: the reports' internal contradictions");
    expect(byKey("statsbidrag").subtitle).toMatch(/^\d+ figures, each with period, unit and source\.$/);
    expect(byKey("diagram").title).toBe("Charts");
    expect(byKey("diagram").charts.map((c) => c.xTitle)).toEqual(["Year", "Region and period", "Year", "Year", "Step"]);
    expect(byKey("huvudbok").subtitle).toContain("Enter the amount received in I3");
    expect(byKey("huvudbok").cells!.map((c) => c.value)).toContain("Received (SEK m):");
    expect(byKey("kolada").title).toBe("All regions 2022: cost per inhabitant and primary care's share");
    expect(byKey("kolada").attribution).toContain("fetched 2026-05-04");
    // No Swedish instruction or title is left in what the English pane writes as text.
    const texts = e.flatMap((p) => [p.title, p.attribution, ...p.charts.map((c) => c.title)]);
    for (const word of ["Fyll i", "Ange", "Diagrammen", "Statsbidrag för", "Källa:", "hämtad", "Granskning:"])
      expect(texts.filter((t) => t.includes(word))).toEqual([]);
  });

  it("keep sheet names, table names, column headers and chart columns as in Swedish", () => {
    expect(skeleton(both("en"))).toEqual(skeleton(both("sv")));
  });

  it("keep Swedish as the default, and every English key is a translation, not a copy", () => {
    expect(ledgerPlan().title).toBe(sv.ledger.title);
    expect(en.ledger.title).not.toBe(sv.ledger.title);
    expect(en.reference.figures(1)).toBe("1 figure, each with period, unit and source.");
  });
});

describe("written in Swedish, re-run from the English pane (fake Excel)", () => {
  it("Infoga allt: same sheets and tables, English titles and notes, nothing counted as the user's", async () => {
    const ctx = new FakeContext(1.9);
    expect((await insertAll(CAPS, ctx.run)).ok).toBe(true);
    const sheets = ctx.workbook.sheetList.map((s) => s.name);
    const tables = ctx.workbook.sheetList.flatMap((s) => s.tableList.map((t) => t.name));
    expect(String(ctx.workbook.sheet("Diagram")!.cell(0, 0).value)).toBe("Diagram");

    setWriterLanguage("en");
    const again = await insertAll(CAPS, ctx.run);
    expect(again.ok).toBe(true);
    expect(again.notes).toEqual([]);
    expect(again.restoredCells ?? 0).toBe(0);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toEqual(sheets);
    expect(ctx.workbook.sheetList.flatMap((s) => s.tableList.map((t) => t.name))).toEqual(tables);
    const g = ctx.workbook.sheet("Granskning")!;
    expect(g.cell(0, 0).value).toBe(en.reference.auditTitle);
    expect(g.cell(1, 0).value).toBe(en.reference.auditSubtitle);
    expect(g.cell(2, 0).value).toBe(en.attribution);
    expect(ctx.workbook.sheet("Diagram")!.cell(0, 0).value).toBe("Charts");

    // And back: Swedish again, still nothing duplicated or skipped.
    setWriterLanguage("sv");
    const back = await insertAll(CAPS, ctx.run);
    expect(back.notes).toEqual([]);
    expect(g.cell(0, 0).value).toBe(sv.reference.auditTitle);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toEqual(sheets);
  });

  it("the ledger: English labels and instructions, the user's rows and received amount kept", async () => {
    const ctx = new FakeContext(1.9);
    expect((await newLedger(CAPS, ctx.run)).ok).toBe(true);
    const s = ctx.workbook.sheet("Bidragshuvudbok")!;
    await ctx.seed(() => {
      s.getRange("I3").values = [[10]];
    });
    setWriterLanguage("en");
    const again = await newLedger(CAPS, ctx.run);
    expect(again.ok).toBe(true);
    expect(again.notes).toEqual([]);
    expect(ctx.workbook.sheetList.map((x) => x.name)).toEqual(["Bidragshuvudbok"]);
    expect(s.cell(0, 0).value).toBe(en.ledger.title);
    expect(s.cell(2, 7).value).toBe("Received (SEK m):");
    expect(s.cell(2, 8).value).toBe(10);
    expect(String(s.cell(5, 7).formula)).toContain(en.ledger.fresh);
  });

  it("the Kolada comparison: English title and note on the same sheet", async () => {
    koladaStore().clear();
    koladaStore().load(snapshot(), "workbook");
    const ctx = new FakeContext(1.9);
    expect((await insertComparison(2022, CAPS, ctx.run)).ok).toBe(true);
    const k = ctx.workbook.sheet("Kolada")!;
    expect(k.cell(0, 0).value).toBe(sv.kolada.title(2022));
    setWriterLanguage("en");
    const again = await insertComparison(2022, CAPS, ctx.run);
    expect(again.ok).toBe(true);
    expect(again.notes.filter((n) => /återställ|restored|skipped|hoppade/i.test(n))).toEqual([]);
    expect(ctx.workbook.sheetList.map((x) => x.name)).toEqual(["Kolada"]);
    expect(k.cell(0, 0).value).toBe(en.kolada.title(2022));
    expect(String(k.cell(2, 0).value)).toContain("Source: Kolada (RKA), fetched 2026-05-04");
    expect(k.tableList.map((t) => t.name)).toEqual(["PV_Kolada_Jamforelse"]);
  });
});
