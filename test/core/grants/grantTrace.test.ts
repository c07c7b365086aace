import { DomainError } from "../../../src/core/util/errors";
import { type Cell, ledgerTrace, referenceTrace, TRACE_HEADER } from "../../../src/core/grants/grantTrace";
import { parseAmount } from "../../../src/core/util/text";
import { catalog } from "../../../src/core/dataset/lookup";
import { doctorNeed } from "../../../src/core/grants/capacity";

const row = (rows: Cell[][], step: string, post?: string) => rows.find((r) => r[0] === step && (post === undefined || r[1] === post))!;

describe("reference grant trace", () => {
  it("Kalmar 2021: received, three categories, untraced remainder, activities without amounts", () => {
    const t = referenceTrace(catalog(), "Region Kalmar", 2021);
    expect(t.rows[0]).toEqual([...TRACE_HEADER]);
    expect(row(t.rows, "Mottaget")[2]).toBe(136);
    expect(row(t.rows, "Resursanvändning", "Nära vård")[2]).toBe(52.3);
    expect(row(t.rows, "Resursanvändning", "Nära vård")[6]).toContain("förenlig uppgift: 52,2");
    expect(row(t.rows, "Resursanvändning", "Vårdens medarbetare")[3]).toBeCloseTo(67.2 / 136);
    expect(t.traced).toBeCloseTo(121.7);
    expect(t.untraced).toBeCloseTo(14.3);
    expect(row(t.rows, "Ej spårbart")[2]).toBeCloseTo(14.3);
    const unlinked = t.rows.filter((r) => r[0] === "Aktivitet utan belopp");
    expect(unlinked.map((r) => r[4])).toContain("Pilotprojekt för preventiva hembesök");
    expect(unlinked.every((r) => r[2] === "")).toBe(true);
    expect(row(t.rows, "Mottaget")[6]).toContain("avrundad uppgift: 135,9");
    expect(new Set(t.rows.map((r) => r.length))).toEqual(new Set([7]));
  });

  it("Stockholm 2021: 190 mnkr of 1 317,5 to the steering group, named posts without amounts", () => {
    const t = referenceTrace(catalog(), "Stockholm", 2021);
    const m = row(t.rows, "Resursanvändning", "Målbild och process för omställningen till nära vård");
    expect(m[2]).toBe(190);
    expect(m[4]).toContain("Vård i samverkan (VIS)");
    expect(row(t.rows, "Resursanvändning", "1177")[2]).toBe("ej angivet");
    expect(t.untraced).toBeCloseTo(1127.5);
  });

  it("Jämtland 2022: activities without invented amounts, remainder not computable", () => {
    const t = referenceTrace(catalog(), "Jämtland", 2022);
    expect(row(t.rows, "Mottaget")[2]).toBe("ej angivet");
    expect(row(t.rows, "Ej spårbart")[2]).toBe("ej beräkningsbart");
    expect(t.rows.filter((r) => typeof r[2] === "number")).toHaveLength(0);
    expect(t.rows.some((r) => String(r[5]).includes("48 vidareutbildade"))).toBe(true);
  });

  it("says which region-years exist", () => {
    try {
      referenceTrace(catalog(), "Kalmar", 2023);
      throw new Error("expected error");
    } catch (e) {
      expect((e as DomainError).code).toBe("noValueForPeriod");
      expect(JSON.stringify((e as DomainError).params)).toContain("Kalmar 2021");
    }
  });
});

describe("ledger grant trace", () => {
  const header = ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"];
  const ledger = [
    header,
    ["Tillgänglighet", "Förlängda öppettider", "Egen personal", 10, "Medicinsk bedömning inom 3 dagar", "84 %"],
    ["Tillgänglighet", "Telefonlinje", "Egen personal", 2.5, "", ""],
    ["Kontinuitet", "", "Inhyrd personal", 7, "Fast läkarkontakt", "40 %"],
    ["", "", "", "", "", ""],
  ];

  it("aggregates per cost item and computes traceability against received", () => {
    const t = ledgerTrace(ledger, 25);
    expect(row(t.rows, "Resursanvändning", "Egen personal")[2]).toBe(12.5);
    expect(row(t.rows, "Resursanvändning", "Egen personal")[4]).toBe("Förlängda öppettider; Telefonlinje");
    expect(t.untraced).toBeCloseTo(5.5);
    expect(t.traceability).toBeCloseTo(10 / 25);
    expect(row(t.rows, "Spårbarhet")[3]).toBeCloseTo(0.4);
  });

  it("tolerates column order, case, diacritics and English headers", () => {
    const shuffled = [
      ["BELOPP", "utfall", "Mal", "Cost item", "activity", "Result indicator"],
      [3, "ok", "M", "Post A", "Akt", "Ind"],
    ];
    const t = ledgerTrace(shuffled);
    expect(row(t.rows, "Resursanvändning", "Post A")[2]).toBe(3);
    expect(t.traceability).toBe(1);
  });

  it("says which unit it read: the header's, or mnkr for the old unit-less Belopp (both accepted)", () => {
    const old = ledgerTrace(ledger, 25);
    expect(old.rows[0][2]).toBe("Belopp (mnkr)");
    expect(row(old.rows, "Mottaget")[6]).toBe("argumentet mottaget; kolumnen Belopp anger ingen enhet: beloppen läses som mnkr");
    const now = ledgerTrace([["Mål", "Aktivitet", "Kostnadspost", "Belopp (mnkr)", "Resultatindikator", "Utfall"], ...ledger.slice(1)], 25);
    expect(row(now.rows, "Resursanvändning", "Egen personal")[2]).toBe(12.5);
    expect(row(now.rows, "Mottaget")[6]).toBe("argumentet mottaget; belopp i mnkr enligt kolumnen Belopp (mnkr)");
    const kr = ledgerTrace([
      ["Kostnadspost", "Belopp (kr)"],
      ["Lön", 1200],
    ]);
    expect(kr.rows[0][2]).toBe("Belopp (kr)");
    expect(row(kr.rows, "Mottaget")[6]).toBe("huvudboken; belopp i kr enligt kolumnen Belopp (kr)");
  });

  it("with several projects (the SIE ledger's Alla), says it shows them together", () => {
    const sie = [
      ["Kostnadspost", "Belopp (kr)", "Projekt"],
      ["Lön", 1000, "P1"],
      ["Hyra", 500, "P2"],
    ];
    expect(row(ledgerTrace(sie).rows, "Mål")[6]).toBe(
      "alla 2 projekt tillsammans (P1; P2); välj ett projekt i panelens SIE-flik för att följa ett",
    );
    expect(row(ledgerTrace(sie.slice(0, 2)).rows, "Mål")[6]).toBe("");
  });

  it("reads Swedish number text", () => {
    expect(parseAmount("1 234,5")).toBe(1234.5);
    expect(parseAmount("−2,5")).toBe(-2.5);
    expect(parseAmount("12 mnkr")).toBeNull();
  });

  it("names missing columns and bad amounts", () => {
    expect(() =>
      ledgerTrace([
        ["Mål", "Aktivitet"],
        ["a", "b"],
      ]),
    ).toThrow(expect.objectContaining({ code: "ledgerColumns" }));
    expect(() => ledgerTrace([header, ["m", "a", "p", "tio", "", ""]])).toThrow(
      expect.objectContaining({ code: "argType", params: expect.objectContaining({ arg: "Belopp på rad 2" }) }),
    );
    expect(() => ledgerTrace([header])).toThrow(expect.objectContaining({ code: "ledgerEmpty" }));
    expect(() => ledgerTrace(ledger, -1)).toThrow(expect.objectContaining({ code: "argNegative" }));
  });
});

describe("doctor need at 1:1100", () => {
  it("computes need, gap and increase", () => {
    expect(doctorNeed(110000).needed).toBe(100);
    const n = doctorNeed(110000, 50);
    expect(n.gap).toBe(50);
    expect(n.increase).toBe(1);
    expect(doctorNeed(2200, 1, 1000).needed).toBe(2.2);
    expect(doctorNeed(1000, 0).increase).toBeUndefined();
    expect(() => doctorNeed(-1)).toThrow(DomainError);
  });
});
