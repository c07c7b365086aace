/**
 * The follow-up model in the workbook, as plain data both executors write:
 * - the mapping tables the controller edits (Kostnadsslag: account range → cost type; Insatsområden: the
 *   year's areas and project [→ activity object] → area), and the results table (indicators per area);
 * - the ledger's computed columns Kostnadsslag and Insatsområde, ordinary formulas over those tables;
 * - the sheet Återrapportering: the Kammarkollegiet view, the Socialstyrelsen view with results, the crosswalk
 *   cost type × insatsområde with its check cells, what is not mapped, and traceability.
 * Every figure on the report is an ordinary formula (SUMIFS, SUMPRODUCT, COUNTIFS, INDEX/MATCH, LOOKUP) over
 * the ledger and the mapping tables: no custom function, XLOOKUP, LET, LAMBDA, FILTER or UNIQUE, so it
 * recalculates when a mapping changes, for a colleague without the add-in, and in LibreOffice 7.4.
 */
import {
  COST_TYPES,
  UNCLASSIFIED,
  UNMAPPED_AREA as UNMAPPED,
  type AreaMapping,
  type CostRule,
  type ResultIndicator,
} from "../followup/types";
import { crosswalk } from "../followup/model";
import { modelRow } from "../followup/fromBooks";
import { findRegion } from "../kolada/regions";
import { SIE_LEDGER_COLUMNS, type FollowupLedgerColumn, type SieLedgerColumn } from "../ledger/columns";
import { mergeLedger, type Provenance } from "../sie/ledgerMerge";
import type { LedgerRow } from "../sie/ledger";
import { SIE_TABLE, sieLedgerPlan } from "./sieLedgerPlan";
import type { PagePlan } from "./page";
import { address as cellAddress, columnLetter, parseAddress } from "./layout";
import { FORMATS, type PlanCell, type SheetPlan, type TablePlan } from "./plan";

/** Kronor without öre on the report; the ledger keeps öre. */
export const KR = "#,##0";
const TXT = FORMATS.text;
const PCT = FORMATS.pct;
const NUM = FORMATS.num;

export { UNCLASSIFIED, UNMAPPED };
export const OVERLAP = "Överlappande intervall";
export const DOUBLE_MAPPED = "Dubbel koppling";
export const KOLADA_NOT_LOADED = "Kolada-data ej laddad";
export const KOLADA_NO_VALUE = "Ingen uppgift i Kolada";
export const NO_ACTUAL = "Inget utfall";

export const TABLES = {
  costTypes: "PV_Kostnadsslag",
  areas: "PV_Insatsomraden",
  projects: "PV_Insatser",
  results: "PV_Resultat",
} as const;

export const SHEETS = {
  costTypes: "Kostnadsslag",
  areas: "Insatsområden",
  results: "Resultat",
  report: "Återrapportering",
} as const;

/** The ledger's columns the formulas read (names as the SIE ledger has them) and the two it gains. */
const col = <N extends SieLedgerColumn | FollowupLedgerColumn>(name: N) => name;
export const LEDGER = {
  amount: col("Belopp (kr)"),
  account: col("Konto"),
  project: col("Projekt"),
  activity: col("Aktivitetsobjekt"),
  costType: col("Kostnadsslag"),
  area: col("Insatsområde"),
} as const;

/** What the add-in knows about Kolada when it writes the results table. */
export interface KoladaState {
  loaded: boolean;
  /** Kolada's region id ("0023"), or null when the region is not known. */
  region: string | null;
  regionName: string;
  /** Fetch date (ISO) of a KPI's data, undefined when it has none. */
  fetchedAt: (kpi: string) => string | undefined;
}

/** A ledger account or project as it stands when the report is written (for the not-mapped lists). */
export interface LedgerItem {
  code: string;
  name: string;
  /** Kronor. */
  amount: number;
}

export interface FollowupInput {
  year: number;
  /** Received grant in kronor; null: not known, the cell is left for the controller. */
  received: number | null;
  /** The reporting cost types in the order Kammarkollegiet lists them (without Ej klassat). */
  costTypes: readonly string[];
  rules: readonly CostRule[];
  /** The preset the rules were seeded from, and its source. */
  preset: { name: string; source: string };
  /** The areas of the year's agreement (and the controller's own), in report order. */
  areas: readonly { name: string; source: string }[];
  mappings: readonly AreaMapping[];
  results: readonly ResultIndicator[];
  /** Years with an Utfall column in the results table. */
  resultYears: readonly number[];
  kolada: KoladaState;
  /** The ledger table the formulas read. */
  ledgerTable: string;
  /** Project names for the mapping table. */
  projectNames?: ReadonlyMap<string, string>;
  /** Every project and account of the ledger, for the report's lists. */
  projects: readonly LedgerItem[];
  accounts: readonly LedgerItem[];
  /** Accounts no rule classifies, and projects no mapping covers, as the model found them. */
  unclassified: readonly LedgerItem[];
  unmapped: readonly LedgerItem[];
}

// ---------------------------------------------------------------- mapping tables

const costTypeTable = (rules: readonly CostRule[]): TablePlan => ({
  key: "kostnadsslag",
  name: TABLES.costTypes,
  columns: [
    { header: "Från konto", format: "0", width: 70 },
    { header: "Till konto", format: "0", width: 70 },
    { header: "Kostnadsslag", format: TXT, width: 170 },
  ],
  rows: rules.length ? rules.map((r) => [r.from, r.to, r.costType]) : [["", "", ""]],
  userData: true,
});

/** The sheet with the account ranges: seeded from a preset, then the controller's. */
export function costTypeSheet(input: Pick<FollowupInput, "rules" | "preset" | "costTypes">): SheetPlan {
  return {
    key: "kostnadsslag",
    name: SHEETS.costTypes,
    title: "Kostnadsslag: konto → Kammarkollegiets kostnadsslag",
    subtitle: `Ett kontointervall per rad (från–till, båda med). Förslag ur ${input.preset.name}; ändra och lägg till rader fritt. Kostnadsslagen i rapporten: ${input.costTypes.join(", ")}. Konton utan rad blir "${UNCLASSIFIED}".`,
    attribution: `Förslaget bygger på ${input.preset.source}`,
    tables: [costTypeTable(input.rules)],
    charts: [],
    page: { orientation: "portrait", fitToWidth: 1, titleRows: [1, 4] },
  };
}

/** The sheet with the year's areas (the agreement's, and the controller's own) and the project → area mapping. */
export function areaSheet(input: Pick<FollowupInput, "areas" | "mappings" | "year" | "projectNames">): SheetPlan {
  return {
    key: "insatsomraden",
    name: SHEETS.areas,
    title: `Insatsområden ${input.year}: projekt → insatsområde`,
    subtitle: `Till vänster årets insatsområden (lägg till egna). Till höger ett projekt per rad, eller projekt och aktivitetsobjekt där ett projekt delas mellan områden. Projekt utan rad blir "${UNMAPPED}".`,
    attribution: "Insatsområdena följer årets överenskommelse mellan staten och SKR om God och nära vård, eller regionens egna rubriker.",
    tables: [
      {
        key: "insatsomraden",
        name: TABLES.areas,
        columns: [
          { header: "Insatsområde", format: TXT, width: 260 },
          { header: "Källa", format: TXT, width: 200 },
        ],
        rows: input.areas.length ? input.areas.map((a) => [a.name, a.source]) : [["", ""]],
        userData: true,
      },
      {
        key: "insatser",
        name: TABLES.projects,
        anchor: "D4",
        columns: [
          { header: "Projekt", format: TXT, width: 70 },
          { header: "Projektnamn", format: TXT, width: 180 },
          { header: "Aktivitetsobjekt", format: TXT, width: 90 },
          { header: "Insatsområde", format: TXT, width: 260 },
        ],
        rows: input.mappings.length
          ? input.mappings.map((m) => [m.project, input.projectNames?.get(m.project) ?? "", m.activity ?? "", m.area])
          : [["", "", "", ""]],
        userData: true,
      },
    ],
    charts: [],
    page: { orientation: "landscape", fitToWidth: 1, titleRows: [1, 4] },
  };
}

// ---------------------------------------------------------------- results table

export const RESULT_AREA = "Insatsområde eller projekt";
const RESULT_HEAD = [
  RESULT_AREA,
  "Indikator",
  "Kolada-KPI",
  "Enhet",
  "Högre är bättre",
  "Summeras över år",
  "Basår",
  "Basvärde",
  "Målår",
  "Målvärde",
] as const;

const actualHeader = (y: number) => `Utfall ${y}`;

/** Latest actual (or the sum, for an indicator that adds up) over the Utfall columns, as a row formula. */
function latestFormula(years: readonly number[]): { value: string; year: string; has: string } {
  const ref = (y: number) => `[@[${actualHeader(y)}]]`;
  const desc = [...years].sort((a, b) => b - a);
  const nest = (pick: (y: number) => string) =>
    desc.reduceRight((inner, y) => `IF(ISNUMBER(${ref(y)}),${pick(y)},${inner})`, `"${NO_ACTUAL}"`);
  const all = years.map(ref).join(",");
  return {
    value: `=IF(COUNT(${all})=0,"${NO_ACTUAL}",IF([@[Summeras över år]]="Ja",SUM(${all}),${nest(ref)}))`,
    year: `=${nest((y) => String(y))}`,
    has: `=IF(COUNT(${all})>0,"Ja","Nej")`,
  };
}

/** The formula (or text) for one Kolada actual: PV.KOLADA over the loaded data, or a plain statement why not. */
function koladaActual(kpi: string, year: number, k: KoladaState): PlanCell {
  if (!k.loaded) return KOLADA_NOT_LOADED;
  if (!k.region) return "Region okänd för Kolada";
  return `=IFERROR(PV.KOLADA("${kpi}","${k.region}",${year}),"${KOLADA_NO_VALUE}")`;
}

const isKolada = (kpi: string) => /^[A-Z]\d{5}$/.test(kpi.trim().toUpperCase());

export function resultsTable(results: readonly ResultIndicator[], years: readonly number[], k: KoladaState): TablePlan {
  const latest = latestFormula(years);
  const yn = (b: boolean) => (b ? "Ja" : "Nej");
  const rows: PlanCell[][] = results.map((r) => {
    const kolada = isKolada(r.kpi);
    const fetched = kolada ? k.fetchedAt(r.kpi.toUpperCase()) : undefined;
    const source = kolada
      ? k.loaded
        ? `Kolada ${r.kpi.toUpperCase()}, ${k.regionName}${fetched ? `, hämtad ${fetched.slice(0, 10)}` : ", ej hämtad"}`
        : `Kolada ${r.kpi.toUpperCase()}: ${KOLADA_NOT_LOADED.toLowerCase()}`
      : "Eget mått: regionens egen uppföljning";
    return [
      r.area,
      r.indicator,
      kolada ? r.kpi.toUpperCase() : "eget",
      r.unit,
      r.higherIsBetter === null ? "" : yn(r.higherIsBetter),
      yn(r.cumulative),
      r.baseline?.year ?? "",
      r.baseline?.value ?? "",
      r.target?.year ?? "",
      r.target?.value ?? "",
      ...years.map((y) => (kolada ? koladaActual(r.kpi.toUpperCase(), y, k) : (r.actuals[y] ?? ""))),
      latest.value,
      latest.year,
      latest.has,
      source,
    ];
  });
  return {
    key: "resultat",
    name: TABLES.results,
    formulas: true,
    columns: [
      ...RESULT_HEAD.map((header) => ({
        header,
        format: ["Basvärde", "Målvärde"].includes(header) ? NUM : ["Basår", "Målår"].includes(header) ? "0" : TXT,
        width: header === "Indikator" ? 220 : header === RESULT_AREA ? 200 : 70,
      })),
      ...years.map((y) => ({ header: actualHeader(y), format: NUM, width: 70 })),
      { header: "Senaste utfall", format: NUM, width: 80 },
      { header: "Utfallsår", format: "0", width: 60 },
      { header: "Har utfall", format: TXT, width: 60 },
      { header: "Källa", format: TXT, width: 220 },
    ],
    rows: rows.length ? rows : [[...RESULT_HEAD.map(() => ""), ...years.map(() => ""), latest.value, latest.year, latest.has, ""]],
    userData: true,
  };
}

export function resultsSheet(input: Pick<FollowupInput, "results" | "resultYears" | "kolada" | "year">): SheetPlan {
  return {
    key: "resultat",
    name: SHEETS.results,
    title: "Resultat: indikatorer per insatsområde",
    subtitle: `En rad per indikator. Kolada-KPI: utfallen är formler över PV.KOLADA (källa och hämtdatum i Källa). "eget": skriv in utfallen. ${KOLADA_NOT_LOADED} betyder att värdet saknas, inte att det är 0.`,
    attribution: "Resultatkedjan Mål – Aktivitet – Resurser – Resultat följer Rambolls rekommendation (2025, avsnitt 3.3 och 4.2).",
    tables: [resultsTable(input.results, input.resultYears, input.kolada)],
    charts: [],
    page: { orientation: "landscape", fitToWidth: 1, titleRows: [1, 4] },
  };
}

// ---------------------------------------------------------------- ledger columns

/** The two columns the ledger gains: ordinary formulas over the mapping tables, one per row. */
export function ledgerFormulas(): { header: string; formula: string; format: string; width: number }[] {
  const K = TABLES.costTypes;
  const from = `${K}[Från konto]`;
  const to = `${K}[Till konto]`;
  const acc = `[@${LEDGER.account}]`;
  const hits = `COUNTIFS(${from},"<="&${acc},${to},">="&${acc})`;
  const rowOf = (cond: string, first: string) => `SUMPRODUCT(${cond}*(ROW(${first})-ROW(INDEX(${first},1))+1))`;
  const inRange = `(${from}<=--${acc})*(${to}>=--${acc})`;
  const costType =
    `=IF(${acc}="","${UNCLASSIFIED}",IF(${hits}=1,INDEX(${K}[Kostnadsslag],${rowOf(inRange, from)})&"",` +
    `IF(${hits}>1,"${OVERLAP}","${UNCLASSIFIED}")))`;

  const P = TABLES.projects;
  const proj = `${P}[Projekt]`;
  const act = `${P}[Aktivitetsobjekt]`;
  // A row without an area maps nothing (so the empty row of a new table does not claim the project "").
  const hasArea = `(${P}[Insatsområde]<>"")`;
  const exact = `(${proj}=[@${LEDGER.project}]&"")*(${act}=[@${LEDGER.activity}]&"")*(${act}<>"")*${hasArea}`;
  const whole = `(${proj}=[@${LEDGER.project}]&"")*(${act}="")*${hasArea}`;
  const pick = (cond: string) => `INDEX(${P}[Insatsområde],${rowOf(cond, proj)})&""`;
  const area =
    `=IF(SUMPRODUCT(${exact})=1,${pick(exact)},IF(SUMPRODUCT(${whole})=1,${pick(whole)},` +
    `IF(SUMPRODUCT(${exact})+SUMPRODUCT(${whole})>1,"${DOUBLE_MAPPED}","${UNMAPPED}")))`;
  return [
    { header: LEDGER.costType, formula: costType, format: TXT, width: 150 },
    { header: LEDGER.area, formula: area, format: TXT, width: 200 },
  ];
}

// ---------------------------------------------------------------- the report

type Cell = NonNullable<SheetPlan["cells"]>[number];

/** Rows and cells of the report as they are laid down, top to bottom. */
class Sheet {
  cells: Cell[] = [];
  row = 5;
  put(col: number, value: PlanCell, format?: string, label?: string, input?: boolean): string {
    const address = `${columnLetter(col)}${this.row}`;
    this.cells.push({ address, value, ...(format ? { format } : {}), ...(label ? { label } : {}), ...(input ? { input } : {}) });
    return address;
  }
  heading(text: string): void {
    this.row++;
    this.put(0, text, undefined, "section");
    this.row++;
  }
  header(texts: string[]): void {
    texts.forEach((t, j) => this.put(j, t, undefined, "header"));
    this.row++;
  }
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Where the report's key figures are, for tests, the pane and the README. */
export interface ReportCells {
  received: string;
  used: string;
  unspent: string;
  costTypes: Record<string, string>;
  areas: Record<string, string>;
  /** Crosswalk cell per "costType|area". */
  matrix: Record<string, string>;
  grandTotal: string;
  ledgerTotal: string;
  difference: string;
  rowCheck: string;
  columnCheck: string;
  status: string;
  traceability: string;
  /** Latest actual per results row (same order as the input). */
  latest: string[];
}

/**
 * Long because: the sheet is laid down top to bottom and each section's row numbers feed the formulas of the
 * next (shares of the views' sums, the crosswalk's checks against both views, traceability over the projects).
 */
export function reportSheet(input: FollowupInput): { sheet: SheetPlan; cells: ReportCells } {
  const L = input.ledgerTable;
  const amount = `${L}[${LEDGER.amount}]`;
  const lct = `${L}[${LEDGER.costType}]`;
  const lar = `${L}[${LEDGER.area}]`;
  const R = TABLES.results;
  const s = new Sheet();
  const costTypes = [...input.costTypes, UNCLASSIFIED];
  const areas = [...input.areas.map((a) => a.name), UNMAPPED];

  s.put(0, "Bidragsår", undefined, "label");
  s.put(1, input.year, "0");
  s.row++;
  s.put(0, "Mottaget statsbidrag (kr)", undefined, "label");
  const received = s.put(1, input.received ?? "", KR, undefined, true);
  s.put(2, input.received === null ? "Fyll i beloppet som betalats ut för året." : "Ändra om utbetalningen var en annan.");
  s.row++;
  s.put(0, "Huvudboken totalt (kr)", undefined, "label");
  const ledgerTotal = s.put(1, `=SUM(${amount})`, KR);
  s.row++;

  // 1. Kammarkollegiet
  s.heading("1. Kammarkollegiet: förbrukat per kostnadsslag");
  s.header(["Kostnadsslag", "Belopp (kr)", "Andel", "Huvudboksrader"]);
  const ctCells: Record<string, string> = {};
  const ctFirst = s.row;
  for (const ct of costTypes) {
    s.put(0, ct);
    ctCells[ct] = s.put(1, `=SUMIFS(${amount},${lct},$A${s.row})`, KR);
    s.put(2, `=IF($B$${ctFirst + costTypes.length}=0,"",B${s.row}/$B$${ctFirst + costTypes.length})`, PCT);
    s.put(3, `=COUNTIFS(${lct},$A${s.row})`, "0");
    s.row++;
  }
  s.put(0, "Summa förbrukat", undefined, "label");
  const used = s.put(1, `=SUM(B${ctFirst}:B${s.row - 1})`, KR);
  s.row++;
  s.put(0, "Mottaget", undefined, "label");
  s.put(1, `=${received}`, KR);
  s.row++;
  s.put(0, "Ej förbrukat (mottaget − förbrukat)", undefined, "label");
  const unspent = s.put(1, `=IF(${received}="","",${received}-${used})`, KR);
  s.row++;

  // 2. Socialstyrelsen
  s.heading("2. Socialstyrelsen: förbrukat per insatsområde");
  s.header(["Insatsområde", "Belopp (kr)", "Andel", "Projekt kopplade"]);
  const arCells: Record<string, string> = {};
  const arFirst = s.row;
  for (const a of areas) {
    s.put(0, a);
    arCells[a] = s.put(1, `=SUMIFS(${amount},${lar},$A${s.row})`, KR);
    s.put(2, `=IF($B$${arFirst + areas.length}=0,"",B${s.row}/$B$${arFirst + areas.length})`, PCT);
    s.put(3, a === UNMAPPED ? "" : `=COUNTIFS(${TABLES.projects}[Insatsområde],$A${s.row})`, "0");
    s.row++;
  }
  s.put(0, "Summa förbrukat", undefined, "label");
  s.put(1, `=SUM(B${arFirst}:B${s.row - 1})`, KR);
  s.row++;

  s.row++;
  s.put(0, "Projekten", undefined, "label");
  s.row++;
  s.header(["Projekt", "Projektnamn", "Insatsområde", "Belopp (kr)", "Spårbar"]);
  const pFirst = s.row;
  for (const p of input.projects) {
    s.put(0, p.code, TXT);
    s.put(1, p.name, TXT);
    s.put(2, `=IFERROR(INDEX(${lar},MATCH($A${s.row},${L}[${LEDGER.project}],0)),"${UNMAPPED}")`);
    s.put(3, `=SUMIFS(${amount},${L}[${LEDGER.project}],$A${s.row})`, KR);
    s.put(
      4,
      `=IF(AND(C${s.row}<>"${UNMAPPED}",COUNTIFS(${R}[${RESULT_AREA}],C${s.row},${R}[Har utfall],"Ja")+COUNTIFS(${R}[${RESULT_AREA}],$A${s.row},${R}[Har utfall],"Ja")>0),"Ja","Nej")`,
    );
    s.row++;
  }
  const pLast = s.row - 1;

  s.row++;
  s.put(0, "Resultat per insatsområde", undefined, "label");
  s.row++;
  s.header([RESULT_AREA, "Indikator", "Enhet", "Basår", "Basvärde", "Senaste utfall", "Utfallsår", "Målvärde", "Målår", "Riktning"]);
  const latest: string[] = [];
  input.results.forEach((_, i) => {
    const k = i + 1;
    const at = (col: string) => `INDEX(${R}[${col}],${k})`;
    s.put(0, `=${at(RESULT_AREA)}&""`);
    s.put(1, `=${at("Indikator")}&""`);
    s.put(2, `=${at("Enhet")}&""`);
    s.put(3, `=IF(${at("Basår")}="","",${at("Basår")})`, "0");
    s.put(4, `=IF(${at("Basvärde")}="","",${at("Basvärde")})`, NUM);
    latest.push(s.put(5, `=${at("Senaste utfall")}`, NUM));
    s.put(6, `=${at("Utfallsår")}`, "0");
    s.put(7, `=IF(${at("Målvärde")}="","",${at("Målvärde")})`, NUM);
    s.put(8, `=IF(${at("Målår")}="","",${at("Målår")})`, "0");
    const r = s.row;
    s.put(
      9,
      `=IF(NOT(ISNUMBER(F${r})),"Saknar utfall",IF(NOT(ISNUMBER(E${r})),"Ingen basnivå",IF(F${r}=E${r},"Oförändrat",IF(${at("Högre är bättre")}="","Ingen riktning angiven",IF((F${r}>E${r})=(${at("Högre är bättre")}="Ja"),"Bättre","Sämre")))))` +
        `&IF(AND(ISNUMBER(F${r}),ISNUMBER(H${r}),${at("Högre är bättre")}<>""),IF(IF(${at("Högre är bättre")}="Ja",F${r}>=H${r},F${r}<=H${r}),", målet nått",", målet ej nått"),"")`,
    );
    s.row++;
  });
  if (!input.results.length) {
    s.put(0, "Inga resultatindikatorer ännu: lägg till dem på bladet Resultat och skriv rapporten igen.");
    s.row++;
  }

  // 3. Crosswalk
  s.heading("3. Korstabell: kostnadsslag × insatsområde");
  s.header(["Kostnadsslag \\ Insatsområde", ...areas, "Summa"]);
  const head = s.row - 1;
  const xFirst = s.row;
  const matrix: Record<string, string> = {};
  const sumCol = areas.length + 1;
  for (const ct of costTypes) {
    s.put(0, ct);
    areas.forEach((a, j) => {
      const col = columnLetter(j + 1);
      matrix[`${ct}|${a}`] = s.put(j + 1, `=SUMIFS(${amount},${lct},$A${s.row},${lar},${col}$${head})`, KR);
    });
    s.put(sumCol, `=SUM(B${s.row}:${columnLetter(areas.length)}${s.row})`, KR);
    s.row++;
  }
  s.put(0, "Summa", undefined, "label");
  for (let j = 1; j <= sumCol; j++) s.put(j, `=SUM(${columnLetter(j)}${xFirst}:${columnLetter(j)}${s.row - 1})`, KR);
  const grandTotal = `${columnLetter(sumCol)}${s.row}`;
  const xLast = s.row - 1;
  s.row += 2;
  s.put(0, "Avstämning", undefined, "label");
  s.row++;
  s.put(0, "Radsummor − Kammarkollegiet-vyn");
  const rowCheck = s.put(1, `=SUM(${columnLetter(sumCol)}${xFirst}:${columnLetter(sumCol)}${xLast})-${used}`, KR);
  s.row++;
  s.put(0, "Kolumnsummor − Socialstyrelsen-vyn");
  const columnCheck = s.put(1, `=SUM(B${xLast + 1}:${columnLetter(areas.length)}${xLast + 1})-B${arFirst + areas.length}`, KR);
  s.row++;
  s.put(0, "Differens: huvudboken − korstabellen (0 = avstämt)", undefined, "label");
  const difference = s.put(1, `=${ledgerTotal}-${grandTotal}`, KR);
  s.row++;
  s.put(0, "Status", undefined, "label");
  const status = s.put(
    1,
    `=IF(AND(ROUND(${difference},2)=0,ROUND(${rowCheck},2)=0,ROUND(${columnCheck},2)=0),"Avstämt","Stämmer inte: se differensen och listorna nedan")`,
  );
  s.row++;

  // 4. Not mapped
  s.heading("4. Det som inte är kopplat");
  // Live: rows whose cost type (or area) is none of the report's, whatever the mapping says now.
  const notCostType = input.costTypes.map((c) => `,${lct},"<>"&${q(c)}`).join("");
  const notArea = input.areas.map((a) => `,${lar},"<>"&${q(a.name)}`).join("");
  s.put(0, "Huvudboksrader utan kostnadsslag nu");
  s.put(1, `=SUMIFS(${amount}${notCostType})`, KR);
  s.put(2, `=COUNTIFS(${L}[${LEDGER.account}],"<>"${notCostType})&" rader"`);
  s.row++;
  s.put(0, "Huvudboksrader utan insatsområde nu");
  s.put(1, `=SUMIFS(${amount}${notArea})`, KR);
  s.put(2, `=COUNTIFS(${L}[${LEDGER.account}],"<>"${notArea})&" rader"`);
  s.row++;
  s.row++;
  s.put(0, `Konton utan kostnadsslag när rapporten skrevs`, undefined, "label");
  s.row++;
  s.header(["Konto", "Kontonamn", "Kostnadsslag nu", "Belopp (kr)"]);
  for (const a of input.unclassified) {
    s.put(0, a.code, TXT);
    s.put(1, a.name, TXT);
    s.put(2, `=IFERROR(INDEX(${lct},MATCH($A${s.row},${L}[${LEDGER.account}],0)),"")`);
    s.put(3, `=SUMIFS(${amount},${L}[${LEDGER.account}],$A${s.row})`, KR);
    s.row++;
  }
  if (!input.unclassified.length) {
    s.put(0, "Inga: varje konto har ett kostnadsslag.");
    s.row++;
  }
  s.row++;
  s.put(0, `Projekt utan insatsområde när rapporten skrevs`, undefined, "label");
  s.row++;
  s.header(["Projekt", "Projektnamn", "Insatsområde nu", "Belopp (kr)"]);
  for (const p of input.unmapped) {
    s.put(0, p.code, TXT);
    s.put(1, p.name, TXT);
    s.put(2, `=IFERROR(INDEX(${lar},MATCH($A${s.row},${L}[${LEDGER.project}],0)),"")`);
    s.put(3, `=SUMIFS(${amount},${L}[${LEDGER.project}],$A${s.row})`, KR);
    s.row++;
  }
  if (!input.unmapped.length) {
    s.put(0, "Inga: varje projekt har ett insatsområde.");
    s.row++;
  }

  // 5. Traceability
  s.heading("5. Spårbarhet");
  s.put(0, "Andel av förbrukade medel på projekt med insatsområde och minst en resultatindikator med utfall", undefined, "label");
  const traceability = s.put(
    1,
    input.projects.length ? `=IF(${ledgerTotal}=0,"",SUMIFS(D${pFirst}:D${pLast},E${pFirst}:E${pLast},"Ja")/${ledgerTotal})` : `=""`,
    PCT,
  );
  s.row++;

  // Column widths ride on the first cell of each column.
  const widths: Record<string, number> = { A: 270 };
  for (let j = 1; j <= Math.max(sumCol, 9); j++) widths[columnLetter(j)] = 118;
  const cells = s.cells.map((c) => {
    const col = c.address.replace(/\d+$/, "");
    const w = widths[col];
    if (w === undefined) return c;
    delete widths[col];
    return { ...c, width: w };
  });
  const sheet: SheetPlan = {
    key: "aterrapportering",
    name: SHEETS.report,
    title: `Återrapportering ${input.year}: statsbidraget för God och nära vård`,
    subtitle:
      "Samma huvudbok i båda rapporterna: Kammarkollegiet per kostnadsslag, Socialstyrelsen per insatsområde med resultat, och korstabellen som binder ihop dem. Allt räknas med vanliga formler över huvudboken och kopplingstabellerna.",
    attribution: `Kostnadsslag enligt bladet ${SHEETS.costTypes} (förslag ur ${input.preset.name}); insatsområden enligt bladet ${SHEETS.areas}; resultat enligt bladet ${SHEETS.results}.`,
    tables: [],
    charts: [],
    cells,
    page: { orientation: "landscape", fitToWidth: 1, titleRows: [1, 2], centerHorizontally: true } satisfies PagePlan,
  };
  return {
    sheet,
    cells: {
      received,
      used,
      unspent,
      costTypes: ctCells,
      areas: arCells,
      matrix,
      grandTotal,
      ledgerTotal,
      difference,
      rowCheck,
      columnCheck,
      status,
      traceability,
      latest,
    },
  };
}

/** Every sheet of the follow-up, in the order they are written: mappings and results before the report. */
export function followupPlans(input: FollowupInput): { sheets: SheetPlan[]; cells: ReportCells } {
  const report = reportSheet(input);
  return { sheets: [costTypeSheet(input), areaSheet(input), resultsSheet(input), report.sheet], cells: report.cells };
}

/**
 * The SIE ledger sheet with its rows and the two computed columns, for the .xlsx executor (in Excel the
 * import writes the rows and the follow-up adds the columns to the table that is there).
 */
export function ledgerSheetWithRows(company: string | null, rows: LedgerRow[], prov: Provenance, projects: string[]): SheetPlan {
  const plan = sieLedgerPlan(company);
  const extra = ledgerFormulas();
  const m = mergeLedger(null, rows, prov, projects);
  const table = plan.tables[0];
  plan.tables[0] = {
    ...table,
    formulas: true,
    columns: [...table.columns, ...extra.map((c) => ({ header: c.header, format: c.format, width: c.width }))],
    rows: (m.body.length ? m.body : [table.columns.map(() => "")]).map((r) => [...r, ...extra.map((c) => c.formula)]),
  };
  // The cells beside the table (org. no., GRANT_TRACE, received) move right of the new columns, as the Office.js
  // writer moves them.
  const side = SIE_LEDGER_COLUMNS.length;
  plan.cells = (plan.cells ?? []).map((c) => {
    const at = parseAddress(c.address);
    return at.col === side ? { ...c, address: cellAddress(at.row, side + extra.length) } : c;
  });
  return plan;
}

/** What the plans need from the ledger rows, the chosen mappings and what Kolada holds. */
export type FollowupChoice = Pick<
  FollowupInput,
  "year" | "received" | "rules" | "preset" | "areas" | "mappings" | "results" | "resultYears" | "kolada"
> & { rows: readonly LedgerRow[] };

/** The plan input: the ledger's projects and accounts (kronor), and what the model finds unclassified or unmapped. */
export function followupInput(c: FollowupChoice): FollowupInput {
  const sum = (key: (r: LedgerRow) => string, name: (r: LedgerRow) => string) => {
    const out = new Map<string, { code: string; name: string; ore: number }>();
    for (const r of c.rows) {
      const k = key(r);
      const o = out.get(k) ?? { code: k, name: name(r), ore: 0 };
      o.ore += r.ore;
      out.set(k, o);
    }
    return [...out.values()]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((o) => ({ code: o.code, name: o.name, amount: o.ore / 100 }));
  };
  const projects = sum(
    (r) => r.project,
    (r) => r.projectName,
  );
  const accounts = sum(
    (r) => r.account,
    (r) => r.accountName,
  );
  // The same model UPPFOLJNING and the CLI use (an overlap or a double mapping throws, naming both rows).
  const cw = crosswalk(c.rows.map(modelRow), c.rules, c.mappings, { results: c.results, areaOrder: c.areas.map((a) => a.name) });
  const listed = new Set(c.areas.map((a) => a.name));
  const own = cw.areas.map((a) => a.name).filter((a) => a !== UNMAPPED && !listed.has(a));
  return {
    year: c.year,
    received: c.received,
    costTypes: [...new Set([...COST_TYPES, ...c.rules.map((r) => r.costType).filter((t) => t && t !== UNCLASSIFIED)])],
    rules: c.rules,
    preset: c.preset,
    areas: [...c.areas, ...own.map((name) => ({ name, source: "Egen rubrik (kopplingstabellen)" }))],
    mappings: c.mappings,
    results: c.results,
    resultYears: c.resultYears,
    kolada: c.kolada,
    ledgerTable: SIE_TABLE,
    projectNames: new Map(projects.map((p) => [p.code, p.name])),
    projects,
    accounts,
    unclassified: cw.unclassifiedAccounts.map((u) => ({ code: u.account, name: u.name, amount: u.ore / 100 })),
    unmapped: cw.unmappedProjects.map((u) => ({ code: u.project, name: u.name, amount: u.ore / 100 })),
  };
}

/** What the results table needs from the Kolada store: loaded or not, the region (from the books' company), fetch dates. */
export function koladaState(
  company: string | null,
  store: { loaded: boolean; kpi(id: string): { fetchedAt: string } | undefined },
): KoladaState {
  const region = company ? findRegion(company) : undefined;
  return {
    loaded: store.loaded,
    region: region?.id ?? null,
    regionName: region?.name ?? company ?? "",
    fetchedAt: (kpi) => store.kpi(kpi)?.fetchedAt,
  };
}
