/**
 * What the custom functions compute from Kolada data: KOLADA itself, and the Kolada branches of
 * PRIMARVARD_ANDEL, INDIKATOR and KALLA (api.ts calls these first; `undefined` means "not a Kolada question,
 * answer from the reports"). The reports' figure stays the default for the case regions; the variant
 * "kolada" (PRIMARVARD_ANDEL) or the indicator "primarvard_andel_kolada" asks for Kolada explicitly.
 */
import * as A from "./args";
import { catalog } from "../dataset/lookup";
import { referenceShare } from "../grants/share";
import { DomainError, fail } from "../util/errors";
import { fold } from "../util/text";
import { kpiId, PINNED_KPIS } from "../kolada/catalogue";
import { describeFailure, KoladaError } from "../kolada/errors";
import { liveAccess } from "../kolada/live";
import type { Gender } from "../kolada/parse";
import { findRegion, resolveRegion, type KoladaRegion } from "../kolada/regions";
import { koladaShare, shareCitation } from "../kolada/share";
import { koladaStore, type KoladaStore } from "../kolada/store";

type Cell = string | number | boolean | DomainError;
type Out = Cell[][];

const GENDER_WORDS: Record<string, Gender> = { t: "T", totalt: "T", alla: "T", k: "K", kvinnor: "K", m: "M", man: "M" };

function gender(v: A.Raw): Gender {
  const s = A.optionalText(v, "kön");
  if (s === undefined) return "T";
  return GENDER_WORDS[fold(s)] ?? fail("argChoice", { arg: "kön", allowed: '"T" (totalt), "K" (kvinnor), "M" (män)' });
}

function kpiArg(v: A.Raw): string {
  const s = A.text(v, "kpi");
  return kpiId(s) ?? fail("argType", { arg: "kpi", expected: 'ett KPI-id från Kolada, t.ex. "N71000"' });
}

function optionalYear(v: A.Raw): number | undefined {
  return A.isEmpty(A.scalar(v, "år")) ? undefined : A.year(v, "år");
}

const GENDER_TEXT: Record<Gender, string> = { T: "", K: ", kvinnor", M: ", män" };

function missing(store: KoladaStore, what: string): DomainError {
  if (!store.loaded) return new DomainError("koladaNotLoaded", { what });
  const s = store.snapshot!;
  return new DomainError("koladaNoValue", {
    what,
    detail: `finns inte i laddad data (KPI ${s.kpis.map((k) => k.id).join(", ")}; år ${s.years.join(", ")}). Hämta mer i panelens flik Kolada.`,
  });
}

function valueOf(store: KoladaStore, kpi: string, region: KoladaRegion, year: number, g: Gender): number | DomainError {
  const what = `${kpi}, ${region.name} ${year}${GENDER_TEXT[g]}`;
  const hit = store.lookup(kpi, region.id, year, g);
  if (hit.kind === "value") return hit.value;
  if (hit.kind === "null") return new DomainError("koladaNoValue", { what, detail: "Kolada anger inget värde (tomt)." });
  return missing(store, what);
}

function seriesOf(store: KoladaStore, kpi: string, region: KoladaRegion, g: Gender): Out {
  const rows = store.series(kpi, region.id, g);
  if (rows.length === 0) throw missing(store, `${kpi}, ${region.name}${GENDER_TEXT[g]}`);
  return rows.map((r) => [
    r.period,
    r.value ?? new DomainError("koladaNoValue", { what: `${kpi}, ${region.name} ${r.period}`, detail: "Kolada anger inget värde (tomt)." }),
  ]);
}

/** KOLADA(kpi; region; [år]; [kön]): from loaded data, or (network on) one batched fetch shared by all cells. */
export async function kolada(kpiRaw: A.Raw, regionRaw: A.Raw, yearRaw?: A.Raw, genderRaw?: A.Raw, store = koladaStore()): Promise<Out> {
  const kpi = kpiArg(kpiRaw);
  const region = resolveRegion(A.text(regionRaw, "region"));
  const year = optionalYear(yearRaw);
  const g = gender(genderRaw);
  const have = () =>
    year === undefined ? store.series(kpi, region.id, g).length > 0 : store.lookup(kpi, region.id, year, g).kind !== "missing";
  const access = liveAccess();
  if (!have() && access) {
    try {
      await access.batcher.request({ kpi, region: region.id, year });
    } catch (e) {
      if (!(e instanceof KoladaError && e.kind === "empty")) fail("koladaFetch", { reason: describeFailure(e) });
    }
    if (!have()) {
      fail("koladaNoValue", {
        what: `${kpi}, ${region.name}${year === undefined ? "" : ` ${year}`}${GENDER_TEXT[g]}`,
        detail: "Kolada returnerade inget sådant värde just nu. Kontrollera KPI-id, år och kön.",
      });
    }
  }
  if (year === undefined) return seriesOf(store, kpi, region, g);
  const v = valueOf(store, kpi, region, year, g);
  if (v instanceof DomainError) throw v;
  return [[v]];
}

/**
 * The Kolada region to use for primary care's share, or undefined when the reports answer (or fail for a
 * reason Kolada cannot fix). `explicit` = the user asked for Kolada.
 */
function shareRegion(name: string, period: number | string | undefined, explicit: boolean): KoladaRegion | undefined {
  if (explicit) return resolveRegion(name);
  try {
    const cat = catalog();
    const ent = cat.entity(name);
    if (period === undefined) return cat.series("primarvard_andel", ent.id).length ? undefined : findRegion(name);
    referenceShare(cat, name, period);
    return undefined;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (e.code === "noData" || e.code === "noValueForPeriod") return findRegion(name);
    if (e.code === "unknownEntity") {
      const hit = findRegion(name);
      if (hit) return hit;
      return (e as DomainError<"unknownEntity">).params.suggestion ? undefined : resolveRegion(name);
    }
    return undefined;
  }
}

function koladaYear(period: number | string | undefined): number {
  if (typeof period === "number") return period;
  if (period === undefined) return fail("argMissing", { arg: "år" });
  return fail("argType", { arg: "år", expected: "ett enskilt årtal för Kolada-data (t.ex. 2023)" });
}

function shareValue(store: KoladaStore, region: KoladaRegion, year: number, as: "share" | "percent" = "share"): number {
  const s = koladaShare(store, region, year);
  if (s instanceof DomainError) throw s;
  return s[as];
}

/** PRIMARVARD_ANDEL's Kolada branch: regions outside the reports, or any region with variant "kolada". */
export function koladaPrimarvardAndel(regionRaw: A.Raw, yearRaw: A.Raw, variantRaw: A.Raw, store = koladaStore()): Out | undefined {
  const m = A.asMatrix(regionRaw);
  if (m.length !== 1 || m[0].length !== 1 || typeof m[0][0] !== "string" || A.isEmpty(m[0][0])) return undefined;
  const variant = A.isMatrix(variantRaw) ? A.asMatrix(variantRaw)[0][0] : variantRaw;
  const explicit = typeof variant === "string" && fold(variant) === "kolada";
  const period = A.optionalPeriod(yearRaw, "år");
  const region = shareRegion(m[0][0], period, explicit);
  if (!region) return undefined;
  return [[shareValue(store, region, koladaYear(period))]];
}

const KOLADA_SHARE_ID = "primarvard_andel_kolada";
const SHARE_KEYS = new Set(["primarvard_andel", "Primärvårdens andel av hälso- och sjukvårdsbudgeten"].map(fold));

type Target = { kind: "kpi"; kpi: string } | { kind: "share"; region: KoladaRegion } | undefined;

function target(indicatorRaw: A.Raw, entityRaw: A.Raw, period: number | string | undefined): Target {
  const name = A.scalar(indicatorRaw, "indikator");
  if (typeof name !== "string" || A.isEmpty(name) || catalog().observation(name)) return undefined;
  const kpi = kpiId(name);
  if (kpi) return { kind: "kpi", kpi };
  const key = fold(name);
  const explicit = key === fold(KOLADA_SHARE_ID);
  if (!explicit && !SHARE_KEYS.has(key)) return undefined;
  const region = shareRegion(A.text(entityRaw, "enhet"), period, explicit);
  return region ? { kind: "share", region } : undefined;
}

function kpiRegion(entityRaw: A.Raw): KoladaRegion {
  return resolveRegion(A.text(entityRaw, "enhet"));
}

const unitOf = (kpi: string) => PINNED_KPIS.find((k) => k.id === kpi)?.unit ?? "";

/** INDIKATOR's Kolada branch: a KPI id, or primary care's share where Kolada answers it. */
export function koladaIndikator(
  indicatorRaw: A.Raw,
  entityRaw: A.Raw,
  periodRaw: A.Raw,
  headersRaw: A.Raw,
  store = koladaStore(),
): Out | undefined {
  const period = A.optionalPeriod(periodRaw, "år");
  const t = target(indicatorRaw, entityRaw, period);
  if (!t) return undefined;
  const headers = A.optionalBool(headersRaw, "rubriker");
  const region = t.kind === "kpi" ? kpiRegion(entityRaw) : t.region;
  const id = t.kind === "kpi" ? t.kpi : KOLADA_SHARE_ID;
  if (period !== undefined) {
    const year = koladaYear(period);
    if (t.kind === "share") return [[shareValue(store, region, year, "percent")]];
    const v = valueOf(store, t.kpi, region, year, "T");
    if (v instanceof DomainError) throw v;
    return [[v]];
  }
  let rows: Out;
  if (t.kind === "kpi") {
    rows = seriesOf(store, t.kpi, region, "T").map(([y, v]) => [String(y), v, unitOf(t.kpi), "", `kolada.${t.kpi}.${region.id}.${y}`]);
  } else {
    const years = store.series("N71000", region.id).map((r) => r.period);
    if (years.length === 0) throw missing(store, `primärvårdens andel, ${region.name}`);
    rows = years.map((y) => {
      const s = koladaShare(store, region, y);
      return [String(y), s instanceof DomainError ? s : s.percent, "%", "egen beräkning", `${id}.${region.id}.${y}`];
    });
  }
  return headers ? [["Period", "Värde", "Enhet", "Kvalifikator", "Id"], ...rows] : rows;
}

/** KALLA's Kolada branch: Kolada, the KPI id and title, and the fetch date; or the own calculation's definition. */
export function koladaKalla(indicatorRaw: A.Raw, entityRaw: A.Raw, periodRaw: A.Raw, store = koladaStore()): Out | undefined {
  const period = A.optionalPeriod(periodRaw, "år");
  const t = target(indicatorRaw, entityRaw, period);
  if (!t) return undefined;
  if (t.kind === "share") {
    const year = koladaYear(period);
    const s = koladaShare(store, t.region, year);
    if (s instanceof DomainError) throw s;
    return [[shareCitation(s, t.region, year, store.kpi("N71000")?.fetchedAt)]];
  }
  const region = kpiRegion(entityRaw);
  const meta = store.kpi(t.kpi);
  if (!meta) throw missing(store, t.kpi);
  const when = period === undefined ? "" : ` ${period}`;
  const snap = store.snapshot!;
  const warn = snap.warnings.filter((w) => w.includes(`KPI ${t.kpi} `));
  return [
    [
      `Källa: Kolada (RKA), KPI ${t.kpi} ”${meta.title}”, ${region.name}${when}, hämtad ${meta.fetchedAt.slice(0, 10)} från ${snap.baseUrl}.` +
        (warn.length ? ` Varning: ${warn.join(" ")}` : ""),
    ],
  ];
}
