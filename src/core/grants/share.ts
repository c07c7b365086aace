/** Primary care's share of total health-care cost: from the reports, or from the controller's own figures. */
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import type { Observation } from "../dataset/types";
import { formatNumber, parseAmount } from "../util/text";
import { MAX_AMOUNT, percentToFraction } from "../util/decimal";

export interface ReferenceShare {
  /** Fraction, e.g. 0.172 for 17,2 %. */
  share: number;
  observation: Observation;
}

export function referenceShare(cat: Catalog, region: string, period: number | string, pick?: "min" | "max"): ReferenceShare {
  const r = cat.value(cat.indicator("primarvard_andel"), cat.entity(region), period, pick);
  return { share: percentToFraction(r.value), observation: r.observation };
}

type OwnCell = number | "" | DomainError;

/**
 * primary / total per cell, from the controller's own cells: numbers or Swedish number text ("1 234,5"). A row
 * where both are blank stays blank (whole-column ranges); a zero total is #DIV/0!; a negative cost, a cost above
 * 10^15, or primary care costing more than the total is an error naming the problem.
 */
export function ownShares(primary: unknown[][], total: unknown[][]): OwnCell[][] {
  // One error object per kind and argument, made on first use: a column of text costs no more than a column of numbers.
  const made = new Map<string, DomainError>();
  const single = primary.length === 1 && primary[0].length === 1;
  const once = (key: string, make: () => DomainError) => made.get(key) ?? made.set(key, make()).get(key)!;
  const cost = (v: unknown, arg: "primärvårdskostnad" | "total kostnad"): number | null | DomainError => {
    if (typeof v === "number" && v >= 0 && v <= MAX_AMOUNT) return v;
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    const n = parseAmount(v);
    if (n === null)
      return once(arg === "total kostnad" ? "type-t" : "type-p", () => new DomainError("argType", { arg, expected: "ett tal" }));
    if (n < 0) return once(arg === "total kostnad" ? "neg-t" : "neg-p", () => new DomainError("argNegative", { arg }));
    if (n > MAX_AMOUNT)
      return once(arg === "total kostnad" ? "big-t" : "big-p", () => new DomainError("argRange", { arg, min: "0", max: "10^15" }));
    return n;
  };
  const share = (a: unknown, b: unknown): OwnCell => {
    if (a === null && b === null) return "";
    const p = cost(a, "primärvårdskostnad");
    const t = cost(b, "total kostnad");
    if (p === null && t === null) return "";
    if (p instanceof DomainError) return p;
    if (t instanceof DomainError) return t;
    if (p === null) return once("missing-p", () => new DomainError("argMissing", { arg: "primärvårdskostnad" }));
    if (t === null) return once("missing-t", () => new DomainError("argMissing", { arg: "total kostnad" }));
    if (t === 0) return once("zero", () => new DomainError("divZero", { arg: "Total kostnad" }));
    if (p > t) {
      return single
        ? new DomainError("partAboveTotal", { part: formatNumber(p), total: formatNumber(t) })
        : once("above", () => new DomainError("partAboveTotal", {}));
    }
    return p / t;
  };
  const out: OwnCell[][] = new Array(primary.length);
  // The empty rows of a whole-column reference (most of its 1 048 576) share one row of blanks.
  let blank: OwnCell[] | undefined;
  for (let i = 0; i < primary.length; i++) {
    const a = primary[i];
    const b = total[i];
    if (a.length === 1 && (a[0] === null || a[0] === "") && (b[0] === null || b[0] === "")) {
      out[i] = blank ??= [""];
      continue;
    }
    const row: OwnCell[] = new Array(a.length);
    for (let j = 0; j < a.length; j++) row[j] = share(a[j], b[j]);
    out[i] = row;
  }
  return out;
}

export function assertSameShape(a: unknown[][], b: unknown[][], names: [string, string]): void {
  if (a.length !== b.length || a.some((r, i) => r.length !== b[i].length)) {
    fail("shapeMismatch", { a: names[0], b: names[1] });
  }
}
