/** Where each part of a sheet plan goes: pure arithmetic on rows and columns, so it is tested without Excel. */
import type { SheetPlan } from "./plan";

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  return `${address(row, col)}:${address(row + rows - 1, col + cols - 1)}`;
}

export function parseAddress(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`Ogiltig celladress ${a}`);
  return { col: m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(m[2]) - 1 };
}

/** "Blad!$A$4:$J$60" or "A4" → its top-left cell (0-based) and size. */
export function parseRange(a: string): { row: number; col: number; rows: number; cols: number } {
  const [first, last] = a.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const s = parseAddress(first);
  const e = last ? parseAddress(last) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

export interface TableLayout {
  name: string;
  /** 0-based top row (the header row) and left column. */
  row: number;
  col: number;
  rows: number; // including the header
  cols: number;
  address: string;
}

export interface ChartLayout {
  name: string;
  topLeft: string;
  bottomRight: string;
}

export interface SheetLayout {
  title: string; // A1
  subtitle: string; // A2
  tables: TableLayout[];
  charts: ChartLayout[];
  attribution: string;
  /** Where versions before the attribution moved to A3 put it: two rows below the last stacked table. */
  formerAttribution: string;
  /** Rows to freeze: the title block and, with one table, its header row. */
  freezeRows: number;
}

const FIRST_TABLE_ROW = 3; // row 4: title, subtitle, the attribution above
/**
 * The attribution (source note) stands above the tables, in A3: a table grows downwards as the user types rows, so
 * text below it would end up inside it.
 */
const ATTRIBUTION = "A3";
const CHART_ROWS = 16;
const CHART_COLS = 8;

export function layoutSheet(plan: SheetPlan): SheetLayout {
  let row = FIRST_TABLE_ROW;
  const tables: TableLayout[] = [];
  const charts: ChartLayout[] = [];
  for (const t of plan.tables) {
    const rows = t.rows.length + 1;
    const cols = t.columns.length;
    if (t.anchor) {
      const a = parseAddress(t.anchor);
      tables.push({ name: t.name, row: a.row, col: a.col, rows, cols, address: rangeAddress(a.row, a.col, rows, cols) });
      continue;
    }
    tables.push({ name: t.name, row, col: 0, rows, cols, address: rangeAddress(row, 0, rows, cols) });
    const own = plan.charts.filter((c) => c.table === t.name && !c.anchor);
    own.forEach((c, i) => {
      const top = row + i * (CHART_ROWS + 1);
      charts.push({ name: c.name, topLeft: address(top, cols + 1), bottomRight: address(top + CHART_ROWS - 1, cols + CHART_COLS) });
    });
    row += Math.max(rows, own.length * (CHART_ROWS + 1)) + 2;
  }
  for (const c of plan.charts.filter((x) => x.anchor)) {
    const a = parseAddress(c.anchor!);
    charts.push({ name: c.name, topLeft: c.anchor!, bottomRight: address(a.row + CHART_ROWS - 1, a.col + CHART_COLS - 1) });
  }
  return {
    title: "A1",
    subtitle: "A2",
    tables,
    charts,
    attribution: ATTRIBUTION,
    formerAttribution: address(row - 1, 0),
    freezeRows: plan.tables.length === 1 ? FIRST_TABLE_ROW + 1 : 2,
  };
}
