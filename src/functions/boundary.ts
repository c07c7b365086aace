/** The one place where domain results and errors become Excel values and CustomFunctions.Error. */
import type { Out } from "../core/functions/api";
import { DomainError } from "../core/util/errors";
import { localeFor, messageFor } from "../core/i18n";
import { clip, EXCEL_TEXT_LIMIT } from "../core/util/text";

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

/** One result cell. A number Excel cannot hold becomes #VALUE! with a message (#NUM! cannot carry one). */
function cell(v: unknown): ExcelCell {
  if (typeof v === "number") return Number.isFinite(v) ? v : toExcelError(new DomainError("resultTooLarge", {}));
  if (typeof v === "string") return clip(v, EXCEL_TEXT_LIMIT - 1);
  if (typeof v === "boolean") return v;
  if (v instanceof DomainError) return toExcelError(v);
  return "";
}

/** A cell Excel takes as it is: a finite number, a boolean, or text within Excel's limit. */
function clean(v: unknown): boolean {
  return typeof v === "number" ? Number.isFinite(v) : typeof v === "string" ? v.length <= EXCEL_TEXT_LIMIT : typeof v === "boolean";
}

/**
 * Runs a core computation and shapes its result into a rectangular matrix, all inside one guard: it throws
 * only CustomFunctions.Error. No argument spreads, so a million rows cannot overflow the stack. A row that
 * is already clean and full width is passed on as it is; each domain error object becomes one
 * CustomFunctions.Error, shared by the cells that hold it.
 */
export function excel(compute: () => Out): ExcelCell[][] {
  try {
    const out = compute();
    if (out.length === 0) return [[""]];
    let width = 1;
    for (const r of out) if (r.length > width) width = r.length;
    const mapped = new Map<DomainError, CustomFunctions.Error>();
    const shaped: ExcelCell[][] = new Array(out.length);
    for (let i = 0; i < out.length; i++) {
      const r = out[i];
      let j = r.length === width ? 0 : width;
      while (j < width && clean(r[j])) j++;
      if (j === width && r.length === width) {
        shaped[i] = r as ExcelCell[];
        continue;
      }
      const row: ExcelCell[] = new Array(width);
      for (j = 0; j < width; j++) {
        const v = r[j];
        if (v instanceof DomainError) {
          let e = mapped.get(v);
          if (!e) mapped.set(v, (e = toExcelError(v)));
          row[j] = e;
        } else row[j] = cell(v);
      }
      shaped[i] = row;
    }
    return shaped;
  } catch (e) {
    throw toExcelError(e);
  }
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
