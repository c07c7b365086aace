/** What the Office.js executor's modules share: what the host supports and what an action reports back. */

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
  /** Cells of the add-in's tables and titles the user had changed and the run restored. */
  restoredCells?: number;
  /** Rows the user added to the add-in's tables, kept where they stand. */
  keptUserRows?: number;
  /** Done, but not all of it: the message says what is missing and why (shown as a warning, never as success). */
  partial?: boolean;
}
