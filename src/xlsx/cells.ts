/** One sheet's cells as the file stores them: shared strings, numbers, booleans, formulas, each with a style. */
import { columnLetter } from "../core/workbook/layout";
import type { PlanCell } from "../core/workbook/plan";
import { esc, HEAD, NS, textElement } from "./xml";

export class SharedStrings {
  private index = new Map<string, number>();
  private list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(s, i);
      this.list.push(s);
    }
    return i;
  }
  xml(): string {
    return (
      HEAD +
      `<sst xmlns="${NS.main}" count="${this.count}" uniqueCount="${this.list.length}">` +
      this.list.map((s) => `<si>${textElement("t", s)}</si>`).join("") +
      `</sst>`
    );
  }
}

interface Cell {
  value: PlanCell | null;
  formula?: string;
  style: number;
}

/**
 * A formula as the file stores it: no leading "=", and the [@Kolumn] shorthand (which only Excel's UI
 * accepts) spelled out as Tabell[[#This Row],[Kolumn]].
 */
export function fileFormula(formula: string, table?: string): string {
  const f = formula.replace(/^=/, "");
  if (!table) return f;
  return f.replace(
    /(^|[^A-Za-z0-9_.\]])\[@(?:\[([^\]]+)\]|([^[\]]+))\]/g,
    (_m, pre: string, a?: string, b?: string) => `${pre}${table}[[#This Row],[${a ?? b}]]`,
  );
}

export class CellGrid {
  private rows = new Map<number, Map<number, Cell>>();

  constructor(private readonly strings: SharedStrings) {}

  /** Sets a value (or, with `formula`, a formula) at 0-based row/column; "" leaves a styled blank cell. */
  set(row: number, col: number, value: PlanCell | null, style: number, formula?: string): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, { value: value === "" ? null : value, formula, style });
  }

  get(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** Changes the style of a cell that exists, or adds a blank one with that style. */
  style(row: number, col: number, style: number): void {
    const c = this.get(row, col);
    if (c) c.style = style;
    else this.set(row, col, null, style);
  }

  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [r, m] of this.rows) {
      rows = Math.max(rows, r + 1);
      for (const c of m.keys()) cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }

  xml(): string {
    const out: string[] = [];
    for (const r of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(r)!;
      out.push(`<row r="${r + 1}">`);
      for (const c of [...cells.keys()].sort((a, b) => a - b)) out.push(this.cellXml(r, c, cells.get(c)!));
      out.push("</row>");
    }
    return out.join("");
  }

  private cellXml(r: number, c: number, cell: Cell): string {
    const ref = `${columnLetter(c)}${r + 1}`;
    const s = cell.style ? ` s="${cell.style}"` : "";
    if (cell.formula !== undefined) return `<c r="${ref}"${s}><f>${esc(cell.formula)}</f></c>`;
    const v = cell.value;
    if (v === null) return `<c r="${ref}"${s}/>`;
    if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${this.strings.id(v)}</v></c>`;
  }
}
