/** Primary care's share of total health-care cost: from the reports, or from the controller's own figures. */
import { DomainError, fail } from "../util/errors";
import type { Catalog } from "../dataset/lookup";
import type { Observation } from "../dataset/types";

export interface ReferenceShare {
  /** Fraction, e.g. 0.172 for 17,2 %. */
  share: number;
  observation: Observation;
}

export function referenceShare(cat: Catalog, region: string, period: number | string, pick?: "min" | "max"): ReferenceShare {
  const r = cat.value(cat.indicator("primarvard_andel"), cat.entity(region), period, pick);
  return { share: r.value / 100, observation: r.observation };
}

/** primary / total per cell; a zero total gives that cell a divZero error. Inputs are validated numbers ≥ 0. */
export function ownShares(primary: number[][], total: number[][]): (number | DomainError)[][] {
  return primary.map((row, i) =>
    row.map((p, j) => {
      const t = total[i][j];
      return t === 0 ? new DomainError("divZero", { arg: "Total kostnad" }) : p / t;
    }),
  );
}

export function assertSameShape(a: unknown[][], b: unknown[][], names: [string, string]): void {
  if (a.length !== b.length || a.some((r, i) => r.length !== b[i].length)) {
    fail("shapeMismatch", { a: names[0], b: names[1] });
  }
}
