/** The one place where domain results and errors become Excel values and CustomFunctions.Error. */
import type { Out } from "../core/functions/api";
import { DomainError } from "../core/util/errors";
import { localeFor, messageFor } from "../core/i18n";

type ExcelCell = string | number | boolean | CustomFunctions.Error;

function locale() {
  try {
    return localeFor(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return "sv" as const;
  }
}

export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof DomainError) {
    const msg = messageFor(e, locale());
    switch (e.excelKind) {
      case "na":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, msg);
      case "div0":
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
      default:
        return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, msg);
    }
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, locale() === "en" ? "Unexpected error." : "Oväntat fel.");
}

function cell(v: unknown): ExcelCell {
  if (v instanceof DomainError) return toExcelError(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  if (typeof v === "string" || typeof v === "boolean") return v;
  return "";
}

/** Runs a core computation; throws only CustomFunctions.Error, returns a rectangular matrix. */
export function excel(compute: () => Out): ExcelCell[][] {
  let out: Out;
  try {
    out = compute();
  } catch (e) {
    throw toExcelError(e);
  }
  const width = Math.max(1, ...out.map((r) => r.length));
  if (out.length === 0) return [[""]];
  return out.map((r) => Array.from({ length: width }, (_, j) => cell(r[j])));
}

/** The asynchronous twin of excel(), for functions that may wait for a batched fetch (KOLADA). */
export async function excelAsync(compute: () => Promise<Out>): Promise<ExcelCell[][]> {
  let out: Out;
  try {
    out = await compute();
  } catch (e) {
    throw toExcelError(e);
  }
  return excel(() => out);
}
