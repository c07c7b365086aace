/**
 * What a stated figure claims, read with its precision and qualifier, and how two such claims relate.
 *
 * A figure stands for an interval of true values: "136" for [135,5; 136,5), "ca 52,3" for ±5 %,
 * "knappt 3,7" for [3,515; 3,7), "över 35" for everything above 35. Two statements of the same quantity
 * contradict each other only when their intervals cannot share a value.
 */
import type { Qualifier, Unit } from "./types";
import { convert } from "./units";
import { decimals } from "../util/decimal";

/** Half a unit of the last written digit: the rounding a figure without qualifier carries. */
export function halfStep(n: number): number {
  return 0.5 * Math.pow(10, -decimals(n));
}

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

const EPS = 1e-9;
const tol = (x: number) => EPS * Math.max(1, Math.abs(x));

/** The values a statement admits. Rounding is half-up: "52,3" is [52,25; 52,35). */
export function statementInterval(value: number, qualifier?: Qualifier): Interval {
  const h = halfStep(value);
  const v = value;
  switch (qualifier) {
    case undefined:
      return { lo: v - h, hi: v + h, loOpen: false, hiOpen: true };
    case "ca":
    case "cirka":
    case "runt": {
      const w = Math.max(h, Math.abs(v) * 0.05);
      return { lo: v - w, hi: v + w, loOpen: false, hiOpen: false };
    }
    case "över":
    case "mer än":
      return { lo: v, hi: Infinity, loOpen: true, hiOpen: true };
    case "drygt":
      return { lo: v, hi: v * 1.1, loOpen: true, hiOpen: false };
    case "knappt":
      return { lo: v * 0.95, hi: v, loOpen: false, hiOpen: true };
    case "minst":
      return { lo: v, hi: Infinity, loOpen: false, hiOpen: true };
  }
}

/** The interval in another unit (mdkr ↔ mnkr); null when the units do not convert. */
export function intervalIn(i: Interval, from: Unit, to: Unit): Interval | null {
  const lo = convert(i.lo, from, to);
  const hi = i.hi === Infinity ? Infinity : convert(i.hi, from, to);
  return lo === null || hi === null ? null : { ...i, lo, hi };
}

export function contains(i: Interval, x: number): boolean {
  const aboveLo = i.loOpen ? x > i.lo + tol(i.lo) : x >= i.lo - tol(i.lo);
  const belowHi = i.hi === Infinity || (i.hiOpen ? x < i.hi - tol(i.hi) : x <= i.hi + tol(i.hi));
  return aboveLo && belowHi;
}

export function overlaps(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (hi === Infinity) return true;
  if (lo < hi - tol(hi)) return true;
  if (Math.abs(lo - hi) > tol(hi)) return false;
  // They touch at one point: shared only if both intervals include it.
  return contains(a, lo) && contains(b, lo);
}

/** Interval sum and difference, for totals and differences derived from rounded figures. */
export function addIntervals(list: Interval[]): Interval {
  return list.reduce((s, i) => ({ lo: s.lo + i.lo, hi: s.hi + i.hi, loOpen: s.loOpen || i.loOpen, hiOpen: s.hiOpen || i.hiOpen }), {
    lo: 0,
    hi: 0,
    loOpen: false,
    hiOpen: false,
  });
}

export function subtractInterval(a: Interval, b: Interval): Interval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo, loOpen: a.loOpen || b.hiOpen, hiOpen: a.hiOpen || b.loOpen };
}

/**
 * Does a computed (exact) `actual` fit `stated` as the report words it? Exact figures fit within half a unit
 * of their last digit; "ca"/"cirka"/"runt" within 5 %; "över"/"mer än" must exceed; "drygt" exceed by at most
 * 10 %; "knappt" fall short by at most 5 %; "minst" reach.
 */
export function agrees(stated: number, actual: number, qualifier?: Qualifier): boolean {
  return contains(statementInterval(stated, qualifier), actual);
}

export interface Statement {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
}

/**
 * How two statements of one quantity relate:
 * - "equal": the same figure;
 * - "compatible": different figures that a qualifier reconciles ("knappt 3,7 miljarder" and 3 674 mnkr);
 * - "rounding": figures without qualifier that differ by the coarser one's rounding (136 and 135,9);
 * - "contradiction": no value satisfies both (2 774 and 2,624 miljarder);
 * - "incomparable": units that do not convert.
 */
export type Relation = "equal" | "compatible" | "rounding" | "contradiction";

/** How KÄLLA and GRANT_TRACE name a further statement of the same quantity. */
export const RELATION_LABEL = {
  equal: "Samma uppgift",
  compatible: "Förenlig uppgift",
  rounding: "Avrundad uppgift",
  contradiction: "Motstridig uppgift",
} as const satisfies Record<Relation, string>;

export function relate(a: Statement, b: Statement): Relation | "incomparable" {
  const ia = statementInterval(a.value, a.qualifier);
  const ib = intervalIn(statementInterval(b.value, b.qualifier), b.unit, a.unit);
  const bInA = convert(b.value, b.unit, a.unit);
  if (ib === null || bInA === null) return "incomparable";
  if (!overlaps(ia, ib)) return "contradiction";
  if (Math.abs(bInA - a.value) <= tol(a.value)) return "equal";
  return a.qualifier || b.qualifier ? "compatible" : "rounding";
}

/** The finer of two statements, the one a lookup answers with: unqualified first, then more digits. */
export function precisionRank(s: Statement): number {
  const step = convert(halfStep(s.value), s.unit, "mnkr") ?? halfStep(s.value);
  return (s.qualifier ? 1e12 : 0) + step;
}
