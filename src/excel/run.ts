/**
 * One Excel.run per user action, and what a rejection becomes: every action of the Office.js executor goes
 * through here (actions.ts, kolada.ts, ledgerImport.ts), so the error-to-message rule is written once.
 */
import { excelErrorMessage, text } from "./messages";
import type { ActionReport } from "./types";

/** Excel.run, or a test harness's stand-in (a fake host's run, as generic as Excel.run). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A report of an action that wrote nothing: `message` says why. */
export function failedReport(message: string, syncs = 0): ActionReport {
  return { ok: false, message, notes: [], syncs, payloadBytes: 0, sheets: [] };
}

/** A workbook action clicked before Office answered, when it never did: nothing could run (src/taskpane/main.tsx). */
export function officeSilentReport(): ActionReport {
  return failedReport(text().officeSilent);
}

/** The batch in one Excel.run (or the stand-in), with no error handling: for reads whose callers decide what a failure means. */
export function inExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>, run?: ExcelRun): Promise<T> {
  return run ? run(batch) : Excel.run(batch);
}

/** A user action in one Excel.run; whatever Excel rejects it with becomes a failed report in the pane's language. */
export async function runAction(action: (context: Excel.RequestContext) => Promise<ActionReport>, run?: ExcelRun): Promise<ActionReport> {
  try {
    return await inExcel(action, run);
  } catch (e) {
    return failedReport(excelErrorMessage(e));
  }
}
