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

  it("never silently picks between statements that differ", () => {
    const e = errorOf(() => v("statsbidrag", "Regioner", 2025));
    expect(e.code).toBe("conflict");
    expect(messageFor(e)).toContain("2 774");
    expect(messageFor(e)).toContain("2 624");
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
