/**
 * Checks of totals: a span's total against its years (and, where it misses, which span it does cover), a
 * table row's parts against its total, and stated shares against part ÷ total.
 */
import { addIntervals, agrees, intervalIn, overlaps, statementInterval, type Interval } from "../dataset/compare";
import { sum as exactSum } from "../util/decimal";
import {
  amount,
  differenceInWords,
  signed,
  differenceUnit,
  entityName,
  listText,
  num,
  place,
  side,
  statementText,
  subject,
  where,
} from "./describe";
import { parsePeriod } from "../dataset/periods";
import type { Observation, Unit } from "../dataset/types";
import { convert } from "../dataset/units";
import { PARTS_OF_TOTAL, type AuditContext, type Draft } from "./types";

const about = (ctx: AuditContext, o: Observation, omitPeriod = false) => subject(ctx.data, o, { omitPeriod });

/** A figure for a title: the bare number in the indicator's own unit, with its unit otherwise. */
function figure(ctx: AuditContext, v: number, o: Observation): string {
  const own = ctx.data.indicators.find((i) => i.id === o.indicator)?.unit;
  return own === o.unit ? num(v) : amount(v, o.unit);
}

function inUnit(o: Observation, unit: Unit): number {
  return convert(o.value!, o.unit, unit) ?? o.value!;
}

function intervalOf(o: Observation, unit: Unit): Interval {
  return intervalIn(statementInterval(o.value!, o.qualifier), o.unit, unit) ?? statementInterval(o.value!, o.qualifier);
}

const sumOf = (obs: Observation[], unit: Unit) => exactSum(obs.map((o) => inUnit(o, unit)));
const fits = (o: Observation, parts: Observation[]) =>
  overlaps(intervalOf(o, o.unit), addIntervals(parts.map((p) => intervalOf(p, o.unit))));

/** One statement per year of a span, preferring the total's own table; null if a year is missing. */
function yearsOf(ctx: AuditContext, o: Observation, from: number, to: number): Observation[] | null {
  const years: Observation[] = [];
  for (let y = from; y <= to; y++) {
    const list = ctx.valued.filter((x) => x.indicator === o.indicator && x.entity === o.entity && x.period === String(y));
    if (list.length === 0) return null;
    years.push(list.find((x) => x.source.label && o.source.label?.startsWith(x.source.label)) ?? list[0]);
  }
  return years;
}

/** A total stated for a span must equal the sum of its years; where it does not, find the span it covers. */
export function periodSums(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  const summable = new Set(PARTS_OF_TOTAL.map((p) => p.indicator));
  const passed: Observation[] = [];
  for (const o of ctx.valued) {
    const s = parsePeriod(o.period);
    if (!s || s.from === s.to || !summable.has(o.indicator)) continue;
    const years = yearsOf(ctx, o, s.from, s.to);
    if (!years) continue;
    if (fits(o, years)) {
      passed.push(o);
      continue;
    }
    const sum = sumOf(years, o.unit);
    const stated = side(`Angiven summa ${o.period}`, o.value!, o.unit, [o]);
    const other = side(`Summan av åren ${o.period}`, sum, o.unit, years);
    out.push({
      check: "periodsumma",
      severity: "motsägelse",
      title: `${about(ctx, o)}: ${place(o)} summerar till ${figure(ctx, sum, o)}, anges ${figure(ctx, o.value!, o)}`,
      detail: `${where(o)} anger ${statementText(o)} för ${o.period}, men åren ${s.from}–${s.to} (${place(years[0])}) summerar till ${amount(sum, o.unit)}.`,
      stated,
      other,
      difference: exactSum([sum, -o.value!]),
      differenceText: differenceInWords(exactSum([sum, -o.value!]), o.unit, stated, other),
    });
    const label = periodLabel(ctx, o, s.from, s.to, years);
    if (label) {
      ctx.mislabelled.set(o.id, label.span);
      out.push(label.finding);
    }
  }
  // Parts on the same row that are right for the stated span, named in the label finding.
  for (const f of out.filter((x) => x.check === "periodetikett")) {
    const total = ctx.byId.get(f.stated.observationIds[0])!;
    const rowParts = passed.filter((p) => p.period === total.period && p.source.label === total.source.label && p.id !== total.id);
    if (rowParts.length) {
      f.detail += ` Delarna på samma rad som går att kontrollera år för år stämmer för ${total.period} (${listText(rowParts.map((p) => `${entityName(ctx.data, p.entity)} ${num(p.value!)}`))}); bara totalen gäller ${ctx.mislabelled.get(total.id)}.`;
    }
  }
  return out;
}

/** The span one year wider or narrower whose years do sum to the total, with what else in the report says so. */
function periodLabel(ctx: AuditContext, o: Observation, from: number, to: number, statedYears: Observation[]) {
  for (const [df, dt] of [
    [0, 1],
    [-1, 0],
    [0, -1],
    [1, 0],
  ]) {
    const f = from + df;
    const t = to + dt;
    if (f > t) continue;
    const years = yearsOf(ctx, o, f, t);
    if (!years || !fits(o, years)) continue;
    const span = `${f}–${t}`;
    const sum = sumOf(years, o.unit);
    const statedSum = sumOf(statedYears, o.unit);
    const agreeing = ctx.valued.filter(
      (x) =>
        x.indicator === o.indicator &&
        x.entity === o.entity &&
        x.period === span &&
        x.id !== o.id &&
        overlaps(intervalOf(x, o.unit), intervalOf(o, o.unit)),
    );
    const captions = (ctx.data.tables ?? []).filter(
      (c) => c.period === span && o.source.label?.startsWith(c.label) && c.source.report === o.source.report,
    );
    const support = [
      ...agreeing.map((x) => `”${statementText(x)}” (${where(x)})`),
      ...captions.map((c) => `tabellrubriken ”${c.source.excerpt}”`),
    ];
    const added = years.filter((y) => !statedYears.includes(y)).map((y) => `plus ${y.period}: ${num(inUnit(y, o.unit))}`);
    const removed = statedYears.filter((y) => !years.includes(y)).map((y) => `minus ${y.period}: ${num(inUnit(y, o.unit))}`);
    const stated = side(`Angiven summa ${o.period}`, o.value!, o.unit, [o]);
    const other = side(
      `Summan av åren ${span}`,
      sum,
      o.unit,
      [...years, ...agreeing],
      captions.map((c) => c.source),
    );
    const finding: Draft = {
      check: "periodetikett",
      severity: "motsägelse",
      title: `${about(ctx, o, true)}: ${place(o)} anger totalen ${num(o.value!)} för ${o.period}, men den är summan för ${span}`,
      detail:
        `Åren ${span} summerar till ${amount(sum, o.unit)} (${num(statedSum)} för ${o.period} ${[...added, ...removed].join(", ")}), vilket är den angivna totalen.` +
        (support.length ? ` Det stämmer med ${listText(support)}.` : "") +
        ` Felet sitter i periodangivelsen ${o.period}, inte i summan.`,
      stated,
      other,
      difference: exactSum([sum, -o.value!]),
      differenceText: `${amount(Math.abs(exactSum([statedSum, -o.value!])), o.unit)} mot ${o.period}, ingen mot ${span}`,
    };
    return { span, finding };
  }
  return null;
}

/** Parts of a total stated in the same place (one table row, one sentence) must add up. */
export function rowSums(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  const rows: { total: Observation; parts: Observation[] }[] = [];
  for (const pt of PARTS_OF_TOTAL) {
    const groups = new Map<string, Observation[]>();
    for (const o of ctx.valued) {
      if (o.indicator !== pt.indicator || o.period === null) continue;
      const k = `${o.period}|${o.source.section}|${o.source.label ?? ""}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    for (const g of groups.values()) {
      const total = g.find((o) => o.entity === pt.total);
      const parts = g.filter((o) => pt.parts.includes(o.entity));
      if (total && parts.length >= 2) rows.push({ total, parts });
    }
  }
  for (const { total, parts } of rows) {
    if (fits(total, parts)) continue;
    const sum = sumOf(parts, total.unit);
    // Another statement of the same row (e.g. the table for the text) whose parts do make this total.
    const other = rows.find((r) => r.total !== total && r.total.period === total.period && fits(total, r.parts));
    const stated = side("Angiven total", total.value!, total.unit, [total]);
    const partsSide = side("Summan av delarna", sum, total.unit, parts);
    out.push({
      check: "radsumma",
      severity: "motsägelse",
      title: `${about(ctx, total)}: ${place(total)} summerar till ${figure(ctx, sum, total)}, anges ${total.qualifier ? `${total.qualifier} ` : ""}${figure(ctx, total.value!, total)}`,
      detail:
        `Delarna i ${where(total)}: ${parts.map((p) => statementText(p)).join(" + ")} = ${amount(sum, total.unit)}, men totalen anges till ${statementText(total)}.` +
        (other
          ? ` Delarna i ${place(other.parts[0])} (${other.parts.map((p) => statementText(p)).join(" + ")} = ${amount(sumOf(other.parts, total.unit), total.unit)}) stämmer med totalen; det är delarna i ${place(total)} som avviker.`
          : "") +
        (ctx.mislabelled.has(total.id)
          ? ` ${amount(total.value!, total.unit)} är summan för ${ctx.mislabelled.get(total.id)}, inte ${total.period}; se iakttagelsen om periodangivelsen.`
          : ""),
      stated,
      other: partsSide,
      difference: exactSum([sum, -total.value!]),
      differenceText: differenceInWords(exactSum([sum, -total.value!]), total.unit, stated, partsSide),
    });
  }
  return out;
}

/** Stated shares against part ÷ stated total, and against part ÷ sum of the parts. */
export function shares(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  const find = (indicator: string, entity: string, period: string | null) =>
    ctx.valued.find((o) => o.indicator === indicator && o.entity === entity && o.period === period);
  for (const pt of PARTS_OF_TOTAL) {
    if (!pt.shareIndicator) continue;
    for (const share of ctx.valued.filter((o) => o.indicator === pt.shareIndicator)) {
      const part = find(pt.indicator, share.entity, share.period);
      const total = find(pt.indicator, pt.total, share.period);
      if (!part || !total) continue;
      const computed = (100 * part.value!) / total.value!;
      if (agrees(share.value!, computed, share.qualifier)) continue;
      const parts = pt.parts.map((e) => find(pt.indicator, e, share.period)).filter((o): o is Observation => o !== undefined);
      const sumParts = sumOf(parts, total.unit);
      const alt = (100 * inUnit(part, total.unit)) / sumParts;
      const fitsParts = agrees(share.value!, alt, share.qualifier);
      const realSpan = ctx.mislabelled.get(total.id);
      const pp = differenceUnit("%");
      const stated = side("Angiven andel", share.value!, "%", [share]);
      const explained = fitsParts && realSpan !== undefined;
      const other = explained
        ? side("Andel av delarnas summa", alt, "%", [part, ...parts.filter((p) => p !== part)])
        : side("Andel av angiven total", computed, "%", [part, total]);
      const vsTotal = `${num(part.value!)} / ${num(total.value!)} (${where(total)}) = ${num(Math.round(computed * 10) / 10)} %`;
      const vsParts = `${num(part.value!)} / ${num(sumParts)} (summan av ${listText(parts.map((p) => entityName(ctx.data, p.entity)))}) = ${num(Math.round(alt * 10) / 10)} %`;
      out.push({
        check: "andel",
        severity: explained ? "förenlig" : "motsägelse",
        title: explained
          ? `${about(ctx, share)}: ${num(share.value!)} % stämmer mot delarnas summa ${num(sumParts)}, inte mot totalen ${num(total.value!)}`
          : `${about(ctx, share)}: anges ${num(share.value!)} %, beräknas till ${num(Math.round(computed * 10) / 10)} %`,
        detail: explained
          ? `${where(share)}: ${statementText(share)}. ${vsParts}, som stämmer. Mot den angivna totalen blir det ${vsTotal}, men den totalen är summan för ${realSpan}, inte ${total.period}. Andelen är rätt; felet sitter i totalens periodangivelse.`
          : `${where(share)}: ${statementText(share)}, men ${vsTotal}.` + (fitsParts ? ` Andelen stämmer däremot mot ${vsParts}.` : ""),
        stated,
        other,
        difference: other.value - share.value!,
        differenceText: explained
          ? `${signed(alt - share.value!)} ${pp} mot delarnas summa (inom avrundningen); ${signed(computed - share.value!)} ${pp} mot totalen ${num(total.value!)}`
          : differenceInWords(computed - share.value!, "%", stated, other),
      });
    }
  }
  return out;
}
