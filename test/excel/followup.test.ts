/**
 * The follow-up written through Office.js (fake Excel): the mapping tables, the results table and
 * Återrapportering from the same plans the .xlsx writer uses, the ledger's computed columns, page layout,
 * re-runs that keep the controller's edits, and at most three syncs.
 */
import { SIE_LEDGER_COLUMNS, SIE_LEDGER_HEADER } from "../../src/core/ledger/columns";
import { SIE_TABLE, sieSideCell } from "../../src/core/workbook/sieLedgerPlan";
import { followupPlans, ledgerFormulas, SHEETS, TABLES } from "../../src/core/workbook/followupPlan";
import { writeFollowup } from "../../src/excel/followup";
import { importSieLedger } from "../../src/excel/ledgerImport";
import { JH_ROWS, jhInput } from "../core/followup/jhCase";
import { FakeContext } from "./fakeExcel";

const CAPS = { api19: true, api18: true };
const PROJECTS = [...new Set(JH_ROWS.map((r) => r.project))];

/** The column right of a fresh SIE ledger (org. no., GRANT_TRACE, received), and where it stands after the follow-up. */
const SIDE = SIE_LEDGER_COLUMNS.length;
const MOVED = SIDE + 2;

async function withLedger(
  ctx: FakeContext,
  rows = JH_ROWS,
  caps = CAPS,
  received: { ore: number; accounts: string[]; vouchers: string[] } | null = null,
) {
  const r = await importSieLedger(
    {
      rows,
      provenance: { file: "jh2022.se", generated: "2023-02-15", year: "2022" },
      projects: PROJECTS,
      company: "Region Jämtland Härjedalen",
      orgNumber: "232100-0214",
      received,
    },
    caps,
    ctx.run,
  );
  expect(r.ok).toBe(true);
}

const table = (ctx: FakeContext, name: string) => ctx.workbook.allTables().find((t) => t.name === name)!;
const read = (ctx: FakeContext, name: string) => {
  const t = table(ctx, name);
  return t.sheet.read(t.address);
};
const sheet = (ctx: FakeContext, name: string) => ctx.workbook.sheetList.find((s) => s.name === name)!;

describe("writing the follow-up into Excel", () => {
  it("writes the mapping tables, results and the report, and gives the ledger its two formula columns, in three syncs", async () => {
    const ctx = new FakeContext();
    await withLedger(ctx);
    const before = ctx.syncs;
    const { sheets, cells } = followupPlans(jhInput());
    const report = await writeFollowup(sheets, CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(ctx.syncs - before).toBe(report.syncs);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(report.sheets).toEqual([SHEETS.costTypes, SHEETS.areas, SHEETS.results, SHEETS.report]);

    const ledger = read(ctx, SIE_TABLE);
    const extra = ledgerFormulas();
    expect(ledger[0].slice(-2)).toEqual(extra.map((c) => c.header));
    expect(ledger.length - 1).toBe(JH_ROWS.length);
    for (const row of ledger.slice(1)) expect(row.slice(-2)).toEqual(extra.map((c) => c.formula));
    // The cells beside the table (org. no., GRANT_TRACE) moved right of the new columns.
    const ls = table(ctx, SIE_TABLE).sheet;
    expect(ls.read(`${sieSideCell("org")}:${sieSideCell("trace")}`)).toEqual([[""], [""], ["Kostnadsslag"]]);
    expect(ls.read(sieSideCell("trace", MOVED))[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All])`);
    expect(ls.read(sieSideCell("org", MOVED))[0][0]).toBe("232100-0214");

    expect(read(ctx, TABLES.costTypes).slice(1)).toEqual(jhInput().rules.map((r) => [r.from, r.to, r.costType]));
    expect(
      read(ctx, TABLES.projects)
        .slice(1)
        .map((r) => [r[0], r[3]]),
    ).toEqual(jhInput().mappings.map((m) => [m.project, m.area]));
    const results = read(ctx, TABLES.results);
    expect(results.slice(1).map((r) => r[1])).toEqual([
      "Handledarutbildningar",
      "Vidareutbildade sjuksköterskor",
      "Helhetsintryck av besöket i primärvården",
    ]);
    // Kolada not loaded: the actual says so, never 0.
    expect(results[3]).toContain("Kolada-data ej laddad");

    const rep = sheet(ctx, SHEETS.report);
    expect(rep.read(cells.difference)[0][0]).toMatch(/^=.*-.*$/);
    expect(String(rep.read(cells.matrix["Egen personal|Tillgänglighet"])[0][0])).toMatch(/^=SUMIFS\(/);
    expect(rep.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
    });
    expect(sheet(ctx, SHEETS.costTypes).page).toMatchObject({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it("a second run keeps the controller's mapping edits and rows, adds no column twice, and stays within three syncs", async () => {
    const ctx = new FakeContext();
    await withLedger(ctx);
    const { sheets } = followupPlans(jhInput());
    expect((await writeFollowup(sheets, CAPS, ctx.run)).ok).toBe(true);
    const k = table(ctx, TABLES.costTypes);
    await ctx.seed(() => {
      k.sheet.getRange("C5").values = [["Köpt vård och verksamhet"]];
    });
    const before = ctx.syncs;
    const again = await writeFollowup(sheets, CAPS, ctx.run);
    expect(again.ok).toBe(true);
    expect(again.syncs).toBeLessThanOrEqual(3);
    expect(ctx.syncs - before).toBe(again.syncs);
    expect(read(ctx, TABLES.costTypes)[1][2]).toBe("Köpt vård och verksamhet");
    expect(read(ctx, SIE_TABLE)[0].filter((h) => h === "Kostnadsslag")).toHaveLength(1);
  });

  it("a newer SIE import gives its new rows the same formulas", async () => {
    const ctx = new FakeContext();
    await withLedger(ctx);
    expect((await writeFollowup(followupPlans(jhInput()).sheets, CAPS, ctx.run)).ok).toBe(true);
    const more = [...JH_ROWS, { ...JH_ROWS[0], account: "4611", accountName: "Övertid", ore: 12_345_67 }];
    await withLedger(ctx, more);
    const ledger = read(ctx, SIE_TABLE);
    const added = ledger.find((r) => r[SIE_LEDGER_HEADER.indexOf("Konto")] === "4611")!;
    expect(added.slice(-2)).toEqual(ledgerFormulas().map((c) => c.formula));
  });

  it("the received grant beside the ledger moves with GRANT_TRACE, and a later import writes it where it now stands", async () => {
    const ctx = new FakeContext();
    const received = { ore: 5_000_000_00, accounts: ["3011"], vouchers: ["A 12"] };
    await withLedger(ctx, JH_ROWS, CAPS, received);
    const ls = table(ctx, SIE_TABLE).sheet;
    expect(ls.read(sieSideCell("trace"))[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All],${sieSideCell("received")})`);
    expect((await writeFollowup(followupPlans(jhInput()).sheets, CAPS, ctx.run)).ok).toBe(true);
    const moved = sieSideCell("received", MOVED);
    expect(ls.read(moved)[0][0]).toBe(5_000_000);
    expect(ls.read(sieSideCell("trace", MOVED))[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All],${moved})`);
    // A newer import with another received amount: beside the table as it is now, never inside its new columns.
    await withLedger(ctx, JH_ROWS, CAPS, { ...received, ore: 5_100_000_00 });
    expect(ls.read(moved)[0][0]).toBe(5_100_000);
    expect(ls.read(sieSideCell("trace", MOVED))[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All],${moved})`);
    const ledger = read(ctx, SIE_TABLE);
    for (const row of ledger.slice(1)) expect(row.slice(-2)).toEqual(ledgerFormulas().map((c) => c.formula));
  });

  it("without a ledger nothing is written and the message says to import first", async () => {
    const ctx = new FakeContext();
    await ctx.seed((wb) => wb.worksheets.add("Blad1"));
    const r = await writeFollowup(followupPlans(jhInput()).sheets, CAPS, ctx.run);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/importera SIE-filen först/);
    expect(ctx.workbook.sheetList.map((s) => s.name)).toEqual(["Blad1"]);
  });

  it("refuses, before writing, where the user's own cells stand in the new columns' way", async () => {
    const ctx = new FakeContext();
    await withLedger(ctx);
    const ls = table(ctx, SIE_TABLE).sheet;
    await ctx.seed(() => {
      ls.getRange(sieSideCell("received", SIDE + 1)).values = [["min anteckning"]];
    });
    const r = await writeFollowup(followupPlans(jhInput()).sheets, CAPS, ctx.run);
    expect(r.ok).toBe(false);
    expect(r.message).toContain(sieSideCell("received", SIDE + 1));
    expect(ctx.workbook.sheetList.some((s) => s.name === SHEETS.report)).toBe(false);
  });

  it("below ExcelApi 1.9 the page layout is left to Excel and everything else is written", async () => {
    const ctx = new FakeContext(1.8);
    await withLedger(ctx, JH_ROWS, { api19: false, api18: true });
    const r = await writeFollowup(followupPlans(jhInput()).sheets, { api19: false, api18: true }, ctx.run);
    expect(r.ok).toBe(true);
    expect(sheet(ctx, SHEETS.report).page).toEqual({});
    // and the fake rejects pageLayout there, as Excel has no such object below 1.9
    expect(() => sheet(ctx, SHEETS.report).pageLayout).toThrow(/ExcelApi 1.9/);
  });
});
