/** What the audit reports: one finding per discrepancy, with both sides, the verdict and its explanation. */
import type { Dataset, Observation, Source, Unit } from "../dataset/types";

export type CheckKind =
  "radsumma" | "periodsumma" | "periodetikett" | "andel" | "dubbelangivelse" | "differens" | "intervall" | "bidragsposter";

/**
 * - motsägelse: the statements cannot both be true;
 * - avrundning: they differ by no more than their rounding (or a qualifier holds only within it);
 * - förenlig: a qualifier ("knappt", "ca") reconciles figures that differ;
 * - förklarad lucka: an account that does not cover the whole amount, which the report itself explains.
 */
export type Severity = "motsägelse" | "avrundning" | "förenlig" | "förklarad lucka";

/** Labels for the check column: what was compared, in words. */
export const CHECK_LABELS: Record<CheckKind, string> = {
  radsumma: "Delar mot total",
  periodsumma: "År mot periodsumma",
  periodetikett: "Periodangivelse",
  andel: "Andel mot beräknad andel",
  dubbelangivelse: "Samma uppgift på flera ställen",
  differens: "Angiven skillnad",
  intervall: "Värde mot intervall",
  bidragsposter: "Poster mot mottaget belopp",
};

/** A source as a finding quotes it: `quote` is the excerpt, with column headings when it comes from a table. */
export type AuditSource = Source & { quote?: string };

export interface FindingSide {
  label: string;
  value: number;
  unit: Unit;
  observationIds: string[];
  sources: AuditSource[];
}

export interface AuditFinding {
  /** Internal key, stable within one run; not shown to users. */
  id: string;
  /** The check that found it first. */
  check: CheckKind;
  /** Every check that found the same discrepancy (duplicates are merged). */
  checks: CheckKind[];
  severity: Severity;
  /** What and where, e.g. "Statsbidrag 2019–2024: Tabell 1 summerar till 31 456, anges 35 130". */
  title: string;
  /** The computation and the explanation of the verdict. */
  detail: string;
  stated: FindingSide;
  other: FindingSide;
  /** other − stated, in the stated unit. */
  difference: number;
  /** The difference in words, with unit and direction. */
  differenceText: string;
}

export type Draft = Omit<AuditFinding, "id" | "checks">;

/** What every check reads. */
export interface AuditContext {
  data: Dataset;
  byId: Map<string, Observation>;
  /** Observations with a single value and no breakdown dimension. */
  valued: Observation[];
  /** Span totals whose stated period is wrong → the span their figure really covers. */
  mislabelled: Map<string, string>;
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
