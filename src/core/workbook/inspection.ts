/**
 * What a run decides from what the workbook holds, before anything is written: which sheet and table is the
 * add-in's, which names are free, what the user changed (restored or kept) and where their content stands in the
 * way (a conflict: the run refuses). Pure: src/excel/inspect.ts reads the workbook into the plain snapshots below
 * and executes the targets; these rules are unit-tested without Excel (test/core/workbook/inspection.test.ts).
 *
 * `T` is the executor's handle on an existing table (Excel.Table in Office.js); the rules only carry it along.
 */
import { layoutSheet, parseAddress, parseRange, rangeAddress, type SheetLayout, type TableLayout } from "./layout";
import { sheetFromFormula } from "./ownership";
import type { ChartPlan, PlanCell, SheetPlan, TablePlan } from "./plan";
import { reconcileRows, retarget, sameCell, type RowReconciliation } from "./reconcile";

export interface TableTarget<T = unknown> {
  tp: TablePlan;
  lay: TableLayout;
  /** The table's name in this workbook. */
  name: string;
  /** The add-in's existing table, or undefined when it is created now. */
  table?: T;
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

export interface SheetTarget<T = unknown> {
  plan: SheetPlan;
  layout: SheetLayout;
  sheetName: string;
  /** new: add the sheet; owned: the add-in's sheet from an earlier run; adopt: an empty sheet with our name. */
  mode: "new" | "owned" | "adopt";
  /** The owner name exists but refers to a deleted sheet (=#REF!): delete it before adding it again. */
  brokenOwner: boolean;
  tables: TableTarget<T>[];
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

/** Where the user's content stands in the way: the run refuses and names it. */
export type Conflict =
  | { kind: "foreignCells"; sheet: string; address: string; table: string }
  | { kind: "foreignTable"; sheet: string; other: string; table: string; address: string }
  | { kind: "missingColumns"; sheet: string; table: string; columns: string[] }
  | { kind: "columnsBetween"; sheet: string; table: string; last: string }
  | { kind: "splitTable"; sheet: string; table: string; rows: number; other: string };

/** What the run did differently from a first run, for the report. */
export type Note =
  | { kind: "adoptedSheet"; sheet: string }
  | { kind: "sheetNameTaken"; wanted: string; used: string }
  | { kind: "recreatedSheet"; sheet: string }
  | { kind: "tableNameTaken"; wanted: string; used: string }
  | { kind: "renamedTable"; planned: string; actual: string }
  | { kind: "recreatedTable"; table: string; sheet: string }
  | { kind: "attributionSkipped"; sheet: string; address: string }
  | { kind: "chartSkipped"; title: string; sheet: string; address: string };

export interface Findings {
  notes: Note[];
  conflicts: Conflict[];
}

/** An existing table on one of the add-in's sheets, as read. */
export interface TableSeen<T> {
  handle: T;
  name: string;
  /** The table's whole range ("Blad!A4:J60"). */
  address: string;
  header: unknown[];
  values: unknown[][];
  formulas: unknown[][];
  /** The cell where an earlier version put the attribution if this is the last stacked table. */
  slot: { value: unknown; address: string };
}

export interface Grid {
  values: unknown[][];
  formulas: unknown[][];
}

/** One of the add-in's sheets (or an adopted empty one), as read. */
export interface SheetSeen<T> {
  tables: TableSeen<T>[];
  /** Names of the charts on the sheet. */
  charts: string[];
  /** A1 and A2: title and subtitle. */
  head?: unknown[];
  /** Where each table that is not there yet would go, by plan table name. */
  areas: Map<string, Grid>;
  /** The layout's attribution cell. */
  layoutSlot?: unknown;
  /** The formulas of the plan's single cells, in plan order. */
  cells: unknown[];
  /** The used range inside each chart's area in layout order, null where the area is empty. */
  chartAreas: (string | null)[];
}

/** What an adoption candidate (a sheet with the plan's name but no owner name) holds. */
export interface SheetContents {
  used: boolean;
  charts: number;
  tables: number;
  protected: boolean;
}

export const lower = (s: string) => s.toLowerCase();
const blank = (v: unknown) => v === "" || v === null || v === undefined;

/** `wanted`, or the first free variant: "Blad (2)" for sheets (within 31 characters), "PV_Tabell_2" for tables. */
export function freeName(wanted: string, taken: Set<string>, style: "sheet" | "table"): string {
  if (!taken.has(lower(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const candidate = style === "sheet" ? `${wanted.slice(0, 26)} (${i})` : `${wanted}_${i}`;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

/**
 * Which sheet a plan writes to. Ours: the sheet the plan's owner name points at, when it still exists (mode
 * owned). A sheet with the plan's name that is not marked ours may be adopted if empty (mode adopt, settled by
 * settleAdoption once its contents are read). `sheets` maps lower-cased names to names; `owner` is the owner
 * name's formula, null when the workbook has no such name.
 */
export function sheetTarget<T>(plan: SheetPlan, sheets: ReadonlyMap<string, string>, owner: string | null): SheetTarget<T> {
  const ownedSheet = owner === null ? null : sheetFromFormula(owner);
  const alive = ownedSheet !== null && sheets.has(lower(ownedSheet));
  const adopt = !alive && sheets.has(lower(plan.name));
  const layout = layoutSheet(plan);
  const stacked = layout.tables.filter((_, j) => !plan.tables[j].anchor).pop();
  return {
    plan,
    layout,
    attributionOffset: stacked ? parseAddress(layout.formerAttribution).row - (stacked.row + stacked.rows - 1) : 0,
    sheetName: alive ? sheets.get(lower(ownedSheet!))! : adopt ? sheets.get(lower(plan.name))! : plan.name,
    mode: alive ? "owned" : adopt ? "adopt" : "new",
    brokenOwner: owner !== null && !alive,
    tables: [],
    attribution: "layout",
    cells: [],
    charts: [],
    sheetCellsChanged: 0,
  };
}

/**
 * A same-named sheet that is empty (left by an earlier, interrupted run) is adopted; otherwise the plan gets a
 * new sheet under a free name. Returns whether the sheet was adopted.
 */
export function settleAdoption(t: SheetTarget<unknown>, contents: SheetContents, takenSheets: Set<string>, notes: Note[]): boolean {
  if (!contents.used && contents.charts === 0 && contents.tables === 0 && !contents.protected) {
    notes.push({ kind: "adoptedSheet", sheet: t.sheetName });
    return true;
  }
  t.mode = "new";
  t.sheetName = freeName(t.plan.name, takenSheets, "sheet");
  takenSheets.add(lower(t.sheetName));
  notes.push({ kind: "sheetNameTaken", wanted: t.plan.name, used: t.sheetName });
  return false;
}

/**
 * The plan's tables on one sheet: the add-in's existing table by name, else by identical header row (on its own
 * sheet only); new names avoid every other table in `takenTables`. Records each table's name in `renames`.
 */
export function matchTables<T>(
  t: SheetTarget<T>,
  seen: SheetSeen<T> | undefined,
  takenTables: Set<string>,
  renames: Map<string, string>,
  f: Findings,
): void {
  const claimed = new Set<TableSeen<T>>();
  for (const [i, tp] of t.plan.tables.entries()) {
    const headers = tp.columns.map((c) => c.header);
    // The add-in's columns first; columns the user added at the right edge are theirs and left alone.
    const sameHeaders = (p: TableSeen<T>) => p.header.length >= headers.length && headers.every((h, j) => sameCell(h, p.header[j]));
    const free = (seen && t.mode === "owned" ? seen.tables : []).filter((p) => !claimed.has(p));
    const own = free.find((p) => lower(p.name) === lower(tp.name)) ?? free.find(sameHeaders);
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
      if (name !== tp.name) f.notes.push({ kind: "tableNameTaken", wanted: tp.name, used: name });
    } else if (lower(name) !== lower(tp.name) && !new RegExp(`^${tp.name}_\\d+$`, "i").test(name))
      f.notes.push({ kind: "renamedTable", planned: tp.name, actual: name });
    renames.set(tp.name, name);
    const tt: TableTarget<T> = {
      tp,
      lay: t.layout.tables[i],
      name,
      table: own?.handle,
      rename: unnamed,
      headerChanged: false,
      width: own ? own.header.length : headers.length,
      rows: tp.rows,
    };
    t.tables.push(tt);
    if (own) checkColumns(t, tt, own.header, f.conflicts);
  }
}

/**
 * An existing table's columns against the plan's: the same count with renamed headers is restored and counted;
 * extra columns of the user's at the right edge are kept; a missing column or one of theirs in between is a conflict.
 */
export function checkColumns(t: SheetTarget<unknown>, tt: TableTarget<unknown>, have: unknown[], found: Conflict[]): void {
  const want = tt.tp.columns.map((c) => c.header);
  const differ = want.filter((h, j) => !sameCell(h, have[j]));
  if (have.length === want.length) {
    tt.headerChanged = differ.length > 0;
    t.sheetCellsChanged += differ.length;
  } else if (have.length < want.length) {
    const columns = want.filter((h) => !have.some((x) => sameCell(h, x)));
    found.push({ kind: "missingColumns", sheet: t.sheetName, table: tt.name, columns });
  } else if (differ.length) {
    found.push({ kind: "columnsBetween", sheet: t.sheetName, table: tt.name, last: want[want.length - 1] });
  }
}

/**
 * With every table's real name known (`renames`): retarget formulas, reconcile the rows of existing tables, check
 * the areas of new ones, and decide the sheet's title, attribution, single cells and charts.
 */
export function settleSheet<T>(t: SheetTarget<T>, seen: SheetSeen<T> | undefined, renames: ReadonlyMap<string, string>, f: Findings): void {
  for (const tt of t.tables) {
    tt.rows = tt.tp.formulas ? tt.tp.rows.map((r) => r.map((v) => retarget(v, renames))) : tt.tp.rows;
    if (!seen) continue;
    const existing = seen.tables.find((x) => x.handle === tt.table);
    if (existing) {
      if (!tt.tp.userData) reconcileTable(t, tt, existing, seen, f.conflicts);
      else tt.userRows = existing.values.filter((r) => r.some((v) => !blank(v))).length;
      continue;
    }
    checkArea(t, tt, seen, f.conflicts);
    if (t.mode === "owned") f.notes.push({ kind: "recreatedTable", table: tt.name, sheet: t.sheetName });
  }
  t.cells = (t.plan.cells ?? []).map((c) => ({ ...c, value: retarget(c.value, renames) }));
  if (!seen || t.mode !== "owned") {
    t.charts = t.plan.charts;
    return;
  }
  settleOwnedSheet(t, seen, f.notes);
}

type Box = ReturnType<typeof parseRange>;
const box = parseRange;
const overlaps = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** The add-in's existing table: which rows are whose, and whether growing it would split a table below. */
function reconcileTable<T>(t: SheetTarget<T>, tt: TableTarget<T>, p: TableSeen<T>, seen: SheetSeen<T>, found: Conflict[]): void {
  const m = tt.tp.columns.length;
  const body = (tt.tp.formulas ? p.formulas : p.values).map((r) => r.slice(0, m));
  tt.rec = reconcileRows(tt.tp, body, tt.rows);
  const grow = tt.rec.missing.length;
  if (!grow) return;
  const here = box(p.address);
  const band = { row: here.row + here.rows, col: here.col, rows: 1_048_576, cols: here.cols };
  for (const o of seen.tables) {
    if (o === p) continue;
    const e = box(o.address);
    if (overlaps(band, e) && (e.col < here.col || e.col + e.cols > here.col + here.cols))
      found.push({ kind: "splitTable", sheet: t.sheetName, table: tt.name, rows: grow, other: o.name });
  }
}

/** A table created now: its area must hold nothing but what the add-in would write there anyway. */
function checkArea<T>(t: SheetTarget<T>, tt: TableTarget<T>, seen: SheetSeen<T>, found: Conflict[]): void {
  const area = box(tt.lay.address);
  for (const o of seen.tables) {
    if (overlaps(area, box(o.address)))
      found.push({ kind: "foreignTable", sheet: t.sheetName, other: o.name, table: tt.name, address: tt.lay.address });
  }
  const grid = seen.areas.get(tt.tp.name);
  if (!grid) return;
  const planned = [tt.tp.columns.map((c) => c.header), ...tt.rows];
  const foreign = foreignCells(tt.tp.formulas ? grid.formulas : grid.values, planned, area);
  if (foreign) found.push({ kind: "foreignCells", sheet: t.sheetName, address: foreign, table: tt.name });
}

/** The address of the cells in `grid` (placed at `at`) that are not empty and differ from `planned`. */
export function foreignCells(grid: unknown[][], planned: unknown[][], at: Box): string | null {
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

/** Title, attribution, single cells and charts on a sheet the add-in wrote before. */
function settleOwnedSheet<T>(t: SheetTarget<T>, seen: SheetSeen<T>, notes: Note[]): void {
  const head = seen.head ?? [];
  // The add-in's text in any language (the pane's other language on an earlier run) is its own, not the user's.
  const own = new Set(t.plan.ownTexts ?? []);
  const ours = (planned: unknown, v: unknown) => sameCell(planned, v) || (typeof v === "string" && own.has(v));
  t.sheetCellsChanged += [t.plan.title, t.plan.subtitle].filter((v, i) => !blank(head[i]) && !ours(v, head[i])).length;

  // The attribution stands in A3, above the tables; write it only where the cell is empty or already ours. An earlier
  // version put it two rows under the last stacked table (where the table grows): that copy, if still ours, goes.
  const stacked = t.tables.filter((x) => !x.tp.anchor);
  const last = stacked[stacked.length - 1];
  const holder = last?.table !== undefined ? seen.tables.find((p) => p.handle === last.table) : undefined;
  t.clearFormerAttribution = !!holder && ours(t.plan.attribution, holder.slot.value);
  const now = seen.layoutSlot;
  t.attribution = blank(now) || ours(t.plan.attribution, now) ? "layout" : "skip";
  if (t.attribution === "skip") notes.push({ kind: "attributionSkipped", sheet: t.sheetName, address: t.layout.attribution });

  // Single cells: an input cell the user filled in is theirs; the rest are the add-in's and restored.
  t.cells = t.cells.filter((c, i) => {
    const was = seen.cells[i];
    if (c.input && !blank(was)) return false;
    if (!blank(was) && !ours(c.value, was)) t.sheetCellsChanged++;
    return true;
  });

  // Charts: the user's changes to an existing chart stay; a missing one is drawn only where it hides nothing.
  const have = new Set(seen.charts);
  t.charts = t.plan.charts.filter((cp) => {
    if (have.has(cp.name)) return false;
    const used = seen.chartAreas[t.layout.charts.findIndex((c) => c.name === cp.name)];
    if (used !== null) {
      notes.push({ kind: "chartSkipped", title: cp.title, sheet: t.sheetName, address: used.replace(/^.*!/, "") });
      return false;
    }
    return true;
  });
}
