import { FRESH_LEDGER } from "../../src/core/workbook/grantLedgerPlan";
import { catalog } from "../../src/core/dataset/lookup";
import { chartPlan } from "../../src/core/workbook/chartPlan";
import { ledgerPlan } from "../../src/core/workbook/grantLedgerPlan";
import { referencePlan } from "../../src/core/workbook/referencePlan";
import { layoutSheet } from "../../src/core/workbook/layout";
import { buildCharts, excelErrorMessage, insertAll, newLedger, insertIndicator } from "../../src/excel/actions";
import { sheetFromFormula } from "../../src/core/workbook/ownership";
import { applySheets } from "../../src/excel/applySheets";
import { FakeContext } from "./fakeExcel";

const CAPS = { api19: true, api18: true };
const ref = referencePlan(catalog());
const charts = chartPlan(catalog());
const ALL = [...ref.sheets, charts];

async function fresh(apiLevel = 1.9) {
  const ctx = new FakeContext(apiLevel);
  return ctx;
}

describe("insert all reference tables and charts", () => {
  it("writes every sheet and table with the dataset's values in at most 3 syncs", async () => {
    const ctx = await fresh();
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(ctx.syncs).toBe(report.syncs);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toEqual([
      "Närvården",
      "Statsbidrag",
      "Regioner",
      "Indikatorer",
      "Iakttagelser",
      "Granskning",
      "Källor",
      "Diagram",
    ]);
    const tables = ctx.workbook.allTables().map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "PV_Narvarden",
        "PV_Statsbidrag",
        "PV_Regioner",
        "PV_Indikatorer",
        "PV_Iakttagelser",
        "PV_Granskning",
        "PV_Kallor",
        "PV_Diagram_Statsbidrag",
      ]),
    );

    // Values equal the plan computed from the dataset, header first.
    const sheet = ctx.workbook.sheet("Statsbidrag")!;
    const table = ctx.workbook.allTables().find((t) => t.name === "PV_Statsbidrag")!;
    const plan = ref.sheets.find((s) => s.key === "statsbidrag")!.tables[0];
    const written = sheet.read(table.address);
    expect(written[0]).toEqual(plan.columns.map((c) => c.header));
    expect(written.slice(1)).toEqual(plan.rows);
    const row2019 = written.find((r) => r[9] === "regioner.statsbidrag.2019")!;
    expect(row2019[5]).toBe(2406);
    expect(row2019[6]).toBe("mnkr");
    expect(row2019[8]).toBe("2019 2 406 24 2 430");

    // Shares as %, amounts with thousands separators, ranges as text.
    const regions = ctx.workbook.sheet("Regioner")!;
    const rTable = ctx.workbook.allTables().find((t) => t.name === "PV_Regioner")!;
    const values = regions.read(rTable.address);
    const kalmarRange = values.findIndex((r) => r[9] === "kalmar.primarvard_andel.2019-2024");
    expect(values[kalmarRange][5]).toBe("18,6–19,7");
    const firstRow = Number(rTable.address.match(/\d+/)![0]) - 1;
    expect(regions.cells.get(`${firstRow + kalmarRange},5`)!.numberFormat).toBe("@");
    const sthlm = values.findIndex((r) => r[9] === "stockholm.primarvard_andel.2024");
    expect(values[sthlm][5]).toBeCloseTo(0.172);
    expect(regions.cells.get(`${firstRow + sthlm},5`)!.numberFormat).toBe("0.0%");
    expect(sheet.cells.get(`${Number(table.address.match(/\d+/)![0]) - 1 + written.indexOf(row2019)},5`)!.numberFormat).toBe("#,##0.0");

    // Title, frozen header, widths, attribution.
    expect(sheet.read("A1")[0][0]).toContain("Statsbidrag");
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.columnWidths.size).toBeGreaterThan(5);
    const lay = layoutSheet(ref.sheets[1]);
    expect(sheet.read(lay.attribution)[0][0]).toContain("Ramboll");
  });

  it("builds native charts next to their data, with Swedish titles and a real waterfall", async () => {
    const ctx = await fresh();
    await insertAll(CAPS, ctx.run);
    const d = ctx.workbook.sheet("Diagram")!;
    const byName = new Map(d.chartList.map((c) => [c.name, c]));
    expect([...byName.keys()]).toEqual([
      "PV_Chart_Statsbidrag",
      "PV_Chart_Primarvardsandel",
      "PV_Chart_Narvarden",
      "PV_Chart_Karnindikatorer",
      "PV_Chart_Bidragsspar",
    ]);
    const g = byName.get("PV_Chart_Statsbidrag")!;
    expect(g.type).toBe("ColumnClustered");
    expect(g.title.text).toContain("Statsbidrag");
    expect(g.axes.valueAxis.title.text).toBe("mnkr");
    expect(g.seriesCount).toBe(3);
    expect(g.xAxis).toHaveLength(3);
    const w = byName.get("PV_Chart_Bidragsspar")!;
    expect(w.type).toBe("Waterfall");
    const wt = ctx.workbook.allTables().find((t) => t.name === "PV_Diagram_Bidragsspar")!;
    const rows = d.read(wt.address).slice(1);
    expect(rows.map((r) => r[0])).toEqual(["Mottaget", "Nära vård", "Vårdens medarbetare", "Vision e-hälsa", "Ej spårbart"]);
    expect((rows as number[][]).reduce((s, r) => s + (r[1] as number), 0)).toBeCloseTo(0);
    expect(rows[4][1]).toBeCloseTo(-14.3);
    // Placed to the right of its table.
    const lay = layoutSheet(charts);
    expect(w.position).toEqual([lay.charts[4].topLeft, lay.charts[4].bottomRight]);
  });

  it("falls back to a stacked column with an invisible base below ExcelApi 1.9, and says so", async () => {
    const ctx = await fresh(1.8);
    const report = await buildCharts({ api19: false, api18: true }, ctx.run);
    expect(report.ok).toBe(true);
    const w = ctx.workbook.sheet("Diagram")!.chartList.find((c) => c.name === "PV_Chart_Bidragsspar")!;
    expect(w.type).toBe("ColumnStacked");
    expect(w.clearedFills).toEqual([0]);
    expect(report.notes.join(" ")).toContain("ExcelApi 1.9");
  });

  it("the fake rejects a waterfall where Excel would", async () => {
    const ctx = await fresh(1.8);
    const report = await buildCharts({ api19: true, api18: true }, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("ExcelApi 1.9");
  });
});

describe("safety", () => {
  it("is idempotent: running twice leaves the same workbook, no duplicates", async () => {
    const ctx = await fresh();
    await insertAll(CAPS, ctx.run);
    const snapshot = () =>
      ctx.workbook.sheetList.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()]
          .sort()
          .map(([k, v]) => [k, v.value ?? v.formula])
          .filter(([, v]) => v !== ""),
        charts: s.chartList.map((c) => c.name),
      }));
    const first = snapshot();
    const tablesFirst = ctx.workbook.allTables().map((t) => `${t.name}@${t.address}`);
    const again = await insertAll(CAPS, ctx.run);
    expect(again.ok).toBe(true);
    expect(again.syncs).toBeLessThanOrEqual(3);
    expect(again.notes).toEqual([]);
    expect(snapshot()).toEqual(first);
    expect(ctx.workbook.allTables().map((t) => `${t.name}@${t.address}`)).toEqual(tablesFirst);
  });

  it("finds its own sheet after the user renamed it", async () => {
    const ctx = await fresh();
    await insertAll(CAPS, ctx.run);
    ctx.workbook.sheet("Närvården")!.name = "Mina Närvårdssiffror";
    await insertAll(CAPS, ctx.run);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toContain("Mina Närvårdssiffror");
    expect(ctx.workbook.sheetList.map((s) => s.name)).not.toContain("Närvården");
  });

  it("never touches the user's sheet or table with a colliding name, and says what it chose", async () => {
    const ctx = await fresh();
    await ctx.seed((wb) => {
      const mine = wb.worksheets.add("Statsbidrag");
      mine.getRange("A1:B2").values = [
        ["Mitt", "blad"],
        [1, 2],
      ];
      const t = mine.tables.add("A1:B2", true);
      t.name = "PV_Narvarden";
    });
    const mine = ctx.workbook.sheet("Statsbidrag")!;
    const before = JSON.stringify([...mine.cells.entries()]);
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(JSON.stringify([...mine.cells.entries()])).toBe(before);
    expect(mine.tableList.map((t) => t.name)).toEqual(["PV_Narvarden"]);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toContain("Statsbidrag (2)");
    expect(ctx.workbook.allTables().map((t) => t.name)).toContain("PV_Narvarden_2");
    expect(report.notes.join("\n")).toContain('"Statsbidrag (2)"');
    expect(report.notes.join("\n")).toContain("PV_Narvarden_2");
    // And a second run reuses the add-in's own renamed copies instead of adding more.
    const again = await insertAll(CAPS, ctx.run);
    expect(ctx.workbook.sheetList.filter((s) => s.name.startsWith("Statsbidrag"))).toHaveLength(2);
    expect(again.notes).toEqual([]);
  });

  it("fails with a Swedish message and changes nothing when the workbook is protected", async () => {
    const ctx = await fresh();
    ctx.workbook.isProtected = true;
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("skyddad");
    expect(ctx.workbook.sheetList).toHaveLength(0);
  });

  it("fails with a Swedish message when one of its own sheets is protected", async () => {
    const ctx = await fresh();
    await insertAll(CAPS, ctx.run);
    ctx.workbook.sheet("Källor")!.isProtected = true;
    const before = ctx.workbook.sheet("Närvården")!.cells.size;
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain('"Källor" är skyddat');
    expect(ctx.workbook.sheet("Närvården")!.cells.size).toBe(before);
  });

  it("fails with a Swedish message in cell-edit mode, leaving the workbook as it was", async () => {
    const ctx = await fresh();
    ctx.editMode = true;
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("redigeringsläge");
    expect(ctx.workbook.sheetList).toHaveLength(0);
  });

  it("maps other Excel errors to a message with the code", () => {
    expect(excelErrorMessage({ code: "GeneralException", message: "x" })).toContain("GeneralException");
    expect(excelErrorMessage("boom")).toContain("boom");
  });
});

describe("grant ledger template", () => {
  it("creates an empty ledger, a wired GRANT_TRACE cell and its waterfall; a re-run keeps the user's rows", async () => {
    const ctx = await fresh();
    const report = await newLedger(CAPS, ctx.run);
    // Where to start, not just "Klart".
    expect(report.message).toBe(
      "Bladet Bidragshuvudbok är klart. Fyll i från A5, en rad per bokförd post, och ange mottaget belopp i I3; GRANT_TRACE och diagrammet följer med.",
    );
    const s = ctx.workbook.sheet("Bidragshuvudbok")!;
    const ledger = ctx.workbook.allTables().find((t) => t.name === "PV_Huvudbok")!;
    expect(s.read(ledger.address)[0]).toEqual(["Mål", "Aktivitet", "Kostnadspost", "Belopp (mnkr)", "Resultatindikator", "Utfall"]);
    // A fresh ledger shows what to do, not #N/A: GRANT_TRACE runs once an amount is there.
    expect(s.read("H6")[0][0]).toBe(`=IF(COUNT(PV_Huvudbok[Belopp (mnkr)])=0,"${FRESH_LEDGER}",PV.GRANT_TRACE(PV_Huvudbok[#All],I3))`);
    expect(s.read("I4")[0][0]).toContain("PV.SPARBARHET");
    // Column H is wide enough for "Mottaget (mnkr):", which cannot run over into the value in I3.
    expect(s.columnWidths.get(7)).toBe(100);
    expect([...s.validations.values()][0]).toMatchObject({ rule: { decimal: expect.any(Object) } });
    expect(s.chartList.map((c) => c.type)).toEqual(["Waterfall"]);

    // The user types a row; a re-run must not clobber it.
    await ctx.seed(() => {
      ledger.rows.add(null, [["Mål 1", "Aktivitet", "Egen personal", 12, "Indikator", "80 %"]]);
    });
    const rerun = await newLedger(CAPS, ctx.run);
    expect(rerun.ok).toBe(true);
    expect(rerun.message).toBe(
      "Bladet Bidragshuvudbok uppdaterades, och din egna rad behölls. Fyll i nya rader under den; mottaget belopp står i I3.",
    );
    expect(s.read(ledger.address)).toHaveLength(3);
    expect(s.read(ledger.address)[2]).toEqual(["Mål 1", "Aktivitet", "Egen personal", 12, "Indikator", "80 %"]);
    expect(s.chartList).toHaveLength(1);
  });

  it("skips data validation below ExcelApi 1.8 and says so", async () => {
    const ctx = await fresh(1.7);
    const report = await newLedger({ api19: false, api18: false }, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes.join(" ")).toContain("ExcelApi 1.8");
    expect(ctx.workbook.sheet("Bidragshuvudbok")!.validations.size).toBe(0);
  });
});

describe("plans and helpers", () => {
  it("one indicator with a chart from the catalogue", async () => {
    const ctx = await fresh();
    const report = await insertIndicator("sjukfranvaro", "narvarden", true, CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(ctx.workbook.sheetList[0].chartList).toHaveLength(1);
  });

  it("reads sheet names from name formulas", () => {
    expect(sheetFromFormula("=Diagram!$A$1")).toBe("Diagram");
    expect(sheetFromFormula("='Statsbidrag (2)'!$A$1")).toBe("Statsbidrag (2)");
    expect(sheetFromFormula("='Bob''s'!$A$1")).toBe("Bob's");
    expect(sheetFromFormula("=#REF!")).toBeNull();
  });

  it("keeps the whole action's request far below Excel on the web's 5 MB limit", async () => {
    const ctx = await fresh();
    const r = await applySheets(ctx as any, ALL, CAPS, ref.rowFormats);
    expect(r.payloadBytes).toBeGreaterThan(10_000);
    expect(r.payloadBytes).toBeLessThan(5_000_000);
  });

  it("splits writes that would exceed Excel on the web's 5 MB request limit", async () => {
    const ctx = await fresh();
    const big = {
      key: "stor",
      name: "Stor",
      title: "Stor",
      subtitle: "",
      attribution: "",
      charts: [],
      tables: [0, 1, 2].map((k) => ({
        key: `t${k}`,
        name: `PV_Stor_${k}`,
        columns: Array.from({ length: 8 }, (_, j) => ({ header: `K${j}`, format: "@", width: 50 })),
        rows: Array.from({ length: 9000 }, (_, i) => Array.from({ length: 8 }, (_, j) => `rad ${i} kolumn ${j} ${"x".repeat(40)}`)),
      })),
    };
    const r = await applySheets(ctx as any, [big], CAPS);
    expect(r.ok).toBe(true);
    expect(r.payloadBytes).toBeGreaterThan(5_000_000);
    expect(r.syncs).toBeGreaterThan(3);
    expect(Math.max(...ctx.payloadPerSync)).toBeLessThan(5_000_000);
    expect(ctx.workbook.allTables()).toHaveLength(3);
  });

  it("the fake refuses a request over 5 MB, as Excel on the web does", async () => {
    const ctx = await fresh();
    await ctx.seed((wb) => wb.worksheets.add("X"));
    ctx.workbook.sheet("X")!.getRange("A1:A2").values = [["x".repeat(3_000_000)], ["y".repeat(3_000_000)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("the ledger sheet's tables, cells and chart do not overlap", () => {
    const lay = layoutSheet(ledgerPlan());
    expect(lay.tables.map((t) => t.address)).toEqual(["A4:F5", "P3:S7"]);
    expect(lay.charts[0].topLeft).toBe("H18");
  });
});
