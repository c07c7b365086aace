/**
 * One sheet plan as a worksheet part, laid out by the same core/workbook/layout.ts the Office.js writer uses:
 * title block, tables with header, per-column (and per-row Värde) number formats and widths, extra cells,
 * decimal validation, frozen rows. Table and chart parts are returned for the package to number and link.
 */
import { layoutSheet, parseAddress, rangeAddress, type SheetLayout, type TableLayout } from "../core/workbook/layout";
import type { ChartPlan, PlanCell, SheetPlan, TablePlan } from "../core/workbook/plan";
import { quoteText } from "../core/util/text";
import { CellGrid, fileFormula, type SharedStrings } from "./cells";
import type { FontKind, Styles } from "./styles";
import { esc, HEAD, NS } from "./xml";

export interface PlacedTable {
  plan: TablePlan;
  layout: TableLayout;
  /** Range including header; at least one body row, as Excel requires. */
  ref: string;
}

export interface PlacedChart {
  plan: ChartPlan;
  table: PlacedTable;
  from: { row: number; col: number };
  to: { row: number; col: number };
}

export interface RenderedSheet {
  name: string;
  grid: CellGrid;
  layout: SheetLayout;
  tables: PlacedTable[];
  charts: PlacedChart[];
  /** Everything of <worksheet> except the drawing and table-part links, which need relationship ids. */
  body: string;
}

/** Office.js widths are points; the file counts widths of Calibri 11's digit (7 px), 96 px per 72 pt. */
export function widthInChars(points: number): number {
  return Math.round(((points * 4) / 3 / 7) * 256) / 256;
}

/** A value into the grid; text carrying the quote prefix (inertText, core/util/text.ts) is stored without it, in a quotePrefix style. */
function setValue(grid: CellGrid, styles: Styles, row: number, col: number, v: PlanCell, format: string, font: FontKind = "normal") {
  if (typeof v === "string" && v.startsWith("'")) grid.set(row, col, quoteText(v).text, styles.id(format, font, true));
  else grid.set(row, col, v, styles.id(format, font));
}

/** `selected`: the sheet Excel shows first (the workbook's first sheet). */
export function renderSheet(
  plan: SheetPlan,
  rowFormats: Record<string, string[]>,
  styles: Styles,
  strings: SharedStrings,
  selected = false,
): RenderedSheet {
  const layout = layoutSheet(plan);
  const grid = new CellGrid(strings);
  const put = (a1: string, v: string, font: "title" | "italic" | "normal") => {
    const p = parseAddress(a1);
    setValue(grid, styles, p.row, p.col, v, "General", font);
  };
  put(layout.title, plan.title, "title");
  put(layout.subtitle, plan.subtitle, "normal");
  put(layout.attribution, plan.attribution, "italic");

  const widths = new Map<number, number>();
  const tables = plan.tables.map((tp, i) => placeTable(grid, styles, tp, layout.tables[i], rowFormats[tp.name], widths));
  if (plan.tables.length) widths.set(0, Math.max(...plan.tables.map((x) => x.columns[0].width)));

  for (const c of plan.cells ?? []) {
    const p = parseAddress(c.address);
    const font = c.label ? "bold" : "normal";
    if (typeof c.value === "string" && c.value.startsWith("="))
      grid.set(p.row, p.col, null, styles.id(c.format ?? "General", font), fileFormula(c.value));
    else setValue(grid, styles, p.row, p.col, c.value, c.format ?? "General", font);
    if (c.width) widths.set(p.col, c.width);
  }

  const charts: PlacedChart[] = plan.charts.map((cp) => {
    const lay = layout.charts.find((x) => x.name === cp.name)!;
    const to = parseAddress(lay.bottomRight);
    return {
      plan: cp,
      table: tables.find((t) => t.plan.name === cp.table)!,
      from: parseAddress(lay.topLeft),
      to: { row: to.row + 1, col: to.col + 1 },
    };
  });

  const validations = validationsXml(plan, tables);
  const body = worksheetBody(grid, layout.freezeRows, widths, validations, charts.length > 0, selected);
  return { name: plan.name, grid, layout, tables, charts, body };
}

/** A table's header and body into the grid (formulas as the file spells them), its column widths into `widths`. */
function placeTable(
  grid: CellGrid,
  styles: Styles,
  tp: TablePlan,
  lay: TableLayout,
  perRow: string[] | undefined,
  widths: Map<number, number>,
): PlacedTable {
  tp.columns.forEach((c, j) => grid.set(lay.row, lay.col + j, c.header, 0));
  const bodyRows = Math.max(1, tp.rows.length);
  for (let r = 0; r < bodyRows; r++) {
    tp.columns.forEach((c, j) => {
      const v = tp.rows[r]?.[j] ?? "";
      const format = c.header === "Värde" && perRow ? (perRow[r] ?? c.format) : c.format;
      if (tp.formulas && typeof v === "string" && v.startsWith("="))
        grid.set(lay.row + 1 + r, lay.col + j, null, styles.id(format), fileFormula(v, tp.name));
      else setValue(grid, styles, lay.row + 1 + r, lay.col + j, v, format);
    });
  }
  tp.columns.forEach((c, j) => widths.set(lay.col + j, c.width));
  return { plan: tp, layout: lay, ref: rangeAddress(lay.row, lay.col, bodyRows + 1, tp.columns.length) };
}

/** Decimal validation of the plan's amount columns, one <dataValidation> each. */
function validationsXml(plan: SheetPlan, tables: PlacedTable[]): string[] {
  return (plan.decimalColumns ?? []).map((d) => {
    const t = tables.find((x) => x.plan.name === d.table)!;
    const j = t.plan.columns.findIndex((c) => c.header === d.column);
    const sqref = rangeAddress(t.layout.row + 1, t.layout.col + j, Math.max(1, t.plan.rows.length), 1);
    return (
      `<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1" errorStyle="stop" ` +
      `errorTitle="Ogiltigt belopp" error="Belopp ska vara ett tal i mnkr." sqref="${sqref}">` +
      `<formula1>-1000000000000</formula1><formula2>1000000000000</formula2></dataValidation>`
    );
  });
}

/** Everything of <worksheet> from sheetPr to pageSetup: dimension, frozen rows, widths, cells, validations, printing. */
function worksheetBody(
  grid: CellGrid,
  frozen: number,
  widths: Map<number, number>,
  validations: string[],
  fit: boolean,
  selected: boolean,
): string {
  const { rows, cols } = grid.extent();
  const cols_ = [...widths.keys()]
    .sort((a, b) => a - b)
    .map((c) => `<col min="${c + 1}" max="${c + 1}" width="${widthInChars(widths.get(c)!)}" customWidth="1"/>`)
    .join("");
  // Sheets with charts (fit) print one page wide, so a chart is never cut between pages.
  return (
    (fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="${rangeAddress(0, 0, Math.max(rows, 1), Math.max(cols, 1))}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">` +
    (frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
      : "") +
    `</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols_ ? `<cols>${cols_}</cols>` : "") +
    `<sheetData>${grid.xml()}</sheetData>` +
    (validations.length ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
  );
}

export function worksheetXml(s: RenderedSheet, drawingRel: string | null, tableRels: string[]): string {
  return (
    HEAD +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    s.body +
    (drawingRel ? `<drawing r:id="${drawingRel}"/>` : "") +
    (tableRels.length
      ? `<tableParts count="${tableRels.length}">${tableRels.map((r) => `<tablePart r:id="${r}"/>`).join("")}</tableParts>`
      : "") +
    `</worksheet>`
  );
}

export function tableXml(t: PlacedTable, id: number): string {
  const cols = t.plan.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c.header)}"/>`).join("");
  return (
    HEAD +
    `<table xmlns="${NS.main}" id="${id}" name="${esc(t.plan.name)}" displayName="${esc(t.plan.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.plan.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
