/*
 * Custom functions in namespace PV. Each is a thin JSDoc wrapper: custom-functions-metadata-plugin reads
 * these comments to generate functions.json (the English base; Swedish comes from docs.ts) and appends the
 * CustomFunctions.associate calls. The work happens in src/core/api.ts.
 */
import "./runtime-guard";
import "../core/kolada/bundled";
import * as api from "../core/functions/api";
import { excel, excelAsync } from "./boundary";

/**
 * Primary care's share of total health-care cost, as a fraction (0.172 = 17.2%): from the reports for a region and year, or from your own amounts (cells or equally sized ranges).
 * @customfunction PRIMARVARD_ANDEL PRIMARVARD_ANDEL
 * @helpurl https://localhost:3000/help/primarvard_andel.html
 * @param {any[][]} region_or_primary Region name (e.g. "Kalmar"), or the primary-care cost (cell or range).
 * @param {any[][]} year_or_total Year (reference mode), or total health-care cost (same size as the first argument).
 * @param {any} [variant] "min" or "max" where the report gives only a range for a span of years; "kolada" for an own calculation on Kolada data.
 * @returns {any[][]} Share(s) as fractions.
 */
export function PRIMARVARD_ANDEL(region_or_primary: any[][], year_or_total: any[][], variant?: any): any[][] {
  return excel(() => api.primarvardAndel(region_or_primary, year_or_total, variant));
}

/**
 * Follows a state grant through Goal → Activity → Resource use → Result and shows the part that cannot be traced. From the reports' examples (region and year) or from your own ledger.
 * @customfunction GRANT_TRACE GRANT_TRACE
 * @helpurl https://localhost:3000/help/grant_trace.html
 * @param {any[][]} region_or_ledger Region name, or a table with the header row Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall.
 * @param {any} [year_or_received] Year (reference mode), or the amount received (ledger), in the unit of its amount column: MSEK, or kr/tkr when the header says Belopp (kr)/(tkr).
 * @param {any} [year] Ledger with an År column (SIE import of several years): only that year's rows, and its budget against actual where Budget (kr) has amounts.
 * @returns {any[][]} The trace table with a header row.
 */
export function GRANT_TRACE(region_or_ledger: any[][], year_or_received?: any, year?: any): any[][] {
  return excel(() => api.grantTrace(region_or_ledger, year_or_received, year));
}

/**
 * The share of the grant in the ledger that is linked to both an activity and a measurable result (result indicator with outcome), as a fraction.
 * @customfunction SPARBARHET SPARBARHET
 * @helpurl https://localhost:3000/help/sparbarhet.html
 * @param {any[][]} ledger Table with the header row Mål, Aktivitet, Kostnadspost, Belopp, Resultatindikator, Utfall.
 * @param {any} [received] Amount received, in the unit of the ledger's amount column (MSEK, or kr/tkr per its header); without it the ledger's sum is used.
 * @returns {any[][]} Traceability as a fraction.
 */
export function SPARBARHET(ledger: any[][], received?: any): any[][] {
  return excel(() => api.sparbarhet(ledger, received));
}

/**
 * The value of an indicator for an entity (region, nation, Närvården …) and year from the reports. Without a year: the whole time series as a spill.
 * @customfunction INDIKATOR INDIKATOR
 * @helpurl https://localhost:3000/help/indikator.html
 * @param {any} indicator Indicator id or name (see PV.INDIKATORER), or an observation id.
 * @param {any} [entity] Region or entity, e.g. "Kalmar", "Riket", "Närvården" or county code "08".
 * @param {any} [year] Year or span ("2019–2024"). Without it the time series is returned.
 * @param {any} [headers] TRUE for a header row above the time series.
 * @returns {any[][]} A value, or a time series.
 */
export function INDIKATOR(indicator: any, entity?: any, year?: any, headers?: any): any[][] {
  return excel(() => api.indikator(indicator, entity, year, headers));
}

/**
 * Where a figure comes from: report, section, table or figure, and a verbatim excerpt.
 * @customfunction KALLA KALLA
 * @helpurl https://localhost:3000/help/kalla.html
 * @param {any} indicator Indicator id or name, or an observation id.
 * @param {any} [entity] Region or entity.
 * @param {any} [year] Year or span.
 * @returns {any[][]} The source as text.
 */
export function KALLA(indicator: any, entity?: any, year?: any): any[][] {
  return excel(() => api.kalla(indicator, entity, year));
}

/**
 * State grants for Good and Close Care in MSEK (Table 1 and the case regions). Without arguments: the whole table.
 * @customfunction STATSBIDRAG STATSBIDRAG
 * @helpurl https://localhost:3000/help/statsbidrag.html
 * @param {any} [year] Year or span, e.g. 2021 or "2019–2025".
 * @param {any} [recipient] "Regioner", "Kommuner", "SKR", "Totalt" or a region such as "Kalmar".
 * @param {any} [headers] TRUE for a header row above the time series.
 * @returns {any[][]} An amount, a series, or the whole table.
 */
export function STATSBIDRAG(year?: any, recipient?: any, headers?: any): any[][] {
  return excel(() => api.statsbidrag(year, recipient, headers));
}

/**
 * Specialists in general practice needed for a listed population at the 1:1100 guideline (or another ratio), and the gap to today's number.
 * @customfunction LAKARBEHOV LAKARBEHOV
 * @helpurl https://localhost:3000/help/lakarbehov.html
 * @param {any} listed Number of listed patients.
 * @param {any} [current] Specialists today; gives the gap and the increase needed.
 * @param {any} [ratio] Listed patients per doctor, default 1100.
 * @returns {any[][]} Doctors needed, or need, today, gap and increase.
 */
export function LAKARBEHOV(listed: any, current?: any, ratio?: any): any[][] {
  return excel(() => api.lakarbehov(listed, current, ratio));
}

/**
 * The catalogue of all indicators: id, name, unit, theme, entities and periods.
 * @customfunction INDIKATORER INDIKATORER
 * @helpurl https://localhost:3000/help/indikatorer.html
 * @param {any} [theme] Limit to a theme, e.g. "statsbidrag" or "narvarden".
 * @returns {any[][]} The catalogue with a header row.
 */
export function INDIKATORER(theme?: any): any[][] {
  return excel(() => api.indikatorer(theme));
}

/**
 * The reports' internal contradictions, computed from the data: sums, shares and figures stated more than once, each judged as contradiction, rounding, compatible or explained gap.
 * @customfunction GRANSKNING GRANSKNING
 * @helpurl https://localhost:3000/help/granskning.html
 * @returns {any[][]} One row per finding with its verdict, explanation, both sources and the difference.
 */
export function GRANSKNING(): any[][] {
  return excel(() => api.granskning());
}

/**
 * Any value from Kolada for a region (all 21 and Riket): from the loaded snapshot, or fetched when network is turned on in the pane (many cells share one request). Without a year: the time series as a spill.
 * @customfunction KOLADA KOLADA
 * @helpurl https://localhost:3000/help/kolada.html
 * @param {any} kpi Kolada KPI id, e.g. "N71000".
 * @param {any} region Region name, county code or Kolada id, e.g. "Gotland", "09" or "0009".
 * @param {any} [year] Year. Without it the time series is returned (year, value).
 * @param {any} [gender] "T" total (default), "K" women or "M" men.
 * @returns {Promise<any[][]>} A value, or a time series.
 */
export function KOLADA(kpi: any, region: any, year?: any, gender?: any): Promise<any[][]> {
  return excelAsync(() => api.kolada(kpi, region, year, gender));
}
