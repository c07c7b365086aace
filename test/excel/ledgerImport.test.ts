import { ledgerTrace } from "../../src/core/grants/grantTrace";
import { messageFor } from "../../src/core/i18n";
import type { DomainError } from "../../src/core/util/errors";
import { buildLedger, defaultChoice, fiscalYearLabel, parseRanges, projectOptions } from "../../src/core/sie/ledger";
import { SIE_LEDGER_HEADER } from "../../src/core/ledger/columns";
import {
  SIE_ORGNR_CELL,
  SIE_RECEIVED_CELL,
  SIE_RECEIVED_SOURCE_CELL,
  SIE_TABLE,
  SIE_TRACE_CELL,
} from "../../src/core/workbook/sieLedgerPlan";
import { grantIncome } from "../../src/core/sie/ledger";
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
  return {
    rows: buildLedger(b, choice),
    provenance: { file, generated: b.generated ?? "", year: fiscalYearLabel(b) },
    projects,
    company: b.company,
    orgNumber: b.orgNumber,
  };
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
    const lokalhyra = rows.find((r) => r[8] === "Nord" && r[11] === "5010")!;
    expect(lokalhyra).toEqual([
      "",
      "",
      "5010 Lokalhyra",
      101750,
      "",
      "",
      "",
      "2021",
      "Nord",
      "Kontor Nord",
      "",
      "5010",
      12,
      "visma.se",
      "2023-08-22",
    ]);
    const withProject = rows.find((r) => r[10] === "0001")!;
    expect(withProject.slice(1, 4)).toEqual(["Utbildning av användare", "5420 Programvaror", 1200]); // "0001" kept as text
    expect(sheet.read(SIE_ORGNR_CELL)[0][0]).toBe("555555-5555");
    expect(sheet.read(SIE_TRACE_CELL)[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All])`);
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
    sheet.cell(top, 5).value = "Andel hembesök";
    sheet.cell(top, 6).formula = "=2/5";
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
    expect(after[1][5]).toBe("Andel hembesök");
    expect(after[1][6]).toBe("=2/5");
    expect(after.find((r) => r[8] === "Nord" && r[11] === "5010")![3]).toBe(102750);
    expect(after.every((r, i) => i === 0 || r[13] === "visma-2.se")).toBe(true);
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
      year: "2024",
      budgetOre: null,
    }));
    const ctx = new FakeContext();
    const report = await importSieLedger(
      { rows, provenance: { file: "stor.se", generated: "", year: "2024" }, projects: ["P1"], company: null, orgNumber: null },
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
    sheet.cell(top, 11).value = "Kontonummer";
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
      rows: [{ ...row, ore: 100000, vouchers: 1, year: "2024", budgetOre: null }],
      provenance: { file: "=fil.se", generated: "2024-01-31", year: "2024" },
      projects: ["=P1"],
      company: null,
      orgNumber: null,
    };
    expect((await importSieLedger(inp, CAPS, ctx.run)).ok).toBe(true);
    const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
    const { rows } = ledger(ctx);
    // Excel keeps the apostrophe as a hidden quote prefix and reads the text back without it.
    expect(rows[1].slice(1, 14)).toEqual([
      "@Hembesök",
      "5010 Hyra",
      1000,
      "",
      "",
      "",
      "2024",
      "=P1",
      "+Hälsa",
      "-A1",
      "5010",
      1,
      "=fil.se",
    ]);
    expect(
      t.sheet
        .quotePrefixed(t.address)[1]
        .map((q, j) => (q ? rows[0][j] : null))
        .filter(Boolean),
    ).toEqual(["Aktivitet", "Projekt", "Projektnamn", "Aktivitetsobjekt", "Fil"]);
    const top = Number(/\d+/.exec(t.address)![0]);
    const formulas = rows[0].map((_, j) => t.sheet.cell(top, j).formula).filter((f) => f !== undefined);
    expect(formulas).toEqual([]);
  });
});

const at = (rows: unknown[][], name: string) => rows[0].indexOf(name);

describe("several years, budgets and another company's books", () => {
  const NEXT_YEAR = (t: string) => t.replace("#RAR 0 20210101 20211231", "#RAR 0 20220101 20221231");

  it("the next year's export adds its rows with År instead of replacing the earlier year's", async () => {
    const ctx = new FakeContext();
    const first = input(visma());
    await importSieLedger(first, CAPS, ctx.run);
    const before = ledger(ctx).rows;
    const report = await importSieLedger(
      input(
        visma((t) => RAISED_RENT(NEXT_YEAR(t))),
        "visma-2022.se",
      ),
      CAPS,
      ctx.run,
    );
    expect(report.ok).toBe(true);
    const rows = ledger(ctx).rows;
    const year = at(rows, "År");
    expect(rows.length - 1).toBe(2 * first.rows.length);
    expect(rows.slice(1, before.length)).toEqual(before.slice(1)); // 2021 untouched
    const rent = (y: string) => rows.find((r) => r[year] === y && r[at(rows, "Projekt")] === "Nord" && r[at(rows, "Konto")] === "5010")!;
    expect([rent("2021")[3], rent("2022")[3]]).toEqual([101750, 102750]);
    // GRANT_TRACE over both years sums both; with a year, that year's rows alone.
    const sum2021 = first.rows.reduce((s, r) => s + r.ore, 0) / 100;
    expect(ledgerTrace(rows).traced).toBeCloseTo(2 * sum2021 + 1000, 6);
    expect(ledgerTrace(rows, undefined, 2021).traced).toBeCloseTo(sum2021, 6);
    expect(ledgerTrace(rows, undefined, 2022).traced).toBeCloseTo(sum2021 + 1000, 6);
    let missing: unknown = null;
    try {
      ledgerTrace(rows, undefined, 2023);
    } catch (e) {
      missing = e;
    }
    expect(messageFor(missing as DomainError)).toBe("Rapporterna anger inget värde för huvudboken år 2023. Finns: 2021, 2022.");
    // Without a budget in the file, GRANT_TRACE says so.
    expect(ledgerTrace(rows, undefined, 2022).rows.find((r) => r[0] === "Budget")![1]).toBe(
      "Ingen budget i huvudboken (Budget (kr) är tom)",
    );
  });

  it("an export of another company is refused naming both organisation numbers, and nothing is written", async () => {
    const ctx = new FakeContext();
    await importSieLedger(input(visma()), CAPS, ctx.run);
    const { sheet } = ledger(ctx);
    const before = JSON.stringify([...sheet.cells.entries()]);
    const other = visma((t) => t.replace("#ORGNR 555555-5555", "#ORGNR 556677-8899"));
    const report = await importSieLedger(input(other, "annat.se"), CAPS, ctx.run);
    expect(report.ok).toBe(false);
    expect(report.message).toBe(
      "Huvudboken kan inte uppdateras: filen är en export för organisationsnummer 556677-8899, men huvudboken gäller 555555-5555. Importera den i en annan arbetsbok. Inget ändrades.",
    );
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(before);
  });

  it("Budget (kr) per row where the file's #PBUDGET gives that project (and activity) on that account", async () => {
    const withBudget = (t: string) =>
      t.replace(
        "#RAR -1",
        [
          "#PBUDGET 0 202101 5010 {1 Nord} 50000",
          "#PBUDGET 0 202102 5010 {1 Nord} 52000.50",
          "#PBUDGET 0 202101 5010 {} 999999",
          "#RAR -1",
        ].join("\n"),
      );
    const ctx = new FakeContext();
    await importSieLedger(input(visma(withBudget)), CAPS, ctx.run);
    const rows = ledger(ctx).rows;
    const budget = at(rows, "Budget (kr)");
    const row = (p: string, k: string) => rows.find((r) => r[at(rows, "Projekt")] === p && r[at(rows, "Konto")] === k)!;
    expect(row("Nord", "5010")[budget]).toBe(102000.5);
    expect(row("Syd", "5010")[budget]).toBe(""); // no budget at that detail
    // GRANT_TRACE: budget against actual on the rows that have one.
    const b = ledgerTrace(rows).rows.find((r) => r[0] === "Budget")!;
    expect(b.slice(1, 3)).toEqual(["Budget för 1 rad; utfall 101 750", 102000.5]);
    expect(b[6]).toBe("huvudboken (Budget (kr)); utfall 99,8 % av budget");
  });
});

describe("grant income from the books", () => {
  it("writes what the chosen income accounts received beside the ledger, with its vouchers, and GRANT_TRACE uses it", async () => {
    // Visma's 3041 renamed to a grant account; its income becomes the received amount.
    const b = visma((t) => t.replace(/#KONTO 3041 [^\n]*/, '#KONTO 3041 "Statsbidrag nära vård"'));
    const got = grantIncome(b, ["3041"], null);
    expect(got.ore).toBeGreaterThan(0);
    expect(got.vouchers.length).toBeGreaterThan(0);
    const ctx = new FakeContext();
    const report = await importSieLedger({ ...input(b), received: { ...got, accounts: ["3041"] } }, CAPS, ctx.run);
    expect(report.ok).toBe(true);
    const { sheet } = ledger(ctx);
    expect(sheet.read(SIE_RECEIVED_CELL)[0][0]).toBe(got.ore / 100);
    expect(sheet.read(SIE_RECEIVED_SOURCE_CELL)[0][0]).toBe(
      `Konto 3041; verifikationer ${got.vouchers.slice(0, 50).join(", ")}${got.vouchers.length > 50 ? " …" : ""}`,
    );
    expect(sheet.read(SIE_TRACE_CELL)[0][0]).toBe(`=PV.GRANT_TRACE(${SIE_TABLE}[#All],${SIE_RECEIVED_CELL})`);
    expect(report.notes.some((n) => n.startsWith("Mottaget bidrag ur bokföringen:"))).toBe(true);
    // The same import again: the ledger is unchanged, the received amount stays.
    const again = await importSieLedger({ ...input(b), received: { ...got, accounts: ["3041"] } }, CAPS, ctx.run);
    expect(again.message).toBe("Inget ändrades: huvudboken stämmer redan med visma.se.");
    expect(sheet.read(SIE_RECEIVED_CELL)[0][0]).toBe(got.ore / 100);
  });
});

describe("re-importing text that starts with = + - @ (office-js issue 6687)", () => {
  const HOSTILE = (t: string) =>
    t
      .replace('#OBJEKT 1 Nord "Kontor Nord"', '#OBJEKT 1 Nord "=HYPERLINK(\\"http://x\\")"')
      .replace('#OBJEKT 1 Syd "Kontor Syd"', '#OBJEKT 1 Syd "+46 Syd"')
      .replace("#KONTO 5010 Lokalhyra", '#KONTO 5010 "-Lokalhyra"')
      .replace(/#KONTO 7010 [^\n]*/, '#KONTO 7010 "@Löner"');

  it("cells stay text, a second import adds no rows and changes nothing, GRANT_TRACE is not doubled", async () => {
    const ctx = new FakeContext();
    const inp = input(visma(HOSTILE));
    expect(inp.rows.some((r) => r.projectName.startsWith("=HYPERLINK"))).toBe(true);
    await importSieLedger(inp, CAPS, ctx.run);
    const { sheet } = ledger(ctx);
    const t = ctx.workbook.allTables().find((x) => x.name === SIE_TABLE)!;
    const first = ledger(ctx).rows;
    const name = at(first, "Projektnamn");
    const nord = first.findIndex((r) => r[name] === '=HYPERLINK("http://x")');
    expect(nord).toBeGreaterThan(0);
    const quoted = sheet.quotePrefixed(t.address);
    expect(quoted[nord][name]).toBe(true);
    expect(first.some((r, i) => i > 0 && String(r[2]).startsWith("5010 -Lokalhyra"))).toBe(true);
    const traced = ledgerTrace(first).traced;

    // The user's own quote-prefixed text in Mål.
    const top = Number(/\d+/.exec(t.address)![0]);
    await ctx.run(async (c) => {
      c.workbook.worksheets.getItem(sheet.name).getRange(`A${top + 1}`).values = [["'=mål: fler hembesök"]];
      await c.sync();
    });

    const again = await importSieLedger(input(visma(HOSTILE)), CAPS, ctx.run);
    expect(again.message).toBe("Inget ändrades: huvudboken stämmer redan med visma.se.");
    const newer = await importSieLedger(
      input(
        visma((x) => RAISED_RENT(HOSTILE(x))),
        "visma-2.se",
      ),
      CAPS,
      ctx.run,
    );
    expect(newer.ok).toBe(true);
    const after = ledger(ctx).rows;
    expect(after).toHaveLength(first.length); // no row added twice
    expect(ledgerTrace(after).traced).toBeCloseTo(traced + 1000, 6);
    const q = sheet.quotePrefixed(t.address);
    expect([after[1][0], q[1][0]]).toEqual(["=mål: fler hembesök", true]);
    expect([after[nord][name], q[nord][name]]).toEqual(['=HYPERLINK("http://x")', true]);
    // No cell of the table became a formula.
    const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined).map((c) => c.formula);
    expect(formulas.filter((f) => !String(f).startsWith("=PV."))).toEqual([]);
  });
});
