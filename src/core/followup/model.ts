/**
 * The follow-up model (issue 21), pure: classifies each ledger row's account to a Kammarkollegiet cost type
 * (Kostnadsslag rules, account from–to), maps each project (or one activity object of it) to a Socialstyrelsen
 * insatsområde, and crosses the two with row totals, column totals, the ledger's total and the difference
 * between them. Money is integer öre. UPPFOLJNING, the CLI and the report's figures all come from crosswalk().
 */
import { fail } from "../util/errors";
import {
  COST_TYPES,
  UNCLASSIFIED,
  UNMAPPED_AREA,
  yearStart,
  type AreaMapping,
  type CostRule,
  type Crosswalk,
  type CrosswalkCell,
  type FollowupRow,
  type ResultIndicator,
} from "./types";

const span = (r: CostRule) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`);
const ruleLabel = (r: CostRule, i: number) => `rad ${r.row ?? i + 1} (${span(r)} ${r.costType})`;

/** Account → cost type (null: no rule applies). Overlapping rules fail naming both rows. */
export type Classifier = (account: string) => string | null;

export function costClassifier(rules: readonly CostRule[]): Classifier {
  const sorted = rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.from - b.r.from || a.r.to - b.r.to);
  for (const { r, i } of sorted) {
    if (!Number.isInteger(r.from) || !Number.isInteger(r.to) || r.from < 0 || r.to < r.from)
      fail("argType", { arg: `Kostnadsslag ${ruleLabel(r, i)}`, expected: "ett intervall av kontonummer där Från ≤ Till" });
    if (!r.costType.trim()) fail("argMissing", { arg: `kostnadsslag på rad ${r.row ?? i + 1}` });
  }
  // The rule reaching furthest so far: any later rule starting at or before its end overlaps it.
  type Entry = { r: CostRule; i: number };
  let reach: Entry | null = null;
  for (const cur of sorted) {
    if (reach && cur.r.from <= reach.r.to) {
      const [a, b]: [Entry, Entry] = reach.i < cur.i ? [reach, cur] : [cur, reach];
      fail("mappingOverlap", { table: "Kostnadsslag", a: ruleLabel(a.r, a.i), b: ruleLabel(b.r, b.i) });
    }
    if (!reach || cur.r.to > reach.r.to) reach = cur;
  }
  const from = sorted.map((x) => x.r.from);
  const to = sorted.map((x) => x.r.to);
  const type = sorted.map((x) => x.r.costType.trim());
  const cache = new Map<string, string | null>();
  return (account) => {
    let hit = cache.get(account);
    if (hit !== undefined) return hit;
    hit = null;
    if (/^\d{1,9}$/.test(account)) {
      const n = Number(account);
      let lo = 0;
      let hi = from.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (from[mid] <= n) lo = mid + 1;
        else hi = mid - 1;
      }
      if (hi >= 0 && n <= to[hi]) hit = type[hi];
    }
    cache.set(account, hit);
    return hit;
  };
}

/** (project, activity object) → area (null: not mapped). A key mapped to two different areas fails naming both rows. */
export type AreaMapper = (project: string, activity?: string) => string | null;

export function areaMapper(mappings: readonly AreaMapping[]): AreaMapper {
  const byKey = new Map<string, { m: AreaMapping; i: number }>();
  mappings.forEach((m, i) => {
    const area = m.area.trim();
    if (!area) fail("argMissing", { arg: `insatsområde på rad ${m.row ?? i + 1}` });
    const activity = m.activity?.trim() ?? "";
    const key = `${m.project.trim()}\u0000${activity}`;
    const seen = byKey.get(key);
    if (seen && seen.m.area.trim() !== area) {
      const label = (x: { m: AreaMapping; i: number }) => `rad ${x.m.row ?? x.i + 1} (${x.m.area.trim()})`;
      fail("mappingDouble", {
        project: activity ? `${m.project.trim()} (aktivitetsobjekt ${activity})` : m.project.trim(),
        a: label(seen),
        b: label({ m, i }),
      });
    }
    if (!seen) byKey.set(key, { m: { ...m, area }, i });
  });
  const map = new Map([...byKey].map(([k, v]) => [k, v.m.area]));
  return (project, activity = "") => (activity ? map.get(`${project}\u0000${activity}`) : undefined) ?? map.get(`${project}\u0000`) ?? null;
}

/** Areas or projects with at least one result indicator that has an actual value (not a gap). */
export function withResults(results: readonly ResultIndicator[]): Set<string> {
  const out = new Set<string>();
  for (const r of results)
    if (Object.values(r.actuals).some((v) => v !== null && v !== undefined && Number.isFinite(v))) out.add(r.area.trim());
  return out;
}

export interface CrosswalkOptions {
  /** Received in öre; unspent = received − total. */
  received?: number | null;
  /** Only rows of this year (rows that state no year are kept). */
  year?: number | null;
  results?: readonly ResultIndicator[];
  /** Column order: e.g. the agreement's areas; otherwise the mapping's areas as first listed. Areas not in it follow. */
  areaOrder?: readonly string[];
}

const checkOre = (n: number, what: string) => {
  if (!Number.isSafeInteger(n)) fail("argRange", { arg: what, min: "−9·10^13 kr", max: "9·10^13 kr" });
  return n;
};

interface Sums {
  cells: Map<string, Map<string, number>>;
  unclassified: Map<string, { name: string; ore: number }>;
  unmapped: Map<string, { name: string; ore: number }>;
  total: number;
  tracedOre: number;
  year: number | null;
}

const addTo = (m: Map<string, { name: string; ore: number }>, key: string, name: string | undefined, ore: number) => {
  const u = m.get(key) ?? { name: name ?? "", ore: 0 };
  u.ore += ore;
  if (!u.name && name) u.name = name;
  m.set(key, u);
};

/** Every row into its cell (Ej klassat / Ej kopplat included), with what is not classified or mapped. */
function sumRows(
  rows: Iterable<FollowupRow>,
  classify: Classifier,
  mapArea: AreaMapper,
  traced: Set<string>,
  opts: CrosswalkOptions,
): Sums {
  const s: Sums = { cells: new Map(), unclassified: new Map(), unmapped: new Map(), total: 0, tracedOre: 0, year: opts.year ?? null };
  for (const row of rows) {
    const y = yearStart(row.year);
    if (opts.year != null && y !== undefined && y !== opts.year) continue;
    if (s.year === null && y !== undefined) s.year = y;
    const ore = row.ore;
    s.total += ore;
    const costType = classify(row.account) ?? UNCLASSIFIED;
    if (costType === UNCLASSIFIED) addTo(s.unclassified, row.account, row.accountName, ore);
    const mapped = mapArea(row.project, row.activity);
    if (mapped === null) addTo(s.unmapped, row.project, row.projectName, ore);
    else if (traced.has(mapped) || traced.has(row.project)) s.tracedOre += ore;
    const area = mapped ?? UNMAPPED_AREA;
    let byArea = s.cells.get(costType);
    if (!byArea) s.cells.set(costType, (byArea = new Map()));
    byArea.set(area, (byArea.get(area) ?? 0) + ore);
  }
  checkOre(s.total, "huvudbokens summa");
  return s;
}

/** Rows: the standard cost types, the user's own, Ej klassat where used. Columns: the given order, the mapping's areas, Ej kopplat where used. */
function orderOf(cells: Sums["cells"], rules: readonly CostRule[], mappings: readonly AreaMapping[], areaOrder: readonly string[] = []) {
  const ownTypes = [...new Set(rules.map((r) => r.costType.trim()))].filter((t) => !(COST_TYPES as readonly string[]).includes(t));
  const types = [...COST_TYPES, ...ownTypes.filter((t) => t !== UNCLASSIFIED)];
  if (cells.has(UNCLASSIFIED) || ownTypes.includes(UNCLASSIFIED)) types.push(UNCLASSIFIED);
  const mappedAreas = [...new Set(mappings.map((m) => m.area.trim()))];
  const areas = [...new Set([...areaOrder, ...mappedAreas])].filter((a) => a !== UNMAPPED_AREA);
  for (const byArea of cells.values()) for (const a of byArea.keys()) if (a !== UNMAPPED_AREA && !areas.includes(a)) areas.push(a);
  if ([...cells.values()].some((m) => m.has(UNMAPPED_AREA))) areas.push(UNMAPPED_AREA);
  return { types, areas };
}

const byCode = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The crosswalk cost type × area. Every row lands in exactly one cell (Ej klassat / Ej kopplat included), so
 * row totals sum to the ledger's total and so do column totals; difference is that total minus the cells' sum,
 * computed separately (0 when reconciled).
 */
export function crosswalk(
  rows: Iterable<FollowupRow>,
  rules: readonly CostRule[],
  mappings: readonly AreaMapping[],
  opts: CrosswalkOptions = {},
): Crosswalk {
  const s = sumRows(rows, costClassifier(rules), areaMapper(mappings), withResults(opts.results ?? []), opts);
  const { types, areas } = orderOf(s.cells, rules, mappings, opts.areaOrder);
  const matrix: CrosswalkCell[] = [];
  const rowSum = new Map<string, number>();
  const colSum = new Map<string, number>();
  let matrixSum = 0;
  for (const t of types) {
    for (const a of areas) {
      const ore = s.cells.get(t)?.get(a) ?? 0;
      matrix.push({ costType: t, area: a, ore });
      rowSum.set(t, (rowSum.get(t) ?? 0) + ore);
      colSum.set(a, (colSum.get(a) ?? 0) + ore);
      matrixSum += ore;
    }
  }
  const received = opts.received ?? null;
  return {
    year: s.year,
    costTypes: types.map((name) => ({ name, ore: rowSum.get(name) ?? 0 })),
    areas: areas.map((name) => ({ name, ore: colSum.get(name) ?? 0 })),
    matrix,
    total: s.total,
    received,
    unspent: received === null ? null : checkOre(received - s.total, "ej förbrukat"),
    difference: s.total - matrixSum,
    unclassifiedAccounts: [...s.unclassified]
      .sort(([a], [b]) => byCode(a, b))
      .map(([account, u]) => ({ account, name: u.name, ore: u.ore })),
    unmappedProjects: [...s.unmapped]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([project, u]) => ({ project, name: u.name, ore: u.ore })),
    traceability: s.total === 0 ? null : s.tracedOre / s.total,
    tracedOre: s.tracedOre,
  };
}
