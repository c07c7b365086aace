import { areaMapper, costClassifier, crosswalk } from "../../../src/core/followup/model";
import { costTypeFromName, presetFromKptyp, proposePreset, proposeRules } from "../../../src/core/followup/propose";
import { presetRules } from "../../../src/core/followup/presets";
import type { FollowupRow, ResultIndicator } from "../../../src/core/followup/types";
import { toOre } from "../../../src/core/followup/tables";
import { DomainError } from "../../../src/core/util/errors";
import { messageFor } from "../../../src/core/i18n";

const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("no error");
};

describe("costClassifier", () => {
  it("classifies by from–to, inclusive, and leaves accounts no rule covers (or that are not numbers) unclassified", () => {
    const c = costClassifier(presetRules("bas"));
    expect(["6800", "6899", "6900", "7000", "7699", "7700", "3999", "ABC", ""].map(c)).toEqual([
      "Inhyrd personal",
      "Inhyrd personal",
      "Övriga varor och tjänster",
      "Egen personal",
      "Egen personal",
      null,
      null,
      null,
      null,
    ]);
  });

  it("overlapping rows are a domain error naming both rows, wherever they stand", () => {
    const e = thrown(() =>
      costClassifier([
        { from: 4000, to: 4999, costType: "Övriga varor och tjänster", row: 2 },
        { from: 7000, to: 7699, costType: "Egen personal", row: 3 },
        { from: 4500, to: 4599, costType: "Köpt vård och verksamhet", row: 4 },
      ]),
    );
    expect(e.code).toBe("mappingOverlap");
    expect(messageFor(e, "sv")).toBe(
      "Kostnadsslag: rad 2 (4000–4999 Övriga varor och tjänster) och rad 4 (4500–4599 Köpt vård och verksamhet) överlappar. Ett konto får bara ha ett kostnadsslag; rätta en av raderna.",
    );
    // A long range listed last still names the earlier row it covers.
    const e2 = thrown(() =>
      costClassifier([
        { from: 7010, to: 7010, costType: "Egen personal", row: 2 },
        { from: 4000, to: 7999, costType: "X", row: 3 },
      ]),
    );
    expect(e2.params).toMatchObject({ a: "rad 2 (7010 Egen personal)", b: "rad 3 (4000–7999 X)" });
    expect(thrown(() => costClassifier([{ from: 5, to: 4, costType: "X" }])).code).toBe("argType");
  });
});

describe("areaMapper", () => {
  it("maps a project, and an activity object of it where the user wants", () => {
    const m = areaMapper([
      { project: "P1", area: "Tillgänglighet" },
      { project: "P1", activity: "A9", area: "Digitalisering" },
    ]);
    expect([m("P1"), m("P1", "A1"), m("P1", "A9"), m("P2")]).toEqual(["Tillgänglighet", "Tillgänglighet", "Digitalisering", null]);
  });

  it("a project mapped to two areas is an error naming both rows; the same area twice is not", () => {
    const e = thrown(() =>
      areaMapper([
        { project: "P1", area: "Tillgänglighet", row: 2 },
        { project: "P2", area: "Tillgänglighet", row: 3 },
        { project: "P1", area: "Digitalisering", row: 5 },
      ]),
    );
    expect(e.code).toBe("mappingDouble");
    expect(messageFor(e, "sv")).toContain(
      "Projektet P1 är kopplat till två insatsområden: rad 2 (Tillgänglighet) och rad 5 (Digitalisering)",
    );
    expect(() =>
      areaMapper([
        { project: "P1", area: "T" },
        { project: "P1", area: "T" },
      ]),
    ).not.toThrow();
  });
});

describe("crosswalk", () => {
  const rows: FollowupRow[] = [
    { project: "P1", account: "7010", accountName: "Löner", ore: 100_000_00 },
    { project: "P1", account: "6810", accountName: "Inhyrd", ore: 20_000_00 },
    { project: "P2", account: "5010", accountName: "Lokalhyra", ore: 30_000_00 },
    { project: "P3", projectName: "Okopplat", account: "7830", accountName: "Avskrivningar", ore: 5_000_00 },
    { project: "", account: "7010", accountName: "Löner", ore: -1_000_00 },
  ];
  const maps = [
    { project: "P1", area: "Tillgänglighet" },
    { project: "P2", area: "Kompetensförsörjning" },
  ];
  const c = crosswalk(rows, presetRules("bas"), maps, { received: 200_000_00 });

  it("row totals, column totals and the grand total agree with the ledger; difference 0", () => {
    expect(c.total).toBe(154_000_00);
    expect(c.difference).toBe(0);
    expect(c.costTypes.reduce((s, t) => s + t.ore, 0)).toBe(c.total);
    expect(c.areas.reduce((s, a) => s + a.ore, 0)).toBe(c.total);
    expect(c.costTypes.map((t) => [t.name, t.ore])).toEqual([
      ["Egen personal", 99_000_00],
      ["Inhyrd personal", 20_000_00],
      ["Köpt vård och verksamhet", 0],
      ["Övriga varor och tjänster", 30_000_00],
      ["Ej klassat", 5_000_00],
    ]);
    expect(c.areas.map((a) => [a.name, a.ore])).toEqual([
      ["Tillgänglighet", 120_000_00],
      ["Kompetensförsörjning", 30_000_00],
      ["Ej kopplat", 4_000_00],
    ]);
    expect(c.matrix).toHaveLength(5 * 3);
    expect(c.unspent).toBe(46_000_00);
  });

  it('lists unclassified accounts and unmapped projects with their amounts (no project = project "")', () => {
    expect(c.unclassifiedAccounts).toEqual([{ account: "7830", name: "Avskrivningar", ore: 5_000_00 }]);
    expect(c.unmappedProjects).toEqual([
      { project: "", name: "", ore: -1_000_00 },
      { project: "P3", name: "Okopplat", ore: 5_000_00 },
    ]);
  });

  it("traceability: money on projects with an area and a result indicator that has an actual value", () => {
    const results: ResultIndicator[] = [
      {
        area: "Tillgänglighet",
        indicator: "Besvarade samtal",
        kpi: "N79179",
        unit: "%",
        higherIsBetter: true,
        cumulative: false,
        actuals: { 2024: null },
      },
      {
        area: "Kompetensförsörjning",
        indicator: "Handledarutbildningar",
        kpi: "eget",
        unit: "antal",
        higherIsBetter: true,
        cumulative: true,
        actuals: { 2022: 100 },
      },
    ];
    const t = crosswalk(rows, presetRules("bas"), maps, { results });
    expect(t.tracedOre).toBe(30_000_00);
    expect(t.traceability).toBeCloseTo(30 / 154, 12);
    expect(crosswalk([], presetRules("bas"), maps).traceability).toBeNull();
  });

  it("keeps only the year's rows when a year is given", () => {
    const y = crosswalk(
      [
        { project: "P1", account: "7010", ore: 1, year: 2022 },
        { project: "P1", account: "7010", ore: 10, year: 2023 },
      ],
      presetRules("bas"),
      maps,
      { year: 2022 },
    );
    expect([y.total, y.year]).toEqual([1, 2022]);
  });
});

describe("proposePreset", () => {
  const acc = (pairs: [string, string][]) => new Map(pairs);

  it("reads personnel from the account names, never from the first digit alone", () => {
    const region = proposePreset(
      "EUBAS97",
      acc([
        ["4011", "Löner tillsvidareanställda"],
        ["4511", "Arbetsgivaravgifter"],
        ["5511", "Köpt vård"],
      ]),
    );
    expect(region.preset).toBe("regionbas");
    expect(region.reason).toContain("väger tyngre än #KPTYP EUBAS97");
    // Class 4 accounts that are goods in BAS do not make it Region-Bas.
    expect(
      proposePreset(
        "EUBAS97",
        acc([
          ["4010", "Inköp av varor"],
          ["7010", "Löner till kollektivanställda"],
          ["7510", "Arbetsgivaravgifter"],
        ]),
      ).preset,
    ).toBe("bas");
    expect(
      proposePreset(
        null,
        acc([
          ["5020", "Löner till tillsvidareanställda"],
          ["4610", "Köp av huvudverksamhet"],
        ]),
      ).preset,
    ).toBe("kommunbas");
  });

  it("falls back on #KPTYP, then on BAS said as an assumption", () => {
    expect(proposePreset("KBAS13", acc([["4010", "Material"]])).preset).toBe("kommunbas");
    expect(presetFromKptyp("L-BAS 19")).toBe("regionbas");
    expect(presetFromKptyp("BAS2024")).toBe("bas");
    expect(presetFromKptyp("Okänd")).toBeNull();
    const none = proposePreset(null, acc([["4010", "Material"]]));
    expect(none.preset).toBe("bas");
    expect(none.reason).toContain("BAS antas");
  });
});

describe("proposeRules", () => {
  it("adds a one-account row where the preset leaves an account out and its name says the type without doubt", () => {
    const names = new Map([
      ["4011", "Löner"],
      ["5511", "Inhyrda sjuksköterskor"],
      ["6111", "Köpt primärvård"],
      ["6500", "Övrigt"],
      ["6600", "Utbildning personal, löner"],
    ]);
    const { rules, accounts } = proposeRules("regionbas", names, ["6600", "4011", "5511", "6111", "6500", "4011"]);
    expect(rules.slice(1).map((r) => [r.from, r.to, r.costType, r.row])).toEqual([
      [5511, 5511, "Inhyrd personal", 2],
      [6111, 6111, "Köpt vård och verksamhet", 3],
    ]);
    expect(accounts.map((a) => [a.account, a.by])).toEqual([
      ["4011", "preset"],
      ["5511", "name"],
      ["6111", "name"],
      ["6500", null],
      ["6600", null],
    ]);
    expect([costTypeFromName("IT-tjänster"), costTypeFromName("Bemanningsföretag läkare"), costTypeFromName("Diverse")]).toEqual([
      "Övriga varor och tjänster",
      "Inhyrd personal",
      null,
    ]);
  });
});

describe("toOre", () => {
  it("is the exact decimal shift, rounded once", () => {
    expect([toOre(1000.5, 2), toOre(-0.01, 2), toOre(52.3, 8), toOre(1.005, 2), toOre(0.125, 2), toOre(12345678901.23, 2)]).toEqual([
      100050, -1, 5_230_000_000, 101, 13, 1_234_567_890_123,
    ]);
  });
});
