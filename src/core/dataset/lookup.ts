/**
 * Lookups over the reference dataset: entities (case-, diacritic- and alias-tolerant), indicators and
 * observations, each returning the observation with its provenance or a typed DomainError that says
 * what is available. Indexes are built once per dataset; every lookup is a Map hit.
 */
import { DATASET } from "./dataset";
import { fail } from "../util/errors";
import { parsePeriod, spanContains } from "./periods";
import { clip, closest, fold, formatNumber, SEARCH_MAX } from "../util/text";
import { ECHO_MAX, NameIndex } from "../util/names";
import type { Dataset, Entity, Indicator, Observation } from "./types";
import { convert } from "./units";
import { precisionRank, relate, type Relation, type Statement } from "./compare";
import { shortCitation } from "./sources";

export interface Resolved {
  observation: Observation;
  /** In the indicator's unit (or the observation's own, when looked up by id). */
  value: number;
}

export interface RelatedStatement extends Resolved {
  /** How this statement relates to the first of its set (absent for the first, for ranges and other breakdowns). */
  relation?: Relation;
}

export interface RelatedSet {
  /** The finest statement first (the one a lookup answers with), then the others. */
  statements: RelatedStatement[];
  /** True when two statements of the same quantity (same breakdown) cannot both be true. */
  conflict: boolean;
}

export class Catalog {
  readonly data: Dataset;
  private readonly entities: NameIndex<Entity>;
  private readonly indicatorKeys = new Map<string, Indicator>();
  private readonly byId = new Map<string, Observation>();
  private readonly bySeries = new Map<string, Observation[]>();
  private readonly seriesByYear = new Map<string, Observation[]>();
  /** Resolved single-year lookups: indicator → entity → year. The data never changes, so neither do they. */
  private readonly yearCache = new Map<string, Map<string, Map<number, Resolved>>>();
  private readonly entityInputs = new Map<string, Entity>();
  private readonly indicatorInputs = new Map<string, Indicator>();

  constructor(data: Dataset) {
    this.data = data;
    this.entities = new NameIndex(
      data.entities,
      (e) => [e.id, e.name, ...e.aliases, e.countyCode, e.countyLetter],
      (e) => [e.name, ...e.aliases],
    );
    for (const i of data.indicators) {
      this.indicatorKeys.set(fold(i.id), i);
      this.indicatorKeys.set(fold(i.name), i);
    }
    for (const o of data.observations) {
      this.byId.set(o.id, o);
      push(this.bySeries, seriesKey(o.indicator, o.entity), o);
      const span = parsePeriod(o.period);
      if (span && span.from === span.to) push(this.seriesByYear, `${seriesKey(o.indicator, o.entity)}|${span.from}`, o);
    }
    for (const list of this.bySeries.values()) list.sort(byPeriod);
  }

  entity(input: string): Entity {
    const seen = this.entityInputs.get(input);
    if (seen) return seen;
    const found = this.findEntity(input);
    if (this.entityInputs.size < 10_000) this.entityInputs.set(input, found);
    return found;
  }

  private findEntity(input: string): Entity {
    return this.entities.resolve(input, () => this.data.entities.map((e) => e.name).join(", "));
  }

  indicator(input: string): Indicator {
    const seen = this.indicatorInputs.get(input);
    if (seen) return seen;
    if (input.length > MAX_NAME_INPUT) return fail("unknownIndicator", { input: clip(input, ECHO_MAX) });
    const hit = this.indicatorKeys.get(fold(input));
    if (hit) {
      if (this.indicatorInputs.size < 10_000) this.indicatorInputs.set(input, hit);
      return hit;
    }
    return fail("unknownIndicator", {
      input: clip(input, ECHO_MAX),
      suggestion: closest(
        fold(input),
        this.data.indicators.map((i) => i.id),
      ),
    });
  }

  observation(id: string): Observation | undefined {
    return this.byId.get(id.trim());
  }

  /** Every observation of an indicator for an entity, ordered by period. */
  series(indicatorId: string, entityId: string): Observation[] {
    return this.bySeries.get(seriesKey(indicatorId, entityId)) ?? [];
  }

  /** The names of the entities an indicator has figures for, e.g. to say where a figure does exist. */
  entitiesWith(indicatorId: string): string | undefined {
    const ids = new Set(this.data.observations.filter((o) => o.indicator === indicatorId).map((o) => o.entity));
    const names = this.data.entities.filter((e) => ids.has(e.id)).map((e) => e.name);
    return names.length ? names.join(", ") : undefined;
  }

  /** Every statement of indicator × entity for exactly this year or span (no range expansion). */
  statements(ind: Indicator, ent: Entity, period: number | string): Observation[] {
    if (typeof period === "number") return this.seriesByYear.get(`${seriesKey(ind.id, ent.id)}|${period}`) ?? [];
    const wanted = normalisePeriod(period);
    return this.series(ind.id, ent.id).filter((o) => o.period !== null && normalisePeriod(o.period) === wanted);
  }

  /**
   * The value of indicator × entity for a year ("2024") or a span ("2019–2024"). A figure stated only as a
   * range raises rangeOnly unless `pick` chooses min or max; differing statements raise conflict.
   */
  value(ind: Indicator, ent: Entity, period: number | string, pick?: "min" | "max", dimension?: string): Resolved {
    if (typeof period === "number" && pick === undefined && dimension === undefined) {
      let byEntity = this.yearCache.get(ind.id);
      if (!byEntity) this.yearCache.set(ind.id, (byEntity = new Map()));
      let byYear = byEntity.get(ent.id);
      if (!byYear) byEntity.set(ent.id, (byYear = new Map()));
      const hit = byYear.get(period);
      if (hit) return hit;
      const resolved = this.resolve(ind, ent, period);
      byYear.set(period, resolved);
      return resolved;
    }
    return this.resolve(ind, ent, period, pick, dimension);
  }

  private resolve(ind: Indicator, ent: Entity, period: number | string, pick?: "min" | "max", dimension?: string): Resolved {
    const what = `${ind.name} – ${ent.name}`;
    const wanted = typeof period === "number" ? String(period) : normalisePeriod(period);
    let candidates = this.statements(ind, ent, period);
    if (dimension !== undefined) candidates = candidates.filter((o) => o.dimension === dimension);
    if (candidates.length === 0 && typeof period === "number") {
      const ranged = this.series(ind.id, ent.id).find((o) => o.value === undefined && spanContains(o.period, period));
      if (ranged) candidates = [ranged];
    }
    if (candidates.length === 0) {
      const all = this.series(ind.id, ent.id);
      if (all.length === 0) return fail("noData", { what, available: this.entitiesWith(ind.id) });
      return fail("noValueForPeriod", { what, year: wanted, available: availableText(all) });
    }
    const resolved = candidates.map((o) => ({ observation: o, value: this.pickValue(o, ind, pick, what) }));
    const set = relateStatements(resolved.map((r) => ({ ...r, statement: statementOf(r.observation, pick) })));
    // Different breakdowns (cost items) are different quantities: the caller must choose one.
    const breakdowns = new Set(candidates.map((o) => o.dimension ?? ""));
    if (set.conflict || breakdowns.size > 1) {
      return fail("conflict", {
        what: `${what} ${wanted}`,
        values: set.statements
          .map((r) => {
            const dim = r.observation.dimension ? `${r.observation.dimension}; ` : "";
            return `${formatNumber(r.value)} ${ind.unit} (${dim}${shortCitation(r.observation.source)}; id ${r.observation.id})`;
          })
          .join("; "),
      });
    }
    return set.statements[0];
  }

  /**
   * Every statement of indicator × entity for the period, the one a lookup answers with first, each other one
   * with how it relates to that one (equal, compatible, rounding or contradiction). Never throws for
   * conflicts: KÄLLA shows them. Statements without a single value (ranges) are listed unrelated.
   */
  related(ind: Indicator, ent: Entity, period: number | string, dimension?: string): RelatedSet {
    let obs = this.statements(ind, ent, period);
    if (dimension !== undefined) obs = obs.filter((o) => o.dimension === dimension);
    const valued = obs.filter((o) => o.value !== undefined);
    const set = relateStatements(
      valued.map((o) => ({ observation: o, value: convert(o.value!, o.unit, ind.unit) ?? o.value!, statement: statementOf(o) })),
    );
    const ranged = obs.filter((o) => o.value === undefined).map((o) => ({ observation: o, value: NaN }));
    return { conflict: set.conflict, statements: [...set.statements, ...ranged] };
  }

  private pickValue(o: Observation, ind: Indicator, pick: "min" | "max" | undefined, what: string): number {
    let raw = o.value;
    if (raw === undefined) {
      if (!pick) {
        return fail("rangeOnly", {
          what,
          period: o.period ?? "år ej angivet",
          min: formatNumber(o.min ?? NaN),
          max: formatNumber(o.max ?? NaN),
          unit: o.unit,
        });
      }
      raw = pick === "min" ? o.min : o.max;
    }
    const v = convert(raw as number, o.unit, ind.unit);
    return v ?? (raw as number);
  }
}

/** Longer input cannot be a name in the data (the longest is far shorter): answered at once, no search. */
const MAX_NAME_INPUT = SEARCH_MAX;

function statementOf(o: Observation, pick?: "min" | "max"): Statement {
  const value = o.value ?? (pick === "min" ? o.min : o.max)!;
  return { value, unit: o.unit, qualifier: o.qualifier };
}

/**
 * Orders statements finest first (unqualified before qualified, more digits before fewer, stable otherwise)
 * and relates each to the first. Only statements that cannot both be true make a conflict.
 */
function relateStatements(list: (Resolved & { statement: Statement })[]): RelatedSet {
  const sorted = list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => precisionRank(a.r.statement) - precisionRank(b.r.statement) || a.i - b.i)
    .map(({ r }) => r);
  const sameQuantity = (a: Resolved, b: Resolved) => (a.observation.dimension ?? "") === (b.observation.dimension ?? "");
  let conflict = false;
  for (let i = 0; i < sorted.length && !conflict; i++) {
    for (let j = i + 1; j < sorted.length && !conflict; j++) {
      conflict = sameQuantity(sorted[i], sorted[j]) && relate(sorted[i].statement, sorted[j].statement) === "contradiction";
    }
  }
  const statements = sorted.map(({ observation, value, statement }, i): RelatedStatement => {
    if (i === 0 || !sameQuantity(sorted[0], sorted[i])) return { observation, value };
    const rel = relate(sorted[0].statement, statement);
    return { observation, value, relation: rel === "incomparable" ? undefined : rel };
  });
  return { statements, conflict };
}

function seriesKey(indicator: string, entity: string): string {
  return `${indicator}|${entity}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function byPeriod(a: Observation, b: Observation): number {
  const pa = parsePeriod(a.period);
  const pb = parsePeriod(b.period);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  return pa.from - pb.from || pa.to - pb.to;
}

export function normalisePeriod(p: string): string {
  const s = parsePeriod(p.replace(/\s+/g, ""));
  if (!s) return p.trim();
  return s.from === s.to ? String(s.from) : `${s.from}–${s.to}`;
}

function availableText(all: Observation[]): string {
  const periods = [...new Set(all.map((o) => o.period ?? "år ej angivet"))];
  return periods.length ? periods.join(", ") : "inga perioder";
}

let defaultCatalog: Catalog | undefined;
/** The catalogue over the bundled dataset, built on first use. */
export function catalog(): Catalog {
  return (defaultCatalog ??= new Catalog(DATASET));
}
