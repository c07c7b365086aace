/** The waterfall chart the Diagram sheet and the grant ledger share, and the table that feeds it. */
import { FORMATS, type ChartPlan, type ColumnPlan } from "./plan";

const { mnkr: MNKR, text: TXT } = FORMATS;

/** The chart table's column headers; each amount column says its unit, as every amount column the add-in writes. */
export const WATERFALL = { step: "Steg", amount: "Belopp (mnkr)", base: "Bas (mnkr)", height: "Höjd (mnkr)" } as const;

/** `[@[Belopp (mnkr)]]`: this row's cell in one of the chart table's columns, as a structured reference. */
export const thisRow = (column: string) => `[@[${column}]]`;

export /** A waterfall over a table with WATERFALL_COLUMNS; below ExcelApi 1.9 the writer stacks Bas + Höjd instead. */
function waterfallChart(
  key: string,
  name: string,
  table: string,
  title: string,
  anchor?: string,
  xTitle = "Steg",
  yTitle = "mnkr",
): ChartPlan {
  return {
    key,
    name,
    kind: "Waterfall",
    table,
    columns: [WATERFALL.step, WATERFALL.amount],
    fallbackColumns: [WATERFALL.base, WATERFALL.height],
    title,
    xTitle,
    yTitle,
    anchor,
  };
}

export const WATERFALL_COLUMNS: ColumnPlan[] = [
  { header: WATERFALL.step, format: TXT, width: 140 },
  { header: WATERFALL.amount, format: MNKR, width: 84 },
  { header: WATERFALL.base, format: MNKR, width: 72 },
  { header: WATERFALL.height, format: MNKR, width: 72 },
];
