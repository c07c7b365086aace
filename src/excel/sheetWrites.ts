/** Queues the writes for one sheet, as decided by inspect(): nothing here reads the workbook. */
import { rangeAddress } from "../core/workbook/layout";
import { ownerName } from "../core/workbook/ownership";
import { defaultPage, titleRowsAddress, type PagePlan } from "../core/workbook/page";
import { ownedRuns } from "../core/workbook/reconcile";
import type { PlanCell, TablePlan } from "../core/workbook/plan";
import { addChart, type ChartSpot } from "./charts";
import type { SheetTarget, TableTarget } from "./inspect";
import { notes as say, text } from "./messages";
import type { Sync } from "./sync";
import type { Capabilities } from "./types";

function formatGrid(tp: TablePlan, planRows: number[], valueFormats?: string[]): string[][] {
  return planRows.map((i) => tp.columns.map((c) => (c.header === "Värde" && valueFormats ? valueFormats[i] : c.format)));
}

function setCells(range: Excel.Range, formulas: boolean | undefined, grid: PlanCell[][]) {
  if (formulas) range.formulas = grid;
  else range.values = grid;
}

async function writeTable(s: Sync, sheet: Excel.Worksheet, tt: TableTarget, valueFormats?: string[]): Promise<Excel.Table> {
  const { tp, lay } = tt;
  const headers = [tp.columns.map((c) => c.header)];
  const all = tt.rows.map((_, i) => i);
  if (!tt.table) {
    await s.charge(tt.rows);
    // Formats first: Excel reads "2019" written into a General cell as a number, into a text cell as text.
    if (tt.rows.length)
      sheet.getRange(rangeAddress(lay.row + 1, lay.col, tt.rows.length, lay.cols)).numberFormat = formatGrid(tp, all, valueFormats);
    setCells(sheet.getRange(lay.address), tp.formulas, [...headers, ...tt.rows]);
    const table = sheet.tables.add(lay.address, true);
    table.name = tt.name;
    table.style = "TableStyleMedium2";
    tp.columns.forEach((c, j) => (sheet.getRange(rangeAddress(lay.row, lay.col + j, 1, 1)).format.columnWidth = c.width));
    return table;
  }
  const table = tt.table;
  if (tt.rename) table.name = tt.name;
  if (tt.headerChanged) table.getHeaderRowRange().values = headers;
  if (tp.userData || !tt.rec) return table;
  if (tt.rec.missing.length) {
    const pad = Array.from({ length: tt.width - tp.columns.length }, () => "");
    const added = tt.rec.missing.map((i) => [...tt.rows[i], ...pad]);
    await s.charge(added);
    table.rows.add(undefined, added as (string | number | boolean)[][]);
  }
  // Only the add-in's rows are rewritten, run by run; the user's rows in between are not touched.
  const body = table.getDataBodyRange();
  for (const run of ownedRuns(tt.rec)) {
    const grid = run.rows.map((i) => tt.rows[i]);
    await s.charge(grid);
    const range = body.getCell(run.start, 0).getResizedRange(run.rows.length - 1, tp.columns.length - 1);
    range.numberFormat = formatGrid(tp, run.rows, valueFormats);
    setCells(range, tp.formulas, grid);
  }
  return table;
}

export async function writeSheet(
  ctx: Excel.RequestContext,
  s: Sync,
  t: SheetTarget,
  caps: Capabilities,
  rowFormats: Record<string, string[]>,
  notes: string[],
  waterfalls: ChartSpot[],
): Promise<void> {
  const wb = ctx.workbook;
  const { plan, layout } = t;
  const sheet = t.mode === "new" ? wb.worksheets.add(t.sheetName) : wb.worksheets.getItem(t.sheetName);
  if (t.mode !== "owned") {
    // Right after the sheet, so an interrupted batch never leaves an unmarked sheet with content.
    if (t.brokenOwner) wb.names.getItem(ownerName(plan.key)).delete();
    wb.names.add(ownerName(plan.key), sheet.getRange("A1"), "Nära vård-indikatorer: tilläggets eget blad");
  }

  const title = sheet.getRange(layout.title);
  title.values = [[plan.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  sheet.getRange(layout.subtitle).values = [[plan.subtitle]];
  await s.charge([[plan.title], [plan.subtitle], [plan.attribution]]);

  const written = new Map<string, Excel.Table>();
  for (const tt of t.tables) written.set(tt.tp.name, await writeTable(s, sheet, tt, rowFormats[tt.tp.name]));

  const stacked = t.tables.filter((x) => !x.tp.anchor);
  if (t.clearFormerAttribution) {
    const former = written
      .get(stacked[stacked.length - 1].tp.name)!
      .getRange()
      .getLastRow()
      .getOffsetRange(t.attributionOffset, 0);
    former.getCell(0, 0).values = [[""]];
  }
  const attribution = t.attribution === "layout" ? sheet.getRange(layout.attribution) : null;
  if (attribution) {
    attribution.values = [[plan.attribution]];
    attribution.format.font.italic = true;
  }

  validate(plan, written, caps, notes);
  await writeCells(s, sheet, t.cells);
  queueCharts(t, sheet, written, caps, notes, waterfalls);
  // How it prints (ExcelApi 1.9); below that Excel's own defaults apply.
  if (caps.api19) applyPage(sheet, plan.page ?? defaultPage(plan.charts.length > 0, layout.freezeRows));
  if (t.mode !== "owned") {
    sheet.freezePanes.freezeRows(layout.freezeRows);
    sheet.getRange("A1").format.columnWidth = Math.max(...plan.tables.map((x) => x.columns[0].width));
  }
}

function applyPage(sheet: Excel.Worksheet, page: PagePlan) {
  const pl = sheet.pageLayout;
  pl.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = "A4";
  pl.centerHorizontally = !!page.centerHorizontally;
  pl.zoom = page.fitToWidth ? { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 } : { scale: 100 };
  const rows = titleRowsAddress(page);
  if (rows) pl.setPrintTitleRows(rows);
}

/** Amount columns accept decimal numbers only (ExcelApi 1.8; below it the report says validation was skipped). */
function validate(plan: SheetTarget["plan"], written: Map<string, Excel.Table>, caps: Capabilities, notes: string[]): void {
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
    notes.push(text().validationNeedsApi);
  }
}

/** The sheet's single cells: labels, the received-amount input, formulas. */
async function writeCells(s: Sync, sheet: Excel.Worksheet, cells: SheetTarget["cells"]): Promise<void> {
  for (const c of cells) {
    const r = sheet.getRange(c.address);
    if (c.format) r.numberFormat = [[c.format]];
    if (typeof c.value === "string" && c.value.startsWith("=")) r.formulas = [[c.value]];
    else r.values = [[c.value]];
    if (c.label) r.format.font.bold = true;
    if (c.width) r.format.columnWidth = c.width;
    await s.charge(c.value);
  }
}

/** Charts are added now; waterfalls are left to the caller, last in the batch, where a rejection can be recovered. */
function queueCharts(
  t: SheetTarget,
  sheet: Excel.Worksheet,
  written: Map<string, Excel.Table>,
  caps: Capabilities,
  notes: string[],
  waterfalls: ChartSpot[],
): void {
  const { layout } = t;
  for (const cp of t.charts) {
    const tt = t.tables.find((x) => x.tp.name === cp.table)!;
    const lay = layout.charts.find((x) => x.name === cp.name)!;
    const spot: ChartSpot = { sheet, table: written.get(cp.table)!, sheetName: t.sheetName, tableName: tt.name, tp: tt.tp, cp, lay };
    if (cp.kind !== "Waterfall") addChart(spot);
    else if (caps.api19) waterfalls.push(spot);
    else {
      addChart(spot, true);
      notes.push(say.waterfallNeedsApi(cp.title));
    }
  }
}
