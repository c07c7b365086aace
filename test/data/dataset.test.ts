import Ajv from "ajv";
import schema from "../../src/data/schema.json";
import { DATASET } from "../../src/core/dataset/dataset";
import { QUALIFIERS, UNITS } from "../../src/core/dataset/types";
import { norm, reportText, seedsPresent } from "../helpers";

describe("dataset schema", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it("holds for every record", () => {
    const ok = validate(DATASET);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a record with both value and range, or an unknown unit", () => {
    const bad = { ...DATASET, observations: [{ ...DATASET.observations[0], min: 1, max: 2 }] };
    expect(validate(bad)).toBe(false);
    const badUnit = { ...DATASET, observations: [{ ...DATASET.observations[0], unit: "kr" }] };
    expect(validate(badUnit)).toBe(false);
  });

  it("has the unit and qualifier lists the TypeScript types use", () => {
    const defs = (schema as { definitions: Record<string, { enum?: string[] }> }).definitions;
    expect(defs.unit.enum).toEqual([...UNITS]);
    expect(defs.qualifier.enum).toEqual([...QUALIFIERS]);
  });

  it.each([
    ["observations", DATASET.observations],
    ["indicators", DATASET.indicators],
    ["entities", DATASET.entities],
    ["findings", DATASET.findings],
    ["grantAccounts", DATASET.grantAccounts],
    ["tables", DATASET.tables ?? []],
  ] as const)("has no duplicate ids in %s", (_, list) => {
    const ids = (list as { id: string }[]).map((x) => x.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("resolves every cross-reference", () => {
    const ind = new Set(DATASET.indicators.map((i) => i.id));
    const ent = new Set(DATASET.entities.map((e) => e.id));
    const obs = new Set(DATASET.observations.map((o) => o.id));
    for (const o of DATASET.observations) {
      expect([o.id, ind.has(o.indicator)]).toEqual([o.id, true]);
      expect([o.id, ent.has(o.entity)]).toEqual([o.id, true]);
      if (o.check) for (const id of [o.check.of[0], ...o.check.of[1]]) expect(obs.has(id)).toBe(true);
      if (o.min !== undefined) expect(o.min).toBeLessThanOrEqual(o.max!);
    }
    for (const a of DATASET.grantAccounts) {
      expect(ent.has(a.entity)).toBe(true);
      for (const id of [...a.received, ...a.categories.flatMap((c) => c.amounts)])
        expect([a.id, id, obs.has(id)]).toEqual([a.id, id, true]);
    }
  });

  it("covers what a controller looks for", () => {
    const has = (indicator: string, entity: string, period: string | null) =>
      DATASET.observations.some((o) => o.indicator === indicator && o.entity === entity && o.period === period);
    expect(has("ekonomiskt_resultat", "narvarden", "2024")).toBe(true);
    expect(has("statsbidrag", "totalt", "2019–2024")).toBe(true);
    expect(has("statsbidrag", "kalmar", "2019–2025")).toBe(true);
    expect(has("primarvard_andel", "stockholm", "2024")).toBe(true);
    expect(has("primarvard_andel_mal", "stockholm", "2030")).toBe(true);
    expect(has("fast_lakarkontakt_ihp", "riket", "2023")).toBe(true);
    expect(has("listade_per_lakare_riktvarde", "riket", null)).toBe(true);
    expect(has("utvecklingsomraden", "kalmar", null)).toBe(true);
    expect(has("lakartjanst_exempel", "stockholm", null)).toBe(true);
    expect(has("fast_lakarkontakt_regioner", "riket_exkl_fallregioner", "2024")).toBe(true);
    expect(has("fast_lakarkontakt_regioner", "riket", "2024")).toBe(false);
    expect(DATASET.findings.filter((f) => f.kind === "hinder")).toHaveLength(4);
  });

  it("holds every place a figure is stated: 'över 35 miljarder' and the 190 mnkr", () => {
    const where = (pred: (o: (typeof DATASET.observations)[number]) => boolean) =>
      DATASET.observations
        .filter(pred)
        .map((o) => `${o.source.section}${o.source.label ? `, ${o.source.label}` : ""}`)
        .sort();
    expect(where((o) => o.entity === "totalt" && o.period === "2019–2025" && o.qualifier === "över")).toEqual([
      "1.1.1, Rubrik",
      "1.2",
      "4.1",
      "Sammanfattning",
    ]);
    expect(where((o) => o.indicator === "kostnadspost" && o.entity === "stockholm" && o.value === 190)).toEqual([
      "3.3.3",
      "3.3.3, Faktaruta",
      "4.1",
      "Sammanfattning",
    ]);
  });

  it("says where a period is inferred rather than stated, and nowhere else", () => {
    const inferred = DATASET.observations
      .filter((o) => o.periodInferred)
      .map((o) => o.id)
      .sort();
    expect(inferred).toEqual([
      "narvarden.avkastningskrav.2020-2025",
      "narvarden.eget_kapital_ianspraktaget.2020-2024",
      "stockholm.kostnadspost.2021.malbild.sammanfattning",
      "stockholm.kostnadspost.2021.malbild.slutsatser",
      "totalt.statsbidrag.2019-2025.cirka",
      "totalt.statsbidrag.2019-2025.drygt",
      "totalt.statsbidrag.2019-2025.over",
      "totalt.statsbidrag.2019-2025.over.rubrik",
      "totalt.statsbidrag.2019-2025.over.slutsatser",
      "totalt.statsbidrag.2019-2025.over.utredningar",
    ]);
    for (const o of DATASET.observations.filter((x) => x.periodInferred)) expect([o.id, o.note?.length ?? 0]).not.toEqual([o.id, 0]);
    const bad = { ...DATASET, observations: [{ ...DATASET.observations[0], periodInferred: true, note: undefined }] };
    expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });

  it("every span that is not inferred shows both its years in the excerpt", () => {
    const missing = DATASET.observations.filter((o) => {
      const m = /^(\d{4})–(\d{4})$/.exec(o.period ?? "");
      return m && !o.periodInferred && !(o.source.excerpt.includes(m[1]) && o.source.excerpt.includes(m[2]));
    });
    expect(missing.map((o) => o.id)).toEqual([]);
    expect(new Set(DATASET.findings.filter((f) => f.source.report === "vastmanland-2025").map((f) => f.group)).size).toBeGreaterThanOrEqual(
      5,
    );
  });
});

const describeSeeds = seedsPresent || process.env.CI ? describe : describe.skip;
if (!seedsPresent) {
  // eslint-disable-next-line no-console
  console.warn("../shared/seeds saknas: testerna av utdrag hoppas över (i CI finns mappen alltid).");
}

describeSeeds("excerpts", () => {
  const texts = Object.fromEntries(DATASET.reports.map((r) => [r.id, reportText(r.seedFile)]));

  it("every observation's excerpt occurs in its report", () => {
    const missing = DATASET.observations.filter((o) => !texts[o.source.report].includes(norm(o.source.excerpt))).map((o) => o.id);
    expect(missing).toEqual([]);
  });

  it("every finding's, activity's and table caption's excerpt occurs in its report", () => {
    const acts = DATASET.grantAccounts.flatMap((a) => [...a.categories.flatMap((c) => c.activities), ...a.unlinkedActivities]);
    const all = [...DATASET.findings.map((f) => f.source), ...acts.map((a) => a.source), ...(DATASET.tables ?? []).map((t) => t.source)];
    expect(all.filter((s) => !texts[s.report].includes(norm(s.excerpt))).map((s) => s.excerpt)).toEqual([]);
  });

  it("every stated number appears in its excerpt as the report writes it", () => {
    const sv = (n: number) => {
      const [i, d] = String(Math.abs(n)).split(".");
      const grouped = i.length > 4 ? i.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : i;
      return grouped + (d ? "," + d : "");
    };
    const words: Record<number, string[]> = { 4: ["fyra"], 5: ["fem"], 11: ["elva"], 20: ["tjugotal"] };
    const bad = DATASET.observations.filter((o) => {
      const nums = o.value !== undefined ? [o.value] : [o.min!, o.max!];
      return !nums.every((n) => {
        const e = o.source.excerpt.replace(/\s+/g, " ");
        return (
          e.includes(sv(n)) ||
          e.includes(String(n)) ||
          e.includes(n.toLocaleString("sv-SE").replace(/\u00a0/g, " ")) ||
          (words[n] ?? []).some((w) => e.includes(w))
        );
      });
    });
    expect(bad.map((o) => o.id)).toEqual([]);
  });
});
