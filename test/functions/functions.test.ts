import * as F from "../../src/functions/functions";
import { call, error, value } from "./call";

const CFError = (globalThis as any).CustomFunctions.Error;

describe("PRIMARVARD_ANDEL", () => {
  it("reference mode returns the stated share as a fraction", () => {
    expect(value(call(F.PRIMARVARD_ANDEL, [["Stockholm"]], [[2024]]))).toEqual([[0.172]]);
  });
  it("a range for a span is #N/A naming the range, unless min or max is asked", () => {
    const e = error(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[2024]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("18,6–19,7 %");
    expect(e.message).toContain("2019–2024");
    expect(value(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[2024]], "max"))[0][0]).toBeCloseTo(0.197);
    expect(value(call(F.PRIMARVARD_ANDEL, [["Jämtland"]], [["2019–2024"]], "MIN"))[0][0]).toBeCloseTo(0.194);
  });
  it("unknown regions and bad variants", () => {
    expect(error(call(F.PRIMARVARD_ANDEL, [["Kalmr"]], [[2024]])).message).toContain('Menade du "Kalmar"?');
    expect(error(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[2024]], "medel")).code).toBe("#VALUE!");
    expect(error(call(F.PRIMARVARD_ANDEL, [["Kalmar"]], [[null]])).message).toContain("år");
  });
  it("own data: cells and equally shaped ranges spill shares", () => {
    expect(value(call(F.PRIMARVARD_ANDEL, [[172]], [[1000]]))).toEqual([[0.172]]);
    expect(value(call(F.PRIMARVARD_ANDEL, [[1], [3]], [[4], [4]]))).toEqual([[0.25], [0.75]]);
  });
  it("own data: zero total, text, negatives, shape mismatch", () => {
    expect(error(call(F.PRIMARVARD_ANDEL, [[1]], [[0]])).code).toBe("#DIV/0!");
    const spill = value(call(F.PRIMARVARD_ANDEL, [[1], [2]], [[0], [4]]));
    expect(spill[0][0]).toBeInstanceOf(CFError);
    expect((spill[0][0] as any).code).toBe("#DIV/0!");
    expect(spill[1][0]).toBe(0.5);
    expect(error(call(F.PRIMARVARD_ANDEL, [[-1]], [[4]])).message).toContain("negativt");
    expect(error(call(F.PRIMARVARD_ANDEL, [[1, 2]], [[4]])).message).toContain("samma storlek");
    const mixed = value(call(F.PRIMARVARD_ANDEL, [[1], ["x"]], [[2], [2]]));
    expect((mixed[1][0] as any).code).toBe("#VALUE!");
  });
});

describe("GRANT_TRACE", () => {
  it("reference mode spills a 7-column table with header and untraced remainder", () => {
    const v = value(call(F.GRANT_TRACE, [["Kalmar"]], 2021));
    expect(v[0][0]).toBe("Steg");
    expect(v.every((r) => r.length === 7)).toBe(true);
    const untraced = v.find((r) => r[0] === "Ej spårbart")!;
    expect(untraced[2]).toBeCloseTo(14.3);
  });
  it("own ledger mode with traceability", () => {
    const ledger = [
      ["Mål", "Aktivitet", "Kostnadspost", "Belopp", "Resultatindikator", "Utfall"],
      ["M", "A", "P", 5, "I", "U"],
      ["M", "", "Q", 5, "", ""],
    ];
    const v = value(call(F.GRANT_TRACE, ledger, 20));
    expect(v.find((r) => r[0] === "Spårbarhet")![3]).toBe(0.25);
    expect(value(call(F.SPARBARHET, ledger, 20))).toEqual([[0.25]]);
    expect(value(call(F.SPARBARHET, ledger, null))).toEqual([[0.5]]);
  });
  it("errors", () => {
    expect(error(call(F.GRANT_TRACE, [[5]], 2021)).code).toBe("#VALUE!");
    expect(error(call(F.GRANT_TRACE, [["Kalmar"]], 2030)).message).toContain("Kalmar 2021");
    expect(error(call(F.GRANT_TRACE, [["Kalmar"]], "tjugo")).code).toBe("#VALUE!");
    expect(
      error(
        call(
          F.GRANT_TRACE,
          [
            ["a", "b"],
            [1, 2],
          ],
          null,
        ),
      ).message,
    ).toContain("Kostnadspost, Belopp");
  });
});

describe("INDIKATOR", () => {
  it("value, time series with headers, observation id", () => {
    expect(value(call(F.INDIKATOR, "sjukfranvaro", "Närvården", 2024))).toEqual([[6.8]]);
    const s = value(call(F.INDIKATOR, "Sjukfrånvaro", "narvarden", null, true));
    expect(s[0]).toEqual(["Period", "Värde", "Enhet", "Kvalifikator", "Id"]);
    expect(s.slice(1).map((r) => r[0])).toEqual(["2021", "2024"]);
    expect(value(call(F.INDIKATOR, "narvarden.listade_patienter.2023"))).toEqual([[117000]]);
    const ranges = value(call(F.INDIKATOR, "primarvard_andel", "Kalmar"));
    expect(ranges[0][1]).toBe("18,6–19,7");
  });
  it("not found says what exists", () => {
    expect(error(call(F.INDIKATOR, "sjukfranvaro", "Närvården", 2019)).message).toContain("Finns: 2021, 2024");
    expect(error(call(F.INDIKATOR, "sjukfranvaro", "Gotland", 2019)).code).toBe("#N/A");
    expect(error(call(F.INDIKATOR, "", "Kalmar", 2019)).message).toContain("indikator saknas");
    expect(error(call(F.INDIKATOR, "sjukfranvaro", "Närvården", 20.5)).code).toBe("#VALUE!");
  });
});

describe("KALLA", () => {
  it("gives report, section and excerpt; both when statements differ", () => {
    const k = value(call(F.KALLA, "primarvard_andel", "Stockholm", 2024))[0][0] as string;
    expect(k).toContain("Ramboll");
    expect(k).toContain("avsnitt 2.4");
    expect(k).toContain("17,2 %");
    const both = value(call(F.KALLA, "statsbidrag", "Regioner", 2025))[0][0] as string;
    expect(both).toMatch(/^Motstridiga uppgifter/);
    expect(both.split(" | ")).toHaveLength(2);
    expect(both).toContain("2 774");
    expect(both).toContain("2,624 miljarder");
    expect(error(call(F.KALLA, "statsbidrag", "Regioner", 2040)).code).toBe("#N/A");
  });
  it("names the text's 'knappt 3,7 miljarder' as agreeing with Tabell 1's 3 674", () => {
    const [table, text] = (value(call(F.KALLA, "statsbidrag", "Totalt", 2025))[0][0] as string).split(" | ");
    expect(table).toContain("Tabell 1: ”2025 2 774 900 3 674”");
    expect(text).toMatch(/^Förenlig uppgift: .*knappt 3,7 miljarder/);
    const kalmar = value(call(F.KALLA, "statsbidrag", "Kalmar", 2021))[0][0] as string;
    expect(kalmar.split(" | ")[1]).toMatch(/^Avrundad uppgift: .*136 miljoner/);
    const same = (value(call(F.KALLA, "statsbidrag", "Totalt", "2019–2025"))[0][0] as string).split(" | ");
    expect(same).toHaveLength(6);
    expect(same.slice(1).every((p) => p.startsWith("Samma uppgift: "))).toBe(true);
  });
  it("lists other breakdowns as such, not as agreeing or conflicting", () => {
    const parts = (value(call(F.KALLA, "kostnadspost", "Kalmar", 2021))[0][0] as string).split(" | ");
    expect(parts.map((p) => p.split(":")[0])).toEqual([
      "Ramboll på uppdrag av Praktikertjänst (2025), Miljardreform utan styrfart – pengarna till primärvården försvann på vägen, avsnitt 3.3.2, Faktaruta",
      "Förenlig uppgift",
      "Även (Vårdens medarbetare)",
      "Även (Vision e-hälsa)",
    ]);
  });
  it("says when the period is inferred, not stated", () => {
    const k = value(call(F.KALLA, "avkastningskrav", "Närvården", "2020–2025"))[0][0] as string;
    expect(k).toContain("(Period 2020–2025 härledd: Rapporten anger ”sedan 2020” men inget slutår");
    expect(value(call(F.KALLA, "sjukfranvaro", "Närvården", 2024))[0][0]).not.toContain("härledd");
  });
});

describe("STATSBIDRAG", () => {
  it("the whole table, one amount, a case region's span", () => {
    const t = value(call(F.STATSBIDRAG));
    expect(t[0]).toEqual(["År", "Regioner", "Kommuner", "SKR", "Totalt"]);
    expect(t.find((r) => r[0] === "2019")).toEqual(["2019", 2406, "", 24, 2430]);
    expect(value(call(F.STATSBIDRAG, 2021, "Regioner"))).toEqual([[5725]]);
    expect(value(call(F.STATSBIDRAG, "2019–2025", "Stockholm"))).toEqual([[6027.1]]);
    expect(value(call(F.STATSBIDRAG, 2021))).toEqual([[6678]]);
    expect(error(call(F.STATSBIDRAG, 2025, "Regioner")).message).toContain("olika värden");
    expect(error(call(F.STATSBIDRAG, 2025, "Kommuner")).code).toBe("#N/A");
  });
  it("answers where statements agree up to their qualifier or rounding", () => {
    expect(value(call(F.STATSBIDRAG, 2025, "Totalt"))).toEqual([[3674]]);
    expect(value(call(F.STATSBIDRAG, 2025))).toEqual([[3674]]);
    expect(value(call(F.STATSBIDRAG, 2021, "Kalmar"))).toEqual([[135.9]]);
    expect(value(call(F.STATSBIDRAG, "2019–2025", "Totalt"))).toEqual([[35000]]);
  });
});

describe("LAKARBEHOV", () => {
  it("need and gap at 1:1100", () => {
    expect(value(call(F.LAKARBEHOV, 110000))).toEqual([[100]]);
    expect(value(call(F.LAKARBEHOV, 110000, 80))).toEqual([
      ["Behov", "I dag", "Gap", "Ökning som krävs"],
      [100, 80, 20, 0.25],
    ]);
    expect(value(call(F.LAKARBEHOV, 1000, 1, 500))).toEqual([
      ["Behov", "I dag", "Gap", "Ökning som krävs"],
      [2, 1, 1, 1],
    ]);
    expect((value(call(F.LAKARBEHOV, 1100, 0))[1][3] as any).code).toBe("#DIV/0!");
    expect(error(call(F.LAKARBEHOV, -5)).code).toBe("#VALUE!");
    expect(error(call(F.LAKARBEHOV, 100, null, 0)).message).toContain("kvot");
  });
});

describe("INDIKATORER and GRANSKNING", () => {
  it("catalogue spill, filtered by theme", () => {
    const all = value(call(F.INDIKATORER));
    expect(all[0]).toEqual(["Id", "Namn", "Enhet", "Tema", "Enheter", "Perioder"]);
    const nv = value(call(F.INDIKATORER, "narvarden"));
    expect(nv.length).toBeLessThan(all.length);
    expect(nv.slice(1).every((r) => r[3] === "narvarden")).toBe(true);
    expect(error(call(F.INDIKATORER, "okänt")).message).toContain("statsbidrag");
  });
  it("audit findings spill", () => {
    const g = value(call(F.GRANSKNING));
    expect(g.length).toBeGreaterThan(5);
    expect(g[0]).toEqual(["Bedömning", "Iakttagelse", "Förklaring", "Angivet", "Jämfört med", "Enhet", "Skillnad", "Kontroll", "Källor"]);
    const sum = g.find((r) => r[7] === "År mot periodsumma; Delar mot total")!;
    expect(sum.slice(0, 2)).toEqual(["motsägelse", "Statsbidrag 2019–2024: Tabell 1 summerar till 31 456, anges 35 130"]);
    expect(sum.slice(3, 6)).toEqual([35130, 31456, "mnkr"]);
    expect(new Set(g.slice(1).map((r) => r[0]))).toEqual(new Set(["motsägelse", "förenlig", "avrundning", "förklarad lucka"]));
  });
});
