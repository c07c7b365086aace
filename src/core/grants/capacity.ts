/** Specialists in general practice needed for a listed population at a given ratio (riktvärdet 1:1100). */
import { subtract } from "../util/decimal";
import { fail } from "../util/errors";

export const DEFAULT_LISTED_PER_DOCTOR = 1100;

export interface DoctorNeed {
  needed: number;
  current?: number;
  gap?: number;
  /** Increase needed relative to today, as a fraction (0.8 = 80 %); undefined when today is 0. */
  increase?: number;
}

export function doctorNeed(listed: number, current?: number, ratio = DEFAULT_LISTED_PER_DOCTOR): DoctorNeed {
  if (listed < 0) fail("argNegative", { arg: "listade" });
  if (ratio <= 0) fail("argRange", { arg: "kvot", min: "1", max: "100 000" });
  const needed = listed / ratio;
  if (current === undefined) return { needed };
  if (current < 0) fail("argNegative", { arg: "antal_idag" });
  const gap = subtract(needed, current);
  return { needed, current, gap, increase: current > 0 ? gap / current : undefined };
}
