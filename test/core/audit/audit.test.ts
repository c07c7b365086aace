import { runAudit } from "../../../src/core/audit/audit";
import { DATASET } from "../../../src/core/dataset/dataset";
import type { Dataset, Observation } from "../../../src/core/dataset/types";

const src = (excerpt: string, label?: string) => ({ report: "ramboll-2025" as const, section: "1.1.1", label, excerpt });
const ob = (o: Partial<Observation> & Pick<Observation, "id" | "entity" | "period">): Observation => ({
  indicator: "statsbidrag",
  unit: "mnkr",
  source: src("synthetic excerpt", "Tabell 1"),
  ...o,
});
const data = (observations: Observation[], extra: Partial<Dataset> = {}): Dataset => ({ ...DATASET, observations, grantAccounts: [], ...extra });

describe("audit on the real reports", () => {
  const findings = runAudit(DATASET);
  const of = (check: string) => findings.filter((f) => f.check === check);

  it("finds that Tabell 1's total for 2019–2024 is the 2019–2025 total", () => {
    const col = of("periodsumma").find((f) => f.stated.observationIds.includes("totalt.statsbidrag.2019-2024"))!;
    expect(col.stated.value).toBe(35130);
    expect(col.other.value).toBe(31456);
    expect(col.difference).toBe(-3674);
    const row = of("radsumma").find((f) => f.stated.observationIds.includes("totalt.statsbidrag.2019-2024"))!;
    expect(row.other.value).toBe(31456);
  });

  it("finds the shares that fit the column sums but not the stated total", () => {
    const shares = of("andel").map((f) => f.stated.observationIds[0]).sort();
    expect(shares).toEqual(["kommuner.statsbidrag_andel.2019-2024", "regioner.statsbidrag_andel.2019-2024"]);
    const reg = of("andel").find((f) => f.stated.observationIds[0].startsWith("regioner"))!;
    expect(reg.other.value).toBeCloseTo(76.11, 1);
    expect(reg.detail).toContain("stämmer däremot mot summan av delarna");
  });

  it("finds the 2025 amounts that differ between text and table", () => {
    const dup = of("dubbelangivelse").filter((f) => f.severity === "motsägelse").map((f) => f.stated.observationIds[0]).sort();
    expect(dup).toEqual(["kalmar.kostnadspost.2021.nara_vard", "kommuner.statsbidrag.2025", "regioner.statsbidrag.2025"]);
    const reg = of("dubbelangivelse").find((f) => f.stated.observationIds[0] === "regioner.statsbidrag.2025")!;
    expect(reg.difference).toBeCloseTo(-150);
    expect(reg.stated.sources[0].label).toBe("Tabell 1");
    expect(reg.other.sources[0].excerpt).toContain("2,624 miljarder");
  });

  it("finds that the text's 2025 parts do not make 'knappt 3,7 miljarder'", () => {
    const f = of("radsumma").find((x) => x.stated.observationIds[0] === "totalt.statsbidrag.2025.text")!;
    expect(f.other.value).toBeCloseTo(3.374);
  });

  it("marks Kalmar's 135,9 vs 136 mnkr as rounding, not contradiction", () => {
    const f = of("dubbelangivelse").find((x) => x.stated.observationIds[0] === "kalmar.statsbidrag.2021")!;
    expect(f.severity).toBe("avrundning");
  });

  it("checks the 'more than 25 percentage points' the report derives", () => {
    const f = of("differens")[0];
    expect(f.other.value).toBe(25);
    expect(f.detail).toContain("fast_lakarkontakt_vardanalys");
  });

  it("does not flag statements that agree (35 mdkr drygt/över/cirka vs 35 130 mnkr; 3 674 vs knappt 3,7 mdkr)", () => {
    const ids = findings.flatMap((f) => [...f.stated.observationIds, ...f.other.observationIds]);
    expect(ids).not.toContain("totalt.statsbidrag.2019-2025.drygt");
    expect(findings.find((f) => f.check === "dubbelangivelse" && f.stated.observationIds[0] === "totalt.statsbidrag.2025")).toBeUndefined();
  });

  it("names both sources in every finding", () => {
    for (const f of findings) {
      expect(f.stated.sources.length).toBeGreaterThan(0);
      expect(f.other.sources.length).toBeGreaterThan(0);
    }
  });
});

describe("audit checks on synthetic data", () => {
  it("row sums: flags parts that do not add up, passes those that do", () => {
    const row = (total: number) => [
      ob({ id: "a", entity: "regioner", period: "2030", value: 10 }),
      ob({ id: "b", entity: "kommuner", period: "2030", value: 5 }),
      ob({ id: "t", entity: "totalt", period: "2030", value: total }),
    ];
    expect(runAudit(data(row(15)))).toEqual([]);
    const [f] = runAudit(data(row(16)));
    expect(f.check).toBe("radsumma");
    expect(f.difference).toBe(-1);
  });

  it("period sums: only when every year is stated", () => {
    const years = [ob({ id: "y1", entity: "regioner", period: "2030", value: 1 }), ob({ id: "y2", entity: "regioner", period: "2031", value: 2 })];
    const span = (v: number, period = "2030–2031") => ob({ id: "s", entity: "regioner", period, value: v, source: src("x", "Tabell 1, Summa") });
    expect(runAudit(data([...years, span(3)]))).toEqual([]);
    expect(runAudit(data([...years, span(4)]))[0].check).toBe("periodsumma");
    expect(runAudit(data([...years, span(99, "2030–2032")]))).toEqual([]);
  });

  it("shares: stated share against part / total", () => {
    const base = [
      ob({ id: "p", entity: "regioner", period: "2030–2031", value: 50 }),
      ob({ id: "t", entity: "totalt", period: "2030–2031", value: 200 }),
    ];
    const share = (v: number) => ob({ id: "sh", indicator: "statsbidrag_andel", unit: "%", entity: "regioner", period: "2030–2031", value: v });
    expect(runAudit(data([...base, share(25)]))).toEqual([]);
    const [f] = runAudit(data([...base, share(30)]));
    expect(f.check).toBe("andel");
    expect(f.other.value).toBe(25);
  });

  it("ranges: a single year outside the stated span's range", () => {
    const r = ob({ id: "r", indicator: "primarvard_andel", unit: "%", entity: "kalmar", period: "2019–2024", min: 18, max: 19 });
    const y = (v: number) => ob({ id: "y", indicator: "primarvard_andel", unit: "%", entity: "kalmar", period: "2022", value: v });
    expect(runAudit(data([r, y(18.5)]))).toEqual([]);
    const [f] = runAudit(data([r, y(20)]));
    expect(f.check).toBe("intervall");
    expect(f.difference).toBe(1);
  });

  it("grant categories above the amount received", () => {
    const obs = [
      ob({ id: "rec", entity: "kalmar", period: "2030", value: 10 }),
      ob({ id: "c1", indicator: "kostnadspost", entity: "kalmar", period: "2030", value: 8, dimension: "A" }),
      ob({ id: "c2", indicator: "kostnadspost", entity: "kalmar", period: "2030", value: 4, dimension: "B" }),
    ];
    const acc = { id: "acc", entity: "kalmar", year: 2030, goal: "", received: ["rec"], unlinkedActivities: [], traceNote: "", categories: [
      { name: "A", amounts: ["c1"], activities: [], result: null },
      { name: "B", amounts: ["c2"], activities: [], result: null },
    ] };
    const [f] = runAudit(data(obs, { grantAccounts: [acc] }));
    expect(f.check).toBe("bidragsposter");
    expect(f.difference).toBe(2);
  });
});
