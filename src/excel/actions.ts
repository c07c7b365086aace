/** The workbook actions the pane and the ribbon call: one Excel.run each, errors as messages in the pane's language. */
import { catalog } from "../core/dataset/lookup";
import { chartPlan } from "../core/workbook/chartPlan";
import { ledgerPlan } from "../core/workbook/grantLedgerPlan";
import { address, layoutSheet } from "../core/workbook/layout";
import { referencePlan } from "../core/workbook/referencePlan";
import { indicatorPlan } from "../core/workbook/indicatorPlan";
import { excelErrorMessage, text } from "./messages";
import { writerLanguage } from "./language";
import { applySheets } from "./applySheets";
import { runAction, type ExcelRun } from "./run";
import type { ActionReport, Capabilities } from "./types";

export { excelErrorMessage };

export function capabilities(): Capabilities {
  const req = Office.context.requirements;
  return { api19: req.isSetSupported("ExcelApi", "1.9"), api18: req.isSetSupported("ExcelApi", "1.8") };
}

/** All reference tables and all charts, in at most three round trips. */
export function insertAll(caps = capabilities(), excelRun?: ExcelRun): Promise<ActionReport> {
  const lang = writerLanguage();
  const ref = referencePlan(catalog(), lang);
  return runAction((ctx) => applySheets(ctx, [...ref.sheets, chartPlan(catalog(), lang)], caps, ref.rowFormats), excelRun);
}

export function buildCharts(caps = capabilities(), excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction((ctx) => applySheets(ctx, [chartPlan(catalog(), writerLanguage())], caps), excelRun);
}

/** The empty grant ledger; the result says where to start typing and where the received amount goes. */
export async function newLedger(caps = capabilities(), excelRun?: ExcelRun): Promise<ActionReport> {
  const plan = ledgerPlan(writerLanguage());
  const report = await runAction((ctx) => applySheets(ctx, [plan], caps), excelRun);
  if (!report.ok) return report;
  const table = layoutSheet(plan).tables[0];
  const received = plan.cells?.find((c) => c.input)?.address ?? "";
  const sheet = report.sheets[0] ?? plan.name;
  const kept = report.keptUserRows ?? 0;
  // A first run says where to start; a re-run that the user's rows survived.
  if (!kept) return { ...report, message: text().ledgerStart(sheet, address(table.row + 1, table.col), received) };
  return { ...report, message: text().ledgerKept(sheet, kept, received) };
}

export function insertIndicator(
  indicator: string,
  entity: string,
  withChart: boolean,
  caps = capabilities(),
  excelRun?: ExcelRun,
): Promise<ActionReport> {
  const p = indicatorPlan(catalog(), indicator, entity, withChart);
  return runAction((ctx) => applySheets(ctx, [p.sheet], caps, p.rowFormats), excelRun);
}

/** Writes a formula into the selected cell (Funktioner view). */
export async function writeFormula(formula: string, excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load("address");
    cell.formulas = [[formula]];
    await context.sync();
    const address = cell.address;
    return { ok: true, message: text().formulaWritten(address), notes: [], syncs: 1, payloadBytes: formula.length, sheets: [] };
  }, excelRun);
}

/** Shows the sheet a result names ("Gå till bladet"). */
export async function goToSheet(sheet: string, excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
    return { ok: true, message: "", notes: [], syncs: 1, payloadBytes: 0, sheets: [sheet] };
  }, excelRun);
}
