/**
 * One argument-normalising path for every custom function: Excel hands us numbers, strings, booleans,
 * null (empty or omitted), error objects, or matrices of these. Implementations only see clean values.
 */
import { MAX_AMOUNT } from "../util/decimal";
import { basicValue } from "../util/cells";
import { fail } from "../util/errors";

export { basicValue };

export type Raw = unknown;

export function isEmpty(v: Raw): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function isMatrix(v: Raw): v is unknown[][] {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (let r = 0; r < v.length; r++) if (!Array.isArray(v[r])) return false; // a plain loop: up to 1 048 576 rows
  return true;
}

const isDataType = (v: unknown) => v !== null && typeof v === "object" && typeof (v as { type?: unknown }).type === "string";

export function asMatrix(v: Raw): unknown[][] {
  const m = asMatrixRaw(v);
  // Copy only when a data-type cell needs unwrapping; a plain range (up to 1 048 576 rows) is used as it is.
  return hasDataType(m) ? m.map((row) => row.map(basicValue)) : m;
}

/**
 * The range as rows, data-type cells left as Excel passed them: for a reader that unwraps the cells it reads
 * (grants/ledgerRows), so a whole-column ledger is not scanned twice.
 */
export function asMatrixRaw(v: Raw): unknown[][] {
  return isMatrix(v) ? v : Array.isArray(v) ? (v.length === 0 ? [[null]] : [v]) : [[v]];
}

/** Plain loops: this runs over every cell of a whole-column range on each recalculation. */
function hasDataType(m: unknown[][]): boolean {
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    for (let c = 0; c < row.length; c++) if (isDataType(row[c])) return true;
  }
  return false;
}

/** A single cell's value; a larger range is an error naming the argument. */
export function scalar(v: Raw, arg: string): Raw {
  if (!Array.isArray(v)) return basicValue(v);
  const m = asMatrix(v);
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  return fail("argType", { arg, expected: "en enskild cell, inte ett område" });
}

export function text(v: Raw, arg: string): string {
  const s = scalar(v, arg);
  if (isEmpty(s)) return fail("argMissing", { arg });
  if (typeof s !== "string") return fail("argType", { arg, expected: "text" });
  return s.trim();
}

export function optionalText(v: Raw, arg: string): string | undefined {
  const s = scalar(v, arg);
  return isEmpty(s) ? undefined : text(s, arg);
}

export function num(v: Raw, arg: string): number {
  const s = scalar(v, arg);
  if (isEmpty(s)) return fail("argMissing", { arg });
  if (typeof s !== "number" || !Number.isFinite(s)) return fail("argType", { arg, expected: "ett tal" });
  return s;
}

export function optionalNum(v: Raw, arg: string): number | undefined {
  return isEmpty(scalar(v, arg)) ? undefined : num(v, arg);
}

export function nonNegative(v: Raw, arg: string): number {
  const n = num(v, arg);
  if (n < 0) fail("argNegative", { arg });
  return n;
}

/** An amount ≥ 0 and at most MAX_AMOUNT. */
export function amount(v: Raw, arg: string): number {
  const n = nonNegative(v, arg);
  if (n > MAX_AMOUNT) fail("argRange", { arg, min: "0", max: "10^15" });
  return n;
}

export function optionalBool(v: Raw, arg: string): boolean {
  const s = scalar(v, arg);
  if (isEmpty(s)) return false;
  if (typeof s === "boolean") return s;
  if (typeof s === "number" && (s === 0 || s === 1)) return s === 1;
  return fail("argType", { arg, expected: "SANT eller FALSKT" });
}

const PERIOD = /^\d{4}(\s*[–-]\s*\d{4})?$/;

/** A year (2024, "2024") or a span ("2019–2024"); undefined when empty. */
export function optionalPeriod(v: Raw, arg: string): number | string | undefined {
  const s = scalar(v, arg);
  if (isEmpty(s)) return undefined;
  if (typeof s === "number" && Number.isInteger(s) && s >= 1900 && s <= 2100) return s;
  if (typeof s === "string" && PERIOD.test(s.trim())) {
    const t = s.trim();
    return /^\d{4}$/.test(t) ? Number(t) : t;
  }
  return fail("argType", { arg, expected: "ett årtal (t.ex. 2024) eller en period (t.ex. 2019–2024)" });
}

export function year(v: Raw, arg: string): number {
  const p = optionalPeriod(v, arg);
  if (p === undefined) return fail("argMissing", { arg });
  if (typeof p !== "number") return fail("argType", { arg, expected: "ett enskilt årtal (t.ex. 2021)" });
  return p;
}

export function choice<T extends string>(v: Raw, arg: string, allowed: readonly T[]): T | undefined {
  const s = optionalText(v, arg);
  if (s === undefined) return undefined;
  const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
  return hit ?? fail("argChoice", { arg, allowed: allowed.join(", ") });
}
