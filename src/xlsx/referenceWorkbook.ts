/** The downloadable reference workbook: every sheet "Infoga alla" writes, the charts and the ledger template. */
import { catalog } from "../core/dataset/lookup";
import { chartPlan } from "../core/workbook/chartPlan";
import { ledgerPlan } from "../core/workbook/grantLedgerPlan";
import { referencePlan } from "../core/workbook/referencePlan";
import type { SheetPlan } from "../core/workbook/plan";
import type { SheetLanguage } from "../core/workbook/sheetText";
import { writeXlsx, type XlsxOptions } from "./package";

export { XLSX_MIME } from "./package";

export const WORKBOOK_FILE = "nara-vard-indikatorer.xlsx";

/** The sheets' titles and notes in `lang` (the pane's language); names and column headers are the same in both. */
export function referenceWorkbookPlan(lang: SheetLanguage = "sv"): { sheets: SheetPlan[]; rowFormats: Record<string, string[]> } {
  const cat = catalog();
  const ref = referencePlan(cat, lang);
  return { sheets: [...ref.sheets, chartPlan(cat, lang), ledgerPlan(lang)], rowFormats: ref.rowFormats };
}

export function referenceWorkbook(options: XlsxOptions = {}, lang: SheetLanguage = "sv"): Promise<Uint8Array> {
  const p = referenceWorkbookPlan(lang);
  return writeXlsx(p.sheets, p.rowFormats, { title: "Nära vård-indikatorer – referensarbetsbok", ...options });
}
