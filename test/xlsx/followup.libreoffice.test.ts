/**
 * The follow-up workbook of the Jämtland Härjedalen 2022 case, written as .xlsx and recalculated by LibreOffice
 * Calc headless: every figure of Återrapportering is an ordinary formula over the ledger and the mapping
 * tables, and LibreOffice must arrive at the sums computed here from the ledger rows themselves.
 */
import fs from "fs";
import path from "path";
import { parseAddress } from "../../src/core/workbook/layout";
import { followupPlans, ledgerSheetWithRows, SHEETS, UNCLASSIFIED, UNMAPPED, type ReportCells } from "../../src/core/workbook/followupPlan";
import { writeXlsx } from "../../src/xlsx/package";
import { COST_OF, JH_ROWS, JH_TOTAL_ORE, jhChoice, jhInput, THEMES } from "../core/followup/jhCase";
import { cleanup, convert, csvFilter, parseCsv, requireTools } from "./libreoffice";
import type { FollowupChoice, FollowupInput } from "../../src/core/workbook/followupPlan";
import { followupJson } from "../../src/core/followup/run";
import { crosswalk } from "../../src/core/followup/model";
import { modelRow } from "../../src/core/followup/fromBooks";

const OUT = path.resolve(__dirname, "../../test-output/xlsx-followup");

async function recalculated(name: string, over: Partial<FollowupChoice> = {}, edit: (i: FollowupInput) => FollowupInput = (i) => i) {
  const input = edit(jhInput(over));
  const choice = jhChoice(over);
  const ledger = ledgerSheetWithRows(
    "Region Jämtland Härjedalen",
    [...choice.rows],
    { file: "jh2022.se", generated: "2023-02-15", year: "2022" },
    [],
  );
  const { sheets, cells } = followupPlans(input);
  const file = path.join(OUT, `${name}.xlsx`);
  fs.writeFileSync(file, await writeXlsx([ledger, ...sheets]));
  const csvs = convert(file, csvFilter(false), path.join(OUT, name));
  const report = csvs.find((f) => f.endsWith(`-${SHEETS.report}.csv`))!;
  const grid = parseCsv(fs.readFileSync(report, "utf8"));
  const at = (a1: string) => {
    const p = parseAddress(a1);
    return grid[p.row]?.[p.col] ?? "";
  };
  const num = (a1: string) => {
    const t = at(a1);
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  };
  return { at, num, cells, file };
}

const kr = (ore: number) => ore / 100;
const sumOre = (pred: (r: (typeof JH_ROWS)[number]) => boolean) => JH_ROWS.filter(pred).reduce((s, r) => s + r.ore, 0);
const AREA_OF: Record<string, string> = Object.fromEntries(["2201", "2202", "2203", "2204", "2205"].map((p, i) => [p, THEMES[i]]));
const close = (a: number, b: number) => Math.abs(a - b) < 0.005;

beforeAll(() => {
  requireTools();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(cleanup);

describe("Återrapportering recalculated by LibreOffice (Jämtland Härjedalen 2022)", () => {
  let r: Awaited<ReturnType<typeof recalculated>>;
  beforeAll(async () => {
    r = await recalculated("jh2022");
  }, 180_000);

  it("Kammarkollegiet view: used per cost type from the ledger, received and unspent", () => {
    const c: ReportCells = r.cells;
    for (const ct of ["Egen personal", "Inhyrd personal", "Köpt vård och verksamhet", "Övriga varor och tjänster"]) {
      const want = kr(sumOre((x) => COST_OF[x.account] === ct));
      expect([ct, r.num(c.costTypes[ct])]).toEqual([ct, want]);
      expect(want).toBeGreaterThan(0);
    }
    expect(r.num(c.costTypes[UNCLASSIFIED])).toBe(0);
    expect(close(r.num(c.used), kr(JH_TOTAL_ORE))).toBe(true);
    expect(close(r.num(c.received), kr(JH_TOTAL_ORE))).toBe(true);
    expect(r.num(c.unspent)).toBe(0);
  });

  it("Socialstyrelsen view: used per insatsområde, and the results beside the money", () => {
    const c = r.cells;
    for (const a of THEMES) expect([a, r.num(c.areas[a])]).toEqual([a, kr(sumOre((x) => AREA_OF[x.project] === a))]);
    expect(r.num(c.areas[UNMAPPED])).toBe(0);
    expect(r.num(c.latest[0])).toBe(100);
    expect(r.num(c.latest[1])).toBe(48);
    // Kolada data not loaded: no actual, said in words, never 0.
    expect(r.at(c.latest[2])).toBe("Inget utfall");
  });

  it("the crosswalk reconciles: rows to the first view, columns to the second, total to the ledger, difference 0", () => {
    const c = r.cells;
    for (const ct of Object.keys(c.costTypes))
      for (const a of Object.keys(c.areas)) {
        const want = kr(sumOre((x) => (COST_OF[x.account] ?? UNCLASSIFIED) === ct && (AREA_OF[x.project] ?? UNMAPPED) === a));
        expect([ct, a, r.num(c.matrix[`${ct}|${a}`])]).toEqual([ct, a, want]);
      }
    expect(close(r.num(c.grandTotal), kr(JH_TOTAL_ORE))).toBe(true);
    expect(r.num(c.difference)).toBe(0);
    expect(r.num(c.rowCheck)).toBe(0);
    expect(r.num(c.columnCheck)).toBe(0);
    expect(r.at(c.status)).toBe("Avstämt");
  });

  it("recalculates to the model's figures: the same numbers as UPPFOLJNING and the CLI's JSON", () => {
    const c = jhChoice();
    const json = followupJson(
      crosswalk(c.rows.map(modelRow), c.rules, c.mappings, { received: JH_TOTAL_ORE, results: c.results, areaOrder: THEMES }),
    );
    for (const t of json.costTypes) expect([t.name, r.num(r.cells.costTypes[t.name])]).toEqual([t.name, t.amount]);
    for (const a of json.areas) expect([a.name, r.num(r.cells.areas[a.name])]).toEqual([a.name, a.amount]);
    for (const m of json.matrix)
      expect([m.costType, m.area, r.num(r.cells.matrix[`${m.costType}|${m.area}`])]).toEqual([m.costType, m.area, m.amount]);
    expect(r.num(r.cells.ledgerTotal)).toBe(json.total);
    expect(r.num(r.cells.unspent)).toBe(json.unspent);
    expect(r.num(r.cells.difference)).toBe(json.difference);
  });

  it("traceability: the share of money on projects with an area and a result with an actual", () => {
    expect(close(r.num(r.cells.traceability), sumOre((x) => x.project === "2205") / JH_TOTAL_ORE)).toBe(true);
  });
});

describe("what is not mapped is shown, and a broken mapping does not reconcile", () => {
  it("an account outside every range and a project without area land in Ej klassat / Ej kopplat, still reconciled", async () => {
    const choice = jhChoice();
    const rules = choice.rules.filter((x) => x.costType !== "Inhyrd personal");
    const mappings = choice.mappings.filter((m) => m.project !== "2203");
    const r = await recalculated("unmapped", { rules, mappings });
    expect(r.num(r.cells.costTypes[UNCLASSIFIED])).toBe(kr(sumOre((x) => x.account === "5511")));
    expect(r.num(r.cells.areas[UNMAPPED])).toBe(kr(sumOre((x) => x.project === "2203")));
    expect(r.num(r.cells.difference)).toBe(0);
    expect(r.at(r.cells.status)).toBe("Avstämt");
  }, 180_000);

  it("overlapping account ranges leave money outside the crosswalk: the difference shows it", async () => {
    // The model refuses overlapping ranges (naming both rows); a controller can still type one into the table.
    const r = await recalculated("overlap", {}, (i) => ({
      ...i,
      rules: [...i.rules, { from: 6800, to: 6899, costType: "Köpt vård och verksamhet" }],
    }));
    expect(r.num(r.cells.difference)).toBe(kr(sumOre((x) => x.account === "6811")));
    expect(r.at(r.cells.status)).toMatch(/^Stämmer inte/);
  }, 180_000);
});
