/** The .xlsx executor's parts, checked as XML against the plans and against Excel's own rules. */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { parseStringPromise } from "xml2js";
import { catalog } from "../../src/core/dataset/lookup";
import { layoutSheet } from "../../src/core/workbook/layout";
import { indicatorPlan } from "../../src/core/workbook/indicatorPlan";
import { ledgerPlan } from "../../src/core/workbook/grantLedgerPlan";
import { type SheetPlan } from "../../src/core/workbook/plan";
import { fileFormula } from "../../src/xlsx/cells";
import { chartShape } from "../../src/xlsx/chart";
import { writeXlsx, xlsxParts } from "../../src/xlsx/package";
import { referenceWorkbook, referenceWorkbookPlan } from "../../src/xlsx/referenceWorkbook";
import { excelRuleViolations, LIMITS, sheetNameProblem, tableNameProblem } from "../../src/xlsx/rules";
import { widthInChars } from "../../src/xlsx/sheet";
import { text, unzip } from "./unzip";

const plan = referenceWorkbookPlan();
const parts = xlsxParts(plan.sheets, plan.rowFormats);
const sheetIndex = (name: string) => plan.sheets.findIndex((s) => s.name === name) + 1;

describe("package structure", () => {
  it("every part is well-formed XML, has a content type, and every relationship points at a part", async () => {
    const types = parts.get("[Content_Types].xml")!;
    for (const [path, xml] of parts) {
      await expect(parseStringPromise(xml)).resolves.toBeDefined();
      if (!path.endsWith(".rels") && path !== "[Content_Types].xml") expect(types).toContain(`PartName="/${path}"`);
    }
    for (const [path, xml] of parts) {
      if (!path.endsWith(".rels")) continue;
      const base = path.replace(/_rels\/[^/]*\.rels$/, "");
      for (const [, target] of xml.matchAll(/Target="([^"]+)"/g)) {
        const resolved = new URL(target, `http://x/${base}`).pathname.slice(1);
        expect([path, parts.has(resolved) ? resolved : `${resolved} saknas`]).toEqual([path, resolved]);
      }
    }
  });

  it("has one sheet per plan, in order, named as planned, with the writer's owner names", async () => {
    const wb = parts.get("xl/workbook.xml")!;
    const names = [...wb.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      "Närvården",
      "Statsbidrag",
      "Regioner",
      "Indikatorer",
      "Iakttagelser",
      "Granskning",
      "Källor",
      "Diagram",
      "Bidragshuvudbok",
    ]);
    expect(wb).toContain(`<definedName name="PV_Blad_diagram">'Diagram'!$A$1</definedName>`);
    expect(wb).toContain('fullCalcOnLoad="1"');
  });

  it("writes every table with its name, header, range and style", async () => {
    const tables = [...parts].filter(([p]) => p.startsWith("xl/tables/"));
    const planned = plan.sheets.flatMap((s) => s.tables.map((t) => ({ t, lay: layoutSheet(s).tables.find((l) => l.name === t.name)! })));
    expect(tables).toHaveLength(planned.length);
    for (const [, xml] of tables) {
      const doc = await parseStringPromise(xml);
      const name = doc.table.$.name;
      const { t, lay } = planned.find((p) => p.t.name === name)!;
      expect(doc.table.$.displayName).toBe(name);
      expect(doc.table.tableColumns[0].tableColumn.map((c: { $: { name: string } }) => c.$.name)).toEqual(t.columns.map((c) => c.header));
      expect(doc.table.tableStyleInfo[0].$.name).toBe("TableStyleMedium2");
      expect(doc.table.$.ref.split(":")[0]).toBe(lay.address.split(":")[0]);
      expect(Number(doc.table.$.ref.match(/\d+$/)[0]) - Number(lay.address.match(/\d+/)![0])).toBe(Math.max(1, t.rows.length));
    }
  });

  it("keeps the plan's number formats per column and per row (Värde), widths and the frozen header", async () => {
    const styles = await parseStringPromise(parts.get("xl/styles.xml")!);
    const custom = new Map<string, string>(
      styles.styleSheet.numFmts[0].numFmt.map((f: { $: { numFmtId: string; formatCode: string } }) => [f.$.numFmtId, f.$.formatCode]),
    );
    const builtin: Record<string, string> = { "0": "General", "49": "@" };
    const xfs: string[] = styles.styleSheet.cellXfs[0].xf.map(
      (x: { $: { numFmtId: string } }) => custom.get(x.$.numFmtId) ?? builtin[x.$.numFmtId],
    );
    const sheet = plan.sheets.find((s) => s.name === "Regioner")!;
    const lay = layoutSheet(sheet).tables[0];
    const doc = await parseStringPromise(parts.get(`xl/worksheets/sheet${sheetIndex("Regioner")}.xml`)!);
    const cells = new Map<string, { s?: string }>();
    for (const row of doc.worksheet.sheetData[0].row) for (const c of row.c ?? []) cells.set(c.$.r, c.$);
    const formats = plan.rowFormats["PV_Regioner"];
    expect(new Set(formats)).toEqual(new Set(["0.0%", "@", "#,##0.##", "#,##0.0"].filter((f) => formats.includes(f))));
    formats.forEach((f, i) => expect(xfs[Number(cells.get(`F${lay.row + 2 + i}`)!.s ?? 0)]).toBe(f));
    sheet.tables[0].columns.forEach((c, j) => {
      if (c.header !== "Värde") expect(xfs[Number(cells.get(`${String.fromCharCode(65 + j)}${lay.row + 2}`)!.s ?? 0)]).toBe(c.format);
    });
    const cols = doc.worksheet.cols[0].col.map((c: { $: { min: string; width: string } }) => [Number(c.$.min), Number(c.$.width)]);
    expect(cols[1]).toEqual([2, widthInChars(130)]);
    expect(doc.worksheet.sheetViews[0].sheetView[0].pane[0].$).toMatchObject({ ySplit: "4", state: "frozen", topLeftCell: "A5" });
  });

  it("writes the ledger's formulas in file syntax, its decimal validation and its extra cells", () => {
    const xml = parts.get(`xl/worksheets/sheet${sheetIndex("Bidragshuvudbok")}.xml`)!;
    expect(xml).toContain("<f>ABS(PV_Huvudbok_Diagram[[#This Row],[Belopp (mnkr)]])</f>");
    expect(xml).toContain("<f>$I$3+PV_Huvudbok_Diagram[[#This Row],[Belopp (mnkr)]]</f>");
    expect(xml).toContain("PV.GRANT_TRACE(PV_Huvudbok[#All],I3))</f>");
    expect(xml).toContain("<f>IF(COUNT(PV_Huvudbok[Belopp (mnkr)])=0,");
    expect(xml).not.toContain("[@");
    expect(xml).toMatch(/<dataValidation type="decimal" operator="between"[^>]*sqref="D5(:D5)?"/);
    // Column H is wide enough for its labels ("Mottaget (mnkr):" beside the value in I3).
    expect(xml).toContain(`<col min="8" max="8" width="${widthInChars(100)}" customWidth="1"/>`);
  });

  it("is deterministic and compressed", async () => {
    const a = await writeXlsx(plan.sheets, plan.rowFormats);
    const b = await writeXlsx(plan.sheets, plan.rowFormats);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const entries = unzip(a);
    expect(text(entries, "xl/workbook.xml")).toBe(parts.get("xl/workbook.xml"));
    const raw = [...parts.values()].reduce((n, x) => n + Buffer.byteLength(x), 0);
    expect(a.length).toBeLessThan(raw / 3);
  });
});

describe("charts", () => {
  const chartParts = [...parts].filter(([p]) => p.startsWith("xl/charts/")).map(([, x]) => x);

  it("writes every planned chart once, with its title and series from its table's columns", () => {
    const planned = plan.sheets.flatMap((s) => s.charts.map((c) => ({ s, c })));
    expect(chartParts).toHaveLength(planned.length);
    for (const { s, c } of planned) {
      const xml = chartParts.find((x) => x.includes(`<a:t>${c.title}</a:t>`))!;
      expect(xml).toBeDefined();
      const cols = c.kind === "Waterfall" ? c.fallbackColumns! : c.columns.slice(1);
      const names = [...xml.matchAll(/<c:tx><c:strRef><c:f>[^<]+<\/c:f><c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>([^<]+)/g)].map(
        (m) => m[1],
      );
      expect(names).toEqual(cols);
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
      for (const r of refs) expect(r.startsWith(`&apos;${s.name}&apos;!`) || r.startsWith(`'${s.name}'!`)).toBe(true);
      expect(xml).toContain(`<a:t>${c.xTitle}</a:t>`);
    }
  });

  it("column, line and the waterfall's stacked fallback with an invisible base; bar is available", () => {
    const by = (title: string) => chartParts.find((x) => x.includes(title))!;
    expect(by("per mottagare")).toMatch(/<c:barDir val="col"\/><c:grouping val="clustered"\/>/);
    expect(by("Närvården 2016–2024")).toContain("<c:lineChart>");
    const w = by("Kalmar 2021: statsbidraget");
    expect(w).toMatch(/<c:barDir val="col"\/><c:grouping val="stacked"\/>/);
    expect(w).toContain('<c:overlap val="100"/>');
    expect(w).toMatch(/<c:v>Bas \(mnkr\)<\/c:v><\/c:pt><\/c:strCache><\/c:strRef><\/c:tx><c:spPr><a:noFill\/>/);
    expect(w).not.toContain("<c:legend>");
    expect(chartShape("BarClustered")).toMatchObject({ element: "barChart", barDir: "bar" });
    expect(() => chartShape("Pie")).toThrow("Pie");
  });

  it("anchors each chart where the shared layout puts it", () => {
    const d = plan.sheets.find((s) => s.name === "Diagram")!;
    const drawing = parts.get(`xl/drawings/drawing${sheetIndex("Diagram")}.xml`)!;
    const names = [...drawing.matchAll(/<xdr:cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(d.charts.map((c) => c.name));
    const first = layoutSheet(d).charts[0].topLeft; // e.g. F4
    const m = /^([A-Z])(\d+)$/.exec(first)!;
    expect(drawing).toContain(
      `<xdr:from><xdr:col>${m[1].charCodeAt(0) - 65}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${Number(m[2]) - 1}</xdr:row>`,
    );
  });
});

describe("one plan, two executors", () => {
  it("a column added to a plan shows up in the file's table and cells", () => {
    const sheet: SheetPlan = JSON.parse(JSON.stringify(plan.sheets.find((s) => s.name === "Källor")));
    sheet.tables[0].columns.push({ header: "Ny kolumn", format: "0.000", width: 50 });
    sheet.tables[0].rows.forEach((r, i) => r.push(i + 0.5));
    const p = xlsxParts([sheet]);
    expect(p.get("xl/tables/table1.xml")).toContain('<tableColumn id="6" name="Ny kolumn"/>');
    expect(p.get("xl/sharedStrings.xml")).toContain("<t>Ny kolumn</t>");
    expect(p.get("xl/worksheets/sheet1.xml")).toMatch(/<c r="F5" s="\d+"><v>0.5<\/v><\/c>/);
    expect(p.get("xl/styles.xml")).toContain('formatCode="0.000"');
  });

  it("writes every single-indicator sheet the catalogue can insert", () => {
    const cat = catalog();
    const pairs = new Set(cat.data.observations.map((o) => `${o.indicator}|${o.entity}`));
    for (const pair of pairs) {
      const [i, e] = pair.split("|");
      const p = indicatorPlan(cat, i, e, true);
      expect(() => xlsxParts([p.sheet], p.rowFormats)).not.toThrow();
    }
  });
});

describe("Excel's own rules", () => {
  it("the reference workbook keeps them: unique valid table names, sheet names ≤ 31, no cell over 32 767", () => {
    expect(excelRuleViolations(plan.sheets)).toEqual([]);
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(tables).size).toBe(tables.length);
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(LIMITS.sheetName);
    const longest = Math.max(...plan.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows.flat().map((v) => String(v).length))));
    expect(longest).toBeLessThanOrEqual(LIMITS.cellText);
    expect(longest).toBeGreaterThan(100); // the excerpts are there
  });

  it("names what breaks them, and writes nothing", async () => {
    expect(tableNameProblem("1Tabell")).toContain("siffra");
    expect(tableNameProblem("AB12")).toContain("cellreferens");
    expect(tableNameProblem("R1C1")).toContain("cellreferens");
    expect(tableNameProblem("PV Tabell")).not.toBeNull();
    expect(tableNameProblem("PV_Diagram_Statsbidrag")).toBeNull();
    expect(sheetNameProblem("x".repeat(32))).toContain("31");
    expect(sheetNameProblem("A/B")).toContain("/");
    expect(sheetNameProblem("History")).toContain("reserverat");

    const bad: SheetPlan = JSON.parse(JSON.stringify(ledgerPlan()));
    bad.name = "Bidragshuvudbok för hela regionen 2025";
    bad.tables[1].name = bad.tables[0].name.toLowerCase();
    bad.tables[0].rows[0][0] = "x".repeat(LIMITS.cellText + 1);
    const problems = excelRuleViolations([bad]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("ska ha 1–31 tecken"),
        expect.stringContaining("pv_huvudbok finns två gånger"),
        expect.stringContaining("32768 tecken"),
        expect.stringContaining("diagrammet PV_Chart_Huvudbok"),
      ]),
    );
    await expect(writeXlsx([bad])).rejects.toThrow("Arbetsboken följer inte Excels regler");
    expect(() => xlsxParts([plan.sheets[0], plan.sheets[0]])).toThrow("finns två gånger");
  });
});

describe("file syntax details", () => {
  it("spells out [@Kolumn] as Tabell[[#This Row],[Kolumn]] and leaves other brackets alone", () => {
    expect(fileFormula("=ABS([@Belopp])", "T")).toBe("ABS(T[[#This Row],[Belopp]])");
    expect(fileFormula("=[@[Två ord]]*2", "T")).toBe("T[[#This Row],[Två ord]]*2");
    expect(fileFormula("=SUM(T[Belopp])+T[@Belopp]", "T")).toBe("SUM(T[Belopp])+T[@Belopp]");
    expect(fileFormula("=$I$3", "T")).toBe("$I$3");
  });

  it("converts point widths to the file's character widths (Calibri 11: 64 px = 48 pt = 9.14)", () => {
    expect(widthInChars(48)).toBeCloseTo(9.14, 2);
    expect(widthInChars(220)).toBeCloseTo(41.9, 1);
  });
});

describe("npm run xlsx", () => {
  it("writes the reference workbook to --out, byte for byte what the pane's code builds in Node", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pv-xlsx-")), "arbetsbok.xlsx");
    const r = spawnSync(process.execPath, [path.resolve(__dirname, "../../scripts/xlsx.js"), "--out", out], { encoding: "utf8" });
    expect([r.status, r.stdout]).toEqual([0, expect.stringContaining("Skrev")]);
    expect(Buffer.compare(fs.readFileSync(out), Buffer.from(await referenceWorkbook()))).toBe(0);
    const bad = spawnSync(process.execPath, [path.resolve(__dirname, "../../scripts/xlsx.js"), "--out"], { encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining("Ange en fil efter --out")]);
  }, 60_000);
});
