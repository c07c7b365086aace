import { messageFor } from "../../../src/core/i18n";
import { decodeCp437, encodeCp437 } from "../../../src/core/sie/cp437";
import { readSie, SieReader } from "../../../src/core/sie/reader";
import { summarize, totals } from "../../../src/core/sie/summary";
import type { SieBooks, SieResult } from "../../../src/core/sie/types";
import { objectKey } from "../../../src/core/sie/types";
import { warningText } from "../../../src/core/sie/warnings";
import { lcg, withInput } from "../../property";
import { ALL, AVENDO, BL, CORRUPTED, fixture, naiveParse, NORSTEDTS, oreOf, REAL09, VISMA } from "./fixtures";

const enc = (s: string) => encodeCp437(s);
function books(r: SieResult): SieBooks {
  if (!r.ok) throw new Error(messageFor(r.error));
  return r.books;
}
const read = (name: string) => books(readSie(fixture(name)));
const errorOf = (r: SieResult) => (r.ok ? "ok" : messageFor(r.error));

/** Counts and dimension-6 sums pinned from the files, checked by hand against grep/awk over the raw text. */
const PINNED: Record<string, { vouchers: number; transactions: number; accounts: number; dim6: Record<string, string> }> = {
  [VISMA]: {
    vouchers: 295,
    transactions: 1330,
    accounts: 80,
    dim6: {
      "0001": "-328275.00",
      "0002": "-33000.00",
      "0007": "-16000.00",
      "0009": "-140000.00",
      "0020": "-98389.00",
      "0031": "-68399.90",
    },
  },
  [CORRUPTED]: {
    vouchers: 295,
    transactions: 1330,
    accounts: 80,
    dim6: { "0001": "-328275.00", "0007": "-16000.00", "0009": "-140000.00", "0020": "-92700.00", "0031": "-68399.90", "0037": "-5689.00" },
  },
  [AVENDO]: { vouchers: 163, transactions: 671, accounts: 70, dim6: { "0001": "-22800.00" } },
  [BL]: {
    vouchers: 84,
    transactions: 405,
    accounts: 29,
    dim6: {
      "1010": "-1000",
      "1118": "7567",
      "1129": "30847.86",
      "1131": "6936.43",
      "1160": "102317.75",
      "1161": "7597.75",
      "1162": "7620.25",
    },
  },
  [REAL09]: { vouchers: 13, transactions: 91, accounts: 21, dim6: {} },
  [NORSTEDTS]: { vouchers: 177, transactions: 678, accounts: 77, dim6: {} },
};

describe("SIE reader on real exports", () => {
  it.each(ALL)("%s: counts, sums per account and per dimension-6 object match the pinned and independently parsed figures", (name) => {
    const b = read(name);
    const naive = naiveParse(fixture(name));
    const pin = PINNED[name];
    expect([b.vouchers, b.transactions]).toEqual([pin.vouchers, pin.transactions]);
    expect([naive.vouchers, naive.transactions]).toEqual([pin.vouchers, pin.transactions]);
    const t = totals(b);
    expect(t.byAccount.size).toBe(pin.accounts);
    for (const [account, ore] of naive.byAccount) expect([account, BigInt(t.byAccount.get(account)!)]).toEqual([account, ore]);
    const dim6 = Object.fromEntries([...t.byObject].filter(([k]) => k.startsWith("6\u0000")).map(([k, ore]) => [k.slice(2), BigInt(ore)]));
    expect(dim6).toEqual(Object.fromEntries(Object.entries(pin.dim6).map(([k, v]) => [k, oreOf(v)])));
    for (const [k, ore] of naive.byObject) {
      const [dim, code] = k.split(":");
      expect([k, BigInt(t.byObject.get(objectKey(dim, code)) ?? 0)]).toEqual([k, ore]);
    }
    // Every voucher in these files balances, so the reader lists none and all sums are zero.
    expect(naive.voucherSums.every((s) => s === 0n)).toBe(true);
    expect(b.unbalanced).toEqual([]);
    expect(b.postings.reduce((s, p) => s + p.ore, 0)).toBe(0);
    expect(b.postings.every((p) => Number.isInteger(p.ore))).toBe(true);
    expect(b.skippedCorrections).toBe(naive.corrections);
  });

  it("reads identification, fiscal years and dimensions; CP437 names come out right", () => {
    const b = read(VISMA);
    expect(b.encoding).toBe("cp437");
    expect([b.company, b.orgNumber, b.program, b.generated, b.currency]).toEqual([
      "Övningsbolaget AB",
      "555555-5555",
      "Visma Administration 2000 med Visma Integration 2022.2",
      "2023-08-22",
      "SEK",
    ]);
    expect(b.fiscalYears).toEqual([
      { index: 0, start: "2021-01-01", end: "2021-12-31" },
      { index: -1, start: "2020-01-01", end: "2020-12-31" },
    ]);
    expect(b.dimensions.map((d) => [d.dim, d.name, d.objects])).toEqual([
      ["1", "Resultatenhet", 2],
      ["6", "Projekt", 35],
    ]);
    expect(b.accounts.get("1060")).toBe("Hyresrätt");
    expect(b.objectNames.get(objectKey("1", "Nord"))).toBe("Kontor Nord");
  });

  it("keeps object codes as strings with their leading zeros", () => {
    const s = summarize(read(VISMA));
    expect(s.byObject.filter((o) => o.dim === "6").map((o) => o.object)).toEqual(["0001", "0002", "0007", "0009", "0020", "0031"]);
    expect(s.byObject.find((o) => o.object === "0031")).toEqual({ dim: "6", object: "0031", name: expect.any(String), amount: -68399.9 });
  });

  it("reads quoted object lists, TAB-indented rows and amounts with no or one decimal", () => {
    const a = summarize(read(AVENDO));
    expect(a.dimensions.map((d) => d.dim)).toEqual(["1", "6", "7"]);
    expect(a.byObject.some((o) => o.dim === "7" && o.object === "1")).toBe(true);
    const bl = summarize(read(BL));
    expect(bl.byObject.find((o) => o.dim === "6" && o.object === "1129")!.amount).toBe(30847.86);
  });

  it("skips #RTRANS and #BTRANS, and warns about objects used without #OBJEKT", () => {
    const b = read(BL);
    expect(b.skippedCorrections).toBe(9);
    const w = b.warnings.find((x) => x.kind === "undeclaredObjects");
    expect(w).toMatchObject({ kind: "undeclaredObjects", count: 16 });
    expect(warningText(w!)).toContain("utan #OBJEKT");
  });

  it("verifies a valid #KSUMMA and reports a changed file as a mismatch", () => {
    expect(read(NORSTEDTS).checksum).toBe("ok");
    expect(read(VISMA).checksum).toBe("absent");
    const bytes = fixture(NORSTEDTS);
    const i = Buffer.from(bytes).indexOf("-53582");
    bytes[i + 1] = "6".charCodeAt(0);
    bytes[Buffer.from(bytes).indexOf("53582")] = "6".charCodeAt(0); // keep the voucher balanced
    const b = books(readSie(bytes));
    expect(b.checksum).toBe("mismatch");
    const w = b.warnings.find((x) => x.kind === "checksum")!;
    expect(w).toMatchObject({ stated: "854227682", line: 1819 });
    expect(warningText(w)).toContain("Kontrollsumman stämmer inte");
  });

  it("verifies #KSUMMA over CP437 bytes also when the same file arrives as UTF-8", () => {
    const utf8 = Buffer.from(decodeCp437(fixture(NORSTEDTS)), "utf8");
    const b = books(readSie(utf8));
    expect([b.encoding, b.checksum, b.company]).toEqual(["utf-8", "ok", "Datakonsulterna AB"]);
    expect(b.warnings).toEqual([]);
  });

  it("stops with a Swedish message naming the line when the closing #KSUMMA is missing (truncated)", () => {
    const text = Buffer.from(fixture(NORSTEDTS)).toString("latin1");
    const cut = text.slice(0, text.lastIndexOf("#KSUMMA"));
    expect(errorOf(readSie(Buffer.from(cut, "latin1")))).toBe(
      "SIE-filen är avkortad: #KSUMMA (kontrollsumman) på rad 2 avslutas aldrig. Inget importerades.",
    );
  });

  it("detects UTF-8 and warns about U+FFFD already in the text", () => {
    const b = read(CORRUPTED);
    expect(b.encoding).toBe("utf-8");
    expect(b.company).toBe("\uFFFDvningsbolaget AB");
    const w = b.warnings.find((x) => x.kind === "replacementChars")!;
    expect(w).toMatchObject({ line: 6 });
    expect(w.kind === "replacementChars" && w.count).toBeGreaterThan(100);
    expect(b.dimensions.find((d) => d.dim === "61")).toEqual({ dim: "61", name: "Kubernetesdrift", parent: "6", objects: 1 });
  });

  it("decodes real UTF-8 strictly and CP437 through its own table", () => {
    const utf8 = Buffer.from('#FLAGGA 0\n#FNAMN "Åre Vårdcentral"\n#KONTO 4010 "Läkemedel"\n', "utf8");
    const b = books(readSie(utf8));
    expect([b.encoding, b.company, b.accounts.get("4010")]).toEqual(["utf-8", "Åre Vårdcentral", "Läkemedel"]);
    expect(b.warnings).toEqual([]);
    const bom = books(
      readSie(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('#FLAGGA 0\n#FNAMN "AB"\n#KONTO 4010 "Läkemedel"\n')])),
    );
    expect([bom.encoding, bom.company, bom.accounts.get("4010")]).toEqual(["utf-8", "AB", "Läkemedel"]);
    const cp = books(readSie(enc('#FLAGGA 0\n#FNAMN "Åre Vårdcentral"\n')));
    expect([cp.encoding, cp.company]).toEqual(["cp437", "Åre Vårdcentral"]);
    // All 128 upper-half entries are distinct and round-trip.
    const upper = Uint8Array.from({ length: 128 }, (_, i) => 128 + i);
    const text = decodeCp437(upper);
    expect(new Set(text).size).toBe(128);
    expect(encodeCp437(text)).toEqual(upper);
    expect(decodeCp437(Uint8Array.from([0x8e, 0x8f, 0x99, 0x84, 0x86, 0x94]))).toBe("ÄÅÖäåö");
  });

  it("warns when CP437 text looks like Latin-1 or UTF-8 read as CP437", () => {
    const visma = read(VISMA).warnings.find((x) => x.kind === "misdecoded");
    expect(visma).toMatchObject({ line: 7 });
    expect(visma!.kind === "misdecoded" && visma!.sample).toContain("F÷retag");
    const bl = read(BL).warnings.find((x) => x.kind === "misdecoded");
    expect(bl).toMatchObject({ line: 40 });
    const utf8AsCp437 = Buffer.concat([
      Buffer.from('#FLAGGA 0\n#FNAMN "'),
      Buffer.from([0x94]),
      Buffer.from('ja"\n#KONTO 1 "S'),
      Buffer.from("ö", "utf8"),
      Buffer.from('k"\n'),
    ]);
    const w = books(readSie(utf8AsCp437)).warnings.find((x) => x.kind === "misdecoded");
    expect(w).toMatchObject({ line: 3 });
  });

  it("gives the same result whatever the chunk size", () => {
    for (const name of [VISMA, NORSTEDTS, CORRUPTED]) {
      const bytes = fixture(name);
      const whole = JSON.stringify(summarize(read(name)));
      for (const size of [1, 7, 4096]) {
        const r = new SieReader();
        for (let i = 0; i < bytes.length; i += size) r.push(bytes.subarray(i, i + size));
        expect(JSON.stringify(summarize(books(r.end())))).toBe(whole);
      }
    }
  });

  it("lists vouchers whose #TRANS do not sum to zero, and ignores unknown records", () => {
    const text = [
      "#FLAGGA 0",
      "#OKAND post som ingen känner till",
      '#VER A 1 20240105 "Hyra"',
      "{",
      "#TRANS 5010 {} 1000.00",
      "#TRANS 1930 {} -999.50",
      "}",
      '#VER A 2 20240106 "Balans"',
      "{",
      '#TRANS 4010 {6 "P1"} 10.5',
      "#TRANS 1930 {} -10.50",
      "}",
      '#VER B 7 20240107 "Kredit"',
      "{",
      "#TRANS 5010 {} 99.99",
      "#TRANS 1930 {} -100.00",
      "}",
    ].join("\r\n");
    const b = books(readSie(enc(text)));
    expect(b.unbalanced).toEqual([
      { series: "A", number: "1", date: "2024-01-05", line: 3, ore: 50 },
      { series: "B", number: "7", date: "2024-01-07", line: 13, ore: -1 },
    ]);
    expect(summarize(b).unbalancedVouchers).toEqual([
      { series: "A", number: "1", date: "2024-01-05", line: 3, amount: 0.5 },
      { series: "B", number: "7", date: "2024-01-07", line: 13, amount: -0.01 },
    ]);
    expect(b.warnings.map((w) => w.kind)).toEqual(["unbalanced", "undeclaredObjects"]);
    expect(b.warnings.find((w) => w.kind === "unbalanced")).toEqual({ kind: "unbalanced", count: 2 });
    expect(b.vouchers).toBe(3);
  });

  it("stops on files that are not SIE, on unreadable amounts and dates, naming the line", () => {
    expect(errorOf(readSie(new Uint8Array(0)))).toBe("Filen är ingen SIE-fil (rad 1): filen är tom. Inget importerades.");
    expect(errorOf(readSie(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 10, 0])))).toContain("binära data");
    expect(errorOf(readSie(enc("Hej\nDetta är ett brev\n")))).toContain("rad 1");
    expect(errorOf(readSie(enc("#FLAGGA 0\n#VER A 1 20240101\n{\n#TRANS 4010 {} 12,50\n}\n")))).toBe(
      'Rad 4: beloppet "12,50" kan inte läsas (ska vara t.ex. -1234.50). Inget importerades.',
    );
    expect(errorOf(readSie(enc("#FLAGGA 0\n#VER A 1 20240101\n{\n#TRANS 4010 {} 1.005\n}\n")))).toContain("Rad 4");
    expect(errorOf(readSie(enc("#FLAGGA 0\n#VER A 1 20241301\n{\n}\n")))).toBe(
      'Rad 2: datumet "20241301" kan inte läsas (ska vara ÅÅÅÅMMDD). Inget importerades.',
    );
    expect(errorOf(readSie(enc("#FLAGGA 0\n#VER A 7 20240101\n{\n#TRANS 4010 {} 1\n")))).toBe(
      "SIE-filen är avkortad: verifikationen #VER A 7 på rad 2 avslutas aldrig. Inget importerades.",
    );
  });
});

describe("SIE reader under mutation never throws", () => {
  // Deterministic cases: each test has its own seed, and a failure names it with the input that failed.
  const SEED = 20240601;
  const outcome = (bytes: Uint8Array) => {
    let r: SieResult | undefined;
    expect(() => (r = readSie(bytes))).not.toThrow();
    // A stopping error names its line; none is an internal exception wrapped by the reader's safety net.
    if (!r!.ok) expect(messageFor(r!.error)).toMatch(/^(?!.*kunde inte tolkas \().*rad \d+/i);
    return r!;
  };

  it.each(ALL)("%s: truncation at 200 offsets", (name) => {
    const seed = SEED + ALL.indexOf(name);
    const rand = lcg(seed);
    const bytes = fixture(name);
    for (let k = 0; k < 200; k++) {
      const end = Math.floor(rand() * bytes.length);
      withInput(
        seed,
        () => `${name} cut after ${end} of ${bytes.length} bytes (case ${k})`,
        () => outcome(bytes.subarray(0, end)),
      );
    }
  });

  it.each(ALL)("%s: random bytes written at random places", (name) => {
    const seed = SEED + 100 + ALL.indexOf(name);
    const rand = lcg(seed);
    for (let k = 0; k < 100; k++) {
      const bytes = fixture(name);
      const n = 1 + Math.floor(rand() * 20);
      const writes: string[] = [];
      for (let j = 0; j < n; j++) {
        const at = Math.floor(rand() * bytes.length);
        bytes[at] = Math.floor(rand() * 256);
        writes.push(`${at}=0x${bytes[at].toString(16)}`);
      }
      withInput(
        seed,
        () => `${name} with bytes ${writes.join(", ")} (case ${k})`,
        () => outcome(bytes),
      );
    }
  });

  it.each(ALL)("%s: shuffled lines", (name) => {
    const seed = SEED + 200 + ALL.indexOf(name);
    const rand = lcg(seed);
    const lines = Buffer.from(fixture(name)).toString("latin1").split("\n");
    for (let k = 0; k < 30; k++) {
      const order = lines.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      withInput(
        seed,
        () => `${name} with its lines in the order ${order.slice(0, 40).join(",")}${order.length > 40 ? ",…" : ""} (case ${k})`,
        () => outcome(Buffer.from(order.map((i) => lines[i]).join("\n"), "latin1")),
      );
    }
  });
});
