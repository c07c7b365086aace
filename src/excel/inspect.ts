/**
 * The read round trips: what the workbook holds where the add-in is about to write. Every conflict is found
 * here, before anything is written (Excel's batches do not roll back). The result says, per sheet, what to
 * create, what to restore, what to keep and what to leave alone.
 */
import { ownerName, sheetFromFormula } from "../core/workbook/ownership";
import { layoutSheet, parseAddress, parseRange, rangeAddress, type SheetLayout, type TableLayout } from "../core/workbook/layout";
import { reconcileRows, retarget, sameCell, type RowReconciliation } from "../core/workbook/reconcile";
import type { ChartPlan, PlanCell, SheetPlan, TablePlan } from "../core/workbook/plan";
import { conflicts, notes as say, text } from "./messages";
import type { Sync } from "./sync";

export interface TableTarget {
  tp: TablePlan;
  lay: TableLayout;
  /** The table's name in this workbook. */
  name: string;
  /** The add-in's existing table, or undefined when it is created now. */
  table?: Excel.Table;
  rec?: RowReconciliation;
  headerChanged: boolean;
  /** Columns the table has now: the plan's, then any the user added at its right edge. */
  width: number;
  /** The table still has the name Excel gave it and gets the plan's name. */
  rename?: boolean;
  /** Plan rows with table references pointing at the names used in this workbook. */
  rows: PlanCell[][];
  /** A table of the user's data (the ledger): its filled rows, all kept as they are. */
  userRows?: number;
}

export interface SheetTarget {
  plan: SheetPlan;
  layout: SheetLayout;
  sheetName: string;
  /** new: add the sheet; owned: the add-in's sheet from an earlier run; adopt: an empty sheet with our name. */
  mode: "new" | "owned" | "adopt";
  /** The owner name exists but refers to a deleted sheet (=#REF!): delete it before adding it again. */
  brokenOwner: boolean;
  sheet?: Excel.Worksheet;
  tables: TableTarget[];
  /** Where the attribution goes: at the layout address (A3, above the tables), or nowhere (a cell of the user's). */
  attribution: "layout" | "skip";
  /** An earlier version's attribution under the last stacked table, still the add-in's text: cleared, so the table can grow. */
  clearFormerAttribution?: boolean;
  /** Rows from the last stacked table's last row down to where an earlier version put the attribution. */
  attributionOffset: number;
  cells: NonNullable<SheetPlan["cells"]>;
  charts: ChartPlan[];
  /** Title, subtitle, table headers and formula cells whose content the user changed (restored now). */
  sheetCellsChanged: number;
}

export interface Inspection {
  targets: SheetTarget[];
  conflicts: string[];
  notes: string[];
  protectedMessage?: string;
}

interface Probe {
  table: Excel.Table;
  name: string;
  range: Excel.Range;
  header: Excel.Range;
  body: Excel.Range;
  slot: Excel.Range;
}

interface SheetProbe {
  sheet: Excel.Worksheet;
  tables: Probe[];
  used?: Excel.Range;
  head?: Excel.Range;
  areas: Map<string, Excel.Range>;
  layoutSlot?: Excel.Range;
  cells: Excel.Range[];
  chartAreas: Excel.Range[];
}

const lower = (s: string) => s.toLowerCase();
const blank = (v: unknown) => v === "" || v === null || v === undefined;

function freeName(wanted: string, taken: Set<string>, style: "sheet" | "table"): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const candidate = style === "sheet" ? `${wanted.slice(0, 26)} (${i})` : `${wanted}_${i}`;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

type Box = ReturnType<typeof parseRange>;
const box = parseRange;
const overlaps = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** The address of the cells in `grid` (placed at `at`) that are not empty and differ from `planned`. */
function foreignCells(grid: unknown[][], planned: unknown[][], at: Box): string | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      if (blank(v) || sameCell(planned[i]?.[j], v)) return;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i);
      left = Math.min(left, j);
      right = Math.max(right, j);
    }),
  );
  return bottom < 0 ? null : rangeAddress(at.row + top, at.col + left, bottom - top + 1, right - left + 1);
}

export async function inspect(ctx: Excel.RequestContext, s: Sync, plans: SheetPlan[]): Promise<Inspection> {
  const wb = ctx.workbook;
  const found: string[] = [];
  const notes: string[] = [];

  // Round trip 1: sheets, tables, workbook protection, the add-in's owner names.
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  wb.protection.load("protected");
  const owners = plans.map((p) => wb.names.getItemOrNullObject(ownerName(p.key)).load("formula"));
  await s.sync();
  if (wb.protection.protected) {
    return {
      targets: [],
      conflicts: [],
      notes,
      protectedMessage: text().protectedWorkbook,
    };
  }

  const existingSheets = new Map(sheets.items.map((w) => [lower(w.name), w.name]));
  const tablesOn = (sheet: string) => tables.items.filter((t) => lower(t.worksheet.name) === lower(sheet));
  const targets: SheetTarget[] = plans.map((plan, i) => {
    const owner = owners[i];
    const ownedSheet = owner.isNullObject ? null : sheetFromFormula(owner.formula);
    const alive = ownedSheet !== null && existingSheets.has(lower(ownedSheet));
    const adopt = !alive && existingSheets.has(lower(plan.name));
    const layout = layoutSheet(plan);
    const stacked = layout.tables.filter((_, j) => !plan.tables[j].anchor).pop();
    return {
      plan,
      layout,
      attributionOffset: stacked ? parseAddress(layout.formerAttribution).row - (stacked.row + stacked.rows - 1) : 0,
      sheetName: alive ? existingSheets.get(lower(ownedSheet!))! : adopt ? existingSheets.get(lower(plan.name))! : plan.name,
      mode: alive ? "owned" : adopt ? "adopt" : "new",
      brokenOwner: !owner.isNullObject && !alive,
      tables: [],
      attribution: "layout",
      cells: [],
      charts: [],
      sheetCellsChanged: 0,
    };
  });

  // Round trip 2: on the add-in's own sheets (and same-named candidates), everything it will touch.
  const probes = new Map<SheetTarget, SheetProbe>();
  for (const t of targets) {
    if (t.mode === "new") continue;
    const sheet = sheets.getItem(t.sheetName);
    sheet.protection.load("protected");
    sheet.charts.load("items/name");
    const probe: SheetProbe = { sheet, tables: [], areas: new Map(), cells: [], chartAreas: [] };
    probes.set(t, probe);
    if (t.mode === "adopt") {
      probe.used = sheet.getUsedRangeOrNullObject(true).load("address");
      continue;
    }
    for (const table of tablesOn(t.sheetName)) {
      const range = table.getRange().load("address");
      probe.tables.push({
        table,
        name: table.name,
        range,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values,formulas"),
        // Where an earlier version put the attribution if this is the last stacked table: it moved with the table.
        slot: range.getLastRow().getOffsetRange(t.attributionOffset, 0).getCell(0, 0).load("values,address"),
      });
    }
    probe.head = sheet.getRange("A1:A2").load("values");
    const named = new Set(probe.tables.map((p) => lower(p.name)));
    for (const lay of t.layout.tables)
      if (!named.has(lower(lay.name))) probe.areas.set(lay.name, sheet.getRange(lay.address).load("values,formulas"));
    probe.layoutSlot = sheet.getRange(t.layout.attribution).load("values");
    probe.cells = (t.plan.cells ?? []).map((c) => sheet.getRange(c.address).load("formulas"));
    probe.chartAreas = t.layout.charts.map((c) =>
      sheet.getRange(`${c.topLeft}:${c.bottomRight}`).getUsedRangeOrNullObject(true).load("address"),
    );
  }
  if (probes.size) await s.sync();

  // Sheet names: adopt an empty same-named sheet (left by an earlier, interrupted run); otherwise pick a free name.
  const takenSheets = new Set(existingSheets.keys());
  for (const t of targets) {
    if (t.mode !== "adopt") continue;
    const p = probes.get(t)!;
    const empty =
      p.used!.isNullObject && p.sheet.charts.items.length === 0 && tablesOn(t.sheetName).length === 0 && !p.sheet.protection.protected;
    if (empty) {
      notes.push(say.adoptedSheet(t.sheetName));
      continue;
    }
    probes.delete(t);
    t.mode = "new";
    t.sheetName = freeName(t.plan.name, takenSheets, "sheet");
    takenSheets.add(lower(t.sheetName));
    notes.push(say.sheetNameTaken(t.plan.name, t.sheetName));
  }
  const locked = [...probes.entries()].find(([, p]) => p.sheet.protection.protected);
  if (locked) {
    return {
      targets: [],
      conflicts: [],
      notes,
      protectedMessage: text().protectedSheet(locked[0].sheetName),
    };
  }

  for (const t of targets) if (t.mode === "new" && t.brokenOwner) notes.push(say.recreatedSheet(t.sheetName));

  // Tables: the add-in's by name, else by identical header row on its own sheet; new names avoid every other table.
  const takenTables = new Set(tables.items.map((x) => lower(x.name)));
  const renames = new Map<string, string>();
  for (const t of targets) {
    const probe = probes.get(t);
    const claimed = new Set<Probe>();
    for (const [i, tp] of t.plan.tables.entries()) {
      const headers = tp.columns.map((c) => c.header);
      // The add-in's columns first; columns the user added at the right edge are theirs and left alone.
      const sameHeaders = (p: Probe) =>
        p.header.values[0].length >= headers.length && headers.every((h, j) => sameCell(h, p.header.values[0][j]));
      const own =
        probe && t.mode === "owned"
          ? (probe.tables.find((p) => !claimed.has(p) && lower(p.name) === lower(tp.name)) ??
            probe.tables.find((p) => !claimed.has(p) && sameHeaders(p)))
          : undefined;
      if (own) claimed.add(own);
      let name = own?.name;
      // Excel's own name ("Table11"): a batch stopped between creating the table and naming it. Name it now.
      const unnamed = !!own && /^(Table|Tabell)\d+$/i.test(own.name) && !takenTables.has(lower(tp.name));
      if (unnamed) {
        name = tp.name;
        takenTables.add(lower(name));
      } else if (!name) {
        name = freeName(tp.name, takenTables, "table");
        takenTables.add(lower(name));
        if (name !== tp.name) notes.push(say.tableNameTaken(tp.name, name));
      } else if (lower(name) !== lower(tp.name) && !new RegExp(`^${tp.name}_\\d+$`, "i").test(name))
        notes.push(say.renamedTable(tp.name, name));
      renames.set(tp.name, name);
      t.tables.push({
        tp,
        lay: t.layout.tables[i],
        name,
        table: own?.table,
        rename: unnamed,
        headerChanged: false,
        width: own ? own.header.values[0].length : headers.length,
        rows: tp.rows,
      });
      if (own) checkColumns(t, t.tables[t.tables.length - 1], own.header.values[0], found);
    }
  }

  // With every table's real name known: retarget formulas, reconcile rows, check areas.
  for (const t of targets) {
    const probe = probes.get(t);
    for (const tt of t.tables) {
      tt.rows = tt.tp.formulas ? tt.tp.rows.map((r) => r.map((v) => retarget(v, renames))) : tt.tp.rows;
      if (!probe) continue;
      const p = probe.tables.find((x) => x.table === tt.table);
      if (p) {
        if (tt.tp.userData) {
          tt.userRows = p.body.values.filter((r) => r.some((v) => v !== "" && v !== null)).length;
          continue;
        }
        const m = tt.tp.columns.length;
        const body = (tt.tp.formulas ? p.body.formulas : p.body.values).map((r) => r.slice(0, m));
        tt.rec = reconcileRows(tt.tp, body, tt.rows);
        const grow = tt.rec.missing.length;
        const here = box(p.range.address);
        const band = { row: here.row + here.rows, col: here.col, rows: 1_048_576, cols: here.cols };
        for (const o of probe.tables) {
          if (o === p || !grow) continue;
          const e = box(o.range.address);
          if (overlaps(band, e) && (e.col < here.col || e.col + e.cols > here.col + here.cols))
            found.push(conflicts.splitTable(t.sheetName, tt.name, grow, o.name));
        }
        continue;
      }
      // Created now: the area must hold nothing but what the add-in would write there anyway.
      const area = box(tt.lay.address);
      for (const o of probe.tables) {
        if (overlaps(area, box(o.range.address))) {
          found.push(conflicts.foreignTable(t.sheetName, o.name, tt.name, tt.lay.address));
        }
      }
      const grid = probe.areas.get(tt.tp.name);
      if (grid) {
        const planned = [tt.tp.columns.map((c) => c.header), ...tt.rows];
        const foreign = foreignCells(tt.tp.formulas ? grid.formulas : grid.values, planned, area);
        if (foreign) found.push(conflicts.foreignCells(t.sheetName, foreign, tt.name));
      }
      if (t.mode === "owned") notes.push(say.recreatedTable(tt.name, t.sheetName));
    }
    t.cells = (t.plan.cells ?? []).map((c) => ({ ...c, value: retarget(c.value, renames) }));
    if (!probe || t.mode !== "owned") {
      t.charts = t.plan.charts;
      continue;
    }
    inspectOwnedSheet(t, probe, notes);
  }
  return { targets, conflicts: found, notes };
}

/**
 * An existing table's columns against the plan's: the same count with renamed headers is restored and counted;
 * extra columns of the user's at the right edge are kept; a missing column or one of theirs in between is a conflict.
 */
function checkColumns(t: SheetTarget, tt: TableTarget, have: unknown[], found: string[]) {
  const want = tt.tp.columns.map((c) => c.header);
  const differ = want.filter((h, j) => !sameCell(h, have[j]));
  if (have.length === want.length) {
    tt.headerChanged = differ.length > 0;
    t.sheetCellsChanged += differ.length;
  } else if (have.length < want.length) {
    found.push(
      conflicts.missingColumns(
        t.sheetName,
        tt.name,
        want.filter((h) => !have.some((x) => sameCell(h, x))),
      ),
    );
  } else if (differ.length) {
    found.push(conflicts.columnsBetween(t.sheetName, tt.name, want[want.length - 1]));
  }
}

/** Title, attribution, single cells and charts on a sheet the add-in wrote before. */
function inspectOwnedSheet(t: SheetTarget, probe: SheetProbe, notes: string[]) {
  const head = probe.head!.values;
  t.sheetCellsChanged += [t.plan.title, t.plan.subtitle].filter((v, i) => !blank(head[i][0]) && !sameCell(v, head[i][0])).length;

  // The attribution stands in A3, above the tables; write it only where the cell is empty or already ours. An earlier
  // version put it two rows under the last stacked table (where the table grows): that copy, if still ours, goes.
  const stacked = t.tables.filter((x) => !x.tp.anchor);
  const last = stacked[stacked.length - 1];
  const holder = last?.table && probe.tables.find((p) => p.table === last.table);
  t.clearFormerAttribution = !!holder && sameCell(t.plan.attribution, holder.slot.values[0][0]);
  const now = probe.layoutSlot!.values[0][0];
  t.attribution = blank(now) || sameCell(t.plan.attribution, now) ? "layout" : "skip";
  if (t.attribution === "skip") notes.push(say.attributionSkipped(t.sheetName, t.layout.attribution));

  // Single cells: an input cell the user filled in is theirs; the rest are the add-in's and restored.
  t.cells = t.cells.filter((c, i) => {
    const was = probe.cells[i].formulas[0][0];
    if (c.input && !blank(was)) return false;
    if (!blank(was) && !sameCell(c.value, was)) t.sheetCellsChanged++;
    return true;
  });

  // Charts: the user's changes to an existing chart stay; a missing one is drawn only where it hides nothing.
  const have = new Set(probe.sheet.charts.items.map((c) => c.name));
  t.charts = t.plan.charts.filter((cp) => {
    if (have.has(cp.name)) return false;
    const used = probe.chartAreas[t.layout.charts.findIndex((c) => c.name === cp.name)];
    if (!used.isNullObject) {
      notes.push(say.chartSkipped(cp.title, t.sheetName, used.address.replace(/^.*!/, "")));
      return false;
    }
    return true;
  });
}
