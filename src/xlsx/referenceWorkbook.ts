/** The downloadable reference workbook: every sheet "Infoga alla" writes, the charts and the ledger template. */
import { catalog } from "../core/dataset/lookup";
import { chartPlan } from "../core/workbook/chartPlan";
import { ledgerPlan } from "../core/workbook/grantLedgerPlan";
import { referencePlan } from "../core/workbook/referencePlan";
import type { SheetPlan } from "../core/workbook/plan";
import { writeXlsx, type XlsxOptions } from "./package";

export { XLSX_MIME } from "./package";

export const WORKBOOK_FILE = "nara-vard-indikatorer.xlsx";

export function referenceWorkbookPlan(): { sheets: SheetPlan[]; rowFormats: Record<string, string[]> } {
  const cat = catalog();
  const ref = referencePlan(cat);
  return { sheets: [...ref.sheets, chartPlan(cat), ledgerPlan()], rowFormats: ref.rowFormats };
}

export function referenceWorkbook(options: XlsxOptions = {}): Promise<Uint8Array> {
  const p = referenceWorkbookPlan();
  return writeXlsx(p.sheets, p.rowFormats, { title: "Nära vård-indikatorer – referensarbetsbok", ...options });
}
