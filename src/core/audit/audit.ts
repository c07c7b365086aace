/**
 * Consistency audit of the dataset. Every finding is computed from the data by a check; nothing is marked
 * wrong by hand. Each finding names both sources and the difference.
 */
import { shortCitation } from "../dataset/sources";
import { agrees, compareStatements } from "./compare";
import { parsePeriod } from "../dataset/periods";
import { formatNumber } from "../util/text";
import type { Dataset, Observation, Source, Unit } from "../dataset/types";
import { convert } from "../dataset/units";
import { subtract, sum as exactSum } from "../util/decimal";

export type CheckKind = "radsumma" | "periodsumma" | "andel" | "dubbelangivelse" | "differens" | "intervall" | "bidragsposter";
export type Severity = "motsägelse" | "avrundning";

export interface FindingSide {
  label: string;
  value: number;
  unit: Unit;
  observationIds: string[];
  sources: Source[];
}

export interface AuditFinding {
  id: string;
  check: CheckKind;
  severity: Severity;
  title: string;
  detail: string;
  stated: FindingSide;
  other: FindingSide;
  /** other − stated, in the stated unit. */
  difference: number;
}

/** Which entities of an indicator are parts of which total (a table's columns). */
export interface PartsOfTotal {
  indicator: string;
  parts: string[];
  total: string;
  /** Indicator holding the parts' stated shares of the total, if any. */
  shareIndicator?: string;
}

export const PARTS_OF_TOTAL: PartsOfTotal[] = [
  { indicator: "statsbidrag", parts: ["regioner", "kommuner", "skr"], total: "totalt", shareIndicator: "statsbidrag_andel" },
];

const CHECK_TITLES: Record<CheckKind, string> = {
  radsumma: "Delarna summerar inte till angiven totalsumma",
  periodsumma: "Angiven summa för perioden avviker från summan av åren",
  andel: "Angiven andel avviker från beräknad andel",
  dubbelangivelse: "Samma storhet anges med olika värden",
  differens: "Angiven skillnad stämmer inte med de värden den bygger på",
  intervall: "Värdet ligger utanför det angivna intervallet",
  bidragsposter: "Redovisade poster överstiger mottaget belopp",
};

function where(o: Observation): string {
  return shortCitation(o.source);
}

function side(label: string, value: number, unit: Unit, obs: Observation[]): FindingSide {
  return { label, value, unit, observationIds: obs.map((o) => o.id), sources: obs.map((o) => o.source) };
}

function inUnit(o: Observation, unit: Unit): number | null {
  return o.value === undefined ? null : convert(o.value, o.unit, unit);
}

function sumIn(obs: Observation[], unit: Unit): number {
  return exactSum(obs.map((o) => inUnit(o, unit) ?? 0));
}

const q = (o: Observation) => (o.qualifier ? `${o.qualifier} ` : "");
const fmt = (v: number, unit: Unit) => `${formatNumber(v, 3)} ${unit}`;

export function runAudit(data: Dataset): AuditFinding[] {
  const out: AuditFinding[] = [];
  const add = (f: Omit<AuditFinding, "id" | "title">) =>
    out.push({ ...f, id: `${f.check}-${out.length + 1}`, title: CHECK_TITLES[f.check] });
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  const valued = data.observations.filter((o) => o.value !== undefined && !o.dimension);

  // 1. Parts of a total stated in the same place (one table row, one sentence) must add up.
  for (const pt of PARTS_OF_TOTAL) {
    const groups = new Map<string, Observation[]>();
    for (const o of valued) {
      if (o.indicator !== pt.indicator || o.period === null) continue;
      const k = `${o.period}|${o.source.section}|${o.source.label ?? ""}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    for (const g of groups.values()) {
      const total = g.find((o) => o.entity === pt.total);
      const parts = g.filter((o) => pt.parts.includes(o.entity));
      if (!total || parts.length < 2) continue;
      const sum = sumIn(parts, total.unit);
      if (!agrees(total.value!, sum, total.qualifier)) {
        add({
          check: "radsumma",
          severity: "motsägelse",
          detail: `${where(total)} (${total.period}): ${parts.map((p) => fmt(p.value!, p.unit)).join(" + ")} = ${fmt(sum, total.unit)}, men totalen anges till ${q(total)}${fmt(total.value!, total.unit)}.`,
          stated: side("Angiven total", total.value!, total.unit, [total]),
          other: side("Summa av delarna", sum, total.unit, parts),
          difference: subtract(sum, total.value!),
        });
      }
    }
  }

  // 2. A total stated for a span must equal the sum of the single years, where every year is stated once.
  const singleYear = new Map<string, Observation[]>();
  for (const o of valued) {
    const s = parsePeriod(o.period);
    if (s && s.from === s.to) {
      const k = `${o.indicator}|${o.entity}|${s.from}`;
      singleYear.set(k, [...(singleYear.get(k) ?? []), o]);
    }
  }
  const summable = new Set(PARTS_OF_TOTAL.map((p) => p.indicator));
  for (const o of valued) {
    const s = parsePeriod(o.period);
    if (!s || s.from === s.to || !summable.has(o.indicator)) continue;
    const years: Observation[] = [];
    for (let y = s.from; y <= s.to; y++) {
      const list = singleYear.get(`${o.indicator}|${o.entity}|${y}`);
      if (!list) break;
      // Use the statement from the same table when there is one, else the first.
      years.push(list.find((x) => x.source.label && o.source.label?.startsWith(x.source.label)) ?? list[0]);
    }
    if (years.length !== s.to - s.from + 1) continue;
    const sum = sumIn(years, o.unit);
    if (!agrees(o.value!, sum, o.qualifier)) {
      add({
        check: "periodsumma",
        severity: "motsägelse",
        detail: `${where(o)}: ${q(o)}${fmt(o.value!, o.unit)} för ${o.period}, men åren ${s.from}–${s.to} summerar till ${fmt(sum, o.unit)} (${where(years[0])}).`,
        stated: side(`Angiven summa ${o.period}`, o.value!, o.unit, [o]),
        other: side(`Summa av åren ${s.from}–${s.to}`, sum, o.unit, years),
        difference: subtract(sum, o.value!),
      });
    }
  }

  // 3. Stated shares against the stated total and against the sum of the parts.
  for (const pt of PARTS_OF_TOTAL) {
    if (!pt.shareIndicator) continue;
    for (const share of valued.filter((o) => o.indicator === pt.shareIndicator)) {
      const part = valued.find((o) => o.indicator === pt.indicator && o.entity === share.entity && o.period === share.period);
      const total = valued.find((o) => o.indicator === pt.indicator && o.entity === pt.total && o.period === share.period);
      if (!part || !total) continue;
      const parts = pt.parts
        .map((e) => valued.find((o) => o.indicator === pt.indicator && o.entity === e && o.period === share.period))
        .filter((o): o is Observation => o !== undefined);
      const computed = (100 * part.value!) / total.value!;
      if (!agrees(share.value!, computed, share.qualifier)) {
        const sumParts = sumIn(parts, total.unit);
        const alt = (100 * part.value!) / sumParts;
        add({
          check: "andel",
          severity: "motsägelse",
          detail:
            `${where(share)}: ${share.entity} ${fmt(share.value!, "%")}, men ${formatNumber(part.value!)} / ${formatNumber(total.value!)} (${where(total)}) = ${formatNumber(computed, 1)} %.` +
            (agrees(share.value!, alt)
              ? ` Andelen stämmer däremot mot summan av delarna, ${formatNumber(sumParts)} (${formatNumber(alt, 1)} %).`
              : ""),
          stated: side("Angiven andel", share.value!, "%", [share]),
          other: side("Beräknad andel av angiven total", Number(computed.toFixed(2)), "%", [part, total]),
          difference: computed - share.value!,
        });
      }
    }
  }

  // 4. The same quantity (indicator, entity, period, dimension) stated more than once.
  const same = new Map<string, Observation[]>();
  for (const o of data.observations) {
    if (o.value === undefined || o.period === null) continue;
    const k = `${o.indicator}|${o.entity}|${o.period}|${o.dimension ?? ""}`;
    same.set(k, [...(same.get(k) ?? []), o]);
  }
  for (const list of same.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const verdict = compareStatements(
          { value: a.value!, unit: a.unit, qualifier: a.qualifier },
          { value: b.value!, unit: b.unit, qualifier: b.qualifier },
        );
        if (verdict === "ok" || verdict === "incomparable") continue;
        const bv = convert(b.value!, b.unit, a.unit)!;
        add({
          check: "dubbelangivelse",
          severity: verdict === "rounding" ? "avrundning" : "motsägelse",
          detail: `${where(a)}: ${q(a)}${fmt(a.value!, a.unit)}; ${where(b)}: ${q(b)}${fmt(b.value!, b.unit)} (${a.period}${a.dimension ? `, ${a.dimension}` : ""}).`,
          stated: side("Första angivelsen", a.value!, a.unit, [a]),
          other: side("Andra angivelsen", bv, a.unit, [b]),
          difference: subtract(bv, a.value!),
        });
      }
    }
  }

  // 5. Differences the report derives itself.
  for (const o of data.observations) {
    if (!o.check || o.value === undefined) continue;
    const [minuendId, subtrahendIds] = o.check.of;
    const minuend = byId.get(minuendId);
    const subs = subtrahendIds.map((id) => byId.get(id)).filter((x): x is Observation => !!x && x.value !== undefined);
    if (!minuend || minuend.value === undefined) continue;
    const failing = subs.filter((s) => !agrees(o.value!, minuend.value! - s.value!, o.qualifier));
    if (failing.length === 0) continue;
    const worst = failing.reduce((w, s) =>
      Math.abs(minuend.value! - s.value! - o.value!) < Math.abs(minuend.value! - w.value! - o.value!) ? s : w,
    );
    const diff = subtract(minuend.value!, worst.value!);
    add({
      check: "differens",
      severity: "motsägelse",
      detail:
        `${where(o)}: "${q(o)}${fmt(o.value!, o.unit)}", men ` +
        failing
          .map(
            (s) =>
              `${formatNumber(minuend.value!)} − ${formatNumber(s.value!)} = ${formatNumber(subtract(minuend.value!, s.value!))} (${s.indicator} ${s.period})`,
          )
          .join("; ") +
        `. Stämmer för: ${
          subs
            .filter((s) => !failing.includes(s))
            .map((s) => `${s.indicator} ${s.period}`)
            .join(", ") || "ingen"
        }.`,
      stated: side("Angiven skillnad", o.value, o.unit, [o]),
      other: side("Beräknad skillnad", diff, o.unit, [minuend, worst]),
      difference: subtract(diff, o.value),
    });
  }

  // 6. A single-year value must lie inside a range stated for a span that covers it.
  for (const r of data.observations) {
    if (r.min === undefined || r.max === undefined) continue;
    const span = parsePeriod(r.period);
    if (!span) continue;
    for (const o of valued) {
      const s = parsePeriod(o.period);
      if (o.indicator !== r.indicator || o.entity !== r.entity || !s || s.from !== s.to || s.from < span.from || s.from > span.to) continue;
      if (o.value! < r.min - 1e-9 || o.value! > r.max + 1e-9) {
        const nearest = o.value! < r.min ? r.min : r.max;
        add({
          check: "intervall",
          severity: "motsägelse",
          detail: `${where(o)}: ${fmt(o.value!, o.unit)} ${o.period}, utanför ${formatNumber(r.min)}–${formatNumber(r.max)} ${r.unit} för ${r.period} (${where(r)}).`,
          stated: side(`Intervall ${r.period}`, nearest, r.unit, [r]),
          other: side(`Värde ${o.period}`, o.value!, o.unit, [o]),
          difference: subtract(o.value!, nearest),
        });
      }
    }
  }

  // 7. Reported cost categories cannot exceed what was received.
  for (const acc of data.grantAccounts) {
    const received = acc.received.map((id) => byId.get(id)).find((o) => o?.value !== undefined);
    if (!received) continue;
    const amounts = acc.categories
      .map((c) => c.amounts.map((id) => byId.get(id)).find((o) => o?.value !== undefined))
      .filter((o): o is Observation => o !== undefined);
    const sum = sumIn(amounts, received.unit);
    if (sum > received.value! + 1e-9) {
      add({
        check: "bidragsposter",
        severity: "motsägelse",
        detail: `${acc.id}: posterna summerar till ${fmt(sum, received.unit)} men mottaget anges till ${fmt(received.value!, received.unit)} (${where(received)}).`,
        stated: side("Mottaget", received.value!, received.unit, [received]),
        other: side("Summa redovisade poster", sum, received.unit, amounts),
        difference: subtract(sum, received.value!),
      });
    }
  }
  return out;
}

export const AUDIT_HEADER = ["Kontroll", "Allvarlighet", "Iakttagelse", "Angivet", "Jämfört med", "Skillnad", "Måttenhet"] as const;

/** One finding as a table row (GRANSKNING and the Granskning sheet). */
export function auditRow(f: AuditFinding): (string | number)[] {
  return [f.check, f.severity, f.detail, f.stated.value, f.other.value, Number(f.difference.toFixed(4)), f.stated.unit];
}
