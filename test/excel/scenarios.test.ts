import { FRESH_LEDGER } from "../../src/core/workbook/grantLedgerPlan";
/**
 * What controllers do between two runs of "Infoga allt" / "Ny bidragshuvudbok", against the recording fake
 * Excel. Each scenario asserts what the user's cells hold afterwards and what the report says.
 */
import { catalog } from "../../src/core/dataset/lookup";
import { referencePlan } from "../../src/core/workbook/referencePlan";
import { insertAll, newLedger } from "../../src/excel/actions";
import { FakeContext, type FakeTable, type FakeWorksheet } from "./fakeExcel";

const CAPS = { api19: true, api18: true };
const plan = referencePlan(catalog());
const grantRows = plan.sheets.find((s) => s.key === "statsbidrag")!.tables[0].rows;

async function installed(run = insertAll) {
  const ctx = new FakeContext(1.9);
  const first = await run(CAPS, ctx.run);
  expect(first.ok).toBe(true);
  return ctx;
}

/** Every sheet's non-empty cells, tables and charts: what a user would see. */
function snapshot(ctx: FakeContext) {
  return ctx.workbook.sheetList.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()]
      .filter(([, c]) => c.formula !== undefined || (c.value !== "" && c.value !== undefined))
      .map(([k, c]) => `${k}=${JSON.stringify(c.formula ?? c.value)}`)
      .sort(),
    tables: s.tableList.map((t) => `${t.name}@${t.address}`),
    charts: s.chartList.map((c) => `${c.name}:${c.type}`),
  }));
}

/** Excel.run on `ctx` whose sync number `sync` fails after `after` operations, as a host rejecting a call mid-batch. */
function failingAt(ctx: FakeContext, sync: number, after: number) {
  let n = 0;
  const counting = Object.assign(Object.create(ctx), {
    sync: async () => {
      if (++n === sync) ctx.failAfter(after);
      return ctx.sync();
    },
  });
  return <T>(batch: (c: any) => Promise<T>) => batch(counting);
}

const body = (s: FakeWorksheet, t: FakeTable) => s.read(t.address).slice(1);
const table = (ctx: FakeContext, name: string) => ctx.workbook.table(name)!;
const sheet = (ctx: FakeContext, name: string) => ctx.workbook.sheet(name)!;

describe("re-runs keep the user's work", () => {
  it("a table the user deleted and typed over: refuses before writing anything, naming sheet, table and range", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const nv = sheet(ctx, "Närvården");
    const nvTable = table(ctx, "PV_Narvarden");
    await ctx.seed(() => {
      nvTable.getDataBodyRange().getRow(0).getCell(0, 5).values = [[999]]; // an edit on an earlier sheet
      table(ctx, "PV_Statsbidrag").delete();
      s.getRange("A5:C6").values = [
        ["Mina siffror", 2024, 1200],
        ["Mina siffror", 2025, 1300],
      ];
    });
    const syncsBefore = ctx.syncs;
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("Inget ändrades");
    expect(report.message).toContain('"Statsbidrag"');
    expect(report.message).toContain("PV_Statsbidrag");
    expect(report.message).toContain("A5:C6");
    expect(report.message).toMatch(/Flytta eller ta bort det/);
    expect(report.syncs).toBe(ctx.syncs - syncsBefore);
    expect(report.syncs).toBe(2); // both reads, no write
    expect(s.read("A5:C6")).toEqual([
      ["Mina siffror", 2024, 1200],
      ["Mina siffror", 2025, 1300],
    ]);
    expect(ctx.workbook.table("PV_Statsbidrag")).toBeUndefined();
    // Nothing was written anywhere: the earlier sheet's edit is still there.
    expect(body(nv, nvTable)[0][5]).toBe(999);
  });

  it("a table the user deleted, leaving the place empty: written again, and the report says so", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    await ctx.seed(() => {
      table(ctx, "PV_Statsbidrag").delete();
      s.getRange("L2").values = [["min kommentar"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain('Tabellen PV_Statsbidrag saknades på bladet "Statsbidrag" och skrevs på nytt.');
    expect(body(s, table(ctx, "PV_Statsbidrag"))).toEqual(grantRows);
    expect(s.read("L2")).toEqual([["min kommentar"]]);
  });

  it("rows the user added to a reference table stay where they are, and the report says so", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const mine = ["Mitt eget", "Region Kalmar", "2025", "", "", 42, "mnkr", "egen uppgift", "", "min-rad-1"];
    const end = ["Sist", "Region Kalmar", "2025", "", "", 7, "mnkr", "egen uppgift", "", "min-rad-2"];
    await ctx.seed(() => {
      t.rows.add(3, [mine]);
      t.rows.add(null, [end]);
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("2 egna rader i PV_Statsbidrag behölls där de står.");
    expect(report.keptUserRows).toBe(2);
    const rows = body(s, t);
    expect(rows).toHaveLength(grantRows.length + 2);
    expect(rows[3]).toEqual(mine);
    expect(rows[rows.length - 1]).toEqual(end);
    expect(rows.filter((r) => r !== rows[3] && r !== rows[rows.length - 1])).toEqual(grantRows);
  });

  it("a column the user added at the table's right edge keeps its values; the add-in's columns are refreshed", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const [first, last] = t.address.split(":");
    const lastRow = Number(/\d+$/.exec(last)![0]);
    const top = Number(/\d+$/.exec(first)![0]);
    await ctx.seed(() => {
      // What Excel does when the user types a header right of a table: the table takes the column in.
      s.getRange(`K${top}:K${top + 2}`).values = [["Kommentar"], ["stämmer mot huvudboken"], ["kolla"]];
      t.address = `A${top}:K${lastRow}`;
      t.getDataBodyRange().getCell(0, 5).values = [[1]];
      t.rows.getItemAt(3).delete(); // so the refresh must add a row, padded for the user's column
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("1 ändrad cell i PV_Statsbidrag återställdes till rapportens värden.");
    const rows = s.read(t.address);
    expect(rows[0][10]).toBe("Kommentar");
    expect(rows.slice(1, 3).map((r) => r[10])).toEqual(["stämmer mot huvudboken", "kolla"]);
    expect(rows[rows.length - 1]).toEqual([...grantRows[3], ""]);
    expect(
      rows
        .slice(1)
        .map((r) => r.slice(0, 10))
        .sort(),
    ).toEqual([...grantRows].sort());
  });

  it("a column of the add-in's the user deleted, or one of theirs among the add-in's: refuses and says what to do", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const [first, last] = t.address.split(":");
    const lastRow = Number(/\d+$/.exec(last)![0]);
    await ctx.seed(() => {
      s.getRange(`J${/\d+$/.exec(first)![0]}:J${lastRow}`).values = Array.from(
        { length: lastRow - Number(/\d+$/.exec(first)![0]) + 1 },
        () => [""],
      );
      t.address = `${first}:I${lastRow}`;
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain(
      'På bladet "Statsbidrag" saknar tabellen PV_Statsbidrag kolumner som tillägget skriver (Id). Lägg tillbaka dem',
    );

    const ctx2 = await installed();
    const s2 = sheet(ctx2, "Regioner");
    const t2 = table(ctx2, "PV_Regioner");
    const [f2, l2] = t2.address.split(":");
    const top = Number(/\d+$/.exec(f2)![0]);
    await ctx2.seed(() => {
      s2.getRange(`C${top}`).values = [["Min kolumn"]];
      s2.getRange(`K${top}`).values = [["Id2"]];
      t2.address = `${f2}:K${/\d+$/.exec(l2)![0]}`;
    });
    const before = snapshot(ctx2);
    const r2 = await insertAll(CAPS, ctx2.run);
    expect(r2.ok).toBe(false);
    expect(r2.message).toContain("egna kolumner bland tilläggets. Flytta dem till tabellens högra kant, efter kolumnen Id");
    expect(snapshot(ctx2)).toEqual(before);
  });

  it("edited reference values are restored and counted", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    await ctx.seed(() => {
      const b = t.getDataBodyRange();
      b.getCell(0, 5).values = [[1]];
      b.getCell(1, 5).values = [[2]];
      b.getCell(2, 1).values = [["fel region"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("3 ändrade celler i PV_Statsbidrag återställdes till rapportens värden.");
    expect(report.restoredCells).toBe(3);
    expect(body(s, t)).toEqual(grantRows);
  });

  it("a deleted add-in sheet: its #REF! owner name is replaced and the sheet comes back once, run after run", async () => {
    const ctx = await installed();
    const clean = snapshot(ctx);
    await ctx.seed(() => sheet(ctx, "Statsbidrag").delete());
    for (let run = 0; run < 3; run++) {
      const report = await insertAll(CAPS, ctx.run);
      expect(report.ok).toBe(true);
      expect(report.notes).toEqual(run === 0 ? ['Tilläggets blad "Statsbidrag" hade tagits bort och skapades på nytt.'] : []);
    }
    expect(ctx.workbook.sheetList.map((s) => s.name).filter((n) => n.startsWith("Statsbidrag"))).toEqual(["Statsbidrag"]);
    const names = (x: ReturnType<typeof snapshot>) => x.map((s) => s.name).sort();
    expect(names(snapshot(ctx))).toEqual(names(clean));
    expect(snapshot(ctx).find((s) => s.name === "Statsbidrag")).toEqual(clean.find((s) => s.name === "Statsbidrag"));
  });

  it("a renamed reference table is found again and updated under the user's name", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    // A row of their own whose first cell is empty: where the attribution would go if the writer trusted its layout.
    const mine = ["", "", "", "", "", 5, "mnkr", "", "", ""];
    await ctx.seed(() => {
      t.name = "Bidrag2025";
      t.getDataBodyRange().getCell(0, 5).values = [[0]];
      t.rows.add(null, [mine]);
      t.rows.add(null, [mine]);
      s.getRange("M1").values = [["=SUM(Bidrag2025[Värde])"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain(
      "Tabellen PV_Statsbidrag heter nu Bidrag2025 i arbetsboken; tillägget uppdaterade den under det namnet.",
    );
    expect(report.notes).toContain("1 ändrad cell i Bidrag2025 återställdes till rapportens värden.");
    expect(
      ctx.workbook
        .allTables()
        .filter((x) => x.sheet === s)
        .map((x) => x.name),
    ).toEqual(["Bidrag2025"]);
    expect(body(s, t)).toEqual([...grantRows, mine, mine]);
    expect(s.read("M1")).toEqual([["=SUM(Bidrag2025[Värde])"]]);
    const end = Number(/\d+$/.exec(t.address)![0]);
    const attributions = [...s.cells.entries()].filter(([, c]) => String(c.value).startsWith("Källor:")).map(([k]) => k);
    expect(end).toBeGreaterThan(4);
    expect(attributions).toEqual(["2,0"]); // A3, above the table (which grows downwards), once
  });

  it("a renamed ledger table keeps the user's rows and received amount; the add-in's formulas follow the new name", async () => {
    const ctx = await installed(newLedger);
    const s = sheet(ctx, "Bidragshuvudbok");
    const t = table(ctx, "PV_Huvudbok");
    const row = ["Mål 1", "Hembesök", "Egen personal", 12, "Besök per vecka", "80 %"];
    await ctx.seed(() => {
      t.rows.add(null, [row]);
      s.getRange("I3").values = [[25]];
      t.name = "Huvudbok2025";
    });
    const report = await newLedger(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("Tabellen PV_Huvudbok heter nu Huvudbok2025 i arbetsboken; tillägget uppdaterade den under det namnet.");
    expect(s.read(t.address)).toEqual([
      ["Mål", "Aktivitet", "Kostnadspost", "Belopp (mnkr)", "Resultatindikator", "Utfall"],
      ["", "", "", "", "", ""],
      row,
    ]);
    expect(s.read("I3")).toEqual([[25]]);
    expect(s.read("H6")).toEqual([[`=IF(COUNT(Huvudbok2025[Belopp (mnkr)])=0,"${FRESH_LEDGER}",PV.GRANT_TRACE(Huvudbok2025[#All],I3))`]]);
    const chartData = s.read(table(ctx, "PV_Huvudbok_Diagram").address);
    expect(chartData[2][1]).toContain("SUMIFS(Huvudbok2025[Belopp (mnkr)]");
    expect(s.chartList).toHaveLength(1);
  });

  it("a ledger from before the chart table's amount columns carried their unit gets the new headers and formulas", async () => {
    const ctx = await installed(newLedger);
    const s = sheet(ctx, "Bidragshuvudbok");
    const chart = table(ctx, "PV_Huvudbok_Diagram");
    const [header, first, second] = s.read(chart.address);
    expect(header).toEqual(["Steg", "Belopp (mnkr)", "Bas (mnkr)", "Höjd (mnkr)"]);
    expect(second[2]).toBe("=$I$3+[@[Belopp (mnkr)]]");
    // As the previous version wrote it: unit-less headers, formulas over them.
    await ctx.seed(() => {
      chart.getHeaderRowRange().values = [["Steg", "Belopp", "Bas", "Höjd"]];
      chart.getDataBodyRange().getCell(0, 3).formulas = [["=ABS([@Belopp])"]];
      chart.getDataBodyRange().getCell(1, 2).formulas = [["=$I$3+[@Belopp]"]];
    });
    const report = await newLedger(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    const again = s.read(chart.address);
    expect(again[0]).toEqual(header);
    expect(again[1]).toEqual(first);
    expect(again[2]).toEqual(second);
    expect(s.chartList).toHaveLength(1);
  });

  it("a renamed add-in sheet is still the add-in's; the user's own cells on it stay", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Närvården");
    await ctx.seed(() => {
      s.name = "Mina Närvårdssiffror";
      s.getRange("L1:L2").values = [["Egen anteckning"], ["=1+1"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toEqual([]);
    expect(report.sheets[0]).toBe("Mina Närvårdssiffror");
    expect(ctx.workbook.sheetList.map((x) => x.name)).not.toContain("Närvården");
    expect(s.read("L1:L2")).toEqual([["Egen anteckning"], ["=1+1"]]);
  });

  it("a user sheet named like the add-in's: left alone, the add-in writes beside it; an empty one is used", async () => {
    const ctx = new FakeContext(1.9);
    await ctx.seed((wb) => {
      wb.worksheets.add("Statsbidrag").getRange("A1:B1").values = [["Min budget", 100]];
      wb.worksheets.add("Källor");
      wb.worksheets.add("Granskning").isProtected = true; // empty but locked: not the add-in's to use
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain('Bladnamnet "Statsbidrag" används redan av ett av dina blad; tillägget skrev till "Statsbidrag (2)".');
    expect(report.notes).toContain('Det tomma bladet "Källor" används nu för tilläggets innehåll.');
    expect(report.notes).toContain('Bladnamnet "Granskning" används redan av ett av dina blad; tillägget skrev till "Granskning (2)".');
    expect(sheet(ctx, "Statsbidrag").read("A1:B1")).toEqual([["Min budget", 100]]);
    expect(sheet(ctx, "Statsbidrag").tableList).toHaveLength(0);
    expect(table(ctx, "PV_Statsbidrag").sheet.name).toBe("Statsbidrag (2)");
    expect(table(ctx, "PV_Kallor").sheet.name).toBe("Källor");
    const again = await insertAll(CAPS, ctx.run);
    expect(again.notes).toEqual([]);
    expect(ctx.workbook.sheetList).toHaveLength(10);
  });

  it("three runs in a row leave the same workbook, each in at most three syncs, with nothing to report", async () => {
    const ctx = await installed();
    const first = snapshot(ctx);
    for (let i = 0; i < 3; i++) {
      const r = await insertAll(CAPS, ctx.run);
      expect(r).toMatchObject({ ok: true, notes: [], restoredCells: 0, keptUserRows: 0 });
      expect(r.syncs).toBeLessThanOrEqual(3);
      expect(snapshot(ctx)).toEqual(first);
    }
  });

  it("a missing reference row is added at the end; the user's notes below the table move down, not over", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const end = Number(/\d+$/.exec(t.address)![0]);
    await ctx.seed(() => {
      s.getRange(`B${end + 4}`).values = [["min slutsats"]];
      t.rows.getItemAt(0).delete();
    });
    expect(s.read(`B${end + 3}`)).toEqual([["min slutsats"]]);
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(s.read(`B${end + 4}`)).toEqual([["min slutsats"]]);
    const rows = body(s, t);
    expect(rows[rows.length - 1]).toEqual(grantRows[0]);
    expect([...rows].sort()).toEqual([...grantRows].sort());
  });

  it("refuses when growing a table would split a user table below it", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const end = Number(/\d+$/.exec(t.address)![0]);
    await ctx.seed(() => {
      t.rows.getItemAt(0).delete();
      s.getRange(`J${end + 5}:L${end + 6}`).values = [
        ["A", "B", "C"],
        [1, 2, 3],
      ];
      s.tables.add(`J${end + 5}:L${end + 6}`, true).name = "MinTabell";
    });
    const before = snapshot(ctx);
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("MinTabell");
    expect(report.message).toContain("PV_Statsbidrag");
    expect(snapshot(ctx)).toEqual(before);
  });

  it("a user table where the add-in's deleted table stood: refuses and names both tables", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Källor");
    await ctx.seed(() => {
      table(ctx, "PV_Kallor").delete();
      s.getRange("B5:C6").values = [
        ["X", "Y"],
        [1, 2],
      ];
      s.tables.add("B5:C6", true).name = "Egen";
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain('bladet "Källor"');
    expect(report.message).toContain("tabellen Egen");
    expect(report.notes.join(" ")).toContain("PV_Kallor"); // the typed-over cells are listed too
    expect(s.read("B5:C6")).toEqual([
      ["X", "Y"],
      [1, 2],
    ]);
  });

  it("a chart the user deleted is not drawn back over cells they filled in; the report says where", async () => {
    const ctx = await installed();
    const d = sheet(ctx, "Diagram");
    const chart = d.chartList.find((c) => c.name === "PV_Chart_Statsbidrag")!;
    await ctx.seed(() => {
      chart.delete();
      d.getRange(chart.position![0]).values = [["mina anteckningar"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes.join(" ")).toContain(`Diagrammet "${chart.title.text}" ritades inte: ${chart.position![0]}`);
    expect(d.read(chart.position![0])).toEqual([["mina anteckningar"]]);
    expect(d.chartList.map((c) => c.name)).not.toContain("PV_Chart_Statsbidrag");
  });

  it("the user's text where the attribution goes is kept, and the report says so", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Källor");
    await ctx.seed(() => (s.getRange("A3").values = [["Min egen källa"]]));
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain(`Källhänvisningen på bladet "Källor" skrevs inte: A3 innehåller något annat, som fick stå kvar.`);
    expect(s.read("A3")).toEqual([["Min egen källa"]]);
  });

  it("the attribution stands above every table (A3), and one an earlier version wrote under a table is cleared", async () => {
    const ctx = await installed();
    for (const sh of ctx.workbook.sheetList) {
      const first = sh.tableList.find((x) => x.address.startsWith("A4:"));
      if (!first) continue;
      const end = Number(/\d+$/.exec(sh.tableList[sh.tableList.length - 1].address)![0]);
      expect([sh.name, String(sh.read("A3")[0][0]).length > 10]).toEqual([sh.name, true]);
      expect([sh.name, sh.read(`A${end + 2}`)[0][0] ?? ""]).toEqual([sh.name, ""]);
    }
    // An earlier version's attribution, two rows under the Källor table: it is the add-in's, so it goes.
    const s = sheet(ctx, "Källor");
    const end = Number(/\d+$/.exec(table(ctx, "PV_Kallor").address)![0]);
    const text = s.read("A3")[0][0];
    await ctx.seed(() => (s.getRange(`A${end + 2}`).values = [[text]]));
    await insertAll(CAPS, ctx.run);
    expect(s.read(`A${end + 2}`)).toEqual([[""]]);
    expect(s.read("A3")).toEqual([[text]]);
  });

  it("an edited title and a renamed column header are restored and counted", async () => {
    const ctx = await installed();
    await ctx.seed(() => {
      sheet(ctx, "Regioner").getRange("A1").values = [["Min rubrik"]];
      table(ctx, "PV_Regioner").getHeaderRowRange().getCell(0, 5).values = [["Värde (mitt)"]];
    });
    const report = await insertAll(CAPS, ctx.run);
    expect(report.notes).toContain('2 ändrade celler på bladet "Regioner" (rubriker eller formler) återställdes.');
    expect(sheet(ctx, "Regioner").read(table(ctx, "PV_Regioner").address)[0][5]).toBe("Värde");
    expect(sheet(ctx, "Regioner").read("A1")[0][0]).toContain("Fallregionerna");
  });
});

describe("failures say what happened", () => {
  it("a failure part-way through the write batch: says what was written, the real sync count, and a re-run completes", async () => {
    const clean = new FakeContext(1.9);
    await insertAll(CAPS, clean.run);
    // The first insert queues about 260 operations; the last few are the guarded waterfall step (tested below).
    for (const after of [0, 1, 5, 40, 120, 200, 250]) {
      const ctx = new FakeContext(1.9);
      await ctx.seed((wb) => (wb.worksheets.add("Mitt blad").getRange("A1").values = [["mitt"]]));
      const report = await insertAll(CAPS, failingAt(ctx, 2, after));
      expect(report.ok).toBe(false);
      // The read, the failed write and the check whether it got as far as the waterfall.
      expect(report.syncs).toBe(ctx.syncs);
      expect(report.syncs).toBe(3);
      expect(report.message).toContain("Excel avbröt skrivningen innan den var klar (GeneralException");
      expect(report.message).toContain("inget av ditt eget innehåll skrevs över");
      expect(report.message).toContain("Kör åtgärden igen");
      expect(report.message).not.toContain("Inget ändrades");
      const again = await insertAll(CAPS, ctx.run);
      expect(again.ok).toBe(true);
      expect(snapshot(ctx).filter((s) => s.name !== "Mitt blad")).toEqual(snapshot(clean));
      expect(sheet(ctx, "Mitt blad").read("A1")).toEqual([["mitt"]]);
    }
  });

  it("a failure part-way through a re-run: the user's rows survive it, and the next run completes", async () => {
    const ctx = await installed();
    const s = sheet(ctx, "Statsbidrag");
    const t = table(ctx, "PV_Statsbidrag");
    const mine = ["Mitt eget", "Region Kalmar", "2025", "", "", 42, "mnkr", "egen uppgift", "", "min-rad-1"];
    await ctx.seed(() => {
      t.rows.add(5, [mine]);
      t.getDataBodyRange().getCell(0, 5).values = [[1]];
    });
    const failing = await insertAll(CAPS, failingAt(ctx, 3, 60));
    expect(failing.ok).toBe(false);
    expect(failing.message).toContain("Kör åtgärden igen");
    expect(body(s, t)[5]).toEqual(mine);
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("1 egen rad i PV_Statsbidrag behölls där den står.");
    const rows = body(s, t);
    expect(rows[5]).toEqual(mine);
    expect(rows.filter((_, i) => i !== 5)).toEqual(grantRows);
  });

  it("a host that rejects the waterfall's title: the waterfall is removed and the stacked-column fallback drawn", async () => {
    const ctx = new FakeContext(1.9);
    ctx.strictWaterfallHost = true;
    const report = await insertAll(CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.notes).toEqual([
      'Excel godtog inte vattenfallsdiagrammet (UnsupportedOperation); "Kalmar 2021: statsbidraget från mottaget till ej spårbart" ritades som staplad stapel med osynlig bas.',
    ]);
    expect(report.syncs).toBe(ctx.syncs);
    expect(report.syncs).toBe(4);
    const d = sheet(ctx, "Diagram");
    const w = d.chartList.filter((c) => c.name === "PV_Chart_Bidragsspar");
    expect(w).toHaveLength(1);
    expect(w[0].type).toBe("ColumnStacked");
    expect(w[0].clearedFills).toEqual([0]);
    expect(w[0].title.text).toContain("Kalmar 2021");
    expect(d.chartList).toHaveLength(5);
    // The next run finds the fallback chart and leaves it as it is.
    const again = await insertAll(CAPS, ctx.run);
    expect(again).toMatchObject({ ok: true, notes: [] });
    expect(d.chartList).toHaveLength(5);
  });

  it("cell-edit mode on the first read: nothing changed, one sync counted", async () => {
    const ctx = await installed();
    const before = snapshot(ctx);
    ctx.editMode = true;
    const report = await insertAll(CAPS, ctx.run);
    expect(report).toMatchObject({ ok: false, syncs: 1 });
    expect(report.message).toContain("Inget ändrades");
    expect(snapshot(ctx)).toEqual(before);
  });
});
