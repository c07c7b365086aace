import type { KoladaSnapshot } from "../core/kolada/snapshot";
import type { SheetPlan } from "../core/workbook/plan";
import type { ActionReport } from "../excel/types";
import type { SieImport } from "../excel/ledgerImport";
import type { Strings } from "./strings/pane.sv";

/** Workbook actions the pane can trigger; null outside Excel. Components never call Excel themselves. */
export interface WorkbookActions {
  insertAll(): Promise<ActionReport>;
  buildCharts(): Promise<ActionReport>;
  newLedger(): Promise<ActionReport>;
  insertIndicator(indicator: string, entity: string, withChart: boolean): Promise<ActionReport>;
  writeFormula(formula: string): Promise<ActionReport>;
  /** Kolada: keep fetched data in the workbook (and recalculate), insert the all-regions comparison. */
  saveKolada?(snapshot: KoladaSnapshot): Promise<ActionReport>;
  insertKolada?(year: number): Promise<ActionReport>;
  importSieLedger(input: SieImport): Promise<ActionReport>;
  /** The follow-up: mapping tables, results, Återrapportering, and the ledger's two formula columns. */
  writeFollowup?(sheets: SheetPlan[]): Promise<ActionReport>;
  /** Shows a sheet a result names. */
  goToSheet?(sheet: string): Promise<ActionReport>;
}

/** A destination of the tab strip; its label is `strings.tabs[id]`. */
export type ViewId = keyof Strings["tabs"];

/** What every view receives. `show` switches to another view (the Start view links to the catalogue). */
export interface ViewProps {
  strings: Strings;
  actions: WorkbookActions | null;
  show(view: ViewId): void;
}
