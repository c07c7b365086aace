import { ledgerTrace } from "../../src/core/grants/grantTrace";
import { buildLedger, defaultChoice, parseRanges, projectOptions } from "../../src/core/sie/ledger";
import { SIE_LEDGER_HEADER } from "../../src/core/ledger/columns";
import { SIE_TABLE } from "../../src/core/workbook/sieLedgerPlan";
import { readSie } from "../../src/core/sie/reader";
import type { SieBooks } from "../../src/core/sie/types";
import { importSieLedger, type SieImport } from "../../src/excel/ledgerImport";
import { fixture, VISMA } from "../core/sie/fixtures";
import { FakeContext, type FakeWorksheet } from "./fakeExcel";

const CAPS = { api19: true, api18: true };
/** Voucher G 1 (Hyra, 2021-01-31) with Nord's rent 1 000 kr higher, still balanced. */
const RAISED_RENT = (s: string) =>
  s.replace(
    "#TRANS 5010 {1 Nord} 8250.00\n   #TRANS 5010 {1 Syd} 8250.00\n   #TRANS 1710 {} -16500.00",
    "#TRANS 5010 {1 Nord} 9250.00\n   #TRANS 5010 {1 Syd} 8250.00\n   #TRANS 1710 {} -17500.00",
  );

function visma(text?: (t: string) => string): SieBooks {
  const raw = fixture(VISMA);
  const bytes = text ? Buffer.from(text(Buffer.from(raw).toString("latin1")), "latin1") : raw;
  const r = readSie(bytes);
  if (!r.ok) throw new Error(r.error.code);
  return r.books;
}

/** Projects = dimension 1 (Nord, Syd), activities = dimension 6: a ledger of some 30 rows. */
function input(b: SieBooks, file = "visma.se"): SieImport {
  const ranges = parseRanges("4000-7999");
  const projects = projectOptions(b, "1", ranges).map((p) => p.code);
  const choice = { ...defaultChoice(b), projectDim: "1", activityDim: "6", ranges, projects };
  return { rows: buildLedger(b, choice), provenance: { file, generated: b.generated ?? "" }, projects, company: b.company };
}

function ledger(ctx: FakeContext): { sheet: FakeWorksheet; rows: unknown[][] } {
  const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
  return { sheet: t.sheet, rows: t.sheet.read(t.address) };
}

describe("SIE ledger import into the workbook", () => {
  it("a first import creates the sheet, the table with provenance and GRANT_TRACE beside it", async () => {
    const ctx = new FakeContext();
    const inp = input(visma());
    const report = await importSieLedger(inp, CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.message).toContain(`med ${inp.rows.length} rader från visma.se`);
    expect(ctx.syncs).toBe(report.syncs);
    expect(report.syncs).toBeLessThanOrEqual(6);
    const { sheet, rows } = ledger(ctx);
    expect(sheet.name).toBe("SIE-huvudbok");
    expect(rows[0]).toEqual([...SIE_LEDGER_HEADER]);
    expect(rows.length - 1).toBe(inp.rows.length);
    const lokalhyra = rows.find((r) => r[6] === "Nord" && r[9] === "5010")!;
    expect(lokalhyra).toEqual(["", "", "5010 Lokalhyra", 101750, "", "", "Nord", "Kontor Nord", "", "5010", 12, "visma.se", "2023-08-22"]);
    const withProject = rows.find((r) => r[8] === "0001")!;
    expect(withProject.slice(1, 4)).toEqual(["Utbildning av användare", "5420 Programvaror", 1200]); // "0001" kept as text
    expect(sheet.read("O4")[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All])`);
    // GRANT_TRACE over exactly what the workbook holds.
    const t = ledgerTrace(rows);
    expect(t.rows[0][2]).toBe("Belopp (kr)");
    expect(t.traced).toBeCloseTo(inp.rows.reduce((s, r) => s + r.ore, 0) / 100, 6);
  });

  it("re-importing the same file changes nothing; the user's text and formulas survive a newer export", async () => {
    const ctx = new FakeContext();
    await importSieLedger(input(visma()), CAPS, ctx.run);
    const { sheet } = ledger(ctx);
    const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
    const top = Number(/\d+/.exec(t.address)![0]); // header row, 1-based; first body row is top (0-based)
    sheet.cell(top, 0).value = "Fler besök i hemmet";
    sheet.cell(top, 4).value = "Andel hembesök";
    sheet.cell(top, 5).formula = "=2/5";
    const before = JSON.stringify([...sheet.cells.entries()]);
    const syncsBefore = ctx.syncs;

    const same = await importSieLedger(input(visma()), CAPS, ctx.run);
    expect(same.message).toBe("Inget ändrades: huvudboken stämmer redan med visma.se.");
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
    expect(ctx.syncs - syncsBefore).toBe(2); // read only

    // A newer export: one Lokalhyra row of Nord is 1 000 kr higher.
    const newer = visma(RAISED_RENT);
    const report = await importSieLedger(input(newer, "visma-2.se"), CAPS, ctx.run);
    expect(report.ok).toBe(true);
    expect(report.message).toContain("1 ändrat belopp");
    expect(report.notes).toEqual(["Ändrad: Projekt Nord, konto 5010 Lokalhyra: 101 750 kr → 102 750 kr"]);
    const after = ledger(ctx).rows;
    expect(after[1].slice(0, 1)).toEqual(["Fler besök i hemmet"]);
    expect(after[1][4]).toBe("Andel hembesök");
    expect(after[1][5]).toBe("=2/5");
    expect(after.find((r) => r[6] === "Nord" && r[9] === "5010")![3]).toBe(102750);
    expect(after.every((r, i) => i === 0 || r[11] === "visma-2.se")).toBe(true);
  });

  it("a ledger larger than one request is written in several, each under Excel's limit, and complete", async () => {
    const name = "x".repeat(450);
    const rows = Array.from({ length: 12_000 }, (_, i) => ({
      project: "P1",
      projectName: "Projekt",
      activity: String(i),
      activityName: `Aktivitet ${i}`,
      account: "5010",
      accountName: name,
      ore: 100 * i,
      vouchers: 1,
    }));
    const ctx = new FakeContext();
    const report = await importSieLedger(
      { rows, provenance: { file: "stor.se", generated: "" }, projects: ["P1"], company: null },
      CAPS,
      ctx.run,
    );
    expect(report.ok).toBe(true);
    expect(report.payloadBytes).toBeGreaterThan(FakeContext.REQUEST_LIMIT); // too much for one request
    expect(ctx.syncs).toBe(report.syncs);
    expect(Math.max(...ctx.payloadPerSync)).toBeLessThanOrEqual(FakeContext.REQUEST_LIMIT);
    const written = ledger(ctx).rows;
    expect(written.length - 1).toBe(rows.length);
    expect(written[written.length - 1].slice(3, 4)).toEqual([(100 * 11_999) / 100]);
  });

  it("a failed run (Excel in cell-edit mode) writes nothing", async () => {
    const ctx = new FakeContext();
    ctx.editMode = true;
    const report = await importSieLedger(input(visma()), CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("redigeringsläge");
    expect(ctx.workbook.sheetList).toEqual([]);
  });

  it("a first import that Excel rejects while writing the rows leaves no sheet behind", async () => {
    const ok = new FakeContext();
    const total = (await importSieLedger(input(visma()), CAPS, ok.run)).syncs;
    // The same import into a workbook with the user's sheet, the host rejecting the last sync (the rows' write).
    const ctx = new FakeContext();
    await ctx.run(async (c) => {
      c.workbook.worksheets.add("Blad1");
      await c.sync();
    });
    const sync = ctx.sync.bind(ctx);
    let n = 0;
    ctx.sync = () => {
      if (++n === total) ctx.failAfter(0);
      return sync();
    };
    const report = await importSieLedger(input(visma()), CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(n).toBeGreaterThan(total); // the clean-up ran its own sync
    expect(ctx.workbook.sheetList.map((w) => w.name)).toEqual(["Blad1"]);
    expect(ctx.workbook.allTables()).toEqual([]);
  });

  it("a ledger whose Konto column the user removed is refused, and nothing is written", async () => {
    const ctx = new FakeContext();
    await importSieLedger(input(visma()), CAPS, ctx.run);
    const { sheet } = ledger(ctx);
    const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
    const top = Number(/\d+/.exec(t.address)![0]) - 1;
    sheet.cell(top, 9).value = "Kontonummer";
    const before = JSON.stringify([...sheet.cells.entries()]);
    const report = await importSieLedger(input(visma(), "ny.se"), CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toBe("Huvudboken kan inte uppdateras: tabellen saknar kolumnerna Konto. Inget ändrades.");
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
  });

  it("a protected ledger sheet is reported and left as it was", async () => {
    const ctx = new FakeContext();
    await importSieLedger(input(visma()), CAPS, ctx.run);
    const { sheet } = ledger(ctx);
    sheet.isProtected = true;
    const before = JSON.stringify([...sheet.cells.entries()]);
    const newer = visma(RAISED_RENT);
    const report = await importSieLedger(input(newer, "visma-2.se"), CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toContain("skyddat");
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
  });

  it("writes a SIE file's names that start with =, +, - or @ as text: no cell of the ledger becomes a formula", async () => {
    const ctx = new FakeContext();
    const row = { project: "=P1", projectName: "+Hälsa", activity: "-A1", activityName: "@Hembesök", account: "5010", accountName: "Hyra" };
    const inp: SieImport = {
      rows: [{ ...row, ore: 100000, vouchers: 1 }],
      provenance: { file: "=fil.se", generated: "2024-01-31" },
      projects: ["=P1"],
      company: null,
    };
    expect((await importSieLedger(inp, CAPS, ctx.run)).ok).toBe(true);
    const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
    const { rows } = ledger(ctx);
    expect(rows[1].slice(1, 12)).toEqual(["'@Hembesök", "5010 Hyra", 1000, "", "", "'=P1", "'+Hälsa", "'-A1", "5010", 1, "'=fil.se"]);
    const top = Number(/\d+/.exec(t.address)![0]);
    const formulas = rows[0].map((_, j) => t.sheet.cell(top, j).formula).filter((f) => f !== undefined);
    expect(formulas).toEqual([]);
  });
});
