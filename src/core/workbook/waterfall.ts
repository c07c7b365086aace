/** The waterfall chart the Diagram sheet and the grant ledger share, and the table that feeds it. */
import { FORMATS, type ChartPlan, type ColumnPlan } from "./plan";

const { mnkr: MNKR, text: TXT } = FORMATS;

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
    columns: ["Steg", "Belopp"],
    fallbackColumns: ["Bas", "Höjd"],
    title,
    xTitle,
    yTitle,
    anchor,
  };
}

export const WATERFALL_COLUMNS: ColumnPlan[] = [
  { header: "Steg", format: TXT, width: 140 },
  { header: "Belopp", format: MNKR, width: 70 },
  { header: "Bas", format: MNKR, width: 60 },
  { header: "Höjd", format: MNKR, width: 60 },
];
