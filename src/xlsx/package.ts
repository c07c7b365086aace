/**
 * The second executor of workbook plans: the same SheetPlans src/excel/applySheets.ts applies through Office.js,
 * written as an .xlsx file (SpreadsheetML + DrawingML in a zip). Pure TypeScript: runs in the pane and in Node.
 */
import type { SheetPlan } from "../core/workbook/plan";
// Sheet owner names as the Office.js writer adds them, so a later "Infoga" in Excel updates these sheets.
import { ownerName } from "../core/workbook/ownership";
import { SharedStrings } from "./cells";
import { chartXml, drawingXml } from "./chart";
import { excelRuleViolations } from "./rules";
import { renderSheet, tableXml, worksheetXml } from "./sheet";
import { Styles } from "./styles";
import { esc, HEAD, NS, sheetRef } from "./xml";
import { platformDeflate, zip, type Deflate } from "./zip";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  strings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

const REL = {
  document: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  sheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  strings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

function rels(list: [id: string, type: string, target: string][]): string {
  return (
    HEAD +
    `<Relationships xmlns="${NS.pkgRel}">${list.map(([id, t, target]) => `<Relationship Id="${id}" Type="${t}" Target="${target}"/>`).join("")}</Relationships>`
  );
}

export interface XlsxOptions {
  /** Document title (docProps/core.xml). */
  title?: string;
  /** Raw deflate; null writes every part uncompressed (STORE). Default: CompressionStream where available. */
  deflate?: Deflate | null;
}

/** The package being assembled: its parts in write order and the content type of each that needs one. */
class Parts {
  readonly parts = new Map<string, string>();
  readonly overrides: [string, string][] = [];
  tableId = 0;
  chartId = 0;
  add(path: string, type: string | null, xml: string): void {
    this.parts.set(path, xml);
    if (type) this.overrides.push([`/${path}`, type]);
  }
}

/** Sheet n's worksheet, its tables, and its charts with their drawing, each with the relationships that tie them. */
function addSheet(pkg: Parts, plan: SheetPlan, n: number, rendered: ReturnType<typeof renderSheet>): void {
  const sheetRels: [string, string, string][] = [];
  const tableRels = rendered.tables.map((t) => {
    const id = ++pkg.tableId;
    pkg.add(`xl/tables/table${id}.xml`, TYPE.table, tableXml(t, id));
    sheetRels.push([`rId${sheetRels.length + 1}`, REL.table, `../tables/table${id}.xml`]);
    return sheetRels[sheetRels.length - 1][0];
  });
  let drawingRel: string | null = null;
  if (rendered.charts.length) {
    const chartRels = rendered.charts.map((c, k) => {
      const id = ++pkg.chartId;
      pkg.add(`xl/charts/chart${id}.xml`, TYPE.chart, chartXml(c, plan.name));
      return [`rId${k + 1}`, REL.chart, `../charts/chart${id}.xml`] as [string, string, string];
    });
    pkg.add(
      `xl/drawings/drawing${n}.xml`,
      TYPE.drawing,
      drawingXml(
        rendered.charts,
        chartRels.map((r) => r[0]),
      ),
    );
    pkg.add(`xl/drawings/_rels/drawing${n}.xml.rels`, null, rels(chartRels));
    drawingRel = `rId${sheetRels.length + 1}`;
    sheetRels.push([drawingRel, REL.drawing, `../drawings/drawing${n}.xml`]);
  }
  pkg.add(`xl/worksheets/sheet${n}.xml`, TYPE.sheet, worksheetXml(rendered, drawingRel, tableRels));
  if (sheetRels.length) pkg.add(`xl/worksheets/_rels/sheet${n}.xml.rels`, null, rels(sheetRels));
}

/** workbook.xml (sheets and the owner names that mark them as the add-in's) and its relationships. */
function addWorkbook(pkg: Parts, plans: SheetPlan[]): void {
  const sheetsXml = plans.map((p, i) => `<sheet name="${esc(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = plans.map((p) => `<definedName name="${ownerName(p.key)}">${esc(`${sheetRef(p.name)}!$A$1`)}</definedName>`).join("");
  pkg.add(
    "xl/workbook.xml",
    TYPE.workbook,
    HEAD +
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets>${sheetsXml}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  );
  pkg.add(
    "xl/_rels/workbook.xml.rels",
    null,
    rels([
      ...plans.map((_, i) => [`rId${i + 1}`, REL.sheet, `worksheets/sheet${i + 1}.xml`] as [string, string, string]),
      [`rId${plans.length + 1}`, REL.styles, "styles.xml"],
      [`rId${plans.length + 2}`, REL.strings, "sharedStrings.xml"],
    ]),
  );
}

/** Document properties and the package's root relationships. */
function addDocument(pkg: Parts, title: string): void {
  pkg.add(
    "docProps/core.xml",
    TYPE.core,
    HEAD +
      `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${esc(title)}</dc:title><dc:creator>Nära vård-indikatorer</dc:creator><dc:language>sv-SE</dc:language></cp:coreProperties>`,
  );
  pkg.add(
    "docProps/app.xml",
    TYPE.app,
    HEAD +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Nära vård-indikatorer</Application></Properties>`,
  );
  pkg.add(
    "_rels/.rels",
    null,
    rels([
      ["rId1", REL.document, "xl/workbook.xml"],
      ["rId2", REL.core, "docProps/core.xml"],
      ["rId3", REL.app, "docProps/app.xml"],
    ]),
  );
}

/** All parts of the package as text, keyed by path; exported for tests that inspect the XML. */
export function xlsxParts(
  plans: SheetPlan[],
  rowFormats: Record<string, string[]> = {},
  title = "Nära vård-indikatorer",
): Map<string, string> {
  const problems = excelRuleViolations(plans);
  if (problems.length) throw new Error(`Arbetsboken följer inte Excels regler: ${problems.join("; ")}.`);
  const styles = new Styles();
  const strings = new SharedStrings();
  const pkg = new Parts();
  plans.forEach((plan, i) => addSheet(pkg, plan, i + 1, renderSheet(plan, rowFormats, styles, strings, i === 0)));
  addWorkbook(pkg, plans);
  pkg.add("xl/sharedStrings.xml", TYPE.strings, strings.xml());
  pkg.add("xl/styles.xml", TYPE.styles, styles.xml());
  addDocument(pkg, title);
  const types =
    HEAD +
    `<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    pkg.overrides.map(([p, t]) => `<Override PartName="${esc(p)}" ContentType="${t}"/>`).join("") +
    `</Types>`;
  return new Map([["[Content_Types].xml", types], ...pkg.parts]);
}

/** The .xlsx file's bytes. */
export async function writeXlsx(
  plans: SheetPlan[],
  rowFormats: Record<string, string[]> = {},
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const parts = xlsxParts(plans, rowFormats, options.title);
  return zip(
    [...parts].map(([path, xml]) => ({ path, data: enc.encode(xml) })),
    options.deflate === undefined ? platformDeflate() : options.deflate,
  );
}
