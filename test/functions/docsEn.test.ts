import { localFormula } from "../../src/core/functions/formulaText";
import { FUNCTION_DOCS } from "../../src/functions/docs";
import { ERRORS_EN, EXAMPLE_RESULTS_EN } from "../../src/functions/docs.en";

const SV_NAMES = Object.fromEntries(FUNCTION_DOCS.map((d) => [d.id, d.nameSv]));

describe("English text for the function examples and errors", () => {
  it("exists for every example and every error value in docs.ts, and for nothing else", () => {
    const formulas = FUNCTION_DOCS.flatMap((d) => d.examples.map((e) => e.formula));
    const errors = FUNCTION_DOCS.flatMap((d) => d.errors.map((e) => e.whenSv));
    expect(formulas.filter((f) => !EXAMPLE_RESULTS_EN[f])).toEqual([]);
    expect(errors.filter((k) => !ERRORS_EN[k])).toEqual([]);
    expect(Object.keys(EXAMPLE_RESULTS_EN).filter((f) => !formulas.includes(f))).toEqual([]);
    expect(Object.keys(ERRORS_EN).filter((k) => !errors.includes(k))).toEqual([]);
  });
});

describe("localFormula", () => {
  it("shows Swedish function names with ';' in Swedish Excel", () => {
    expect(localFormula("=PV.LAKARBEHOV(117000; 60)", "sv", SV_NAMES)).toBe("=PV.LÄKARBEHOV(117000; 60)");
    expect(localFormula('=PV.PRIMARVARD_ANDEL("Kalmar"; 2024; "max")', "sv", SV_NAMES)).toBe('=PV.PRIMÄRVÅRD_ANDEL("Kalmar"; 2024; "max")');
  });

  it("shows English ids with ',' and '.' in English Excel", () => {
    expect(localFormula('=PV.INDIKATOR("medicinsk_bedomning_3d"; "Riket"; ; SANT)', "en", SV_NAMES)).toBe(
      '=PV.INDIKATOR("medicinsk_bedomning_3d", "Riket", , TRUE)',
    );
    expect(localFormula("=PV.GRANT_TRACE(Tabell1[#Alla]; 0,5)", "en", SV_NAMES)).toBe("=PV.GRANT_TRACE(Tabell1[#All], 0.5)");
  });
});
