/**
 * Native charts over the add-in's tables. Ranges are taken relative to the table, so a chart covers the
 * table as it stands when the batch runs (rows the user added included). Waterfall charts are drawn in a
 * guarded last step: some hosts reject calls on the newer chart family, and then the writer removes the
 * waterfall and draws the stacked-column fallback instead.
 */
import type { ChartLayout } from "../core/workbook/layout";
import type { ChartPlan, TablePlan } from "../core/workbook/plan";

const colIndex = (tp: TablePlan, header: string) => {
  const i = tp.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`Kolumnen ${header} saknas i ${tp.name}`);
  return i;
};

/** Header and body of adjacent plan columns of a table. */
function columnsRange(table: Excel.Table, tp: TablePlan, headers: string[]): Excel.Range {
  const first = colIndex(tp, headers[0]);
  return table
    .getRange()
    .getColumn(first)
    .getResizedRange(0, headers.length - 1);
}

export interface ChartSpot {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  /** Names in the workbook, to find the sheet and table again after a failed batch. */
  sheetName: string;
  tableName: string;
  tp: TablePlan;
  cp: ChartPlan;
  lay: ChartLayout;
}

/** A column or line chart, or (fallback) a waterfall drawn as stacked columns with an invisible base. */
export function addChart({ sheet, table, tp, cp, lay }: ChartSpot, fallback = false): void {
  const seriesCols = fallback ? cp.fallbackColumns! : cp.columns.slice(1);
  const chart = sheet.charts.add((fallback ? "ColumnStacked" : cp.kind) as Excel.ChartType, columnsRange(table, tp, seriesCols), "Columns");
  chart.name = cp.name;
  chart.title.text = cp.title;
  chart.legend.position = "Bottom";
  const categories = table.columns.getItemAt(colIndex(tp, cp.columns[0])).getDataBodyRange();
  for (let i = 0; i < seriesCols.length; i++) chart.series.getItemAt(i).setXAxisValues(categories);
  chart.axes.categoryAxis.title.text = cp.xTitle;
  chart.axes.valueAxis.title.text = cp.yTitle;
  if (fallback) {
    chart.series.getItemAt(0).format.fill.clear();
    chart.legend.visible = false;
  }
  chart.setPosition(lay.topLeft, lay.bottomRight);
}

/**
 * The waterfall itself: created from its category and amount columns (Excel takes the text column as the
 * categories), named and placed first, so a host that rejects the title leaves a chart the writer can find.
 */
export function addWaterfall({ sheet, table, tp, cp, lay }: ChartSpot): void {
  const chart = sheet.charts.add("Waterfall" as Excel.ChartType, columnsRange(table, tp, cp.columns), "Columns");
  chart.name = cp.name;
  chart.setPosition(lay.topLeft, lay.bottomRight);
  chart.title.text = cp.title;
}
