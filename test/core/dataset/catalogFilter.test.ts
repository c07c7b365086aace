import { EMPTY_FILTER, filterCatalog, periodsWithoutYear, toApiFormula } from "../../../src/core/dataset/catalogFilter";
import { catalogRows } from "../../../src/core/dataset/exportCatalog";
import { catalog } from "../../../src/core/dataset/lookup";

const rows = catalogRows(catalog());

describe("catalogue search", () => {
  it('"35130" finds the figure printed as "35 130", and so does "35 130"', () => {
    for (const query of ["35130", "35 130"]) {
      const hits = filterCatalog(rows, { ...EMPTY_FILTER, query });
      expect(hits.map((r) => r.id)).toContain("totalt.statsbidrag.2019-2024");
      for (const r of hits) expect(`${r.excerpt} ${r.value}`.replace(/(\d) (?=\d)/g, "$1")).toContain("35130");
    }
  });

  it("finds nothing for a year a region lacks, and then names the periods it has", () => {
    const f = { ...EMPTY_FILTER, entity: "kalmar", year: "2016" };
    expect(filterCatalog(rows, f)).toEqual([]);
    const periods = periodsWithoutYear(rows, f);
    expect(periods.length).toBeGreaterThan(0);
    const kalmar = new Set(rows.filter((r) => r.entity === "kalmar").map((r) => r.period));
    expect(new Set(periods)).toEqual(kalmar);
    expect(periodsWithoutYear(rows, { ...f, year: "" })).toEqual([]);
  });
});

describe("toApiFormula", () => {
  it("turns Swedish decimal commas into points outside strings", () => {
    expect(toApiFormula("=PV.LAKARBEHOV(117000; 60; 1100,5)")).toBe("=PV.LAKARBEHOV(117000, 60, 1100.5)");
    expect(toApiFormula('=PV.KALLA("1,5"; "Kalmar")')).toBe('=PV.KALLA("1,5", "Kalmar")');
  });
});
