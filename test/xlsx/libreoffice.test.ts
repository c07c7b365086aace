/**
 * The reference workbook opened by a real spreadsheet program: LibreOffice Calc headless converts the .xlsx
 * to CSV (every sheet), PDF and ODS. Every value is compared with the plan and the dataset, formulas are
 * computed by LibreOffice, and every chart must come back as a native chart and be drawn in the PDF.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { catalog } from "../../src/core/dataset/lookup";
import { layoutSheet, parseAddress } from "../../src/core/workbook/layout";
import { ledgerPlan } from "../../src/core/workbook/grantLedgerPlan";
import { type PlanCell, type SheetPlan } from "../../src/core/workbook/plan";
import { writeXlsx } from "../../src/xlsx/package";
import { referenceWorkbookPlan } from "../../src/xlsx/referenceWorkbook";
import { cleanup, convert, csvFilter, parseCsv, PDFTOTEXT, requireTools } from "./libreoffice";
import { unzip } from "./unzip";

const OUT = path.resolve(__dirname, "../../test-output/xlsx");
const plan = referenceWorkbookPlan();
const FILE = path.join(OUT, "arbetsbok.xlsx");
let sheetsCsv: Map<string, string[][]>;
let shownCsv: Map<string, string[][]>;

function readSheets(files: string[], base: string): Map<string, string[][]> {
  return new Map(files.map((f) => [path.basename(f, ".csv").slice(base.length + 1), parseCsv(fs.readFileSync(f, "utf8"))]));
}

beforeAll(async () => {
  requireTools();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(FILE, await writeXlsx(plan.sheets, plan.rowFormats));
  sheetsCsv = readSheets(convert(FILE, csvFilter(false), path.join(OUT, "csv")), "arbetsbok");
  shownCsv = readSheets(convert(FILE, csvFilter(true), path.join(OUT, "csv-shown")), "arbetsbok");
}, 180_000);

afterAll(cleanup);

const key = (r: number, c: number) => `${r},${c}`;

/** What each cell should hold, from the plan and the shared layout; formulas are listed apart. */
function expectedCells(s: SheetPlan): { values: Map<string, PlanCell>; formulas: Set<string> } {
  const values = new Map<string, PlanCell>();
  const formulas = new Set<string>();
  const lay = layoutSheet(s);
  const at = (a1: string, v: PlanCell) => {
    const p = parseAddress(a1);
    if (typeof v === "string" && v.startsWith("=")) formulas.add(key(p.row, p.col));
    else values.set(key(p.row, p.col), v);
  };
  at(lay.title, s.title);
  at(lay.subtitle, s.subtitle);
  at(lay.attribution, s.attribution);
  s.tables.forEach((t, i) => {
    const l = lay.tables[i];
    t.columns.forEach((c, j) => values.set(key(l.row, l.col + j), c.header));
    t.rows.forEach((r, ri) =>
      r.forEach((v, j) => {
        if (t.formulas && typeof v === "string" && v.startsWith("=")) formulas.add(key(l.row + 1 + ri, l.col + j));
        else values.set(key(l.row + 1 + ri, l.col + j), v);
      }),
    );
  });
  for (const c of s.cells ?? []) at(c.address, c.value);
  return { values, formulas };
}

/** LibreOffice's raw CSV text back to a number; it keeps % on percentages. */
function csvNumber(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe("LibreOffice Calc opens the workbook", () => {
  it("exports every planned sheet, in order", () => {
    expect([...sheetsCsv.keys()].sort()).toEqual(plan.sheets.map((s) => s.name).sort());
  });

  it("every cell of every sheet holds the planned value, and nothing else is there", () => {
    let compared = 0;
    let planned = 0;
    for (const s of plan.sheets) {
      const grid = sheetsCsv.get(s.name)!;
      const { values, formulas } = expectedCells(s);
      const seen = new Set<string>();
      planned += [...values.values()].filter((v) => v !== "").length;
      grid.forEach((row, r) =>
        row.forEach((text, c) => {
          const k = key(r, c);
          if (formulas.has(k)) return;
          const want = values.get(k);
          if (text === "") {
            if (want !== undefined && want !== "") throw new Error(`${s.name} ${k}: tom, väntade ${want}`);
            return;
          }
          seen.add(k);
          if (typeof want === "number") {
            if (!same(csvNumber(text), want)) throw new Error(`${s.name} ${k}: ${text} ≠ ${want}`);
          } else if (typeof want === "boolean") expect(text).toBe(want ? "TRUE" : "FALSE");
          else if (text !== want) throw new Error(`${s.name} ${k}: "${text}" ≠ "${want}"`);
          compared++;
        }),
      );
      for (const [k, v] of values) if (v !== "" && !seen.has(k)) throw new Error(`${s.name} ${k}: saknas (${v})`);
    }
    expect(compared).toBe(planned);
    expect(compared).toBeGreaterThan(1500);
  });

  it("every observation row matches the dataset: value, unit, period and verbatim excerpt", () => {
    const cat = catalog();
    let rows = 0;
    for (const name of ["Närvården", "Statsbidrag", "Regioner", "Indikatorer"]) {
      const grid = sheetsCsv.get(name)!;
      const header = grid.findIndex((r) => r[0] === "Indikator" && r[9] === "Id");
      for (const r of grid.slice(header + 1)) {
        if (!r[9]) continue;
        const o = cat.observation(r[9])!;
        expect(o).toBeDefined();
        expect(r[6]).toBe(o.unit);
        expect(r[2]).toBe(o.period ?? "ej angivet");
        expect(r[8]).toBe(o.source.excerpt);
        if (o.value !== undefined) expect(same(csvNumber(r[5]), o.unit === "%" ? o.value / 100 : o.value)).toBe(true);
        else expect(r[5]).toMatch(/^[\d ,]+–[\d ,]+$/);
        rows++;
      }
    }
    expect(rows).toBe(plan.sheets.slice(0, 4).reduce((n, s) => n + s.tables[0].rows.length, 0));
  });

  it("shows the plan's number formats: shares as %, mnkr with one decimal, ranges as text", () => {
    const grid = shownCsv.get("Regioner")!;
    const row = (id: string) => grid.find((r) => r[9] === id)!;
    expect(row("stockholm.primarvard_andel.2024")[5]).toBe("17.2%");
    expect(row("kalmar.primarvard_andel.2019-2024")[5]).toBe("18,6–19,7");
    const d = shownCsv.get("Diagram")!;
    expect(d.find((r) => r[0] === "2021")).toEqual(expect.arrayContaining(["5,725.0", "900.0"]));
  });

  it("computes the ledger's formulas (structured references, [#This Row]) from the controller's rows", async () => {
    const ledger: SheetPlan = JSON.parse(JSON.stringify(ledgerPlan()));
    ledger.tables[0].rows = [
      ["Tillgänglighet", "Digitala besök", "Lön", 40, "Andel digitala besök", "12 %"],
      ["Tillgänglighet", "", "Lokal", 25.5, "", ""],
      ["Kontinuitet", "Fast läkarkontakt", "IT", 10, "Andel med fast läkare", ""],
    ];
    ledger.cells!.find((c) => c.address === "I3")!.value = 100;
    const file = path.join(OUT, "huvudbok.xlsx");
    fs.writeFileSync(file, await writeXlsx([ledger]));
    const [csv] = convert(file, csvFilter(false), path.join(OUT, "huvudbok"));
    const grid = parseCsv(fs.readFileSync(csv, "utf8"));
    const chart = ledger.tables[1];
    const at = parseAddress(chart.anchor!);
    const body = grid.slice(at.row + 1, at.row + 1 + chart.rows.length).map((r) => r.slice(at.col, at.col + 4));
    // Received 100; linked (activity, indicator and outcome all filled) 40; booked 75.5; untraced 24.5.
    expect(body.map((r) => [r[0], ...r.slice(1).map(Number)])).toEqual([
      ["Mottaget", 100, 0, 100],
      ["Kopplat till aktivitet och resultat", -40, 60, 40],
      ["Övrigt bokfört", -35.5, 24.5, 35.5],
      ["Ej spårbart", -24.5, 0, 24.5],
    ]);
    // Without the add-in, PV functions are unknown: IFERROR leaves I4 empty, GRANT_TRACE shows an error.
    expect(grid[3][8]).toBe("");
    expect(grid[5][7]).toMatch(/^(#NAME\?|Err:\d+)$/);
  });

  it("keeps awkward text intact: XML specials, a literal _x0041_, control characters, line breaks, emoji", async () => {
    const tricky = [
      "<&> \"citat\" 'apostrof'",
      "_x0041_ är ingen escape",
      "före\u0001efter",
      " inledande mellanslag",
      "två\nrader",
      "😀 Närvården",
    ];
    const sheet: SheetPlan = {
      key: "text",
      name: "Text 'och' tecken",
      title: "Svåra texter",
      subtitle: "",
      attribution: "",
      tables: [{ key: "t", name: "PV_Text", columns: [{ header: "Text", format: "@", width: 100 }], rows: tricky.map((t) => [t]) }],
      charts: [],
    };
    const file = path.join(OUT, "text.xlsx");
    fs.writeFileSync(file, await writeXlsx([sheet]));
    const [csv] = convert(file, csvFilter(false), path.join(OUT, "text"));
    const grid = parseCsv(fs.readFileSync(csv, "utf8"));
    expect(grid.slice(4, 4 + tricky.length).map((r) => r[0])).toEqual(tricky);
  });
});

describe("the charts survive", () => {
  it("come back as native LibreOffice charts of the planned type, with the planned series", () => {
    const [ods] = convert(FILE, "ods", path.join(OUT, "ods"));
    const parts = unzip(fs.readFileSync(ods));
    const objects = [...parts.keys()].filter((p) => /^Object \d+\/content\.xml$/.test(p)).map((p) => parts.get(p)!.data.toString("utf8"));
    const planned = plan.sheets.flatMap((s) => s.charts);
    expect(objects).toHaveLength(planned.length);
    for (const c of planned) {
      const xml = objects.find((x) => x.includes(`<text:p>${c.title}</text:p>`));
      expect([c.name, xml !== undefined]).toEqual([c.name, true]);
      expect(xml).toContain(`chart:class="chart:${c.kind === "LineMarkers" ? "line" : "bar"}"`);
      const series = (xml!.match(/<chart:series /g) ?? []).length;
      expect([c.name, series]).toEqual([c.name, c.kind === "Waterfall" ? 2 : c.columns.length - 1]);
      expect(xml).toContain(`<text:p>${c.yTitle}</text:p>`);
    }
  }, 120_000);

  it("are drawn in the PDF: every chart title is on a page", () => {
    const [pdf] = convert(FILE, "pdf", path.join(OUT, "pdf"));
    const txt = execFileSync(PDFTOTEXT, [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    for (const c of plan.sheets.flatMap((s) => s.charts))
      expect([c.name, txt.includes(c.title.replace(/\s+/g, ""))]).toEqual([c.name, true]);
    // The axis labels of the grants chart, which exist nowhere else in the workbook as text.
    expect(txt).toContain("7,000.0");
  }, 120_000);
});
