/**
 * What the add-in writes into a workbook, as plain data: sheets, tables (with column formats and widths), cells
 * and charts. Each plan has its own module (referencePlan, chartPlan, grantLedgerPlan, sieLedgerPlan,
 * koladaPlan, indicatorPlan); src/excel and src/xlsx only execute them.
 */
import type { LedgerFormat } from "../ledger/columns";
import type { PagePlan } from "./page";

export type PlanCell = string | number | boolean;

export interface ColumnPlan {
  header: string;
  /** Excel number format, "@" for text. */
  format: string;
  /** Column width in points. */
  width: number;
}

export interface TablePlan {
  key: string;
  /** Excel table name; stable so formulas can reference it (PV_Statsbidrag[Värde]). */
  name: string;
  columns: ColumnPlan[];
  rows: PlanCell[][];
  /** Formulas instead of values, same shape as rows (used by the ledger's chart data). */
  formulas?: boolean;
  /** The body belongs to the user once created (the ledger): re-runs never touch its rows. */
  userData?: boolean;
  /** Top-left cell; by default tables stack down column A. */
  anchor?: string;
  /** Columns whose values identify a row across re-runs (default: the first column). */
  keyColumns?: string[];
}

export type ChartKind = "ColumnClustered" | "LineMarkers" | "Waterfall";

export interface ChartPlan {
  key: string;
  name: string;
  kind: ChartKind;
  /** Table whose columns feed the chart; the first listed column is the category axis. */
  table: string;
  columns: string[];
  title: string;
  xTitle: string;
  yTitle: string;
  /** For waterfall charts: stacked-column fallback columns [base, height] in the same table. */
  fallbackColumns?: [string, string];
  /** Top-left cell of the chart; by default right of its table. */
  anchor?: string;
}

export interface SheetPlan {
  key: string;
  name: string;
  title: string;
  subtitle: string;
  attribution: string;
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Extra single cells (A1 address, value or formula, number format); `label` is bold, `width` sets the column's width (points). */
  cells?: { address: string; value: PlanCell; format?: string; label?: string; input?: boolean; width?: number }[];
  /**
   * The add-in's text for title, subtitle, attribution and single cells in every language (sheetText.ts): found
   * there on a re-run (written in the pane's other language), it is the add-in's own, not the user's, and replaced.
   */
  ownTexts?: string[];
  /** Data validation for table columns: decimal numbers only. */
  decimalColumns?: { table: string; column: string }[];
  /** How the sheet prints; absent: the default (A4 landscape, see page.ts). */
  page?: PagePlan;
}

/** Number formats in Office.js (en-US) syntax; Excel shows them with the user's separators (1 234,5). */
export const FORMATS = {
  mnkr: "#,##0.0",
  pct: "0.0%",
  text: "@",
  num: "#,##0.##",
  general: "General",
  /** Kronor with öre. */
  kr: "#,##0.00",
} as const satisfies Record<LedgerFormat, string> & Record<string, string>;

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Value formats per table row for the observation tables (Värde column), keyed by table name. */
  rowFormats: Record<string, string[]>;
}
