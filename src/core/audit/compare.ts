/** How a stated figure (with its qualifier and precision) compares with a computed or other figure. */
import type { Qualifier, Unit } from "../dataset/types";
import { convert } from "../dataset/units";
import { decimals } from "../util/decimal";

export type Agreement = "ok" | "rounding" | "mismatch";

const EPS = 1e-9;

/**
 * Does `actual` agree with `stated` as the report words it? Exact figures agree within half a unit of their
 * last digit; "ca"/"cirka"/"runt" within 5 %; "över"/"mer än" must exceed; "drygt" exceed by at most 10 %;
 * "knappt" fall short by at most 5 %; "minst" reach.
 */
export function agrees(stated: number, actual: number, qualifier?: Qualifier): boolean {
  const half = 0.5 * Math.pow(10, -decimals(stated)) + EPS;
  const close = Math.abs(actual - stated) <= half;
  switch (qualifier) {
    case undefined:
      return close;
    case "ca":
    case "cirka":
    case "runt":
      return close || Math.abs(actual - stated) <= Math.abs(stated) * 0.05 + EPS;
    case "över":
    case "mer än":
      return actual > stated + EPS;
    case "drygt":
      return actual > stated + EPS && actual <= stated * 1.1 + EPS;
    case "knappt":
      return actual < stated - EPS && actual >= stated * 0.95 - EPS;
    case "minst":
      return actual >= stated - EPS;
  }
}

export interface Statement {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
}

/**
 * Two statements of the same quantity, each read with its own precision and qualifier ("knappt 3,7 miljarder"
 * against "3 674 mnkr"): equal, equal up to the coarser one's rounding, or different.
 */
export function compareStatements(a: Statement, b: Statement): Agreement | "incomparable" {
  const bInA = convert(b.value, b.unit, a.unit);
  const aInB = convert(a.value, a.unit, b.unit);
  if (bInA === null || aInB === null) return "incomparable";
  if (Math.abs(bInA - a.value) <= EPS * Math.max(1, Math.abs(a.value))) return "ok";
  // The coarser statement is the one whose last digit is worth more.
  const stepA = Math.pow(10, -decimals(a.value));
  const stepB = convert(Math.pow(10, -decimals(b.value)), b.unit, a.unit)!;
  if (Math.abs(stepA - stepB) <= EPS) return "mismatch";
  const [coarse, fineInCoarse] = stepA > stepB ? [a, bInA] : [b, aInB];
  if (coarse.qualifier && agrees(coarse.value, fineInCoarse, coarse.qualifier)) return "ok";
  return agrees(coarse.value, fineInCoarse) ? "rounding" : "mismatch";
}
