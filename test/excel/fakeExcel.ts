/**
 * A recording fake of the parts of the Excel object model the writer uses. Honest where the writer relies
 * on Excel's behaviour:
 * - writes are queued and run at sync(), in order; a failing operation stops the batch and everything queued
 *   before it stays applied (Excel's batches do not roll back); `failAfter(n)` makes the next sync fail after
 *   n operations, like a host that rejects a call part-way through a batch;
 * - properties must be loaded and synced before they are read;
 * - duplicate sheet/table/name names, overlapping tables, writes whose shape differs from the range, writes
 *   to protected sheets and waterfall charts below ExcelApi 1.9 are rejected at sync;
 * - names that refer to a deleted sheet read back as =#REF!;
 * - a numeric-looking string written as a value becomes a number unless the cell is formatted as text ("@");
 * - a formula cell's `values` is its result for plain arithmetic ("=2/5" → 0.4), else a placeholder text;
 * - text written with a leading apostrophe is stored as Excel does (office-js issue 6687): the value without
 *   the apostrophe, and a hidden quote prefix; `values` and `formulas` read it back WITHOUT the apostrophe;
 * - text starting with "=", "+", "-" or "@" written without the apostrophe becomes a formula (a number for
 *   "-5"), as if typed;
 * - ListRows.add inserts: cells below the table (in its columns) move down, and a table in the way that
 *   would be split is an error; deleting a row moves the cells below up;
 * - waterfall (and other newer) charts reject legend, series and axis calls with UnsupportedOperation, and on
 *   a `strictWaterfallHost` also the title;
 * - in cell-edit mode every sync is rejected before anything is applied;
 * - a request whose cell data (values, formulas, number formats queued since the last sync) exceeds 5 MB is
 *   rejected whole, before anything in it is applied, as Excel on the web refuses the request itself.
 */
import { parseRange, rangeAddress } from "../../src/core/workbook/layout";

type Op = () => void;
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Cell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  /** Excel's hidden quote prefix: the cell holds text that was written with a leading apostrophe. */
  quotePrefix?: boolean;
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
interface Loc extends Box {
  sheet: FakeWorksheet;
}

const dims: (address: string) => Box = parseRange;
const rangeOf = rangeAddress;
const boxAddress = (b: Box) => rangeOf(b.row, b.col, b.rows, b.cols);
const intersects = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const isEmpty = (c: Cell | undefined) => !c || (c.formula === undefined && (c.value === "" || c.value === undefined || c.value === null));

class Loadable {
  protected loaded = new Set<string>();
  protected need(prop: string) {
    if (!this.loaded.has(prop)) throw new ExcelError("PropertyNotLoaded", `${prop} is not loaded; call load() and sync() first`);
  }
}

/** A range proxy: its position is resolved when its queued operations run, as Office.js resolves object paths. */
export class FakeRange extends Loadable {
  format: { font: Record<string, unknown>; columnWidth: number | undefined };
  dataValidation: { rule?: unknown; errorAlert?: unknown; clear: () => void };
  isNullObject = false;
  private snapshot: Record<string, unknown> = {};
  constructor(
    private readonly ctx: FakeContext,
    private readonly locate: () => Loc | null,
  ) {
    super();
    const at = () => {
      const l = this.locate();
      if (!l) throw new ExcelError("InvalidObjectPath", "The range does not exist.");
      return l;
    };
    this.dataValidation = { clear: () => ctx.queue(() => at().sheet.validations.delete(boxAddress(at()))) };
    for (const k of ["rule", "errorAlert"]) {
      Object.defineProperty(this.dataValidation, k, {
        set: (v) =>
          ctx.queue(() => {
            const l = at();
            l.sheet.validations.set(boxAddress(l), { ...(l.sheet.validations.get(boxAddress(l)) ?? {}), [k]: v });
          }),
      });
    }
    const fmt = { font: {} as Record<string, unknown>, columnWidth: undefined as number | undefined };
    Object.defineProperty(fmt, "columnWidth", { set: (w: number) => ctx.queue(() => at().sheet.columnWidths.set(at().col, w)) });
    fmt.font = new Proxy({}, { set: (_, k, v) => (ctx.queue(() => at().sheet.fonts.set(`${boxAddress(at())}:${String(k)}`, v)), true) });
    this.format = fmt;
  }
  /** Where the range is now (for the fake's own bookkeeping and tests). */
  get sheet(): FakeWorksheet {
    return this.locate()!.sheet;
  }
  get addressText(): string {
    return boxAddress(this.locate()!);
  }
  private derive(f: (l: Loc) => Loc | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      const l = this.locate();
      return l ? f(l) : null;
    });
  }
  getRow(i: number) {
    return this.derive((l) => {
      if (i >= l.rows) throw new ExcelError("InvalidArgument", `row ${i} is outside the range`);
      return { ...l, row: l.row + i, rows: 1 };
    });
  }
  getColumn(j: number) {
    return this.derive((l) => {
      if (j >= l.cols) throw new ExcelError("InvalidArgument", `column ${j} is outside the range`);
      return { ...l, col: l.col + j, cols: 1 };
    });
  }
  getCell(i: number, j: number) {
    return this.derive((l) => ({ ...l, row: l.row + i, col: l.col + j, rows: 1, cols: 1 }));
  }
  getLastRow() {
    return this.derive((l) => ({ ...l, row: l.row + l.rows - 1, rows: 1 }));
  }
  getLastColumn() {
    return this.derive((l) => ({ ...l, col: l.col + l.cols - 1, cols: 1 }));
  }
  getOffsetRange(dr: number, dc: number) {
    return this.derive((l) => ({ ...l, row: l.row + dr, col: l.col + dc }));
  }
  getResizedRange(dr: number, dc: number) {
    return this.derive((l) => {
      if (l.rows + dr < 1 || l.cols + dc < 1) throw new ExcelError("InvalidArgument", "resized to nothing");
      return { ...l, rows: l.rows + dr, cols: l.cols + dc };
    });
  }
  /** The smallest range holding every non-empty cell of this range; a null object when there is none. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return this.derive((l) => {
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [k, c] of l.sheet.cells) {
        if (isEmpty(c)) continue;
        const [r, col] = k.split(",").map(Number);
        if (r < l.row || r >= l.row + l.rows || col < l.col || col >= l.col + l.cols) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
      return bottom < 0 ? null : { sheet: l.sheet, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
  applyWrite(kind: "value" | "formula" | "numberFormat", input: unknown) {
    const l = this.locate();
    if (!l) throw new ExcelError("InvalidObjectPath", "The range does not exist.");
    l.sheet.assertWritable();
    // A single value (not an array) goes into every cell, relative references adjusted, as Excel does.
    let grid = input as unknown[][];
    if (!Array.isArray(input) && input !== null && typeof input !== "object") {
      if (typeof input === "string" && input.startsWith("=") && /(^|[^A-Za-z_$])\$?[A-Z]{1,3}\$?\d+/.test(input.replace(/"[^"]*"/g, "")))
        throw new ExcelError(
          "InvalidArgument",
          "the fake only spreads formulas without A1 references (structured references are the same in every row)",
        );
      grid = Array.from({ length: l.rows }, () => Array.from({ length: l.cols }, () => input));
    }
    if (!Array.isArray(grid) || grid.length !== l.rows || grid.some((r) => !Array.isArray(r) || r.length !== l.cols)) {
      throw new ExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${boxAddress(l)}.`,
      );
    }
    this.ctx.payload += JSON.stringify(grid).length;
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const c = l.sheet.cell(l.row + i, l.col + j);
        if (kind === "numberFormat") {
          c.numberFormat = v as string;
          return;
        }
        c.quotePrefix = undefined;
        if (typeof v === "string" && v.startsWith("'")) {
          c.value = v.slice(1);
          c.formula = undefined;
          c.quotePrefix = true;
        } else if (typeof v === "string" && /^[=+\-@]/.test(v) && c.numberFormat !== "@" && typed(v, undefined) === v && v.length > 1) {
          c.formula = v.startsWith("=") ? v : `=${v}`;
          c.value = undefined;
        } else if (kind === "value" && typeof v === "string" && v.startsWith("'")) {
          // Excel's quote prefix: the apostrophe is not part of the text, which stays text.
          c.value = v.slice(1);
          c.formula = undefined;
        } else {
          c.value = typed(v, c.numberFormat);
          c.formula = undefined;
        }
      }),
    );
  }
  set values(v: unknown[][]) {
    this.ctx.queue(() => this.applyWrite("value", v), JSON.stringify(v).length);
  }
  get values(): unknown[][] {
    this.need("values");
    return this.snapshot.values as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.ctx.queue(() => this.applyWrite("formula", v), JSON.stringify(v).length);
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.snapshot.formulas as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => this.applyWrite("numberFormat", v), JSON.stringify(v).length);
  }
  get numberFormat(): unknown[][] {
    this.need("numberFormat");
    return this.snapshot.numberFormat as unknown[][];
  }
  load(props = "address") {
    this.ctx.queue(() => {
      const l = this.locate();
      this.isNullObject = !l;
      for (const p of props.split(",").map((x) => x.trim())) {
        this.loaded.add(p);
        if (!l) continue;
        const grid = (f: (c: Cell | undefined) => unknown) =>
          Array.from({ length: l.rows }, (_, i) =>
            Array.from({ length: l.cols }, (_, j) => f(l.sheet.cells.get(`${l.row + i},${l.col + j}`))),
          );
        if (p === "address")
          this.snapshot.address = `${quoteSheet(l.sheet.name)}!${l.rows === 1 && l.cols === 1 ? rangeOf(l.row, l.col, 1, 1).split(":")[0] : boxAddress(l)}`;
        // A formula cell's value is its result: plain arithmetic is calculated, anything else reads as a
        // placeholder that is never the formula's own text (as in Excel, where only text equals its formula).
        if (p === "values") this.snapshot.values = grid((c) => (c?.formula !== undefined ? formulaResult(c.formula) : (c?.value ?? "")));
        if (p === "formulas") this.snapshot.formulas = grid((c) => c?.formula ?? c?.value ?? "");
        if (p === "numberFormat") this.snapshot.numberFormat = grid((c) => c?.numberFormat ?? "General");
      }
    });
    return this;
  }
  get address(): string {
    this.need("address");
    return this.snapshot.address as string;
  }
}

/** Excel reads a string written as a value the way it reads typing: "2019" becomes a number unless the cell is text ("@"). */
/** What a formula cell shows: "=2/5" → 0.4; a formula the fake cannot calculate → "(resultat av =…)". */
function formulaResult(formula: string): unknown {
  if (/^=[\d.+\-*/() ]+$/.test(formula)) {
    const v = Function(`"use strict"; return (${formula.slice(1)});`)() as unknown;
    if (typeof v === "number" && Number.isFinite(v)) return v;
  }
  return `(resultat av ${formula})`;
}

function typed(v: unknown, numberFormat: string | undefined): unknown {
  return typeof v === "string" && numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
}

/** "A1:A1" → "$A$1", "A1:B2" → "$A$1:$B$2", as Excel shows a name's formula. */
function absolute(address: string) {
  const [a, b] = address.split(":");
  const abs = (x: string) => x.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return !b || a === b ? abs(a) : `${abs(a)}:${abs(b)}`;
}

function quoteSheet(name: string) {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Calls the newer chart family (waterfall, …) rejects on some hosts. */
const NEWER_CHARTS = new Set(["Waterfall"]);

export class FakeChart extends Loadable {
  id: string;
  name = "";
  type: string;
  title: { text: string };
  legend: { position: string; visible: boolean };
  axes: { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } };
  position: [string, string] | null = null;
  seriesCount = 0;
  xAxis: string[] = [];
  clearedFills: number[] = [];
  deleted = false;
  source = "";
  series: { getItemAt: (i: number) => { setXAxisValues: (r: FakeRange) => void; format: { fill: { clear: () => void } } } };
  private readonly me: FakeChart;
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    type: string,
  ) {
    super();
    this.me = this;
    this.id = `{chart-${++ctx.chartCounter}}`;
    this.type = type;
    const guarded = (what: string, apply: () => void, always = true) =>
      ctx.queue(() => {
        if (NEWER_CHARTS.has(this.type) && (always || ctx.strictWaterfallHost)) {
          throw new ExcelError("UnsupportedOperation", `${what} is not supported for ${this.type} charts on this host.`);
        }
        apply();
      });
    const settable = <T extends object>(what: string, init: T, always: boolean): T => {
      const store = { ...init } as Record<string, unknown>;
      const out = {} as Record<string, unknown>;
      for (const k of Object.keys(init)) {
        Object.defineProperty(out, k, {
          get: () => store[k],
          set: (v) => guarded(`${what}.${k}`, () => (store[k] = v), always),
          enumerable: true,
        });
      }
      return out as T;
    };
    this.title = settable("Chart.title", { text: "" }, false);
    this.legend = settable("Chart.legend", { position: "", visible: true }, true);
    this.axes = {
      categoryAxis: { title: settable("ChartAxis.title", { text: "" }, true) },
      valueAxis: { title: settable("ChartAxis.title", { text: "" }, true) },
    };
    this.series = {
      getItemAt: (i: number) => ({
        setXAxisValues: (r: FakeRange) =>
          guarded("ChartSeries.setXAxisValues", () => {
            if (i >= this.seriesCount) throw new ExcelError("ItemNotFound", `series ${i}`);
            this.xAxis[i] = r.addressText;
          }),
        format: { fill: { clear: () => guarded("ChartFill.clear", () => this.clearedFills.push(i)) } },
      }),
    };
  }
  /** Excel takes a text first column as the categories; every other column is a series. */
  bind(source: FakeRange) {
    const l = dims(source.addressText);
    this.source = source.addressText;
    const body = Array.from({ length: l.rows - 1 }, (_, i) => this.sheet.cells.get(`${l.row + 1 + i},${l.col}`)?.value);
    const textFirst = l.cols > 1 && body.length > 0 && body.every((v) => typeof v === "string");
    this.seriesCount = textFirst ? l.cols - 1 : l.cols;
    if (textFirst) this.xAxis = Array.from({ length: this.seriesCount }, () => rangeOf(l.row + 1, l.col, l.rows - 1, 1));
  }
  setPosition(a: string, b: string) {
    this.ctx.queue(() => (this.me.position = [a, b]));
  }
  delete() {
    this.ctx.queue(() => {
      this.me.deleted = true;
      this.sheet.chartList = this.sheet.chartList.filter((c) => c !== this.me);
    });
  }
}

type RowsApi = {
  count: number;
  load: (p?: string) => void;
  add: (index: number | null | undefined, values: unknown[][]) => void;
  getItemAt: (i: number) => { delete: () => void };
};

export class FakeTable extends Loadable {
  name = "";
  style = "";
  /** Table.worksheet: its name and getRange (the sheet the table is on). */
  worksheet: { name: string; getRange: (address: string) => FakeRange };
  rows: RowsApi;
  columns: {
    getItem: (n: string) => { getDataBodyRange: () => FakeRange };
    getItemAt: (j: number) => { getDataBodyRange: () => FakeRange };
    add: (index: number | null | undefined, values: unknown[][] | null | undefined, name?: string) => void;
  };
  private _count = 0;
  /** The table itself, also when a method is called through the proxy tables.add returns. */
  private readonly me: FakeTable;
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    public address: string,
  ) {
    super();
    this.worksheet = { name: sheet.name, getRange: (a: string) => this.sheet.getRange(a) };
    const self = this;
    this.me = this;
    this.rows = {
      get count() {
        self.need("rows/count");
        return self._count;
      },
      load: () =>
        ctx.queue(() => {
          self._count = dims(self.address).rows - 1;
          self.loaded.add("rows/count");
        }),
      add: (index, values) =>
        ctx.queue(() => {
          self.alive();
          sheet.assertWritable();
          const d = dims(self.address);
          if (values.some((r) => r.length !== d.cols)) throw new ExcelError("InvalidArgument", "row width differs from table");
          const at = index === null || index === undefined ? d.rows - 1 : index;
          if (at < 0 || at > d.rows - 1) throw new ExcelError("InvalidArgument", `row index ${at}`);
          const r0 = d.row + 1 + at;
          sheet.shiftRows(r0, d.col, d.cols, values.length, self);
          values.forEach((r, k) =>
            r.forEach((v, j) => {
              const c = sheet.cell(r0 + k, d.col + j);
              // A new table row takes its column's format from the row above, as Excel extends table formatting.
              c.numberFormat = sheet.cells.get(`${r0 - 1},${d.col + j}`)?.numberFormat;
              if (typeof v === "string" && v.startsWith("=")) ((c.formula = v), (c.value = undefined));
              else ((c.value = typed(v, c.numberFormat)), (c.formula = undefined));
            }),
          );
          self.address = rangeOf(d.row, d.col, d.rows + values.length, d.cols);
        }),
      getItemAt: (i) => ({
        delete: () =>
          ctx.queue(() => {
            self.alive();
            sheet.assertWritable();
            const d = dims(self.address);
            if (i >= d.rows - 1) throw new ExcelError("ItemNotFound", `row ${i}`);
            if (d.rows === 2) throw new ExcelError("InvalidOperation", "A table must keep one body row.");
            sheet.shiftRows(d.row + 1 + i + 1, d.col, d.cols, -1, self);
            self.address = rangeOf(d.row, d.col, d.rows - 1, d.cols);
          }),
      }),
    };
    const column = (pick: (headers: unknown[]) => number) => ({
      getDataBodyRange: () =>
        new FakeRange(ctx, () => {
          self.alive();
          const d = dims(self.address);
          const headers = Array.from({ length: d.cols }, (_, j) => sheet.cell(d.row, d.col + j).value);
          const j = pick(headers);
          if (j < 0 || j >= d.cols) throw new ExcelError("ItemNotFound", "column");
          return { sheet, row: d.row + 1, col: d.col + j, rows: d.rows - 1, cols: 1 };
        }),
    });
    this.columns = {
      getItem: (n) => column((h) => h.indexOf(n)),
      getItemAt: (j) => column(() => j),
      // A column at the right edge: header + one value per body row, into cells that are free (the fake is
      // stricter than Excel, which would shift cells there to the right).
      add: (index, values, name) =>
        ctx.queue(() => {
          self.alive();
          sheet.assertWritable();
          const d = dims(self.address);
          if (index !== null && index !== undefined && index !== d.cols) throw new ExcelError("InvalidArgument", `column index ${index}`);
          if (values !== undefined && values !== null && (values.length !== d.rows || values.some((r) => r.length !== 1)))
            throw new ExcelError("InvalidArgument", "The number of rows in values does not match the table.");
          const col = d.col + d.cols;
          for (const o of sheet.tableList)
            if (o !== self.me && intersects({ row: d.row, col, rows: d.rows, cols: 1 }, dims(o.address)))
              throw new ExcelError("InvalidOperation", `A table can't overlap another table (${o.name}).`);
          for (let r = d.row; r < d.row + d.rows; r++) {
            const c = sheet.cells.get(`${r},${col}`);
            if (c && (c.formula || (c.value !== "" && c.value !== undefined && c.value !== null)))
              throw new ExcelError("InvalidOperation", "The cells right of the table are not empty.");
          }
          const grid = values ?? Array.from({ length: d.rows }, (_, k) => [k === 0 ? (name ?? "") : ""]);
          grid.forEach(([v], k) => {
            const c = sheet.cell(d.row + k, col);
            const text = k === 0 && name !== undefined ? name : v;
            if (k > 0 && typeof text === "string" && text.startsWith("=")) ((c.formula = text), (c.value = undefined));
            else ((c.value = text), (c.formula = undefined));
          });
          self.address = rangeOf(d.row, d.col, d.rows, d.cols + 1);
        }),
    };
  }
  private alive() {
    if (!this.sheet.tableList.includes(this.me)) throw new ExcelError("InvalidObjectPath", `The table ${this.name} no longer exists.`);
  }
  private part(f: (d: Box) => Box): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.alive();
      return { sheet: this.sheet, ...f(dims(this.address)) };
    });
  }
  getRange() {
    return this.part((d) => d);
  }
  getHeaderRowRange() {
    return this.part((d) => ({ ...d, rows: 1 }));
  }
  getDataBodyRange() {
    return this.part((d) => ({ ...d, row: d.row + 1, rows: d.rows - 1 }));
  }
  /** Table.delete: the table and its cells go. */
  delete() {
    this.ctx.queue(() => {
      const d = dims(this.address);
      for (let r = d.row; r < d.row + d.rows; r++) for (let c = d.col; c < d.col + d.cols; c++) this.sheet.cells.delete(`${r},${c}`);
      this.sheet.tableList = this.sheet.tableList.filter((t) => t !== this.me);
    });
  }
}

export class FakeWorksheet extends Loadable {
  cells = new Map<string, Cell>();
  fonts = new Map<string, unknown>();
  columnWidths = new Map<number, number>();
  validations = new Map<string, Record<string, unknown>>();
  tableList: FakeTable[] = [];
  chartList: FakeChart[] = [];
  frozenRows = 0;
  isProtected = false;
  protection: { protected: boolean; load: (p: string) => void };
  tables: { add: (address: string, headers: boolean) => FakeTable; getItem: (n: string) => FakeTable };
  charts: {
    add: (type: string, r: FakeRange, by: string) => FakeChart;
    getItem: (n: string) => FakeChart;
    getItemOrNullObject: (n: string) => { isNullObject: boolean; load: (p?: string) => unknown; delete: () => void };
    items: FakeChart[];
    load: (p: string) => void;
  };
  freezePanes: { freezeRows: (n: number) => void };
  /** What worksheet.pageLayout set (ExcelApi 1.9). */
  page: { orientation?: string; paperSize?: string; centerHorizontally?: boolean; zoom?: Record<string, number>; printTitleRows?: string } =
    {};
  private chartItems: FakeChart[] = [];
  /** Makes this the active sheet (as the user sees it) when the batch runs; a sheet that is gone fails then. */
  activate() {
    this.ctx.queue(() => {
      this.alive();
      this.ctx.workbook.activeSheet = this.name;
    });
  }
  constructor(
    private readonly ctx: FakeContext,
    public name: string,
  ) {
    super();
    const self = this;
    this.protection = {
      get protected() {
        self.need("protection/protected");
        return self.isProtected;
      },
      load: () => ctx.queue(() => (self.alive(), self.loaded.add("protection/protected"))),
    };
    this.tables = {
      add: (address, _headers) => {
        const t = new FakeTable(ctx, this, address.replace(/\$/g, ""));
        ctx.queue(() => {
          this.assertWritable();
          const d = dims(address);
          for (const o of this.tableList) {
            if (intersects(d, dims(o.address)))
              throw new ExcelError("InvalidOperation", `A table can't overlap another table (${o.name}).`);
          }
          t.name = ctx.workbook.nextTableName();
          this.tableList.push(t);
        });
        return new Proxy(t, {
          set(target, prop, value) {
            if (prop === "name") {
              ctx.queue(() => {
                if (ctx.workbook.allTables().some((x) => x !== target && x.name.toLowerCase() === String(value).toLowerCase())) {
                  throw new ExcelError("InvalidArgument", `A table named ${value} already exists.`);
                }
                target.name = value;
              });
              return true;
            }
            ctx.queue(() => ((target as any)[prop] = value));
            return true;
          },
        });
      },
      getItem: (n) => {
        const t = this.tableList.find((x) => x.name.toLowerCase() === n.toLowerCase());
        if (!t) throw new ExcelError("ItemNotFound", `table ${n}`);
        return t;
      },
    };
    this.charts = {
      add: (type, r, _by) => {
        const c = new FakeChart(ctx, this, type);
        ctx.queue(() => {
          this.assertWritable();
          if (type === "Waterfall" && ctx.apiLevel < 1.9) throw new ExcelError("InvalidArgument", "Waterfall requires ExcelApi 1.9");
          c.bind(r);
          this.chartList.push(c);
        });
        return new Proxy(c, {
          set(target, prop, value) {
            ctx.queue(() => ((target as any)[prop] = value));
            return true;
          },
        });
      },
      getItem: (n) => {
        const c = this.chartList.find((x) => x.name === n);
        if (!c) throw new ExcelError("ItemNotFound", `chart ${n}`);
        return c;
      },
      getItemOrNullObject: (n) => {
        let found: FakeChart | undefined;
        let loaded = false;
        const proxy = {
          get isNullObject() {
            if (!loaded) throw new ExcelError("PropertyNotLoaded", "isNullObject");
            return !found;
          },
          load: () => (ctx.queue(() => (this.alive(), (found = this.chartList.find((x) => x.name === n)), (loaded = true))), proxy),
          delete: () =>
            ctx.queue(() => {
              const c = this.chartList.find((x) => x.name === n);
              if (c) ((c.deleted = true), (this.chartList = this.chartList.filter((x) => x !== c)));
            }),
        };
        return proxy;
      },
      get items() {
        self.need("charts/items");
        return self.chartItems;
      },
      load: () =>
        ctx.queue(() => {
          self.chartItems = [...self.chartList];
          self.loaded.add("charts/items");
        }),
    };
    this.freezePanes = { freezeRows: (n) => ctx.queue(() => (this.frozenRows = n)) };
  }
  /**
   * worksheet.pageLayout as Excel has it from ExcelApi 1.9: enum values and the zoom checked as Excel checks
   * them, print title rows only as whole rows ("$1:$4"). Below 1.9 the object does not exist.
   */
  get pageLayout() {
    const ctx = this.ctx;
    if (ctx.apiLevel < 1.9) throw new ExcelError("ApiNotFound", "worksheet.pageLayout requires ExcelApi 1.9");
    const page = this.page;
    const set = (check: () => void, apply: () => void) =>
      ctx.queue(() => {
        this.assertWritable();
        check();
        apply();
      });
    const bad = (what: string) => {
      throw new ExcelError("InvalidArgument", what);
    };
    return {
      set orientation(v: string) {
        set(
          () => void (["Portrait", "Landscape"].includes(v) || bad(`orientation ${v}`)),
          () => (page.orientation = v),
        );
      },
      set paperSize(v: string) {
        set(
          () => void (["A3", "A4", "A5", "Letter", "Legal"].includes(v) || bad(`paperSize ${v}`)),
          () => (page.paperSize = v),
        );
      },
      set centerHorizontally(v: boolean) {
        set(
          () => void (typeof v === "boolean" || bad("centerHorizontally")),
          () => (page.centerHorizontally = v),
        );
      },
      set zoom(v: Record<string, number>) {
        set(
          () => {
            const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
            if (v.scale !== undefined && fit) bad("zoom: scale and fit to pages together");
            if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) bad(`zoom.scale ${v.scale}`);
            if (!fit && v.scale === undefined) bad("zoom: nothing set");
          },
          () => (page.zoom = { ...v }),
        );
      },
      setPrintTitleRows: (address: string) =>
        set(
          () => void (/^\$?\d+:\$?\d+$/.test(address) || bad(`print title rows ${address}`)),
          () => (page.printTitleRows = address),
        ),
    };
  }
  /** Operations on a sheet that is not (or no longer) in the workbook fail at sync. */
  alive() {
    if (!this.ctx.workbook.sheetList.includes(this)) throw new ExcelError("ItemNotFound", `The sheet ${this.name} does not exist.`);
  }
  assertWritable() {
    this.alive();
    if (this.isProtected) throw new ExcelError("AccessDenied", `The sheet ${this.name} is protected.`);
  }
  cell(r: number, c: number): Cell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: "" }));
    return cell;
  }
  getRange(address: string) {
    const d = dims(address);
    return new FakeRange(this.ctx, () => (this.alive(), { sheet: this, ...d }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean) {
    return this.getRange("A1:XFD1048576").getUsedRangeOrNullObject(valuesOnly);
  }
  /**
   * Inserts (n > 0) or deletes (n < 0) cells from row `from` down, in columns col..col+cols-1, moving what is
   * below. A table in the way is moved whole when it lies inside those columns; one it would split is an error.
   */
  shiftRows(from: number, col: number, cols: number, n: number, owner: FakeTable) {
    const band: Box = { row: from, col, rows: 1_048_576 - from, cols };
    const moved: FakeTable[] = [];
    for (const t of this.tableList) {
      if (t === owner) continue;
      const e = dims(t.address);
      if (!intersects(band, e)) continue;
      if (e.row < from || e.col < col || e.col + e.cols > col + cols) {
        throw new ExcelError("InvalidOperation", `This operation isn't allowed: it would move cells of the table ${t.name}.`);
      }
      moved.push(t);
    }
    const keys = [...this.cells.keys()]
      .map((k) => k.split(",").map(Number) as [number, number])
      .filter(([r, c]) => r >= (n < 0 ? from + n : from) && c >= col && c < col + cols);
    const old = new Map(keys.map(([r, c]) => [`${r},${c}`, this.cells.get(`${r},${c}`)!]));
    for (const [r, c] of keys) this.cells.delete(`${r},${c}`);
    for (const [r, c] of keys) {
      if (n < 0 && r < from) continue; // the deleted row
      this.cells.set(`${r + n},${c}`, old.get(`${r},${c}`)!);
    }
    for (const t of moved) {
      const e = dims(t.address);
      t.address = rangeOf(e.row + n, e.col, e.rows, e.cols);
    }
  }
  /** Worksheet.delete: the sheet goes; names that referred to it now read =#REF!. A workbook keeps one sheet. */
  delete() {
    this.ctx.queue(() => {
      if (this.ctx.workbook.sheetList.length === 1 && this.ctx.workbook.sheetList[0] === this)
        throw new ExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      this.ctx.workbook.sheetList = this.ctx.workbook.sheetList.filter((s) => s !== this);
    });
  }
  /** Whether each cell of a range carries Excel's hidden quote prefix. */
  quotePrefixed(address: string): boolean[][] {
    const d = dims(address);
    return Array.from({ length: d.rows }, (_, i) =>
      Array.from({ length: d.cols }, (_, j) => this.cells.get(`${d.row + i},${d.col + j}`)?.quotePrefix === true),
    );
  }
  /** Values of a range as Excel would show them (formulas as text). */
  read(address: string): unknown[][] {
    const d = dims(address);
    return Array.from({ length: d.rows }, (_, i) =>
      Array.from({ length: d.cols }, (_, j) => {
        const c = this.cells.get(`${d.row + i},${d.col + j}`);
        return c?.formula ?? c?.value ?? "";
      }),
    );
  }
}

export class FakeWorkbook extends Loadable {
  sheetList: FakeWorksheet[] = [];
  nameList = new Map<string, { sheet: FakeWorksheet; address: string }>();
  isProtected = false;
  calcSuspended = 0;
  screenSuspended = 0;
  private tableCounter = 0;
  worksheets: any;
  tables: any;
  names: any;
  protection: any;
  application: any;
  constructor(ctx: FakeContext) {
    super();
    const self = this;
    let sheetItems: FakeWorksheet[] = [];
    let tableItems: FakeTable[] = [];
    let loadedSheets = false;
    let loadedTables = false;
    this.worksheets = {
      load: () => ctx.queue(() => ((sheetItems = [...this.sheetList]), (loadedSheets = true))),
      get items() {
        if (!loadedSheets) throw new ExcelError("PropertyNotLoaded", "worksheets/items");
        return sheetItems;
      },
      add: (name: string) => {
        const ws = new FakeWorksheet(ctx, name);
        ctx.queue(() => {
          if (self.isProtected) throw new ExcelError("AccessDenied", "The workbook is protected.");
          if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new ExcelError("InvalidArgument", `Invalid sheet name ${name}`);
          if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase()))
            throw new ExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          this.sheetList.push(ws);
        });
        return ws;
      },
      // A proxy, as in Office.js: a sheet that does not exist fails when the batch runs, not when it is asked for.
      getItem: (name: string) => this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? new FakeWorksheet(ctx, name),
    };
    this.tables = {
      load: () =>
        ctx.queue(() => {
          tableItems = this.allTables().map((t) => {
            t.worksheet = { name: t.sheet.name, getRange: (a: string) => t.sheet.getRange(a) };
            return t;
          });
          loadedTables = true;
        }),
      get items() {
        if (!loadedTables) throw new ExcelError("PropertyNotLoaded", "tables/items");
        return tableItems;
      },
      getItem: (name: string) => {
        const t = this.allTables().find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t) throw new ExcelError("ItemNotFound", `table ${name}`);
        return t;
      },
      /** A proxy resolved at sync, as Office.js does: isNullObject must be loaded before it is read. */
      getItemOrNullObject: (name: string) => {
        const state = { loaded: false, table: undefined as FakeTable | undefined };
        const find = () => this.allTables().find((x) => x.name.toLowerCase() === name.toLowerCase());
        return new Proxy({} as Record<string, unknown>, {
          get: (_, prop) => {
            if (prop === "load") return () => ctx.queue(() => ((state.table = find()), (state.loaded = true)));
            if (prop === "isNullObject") {
              if (!state.loaded) throw new ExcelError("PropertyNotLoaded", "isNullObject");
              return !state.table;
            }
            const t = state.table ?? find();
            if (!t) throw new ExcelError("InvalidObjectPath", `table ${name} does not exist`);
            const v = (t as any)[prop];
            return typeof v === "function" ? v.bind(t) : v;
          },
        });
      },
    };
    this.names = {
      add: (name: string, range: FakeRange, _comment?: string) =>
        ctx.queue(() => {
          if (this.nameList.has(name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `The name ${name} already exists.`);
          this.nameList.set(name.toLowerCase(), { sheet: range.sheet, address: range.addressText });
        }),
      getItem: (name: string) => ({
        delete: () =>
          ctx.queue(() => {
            if (!this.nameList.delete(name.toLowerCase())) throw new ExcelError("ItemNotFound", `name ${name}`);
          }),
      }),
      getItemOrNullObject: (name: string) => {
        const proxy = { isNullObject: true, _formula: "", loaded: false } as any;
        proxy.load = () => (
          ctx.queue(() => {
            const n = this.nameList.get(name.toLowerCase());
            proxy.isNullObject = !n;
            if (n) {
              const alive = this.sheetList.includes(n.sheet);
              proxy._formula = alive ? `=${quoteSheet(n.sheet.name)}!${absolute(n.address)}` : "=#REF!";
            }
            proxy.loaded = true;
          }),
          proxy
        );
        Object.defineProperty(proxy, "formula", {
          get: () => {
            if (!proxy.loaded) throw new ExcelError("PropertyNotLoaded", "formula");
            return proxy._formula;
          },
        });
        return proxy;
      },
    };
    this.protection = {
      get protected() {
        self.need("protection");
        return self.isProtected;
      },
      load: () => ctx.queue(() => self.loaded.add("protection")),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.queue(() => this.calcSuspended++),
      suspendScreenUpdatingUntilNextSync: () => {
        if (ctx.apiLevel < 1.9) throw new ExcelError("ApiNotFound", "suspendScreenUpdatingUntilNextSync requires ExcelApi 1.9");
        ctx.queue(() => this.screenSuspended++);
      },
    };
  }
  allTables(): FakeTable[] {
    return this.sheetList.flatMap((s) => s.tableList);
  }
  nextTableName() {
    return `Table${++this.tableCounter}`;
  }
  sheet(name: string) {
    return this.sheetList.find((s) => s.name === name);
  }
  table(name: string) {
    return this.allTables().find((t) => t.name === name);
  }
  /** The sheet the user sees, by name (set by activate()). */
  activeSheet: string | null = null;
  getActiveCell() {
    const s = this.sheetList[0] ?? this.worksheets.add("Blad1");
    return s.getRange("B2");
  }
}

export class FakeContext {
  workbook: FakeWorkbook;
  syncs = 0;
  payload = 0;
  chartCounter = 0;
  /** Bytes of cell data each sync carried; Excel on the web rejects a request over 5 MB. */
  payloadPerSync: number[] = [];
  static readonly REQUEST_LIMIT = 5_000_000;
  editMode = false;
  /** A host that also rejects the title on waterfall charts. */
  strictWaterfallHost = false;
  private ops: Op[] = [];
  /** Bytes of cell data in the request being built (queued since the last sync). */
  private requestBytes = 0;
  private failure: { after: number; code: string } | null = null;
  constructor(readonly apiLevel = 1.9) {
    this.workbook = new FakeWorkbook(this);
  }
  /** `bytes`: the cell data the operation carries in the request. */
  queue(op: Op, bytes = 0) {
    this.ops.push(op);
    this.requestBytes += bytes;
  }
  /** The next sync applies `after` operations and then fails with `code`, as a host rejecting a call mid-batch. */
  failAfter(after: number, code = "GeneralException") {
    this.failure = { after, code };
  }
  /** Operations queued and not yet synced. */
  get pending() {
    return this.ops.length;
  }
  async sync(): Promise<void> {
    this.syncs++;
    if (this.editMode) {
      this.ops = [];
      this.requestBytes = 0;
      throw new ExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    const request = this.requestBytes;
    if (request > FakeContext.REQUEST_LIMIT) {
      // Refused as a whole: nothing of it runs.
      this.ops = [];
      this.requestBytes = 0;
      this.payloadPerSync.push(request);
      throw new ExcelError("RequestPayloadSizeLimitExceeded", `The request payload (${request} bytes) exceeds the limit.`);
    }
    const before = this.payload;
    const failure = this.failure;
    this.failure = null;
    this.drain(failure);
    this.payloadPerSync.push(this.payload - before);
  }
  /** Builds the workbook a user already has, or does what a user does between runs, outside any counted sync. */
  async seed(build: (wb: FakeWorkbook) => void) {
    build(this.workbook);
    this.drain(null);
  }
  /** Runs queued operations in order, including any they queue themselves; a failure drops the rest. */
  private drain(failure: { after: number; code: string } | null) {
    let done = 0;
    try {
      while (this.ops.length) {
        if (failure && done === failure.after)
          throw new ExcelError(failure.code, "The host rejected an operation part-way through the batch.");
        this.ops.shift()!();
        done++;
      }
    } finally {
      this.ops = [];
      this.requestBytes = 0;
    }
  }
  /** Excel.run as the add-in calls it. */
  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => batch(this);
}

/** Custom XML parts as Excel has them: items need load + sync, getXml's value exists only after sync. */
export function withXmlParts(ctx: FakeContext) {
  const parts: { id: string; ns: string; xml: string }[] = [];
  let n = 0;
  let calculations = 0;
  const wb = ctx.workbook as any;
  wb.customXmlParts = {
    add: (xml: string) => ctx.queue(() => void parts.push({ id: `p${++n}`, ns: /xmlns="([^"]+)"/.exec(xml)![1], xml })),
    getByNamespace: (ns: string) => {
      let items: any[] | null = null;
      const mine = () => parts.filter((p) => p.ns === ns);
      const wrap = (p: { id: string; xml: string }) => ({
        delete: () => ctx.queue(() => parts.splice(parts.indexOf(p as any), 1)),
        getXml: () => {
          const result: { value?: string } = {};
          ctx.queue(() => (result.value = p.xml));
          return new Proxy(result, {
            get: (t, k) =>
              k === "value" && t.value === undefined
                ? (() => {
                    throw new ExcelError("PropertyNotLoaded", "value");
                  })()
                : (t as any)[k],
          });
        },
      });
      return {
        load: () => ctx.queue(() => (items = mine().map(wrap))),
        get items() {
          if (!items) throw new ExcelError("PropertyNotLoaded", "items");
          return items;
        },
        getOnlyItemOrNullObject: () => {
          const proxy: any = { loaded: false };
          proxy.load = () =>
            ctx.queue(() => {
              const m = mine();
              proxy.loaded = true;
              proxy.nullObject = m.length !== 1;
              if (m.length === 1) Object.assign(proxy, wrap(m[0]));
            });
          Object.defineProperty(proxy, "isNullObject", {
            get: () => {
              if (!proxy.loaded) throw new ExcelError("PropertyNotLoaded", "isNullObject");
              return proxy.nullObject;
            },
          });
          return proxy;
        },
      };
    },
  };
  wb.application.calculate = (type: string) => ctx.queue(() => void (calculations += type === "Full" ? 1 : 0));
  return { parts, calculations: () => calculations };
}
