/** The workbook actions the pane and the ribbon call: one Excel.run each, errors as messages in the pane's language. */
import { catalog } from "../core/dataset/lookup";
import { chartPlan } from "../core/workbook/chartPlan";
import { ledgerPlan } from "../core/workbook/grantLedgerPlan";
import { referencePlan } from "../core/workbook/referencePlan";
import { indicatorPlan } from "../core/workbook/indicatorPlan";
import { excelErrorMessage, text } from "./messages";
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
  const ref = referencePlan(catalog());
  return runAction((ctx) => applySheets(ctx, [...ref.sheets, chartPlan(catalog())], caps, ref.rowFormats), excelRun);
}

export function buildCharts(caps = capabilities(), excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction((ctx) => applySheets(ctx, [chartPlan(catalog())], caps), excelRun);
}

export function newLedger(caps = capabilities(), excelRun?: ExcelRun): Promise<ActionReport> {
  return runAction((ctx) => applySheets(ctx, [ledgerPlan()], caps), excelRun);
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
