/**
 * Property-based check of the error contract over what Excel can pass (test/functions/excelInputs.ts): any
 * finite or non-finite number, -0, 1e308, 5e-324, date serials, text up to 32 767 characters with control,
 * zero-width, bidi and emoji characters, Swedish number text, error values and empty cells, ragged, 1 000 × 100
 * and whole-column ranges. Every function returns a rectangular matrix of clean cells or throws a
 * CustomFunctions.Error (#VALUE!, #N/A, #DIV/0!) with a Swedish message: never anything else, never undefined,
 * NaN or Infinity, never "Oväntat fel" (an exception the code did not foresee).
 */
import fc from "fast-check";
import { assertProperty } from "../property";
import * as F from "../../src/functions/functions";
import { argList, bigRanges, EXCEL_TEXT_MAX, FUNCTIONS, wholeColumns } from "./excelInputs";

const CF = (globalThis as any).CustomFunctions;
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);

const THROWN = new Set(["#VALUE!", "#N/A", "#DIV/0!"]);
const IN_CELLS = new Set(["#VALUE!", "#N/A", "#DIV/0!"]);
/** Signs of a message the code did not mean to write (input is echoed, so "NaN" typed by the user may appear). */
const BAD_TEXT = /\[object |Oväntat fel|Unexpected error/;

/** A CustomFunctions.Error is acceptable when its code is allowed and it explains itself (Excel shows no text for #DIV/0!). */
function errorBreach(e: any, allowed: Set<string>): string | null {
  if (!allowed.has(e.code)) return `error ${e.code}`;
  if (e.code === "#DIV/0!") return null;
  const msg = String(e.message ?? "");
  if (msg.length <= 5) return `${e.code} without message`;
  if (BAD_TEXT.test(msg)) return `${e.code} message "${msg.slice(0, 120)}"`;
  if (msg.length > 2000) return `${e.code} message of ${msg.length} characters`;
  return null;
}

/** Returns a description of the first breach of the contract, or null. Plain JS: it runs many thousand times. */
function breach(fn: (...a: any[]) => any, args: unknown[]): string | null {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    if (!(e instanceof CF.Error)) return `threw ${String(e).slice(0, 200)}`;
    return errorBreach(e, THROWN);
  }
  if (!Array.isArray(out) || out.length === 0) return "not a non-empty matrix";
  const width = Array.isArray(out[0]) ? out[0].length : -1;
  if (width < 1) return "empty row";
  for (const row of out as unknown[][]) {
    if (!Array.isArray(row) || row.length !== width) return "ragged matrix";
    for (const c of row) {
      if (typeof c === "number") {
        if (!Number.isFinite(c)) return `non-finite ${c}`;
      } else if (c instanceof CF.Error) {
        const b = errorBreach(c, IN_CELLS);
        if (b) return `cell ${b}`;
      } else if (typeof c === "string") {
        if (c.length > EXCEL_TEXT_MAX) return `text of ${c.length} characters`;
        if (/\[object /.test(c)) return `cell "${c.slice(0, 80)}"`;
      } else if (typeof c !== "boolean") return `cell ${String(c)}`;
    }
  }
  return null;
}

describe.each(FUNCTIONS)("%s keeps the error contract", (_, fn, arity) => {
  it(`holds for ${RUNS} random argument lists`, () => {
    let values = 0;
    let errors = 0;
    assertProperty(
      fc.property(argList(arity), (args) => {
        try {
          fn(...args);
          values++;
        } catch {
          errors++;
        }
        const problem = breach(fn, args);
        if (problem) throw new Error(problem);
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
    // Both outcomes occur, so the property exercised more than one path.
    if (arity > 0) expect(errors).toBeGreaterThan(0);
    if (arity > 0) expect(values).toBeGreaterThan(0);
    expect(values + errors).toBeGreaterThanOrEqual(RUNS);
  });

  if (arity > 0) {
    it("holds for 1 000 × 100 ranges in every argument position", () => {
      for (const [name, big] of bigRanges()) {
        for (let pos = 0; pos < arity; pos++) {
          const args = Array.from({ length: arity }, (_, i) => (i === pos ? big : i === 0 ? "Kalmar" : 2024));
          expect({ name, pos, problem: breach(fn, args) }).toEqual({ name, pos, problem: null });
          expect({ name, pos, problem: breach(fn, [big, big, big].slice(0, arity)) }).toEqual({ name, pos, problem: null });
        }
      }
    });
  }
});

describe("whole-column ranges (1 048 576 rows)", () => {
  const cols = wholeColumns();
  it.each([
    ["PRIMARVARD_ANDEL(B:B; C:C)", () => F.PRIMARVARD_ANDEL(cols.primary, cols.total)],
    ["PRIMARVARD_ANDEL(B:B; C:C) with an error on every row", () => F.PRIMARVARD_ANDEL(cols.above, cols.total)],
    ["GRANT_TRACE(A:F; 5000)", () => F.GRANT_TRACE(cols.ledger, 5000)],
    ["SPARBARHET(A:F)", () => F.SPARBARHET(cols.ledger)],
  ])("%s returns a clean result", (_, run) => {
    expect(breach(run, [])).toBeNull();
  });
});
