import { catalog } from "../../../src/core/dataset/lookup";
import { keyIndexes, ownedRuns, reconcileRows, retarget, rowKey } from "../../../src/core/workbook/reconcile";
import { chartPlan } from "../../../src/core/workbook/chartPlan";
import { indicatorPlan } from "../../../src/core/workbook/indicatorPlan";
import { ledgerPlan } from "../../../src/core/workbook/grantLedgerPlan";
import { referencePlan } from "../../../src/core/workbook/referencePlan";
import { type TablePlan } from "../../../src/core/workbook/plan";

const tp: TablePlan = {
  key: "t",
  name: "PV_T",
  columns: [
    { header: "Id", format: "@", width: 50 },
    { header: "Värde", format: "General", width: 50 },
  ],
  rows: [
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ],
};

describe("reconciling a table the add-in wrote before", () => {
  it("an untouched table: every row is the add-in's, nothing missing, nothing changed", () => {
    const r = reconcileRows(tp, tp.rows);
    expect(r).toEqual({ owner: [0, 1, 2], missing: [], changed: 0 });
    expect(ownedRuns(r)).toEqual([{ start: 0, rows: [0, 1, 2] }]);
  });

  it("a row the user inserted is theirs and splits the rewrite into two runs", () => {
    const r = reconcileRows(tp, [
      ["a", 1],
      ["mitt", 9],
      ["b", 2],
      ["c", 3],
    ]);
    expect(r.owner).toEqual([0, -1, 1, 2]);
    expect(ownedRuns(r)).toEqual([
      { start: 0, rows: [0] },
      { start: 2, rows: [1, 2] },
    ]);
  });

  it("edited values are counted; a deleted row is missing and goes to the end", () => {
    const r = reconcileRows(tp, [
      ["a", 5],
      ["c", ""],
    ]);
    expect(r).toEqual({ owner: [0, 2], missing: [1], changed: 2 });
    expect(ownedRuns(r)).toEqual([{ start: 0, rows: [0, 2, 1] }]);
  });

  it("a copied row with the same key is the user's copy", () => {
    expect(
      reconcileRows(tp, [
        ["a", 1],
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ]).owner,
    ).toEqual([0, -1, 1, 2]);
  });

  it("formulas follow a renamed table, and only whole table names are replaced", () => {
    const names = new Map([["PV_Huvudbok", "Min"]]);
    expect(retarget("=SUM(PV_Huvudbok[Belopp])+PV_Huvudbok_Diagram[@Bas]", names)).toBe("=SUM(Min[Belopp])+PV_Huvudbok_Diagram[@Bas]");
    expect(retarget("PV_Huvudbok[Belopp]", names)).toBe("PV_Huvudbok[Belopp]"); // text, not a formula
    expect(retarget(3, names)).toBe(3);
  });

  it("every table the add-in writes has keys that identify its rows, and chart columns that sit side by side", () => {
    const cat = catalog();
    const sheets = [
      ...referencePlan(cat).sheets,
      chartPlan(cat),
      ledgerPlan(),
      indicatorPlan(cat, "sjukfranvaro", "narvarden", true).sheet,
    ];
    for (const s of sheets) {
      for (const t of s.tables) {
        const keys = keyIndexes(t);
        const seen = t.rows.map((r) => rowKey(r, keys));
        expect({ table: t.name, unique: new Set(seen).size }).toEqual({ table: t.name, unique: t.rows.length });
      }
      for (const c of s.charts) {
        const t = s.tables.find((x) => x.name === c.table)!;
        for (const cols of [c.columns.slice(1), c.columns, c.fallbackColumns ?? []]) {
          const idx = cols.map((h) => t.columns.findIndex((x) => x.header === h));
          expect(idx.every((v, i) => v >= 0 && (i === 0 || v === idx[i - 1] + 1))).toBe(true);
        }
      }
    }
  });
});
