/** The reference sheets: the reports' figures by theme, their findings, the audit and the sources. */
import { shortCitation } from "../dataset/sources";
import { AUDIT_HEADER, auditRow, runAudit } from "../audit/audit";
import { catalogRows, type CatalogRow } from "../dataset/exportCatalog";
import type { Catalog } from "../dataset/lookup";
import { observationTable, valueFormats } from "./observations";
import { FORMATS, type SheetPlan, type WorkbookPlan } from "./plan";
import { SHEET_LANGUAGES, sheetText, type SheetLanguage } from "./sheetText";
import type { SheetText } from "./sheets.sv";

const { text: TXT, num: NUM } = FORMATS;

/** Format and width of each GRANSKNING column on the Granskning sheet; the headers and their order are the audit's. */
const AUDIT_COLUMNS: Record<(typeof AUDIT_HEADER)[number], { format: string; width: number }> = {
  Bedömning: { format: TXT, width: 100 },
  Iakttagelse: { format: TXT, width: 320 },
  Förklaring: { format: TXT, width: 420 },
  Angivet: { format: NUM, width: 80 },
  "Jämfört med": { format: NUM, width: 90 },
  Enhet: { format: TXT, width: 80 },
  Skillnad: { format: TXT, width: 260 },
  Kontroll: { format: TXT, width: 160 },
  Källor: { format: TXT, width: 300 },
};

/** A sheet's text in every language, with the attribution: what a re-run in the other language recognises as ours. */
function own(texts: (t: SheetText) => string[]): string[] {
  return [...new Set(SHEET_LANGUAGES.flatMap((l) => [sheetText(l).attribution, ...texts(sheetText(l))]))];
}

/** The four sheets of figures, one per theme, each an observation table; with each table's per-row value formats. */
function observationSheets(cat: Catalog, t: SheetText): WorkbookPlan {
  const all = catalogRows(cat);
  const byTheme = (...themes: string[]) => all.filter((r) => themes.includes(r.theme));
  const narvarden = all.filter((r) => r.entity === "narvarden" || r.entity === "vastmanland");
  const grants = byTheme("statsbidrag", "bidragsredovisning");
  const regions = all.filter(
    (r) =>
      ["primarvardsandel", "regionfakta", "kontinuitet", "kapacitet"].includes(r.theme) &&
      r.entity !== "narvarden" &&
      r.entity !== "vastmanland",
  );
  const national = byTheme("karnindikatorer").filter((r) => r.entity !== "narvarden");

  const obsSheets: [keyof SheetText["reference"]["titles"], string, string, CatalogRow[]][] = [
    ["narvarden", "Närvården", "PV_Narvarden", narvarden],
    ["statsbidrag", "Statsbidrag", "PV_Statsbidrag", grants],
    ["regioner", "Regioner", "PV_Regioner", regions],
    ["indikatorer", "Indikatorer", "PV_Indikatorer", national],
  ];
  const rowFormats: Record<string, string[]> = {};
  const sheets: SheetPlan[] = obsSheets.map(([key, name, table, rows]) => {
    rowFormats[table] = valueFormats(rows);
    return {
      key,
      name,
      title: t.reference.titles[key],
      subtitle: t.reference.figures(rows.length),
      attribution: t.attribution,
      ownTexts: own((l) => [l.reference.titles[key], l.reference.figures(rows.length)]),
      tables: [observationTable(key, table, rows)],
      charts: [],
    };
  });
  return { sheets, rowFormats };
}

/** The reports' qualitative findings. */
function findingsSheet(cat: Catalog, t: SheetText): SheetPlan {
  return {
    key: "iakttagelser",
    name: "Iakttagelser",
    title: t.reference.findingsTitle,
    subtitle: t.reference.findingsSubtitle,
    attribution: t.attribution,
    ownTexts: own((l) => [l.reference.findingsTitle, l.reference.findingsSubtitle]),
    tables: [
      {
        key: "iakttagelser",
        name: "PV_Iakttagelser",
        columns: [
          { header: "Grupp", format: TXT, width: 200 },
          { header: "Typ", format: TXT, width: 110 },
          { header: "Iakttagelse", format: TXT, width: 280 },
          { header: "Källa", format: TXT, width: 220 },
          { header: "Utdrag", format: TXT, width: 360 },
        ],
        keyColumns: ["Grupp", "Typ", "Iakttagelse"],
        rows: cat.data.findings.map((f) => [
          f.group,
          f.kind,
          f.title,
          shortCitation({ report: f.source.report, section: f.source.section }),
          f.source.excerpt,
        ]),
      },
    ],
    charts: [],
  };
}

/** The audit: the reports' internal contradictions (as GRANSKNING returns them). */
function auditSheet(cat: Catalog, t: SheetText): SheetPlan {
  return {
    key: "granskning",
    name: "Granskning",
    title: t.reference.auditTitle,
    subtitle: t.reference.auditSubtitle,
    attribution: t.attribution,
    ownTexts: own((l) => [l.reference.auditTitle, l.reference.auditSubtitle]),
    tables: [
      {
        key: "granskning",
        name: "PV_Granskning",
        columns: AUDIT_HEADER.map((header) => ({ header, ...AUDIT_COLUMNS[header] })),
        keyColumns: ["Iakttagelse"],
        rows: runAudit(cat.data).map(auditRow),
      },
    ],
    charts: [],
  };
}

/** The reports themselves. */
function sourcesSheet(cat: Catalog, t: SheetText): SheetPlan {
  return {
    key: "kallor",
    name: "Källor",
    title: t.reference.sourcesTitle,
    subtitle: t.reference.sourcesSubtitle,
    attribution: t.attribution,
    ownTexts: own((l) => [l.reference.sourcesTitle, l.reference.sourcesSubtitle]),
    tables: [
      {
        key: "kallor",
        name: "PV_Kallor",
        columns: [
          { header: "Id", format: TXT, width: 120 },
          { header: "Utgivare", format: TXT, width: 220 },
          { header: "Titel", format: TXT, width: 380 },
          { header: "Datum", format: TXT, width: 100 },
          { header: "Hänvisning", format: TXT, width: 420 },
        ],
        keyColumns: ["Id"],
        rows: cat.data.reports.map((r) => [r.id, r.publisher, r.title, r.date, r.attribution]),
      },
    ],
    charts: [],
  };
}

/**
 * Every reference sheet: figures by theme, findings, audit and sources. Titles and notes in the pane's language;
 * sheet, table and column names (which functions and re-runs read) stay the same in both.
 */
export function referencePlan(cat: Catalog, lang: SheetLanguage = "sv"): WorkbookPlan {
  const t = sheetText(lang);
  const { sheets, rowFormats } = observationSheets(cat, t);
  return { sheets: [...sheets, findingsSheet(cat, t), auditSheet(cat, t), sourcesSheet(cat, t)], rowFormats };
}
