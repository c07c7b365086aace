import type { ActionReport } from "../excel/writer";
import type { SieImport } from "../excel/ledgerImport";

/** Workbook actions the pane can trigger; null outside Excel. Components never call Excel themselves. */
export interface WorkbookActions {
  insertAll(): Promise<ActionReport>;
  buildCharts(): Promise<ActionReport>;
  newLedger(): Promise<ActionReport>;
  insertIndicator(indicator: string, entity: string, withChart: boolean): Promise<ActionReport>;
  writeFormula(formula: string): Promise<ActionReport>;
  importSieLedger(input: SieImport): Promise<ActionReport>;
}
