/**
 * Property-based check of the error contract: for any mix of numbers, text, booleans, empty cells, errors,
 * 1×1 and N×M ranges, every function returns a rectangular matrix of clean cells or throws a
 * CustomFunctions.Error (#VALUE!, #N/A, #DIV/0!) — never anything else, never undefined, NaN or Infinity.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";

const CF = (globalThis as any).CustomFunctions;
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const words = fc.constantFrom(
  "Kalmar", "Stockholm", "jämtland", "Region Kalmar län", "08", "Riket", "Närvården", "Gotland", "",
  "2024", "2019–2024", "2019-2025", "min", "MAX", "medel", "statsbidrag", "primarvard_andel", "sjukfranvaro",
  "regioner.statsbidrag.2025", "narvarden", "Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator",
  "Utfall", "1 234,5", "SANT", "#N/A", "  ", "tema",
);
const cell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -5, max: 2200 }),
  fc.constantFrom(0, 1, 2019, 2021, 2024, 2025, 1100, 110000),
  words,
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(new CF.Error(CF.ErrorCode.notAvailable)),
);
const matrix = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([r, c]) => fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const ledgerLike = fc
  .tuple(fc.shuffledSubarray(["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"], { minLength: 1 }), fc.integer({ min: 0, max: 5 }))
  .chain(([h, n]) => fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { minLength: n, maxLength: n }).map((rows) => [h, ...rows]));
const arg = fc.oneof({ weight: 4, arbitrary: cell }, { weight: 2, arbitrary: matrix }, { weight: 1, arbitrary: ledgerLike }, { weight: 1, arbitrary: fc.constant([[null]]) });

const ALLOWED_ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

/** Returns a description of the first breach of the contract, or null. Plain JS: it runs 90 000 times. */
function breach(fn: (...a: any[]) => any, args: unknown[]): string | null {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    if (!(e instanceof CF.Error)) return `threw ${String(e)}`;
    const code = (e as any).code;
    if (!["#VALUE!", "#N/A", "#DIV/0!"].includes(code)) return `threw ${code}`;
    if (code !== "#DIV/0!" && String((e as any).message ?? "").length <= 5) return `${code} without message`;
    return null;
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
        if (!ALLOWED_ERRORS.has((c as any).code)) return `cell error ${(c as any).code}`;
      } else if (typeof c !== "string" && typeof c !== "boolean") return `cell ${String(c)}`;
    }
  }
  return null;
}

const cases: [string, (...a: any[]) => any, number][] = [
  ["PRIMARVARD_ANDEL", F.PRIMARVARD_ANDEL, 3],
  ["GRANT_TRACE", F.GRANT_TRACE, 2],
  ["SPARBARHET", F.SPARBARHET, 2],
  ["INDIKATOR", F.INDIKATOR, 4],
  ["KALLA", F.KALLA, 3],
  ["STATSBIDRAG", F.STATSBIDRAG, 3],
  ["LAKARBEHOV", F.LAKARBEHOV, 3],
  ["INDIKATORER", F.INDIKATORER, 1],
  ["GRANSKNING", F.GRANSKNING, 0],
];

describe.each(cases)("%s keeps the error contract", (_, fn, arity) => {
  it(`holds for ${RUNS} random argument sets`, () => {
    let values = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: arity }), (args) => {
        try {
          fn(...args);
          values++;
        } catch {
          errors++;
        }
        const problem = breach(fn, args);
        if (problem) throw new Error(problem);
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
    // Both outcomes occur, so the property exercised more than one path.
    if (arity > 0) expect(errors).toBeGreaterThan(0);
    expect(values + errors).toBeGreaterThanOrEqual(RUNS);
  });
});
