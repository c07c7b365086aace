import type { Unit } from "./types";
import { shift } from "../util/decimal";

/** Each unit as a power of ten of its base unit. */
const SCALE: Partial<Record<Unit, { base: Unit; exponent: number }>> = {
  mdkr: { base: "mnkr", exponent: 3 },
  mnkr: { base: "mnkr", exponent: 0 },
};

/** Converts between units of the same kind (mdkr ↔ mnkr), exactly in decimal; null when they are not comparable. */
export function convert(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value;
  const a = SCALE[from];
  const b = SCALE[to];
  if (!a || !b || a.base !== b.base) return null;
  return shift(value, a.exponent - b.exponent);
}
