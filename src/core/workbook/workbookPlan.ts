/**
 * What the add-in writes into a workbook, as plain data: sheets, tables (with column formats and widths),
 * charts and the grant-ledger template. src/excel only executes this plan.
 */
import { shortCitation } from "../dataset/sources";
import { AUDIT_HEADER, auditRow, runAudit } from "../audit/audit";
import { catalogRows, type CatalogRow } from "../dataset/exportCatalog";
import type { Catalog } from "../dataset/lookup";
import { parsePeriod } from "../dataset/periods";
import { DecimalSum, percentToFraction } from "../util/decimal";
import { formatNumber } from "../util/text";
import type { PagePlan } from "./page";

export type PlanCell = string | number | boolean;

export interface ColumnPlan {
  header: string;
  /** Excel number format, "@" for text. */
  format: string;
  /** Column width in points. */
  width: number;
}

export interface TablePlan {
  key: string;
  /** Excel table name; stable so formulas can reference it (PV_Statsbidrag[Värde]). */
  name: string;
  columns: ColumnPlan[];
  rows: PlanCell[][];
  /** Formulas instead of values, same shape as rows (used by the ledger's chart data). */
  formulas?: boolean;
  /** The body belongs to the user once created (the ledger): re-runs never touch its rows. */
  userData?: boolean;
  /** Top-left cell; by default tables stack down column A. */
  anchor?: string;
  /** Columns whose values identify a row across re-runs (default: the first column). */
  keyColumns?: string[];
}

export type ChartKind = "ColumnClustered" | "LineMarkers" | "Waterfall";

export interface ChartPlan {
  key: string;
  name: string;
  kind: ChartKind;
  /** Table whose columns feed the chart; the first listed column is the category axis. */
  table: string;
  columns: string[];
  title: string;
  xTitle: string;
  yTitle: string;
  /** For waterfall charts: stacked-column fallback columns [base, height] in the same table. */
  fallbackColumns?: [string, string];
  /** Top-left cell of the chart; by default right of its table. */
  anchor?: string;
}

export interface SheetPlan {
  key: string;
  name: string;
  title: string;
  subtitle: string;
  attribution: string;
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Extra single cells (A1 address, value or formula, number format); `label` is bold, `width` sets the column's width (points). */
  cells?: { address: string; value: PlanCell; format?: string; label?: string; input?: boolean; width?: number }[];
  /** Data validation for table columns: decimal numbers only. */
  decimalColumns?: { table: string; column: string }[];
  /** How the sheet prints; absent: the default (A4 landscape, see page.ts). */
  page?: PagePlan;
}

/** Number formats in Office.js (en-US) syntax; Excel shows them with the user's separators (1 234,5). */
export const FORMATS = { mnkr: "#,##0.0", pct: "0.0%", text: "@", num: "#,##0.##", general: "General" } as const;
const MNKR = FORMATS.mnkr;
const PCT = FORMATS.pct;
const TXT = FORMATS.text;
const NUM = FORMATS.num;

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
const GENERAL = FORMATS.general;

function valueCell(r: CatalogRow): PlanCell {
  if (r.value !== null) return r.unit === "%" ? percentToFraction(r.value) : r.value;
  return `${formatNumber(r.min!)}–${formatNumber(r.max!)}`;
}

const OBS_COLUMNS: ColumnPlan[] = [
  { header: "Indikator", format: TXT, width: 220 },
  { header: "Enhet/region", format: TXT, width: 130 },
  { header: "Period", format: TXT, width: 70 },
  { header: "Post", format: TXT, width: 110 },
  { header: "Kvalifikator", format: TXT, width: 70 },
  { header: "Värde", format: GENERAL, width: 80 },
  { header: "Måttenhet", format: TXT, width: 70 },
  { header: "Källa", format: TXT, width: 200 },
  { header: "Utdrag", format: TXT, width: 320 },
  { header: "Id", format: TXT, width: 200 },
];

function cite(r: CatalogRow): string {
  return shortCitation(r);
}

function obsRows(rows: CatalogRow[]): PlanCell[][] {
  return rows.map((r) => [
    r.indicatorName,
    r.entityName,
    r.period ?? "ej angivet",
    r.dimension ?? "",
    r.qualifier ?? "",
    valueCell(r),
    r.unit,
    cite(r),
    r.excerpt,
    r.id,
  ]);
}

/** Per-row formats for the Värde column: shares as %, amounts with thousands separators, ranges as text. */
export function valueFormats(rows: CatalogRow[]): string[] {
  return rows.map((r) => (r.value === null ? TXT : r.unit === "%" ? PCT : r.unit === "mnkr" ? MNKR : NUM));
}

export const ATTRIBUTION =
  "Källor: Region Västmanland (2025), Utvärdering av intraprenaden Närvården; Ramboll för Praktikertjänst (2025), Miljardreform utan styrfart. Siffror återges som rapporterna anger dem.";

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Value formats per table row for the observation tables (Värde column), keyed by table name. */
  rowFormats: Record<string, string[]>;
}

function observationTable(key: string, name: string, rows: CatalogRow[]): TablePlan {
  return { key, name, columns: OBS_COLUMNS, rows: obsRows(rows), keyColumns: ["Id"] };
}

export function referencePlan(cat: Catalog): WorkbookPlan {
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

  sheets.push({
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
  });

  const audit = runAudit(cat.data);
  sheets.push({
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
        rows: audit.map(auditRow),
      },
    ],
    charts: [],
  });

  sheets.push({
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
  });
  return { sheets, rowFormats };
}

function val(cat: Catalog, id: string): number | "" {
  return cat.observation(id)?.value ?? "";
}

/** Wide tables that feed the charts, and the charts themselves, on one sheet "Diagram". */
export function chartPlan(cat: Catalog): SheetPlan {
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const grants: TablePlan = {
    key: "diagram_statsbidrag",
    name: "PV_Diagram_Statsbidrag",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Regioner", format: MNKR, width: 80 },
      { header: "Kommuner", format: MNKR, width: 80 },
      { header: "SKR", format: MNKR, width: 60 },
    ],
    rows: years.map((y) => [
      String(y),
      val(cat, `regioner.statsbidrag.${y}`),
      val(cat, `kommuner.statsbidrag.${y}`),
      val(cat, `skr.statsbidrag.${y}`),
    ]),
  };
  const shareRows: PlanCell[][] = [];
  for (const ent of ["jamtland", "kalmar", "stockholm", "regioner"]) {
    for (const o of cat.series("primarvard_andel", ent)) {
      const s = parsePeriod(o.period);
      if (!s || s.from === s.to) continue;
      const lo = percentToFraction((o.min ?? o.value)!);
      const hi = percentToFraction((o.max ?? o.value)!);
      const label = `${cat.entity(ent).name}${ent === "regioner" ? " (medel)" : ""} ${o.period}`;
      if (!shareRows.some((r) => r[0] === label)) shareRows.push([label, lo, hi]);
    }
  }
  const shares: TablePlan = {
    key: "diagram_andel",
    name: "PV_Diagram_Primarvardsandel",
    columns: [
      { header: "Region och period", format: TXT, width: 170 },
      { header: "Lägsta", format: PCT, width: 70 },
      { header: "Högsta", format: PCT, width: 70 },
    ],
    rows: shareRows,
  };
  const nv = (ind: string, y: number): number | "" => {
    const hit = cat.series(ind, "narvarden").find((o) => {
      const s = parsePeriod(o.period);
      return s && s.from <= y && y <= s.to && o.value !== undefined;
    });
    return hit ? percentToFraction(hit.value!) : "";
  };
  const trends: TablePlan = {
    key: "diagram_narvarden",
    name: "PV_Diagram_Narvarden",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Inhyrd personal", format: PCT, width: 90 },
      { header: "Sjukfrånvaro", format: PCT, width: 90 },
      { header: "Telefontillgänglighet", format: PCT, width: 110 },
    ],
    rows: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map((y) => [
      String(y),
      nv("hyrpersonal_andel", y),
      nv("sjukfranvaro", y),
      nv("telefontillganglighet", y),
    ]),
  };
  const core = (ind: string, y: number): number | "" => {
    const o = cat.series(ind, "riket").find((x) => x.period === String(y));
    return o?.value !== undefined ? percentToFraction(o.value) : "";
  };
  const national: TablePlan = {
    key: "diagram_karnindikatorer",
    name: "PV_Diagram_Karnindikatorer",
    columns: [
      { header: "År", format: TXT, width: 60 },
      { header: "Medicinsk bedömning inom 3 dagar", format: PCT, width: 110 },
      { header: "Förtroende för sjukvården", format: PCT, width: 110 },
      { header: "Delaktighet", format: PCT, width: 90 },
    ],
    rows: [2019, 2020, 2021, 2023].map((y) => [
      String(y),
      core("medicinsk_bedomning_3d", y),
      core("fortroende_sjukvard", y),
      core("delaktighet", y),
    ]),
  };
  const waterfall = traceChartTable(cat);
  return {
    key: "diagram",
    name: "Diagram",
    title: "Diagram",
    subtitle: "Diagrammen bygger på tabellerna bredvid dem. Tomma celler = rapporten anger inget värde.",
    attribution: ATTRIBUTION,
    tables: [grants, shares, trends, national, waterfall],
    charts: [
      {
        key: "statsbidrag",
        name: "PV_Chart_Statsbidrag",
        kind: "ColumnClustered",
        table: grants.name,
        columns: ["År", "Regioner", "Kommuner", "SKR"],
        title: "Statsbidrag för God och nära vård per mottagare",
        xTitle: "År",
        yTitle: "mnkr",
      },
      {
        key: "andel",
        name: "PV_Chart_Primarvardsandel",
        kind: "ColumnClustered",
        table: shares.name,
        columns: ["Region och period", "Lägsta", "Högsta"],
        title: "Primärvårdens andel av hälso- och sjukvårdsbudgeten (lägsta–högsta)",
        xTitle: "Region och period",
        yTitle: "Andel (%)",
      },
      {
        key: "narvarden",
        name: "PV_Chart_Narvarden",
        kind: "LineMarkers",
        table: trends.name,
        columns: ["År", "Inhyrd personal", "Sjukfrånvaro", "Telefontillgänglighet"],
        title: "Närvården 2016–2024: nyckeltal i procent",
        xTitle: "År",
        yTitle: "Andel (%)",
      },
      {
        key: "karnindikatorer",
        name: "PV_Chart_Karnindikatorer",
        kind: "LineMarkers",
        table: national.name,
        columns: ["År", "Medicinsk bedömning inom 3 dagar", "Förtroende för sjukvården", "Delaktighet"],
        title: "Nationella kärnindikatorer (Figur 3)",
        xTitle: "År",
        yTitle: "Andel (%)",
      },
      waterfallChart("vattenfall", "PV_Chart_Bidragsspar", waterfall.name, "Kalmar 2021: statsbidraget från mottaget till ej spårbart"),
    ],
  };
}

/** A waterfall over a table with WATERFALL_COLUMNS; below ExcelApi 1.9 the writer stacks Bas + Höjd instead. */
function waterfallChart(key: string, name: string, table: string, title: string, anchor?: string): ChartPlan {
  return {
    key,
    name,
    kind: "Waterfall",
    table,
    columns: ["Steg", "Belopp"],
    fallbackColumns: ["Bas", "Höjd"],
    title,
    xTitle: "Steg",
    yTitle: "mnkr",
    anchor,
  };
}

const WATERFALL_COLUMNS: ColumnPlan[] = [
  { header: "Steg", format: TXT, width: 140 },
  { header: "Belopp", format: MNKR, width: 70 },
  { header: "Bas", format: MNKR, width: 60 },
  { header: "Höjd", format: MNKR, width: 60 },
];

/** Received → each category (negative) → untraced (negative), ending at zero; plus base/height for the fallback. */
function traceChartTable(cat: Catalog): TablePlan {
  const acc = cat.data.grantAccounts.find((a) => a.id === "kalmar-2021")!;
  const first = (ids: string[]) => ids.map((id) => cat.observation(id)?.value).find((v) => v !== undefined);
  const received = first(acc.received) ?? 0;
  const steps: [string, number][] = [["Mottaget", received]];
  const level = new DecimalSum().add(received);
  for (const c of acc.categories) {
    const v = first(c.amounts);
    if (v === undefined) continue;
    steps.push([c.name, -v]);
    level.add(-v);
  }
  steps.push(["Ej spårbart", -level.value()]);
  // Each bar floats at the running level after its step; the first starts from the axis.
  const running = new DecimalSum();
  const rows = steps.map(([name, delta], i) => {
    const base = running.add(delta).value();
    return [name, delta, i === 0 ? 0 : Math.max(0, base), Math.abs(delta)];
  });
  return {
    key: "diagram_vattenfall",
    name: "PV_Diagram_Bidragsspar",
    columns: WATERFALL_COLUMNS,
    rows,
  };
}

export const LEDGER_HEADERS = ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"] as const;

/** The controller's own grant ledger: empty table, a received-amount cell, GRANT_TRACE and its waterfall. */
export function ledgerPlan(): SheetPlan {
  const T = "PV_Huvudbok";
  const bel = `${T}[Belopp]`;
  const linked = `SUMIFS(${bel},${T}[Aktivitet],"<>",${T}[Resultatindikator],"<>",${T}[Utfall],"<>")`;
  // Chart data as formulas: received → linked → other booked → untraced (ends at zero).
  const chart: TablePlan = {
    key: "huvudbok_diagram",
    name: "PV_Huvudbok_Diagram",
    formulas: true,
    columns: WATERFALL_COLUMNS,
    rows: [
      ["Mottaget", "=$I$3", 0, "=ABS([@Belopp])"],
      ["Kopplat till aktivitet och resultat", `=-${linked}`, `=$I$3+[@Belopp]`, "=ABS([@Belopp])"],
      ["Övrigt bokfört", `=-(SUM(${bel})-${linked})`, `=$I$3-SUM(${bel})`, "=ABS([@Belopp])"],
      ["Ej spårbart", `=-($I$3-SUM(${bel}))`, 0, "=ABS([@Belopp])"],
    ],
  };
  return {
    key: "huvudbok",
    name: "Bidragshuvudbok",
    title: "Bidragshuvudbok – följ statsbidraget från mål till resultat",
    subtitle: "Fyll i en rad per bokförd post. Ange mottaget belopp i I3. GRANT_TRACE och diagrammet uppdateras direkt.",
    attribution: "Kedjan Mål – Aktivitet – Resursanvändning – Resultat följer Rambolls rekommendation (2025, avsnitt 4.2).",
    tables: [
      {
        key: "huvudbok",
        name: T,
        columns: [
          { header: "Mål", format: TXT, width: 160 },
          { header: "Aktivitet", format: TXT, width: 180 },
          { header: "Kostnadspost", format: TXT, width: 130 },
          { header: "Belopp", format: MNKR, width: 80 },
          { header: "Resultatindikator", format: TXT, width: 150 },
          { header: "Utfall", format: TXT, width: 90 },
        ],
        rows: [["", "", "", "", "", ""]],
        userData: true,
      },
      { ...chart, anchor: "P3" },
    ],
    charts: [
      waterfallChart("huvudbok_vattenfall", "PV_Chart_Huvudbok", chart.name, "Statsbidraget: mottaget, spårbart och ej spårbart", "H18"),
    ],
    cells: [
      // Wide enough for the labels: I3 holds a value, so "Mottaget (mnkr):" cannot run over into it.
      { address: "H3", value: "Mottaget (mnkr):", label: "label", width: 100 },
      { address: "I3", value: 0, format: MNKR, input: true },
      { address: "H4", value: "Spårbarhet:", label: "label" },
      { address: "I4", value: `=IFERROR(PV.SPARBARHET(${T}[#All],I3),"")`, format: PCT },
      { address: "H6", value: `=PV.GRANT_TRACE(${T}[#All],I3)` },
    ],
    decimalColumns: [{ table: T, column: "Belopp" }],
  };
}

/** One indicator for one entity on its own sheet, optionally with a chart (the catalogue's row actions). */
export function indicatorPlan(
  cat: Catalog,
  indicatorId: string,
  entityId: string,
  withChart: boolean,
): { sheet: SheetPlan; rowFormats: Record<string, string[]> } {
  const ind = cat.indicator(indicatorId);
  const ent = cat.entity(entityId);
  const rows = catalogRows(cat).filter((r) => r.indicator === ind.id && r.entity === ent.id);
  const safe = `${ind.id}_${ent.id}`.replace(/[^A-Za-z0-9_]/g, "_");
  const tableName = `PV_I_${safe}`.slice(0, 250);
  const key = `ind_${safe}`;
  const sheetName = `${ind.name.slice(0, 18)} – ${ent.name}`.slice(0, 31).replace(/[\\/?*[\]:]/g, "-");
  const table = observationTable(key, tableName, rows);
  const valued = rows.filter((r) => r.value !== null && r.period !== null);
  const charts: ChartPlan[] = [];
  const tables = [table];
  if (withChart && valued.length > 0) {
    const data: TablePlan = {
      key: `${key}_diagram`,
      name: `${tableName}_Diagram`,
      columns: [
        { header: "Period", format: TXT, width: 90 },
        {
          header: ind.unit === "%" ? "Andel" : `Värde (${ind.unit})`,
          format: ind.unit === "%" ? PCT : ind.unit === "mnkr" ? MNKR : NUM,
          width: 90,
        },
      ],
      rows: valued.map((r) => [
        r.period! + (r.dimension ? ` ${r.dimension}` : ""),
        ind.unit === "%" ? percentToFraction(r.value!) : r.value!,
      ]),
    };
    tables.push(data);
    charts.push({
      key: `${key}_chart`,
      name: `PV_Chart_${safe}`.slice(0, 250),
      kind: valued.length > 2 ? "LineMarkers" : "ColumnClustered",
      table: data.name,
      columns: data.columns.map((c) => c.header),
      title: `${ind.name} – ${ent.name}`,
      xTitle: "Period",
      yTitle: ind.unit,
    });
  }
  return {
    sheet: {
      key,
      name: sheetName,
      title: `${ind.name} – ${ent.name}`,
      subtitle: `${rows.length} uppgifter ur rapporterna.`,
      attribution: ATTRIBUTION,
      tables,
      charts,
    },
    rowFormats: { [tableName]: valueFormats(rows) },
  };
}
