import Ajv from "ajv";
import data from "../../src/data/followup.json";
import schema from "../../src/data/followup.schema.json";
import {
  AREA_LISTS,
  areaListsForYear,
  checkResultKpis,
  PRESETS,
  presetRules,
  RESULT_KPIS,
  resultKpiWarningText,
} from "../../src/core/followup/presets";
import { COST_TYPES, PRESET_IDS } from "../../src/core/followup/types";
import { norm, reportText, seedsPresent } from "../helpers";

describe("followup data schema", () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it("holds for the data", () => {
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects an unknown cost type and an area list without any source", () => {
    const badType = structuredClone(data) as typeof data;
    badType.presets[0].rules[0].costType = "Personal";
    expect(validate(badType)).toBe(false);
    const noSource = structuredClone(data) as { areaLists: { source?: unknown; areas: { reportSource?: unknown }[] }[] };
    delete noSource.areaLists[0].source;
    expect(validate(noSource)).toBe(false);
  });

  it("has the cost types and preset ids the TypeScript types use", () => {
    expect(data.costTypes).toEqual([...COST_TYPES]);
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
  });
});

describe("cost-type presets", () => {
  it.each(PRESET_IDS)("%s: rules do not overlap, each cites one of its sources", (id) => {
    const p = PRESETS.find((x) => x.id === id)!;
    const rules = [...p.rules].sort((a, b) => a.from - b.from);
    for (let i = 0; i < rules.length; i++) {
      expect(rules[i].from).toBeLessThanOrEqual(rules[i].to);
      if (i > 0) expect(rules[i].from).toBeGreaterThan(rules[i - 1].to);
      expect(p.sources[rules[i].source]).toBeDefined();
    }
  });

  it("puts personnel where each chart has it: BAS 7000–7699, Kommun-Bas class 5, Region-Bas class 4", () => {
    const type = (id: (typeof PRESET_IDS)[number], account: number) =>
      presetRules(id).find((r) => r.from <= account && account <= r.to)?.costType;
    expect([type("bas", 7010), type("bas", 6810), type("bas", 4010), type("bas", 7830)]).toEqual([
      "Egen personal",
      "Inhyrd personal",
      "Övriga varor och tjänster",
      undefined,
    ]);
    expect([type("kommunbas", 5110), type("kommunbas", 4610), type("kommunbas", 7510)]).toEqual([
      "Egen personal",
      "Köpt vård och verksamhet",
      "Inhyrd personal",
    ]);
    expect(type("regionbas", 4010)).toBe("Egen personal");
    expect(PRESETS.find((p) => p.id === "regionbas")!.checkOwnChart).toBe(true);
  });
});

describe("insatsområden", () => {
  it("2024 is the agreement's chapters 4.1–4.9, each once", () => {
    const [l] = areaListsForYear(2024);
    expect(l.id).toBe("overenskommelse-2024");
    expect(l.areas.flatMap((a) => a.chapters ?? [])).toEqual(["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9"]);
  });

  it("Jämtland Härjedalen 2022 has the report's five themes; Kalmar and Stockholm 2021 their cost posts", () => {
    expect(AREA_LISTS.find((l) => l.id === "jamtland-2022")!.areas.map((a) => a.name)).toEqual([
      "Styrning, ledarskap och samverkan",
      "Arbetssätt för personcentrering, delaktighet och kontinuitet",
      "Digitalisering och nya arbetssätt",
      "Tillgänglighet",
      "Kompetensförsörjning och medarbetarutveckling",
    ]);
    expect(areaListsForYear(2021).map((l) => l.id)).toEqual(["kalmar-2021", "stockholm-2021"]);
  });

  it("names each area once per list", () => {
    for (const l of AREA_LISTS) expect(new Set(l.areas.map((a) => a.name)).size).toBe(l.areas.length);
  });

  (seedsPresent || process.env.CI ? it : it.skip)("quotes the report verbatim where it cites it", () => {
    const text = reportText("004_18d2857cc646ebb1.txt");
    const missing = AREA_LISTS.flatMap((l) => l.areas)
      .filter((a) => a.reportSource && !text.includes(norm(a.reportSource.excerpt)))
      .map((a) => a.name);
    expect(missing).toEqual([]);
  });
});

describe("pinned result KPIs", () => {
  it("pins the seven ids the issue names", () => {
    expect(RESULT_KPIS.map((k) => k.id)).toEqual(["U71451", "U71458", "U70450", "N79179", "N79173", "U79133", "U79092"]);
  });

  const all = RESULT_KPIS.map((k) => ({ id: k.id, title: k.title ?? `titel för ${k.id}` }));

  it("warns on a renamed or removed KPI, as the cost KPIs are checked", () => {
    const fetched = all.filter((k) => k.id !== "N79173").map((k) => (k.id === "N79179" ? { ...k, title: "Något annat" } : k));
    const w = checkResultKpis(fetched);
    expect(w.filter((x) => x.kind === "renamed").map((x) => x.id)).toEqual(["N79179"]);
    expect(w.filter((x) => x.kind === "removed").map((x) => x.id)).toEqual(["N79173"]);
    expect(resultKpiWarningText(w.find((x) => x.kind === "removed")!)).toContain("N79173");
  });

  it("never calls an unverified pin renamed: it shows Kolada's title to confirm", () => {
    const w = checkResultKpis(all);
    expect(w.map((x) => [x.kind, x.id])).toEqual([
      ["unconfirmed", "U79133"],
      ["unconfirmed", "U79092"],
    ]);
    expect(resultKpiWarningText(w[0])).toContain("titel för U79133");
    expect(resultKpiWarningText(w[0], "en")).toContain("not verified");
    expect(checkResultKpis(all.map((k) => (k.id === "U71451" ? { ...k, title: "Helhetsintryck" } : k))).map((x) => x.id)).toContain(
      "U71451",
    );
  });
});
