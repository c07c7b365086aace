import { auditRow, AUDIT_HEADER, runAudit } from "../../../src/core/audit/audit";
import { citeOnce, quote } from "../../../src/core/audit/quote";
import { DATASET } from "../../../src/core/dataset/dataset";
import { catalog } from "../../../src/core/dataset/lookup";
import { referenceTrace } from "../../../src/core/grants/grantTrace";
import { referencePlan } from "../../../src/core/workbook/referencePlan";
import type { Dataset, GrantAccount, Observation } from "../../../src/core/dataset/types";

const src = (excerpt: string, label?: string) => ({ report: "ramboll-2025" as const, section: "1.1.1", label, excerpt });
const ob = (o: Partial<Observation> & Pick<Observation, "id" | "entity" | "period">): Observation => ({
  indicator: "statsbidrag",
  unit: "mnkr",
  source: src("synthetic excerpt", "Tabell 1"),
  ...o,
});
const data = (observations: Observation[], extra: Partial<Dataset> = {}): Dataset => ({
  ...DATASET,
  observations,
  grantAccounts: [],
  tables: [],
  ...extra,
});

describe("audit on the real reports", () => {
  const findings = runAudit(DATASET);
  const of = (check: string) => findings.filter((f) => f.checks.includes(check as never));
  const titled = (part: string) => findings.find((f) => f.title.includes(part))!;

  it("lists every finding with its verdict", () => {
    expect(findings.map((f) => [f.severity, f.title])).toEqual([
      ["motsägelse", "Statsbidrag 2019–2024: Tabell 1 summerar till 31 456, anges 35 130"],
      ["motsägelse", "Statsbidrag: Tabell 1 anger totalen 35 130 för 2019–2024, men den är summan för 2019–2025"],
      ["motsägelse", "Statsbidrag 2025: 1.1.1 (text) summerar till 3,374 mdkr, anges knappt 3,7 mdkr"],
      ["förenlig", "Andel av statsbidragen, Regioner 2019–2024: 85 % stämmer mot delarnas summa 31 456, inte mot totalen 35 130"],
      ["förenlig", "Andel av statsbidragen, Kommuner 2019–2024: 14 % stämmer mot delarnas summa 31 456, inte mot totalen 35 130"],
      ["motsägelse", "Statsbidrag, Regioner 2025: Tabell 1 anger 2 774 mnkr, 1.1.1 (text) 2,624 mdkr"],
      ["motsägelse", "Statsbidrag, Kommuner 2025: Tabell 1 anger 900 mnkr, 1.1.1 (text) 750 mnkr"],
      ["förenlig", "Statsbidrag 2025: Tabell 1 anger 3 674 mnkr, 1.1.1 (text) knappt 3,7 mdkr"],
      ["avrundning", "Statsbidrag, Kalmar 2021: 2.3 (text) anger 135,9 mnkr, 3.3.2 (text) 136 mnkr"],
      ["förenlig", "Kostnadspost Nära vård, Kalmar 2021: 3.3.2 (text) anger ca 52,3 mnkr, 3.3.2, Faktaruta 52,2 mnkr"],
      ["avrundning", "Fast läkarkontakt, regionernas mot patienternas bild, Riket: ”mer än 25 procentenheter”, de angivna talen ger 25–27"],
      ["förklarad lucka", "Kalmar 2021: 136 mnkr mottaget, redovisade poster summerar till 121,7"],
      ["förklarad lucka", "Stockholm 2021: 1 317,5 mnkr mottaget, redovisade poster summerar till 190"],
    ]);
  });

  it("merges the column sum and the year sum of Tabell 1's total into one finding", () => {
    const f = of("periodsumma")[0];
    expect(f.checks).toEqual(["periodsumma", "radsumma"]);
    expect(f.stated.value).toBe(35130);
    expect(f.other.value).toBe(31456);
    expect(f.difference).toBe(-3674);
    expect(f.differenceText).toMatch(/^3 674 mnkr lägre/);
    expect(f.detail).toContain("26 738 mnkr + 4 450 mnkr + 268 mnkr = 31 456 mnkr");
    expect(f.detail).toContain("35 130 mnkr är summan för 2019–2025, inte 2019–2024");
    expect(of("radsumma").filter((x) => x.stated.observationIds.includes("totalt.statsbidrag.2019-2024"))).toHaveLength(1);
  });

  it("says that the label 'Summa 2019–2024' is wrong: 35 130 is the 2019–2025 sum, as the text and caption say", () => {
    const f = of("periodetikett")[0];
    expect(f.stated.observationIds).toEqual(["totalt.statsbidrag.2019-2024"]);
    expect(f.other.value).toBe(35130);
    expect(f.other.observationIds).toEqual(expect.arrayContaining(["totalt.statsbidrag.2025", "totalt.statsbidrag.2019-2025.drygt"]));
    const excerpts = f.other.sources.map((s) => s.excerpt);
    expect(excerpts).toContain("Fram till och med år 2025 har regeringen satsat totalt drygt 35 miljarder kronor");
    expect(excerpts.some((e) => e.startsWith("Tabell 1: Statliga medel") && e.includes("2019–2025"))).toBe(true);
    expect(f.detail).toContain("Felet sitter i periodangivelsen 2019–2024, inte i summan");
    expect(f.detail).toContain("Regioner 26 738");
    expect(f.differenceText).toBe("3 674 mnkr mot 2019–2024, ingen mot 2019–2025");
  });

  it("calls the 85 % and 14 % shares right against the column sums, wrong only against the mislabelled total", () => {
    const shares = of("andel");
    expect(shares.map((f) => f.stated.observationIds[0]).sort()).toEqual([
      "kommuner.statsbidrag_andel.2019-2024",
      "regioner.statsbidrag_andel.2019-2024",
    ]);
    for (const f of shares) {
      expect(f.severity).toBe("förenlig");
      expect(f.detail).toContain("Andelen är rätt");
      expect(f.detail).toContain("summan för 2019–2025");
      expect(Math.abs(f.difference)).toBeLessThan(0.5);
    }
    expect(titled("Regioner 2019–2024").other.value).toBeCloseTo(85.0013, 4);
    expect(titled("Kommuner 2019–2024").differenceText).toContain("−1,333 procentenheter mot totalen 35 130");
  });

  it("keeps the 2025 text against Tabell 1 as contradictions, and explains which parts are off", () => {
    const reg = titled("Regioner 2025");
    expect(reg.severity).toBe("motsägelse");
    expect(reg.difference).toBe(-150);
    expect(reg.stated.sources[0].label).toBe("Tabell 1");
    expect(reg.other.sources[0].excerpt).toContain("2,624 miljarder");
    const parts = of("radsumma").find((f) => f.stated.observationIds[0] === "totalt.statsbidrag.2025.text")!;
    expect(parts.other.value).toBe(3.374);
    expect(parts.detail).toContain("Delarna i Tabell 1 (2 774 mnkr + 900 mnkr = 3,674 mdkr) stämmer med totalen");
  });

  it("explains compatible statements and rounding instead of calling them contradictions", () => {
    const total = titled("Statsbidrag 2025: Tabell 1 anger 3 674");
    expect(total.detail).toContain("medger från 3 515 till under 3 700 mnkr");
    const kalmar = titled("Statsbidrag, Kalmar 2021");
    expect(kalmar.detail).toContain("136 mnkr är 135,9 mnkr avrundat till heltal");
    expect(kalmar.differenceText).toContain("inom avrundningen");
    expect(titled("Kostnadspost Nära vård").differenceText).toContain("inom vad ”ca 52,3 mnkr” medger");
  });

  it("reads 'mer än 25 procentenheter' against exactly 25 as a qualifier problem, not 'Skillnad: 0'", () => {
    const f = of("differens")[0];
    expect(f.severity).toBe("avrundning");
    expect(f.other.value).toBe(25);
    const difference = auditRow(f)[AUDIT_HEADER.indexOf("Skillnad")] as string;
    expect(difference).not.toMatch(/^[-−+]?0\b/);
    expect(difference).toContain("25 procentenheter är inte mer än 25 procentenheter");
    expect(f.detail).toContain("59 − 34 = 25");
    expect(f.detail).toContain("kvalifikatorn");
    expect(f.detail).not.toMatch(/fast_lakarkontakt/);
  });

  it("records Kalmar 2021's incomplete cost list as an explained gap equal to the untraced remainder", () => {
    const f = titled("Kalmar 2021: 136 mnkr");
    expect(f.severity).toBe("förklarad lucka");
    expect(f.other.value).toBe(121.7);
    expect(f.difference).toBe(-14.3);
    const trace = referenceTrace(catalog(), "Kalmar", 2021);
    expect(-f.difference).toBeCloseTo(trace.untraced!, 9);
    expect(f.detail).toContain('=PV.GRANT_TRACE("Kalmar"; 2021)');
  });

  it("does not flag statements that are equal (35 mdkr drygt/över/cirka, 190 mnkr four times)", () => {
    const ids = findings
      .filter((f) => f.check === "dubbelangivelse")
      .flatMap((f) => [...f.stated.observationIds, ...f.other.observationIds]);
    expect(ids.filter((id) => id.includes("2019-2025") || id.includes("malbild"))).toEqual([]);
  });

  it("shows no internal ids in titles, details or differences, and no two findings for one discrepancy", () => {
    const ids = DATASET.observations.map((o) => o.id);
    for (const f of findings) {
      const text = `${f.title} ${f.detail} ${f.differenceText}`;
      expect([f.title, ids.filter((id) => text.includes(id))]).toEqual([f.title, []]);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b|kalmar-2021/);
    }
    const keys = findings.map((f) => `${f.stated.observationIds.join()}|${f.other.value}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("carries no binary noise in sums and differences (only share quotients keep full precision)", () => {
    for (const f of findings.filter((x) => x.check !== "andel")) {
      for (const v of [f.stated.value, f.other.value, f.difference]) expect([f.title, v]).toEqual([f.title, Number(v.toFixed(6))]);
    }
    expect(titled("Statsbidrag 2025: 1.1.1").difference).toBe(-0.326);
  });

  it("names both sources in every finding, and rows carry them as citations", () => {
    for (const f of findings) {
      expect(f.stated.sources.length).toBeGreaterThan(0);
      expect(f.other.sources.length).toBeGreaterThan(0);
      const row = auditRow(f);
      expect(row).toHaveLength(AUDIT_HEADER.length);
      expect(row[AUDIT_HEADER.indexOf("Källor")]).toMatch(/^(Ramboll 2025|Region Västmanland 2025), /);
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
    const [f] = runAudit(data(row(17)));
    expect(f.check).toBe("radsumma");
    expect(f.difference).toBe(-2);
    expect(f.title).toBe("Statsbidrag 2030: Tabell 1 summerar till 15, anges 17");
  });

  it("period sums: only when every year is stated; a total that fits a wider span is a label error", () => {
    const years = [1, 2, 4].map((v, i) => ob({ id: `y${i}`, entity: "regioner", period: String(2030 + i), value: v }));
    const span = (v: number, period = "2030–2031") =>
      ob({ id: "s", entity: "regioner", period, value: v, source: src("x", "Tabell 1, Summa") });
    expect(runAudit(data([...years, span(3)]))).toEqual([]);
    expect(runAudit(data([...years, span(99, "2030–2033")]))).toEqual([]);
    const plain = runAudit(data([...years, span(5)]));
    expect(plain.map((f) => f.check)).toEqual(["periodsumma"]);
    const caption = {
      id: "t1",
      label: "Tabell 1",
      period: "2030–2032",
      unit: "mnkr" as const,
      source: src("Tabell 1: Syntetisk, 2030–2032", "Tabell 1"),
    };
    const label = runAudit(data([...years, span(7)], { tables: [caption] }));
    expect(label.map((f) => f.check)).toEqual(["periodsumma", "periodetikett"]);
    expect(label[1].title).toContain("men den är summan för 2030–2032");
    expect(label[1].other.sources.map((s) => s.excerpt)).toContain("Tabell 1: Syntetisk, 2030–2032");
  });

  it("shares: stated share against part / total", () => {
    const base = [
      ob({ id: "p", entity: "regioner", period: "2030–2031", value: 50 }),
      ob({ id: "t", entity: "totalt", period: "2030–2031", value: 200 }),
    ];
    const share = (v: number) =>
      ob({ id: "sh", indicator: "statsbidrag_andel", unit: "%", entity: "regioner", period: "2030–2031", value: v });
    expect(runAudit(data([...base, share(25)]))).toEqual([]);
    const [f] = runAudit(data([...base, share(30)]));
    expect(f.check).toBe("andel");
    expect(f.severity).toBe("motsägelse");
    expect(f.other.value).toBe(25);
  });

  it("repeated statements: contradiction, rounding and compatible are told apart", () => {
    const two = (a: Partial<Observation>, b: Partial<Observation>) =>
      runAudit(
        data([
          ob({ id: "a", entity: "kalmar", period: "2030", ...a }),
          ob({ id: "b", entity: "kalmar", period: "2030", source: src("y"), ...b }),
        ]),
      );
    expect(two({ value: 10 }, { value: 10 })).toEqual([]);
    expect(two({ value: 10 }, { value: 12 })[0].severity).toBe("motsägelse");
    expect(two({ value: 9.8 }, { value: 10 })[0].severity).toBe("avrundning");
    expect(two({ value: 9.8 }, { value: 10, qualifier: "knappt" })[0].severity).toBe("förenlig");
    expect(two({ value: 10, qualifier: "över" }, { value: 10, qualifier: "knappt" })[0].severity).toBe("motsägelse");
  });

  it("derived differences: holds, holds only within rounding, or contradicted", () => {
    const run = (sub: number) =>
      runAudit(
        data([
          ob({ id: "m", indicator: "fast_lakarkontakt_regioner", unit: "%", entity: "riket", period: null, value: 30 }),
          ob({ id: "s", indicator: "fast_lakarkontakt_ihp", unit: "%", entity: "riket", period: "2030", value: sub }),
          ob({
            id: "d",
            indicator: "fast_lakarkontakt_skillnad",
            unit: "procentenheter",
            entity: "riket",
            period: null,
            value: 10,
            qualifier: "mer än",
            check: { kind: "difference", of: ["m", ["s"]] },
          }),
        ]),
      );
    expect(run(15)).toEqual([]);
    expect(run(20)[0].severity).toBe("avrundning");
    expect(run(25)[0].severity).toBe("motsägelse");
  });

  it("ranges: a single year outside the stated span's range", () => {
    const r = ob({ id: "r", indicator: "primarvard_andel", unit: "%", entity: "kalmar", period: "2019–2024", min: 18, max: 19 });
    const y = (v: number) => ob({ id: "y", indicator: "primarvard_andel", unit: "%", entity: "kalmar", period: "2022", value: v });
    expect(runAudit(data([r, y(18.5)]))).toEqual([]);
    const [f] = runAudit(data([r, y(20)]));
    expect(f.check).toBe("intervall");
    expect(f.difference).toBe(1);
  });

  describe("grant items against the amount received", () => {
    const acc = (amounts: string[][]): GrantAccount => ({
      id: "acc",
      entity: "kalmar",
      year: 2030,
      goal: "",
      received: ["rec"],
      unlinkedActivities: [],
      traceNote: "",
      categories: amounts.map((a, i) => ({ name: `Post ${i + 1}`, amounts: a, activities: [], result: null })),
    });
    const obs = (c1: number, c2: number, q?: "ca") => [
      ob({ id: "rec", entity: "kalmar", period: "2030", value: 10 }),
      ob({ id: "c1", indicator: "kostnadspost", entity: "kalmar", period: "2030", value: c1, dimension: "A", qualifier: q }),
      ob({ id: "c2", indicator: "kostnadspost", entity: "kalmar", period: "2030", value: c2, dimension: "B", qualifier: q }),
    ];
    it("above it is a contradiction", () => {
      const [f] = runAudit(data(obs(8, 4), { grantAccounts: [acc([["c1"], ["c2"]])] }));
      expect([f.check, f.severity, f.difference]).toEqual(["bidragsposter", "motsägelse", 2]);
    });
    it("below it is an explained gap naming the items without amounts", () => {
      const [f] = runAudit(data(obs(3, 4), { grantAccounts: [acc([["c1"], ["c2"], []])] }));
      expect([f.severity, f.difference, f.differenceText]).toEqual(["förklarad lucka", -3, "3 mnkr av mottaget finns inte i listan"]);
      expect(f.detail).toContain("Post 3 anges utan belopp");
    });
    it("within what the qualifiers allow it is nothing", () => {
      expect(runAudit(data(obs(5.5, 3.9), { grantAccounts: [acc([["c1"], ["c2"]])] }))[0].difference).toBe(-0.6);
      expect(runAudit(data(obs(5.5, 3.9, "ca"), { grantAccounts: [acc([["c1"], ["c2"]])] }))).toEqual([]);
    });
  });
});

describe("the Granskning sheet", () => {
  it("has the columns GRANSKNING spills, and one row per finding", () => {
    const sheet = referencePlan(catalog()).sheets.find((s) => s.key === "granskning")!;
    const table = sheet.tables[0];
    expect(table.columns.map((c) => c.header)).toEqual([...AUDIT_HEADER]);
    expect(table.rows).toEqual(runAudit(DATASET).map(auditRow));
  });
});

describe("quotes and citations (issue 24)", () => {
  const findings = runAudit(DATASET);
  const quotes = findings.flatMap((f) => [...f.stated.sources, ...f.other.sources].map((s) => s.quote));

  it("quotes a row of Tabell 1 with the table's column headings, marking the empty cells", () => {
    expect(quotes).toContain("Årtal 2019: Region 2 406, Kommuner –, SKR 24, Totalt 2 430");
    expect(quotes).toContain("Årtal 2025: Region 2 774, Kommuner 900, SKR –, Totalt 3 674");
    expect(quotes).toContain("Summa 2019–2024: Region 26 738, Kommuner 4 450, SKR 268, Totalt 35 130");
    expect(quotes).toContain(
      "Summa 2019–2024: Region 26 738, Kommuner 4 450, SKR 268, Totalt 35 130; Andel: Region 85 %, Kommuner 14 %, SKR 1 %, Totalt –",
    );
    expect(quotes).not.toContain("2019 2 406 24 2 430");
  });

  it("quotes text and a table's caption as they stand", () => {
    expect(quotes).toContain("Fram till och med år 2025 har regeringen satsat totalt drygt 35 miljarder kronor");
    expect(quotes.some((q) => q?.startsWith("Tabell 1: Statliga medel"))).toBe(true);
  });

  it("takes the headings from the table's caption, not from the code", () => {
    const caption = (columns: { heading: string; entity: string }[]) => ({
      id: "t",
      label: "Tabell 9",
      period: "2030",
      unit: "mnkr" as const,
      columns,
      rowHeading: "År",
      source: src("Tabell 9: Syntetisk", "Tabell 9"),
    });
    const row = src("2030 7 3", "Tabell 9");
    const obs = [
      ob({ id: "a", entity: "regioner", period: "2030", value: 7, source: row }),
      ob({ id: "b", entity: "totalt", period: "2030", value: 3, source: row }),
    ];
    const cols = [
      { heading: "Län", entity: "regioner" },
      { heading: "Kommun", entity: "kommuner" },
      { heading: "Allt", entity: "totalt" },
    ];
    expect(quote(data(obs, { tables: [caption(cols)] }), row)).toBe("År 2030: Län 7, Kommun –, Allt 3");
    // Without headings in the data the excerpt stays as it is.
    expect(quote(data(obs, { tables: [] }), row)).toBe("2030 7 3");
  });

  it("writes each citation in full once per paragraph, then by its place in the report", () => {
    const first = findings[0];
    expect(first.detail.match(/Ramboll 2025, 1\.1\.1, Tabell 1, Summa/g)).toHaveLength(1);
    expect(first.detail).toContain("Delarna i Tabell 1, Summa:");
    for (const f of findings) {
      const cites = f.detail.match(/Ramboll 2025, [^()]*?(?=[):]| anger| skriver|$)/g) ?? [];
      expect(cites.length).toBe(new Set(cites).size);
    }
    const s = [src("x", "Tabell 1"), src("y", "Tabell 1, Summa"), src("z")];
    expect(
      citeOnce(
        "A (Ramboll 2025, 1.1.1, Tabell 1, Summa), B (Ramboll 2025, 1.1.1, Tabell 1), C (Ramboll 2025, 1.1.1), " +
          "D (Ramboll 2025, 1.1.1, Tabell 1, Summa), E (Ramboll 2025, 1.1.1, Tabell 1), F (Ramboll 2025, 1.1.1).",
        s,
      ),
    ).toBe(
      "A (Ramboll 2025, 1.1.1, Tabell 1, Summa), B (Ramboll 2025, 1.1.1, Tabell 1), C (Ramboll 2025, 1.1.1), " +
        "D (Tabell 1, Summa), E (Tabell 1), F (avsnitt 1.1.1).",
    );
  });

  it("the Granskning sheet and GRANSKNING show the same once-cited explanations", () => {
    const rows = runAudit(DATASET).map(auditRow);
    expect(rows[0][2]).toBe(findings[0].detail);
    expect(String(rows[0][2])).not.toMatch(/Ramboll 2025, 1\.1\.1, Tabell 1, Summa.*Ramboll 2025, 1\.1\.1, Tabell 1, Summa/);
  });
});
