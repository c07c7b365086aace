/**
 * The Kolada comparison sheet: every region (and Riket) for one year, with cost per inhabitant, the derived
 * share (own calculation, labelled) beside the reports' share where a report states one, each row with its
 * source, and two charts. Plain data for the executors (src/excel, src/xlsx).
 */
import type { Catalog } from "../dataset/lookup";
import { referenceShare } from "../grants/share";
import { DomainError } from "../util/errors";
import { REGIONS, RIKET } from "../kolada/regions";
import { koladaShare, SHARE_ATTRIBUTION, SHARE_KPIS } from "../kolada/share";
import type { KoladaStore } from "../kolada/store";
import { FORMATS, type PlanCell, type SheetPlan } from "./plan";
import { inLanguage, type SheetLanguage } from "./sheetText";
import type { SheetText } from "./sheets.sv";
import { inertText } from "../util/text";

const KR = "#,##0";

/** The latest year with N71000 values for at least one region, or undefined when none is loaded. */
export function latestKoladaYear(store: KoladaStore): number | undefined {
  const years = (store.snapshot?.rows ?? []).filter((r) => r[0] === SHARE_KPIS.primary && r[4] !== null).map((r) => r[2]);
  return years.length ? Math.max(...years) : undefined;
}

function reportShare(cat: Catalog, regionShort: string, year: number): PlanCell {
  try {
    return referenceShare(cat, regionShort, year).share;
  } catch (e) {
    if (e instanceof DomainError && e.code === "rangeOnly") {
      const p = (e as DomainError<"rangeOnly">).params;
      return `${p.min}–${p.max} % (${p.period})`;
    }
    return "";
  }
}

/** One KPI the share needs that has no value for some rows of the comparison: not fetched at all, or per region. */
export interface KoladaGap {
  kpi: string;
  /** Kolada's title, when the KPI is loaded. */
  title?: string;
  /** The KPI is not in the loaded data at all. */
  notLoaded: boolean;
  /** Regions (short names, Riket last) with no value in the loaded data. */
  missing: string[];
  /** Regions where Kolada has the KPI but states no value (an empty cell in Kolada). */
  empty: string[];
}

/**
 * What the comparison for `year` cannot show: the rows whose own-calculated share stays empty, and for each KPI
 * behind the share which regions lack it and why. An empty list: every row has its share.
 */
export function koladaComparisonGaps(store: KoladaStore, year: number): { rowsWithoutShare: number; rows: number; gaps: KoladaGap[] } {
  const regions = [...REGIONS, RIKET];
  const gaps: KoladaGap[] = [];
  for (const kpi of [SHARE_KPIS.primary, SHARE_KPIS.total, SHARE_KPIS.medicines]) {
    const loaded = store.kpi(kpi);
    const gap: KoladaGap = { kpi, title: loaded?.title, notLoaded: !loaded, missing: [], empty: [] };
    for (const r of regions) {
      const hit = store.lookup(kpi, r.id, year);
      if (hit.kind === "null") gap.empty.push(r.short);
      else if (hit.kind === "missing") gap.missing.push(r.short);
    }
    if (gap.notLoaded || gap.missing.length || gap.empty.length) gaps.push(gap);
  }
  const rowsWithoutShare = regions.filter((r) => koladaShare(store, r, year) instanceof DomainError).length;
  return { rowsWithoutShare, rows: regions.length, gaps };
}

/**
 * The comparison sheet of all regions for one year. Title, notes and chart titles in the pane's language; sheet,
 * table and column names stay the same in both, and the Källa column (data) stays Swedish.
 */
export function koladaComparisonPlan(store: KoladaStore, cat: Catalog, year: number, lang: SheetLanguage = "sv"): SheetPlan {
  return inLanguage((t) => comparisonIn(store, cat, year, t), lang);
}

function comparisonIn(store: KoladaStore, cat: Catalog, year: number, t: SheetText): SheetPlan {
  const K = t.kolada;
  const num = (kpi: string, region: string): PlanCell => {
    const hit = store.lookup(kpi, region, year);
    return hit.kind === "value" ? hit.value : "";
  };
  const fetchedOn = (id: string) => store.kpi(id)?.fetchedAt.slice(0, 10);
  const fetched = (id: string) => fetchedOn(id) ?? "ej hämtad";
  const source = `Kolada ${SHARE_KPIS.primary}, ${SHARE_KPIS.total}, ${SHARE_KPIS.medicines} (hämtad ${fetched(SHARE_KPIS.primary)}); andel: ${SHARE_ATTRIBUTION.toLowerCase()}`;
  const rows: PlanCell[][] = [...REGIONS, RIKET].map((r) => {
    const s = koladaShare(store, r, year);
    const inReports = cat.data.entities.find((e) => e.countyCode === r.countyCode && e.kind === "region");
    return [
      r.short,
      r.id,
      String(year),
      num(SHARE_KPIS.primary, r.id),
      num(SHARE_KPIS.total, r.id),
      num(SHARE_KPIS.medicines, r.id),
      s instanceof DomainError ? "" : s.share,
      inReports ? reportShare(cat, inReports.name, year) : "",
      source + (inReports ? "; rapportens andel: Ramboll 2025, 2.4" : ""),
    ];
  });
  const table = "PV_Kolada_Jamforelse";
  const title = (kpi: string) => store.kpi(kpi)?.title ?? kpi;
  return {
    key: "kolada",
    name: "Kolada",
    title: K.title(year),
    // KPI titles come from Kolada or from a saved workbook: inert, whatever they start with.
    subtitle: inertText(`${title(SHARE_KPIS.primary)}; ${title(SHARE_KPIS.total)}; ${title(SHARE_KPIS.medicines)}. ${K.empty}`),
    attribution: K.attribution(fetchedOn(SHARE_KPIS.primary) ?? K.notFetched),
    tables: [
      {
        key: "kolada_jamforelse",
        name: table,
        columns: [
          { header: "Region", format: FORMATS.text, width: 120 },
          { header: "Kolada-id", format: FORMATS.text, width: 60 },
          { header: "År", format: FORMATS.text, width: 45 },
          { header: "Primärvård (kr/inv)", format: KR, width: 90 },
          { header: "Hälso- och sjukvård totalt (kr/inv)", format: KR, width: 110 },
          { header: "Läkemedel (kr/inv)", format: KR, width: 80 },
          { header: "Andel, egen beräkning", format: FORMATS.pct, width: 90 },
          { header: "Andel enligt rapport", format: FORMATS.pct, width: 110 },
          { header: "Källa", format: FORMATS.text, width: 320 },
        ],
        rows,
      },
    ],
    charts: [
      {
        key: "kolada_kostnad",
        name: "PV_Chart_Kolada_Kostnad",
        kind: "ColumnClustered",
        table,
        columns: ["Region", "Primärvård (kr/inv)"],
        title: K.costChart(year),
        xTitle: K.region,
        yTitle: K.perInhabitant,
      },
      {
        key: "kolada_andel",
        name: "PV_Chart_Kolada_Andel",
        kind: "ColumnClustered",
        table,
        columns: ["Region", "Andel, egen beräkning"],
        title: K.shareChart(year),
        xTitle: K.region,
        yTitle: K.share,
      },
    ],
  };
}
