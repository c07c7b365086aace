/**
 * What each custom function computes, from raw Excel arguments to a result matrix. Pure: no Office.
 * src/functions wraps these and maps DomainError to CustomFunctions.Error.
 */
import * as A from "./args";
import { RELATION_LABEL } from "../dataset/compare";
import { AUDIT_HEADER, auditRow, runAudit } from "../audit/audit";
import { doctorNeed } from "../grants/capacity";
import { DomainError, fail } from "../util/errors";
import { ledgerTrace, referenceTrace } from "../grants/grantTrace";
import { catalog, type RelatedStatement } from "../dataset/lookup";
import { assertSameShape, ownShares, referenceShare } from "../grants/share";
import { fold, formatNumber } from "../util/text";
import type { Observation } from "../dataset/types";
import { koladaIndikator, koladaKalla, koladaPrimarvardAndel } from "./kolada";

export type OutCell = string | number | boolean | DomainError;
export type Out = OutCell[][];

const PICKS = ["min", "max"] as const;

export function primarvardAndel(regionOrPrimary: A.Raw, yearOrTotal: A.Raw, variant?: A.Raw): Out {
  const fromKolada = koladaPrimarvardAndel(regionOrPrimary, yearOrTotal, variant);
  if (fromKolada) return fromKolada;
  const first = A.asMatrix(regionOrPrimary);
  // A single text cell is a region (county codes such as "08" included); number text is read only in own data ranges.
  if (first.length === 1 && first[0].length === 1 && typeof first[0][0] === "string") {
    const region = A.text(first[0][0], "region");
    const period = A.optionalPeriod(yearOrTotal, "år");
    if (period === undefined) fail("argMissing", { arg: "år" });
    const pick = A.choice(variant, "variant", PICKS);
    return [[referenceShare(catalog(), region, period!, pick).share]];
  }
  if (!A.isEmpty(A.isMatrix(variant) ? A.asMatrix(variant)[0][0] : variant)) {
    fail("argType", { arg: "variant", expected: "tom i läget med egna data" });
  }
  const second = A.asMatrix(yearOrTotal);
  assertSameShape(first, second, ["primärvårdskostnad", "total kostnad"]);
  const out: Out = ownShares(first, second);
  if (first.length === 1 && first[0].length === 1) {
    const v = out[0][0];
    if (v instanceof DomainError) throw v;
    if (v === "") fail("argMissing", { arg: "primärvårdskostnad" });
  }
  return out;
}

export function grantTrace(sourceArg: A.Raw, second?: A.Raw, third?: A.Raw): Out {
  // Data-type cells are unwrapped where the ledger's cells are read (grants/ledgerRows), not in a pass of their own.
  const m = A.asMatrixRaw(sourceArg);
  if (m.length === 1 && m[0].length === 1) {
    const v = A.basicValue(m[0][0]);
    if (A.isEmpty(v)) fail("argMissing", { arg: "region_eller_huvudbok" });
    if (typeof v !== "string") {
      fail("argType", { arg: "källa", expected: "en region (text) eller en huvudbokstabell med rubrikrad" });
    }
    return referenceTrace(catalog(), v as string, A.year(second, "år")).rows;
  }
  const received = A.isEmpty(A.scalar(second, "mottaget")) ? undefined : A.amount(second, "mottaget");
  const year = A.isEmpty(A.scalar(third, "år")) ? undefined : A.year(third, "år");
  return ledgerTrace(m, received, year).rows;
}

/** Traceability as one number; where it is no share (received 0, above 100 %, negative) the error says why. */
export function sparbarhet(ledger: A.Raw, received?: A.Raw): Out {
  const m = A.asMatrixRaw(ledger);
  const r = A.isEmpty(A.scalar(received, "mottaget")) ? undefined : A.amount(received, "mottaget");
  const t = ledgerTrace(m, r).traceability!;
  if (t instanceof DomainError) throw t;
  return [[t]];
}

function displayValue(o: Observation): string | number {
  if (o.value !== undefined) return o.value;
  return `${formatNumber(o.min!)}–${formatNumber(o.max!)}`;
}

const SERIES_HEADER = ["Period", "Värde", "Enhet", "Kvalifikator", "Id"];

function seriesRows(obs: Observation[], headers: boolean): Out {
  const rows: Out = obs.map((o) => [
    (o.period ?? "år ej angivet") + (o.dimension ? ` – ${o.dimension}` : ""),
    displayValue(o),
    o.unit,
    o.qualifier ?? "",
    o.id,
  ]);
  return headers ? [SERIES_HEADER, ...rows] : rows;
}

export function indikator(indicatorArg: A.Raw, entityArg?: A.Raw, periodArg?: A.Raw, headersArg?: A.Raw): Out {
  const fromKolada = koladaIndikator(indicatorArg, entityArg, periodArg, headersArg);
  if (fromKolada) return fromKolada;
  const cat = catalog();
  const name = A.text(indicatorArg, "indikator");
  const byId = cat.observation(name);
  if (byId) {
    if (byId.value === undefined) {
      fail("rangeOnly", {
        what: byId.id,
        period: byId.period ?? "år ej angivet",
        min: formatNumber(byId.min!),
        max: formatNumber(byId.max!),
        unit: byId.unit,
      });
    }
    return [[byId.value!]];
  }
  const ind = cat.indicator(name);
  const ent = cat.entity(A.text(entityArg, "enhet"));
  const period = A.optionalPeriod(periodArg, "år");
  const headers = A.optionalBool(headersArg, "rubriker");
  if (period === undefined) {
    const obs = cat.series(ind.id, ent.id);
    if (obs.length === 0) fail("noData", { what: `${ind.name} – ${ent.name}` });
    return seriesRows(obs, headers);
  }
  return [[cat.value(ind, ent, period).value]];
}

function cite(o: Observation): string {
  const r = catalog().data.reports.find((x) => x.id === o.source.report)!;
  const inferred = o.periodInferred ? ` (Period ${o.period} härledd: ${o.note})` : "";
  return `${r.publisher} (${r.year}), ${r.title}, avsnitt ${o.source.section}${o.source.label ? `, ${o.source.label}` : ""}: ”${o.source.excerpt}”${inferred}`;
}

export function kalla(indicatorArg: A.Raw, entityArg?: A.Raw, periodArg?: A.Raw): Out {
  const fromKolada = koladaKalla(indicatorArg, entityArg, periodArg);
  if (fromKolada) return fromKolada;
  const cat = catalog();
  const name = A.text(indicatorArg, "indikator");
  const byId = cat.observation(name);
  if (byId) return [[cite(byId)]];
  const ind = cat.indicator(name);
  const ent = cat.entity(A.text(entityArg, "enhet"));
  const period = A.optionalPeriod(periodArg, "år");
  if (period === undefined) fail("argMissing", { arg: "år" });
  const set = cat.related(ind, ent, period!);
  if (set.statements.length === 0) return [[cite(cat.value(ind, ent, period!).observation)]];
  if (set.conflict) return [["Motstridiga uppgifter (se =PV.GRANSKNING()): " + set.statements.map((r) => cite(r.observation)).join(" | ")]];
  const [first, ...rest] = set.statements;
  return [[[cite(first.observation), ...rest.map((r) => `${relationLabel(r)}: ${cite(r.observation)}`)].join(" | ")]];
}

/** How KÄLLA introduces a further statement: its relation to the first, or the breakdown it belongs to. */
function relationLabel(r: RelatedStatement): string {
  if (r.relation) return RELATION_LABEL[r.relation];
  return r.observation.dimension ? `Även (${r.observation.dimension})` : "Även";
}

const GRANT_RECIPIENTS = ["regioner", "kommuner", "skr", "totalt"] as const;

export function statsbidrag(periodArg?: A.Raw, recipientArg?: A.Raw, headersArg?: A.Raw): Out {
  const cat = catalog();
  const ind = cat.indicator("statsbidrag");
  const period = A.optionalPeriod(periodArg, "år");
  const recipient = A.optionalText(recipientArg, "mottagare");
  const headers = A.optionalBool(headersArg, "rubriker");
  if (recipient === undefined && period === undefined) {
    const tableObs = cat.data.observations.filter((o) => o.indicator === "statsbidrag" && o.source.label?.startsWith("Tabell 1"));
    const periods = [...new Set(tableObs.map((o) => o.period!))];
    const rows: Out = periods.map((p) => [
      p,
      ...GRANT_RECIPIENTS.map((e) => tableObs.find((o) => o.period === p && o.entity === e)?.value ?? ""),
    ]);
    return [["År", "Regioner", "Kommuner", "SKR", "Totalt"], ...rows];
  }
  const ent = cat.entity(recipient ?? "totalt");
  if (period === undefined) {
    const obs = cat.series(ind.id, ent.id);
    if (obs.length === 0) fail("noData", { what: `${ind.name} – ${ent.name}` });
    return seriesRows(obs, headers);
  }
  return [[cat.value(ind, ent, period).value]];
}

export function lakarbehov(listedArg: A.Raw, currentArg?: A.Raw, ratioArg?: A.Raw): Out {
  const listed = A.amount(listedArg, "listade");
  const current = A.isEmpty(A.scalar(currentArg, "antal_idag")) ? undefined : A.amount(currentArg, "antal_idag");
  const ratio = A.optionalNum(ratioArg, "kvot");
  if (ratio !== undefined && (ratio < 1 || ratio > 100000)) fail("argRange", { arg: "kvot", min: "1", max: "100 000" });
  const n = doctorNeed(listed, current, ratio);
  if (n.current === undefined) return [[n.needed]];
  return [
    ["Behov", "I dag", "Gap", "Ökning som krävs"],
    [n.needed, n.current, n.gap!, n.increase ?? new DomainError("divZero", { arg: "antal_idag" })],
  ];
}

let indicatorRows: { theme: string; row: OutCell[] }[] | undefined;

function allIndicatorRows() {
  const cat = catalog();
  return (indicatorRows ??= cat.data.indicators.map((i) => {
    const obs = cat.data.observations.filter((o) => o.indicator === i.id);
    const ents = [...new Set(obs.map((o) => cat.entity(o.entity).name))].join(", ");
    const periods = [...new Set(obs.map((o) => o.period ?? "år ej angivet"))].join(", ");
    return { theme: i.theme, row: [i.id, i.name, i.unit, i.theme, ents, periods] };
  }));
}

export function indikatorer(themeArg?: A.Raw): Out {
  const rows = allIndicatorRows();
  const themes = [...new Set(rows.map((r) => r.theme))];
  const theme = A.optionalText(themeArg, "tema");
  if (theme !== undefined && !themes.includes(fold(theme))) fail("argChoice", { arg: "tema", allowed: themes.join(", ") });
  const shown = rows.filter((r) => theme === undefined || r.theme === fold(theme)).map((r) => r.row);
  return [["Id", "Namn", "Enhet", "Tema", "Enheter", "Perioder"], ...shown];
}

let auditRows: Out | undefined;

export function granskning(): Out {
  return [[...AUDIT_HEADER], ...(auditRows ??= runAudit(catalog().data).map(auditRow))];
}

export { kolada } from "./kolada";
export { uppfoljning } from "./uppfoljning";
