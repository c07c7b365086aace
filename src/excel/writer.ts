/**
 * Executes sheet plans against Excel in at most three round trips: read what exists, read the add-in's own
 * tables and charts, then queue every write and sync once. Never touches a sheet, table or name the user
 * made: colliding names get a suffix, and the report says so.
 */
import { layoutSheet, rangeAddress, type SheetLayout } from "../core/workbook/layout";
import type { ChartPlan, PlanCell, SheetPlan, TablePlan } from "../core/workbook/workbookPlan";

export interface Capabilities {
  /** ExcelApi 1.9: waterfall chart type and suspendScreenUpdatingUntilNextSync. */
  api19: boolean;
  /** ExcelApi 1.8: data validation. */
  api18: boolean;
}

export interface ActionReport {
  ok: boolean;
  message: string;
  notes: string[];
  syncs: number;
  payloadBytes: number;
  sheets: string[];
}

/** Excel on the web rejects requests over 5 MB; stay well below. */
export const PAYLOAD_LIMIT = 4_000_000;

export const ownerName = (key: string) => `PV_Blad_${key}`;

/** "='Närvården (2)'!$A$1" → "Närvården (2)". */
export function sheetFromFormula(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
  if (!m || (m[2] ?? "").startsWith("#")) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

function freeName(wanted: string, taken: Set<string>, style: "sheet" | "table"): string {
  const lower = (s: string) => s.toLowerCase();
  if (!taken.has(lower(wanted))) return wanted;
  for (let i = 2; ; i++) {
    const candidate = style === "sheet" ? `${wanted.slice(0, 26)} (${i})` : `${wanted}_${i}`;
    if (!taken.has(lower(candidate))) return candidate;
  }
}

class Sync {
  count = 0;
  bytes = 0;
  private pending = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}
  async sync(): Promise<void> {
    this.count++;
    this.pending = 0;
    await this.ctx.sync();
  }
  /** Accounts for a queued write; syncs first if it would push this request past the limit. */
  async charge(value: unknown): Promise<void> {
    const n = JSON.stringify(value).length;
    this.bytes += n;
    if (this.pending + n > PAYLOAD_LIMIT && this.pending > 0) await this.sync();
    this.pending += n;
  }
}

interface Target {
  plan: SheetPlan;
  layout: SheetLayout;
  sheetName: string;
  owned: boolean;
  sheet?: Excel.Worksheet;
  tableNames: Map<string, string>; // plan name → name used
  ownTables: Map<string, Excel.Table>;
  ownCharts: Excel.ChartCollection | null;
}

export async function applySheets(
  ctx: Excel.RequestContext,
  plans: SheetPlan[],
  caps: Capabilities,
  rowFormats: Record<string, string[]> = {},
): Promise<ActionReport> {
  const s = new Sync(ctx);
  const notes: string[] = [];
  const wb = ctx.workbook;

  // Round trip 1: what exists.
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  wb.protection.load("protected");
  const owners = plans.map((p) => {
    const n = wb.names.getItemOrNullObject(ownerName(p.key));
    n.load("formula");
    return n;
  });
  await s.sync();

  if (wb.protection.protected) {
    return failure(s, "Arbetsboken är skyddad. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen. Inget ändrades.");
  }
  const sheetNames = new Set(sheets.items.map((w) => w.name.toLowerCase()));
  const tableByName = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));
  const takenTables = new Set(tableByName.keys());
  const targets: Target[] = plans.map((plan, i) => {
    const owner = owners[i];
    const ownedSheet = owner.isNullObject ? null : sheetFromFormula(owner.formula);
    const owned = ownedSheet !== null && sheetNames.has(ownedSheet.toLowerCase());
    const sheetName = owned ? ownedSheet! : freeName(plan.name, sheetNames, "sheet");
    if (!owned) {
      if (sheetName !== plan.name)
        notes.push(`Bladnamnet "${plan.name}" används redan av ett av dina blad; tillägget skrev till "${sheetName}".`);
      sheetNames.add(sheetName.toLowerCase());
    }
    const tableNames = new Map<string, string>();
    const ownTables = new Map<string, Excel.Table>();
    for (const t of plan.tables) {
      const existing = tableByName.get(t.name.toLowerCase());
      if (existing && owned && existing.worksheet.name.toLowerCase() === sheetName.toLowerCase()) {
        tableNames.set(t.name, existing.name);
        ownTables.set(t.name, existing);
        continue;
      }
      const name = freeName(t.name, takenTables, "table");
      takenTables.add(name.toLowerCase());
      if (name !== t.name) notes.push(`Tabellnamnet ${t.name} används redan i arbetsboken; tillägget döpte sin tabell till ${name}.`);
      tableNames.set(t.name, name);
    }
    return { plan, layout: layoutSheet(plan), sheetName, owned, tableNames, ownTables, ownCharts: null };
  });

  // Round trip 2: the add-in's own sheets: protection, charts and table sizes.
  for (const t of targets) {
    if (!t.owned) continue;
    t.sheet = sheets.getItem(t.sheetName);
    t.sheet.protection.load("protected");
    t.ownCharts = t.sheet.charts;
    t.ownCharts.load("items/name");
    for (const table of t.ownTables.values()) table.rows.load("count");
  }
  if (targets.some((t) => t.owned)) await s.sync();
  const locked = targets.find((t) => t.owned && t.sheet!.protection.protected);
  if (locked) return failure(s, `Bladet "${locked.sheetName}" är skyddat. Ta bort bladskyddet och försök igen. Inget ändrades.`);

  // Round trip 3: every write, batched.
  wb.application.suspendApiCalculationUntilNextSync();
  if (caps.api19) wb.application.suspendScreenUpdatingUntilNextSync();
  for (const t of targets) await writeSheet(ctx, s, t, caps, rowFormats, notes);
  await s.sync();

  const names = targets.map((t) => t.sheetName);
  return {
    ok: true,
    message: `Klart: ${names.join(", ")}.`,
    notes,
    syncs: s.count,
    payloadBytes: s.bytes,
    sheets: names,
  };
}

function failure(s: Sync, message: string): ActionReport {
  return { ok: false, message, notes: [], syncs: s.count, payloadBytes: s.bytes, sheets: [] };
}

async function writeSheet(
  ctx: Excel.RequestContext,
  s: Sync,
  t: Target,
  caps: Capabilities,
  rowFormats: Record<string, string[]>,
  notes: string[],
) {
  const wb = ctx.workbook;
  const sheet = t.sheet ?? wb.worksheets.add(t.sheetName);
  if (!t.owned) wb.names.add(ownerName(t.plan.key), sheet.getRange("A1"), "Nära vård-indikatorer: tilläggets eget blad");
  const { plan, layout } = t;

  const title = sheet.getRange(layout.title);
  title.values = [[plan.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  sheet.getRange(layout.subtitle).values = [[plan.subtitle]];
  const attribution = sheet.getRange(layout.attribution);
  attribution.values = [[plan.attribution]];
  attribution.format.font.italic = true;
  await s.charge([[plan.title], [plan.subtitle], [plan.attribution]]);

  const written = new Map<string, Excel.Table>();
  for (const [i, tp] of plan.tables.entries()) {
    await s.charge(tp.rows);
    await s.charge(tp.rows.map(() => tp.columns.map((c) => c.format)));
    written.set(tp.name, writeTable(sheet, tp, layout.tables[i], t, rowFormats[tp.name]));
  }
  if (plan.decimalColumns && caps.api18) {
    for (const d of plan.decimalColumns) {
      const body = written.get(d.table)!.columns.getItem(d.column).getDataBodyRange();
      body.dataValidation.clear();
      body.dataValidation.rule = { decimal: { formula1: -1e12, formula2: 1e12, operator: "Between" as Excel.DataValidationOperator } };
      body.dataValidation.errorAlert = {
        message: "Belopp ska vara ett tal i mnkr.",
        showAlert: true,
        style: "Stop",
        title: "Ogiltigt belopp",
      };
    }
  } else if (plan.decimalColumns) {
    notes.push("Datavalidering för Belopp hoppades över: den kräver ExcelApi 1.8.");
  }
  for (const c of plan.cells ?? []) {
    const r = sheet.getRange(c.address);
    if (typeof c.value === "string" && c.value.startsWith("=")) r.formulas = [[c.value]];
    else r.values = [[c.value]];
    if (c.format) r.numberFormat = [[c.format]];
    if (c.label) r.format.font.bold = true;
    await s.charge(c.value);
  }

  // Charts: the add-in's own are replaced, never duplicated.
  const existing = new Set(t.ownCharts?.items.map((c) => c.name) ?? []);
  for (const cp of plan.charts) {
    if (existing.has(cp.name)) sheet.charts.getItem(cp.name).delete();
    addChart(sheet, cp, t, caps, notes);
  }
  sheet.freezePanes.freezeRows(layout.freezeRows);
  sheet.getRange("A1").format.columnWidth = Math.max(...plan.tables.map((x) => x.columns[0].width));
}

function writeTable(
  sheet: Excel.Worksheet,
  tp: TablePlan,
  lay: SheetLayout["tables"][number],
  t: Target,
  valueFormats?: string[],
): Excel.Table {
  const headers = [tp.columns.map((c) => c.header)];
  const body: PlanCell[][] = tp.rows;
  let table = t.ownTables.get(tp.name);
  if (table) {
    table.getHeaderRowRange().values = headers;
    if (!tp.userData) {
      const have = table.rows.count;
      for (let i = have - 1; i >= body.length; i--) table.rows.getItemAt(i).delete();
      if (have < body.length) table.rows.add(undefined, body.slice(have) as (string | number | boolean)[][]);
      setBody(table.getDataBodyRange(), tp, body);
    }
  } else {
    const range = sheet.getRange(lay.address);
    if (tp.formulas) range.formulas = [...headers, ...body];
    else range.values = [...headers, ...body];
    table = sheet.tables.add(lay.address, true);
    table.name = t.tableNames.get(tp.name)!;
    table.style = "TableStyleMedium2";
  }
  // Formats and widths per column: one request each, whatever the row count.
  tp.columns.forEach((c, j) => {
    const col = sheet.getRange(rangeAddress(lay.row + 1, lay.col + j, Math.max(1, body.length), 1));
    const perRow = c.header === "Värde" && valueFormats ? valueFormats.map((f) => [f]) : body.map(() => [c.format]);
    col.numberFormat = perRow.length ? perRow : [[c.format]];
    sheet.getRange(rangeAddress(lay.row, lay.col + j, 1, 1)).format.columnWidth = c.width;
  });
  return table;
}

function setBody(range: Excel.Range, tp: TablePlan, body: PlanCell[][]) {
  if (tp.formulas) range.formulas = body;
  else range.values = body;
}

function addChart(sheet: Excel.Worksheet, cp: ChartPlan, t: Target, caps: Capabilities, notes: string[]) {
  const tp = t.plan.tables.find((x) => x.name === cp.table)!;
  const lay = t.layout.tables.find((x) => x.name === cp.table)!;
  const chartLay = t.layout.charts.find((x) => x.name === cp.name)!;
  const colIndex = (h: string) => tp.columns.findIndex((c) => c.header === h);
  const waterfall = cp.kind === "Waterfall";
  const useFallback = waterfall && !caps.api19;
  const seriesCols = useFallback ? cp.fallbackColumns! : cp.columns.slice(1);
  const first = colIndex(seriesCols[0]);
  const rows = tp.rows.length + 1;
  const seriesRange = sheet.getRange(rangeAddress(lay.row, lay.col + first, rows, seriesCols.length));
  const categories = sheet.getRange(rangeAddress(lay.row + 1, lay.col + colIndex(cp.columns[0]), rows - 1, 1));
  const type = useFallback ? "ColumnStacked" : cp.kind;
  const chart = sheet.charts.add(type as Excel.ChartType, seriesRange, "Columns");
  chart.name = cp.name;
  chart.title.text = cp.title;
  chart.legend.position = "Bottom";
  for (let i = 0; i < seriesCols.length; i++) chart.series.getItemAt(i).setXAxisValues(categories);
  if (!waterfall || useFallback) {
    chart.axes.categoryAxis.title.text = cp.xTitle;
    chart.axes.valueAxis.title.text = cp.yTitle;
  }
  if (useFallback) {
    // Invisible base, visible step: the classic stacked-column waterfall.
    chart.series.getItemAt(0).format.fill.clear();
    chart.legend.visible = false;
    notes.push(`Vattenfallsdiagram kräver ExcelApi 1.9; "${cp.title}" ritades som staplad stapel med osynlig bas.`);
  }
  chart.setPosition(chartLay.topLeft, chartLay.bottomRight);
}
