/** The reference sheets: the reports' figures by theme, their findings, the audit and the sources. */
import { shortCitation } from "../dataset/sources";
import { AUDIT_HEADER, auditRow, runAudit } from "../audit/audit";
import { catalogRows, type CatalogRow } from "../dataset/exportCatalog";
import type { Catalog } from "../dataset/lookup";
import { ATTRIBUTION, observationTable, valueFormats } from "./observations";
import { FORMATS, type SheetPlan, type WorkbookPlan } from "./plan";

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

/** The four sheets of figures, one per theme, each an observation table; with each table's per-row value formats. */
function observationSheets(cat: Catalog): WorkbookPlan {
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

  const obsSheets: [string, string, string, string, CatalogRow[]][] = [
    ["narvarden", "Närvården", "PV_Narvarden", "Närvården Västmanland – nyckeltal 2016–2024, eget kapital och avkastningskrav", narvarden],
    [
      "statsbidrag",
      "Statsbidrag",
      "PV_Statsbidrag",
      "Statsbidrag för God och nära vård 2019–2025 (Tabell 1, fallregioner, redovisade poster)",
      grants,
    ],
    ["regioner", "Regioner", "PV_Regioner", "Fallregionerna: primärvårdens andel, kontinuitet, kapacitet och fakta", regions],
    ["indikatorer", "Indikatorer", "PV_Indikatorer", "Nationella kärnindikatorer och IVO:s tillsyn", national],
  ];
  const rowFormats: Record<string, string[]> = {};
  const sheets: SheetPlan[] = obsSheets.map(([key, name, table, title, rows]) => {
    rowFormats[table] = valueFormats(rows);
    return {
      key,
      name,
      title,
      subtitle: `${rows.length} uppgifter, var och en med period, måttenhet och källa.`,
      attribution: ATTRIBUTION,
      tables: [observationTable(key, table, rows)],
      charts: [],
    };
  });
  return { sheets, rowFormats };
}

/** The reports' qualitative findings. */
function findingsSheet(cat: Catalog): SheetPlan {
  return {
    key: "iakttagelser",
    name: "Iakttagelser",
    title: "Styrkor, utmaningar, hinder och rekommendationer",
    subtitle: "Kvalitativa iakttagelser ur båda rapporterna.",
    attribution: ATTRIBUTION,
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
function auditSheet(cat: Catalog): SheetPlan {
  return {
    key: "granskning",
    name: "Granskning",
    title: "Granskning: rapporternas inre motsägelser",
    subtitle:
      "Beräknat ur data: summor mot angivna totaler, andelar mot beräknade andelar och siffror som anges flera gånger. Bedömningen skiljer motsägelse, avrundning, förenliga uppgifter och förklarade luckor.",
    attribution: ATTRIBUTION,
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
function sourcesSheet(cat: Catalog): SheetPlan {
  return {
    key: "kallor",
    name: "Källor",
    title: "Källor",
    subtitle: "Rapporterna som all data kommer från.",
    attribution: ATTRIBUTION,
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

/** Every reference sheet: figures by theme, findings, audit and sources. */
export function referencePlan(cat: Catalog): WorkbookPlan {
  const { sheets, rowFormats } = observationSheets(cat);
  return { sheets: [...sheets, findingsSheet(cat), auditSheet(cat), sourcesSheet(cat)], rowFormats };
}
