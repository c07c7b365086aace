/** The follow-up plans as data: what the report may contain, the results table's Kolada cells, the page. */
import { followupPlans, KOLADA_NOT_LOADED, ledgerFormulas, resultsTable, TABLES } from "../../../src/core/workbook/followupPlan";
import { xlsxParts } from "../../../src/xlsx/package";
import { JH_RESULTS, jhInput, NO_KOLADA } from "../followup/jhCase";

const FORBIDDEN = /\b(PV\.|XLOOKUP|XMATCH|LET|LAMBDA|FILTER|UNIQUE|SORT|SEQUENCE|TEXTJOIN|IFS|MAXIFS|MINIFS|CONCAT)\s*\(/i;

describe("follow-up plans", () => {
  it("the report and the ledger columns use only functions Excel 2010 and LibreOffice 7.4 both compute", () => {
    const { sheets } = followupPlans(jhInput());
    const report = sheets.find((s) => s.key === "aterrapportering")!;
    const formulas = (report.cells ?? []).map((c) => c.value).filter((v): v is string => typeof v === "string" && v.startsWith("="));
    expect(formulas.length).toBeGreaterThan(80);
    for (const f of [...formulas, ...ledgerFormulas().map((c) => c.formula)]) expect([f, FORBIDDEN.test(f)]).toEqual([f, false]);
    // Only the ledger and the mapping tables are read (and the report's own cells).
    const tables = new Set(formulas.flatMap((f) => [...f.matchAll(/\b(PV_[A-Za-z_]+)\[/g)].map((m) => m[1])));
    expect([...tables].sort()).toEqual(["PV_Insatser", "PV_Resultat", "PV_SIE_Huvudbok"].sort());
  });

  it("Kolada actuals are PV.KOLADA formulas with source and fetch date when data is loaded, and say so when it is not", () => {
    const years = [2021, 2022];
    const loaded = resultsTable(JH_RESULTS, years, {
      loaded: true,
      region: "0023",
      regionName: "Region Jämtland Härjedalen",
      fetchedAt: (k) => (k === "U71451" ? "2026-11-30T10:00:00Z" : undefined),
    });
    const h = loaded.columns.map((c) => c.header);
    const kolada = loaded.rows[2];
    expect(kolada[h.indexOf("Utfall 2022")]).toBe('=IFERROR(PV.KOLADA("U71451","0023",2022),"Ingen uppgift i Kolada")');
    expect(kolada[h.indexOf("Källa")]).toBe("Kolada U71451, Region Jämtland Härjedalen, hämtad 2026-11-30");
    // The region's own figures stay numbers; a year without one stays empty, never 0.
    expect(loaded.rows[0][h.indexOf("Utfall 2022")]).toBe(100);
    expect(loaded.rows[0][h.indexOf("Utfall 2021")]).toBe("");
    const not = resultsTable(JH_RESULTS, years, NO_KOLADA);
    expect(not.rows[2][h.indexOf("Utfall 2022")]).toBe(KOLADA_NOT_LOADED);
    expect(not.rows[2]).not.toContain(0);
  });

  it("the mapping and results tables belong to the user once written (re-runs keep their rows)", () => {
    const { sheets } = followupPlans(jhInput());
    const tables = sheets.flatMap((s) => s.tables);
    for (const name of Object.values(TABLES)) expect([name, tables.find((t) => t.name === name)?.userData]).toEqual([name, true]);
  });

  it("the .xlsx prints Återrapportering on A4 landscape, one page wide, its header rows repeated", () => {
    const { sheets } = followupPlans(jhInput());
    const parts = xlsxParts(sheets);
    const i = sheets.findIndex((s) => s.key === "aterrapportering");
    const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`)!;
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(parts.get("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'Återrapportering'!$1:$2</definedName>`,
    );
    // The Kostnadsslag sheet prints portrait with its table header repeated.
    expect(parts.get("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Kostnadsslag'!$1:$4</definedName>`,
    );
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('orientation="portrait"');
  });
});
