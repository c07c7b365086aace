/** The observation table the reference sheets and the indicator sheets share: one row per figure, with its source. */
import { shortCitation } from "../dataset/sources";
import type { CatalogRow } from "../dataset/exportCatalog";
import { percentToFraction } from "../util/decimal";
import { formatNumber } from "../util/text";
import { FORMATS, type ColumnPlan, type PlanCell, type TablePlan } from "./plan";

const { mnkr: MNKR, pct: PCT, text: TXT, num: NUM, general: GENERAL } = FORMATS;

/** The reports, as every sheet built from them credits them. */
export const ATTRIBUTION =
  "Källor: Region Västmanland (2025), Utvärdering av intraprenaden Närvården; Ramboll för Praktikertjänst (2025), Miljardreform utan styrfart. Siffror återges som rapporterna anger dem.";

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

export function observationTable(key: string, name: string, rows: CatalogRow[]): TablePlan {
  return { key, name, columns: OBS_COLUMNS, rows: obsRows(rows), keyColumns: ["Id"] };
}
