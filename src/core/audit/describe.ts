/** Words for findings: how a statement is written, where it stands, what it is about, and differences. */
import { shortCitation } from "../dataset/sources";
import { formatNumber } from "../util/text";
import type { Dataset, Observation, Source, Unit } from "../dataset/types";
import type { Interval } from "../dataset/compare";
import { PARTS_OF_TOTAL, type FindingSide } from "./types";

export const num = (v: number) => formatNumber(v, 3);
export const amount = (v: number, unit: Unit) => `${num(v)} ${unit}`;

/** As the report writes it: "knappt 3,7 mdkr", "135,9 mnkr". */
export function statementText(o: Observation): string {
  return `${o.qualifier ? `${o.qualifier} ` : ""}${amount(o.value!, o.unit)}`;
}

/** Full citation: "Ramboll 2025, 1.1.1, Tabell 1". */
export function where(o: Observation): string {
  return shortCitation(o.source);
}

/** Short place inside one report: "Tabell 1", "3.3.2, Faktaruta", "1.1.1 (text)". */
export function place(o: Observation): string {
  const { section, label } = o.source;
  if (label?.startsWith("Tabell") || label?.startsWith("Figur")) return label.split(",")[0];
  return label ? `${section}, ${label}` : `${section} (text)`;
}

/**
 * What a figure is about: "Statsbidrag, Regioner 2025", "Kostnadspost Nära vård, Kalmar 2021"; a table's total
 * goes without its entity ("Statsbidrag 2019–2024").
 */
export function subject(data: Dataset, o: Observation, opts: { omitPeriod?: boolean } = {}): string {
  const ind = data.indicators.find((i) => i.id === o.indicator);
  const ent = data.entities.find((e) => e.id === o.entity);
  const what = `${ind?.shortName ?? ind?.name ?? o.indicator}${o.dimension ? ` ${o.dimension}` : ""}`;
  const isTotal = PARTS_OF_TOTAL.some((p) => p.indicator === o.indicator && p.total === o.entity);
  const who = isTotal ? "" : `, ${ent?.name ?? o.entity}`;
  const when = opts.omitPeriod || !o.period ? "" : ` ${o.period}`;
  return `${what}${who}${when}`;
}

export function indicatorName(data: Dataset, id: string): string {
  const ind = data.indicators.find((i) => i.id === id);
  return ind?.name ?? id;
}

export function entityName(data: Dataset, id: string): string {
  return data.entities.find((e) => e.id === id)?.name ?? id;
}

/** Difference units: a difference of percentages is in percentage points. */
export function differenceUnit(unit: Unit): string {
  return unit === "%" ? "procentenheter" : unit;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "3 674 mnkr lägre: summan av åren 2019–2024 jämfört med angiven summa 2019–2024". */
export function differenceInWords(d: number, unit: Unit, stated: FindingSide, other: FindingSide): string {
  if (Math.abs(d) < 1e-9) return `ingen: ${lowerFirst(other.label)} är lika med ${lowerFirst(stated.label)}`;
  return `${amount(Math.abs(d), differenceUnit(unit) as Unit)} ${d < 0 ? "lägre" : "högre"}: ${lowerFirst(other.label)} jämfört med ${lowerFirst(stated.label)}`;
}

/** "+0,001", "−8,889": a small difference with its sign. */
export function signed(d: number): string {
  return `${d < 0 ? "" : "+"}${num(d)}`;
}

/** The values an interval admits, in words: "från 3 515 till under 3 700 mnkr". */
export function intervalText(i: Interval, unit: Unit): string {
  const lo = `${i.loOpen ? "över" : "från"} ${num(i.lo)}`;
  const hi = i.hi === Infinity ? "" : ` ${i.hiOpen ? "till under" : "till och med"} ${num(i.hi)}`;
  return `${lo}${hi} ${unit}`;
}

export function side(label: string, value: number, unit: Unit, obs: Observation[], extra: Source[] = []): FindingSide {
  return { label, value, unit, observationIds: obs.map((o) => o.id), sources: [...obs.map((o) => o.source), ...extra] };
}

/** "a, b och c". */
export function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}
