/** The decisions a re-run makes from what the workbook holds, on plain snapshots (no Excel, no fake). */
import {
  checkColumns,
  foreignCells,
  freeName,
  matchTables,
  settleAdoption,
  settleSheet,
  sheetTarget,
  type Findings,
  type SheetSeen,
  type SheetTarget,
  type TableSeen,
} from "../../../src/core/workbook/inspection";
import { layoutSheet } from "../../../src/core/workbook/layout";
import type { SheetPlan, TablePlan } from "../../../src/core/workbook/plan";

const table = (name: string, rows: (string | number)[][], extra: Partial<TablePlan> = {}): TablePlan => ({
  key: name,
  name,
  columns: [
    { header: "Id", format: "@", width: 50 },
    { header: "Värde", format: "General", width: 50 },
  ],
  rows,
  ...extra,
});

const plan = (tables: TablePlan[], extra: Partial<SheetPlan> = {}): SheetPlan => ({
  key: "blad",
  name: "Blad",
  title: "Titel",
  subtitle: "Undertitel",
  attribution: "Källa",
  tables,
  charts: [],
  ...extra,
});

const sheets = (...names: string[]) => new Map(names.map((n) => [n.toLowerCase(), n]));
const findings = (): Findings => ({ notes: [], conflicts: [] });

/** A table as read, at its layout address unless given. */
function seenTable(handle: string, name: string, body: unknown[][], address: string, header = ["Id", "Värde"]): TableSeen<string> {
  return { handle, name, address, header, values: body, formulas: body, slot: { value: "", address: "Blad!A99" } };
}

function seenSheet(tables: TableSeen<string>[], extra: Partial<SheetSeen<string>> = {}): SheetSeen<string> {
  return { tables, charts: [], head: ["Titel", "Undertitel"], areas: new Map(), layoutSlot: "", cells: [], chartAreas: [], ...extra };
}

/** An owned target with its tables matched against `seen`. */
function owned(p: SheetPlan, seen: SheetSeen<string>, f = findings()) {
  const t = sheetTarget<string>(p, sheets("Blad"), "=Blad!$A$1");
  const renames = new Map<string, string>();
  matchTables(t, seen, new Set(seen.tables.map((x) => x.name.toLowerCase())), renames, f);
  return { t, f, renames };
}

describe("which sheet is ours", () => {
  const p = plan([table("PV_A", [["a", 1]])]);

  it("the sheet the owner name points at, under the name it has now", () => {
    const t = sheetTarget(p, sheets("Mitt blad", "Omdöpt"), "='Omdöpt'!$A$1");
    expect([t.mode, t.sheetName, t.brokenOwner]).toEqual(["owned", "Omdöpt", false]);
  });

  it("an owner name whose sheet was deleted is broken: the sheet is made again", () => {
    const t = sheetTarget(p, sheets("Annat"), "=#REF!$A$1");
    expect([t.mode, t.sheetName, t.brokenOwner]).toEqual(["new", "Blad", true]);
  });

  it("a same-named sheet without the owner name is only a candidate for adoption", () => {
    const t = sheetTarget(p, sheets("BLAD"), null);
    expect([t.mode, t.sheetName, t.brokenOwner]).toEqual(["adopt", "BLAD", false]);
  });

  it("the attribution sits two rows below the last stacked table", () => {
    const t = sheetTarget(p, sheets(), null);
    expect(t.attributionOffset).toBe(2);
  });
});

describe("adopting a same-named sheet", () => {
  const p = plan([table("PV_A", [["a", 1]])]);
  const empty = { used: false, charts: 0, tables: 0, protected: false };

  it("an empty one is adopted and the report says so", () => {
    const t = sheetTarget(p, sheets("Blad"), null);
    const f = findings();
    expect(settleAdoption(t, empty, new Set(["blad"]), f.notes)).toBe(true);
    expect(t.mode).toBe("adopt");
    expect(f.notes).toEqual([{ kind: "adoptedSheet", sheet: "Blad" }]);
  });

  it.each([
    ["content", { used: true }],
    ["a chart", { charts: 1 }],
    ["a table", { tables: 1 }],
    ["protection", { protected: true }],
  ])("one with %s is the user's: the plan gets a free name", (_, what) => {
    const t = sheetTarget(p, sheets("Blad", "Blad (2)"), null);
    const taken = new Set(["blad", "blad (2)"]);
    const f = findings();
    expect(settleAdoption(t, { ...empty, ...what }, taken, f.notes)).toBe(false);
    expect([t.mode, t.sheetName]).toEqual(["new", "Blad (3)"]);
    expect(taken.has("blad (3)")).toBe(true);
    expect(f.notes).toEqual([{ kind: "sheetNameTaken", wanted: "Blad", used: "Blad (3)" }]);
  });

  it("free sheet names stay within Excel's 31 characters", () => {
    const long = "Ett mycket långt bladnamn som tar slut";
    expect(freeName(long.slice(0, 31), new Set([long.slice(0, 31).toLowerCase()]), "sheet")).toBe(`${long.slice(0, 26)} (2)`);
    expect(freeName("PV_A", new Set(["pv_a", "pv_a_2"]), "table")).toBe("PV_A_3");
  });
});

describe("which table is ours", () => {
  const p = plan([table("PV_A", [["a", 1]])]);
  const at = layoutSheet(p).tables[0].address;

  it("by name, whatever its case", () => {
    const { t, f } = owned(p, seenSheet([seenTable("h1", "pv_a", [["a", 1]], at)]));
    expect(t.tables[0]).toMatchObject({ name: "pv_a", table: "h1", rename: false, width: 2 });
    expect(f.notes).toEqual([]);
  });

  it("renamed by the user: found by its header row, kept under their name, and the report says so", () => {
    const seen = seenSheet([seenTable("h1", "Min_tabell", [["a", 1]], at)]);
    const { t, f, renames } = owned(p, seen);
    expect(t.tables[0]).toMatchObject({ name: "Min_tabell", table: "h1" });
    expect(renames.get("PV_A")).toBe("Min_tabell");
    expect(f.notes).toEqual([{ kind: "renamedTable", planned: "PV_A", actual: "Min_tabell" }]);
  });

  it("still named by Excel (Table11, an interrupted run): named now", () => {
    const { t } = owned(p, seenSheet([seenTable("h1", "Table11", [["a", 1]], at)]));
    expect(t.tables[0]).toMatchObject({ name: "PV_A", table: "h1", rename: true });
  });

  it("a new table whose name another table has gets a free name", () => {
    const t = sheetTarget<string>(p, sheets(), null);
    const f = findings();
    matchTables(t, undefined, new Set(["pv_a"]), new Map(), f);
    expect(t.tables[0]).toMatchObject({ name: "PV_A_2", table: undefined });
    expect(f.notes).toEqual([{ kind: "tableNameTaken", wanted: "PV_A", used: "PV_A_2" }]);
  });

  it("on an adopted sheet nothing is matched, even a table with the plan's name", () => {
    const t = sheetTarget<string>(p, sheets("Blad"), null);
    matchTables(t, seenSheet([seenTable("h1", "PV_A", [["a", 1]], at)]), new Set(["pv_a"]), new Map(), findings());
    expect(t.tables[0].table).toBeUndefined();
  });
});

describe("an existing table's columns", () => {
  const p = plan([table("PV_A", [["a", 1]])]);
  const check = (have: string[]) => {
    const t = sheetTarget<string>(p, sheets(), null);
    const f = findings();
    matchTables(t, undefined, new Set(), new Map(), f);
    checkColumns(t, t.tables[0], have, f.conflicts);
    return { t, f };
  };

  it("a renamed header is restored and counted", () => {
    const { t, f } = check(["Id", "Mitt värde"]);
    expect([t.tables[0].headerChanged, t.sheetCellsChanged, f.conflicts]).toEqual([true, 1, []]);
  });

  it("the user's columns at the right edge are theirs", () => {
    const { t, f } = check(["Id", "Värde", "Kommentar"]);
    expect([t.tables[0].headerChanged, t.sheetCellsChanged, f.conflicts]).toEqual([false, 0, []]);
  });

  it("a missing column is a conflict naming it", () => {
    expect(check(["Id"]).f.conflicts).toEqual([{ kind: "missingColumns", sheet: "Blad", table: "PV_A", columns: ["Värde"] }]);
  });

  it("a column of the user's among the add-in's is a conflict", () => {
    expect(check(["Id", "Kommentar", "Värde"]).f.conflicts).toEqual([
      { kind: "columnsBetween", sheet: "Blad", table: "PV_A", last: "Värde" },
    ]);
  });
});

describe("settling a sheet", () => {
  it("a table that must grow over a wider table below would split it: a conflict", () => {
    const p = plan([
      table("PV_A", [
        ["a", 1],
        ["b", 2],
      ]),
    ]);
    const seen = seenSheet([
      seenTable("h1", "PV_A", [["a", 1]], "Blad!A4:B5"),
      seenTable("h2", "Mina", [[1, 2, 3]], "Blad!A7:C8", ["x", "y", "z"]),
    ]);
    const { t, f, renames } = owned(p, seen);
    settleSheet(t, seen, renames, f);
    expect(t.tables[0].rec).toEqual({ owner: [0], missing: [1], changed: 0 });
    expect(f.conflicts).toEqual([{ kind: "splitTable", sheet: "Blad", table: "PV_A", rows: 1, other: "Mina" }]);
  });

  it("a table below within the same columns only moves down: no conflict", () => {
    const p = plan([
      table("PV_A", [
        ["a", 1],
        ["b", 2],
      ]),
    ]);
    const seen = seenSheet([seenTable("h1", "PV_A", [["a", 1]], "Blad!A4:B5"), seenTable("h2", "Mina", [[1]], "Blad!A7:A8", ["x"])]);
    const { t, f, renames } = owned(p, seen);
    settleSheet(t, seen, renames, f);
    expect(f.conflicts).toEqual([]);
  });

  it("the user's rows in a ledger (userData) are never reconciled", () => {
    const p = plan([table("PV_A", [["", ""]], { userData: true })]);
    const seen = seenSheet([seenTable("h1", "PV_A", [["mitt", 5]], "Blad!A4:B5")]);
    const { t, f, renames } = owned(p, seen);
    settleSheet(t, seen, renames, f);
    expect(t.tables[0].rec).toBeUndefined();
  });

  it("a missing table is made again where nothing stands; the user's cells or table there are conflicts", () => {
    const p = plan([table("PV_A", [["a", 1]])]);
    const area = layoutSheet(p).tables[0].address; // A4:B5
    const clear = seenSheet([], {
      areas: new Map([
        [
          "PV_A",
          {
            values: [
              ["Id", "Värde"],
              ["", ""],
            ],
            formulas: [],
          },
        ],
      ]),
    });
    let { t, f, renames } = owned(p, clear);
    settleSheet(t, clear, renames, f);
    expect(f).toEqual({ conflicts: [], notes: [{ kind: "recreatedTable", table: "PV_A", sheet: "Blad" }] });

    const cells = seenSheet([], {
      areas: new Map([
        [
          "PV_A",
          {
            values: [
              ["Id", "Värde"],
              ["a", "mitt"],
            ],
            formulas: [],
          },
        ],
      ]),
    });
    ({ t, f, renames } = owned(p, cells));
    settleSheet(t, cells, renames, f);
    expect(f.conflicts).toEqual([{ kind: "foreignCells", sheet: "Blad", address: "B5:B5", table: "PV_A" }]);

    const other = seenSheet([seenTable("h9", "Deras", [[1]], "Blad!B5:C6", ["x", "y"])]);
    ({ t, f, renames } = owned(p, other));
    settleSheet(t, other, renames, f);
    expect(f.conflicts).toContainEqual({ kind: "foreignTable", sheet: "Blad", other: "Deras", table: "PV_A", address: area });
  });

  it("foreign cells are framed by the smallest box around them", () => {
    const grid = [
      ["Id", "x", ""],
      ["", "", ""],
      ["", "", "y"],
    ];
    expect(foreignCells(grid, [["Id"]], { row: 3, col: 0, rows: 3, cols: 3 })).toBe("B4:C6");
    expect(foreignCells([["Id", ""]], [["Id", "Värde"]], { row: 0, col: 0, rows: 1, cols: 2 })).toBeNull();
  });

  it("on the add-in's sheet: changed titles are counted, a filled-in input cell is kept, the attribution and a chart give way", () => {
    const p = plan([table("PV_A", [["a", 1]])], {
      cells: [
        { address: "H3", value: 0, input: true },
        { address: "H4", value: "=PV.X()" },
      ],
      charts: [
        {
          key: "c1",
          name: "PV_C1",
          kind: "ColumnClustered",
          table: "PV_A",
          columns: ["Id", "Värde"],
          title: "Ett",
          xTitle: "",
          yTitle: "",
        },
        {
          key: "c2",
          name: "PV_C2",
          kind: "ColumnClustered",
          table: "PV_A",
          columns: ["Id", "Värde"],
          title: "Två",
          xTitle: "",
          yTitle: "",
        },
      ],
    });
    const at = layoutSheet(p).tables[0].address;
    // The user's text in A3, where the attribution stands (above the tables); under the table, where an earlier
    // version put it, is no longer the attribution's place.
    const seen = seenSheet([{ ...seenTable("h1", "PV_A", [["a", 1]], at), slot: { value: "Min text", address: "Blad!A7" } }], {
      layoutSlot: "Min källa",
      head: ["Min titel", ""],
      cells: [250, "=PV.Y()"],
      charts: ["PV_C1"],
      chartAreas: [null, "Blad!E20:F21"],
    });
    const { t, f, renames } = owned(p, seen);
    settleSheet(t, seen, renames, f);
    expect(t.sheetCellsChanged).toBe(2); // the title and the formula cell; an empty subtitle is not a change
    expect(t.cells.map((c) => c.address)).toEqual(["H4"]);
    expect(t.attribution).toBe("skip");
    expect(t.clearFormerAttribution).toBe(false); // "Min text" under the table is the user's, not an old attribution
    expect(t.charts).toEqual([]);
    expect(f.notes).toEqual([
      { kind: "attributionSkipped", sheet: "Blad", address: "A3" },
      { kind: "chartSkipped", title: "Två", sheet: "Blad", address: "E20:F21" },
    ]);
  });

  it("a new sheet writes every cell and chart and the attribution at its layout place", () => {
    const p = plan([table("PV_A", [["a", 1]])], { cells: [{ address: "H3", value: 0, input: true }] });
    const t: SheetTarget<string> = sheetTarget(p, sheets(), null);
    const f = findings();
    const renames = new Map<string, string>();
    matchTables(t, undefined, new Set(), renames, f);
    settleSheet(t, undefined, renames, f);
    expect([t.attribution, t.cells.length, f]).toEqual(["layout", 1, { notes: [], conflicts: [] }]);
  });
});
