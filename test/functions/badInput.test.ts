/** Input Excel can really pass: Excel's limits (32 767 characters, 1 048 576 rows), error values, odd ledgers. */
import * as F from "../../src/functions/functions";
import { call, error, value } from "./call";
import { EXCEL_ROWS, LEDGER_HEADER as HEADER, range } from "./excelInputs";

const CFError = (globalThis as any).CustomFunctions.Error;
const NA = () => new CFError("#N/A");

/** A whole-column reference: the header, a few filled rows, then empty cells to Excel's last row. */
const wholeColumns = (filled: unknown[][]) => range(EXCEL_ROWS, filled[0].length, (r, c) => (r < filled.length ? filled[r][c] : null));

describe("long text", () => {
  const long = "Kalmar" + "x".repeat(32_761);

  it("an unknown name of 32 767 characters is answered with a short message", () => {
    for (const e of [
      error(call(F.INDIKATOR, long, "Kalmar", 2024)),
      error(call(F.INDIKATOR, "sjukfranvaro", long, 2024)),
      error(call(F.PRIMARVARD_ANDEL, [[long]], [[2024]])),
      error(call(F.GRANT_TRACE, [[long]], 2021)),
    ]) {
      expect(e.code).toBe("#N/A");
      expect(e.message!.length).toBeLessThan(1000);
      expect(e.message).toContain("Kalmarxxx");
      expect(e.message).toContain("…");
    }
  });

  it("invisible characters and a copied bidi mark do not hide a known name", () => {
    expect(value(call(F.PRIMARVARD_ANDEL, [["\u200fStockholm\u200b"]], [[2024]]))).toEqual([[0.172]]);
    expect(value(call(F.INDIKATOR, "sjukfranvaro\u2060", "Närvården", 2024))).toEqual([[6.8]]);
  });

  it("an empty or blank region says the argument is missing, with no guess", () => {
    for (const region of ["", "   ", null]) {
      const e = error(call(F.PRIMARVARD_ANDEL, [[region]], [[2024]]));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/saknas/);
      expect(e.message).not.toContain("Menade du");
      expect(error(call(F.GRANT_TRACE, [[region]], 2021)).message).toMatch(/saknas/);
    }
  });
});

describe("whole columns and large results", () => {
  it("PRIMARVARD_ANDEL(B:B; C:C) spills a share per filled row and blanks for empty rows", () => {
    const b = wholeColumns([["Primärvård"], [172], [186], ["1 234,5"]]);
    const c = wholeColumns([["Total"], [1000], [1000], [2469]]);
    const out = value(call(F.PRIMARVARD_ANDEL, b, c));
    expect(out).toHaveLength(EXCEL_ROWS);
    expect((out[0][0] as any).code).toBe("#VALUE!");
    expect(out.slice(1, 4).map((r) => r[0])).toEqual([0.172, 0.186, 0.5]);
    expect(out[4][0]).toBe("");
    expect(out[EXCEL_ROWS - 1][0]).toBe("");
  });

  it("GRANT_TRACE and SPARBARHET over whole columns read the ledger and skip empty rows", () => {
    const ledger = wholeColumns([HEADER, ["M", "A", "P", 10, "I", "U"], ["M", "", "Q", 30, "", ""]]);
    const t = value(call(F.GRANT_TRACE, ledger, 40));
    expect(t.find((r) => r[0] === "Ej spårbart")![2]).toBe(0);
    expect(value(call(F.SPARBARHET, ledger, 40))).toEqual([[0.25]]);
  });

  it("a ledger with 200 000 distinct cost items spills without a RangeError", () => {
    const ledger = [HEADER, ...Array.from({ length: 200_000 }, (_, i) => ["M", "A", `Post ${i}`, 1, "I", "U"])];
    const t = value(call(F.GRANT_TRACE, ledger));
    expect(t).toHaveLength(200_005);
    expect(t.every((r) => r.length === 7)).toBe(true);
  });

  it("joined text stays below Excel's 32 767 characters and says how much was left out", () => {
    const ledger = [HEADER, ...Array.from({ length: 5000 }, (_, i) => [`Mål nummer ${i}`, `Aktivitet nummer ${i}`, "P", 1, "I", "U"])];
    const t = value(call(F.GRANT_TRACE, ledger));
    const goals = t.find((r) => r[0] === "Mål")![1] as string;
    const acts = t.find((r) => r[0] === "Resursanvändning")![4] as string;
    for (const s of [goals, acts]) {
      expect(s.length).toBeLessThan(32_767);
      expect(s).toMatch(/… och \d+ till$/);
    }
    const shown = acts.split("; ").length - 1;
    expect(acts).toContain(`… och ${5000 - shown} till`);
  });
});

describe("ledger semantics", () => {
  it("nets corrections (negative rows) per cost item", () => {
    const t = value(
      call(F.GRANT_TRACE, [HEADER, ["M", "A", "P", 10, "I", "U"], ["M", "A", "P", -2.5, "I", "U"], ["M", "", "Q", 5, "", ""]], 20),
    );
    expect(t.find((r) => r[1] === "P")![2]).toBe(7.5);
    expect(t.find((r) => r[0] === "Spårbarhet")![3]).toBe(7.5 / 20);
  });

  it("a net negative item and a share above 100 % are explained", () => {
    const t = value(call(F.GRANT_TRACE, [HEADER, ["M", "A", "P", 30, "I", "U"], ["M", "", "Q", -4, "", ""]], 20));
    expect(t.find((r) => r[1] === "Q")![6]).toContain("nettot är negativt");
    expect(t.find((r) => r[1] === "P")![6]).toContain("större än mottaget");
    expect(t.find((r) => r[0] === "Ej spårbart")![6]).toContain("bokfört överstiger mottaget med 6");
    expect(t.find((r) => r[0] === "Spårbarhet")![6]).toContain("över 100 %");
    const e = error(call(F.SPARBARHET, [HEADER, ["M", "A", "P", 30, "I", "U"]], 20));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("över 100 %");
    expect(e.message).toContain("30");
  });

  it("received 0 is #DIV/0!, for SPARBARHET and for every share GRANT_TRACE shows", () => {
    const ledger = [HEADER, ["M", "A", "P", 5, "I", "U"]];
    expect(error(call(F.SPARBARHET, ledger, 0)).code).toBe("#DIV/0!");
    const t = value(call(F.GRANT_TRACE, ledger, 0));
    expect((t.find((r) => r[0] === "Spårbarhet")![3] as any).code).toBe("#DIV/0!");
    expect(t.find((r) => r[1] === "P")![2]).toBe(5);
  });

  it("a ledger summing below zero with no amount received says so", () => {
    const e = error(call(F.SPARBARHET, [HEADER, ["M", "A", "P", -5, "I", "U"]]));
    expect(e.message).toContain("negativ");
  });

  it("absurd amounts are rejected with a message instead of overflowing", () => {
    const e = error(call(F.GRANT_TRACE, [HEADER, ["M", "A", "P", 1e308, "I", "U"], ["M", "A", "P", 1e308, "I", "U"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("rad 2");
    expect(error(call(F.SPARBARHET, [HEADER, ["M", "A", "P", 5, "I", "U"]], 1e300)).message).toContain("mottaget");
  });

  it("an error value in any ledger column is reported with its row and never counted as a link", () => {
    for (const [col, name] of [
      [1, "Aktivitet"],
      [4, "Resultatindikator"],
      [5, "Utfall"],
      [3, "Belopp"],
    ] as const) {
      const row = ["M", "A", "P", 5, "I", "U"];
      row[col] = NA() as any;
      const e = error(call(F.SPARBARHET, [HEADER, ["M", "A", "P", 5, "I", "U"], row]));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("#N/A");
      expect(e.message).toContain("rad 3");
      expect(e.message).toContain(name);
      expect(e.message).not.toContain("[object Object]");
    }
    const allNa = [HEADER, ["M", NA(), "P", 5, NA(), NA()]];
    expect(error(call(F.GRANT_TRACE, allNa)).message).toContain("#N/A");
  });
});

describe("PRIMARVARD_ANDEL with own figures", () => {
  it("primary care above the total is #VALUE! with a message, not a share of 2", () => {
    const e = error(call(F.PRIMARVARD_ANDEL, [[200]], [[100]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("större än den totala kostnaden");
  });

  it("absurd magnitudes are rejected with a message", () => {
    expect(error(call(F.PRIMARVARD_ANDEL, [[1e305]], [[1e306]])).message).toContain("10^15");
    expect(value(call(F.PRIMARVARD_ANDEL, [[5e-324]], [[1]]))).toEqual([[5e-324]]);
  });

  it("one empty cell of a pair is named; Swedish number text is read", () => {
    expect(error(call(F.PRIMARVARD_ANDEL, [[null]], [[100]])).message).toContain("primärvårdskostnad saknas");
    expect(error(call(F.PRIMARVARD_ANDEL, [[5]], [[null]])).message).toContain("total kostnad saknas");
    expect(value(call(F.PRIMARVARD_ANDEL, [["17,2"], [1]], [["100"], [2]]))).toEqual([[0.172], [0.5]]);
    // A single text cell stays a region: "01" is Stockholm's county code, not the number 1.
    expect(value(call(F.PRIMARVARD_ANDEL, [["01"]], [[2024]]))).toEqual([[0.172]]);
  });
});

describe("results Excel cannot hold", () => {
  it("become #VALUE! with a Swedish message, never #NUM! without one", () => {
    const rows = value(call(F.LAKARBEHOV, 1e15, 5e-324));
    const increase = rows[1][3] as any;
    expect(increase.code).toBe("#VALUE!");
    expect(increase.message).toContain("för stort");
  });
});

describe("data-type cells (allowCustomDataForDataTypeAny)", () => {
  it("are read as the value they stand for", () => {
    expect(value(call(F.PRIMARVARD_ANDEL, [[{ type: "Entity", text: "Stockholm", properties: {} }]], [[2024]]))).toEqual([[0.172]]);
    expect(value(call(F.PRIMARVARD_ANDEL, [[{ type: "FormattedNumber", basicValue: 172, numberFormat: "# ##0" }]], [[1000]]))).toEqual([
      [0.172],
    ]);
    expect(value(call(F.LAKARBEHOV, { type: "Double", basicValue: 110000 }))).toEqual([[100]]);
  });

  it("a ledger of data-type cells traces as the plain ledger, empty rows, År, Budget (kr) and Projekt included", () => {
    const plain = [
      ["Mål", "Aktivitet", "Kostnadspost", "Belopp (kr)", "Resultatindikator", "Utfall", "År", "Budget (kr)", "Projekt"],
      ["M1", "A1", "P", 10.1, "I", "U", 2024, 12, "X"],
      ["M2", " A2", "Q", 5, "", "", "2024/25", "", "Y"],
      ["M1", "A1", "P", 2.2, "I", "", 2023, 3, "X"],
    ];
    const wrap = (v: unknown) =>
      typeof v === "number"
        ? { type: "FormattedNumber", basicValue: v, numberFormat: "# ##0,00" }
        : typeof v === "string" && v !== ""
          ? { type: "Entity", text: v, properties: {} }
          : v;
    const padded = (m: unknown[][]) => [...m, ...range(100, m[0].length, () => null)];
    const wrapped = plain.map((row) => row.map(wrap));
    for (const args of [[40], [40, 2024], [null, 2023]]) {
      const want = value(call(F.GRANT_TRACE, padded(plain), ...args));
      expect(value(call(F.GRANT_TRACE, padded(wrapped), ...args))).toEqual(want);
    }
    expect(value(call(F.SPARBARHET, wrapped, 40))).toEqual(value(call(F.SPARBARHET, plain, 40)));
    expect(value(call(F.GRANT_TRACE, [[{ type: "Entity", text: "Stockholm", properties: {} }]], 2021))).toEqual(
      value(call(F.GRANT_TRACE, [["Stockholm"]], 2021)),
    );
  });

  it("an error data type in a ledger is reported with its row", () => {
    const e = error(
      call(F.SPARBARHET, [HEADER, ["M", { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, "P", 5, "I", "U"]]),
    );
    expect(e.message).toContain("#N/A");
    expect(e.message).toContain("rad 2");
  });
});
