import { DomainError } from "../../../src/core/util/errors";
import { messageFor } from "../../../src/core/i18n";
import { catalog, Catalog } from "../../../src/core/dataset/lookup";
import { DATASET } from "../../../src/core/dataset/dataset";

const cat = catalog();
function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("no error thrown");
}

describe("entity lookup", () => {
  it.each([
    ["Kalmar", "kalmar"],
    ["region kalmar", "kalmar"],
    ["Region Kalmar län", "kalmar"],
    ["Kalmar län", "kalmar"],
    ["08", "kalmar"],
    ["H", "kalmar"],
    ["JÄMTLAND HÄRJEDALEN", "jamtland"],
    ["jamtland harjedalen", "jamtland"],
    ["Region Jämtland Härjedalen", "jamtland"],
    ["23", "jamtland"],
    ["stockholms län", "stockholm"],
    ["Narvarden", "narvarden"],
    ["sverige", "riket"],
    ["Örebro", "orebro"],
  ])("%s → %s", (input, id) => {
    expect(cat.entity(input).id).toBe(id);
  });

  it("suggests the nearest name for a typo, in Swedish", () => {
    const e = errorOf(() => cat.entity("Jämtland Härjedaln"));
    expect(e.code).toBe("unknownEntity");
    expect(messageFor(e)).toContain('Menade du "Jämtland Härjedalen"?');
    expect(messageFor(e, "en")).toContain('Did you mean "Jämtland Härjedalen"?');
  });

  it("lists what exists when nothing is close", () => {
    const e = errorOf(() => cat.entity("Gotland"));
    expect(messageFor(e)).toMatch(/Finns: .*Kalmar.*Stockholm/);
    expect(e.excelKind).toBe("na");
  });
});

describe("value lookup", () => {
  const v = (ind: string, ent: string, p: number | string, pick?: "min" | "max") => cat.value(cat.indicator(ind), cat.entity(ent), p, pick);

  it("returns the stated value with its provenance", () => {
    const r = v("primarvard_andel", "Stockholm", 2024);
    expect(r.value).toBe(17.2);
    expect(r.observation.source.section).toBe("2.4");
    expect(r.observation.source.excerpt).toContain("17,2 %");
  });

  it("finds spans written with a hyphen or an en dash", () => {
    expect(v("statsbidrag", "Kalmar", "2019-2025").value).toBe(635.85);
    expect(v("statsbidrag", "Kalmar", "2019–2025").value).toBe(635.85);
  });

  it("refuses to turn a range into a value unless asked for min or max", () => {
    const e = errorOf(() => v("primarvard_andel", "Kalmar", 2024));
    expect(e.code).toBe("rangeOnly");
    expect(messageFor(e)).toContain("18,6–19,7 %");
    expect(messageFor(e)).toContain("2019–2024");
    expect(v("primarvard_andel", "Kalmar", 2024, "min").value).toBe(18.6);
    expect(v("primarvard_andel", "Kalmar", 2021, "max").value).toBe(19.7);
  });

  it("says which years exist when a year is missing", () => {
    const e = errorOf(() => v("sjukfranvaro", "Närvården", 2018));
    expect(e.code).toBe("noValueForPeriod");
    expect(messageFor(e)).toContain("2021, 2024");
  });

  it("never silently picks between statements that cannot both be true, and names both sources", () => {
    const e = errorOf(() => v("statsbidrag", "Regioner", 2025));
    expect(e.code).toBe("conflict");
    expect(messageFor(e)).toContain("2 774 mnkr (Ramboll 2025, 1.1.1, Tabell 1; id regioner.statsbidrag.2025)");
    expect(messageFor(e)).toContain("2 624 mnkr (Ramboll 2025, 1.1.1; id regioner.statsbidrag.2025.text)");
    expect(cat.related(cat.indicator("statsbidrag"), cat.entity("Kommuner"), 2025).conflict).toBe(true);
  });

  it("answers compatible statements with the finest one: 3 674 for 'knappt 3,7 miljarder' and Tabell 1", () => {
    const r = v("statsbidrag", "Totalt", 2025);
    expect(r.value).toBe(3674);
    expect(r.observation.source.label).toBe("Tabell 1");
    const set = cat.related(cat.indicator("statsbidrag"), cat.entity("Totalt"), 2025);
    expect(set.conflict).toBe(false);
    expect(set.statements.map((s) => [s.observation.id, s.relation])).toEqual([
      ["totalt.statsbidrag.2025", undefined],
      ["totalt.statsbidrag.2025.text", "compatible"],
    ]);
  });

  it("answers rounded statements with the more precise one: Kalmar 2021 is 135,9, not 136", () => {
    expect(v("statsbidrag", "Kalmar", 2021).value).toBe(135.9);
    const set = cat.related(cat.indicator("statsbidrag"), cat.entity("Kalmar"), 2021);
    expect(set.statements[1]).toMatchObject({ value: 136, relation: "rounding" });
    const nara = cat.value(cat.indicator("kostnadspost"), cat.entity("Kalmar"), 2021, undefined, "Nära vård");
    expect(nara.value).toBe(52.2);
  });

  it("reads qualifiers in other datasets the same way", () => {
    const o = (id: string, value: number, qualifier?: "över" | "knappt" | "ca") => ({
      id,
      indicator: "sjukfranvaro",
      entity: "narvarden",
      period: "2030",
      value,
      qualifier,
      unit: "%" as const,
      source: { report: "vastmanland-2025" as const, section: "x", excerpt: "synthetic" },
    });
    const mini = (obs: ReturnType<typeof o>[]) => new Catalog({ ...DATASET, observations: obs });
    const val = (c: Catalog) => c.value(c.indicator("sjukfranvaro"), c.entity("Närvården"), 2030).value;
    expect(val(mini([o("a", 7, "ca"), o("b", 7.2)]))).toBe(7.2);
    expect(val(mini([o("a", 7, "över"), o("b", 7, "över")]))).toBe(7);
    expect(errorOf(() => val(mini([o("a", 7, "över"), o("b", 7, "knappt")]))).code).toBe("conflict");
    expect(errorOf(() => val(mini([o("a", 7.1), o("b", 7.2)]))).code).toBe("conflict");
  });

  it("does not pick between breakdowns (cost items): the message names each, and equal amounts do not merge them", () => {
    const ind = cat.indicator("kostnadspost");
    const e = errorOf(() => cat.value(ind, cat.entity("Kalmar"), 2021));
    expect(messageFor(e)).toContain("67,2 mnkr (Vårdens medarbetare; Ramboll 2025, 3.3.2;");
    const post = (id: string, dimension: string) => ({
      id,
      indicator: "kostnadspost",
      entity: "kalmar",
      period: "2030",
      dimension,
      value: 5,
      unit: "mnkr" as const,
      source: { report: "ramboll-2025" as const, section: "x", excerpt: "synthetic" },
    });
    const c = new Catalog({ ...DATASET, observations: [post("a", "A"), post("b", "B")] });
    expect(errorOf(() => c.value(c.indicator("kostnadspost"), c.entity("Kalmar"), 2030)).code).toBe("conflict");
    expect(c.value(c.indicator("kostnadspost"), c.entity("Kalmar"), 2030, undefined, "B").observation.id).toBe("b");
    expect(c.related(c.indicator("kostnadspost"), c.entity("Kalmar"), 2030).statements[1].relation).toBeUndefined();
  });

  it("keeps the 59 % continuity average apart from Riket: it is Riket exkl. de tre fallregionerna", () => {
    const ind = cat.indicator("fast_lakarkontakt_regioner");
    expect(cat.entity("Riket (exkl. 3 regioner)").id).toBe("riket_exkl_fallregioner");
    expect(cat.value(ind, cat.entity("Riket exkl. de tre fallregionerna"), 2024).value).toBe(59);
    expect(cat.series(ind.id, "riket")).toEqual([]);
    const e = errorOf(() => cat.value(ind, cat.entity("rikssnittet"), 2024));
    expect(messageFor(e)).toBe(
      "Inga uppgifter finns för Andel med fast läkarkontakt enligt regionernas uppgifter – Riket. Finns för: Riket exkl. de tre fallregionerna, Stockholm.",
    );
  });

  it("agreeing statements are one value, converted to the indicator's unit", () => {
    expect(v("medicinsk_bedomning_3d", "Riket", 2020).value).toBe(81);
    expect(v("statsbidrag", "totalt", "2019–2025")).toMatchObject({ value: 35000 });
  });

  it("orders a series by period", () => {
    const periods = cat.series("statsbidrag", "regioner").map((o) => o.period);
    expect(periods.indexOf("2019")).toBeLessThan(periods.indexOf("2024"));
  });

  it("builds independent catalogues for other datasets", () => {
    const tiny = new Catalog({ ...DATASET, observations: DATASET.observations.slice(0, 1) });
    expect(tiny.series("ekonomiskt_resultat", "narvarden")).toHaveLength(1);
    expect(cat.series("ekonomiskt_resultat", "narvarden")).toHaveLength(2);
  });

  it("unknown indicators suggest an id", () => {
    const e = errorOf(() => cat.indicator("sjukfranvar"));
    expect(messageFor(e)).toContain('"sjukfranvaro"');
  });
});
