/**
 * A recording fake of the parts of the Excel object model the writer uses. Honest where the writer relies
 * on Excel's behaviour: writes are queued and run at sync(); properties must be loaded and synced before
 * they are read; duplicate sheet/table/name names, overlapping tables, writes whose shape differs from the
 * range, writes to protected sheets and waterfall charts below ExcelApi 1.9 are rejected at sync, as Excel
 * does; in cell-edit mode every sync is rejected before anything is applied. Ranges read back values and
 * formulas once loaded; with convertNumericText on, "0001" written to a cell not formatted as text becomes 1.
 */
import { parseAddress, rangeAddress } from "../../src/core/workbook/layout";

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
}

function dims(address: string) {
  const [a, b] = address.split(":");
  const s = parseAddress(a);
  const e = b ? parseAddress(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

class Loadable {
  protected loaded = new Set<string>();
  protected need(prop: string) {
    if (!this.loaded.has(prop)) throw new ExcelError("PropertyNotLoaded", `${prop} is not loaded; call load() and sync() first`);
  }
}

export class FakeRange {
  format = {
    font: {} as Record<string, unknown>,
    columnWidth: undefined as number | undefined,
  };
  dataValidation: { rule?: unknown; errorAlert?: unknown; clear: () => void };
  private _address = "";
  private loadedAddress = false;
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly addressText: string,
  ) {
    this.dataValidation = { clear: () => ctx.queue(() => this.sheet.validations.delete(this.addressText)) };
    const dv = this.dataValidation as Record<string, unknown>;
    for (const k of ["rule", "errorAlert"]) {
      Object.defineProperty(dv, k, {
        set: (v) => ctx.queue(() => this.sheet.validations.set(this.addressText, { ...(this.sheet.validations.get(this.addressText) ?? {}), [k]: v })),
      });
    }
    const fmt = this.format;
    Object.defineProperty(fmt, "columnWidth", { set: (w: number) => ctx.queue(() => this.sheet.columnWidths.set(dims(this.addressText).col, w)) });
    fmt.font = new Proxy({}, { set: (_, k, v) => (ctx.queue(() => this.sheet.fonts.set(`${this.addressText}:${String(k)}`, v)), true) });
  }
  private write(kind: "value" | "formula" | "numberFormat", grid: unknown[][]) {
    this.ctx.queue(() => this.applyWrite(kind, grid));
  }
  applyWrite(kind: "value" | "formula" | "numberFormat", grid: unknown[][]) {
    const d = dims(this.addressText);
    {
      this.sheet.assertWritable();
      if (!Array.isArray(grid) || grid.length !== d.rows || grid.some((r) => !Array.isArray(r) || r.length !== d.cols)) {
        throw new ExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${this.addressText}.`);
      }
      this.ctx.payload += JSON.stringify(grid).length;
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          const c = this.sheet.cell(d.row + i, d.col + j);
          if (kind === "numberFormat") c.numberFormat = v as string;
          else if (kind === "formula" && typeof v === "string" && v.startsWith("=")) {
            c.formula = v;
            c.value = undefined;
          } else {
            // Like typing: a numeric-looking string becomes a number unless the cell is formatted as text
            // (opt-in, since the plan writer still writes values before formats: see convertNumericText).
            c.value = this.ctx.convertNumericText && typeof v === "string" && c.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
            c.formula = undefined;
          }
        }),
      );
    }
  }
  set values(v: unknown[][]) {
    this.write("value", v);
  }
  set formulas(v: unknown[][]) {
    this.write("formula", v);
  }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v);
  }
  private snapshot: { values?: unknown[][]; formulas?: unknown[][] } = {};
  load(p?: string) {
    this.ctx.queue(() => {
      this._address = `${this.sheet.name}!${this.addressText}`;
      this.loadedAddress = true;
      // Reading cells: values as Excel shows them, formulas as typed (constants as values).
      const d = dims(this.addressText);
      const grid = (f: (c: Cell | undefined) => unknown) =>
        Array.from({ length: d.rows }, (_, i) => Array.from({ length: d.cols }, (_, j) => f(this.sheet.cells.get(`${d.row + i},${d.col + j}`))));
      if (p?.includes("values")) this.snapshot.values = grid((c) => (c?.formula ? "" : (c?.value ?? "")));
      if (p?.includes("formulas")) this.snapshot.formulas = grid((c) => c?.formula ?? c?.value ?? "");
    });
    return this;
  }
  get address() {
    if (!this.loadedAddress) throw new ExcelError("PropertyNotLoaded", "address is not loaded");
    return this._address;
  }
  get values(): unknown[][] {
    if (!this.snapshot.values) throw new ExcelError("PropertyNotLoaded", "values is not loaded");
    return this.snapshot.values;
  }
  get formulas(): unknown[][] {
    if (!this.snapshot.formulas) throw new ExcelError("PropertyNotLoaded", "formulas is not loaded");
    return this.snapshot.formulas;
  }
}

/** A range proxy whose address is resolved when its queued operations run (Office.js proxies resolve at sync). */
function deferredRange(ctx: FakeContext, resolve: () => FakeRange): FakeRange {
  const kinds = { values: "value", formulas: "formula", numberFormat: "numberFormat" } as const;
  const out = {} as Record<string, unknown>;
  let loaded: FakeRange | null = null;
  const read = (prop: "values" | "formulas" | "address") => {
    if (!loaded) throw new ExcelError("PropertyNotLoaded", `${prop} is not loaded`);
    return loaded[prop];
  };
  for (const [prop, kind] of Object.entries(kinds)) {
    Object.defineProperty(out, prop, {
      set: (v: unknown[][]) => ctx.queue(() => resolve().applyWrite(kind, v)),
      get: () => read(prop as "values" | "formulas"),
    });
  }
  Object.defineProperty(out, "address", { get: () => read("address") });
  out.load = (p?: string) => {
    ctx.queue(() => (loaded = resolve().load(p)));
    return out;
  };
  const dv = { clear: () => ctx.queue(() => { const r = resolve(); r.sheet.validations.delete(r.addressText); }) } as Record<string, unknown>;
  for (const k of ["rule", "errorAlert"]) {
    Object.defineProperty(dv, k, {
      set: (v) => ctx.queue(() => {
        const r = resolve();
        r.sheet.validations.set(r.addressText, { ...(r.sheet.validations.get(r.addressText) ?? {}), [k]: v });
      }),
    });
  }
  out.dataValidation = dv;
  return out as unknown as FakeRange;
}

export class FakeChart {
  name = "";
  type: string;
  title = { text: "" };
  legend = { position: "", visible: true };
  axes = { categoryAxis: { title: { text: "" } }, valueAxis: { title: { text: "" } } };
  position: [string, string] | null = null;
  seriesCount: number;
  xAxis: string[] = [];
  clearedFills: number[] = [];
  deleted = false;
  series: { getItemAt: (i: number) => { setXAxisValues: (r: FakeRange) => void; format: { fill: { clear: () => void } } } };
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    type: string,
    readonly source: string,
  ) {
    this.type = type;
    this.seriesCount = dims(source).cols;
    this.series = {
      getItemAt: (i: number) => ({
        setXAxisValues: (r: FakeRange) => ctx.queue(() => {
          if (i >= this.seriesCount) throw new ExcelError("ItemNotFound", `series ${i}`);
          this.xAxis[i] = r.addressText;
        }),
        format: { fill: { clear: () => ctx.queue(() => this.clearedFills.push(i)) } },
      }),
    };
  }
  setPosition(a: string, b: string) {
    this.ctx.queue(() => (this.position = [a, b]));
  }
  delete() {
    this.ctx.queue(() => {
      this.deleted = true;
      this.sheet.chartList = this.sheet.chartList.filter((c) => c !== this);
    });
  }
}

export class FakeTable extends Loadable {
  name = "";
  style = "";
  worksheet: { name: string };
  rows: { count: number; load: (p: string) => void; add: (i: unknown, v: unknown[][]) => void; getItemAt: (i: number) => { delete: () => void } };
  columns: { getItem: (n: string) => { getDataBodyRange: () => FakeRange } };
  private _count = 0;
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    public address: string,
  ) {
    super();
    this.worksheet = { name: sheet.name };
    const self = this;
    this.rows = {
      get count() {
        self.need("rows/count");
        return self._count;
      },
      load: () => ctx.queue(() => {
        self._count = dims(self.address).rows - 1;
        self.loaded.add("rows/count");
      }),
      add: (_i, values) => ctx.queue(() => {
        sheet.assertWritable();
        const d = dims(self.address);
        if (values.some((r) => r.length !== d.cols)) throw new ExcelError("InvalidArgument", "row width differs from table");
        values.forEach((r, k) => r.forEach((v, j) => (sheet.cell(d.row + d.rows + k, d.col + j).value = v)));
        self.address = rangeOf(d.row, d.col, d.rows + values.length, d.cols);
      }),
      getItemAt: (i) => ({
        delete: () => ctx.queue(() => {
          const d = dims(self.address);
          if (i >= d.rows - 1) throw new ExcelError("ItemNotFound", `row ${i}`);
          for (let r = d.row + 1 + i; r < d.row + d.rows - 1; r++) for (let j = 0; j < d.cols; j++) sheet.cells.set(`${r},${d.col + j}`, { ...sheet.cell(r + 1, d.col + j) });
          for (let j = 0; j < d.cols; j++) sheet.cells.delete(`${d.row + d.rows - 1},${d.col + j}`);
          self.address = rangeOf(d.row, d.col, d.rows - 1, d.cols);
        }),
      }),
    };
    this.columns = {
      getItem: (n: string) => ({
        getDataBodyRange: () =>
          deferredRange(ctx, () => {
            const d = dims(this.address);
            const headers = Array.from({ length: d.cols }, (_, j) => sheet.cell(d.row, d.col + j).value);
            const j = headers.indexOf(n);
            if (j < 0) throw new ExcelError("ItemNotFound", `column ${n}`);
            return new FakeRange(ctx, sheet, rangeOf(d.row + 1, d.col + j, d.rows - 1, 1));
          }),
      }),
    };
  }
  getHeaderRowRange() {
    const d = dims(this.address);
    return new FakeRange(this.ctx, this.sheet, rangeOf(d.row, d.col, 1, d.cols));
  }
  getDataBodyRange() {
    // Resolved when the queued write runs, after any queued row additions/deletions.
    return deferredRange(this.ctx, () => {
      const d = dims(this.address);
      return new FakeRange(this.ctx, this.sheet, rangeOf(d.row + 1, d.col, d.rows - 1, d.cols));
    });
  }
}

const rangeOf = rangeAddress;

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
  charts: { add: (type: string, r: FakeRange, by: string) => FakeChart; getItem: (n: string) => FakeChart; items: FakeChart[]; load: (p: string) => void };
  freezePanes: { freezeRows: (n: number) => void };
  private chartItems: FakeChart[] = [];
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
      load: () => ctx.queue(() => self.loaded.add("protection/protected")),
    };
    this.tables = {
      add: (address, _headers) => {
        const t = new FakeTable(ctx, this, address);
        ctx.queue(() => {
          this.assertWritable();
          const d = dims(address);
          for (const o of ctx.workbook.allTables().filter((x) => x.sheet === this)) {
            const e = dims(o.address);
            const overlap = d.row < e.row + e.rows && e.row < d.row + d.rows && d.col < e.col + e.cols && e.col < d.col + d.cols;
            if (overlap) throw new ExcelError("InvalidOperation", `A table can't overlap another table (${o.name}).`);
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
            (target as any)[prop] = value;
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
        const c = new FakeChart(ctx, this, type, r.addressText);
        ctx.queue(() => {
          this.assertWritable();
          if (type === "Waterfall" && ctx.apiLevel < 1.9) throw new ExcelError("InvalidArgument", "Waterfall requires ExcelApi 1.9");
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
      get items() {
        self.need("charts/items");
        return self.chartItems;
      },
      load: () => ctx.queue(() => {
        self.chartItems = [...self.chartList];
        self.loaded.add("charts/items");
      }),
    };
    this.freezePanes = { freezeRows: (n) => ctx.queue(() => (this.frozenRows = n)) };
  }
  assertWritable() {
    if (this.isProtected) throw new ExcelError("AccessDenied", `The sheet ${this.name} is protected.`);
  }
  cell(r: number, c: number): Cell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = { value: "" }));
    return cell;
  }
  getRange(address: string) {
    return new FakeRange(this.ctx, this, address);
  }
  /** Values of a range as Excel would show them (formulas as text). */
  read(address: string): unknown[][] {
    const d = dims(address);
    return Array.from({ length: d.rows }, (_, i) => Array.from({ length: d.cols }, (_, j) => {
      const c = this.cells.get(`${d.row + i},${d.col + j}`);
      return c?.formula ?? c?.value ?? "";
    }));
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
          if (this.sheetList.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new ExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          this.sheetList.push(ws);
        });
        return ws;
      },
      getItem: (name: string) => {
        const ws = this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
        if (!ws) throw new ExcelError("ItemNotFound", `sheet ${name}`);
        return ws;
      },
    };
    this.tables = {
      load: () => ctx.queue(() => {
        tableItems = this.allTables().map((t) => {
          t.worksheet = { name: t.sheet.name };
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
      getItemOrNullObject: (name: string) => {
        const proxy = { isNullObject: true, _formula: "", loaded: false } as any;
        proxy.load = () => ctx.queue(() => {
          const n = this.nameList.get(name.toLowerCase());
          proxy.isNullObject = !n;
          if (n) {
            const alive = this.sheetList.includes(n.sheet);
            const q = /^[A-Za-z0-9_]+$/.test(n.sheet.name) ? n.sheet.name : `'${n.sheet.name.replace(/'/g, "''")}'`;
            proxy._formula = alive ? `=${q}!$${n.address.replace(/(\d+)/, "$$$1")}` : "=#REF!";
          }
          proxy.loaded = true;
        });
        Object.defineProperty(proxy, "formula", { get: () => {
          if (!proxy.loaded) throw new ExcelError("PropertyNotLoaded", "formula");
          return proxy._formula;
        } });
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
  getActiveCell() {
    const s = this.sheetList[0] ?? this.worksheets.add("Blad1");
    return s.getRange("B2");
  }
}

export class FakeContext {
  workbook: FakeWorkbook;
  syncs = 0;
  payload = 0;
  /** Bytes of cell data each sync carried; Excel on the web rejects a request over 5 MB. */
  payloadPerSync: number[] = [];
  static readonly REQUEST_LIMIT = 5_000_000;
  editMode = false;
  /** Excel turns "0001" written into a General cell into the number 1; when on, the fake does too. */
  convertNumericText = false;
  private ops: Op[] = [];
  constructor(readonly apiLevel = 1.9) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(op: Op) {
    this.ops.push(op);
  }
  async sync(): Promise<void> {
    this.syncs++;
    if (this.editMode) {
      this.ops = [];
      throw new ExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    const before = this.payload;
    this.drain();
    const sent = this.payload - before;
    this.payloadPerSync.push(sent);
    if (sent > FakeContext.REQUEST_LIMIT) throw new ExcelError("RequestPayloadSizeLimitExceeded", `The request payload (${sent} bytes) exceeds the limit.`);
  }
  /** Builds the workbook a user already has, outside any counted sync. */
  async seed(build: (wb: FakeWorkbook) => void) {
    build(this.workbook);
    this.drain();
  }
  /** Runs queued operations in order, including any they queue themselves; a failure drops the rest. */
  private drain() {
    try {
      while (this.ops.length) this.ops.shift()!();
    } finally {
      this.ops = [];
    }
  }
  /** Excel.run as the add-in calls it. */
  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => batch(this);
}
