import type { Unit } from "./types";

const SCALE: Partial<Record<Unit, { base: Unit; factor: number }>> = {
  mdkr: { base: "mnkr", factor: 1000 },
  mnkr: { base: "mnkr", factor: 1 },
};

/** Converts between units of the same kind (mdkr ↔ mnkr); null when they are not comparable. */
export function convert(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value;
  const a = SCALE[from];
  const b = SCALE[to];
  if (!a || !b || a.base !== b.base) return null;
  return (value * a.factor) / b.factor;
}
