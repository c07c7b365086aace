/**
 * Checks of single statements: the same quantity stated in several places, differences the report derives
 * itself, and single years against a range stated for their span.
 */
import { contains, intervalIn, overlaps, relate, statementInterval, subtractInterval, type Relation } from "../dataset/compare";
import { decimals, sum as exactSum } from "../util/decimal";
import {
  amount,
  differenceInWords,
  differenceUnit,
  indicatorName,
  intervalText,
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
import type { AuditContext, Draft, Severity } from "./types";

const VERDICT: Record<Exclude<Relation, "equal">, Severity> = {
  contradiction: "motsägelse",
  rounding: "avrundning",
  compatible: "förenlig",
};

function explainPair(a: Observation, b: Observation, rel: Exclude<Relation, "equal">, bInA: number): string {
  const both = `${statementText(a)} (${where(a)}) och ${statementText(b)} (${where(b)})`;
  if (rel === "contradiction") {
    return `${both} kan inte båda stämma: de skiljer ${amount(Math.abs(bInA - a.value!), a.unit)}, mer än avrundning${a.qualifier || b.qualifier ? " och kvalifikatorer" : ""} medger.`;
  }
  if (rel === "rounding") {
    const [coarse, fine] = decimals(a.value!) < decimals(b.value!) ? [a, b] : [b, a];
    const d = decimals(coarse.value!);
    return `${both}: ${statementText(coarse)} är ${statementText(fine)} avrundat till ${d === 0 ? "heltal" : `${d} decimal${d > 1 ? "er" : ""}`}. Båda stämmer.`;
  }
  const [q, plain] = a.qualifier ? [a, b] : [b, a];
  const range = intervalIn(statementInterval(q.value!, q.qualifier), q.unit, plain.unit)!;
  return `${both}: ”${statementText(q)}” medger ${intervalText(range, plain.unit)}, och ${statementText(plain)} ligger inom det. Uppgifterna är förenliga.`;
}

/** The same quantity (indicator, entity, period, dimension) stated more than once, read with qualifiers. */
export function repeatedStatements(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  const same = new Map<string, Observation[]>();
  for (const o of ctx.data.observations) {
    if (o.value === undefined || o.period === null) continue;
    const k = `${o.indicator}|${o.entity}|${o.period}|${o.dimension ?? ""}`;
    same.set(k, [...(same.get(k) ?? []), o]);
  }
  for (const list of same.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const rel = relate(
          { value: a.value!, unit: a.unit, qualifier: a.qualifier },
          { value: b.value!, unit: b.unit, qualifier: b.qualifier },
        );
        if (rel === "equal" || rel === "incomparable") continue;
        const bv = convert(b.value!, b.unit, a.unit)!;
        const stated = side(`Uppgiften i ${place(a)}`, a.value!, a.unit, [a]);
        const other = side(`Uppgiften i ${place(b)}`, bv, a.unit, [b]);
        out.push({
          check: "dubbelangivelse",
          severity: VERDICT[rel],
          title: `${subject(ctx.data, a)}: ${place(a)} anger ${statementText(a)}, ${place(b)} ${statementText(b)}`,
          detail: explainPair(a, b, rel, bv),
          stated,
          other,
          difference: exactSum([bv, -a.value!]),
          differenceText:
            differenceInWords(exactSum([bv, -a.value!]), a.unit, stated, other) +
            (rel === "rounding"
              ? ", inom avrundningen"
              : rel === "compatible"
                ? `, inom vad ”${statementText(a.qualifier ? a : b)}” medger`
                : ""),
        });
      }
    }
  }
  return out;
}

/** Differences the report derives itself ("mer än 25 procentenheter"), against the figures it names. */
export function derivedDifferences(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  for (const o of ctx.data.observations) {
    if (!o.check || o.value === undefined) continue;
    const [minuendId, subtrahendIds] = o.check.of;
    const m = ctx.byId.get(minuendId);
    const subs = subtrahendIds.map((id) => ctx.byId.get(id)).filter((x): x is Observation => x?.value !== undefined);
    if (!m || m.value === undefined) continue;
    const claim = statementInterval(o.value, o.qualifier);
    const rows = subs.map((s) => {
      const diff = exactSum([m.value!, -s.value!]);
      const possible = subtractInterval(statementInterval(m.value!), statementInterval(s.value!));
      return { s, diff, possible, holds: contains(claim, diff), canHold: overlaps(claim, possible) };
    });
    const failing = rows.filter((r) => !r.holds);
    if (failing.length === 0) continue;
    const contradicted = failing.some((r) => !r.canHold);
    const worst = failing.reduce((w, r) => (Math.abs(r.diff - o.value!) > Math.abs(w.diff - o.value!) ? r : w));
    const named = (list: typeof rows) =>
      listText(
        list.map((r) => `${num(m.value!)} − ${num(r.s.value!)} = ${num(r.diff)} (${indicatorName(ctx.data, r.s.indicator)} ${r.s.period})`),
      );
    const unit = differenceUnit(o.unit) as Unit;
    const diffs = rows.map((r) => r.diff);
    const holding = rows.filter((r) => r.holds);
    out.push({
      check: "differens",
      severity: contradicted ? "motsägelse" : "avrundning",
      title: `${subject(ctx.data, o)}: ”${statementText(o)}”, de angivna talen ger ${num(Math.min(...diffs))}${Math.max(...diffs) !== Math.min(...diffs) ? `–${num(Math.max(...diffs))}` : ""}`,
      detail:
        `${where(o)} skriver ”${statementText(o)}”.` +
        (holding.length ? ` Det håller för ${named(holding)}.` : "") +
        ` Det håller inte för ${named(failing)}.` +
        (contradicted
          ? ` Inte ens avrundningen av talen räcker: påståendet motsägs.`
          : ` Talen är avrundade, så den verkliga skillnaden kan vara ${intervalText(worst.possible, unit)}: ”${o.qualifier ?? ""}” kan stämma men visas inte av talen. Det är kvalifikatorn som går längre än siffrorna, inte siffrorna som är fel.`),
      stated: side(`Angiven skillnad (${statementText(o)})`, o.value, o.unit, [o]),
      other: side("Beräknad skillnad", worst.diff, o.unit, [m, worst.s]),
      difference: exactSum([worst.diff, -o.value]),
      differenceText: contradicted
        ? `${amount(Math.abs(exactSum([worst.diff, -o.value])), unit)} ${worst.diff < o.value ? "under" : "över"} angiven skillnad`
        : `ingen marginal: ${num(worst.diff)} ${unit} är inte ${statementText(o)}; avrundade tal medger ${intervalText(worst.possible, unit)}`,
    });
  }
  return out;
}

/** A single-year value must lie inside a range stated for a span that covers it. */
export function rangeChecks(ctx: AuditContext): Draft[] {
  const out: Draft[] = [];
  for (const r of ctx.data.observations) {
    if (r.min === undefined || r.max === undefined) continue;
    const span = parsePeriod(r.period);
    if (!span) continue;
    for (const o of ctx.valued) {
      const s = parsePeriod(o.period);
      if (o.indicator !== r.indicator || o.entity !== r.entity || !s || s.from !== s.to || s.from < span.from || s.from > span.to) continue;
      if (o.value! >= r.min - 1e-9 && o.value! <= r.max + 1e-9) continue;
      const nearest = o.value! < r.min ? r.min : r.max;
      const stated = side(`Intervall ${r.period}`, nearest, r.unit, [r]);
      const other = side(`Värde ${o.period}`, o.value!, o.unit, [o]);
      out.push({
        check: "intervall",
        severity: "motsägelse",
        title: `${subject(ctx.data, o)}: ${num(o.value!)} ${o.unit} ligger utanför ${num(r.min)}–${num(r.max)} ${r.unit} för ${r.period}`,
        detail: `${where(o)}: ${statementText(o)} ${o.period}, men ${where(r)} anger ${num(r.min)}–${num(r.max)} ${r.unit} för varje år ${r.period}.`,
        stated,
        other,
        difference: exactSum([o.value!, -nearest]),
        differenceText: differenceInWords(exactSum([o.value!, -nearest]), o.unit, stated, other),
      });
    }
  }
  return out;
}
