import { ledgerTrace } from "../../../src/core/grants/grantTrace";
import { messageFor } from "../../../src/core/i18n";
import {
  buildLedger,
  defaultActivityDim,
  defaultChoice,
  grantIncome,
  grantIncomeAccounts,
  parseRanges,
  projectOptions,
  type LedgerRow,
} from "../../../src/core/sie/ledger";
import { SIE_LEDGER_HEADER } from "../../../src/core/ledger/columns";
import { mergeLedger, type Cell } from "../../../src/core/sie/ledgerMerge";
import { readSie } from "../../../src/core/sie/reader";
import type { SieBooks } from "../../../src/core/sie/types";
import { DomainError } from "../../../src/core/util/errors";
import { AVENDO, BL, CORRUPTED, fixture, naiveParse, VISMA } from "./fixtures";

function booksOf(bytes: Uint8Array): SieBooks {
  const r = readSie(bytes);
  if (!r.ok) throw new Error(messageFor(r.error));
  return r.books;
}
const PROV = { file: "visma.se", generated: "2023-08-22", year: "2021" };
const col = (name: (typeof SIE_LEDGER_HEADER)[number]) => SIE_LEDGER_HEADER.indexOf(name);

describe("books to ledger", () => {
  it("defaults: projects in dimension 6, activities in 1, BAS 4–7, every project with resource use", () => {
    const b = booksOf(fixture(VISMA));
    expect(defaultChoice(b)).toEqual({ projectDim: "6", activityDim: "1", ranges: [{ from: 4000, to: 7999 }], projects: ["0001"] });
    // By hand from the file: #TRANS 5420 {1 Nord 6 0001} 1840.00 and -640.00, in two vouchers.
    expect(buildLedger(b, defaultChoice(b))).toEqual([
      {
        year: "2021",
        budgetOre: null,
        project: "0001",
        projectName: "Utbildning av användare",
        activity: "Nord",
        activityName: "Kontor Nord",
        account: "5420",
        accountName: "Programvaror",
        ore: 120000,
        vouchers: 2,
      },
    ]);
  });

  it("the first free dimension ≥ 20 becomes the activity dimension when declared; sub-dimensions do not count", () => {
    const text = Buffer.from(fixture(VISMA))
      .toString("latin1")
      .replace("#DIM 6 Projekt", '#DIM 6 Projekt\n#DIM 21 "Aktivitet"\n#OBJEKT 21 A1 "Hembesök"');
    expect(defaultActivityDim(booksOf(Buffer.from(text, "latin1")))).toBe("21");
    expect(defaultActivityDim(booksOf(fixture(CORRUPTED)))).toBe("1"); // 61 and 62 are #UNDERDIM of 6
  });

  it("sums each project × activity × account exactly as an independent parse of the file does", () => {
    for (const name of [VISMA, AVENDO, BL]) {
      const b = booksOf(fixture(name));
      const ranges = parseRanges("4-7");
      const projects = projectOptions(b, "1", ranges).map((p) => p.code);
      const rows = buildLedger(b, { projectDim: "1", activityDim: "6", ranges, projects });
      // Independent: every #TRANS on accounts 4000–7999 with a dimension-1 object, from the naive parser.
      const naive = new Map<string, bigint>();
      const naiveVouchers = new Map<string, Set<number>>();
      const text = Buffer.from(fixture(name)).toString("latin1");
      let open = false;
      let voucher = 0;
      for (const line of text.split("\n").map((l) => l.trim())) {
        if (line.startsWith("#VER")) voucher++;
        if (line === "{") open = true;
        else if (line === "}") open = false;
        const m = open && /^#TRANS\s+"?(\d+)"?\s*\{([^}]*)\}\s*(\S+)/.exec(line);
        if (!m || Number(m[1]) < 4000 || Number(m[1]) > 7999) continue;
        const items = (m[2].match(/"[^"]*"|[^\s"]+/g) ?? []).map((s) => s.replace(/^"|"$/g, ""));
        const pairs = new Map<string, string>();
        for (let i = 0; i + 1 < items.length; i += 2) if (!pairs.has(items[i])) pairs.set(items[i], items[i + 1]);
        if (!pairs.has("1")) continue;
        const key = `${pairs.get("1")}|${pairs.get("6") ?? ""}|${m[1]}`;
        const [, int, dec = ""] = /^(-?\d*)\.?(\d*)$/.exec(m[3])!;
        const ore = BigInt(int.replace("-", "") || "0") * 100n + BigInt(dec.padEnd(2, "0") || "0");
        naive.set(key, (naive.get(key) ?? 0n) + (int.startsWith("-") ? -ore : ore));
        naiveVouchers.set(key, (naiveVouchers.get(key) ?? new Set()).add(voucher));
      }
      const mine = new Map(rows.map((r) => [`${r.project}|${r.activity}|${r.account}`, BigInt(r.ore)]));
      expect(mine).toEqual(naive);
      // Verifikationer: distinct vouchers per row, however many postings a voucher split the account into.
      const counted = new Map(rows.map((r) => [`${r.project}|${r.activity}|${r.account}`, r.vouchers]));
      expect(counted).toEqual(new Map([...naiveVouchers].map(([k, v]) => [k, v.size])));
      expect(naiveParse(fixture(name)).transactions).toBeGreaterThan(0);
    }
  });

  it("a voucher that splits an account over cost centres counts once in the row that sums them", () => {
    const sie = [
      "#FLAGGA 0",
      "#SIETYP 4",
      '#DIM 1 "Kostnadsställe"',
      '#DIM 6 "Projekt"',
      '#DIM 7 "Anställd"',
      '#OBJEKT 6 P1 "Hembesök"',
      '#VER A 1 20240110 "Fördelad hyra"',
      "{",
      "#TRANS 5010 {1 Nord 6 P1 7 E1} 100.00",
      "#TRANS 5010 {1 Nord 6 P1 7 E2} 50.00",
      "#TRANS 5010 {1 Syd 6 P1} 25.00",
      "#TRANS 1930 {} -175.00",
      "}",
      '#VER A 2 20240111 "Hyra"',
      "{",
      "#TRANS 5010 {1 Nord 6 P1} 10.00",
      "#TRANS 1930 {} -10.00",
      "}",
      // A large voucher (payroll, say): twenty accounts, 5010 split again.
      '#VER A 3 20240131 "Lön"',
      "{",
      ...Array.from({ length: 20 }, (_, i) => `#TRANS ${7010 + i} {6 P1} 1.00`),
      "#TRANS 5010 {1 Nord 6 P1 7 E1} 1.00",
      "#TRANS 5010 {1 Nord 6 P1 7 E3} 1.00",
      "#TRANS 1930 {} -22.00",
      "}",
    ].join("\r\n");
    const b = booksOf(new Uint8Array(Buffer.from(sie, "latin1")));
    const ranges = parseRanges("4-7");
    const byActivity = buildLedger(b, { projectDim: "6", activityDim: "1", ranges, projects: ["P1"] });
    const rent = (rows: LedgerRow[]) => rows.filter((r) => r.account === "5010").map((r) => [r.activity, r.ore, r.vouchers]);
    expect(rent(byActivity)).toEqual([
      ["Nord", 16200, 3],
      ["Syd", 2500, 1],
    ]);
    expect(byActivity.filter((r) => r.account !== "5010").every((r) => r.vouchers === 1)).toBe(true);
    const whole = buildLedger(b, { projectDim: "6", activityDim: null, ranges, projects: ["P1"] });
    expect(rent(whole)).toEqual([["", 18700, 3]]);
    const byEmployee = buildLedger(b, { projectDim: "6", activityDim: "7", ranges, projects: ["P1"] });
    expect(rent(byEmployee)).toEqual([
      ["", 3500, 2],
      ["E1", 10100, 2],
      ["E2", 5000, 1],
      ["E3", 100, 1],
    ]);
  });

  it("parses editable account ranges and rejects nonsense with a Swedish message", () => {
    expect(parseRanges("4000-7999")).toEqual([{ from: 4000, to: 7999 }]);
    expect(parseRanges("4–7; 3010")).toEqual([
      { from: 4000, to: 7999 },
      { from: 3010, to: 3010 },
    ]);
    expect(parseRanges("50")).toEqual([{ from: 5000, to: 5099 }]);
    expect(() => parseRanges("fyra")).toThrow(DomainError);
    expect(parseRanges("4-40")).toEqual([{ from: 4000, to: 4099 }]);
    expect(parseRanges("3-40000")).toEqual([{ from: 3000, to: 40000 }]);
  });

  it.each(["7999-4000", "4-30", "40-4", "4000-12", "5000-4999"])("refuses the inverted account range %s, naming it", (text) => {
    expect(() => parseRanges(text)).toThrow(DomainError);
    let error: unknown;
    try {
      parseRanges(text);
    } catch (e) {
      error = e;
    }
    const message = messageFor(error as DomainError);
    expect(message).toContain(`kontointervallet "${text}"`);
    expect(message).toContain("första kontot är lägst");
  });
});

describe("merging into an existing ledger", () => {
  const row = (over: Partial<LedgerRow>): LedgerRow => ({
    year: "2021",
    budgetOre: null,
    project: "P1",
    projectName: "Hälsocentral",
    activity: "A1",
    activityName: "Hembesök",
    account: "5010",
    accountName: "Lokalhyra",
    ore: 1234550,
    vouchers: 3,
    ...over,
  });
  const first = [
    row({}),
    row({ account: "7010", accountName: "Löner", ore: 5000000, vouchers: 12 }),
    row({ project: "0002", activity: "", activityName: "", ore: 99 }),
  ];

  it("a first import writes every row with provenance; amounts in kronor, codes as text", () => {
    const m = mergeLedger(null, first, PROV, ["P1", "0002"]);
    expect(m.header).toEqual([...SIE_LEDGER_HEADER]);
    expect(m.body[0]).toEqual([
      "",
      "Hembesök",
      "5010 Lokalhyra",
      12345.5,
      "",
      "",
      "",
      "2021",
      "P1",
      "Hälsocentral",
      "A1",
      "5010",
      3,
      "visma.se",
      "2023-08-22",
    ]);
    expect(m.body[2][col("Projekt")]).toBe("0002");
    expect(m.body[2][col("Belopp (kr)")]).toBe(0.99);
    expect([m.added.length, m.appended, m.changed]).toEqual([3, 3, true]);
  });

  it("makes the file's text inert: names starting with =, +, - or @ are written as text, not formulas", () => {
    const hostile = row({ project: "=P1", projectName: "+46 Hälsa", activity: "-A1", activityName: "@Hembesök", accountName: "=Hyra" });
    const m = mergeLedger(null, [hostile], { file: "=fil.se", generated: "2023-08-22", year: "2021" }, ["=P1"]);
    const cell = (c: (typeof SIE_LEDGER_HEADER)[number]) => m.body[0][col(c)];
    expect(cell("Projekt")).toBe("'=P1");
    expect(cell("Projektnamn")).toBe("'+46 Hälsa");
    expect(cell("Aktivitetsobjekt")).toBe("'-A1");
    expect(cell("Aktivitet")).toBe("'@Hembesök");
    expect(cell("Fil")).toBe("'=fil.se");
    expect(cell("Kostnadspost")).toBe("5010 =Hyra"); // starts with the account: already text
    const formulas = m.body[0].filter((v) => typeof v === "string" && /^[=+\-@]/.test(v));
    expect(formulas).toEqual([]);
  });

  it("re-importing the same file changes nothing; the user's Mål, Resultatindikator and Utfall survive a newer export", () => {
    const m1 = mergeLedger(null, first, PROV, ["P1", "0002"]);
    const typed = m1.body.map((r) => [...r]);
    typed[0][col("Mål")] = "Fler hembesök";
    typed[0][col("Resultatindikator")] = "Andel hembesök";
    typed[0][col("Utfall")] = "42 %";
    typed.push(["Eget mål", "Egen aktivitet", "Egen post", 500, "", "", "", "", "", "", "", "", "", "", ""]); // typed by hand
    const again = mergeLedger({ header: m1.header, body: typed }, first, PROV, ["P1", "0002"]);
    expect([again.changed, again.appended, again.added, again.updated, again.zeroed, again.unchanged]).toEqual([false, 0, [], [], [], 3]);

    const newer = [
      row({ ore: 1300000, vouchers: 4 }),
      row({ account: "7010", accountName: "Löner", ore: 5000000, vouchers: 12 }),
      row({ account: "6110", accountName: "Kontorsmaterial", ore: 100 }),
    ];
    const m2 = mergeLedger({ header: m1.header, body: typed }, newer, { file: "visma-2.se", generated: "2023-09-30", year: "2021" }, [
      "P1",
      "0002",
    ]);
    expect(m2.changed).toBe(true);
    expect(m2.updated.map((c) => [c.label, c.from, c.to])).toEqual([
      ["2021, Projekt P1, aktivitet A1, konto 5010 Lokalhyra", 12345.5, 13000],
    ]);
    expect(m2.zeroed.map((c) => [c.project, c.account, c.from])).toEqual([["0002", "5010", 0.99]]);
    expect(m2.added.map((c) => c.account)).toEqual(["6110"]);
    expect(m2.body[0].slice(0, 7)).toEqual(["Fler hembesök", "Hembesök", "5010 Lokalhyra", 13000, "", "Andel hembesök", "42 %"]);
    expect(m2.body[0].slice(12)).toEqual([4, "visma-2.se", "2023-09-30"]);
    expect(m2.body[3]).toEqual(typed[3]); // the hand-typed row, untouched
    expect(m2.body[2][col("Belopp (kr)")]).toBe(0); // kept, not deleted
    expect(m2.body).toHaveLength(5);
    expect(m2.appended).toBe(1);
  });

  it("keeps columns the user added and rows of projects outside this import; reuses empty rows", () => {
    const header = [...SIE_LEDGER_HEADER, "Kommentar"];
    const m1 = mergeLedger(null, first, PROV, ["P1", "0002"]);
    const body: Cell[][] = [new Array(header.length).fill(""), ...m1.body.map((r, i) => [...r, `not ${i}`])];
    const m = mergeLedger({ header, body }, [row({ ore: 1 })], PROV, ["P1"]);
    expect(m.body.map((r) => r[15])).toEqual(["", "not 0", "not 1", "not 2"]);
    expect(m.body[3][col("Belopp (kr)")]).toBe(0.99); // project 0002 was not chosen this time: untouched
    expect(m.body[2][col("Belopp (kr)")]).toBe(0); // P1 7010 no longer in the file
    expect(m.appended).toBe(0);
  });

  it("refuses a ledger whose provenance columns were removed, naming them", () => {
    try {
      mergeLedger({ header: ["Mål", "Aktivitet", "Kostnadspost", "Belopp (kr)"], body: [] }, first, PROV, ["P1"]);
      throw new Error("no error");
    } catch (e) {
      expect(messageFor(e as DomainError)).toBe(
        "Huvudboken kan inte uppdateras: tabellen saknar kolumnerna Projekt, Aktivitetsobjekt, Konto. Inget ändrades.",
      );
    }
  });

  it("GRANT_TRACE reads the merged ledger and says the amounts are in kronor", () => {
    const b = booksOf(fixture(AVENDO));
    const choice = defaultChoice(b);
    const m = mergeLedger(null, buildLedger(b, choice), PROV, choice.projects);
    const t = ledgerTrace([m.header, ...m.body]);
    expect(t.rows[0][2]).toBe("Belopp (kr)");
    // By hand: #TRANS 5090 {"1" "Nord" "6" "0001"} 400.00 and #TRANS 6071 {"1" "Syd" "6" "0001"} 200.00.
    expect(t.traced).toBe(600);
    expect(t.rows.filter((r) => r[0] === "Resursanvändning").map((r) => [r[1], r[2], r[4]])).toEqual([
      ["5090 Övr kostnader hyrd lokal", 400, "Kontor Nord"],
      ["6071 Repr avdr.gill", 200, "Kontor Syd"],
    ]);
    expect(t.traceability).toBe(0); // no result indicators typed yet
  });
});

describe("grant income from the books", () => {
  const text = [
    "#FLAGGA 0",
    '#KONTO 1930 "Bank"',
    '#KONTO 3010 "Statsbidrag God och nära vård"',
    '#KONTO 3020 "Övriga bidrag"',
    '#KONTO 3040 "Försäljning"',
    '#VER A 1 20240115 "Bidrag del 1"',
    "{",
    "#TRANS 1930 {} 500000.00",
    '#TRANS 3010 {6 "P1"} -500000.00',
    "}",
    '#VER A 2 20240615 "Bidrag del 2"',
    "{",
    "#TRANS 1930 {} 250000.00",
    '#TRANS 3010 {6 "P2"} -200000.00',
    '#TRANS 3010 {6 "P1"} -50000.00',
    "}",
    '#VER B 3 20240701 ""',
    "{",
    "#TRANS 1930 {} 100.50",
    "#TRANS 3020 {} -100.50",
    "#TRANS 3040 {} -7",
    "#TRANS 1930 {} 7",
    "}",
  ].join("\n");
  const b = booksOf(Buffer.from(text, "latin1"));

  it("proposes the accounts whose name mentions bidrag, with what they received", () => {
    expect(grantIncomeAccounts(b)).toEqual([
      { account: "3010", name: "Statsbidrag God och nära vård", ore: 75000000 },
      { account: "3020", name: "Övriga bidrag", ore: 10050 },
    ]);
  });

  it("takes the received amount for the chosen accounts and project from the books, with its vouchers", () => {
    expect(grantIncome(b, ["3010"], { dim: "6", code: "P1" })).toEqual({ ore: 55000000, vouchers: ["A 1", "A 2"] });
    expect(grantIncome(b, ["3010"], { dim: "6", code: "P2" })).toEqual({ ore: 20000000, vouchers: ["A 2"] });
    expect(grantIncome(b, ["3010", "3020"], null)).toEqual({ ore: 75010050, vouchers: ["A 1", "A 2", "B 3"] });
    expect(grantIncome(b, ["3040"], null)).toEqual({ ore: 700, vouchers: [] }); // not a grant account: no voucher list kept
  });
});
