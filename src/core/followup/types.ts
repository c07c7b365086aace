/**
 * The follow-up model's vocabulary (issue 21): the Kammarkollegiet view (cost types per account), the
 * Socialstyrelsen view (insatsområden per project), results, and what the crosswalk of the two returns.
 * Shared by the pure model (./model), the workbook plans and UPPFOLJNING. Money is integer öre throughout.
 */

/** The reporting cost types Kammarkollegiet asks for, in report order. */
export const COST_TYPES = ["Egen personal", "Inhyrd personal", "Köpt vård och verksamhet", "Övriga varor och tjänster"] as const;
export type StandardCostType = (typeof COST_TYPES)[number];
/** Where no rule applies. */
export const UNCLASSIFIED = "Ej klassat";
/** Where a project has no insatsområde. */
export const UNMAPPED_AREA = "Ej kopplat";

export const PRESET_IDS = ["bas", "kommunbas", "regionbas"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** One row of the Kostnadsslag table: accounts from–to (inclusive) → cost type. */
export interface CostRule {
  from: number;
  to: number;
  /** One of COST_TYPES, or the user's own name. */
  costType: string;
  /** The row as the user sees it (table row, 1-based), named in errors. Absent for preset rules. */
  row?: number;
}

/** One row of the Insatsområde table: a project (optionally one activity object of it) → area. */
export interface AreaMapping {
  project: string;
  /** Activity object code; absent or "" = the whole project. */
  activity?: string;
  area: string;
  row?: number;
}

/** A web source as the data cites it. url null where the statement comes from the issue itself. */
export interface WebSource {
  title: string;
  url: string | null;
  says: string;
}

export interface ReportSource {
  report: "vastmanland-2025" | "ramboll-2025";
  section: string;
  label?: string;
  excerpt: string;
}

export interface PresetRule {
  from: number;
  to: number;
  costType: StandardCostType;
  /** Index into the preset's sources. */
  source: number;
}

export interface CostPreset {
  id: PresetId;
  name: string;
  /** #KPTYP values (folded, compared without case and spaces) that point to this preset. */
  kptyp: string[];
  /** The pane must say that the organisation's own chart has to be checked (Region-Bas). */
  checkOwnChart: boolean;
  note: string;
  sources: WebSource[];
  rules: PresetRule[];
}

export interface Area {
  name: string;
  /** Chapters of the agreement (2024: "4.1" …). */
  chapters?: string[];
  /** The chapter heading as the agreement writes it. */
  heading?: string;
  /** Where a report names the area (Ramboll's case regions). */
  reportSource?: ReportSource;
}

export interface AreaList {
  id: string;
  year: number;
  /** Dataset entity id (kalmar, stockholm, jamtland) for a region's own headings; absent for the national agreement. */
  entity?: string;
  name: string;
  source?: WebSource;
  areas: Area[];
}

/** A pinned Kolada result KPI. title null where it could not be verified (the first fetch fills it in). */
export interface ResultKpi {
  id: string;
  title: string | null;
  unit: string | null;
  higherIsBetter: boolean | null;
  /** true: values add up over years; false: only the latest counts. */
  cumulative: boolean;
  titleStatus: "verified" | "secondhand" | "unverified";
  verification: string;
}

/** One row of the results table. kpi "eget" for the user's own indicator. */
export interface ResultIndicator {
  /** Insatsområde, or a project code where the result belongs to one project. */
  area: string;
  indicator: string;
  kpi: string;
  unit: string;
  higherIsBetter: boolean | null;
  cumulative: boolean;
  baseline?: { year: number; value: number };
  target?: { year: number; value: number };
  /** Actual per year; null = not available (never 0 for a gap). */
  actuals: Record<number, number | null>;
  row?: number;
}

/** A ledger row as the model reads it (one row of the SIE ledger or the user's own). */
export interface FollowupRow {
  project: string;
  projectName?: string;
  activity?: string;
  account: string;
  accountName?: string;
  ore: number;
  /**
   * Fiscal year, where the ledger states one: 2021, or as the SIE ledger's År writes it ("2021", "2020/21" for a
   * broken year). The model counts a year by its first calendar year (yearStart).
   */
  year?: number | string;
}

/** A fiscal year as its first calendar year: 2021, "2021" and "2020/21" alike; undefined when it is none. */
export function yearStart(y: number | string | null | undefined): number | undefined {
  if (typeof y === "number") return Number.isInteger(y) ? y : undefined;
  const m = typeof y === "string" ? /^\s*(\d{4})(?:\s*\/\s*\d{2,4})?\s*$/.exec(y) : null;
  return m ? Number(m[1]) : undefined;
}

export interface Amount {
  name: string;
  ore: number;
}

export interface CrosswalkCell {
  costType: string;
  area: string;
  ore: number;
}

export interface UnclassifiedAccount {
  account: string;
  name: string;
  ore: number;
}

export interface UnmappedProject {
  project: string;
  name: string;
  ore: number;
}

/** The crosswalk cost type × insatsområde with its totals: what UPPFOLJNING spills and the CLI prints. */
export interface Crosswalk {
  year: number | null;
  /** Row order: COST_TYPES, the user's own types, then UNCLASSIFIED where it holds money. */
  costTypes: Amount[];
  /** Column order: the areas as listed in the mapping, then UNMAPPED_AREA where it holds money. */
  areas: Amount[];
  /** Every cost type × area pair, row-major, zeros included. */
  matrix: CrosswalkCell[];
  /** Every ledger row's amount. */
  total: number;
  received: number | null;
  /** received − total; null without received. */
  unspent: number | null;
  /** total − Σ matrix: 0 when reconciled. */
  difference: number;
  unclassifiedAccounts: UnclassifiedAccount[];
  unmappedProjects: UnmappedProject[];
  /** Share of used money on projects linked to an area and ≥ 1 result indicator with an actual value; null when total is 0. */
  traceability: number | null;
  tracedOre: number;
}
