/**
 * Files from other programs and joined exports: a voucher without its "{", CR-only line ends, Latin-1 under
 * #FORMAT PC8 and the same voucher twice. Each either reads every krona or names what it did not.
 */
import { messageFor } from "../../../src/core/i18n";
import { decodeCp437, encodeCp437, LATIN9 } from "../../../src/core/sie/cp437";
import { readSie, SieReader, type SieReadOptions } from "../../../src/core/sie/reader";
import { summarize, totals } from "../../../src/core/sie/summary";
import type { SieBooks, SieResult } from "../../../src/core/sie/types";
import { warningText } from "../../../src/core/sie/warnings";
import { AVENDO, BL, fixture, naiveParse, NORSTEDTS, VISMA } from "./fixtures";

function books(r: SieResult): SieBooks {
  if (!r.ok) throw new Error(messageFor(r.error));
  return r.books;
}
const enc = (s: string) => encodeCp437(s);
/** Reads bytes in chunks of `size`. */
function inChunks(bytes: Uint8Array, size: number, options: SieReadOptions = {}): SieBooks {
  const r = new SieReader(options);
  for (let i = 0; i < bytes.length; i += size) r.push(bytes.subarray(i, i + size));
  return books(r.end());
}
/** ISO-8859-15 bytes for text (a character it lacks becomes "?"). */
function encodeLatin9(text: string): Uint8Array {
  const rev = new Map<number, number>();
  for (let i = 255; i >= 0; i--) rev.set(LATIN9[i], i);
  return Uint8Array.from(text, (ch) => rev.get(ch.charCodeAt(0)) ?? 0x3f);
}

describe("a voucher without its {", () => {
  const text = [
    "#FLAGGA 0",
    "#FORMAT PC8",
    '#VER "" 18 20100805 ""',
    "{",
    "#TRANS 1930 {} 50.00",
    "#TRANS 3010 {} -50.00",
    "}",
    '#VER "" 19 20100806 ""',
    "",
    "#TRANS 1930 {} 125.50",
    "#TRANS 3010 {} -125.50",
    "}",
    "#TRANS 1930 {} 1.00",
  ].join("\n");

  it("reads the #TRANS after the #VER into it and warns naming the #VER's line", () => {
    const b = books(readSie(enc(text)));
    expect([b.vouchers, b.transactions]).toEqual([2, 4]);
    expect(totals(b).byAccount.get("1930")).toBe(17550);
    expect(b.unbalanced).toEqual([]);
    const w = b.warnings.find((x) => x.kind === "missingBrace");
    expect(w).toEqual({ kind: "missingBrace", count: 1, line: 8 });
    expect(warningText(w!)).toBe(
      "1 verifikation saknar sin inledande { (första #VER på rad 8); #TRANS-raderna efter #VER lästes in i den.",
    );
    // The #TRANS after the closing brace belongs to no voucher: still skipped and named.
    expect(b.warnings.find((x) => x.kind === "transOutsideVoucher")).toEqual({ kind: "transOutsideVoucher", count: 1, line: 13 });
  });

  it("closes such a voucher at the next #VER or the end of the file", () => {
    const b = books(
      readSie(
        enc(
          "#FLAGGA 0\n#VER A 1 20240101\n#TRANS 4010 {} 10\n#TRANS 1930 {} -10\n#VER A 2 20240102\n#TRANS 4010 {} 5\n#TRANS 1930 {} -5\n",
        ),
      ),
    );
    expect([b.vouchers, b.transactions, b.unbalanced.length]).toEqual([2, 4, 0]);
    expect(b.warnings.find((x) => x.kind === "missingBrace")).toEqual({ kind: "missingBrace", count: 2, line: 2 });
  });
});

describe("line ends", () => {
  const lf = Buffer.from(fixture(VISMA)).toString("latin1").replace(/\r\n/g, "\n");
  const expected = JSON.stringify(summarize(books(readSie(Buffer.from(lf, "latin1")))));
  const lines = books(readSie(Buffer.from(lf, "latin1"))).lines;

  it.each([
    ["CR", "\r"],
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("a file with %s line ends reads the same, line for line, whatever the chunk size", (_, eol) => {
    const bytes = Buffer.from(lf.replace(/\n/g, eol), "latin1");
    for (const size of [1, 2, 3, 7, 4096, 1 << 20]) {
      const b = inChunks(bytes, size);
      expect([b.vouchers, b.lines]).toEqual([295, lines]);
      expect(JSON.stringify(summarize(b))).toBe(expected);
    }
  });

  it.each([
    ["CR", "\r"],
    ["CRLF", "\r\n"],
    ["LF", "\n"],
  ])("ends a quote left open at its line's %s end, and reads the next line as a line of its own", (_, eol) => {
    const text = ["#FLAGGA 0", '#VER A 1 20240105 "Hyra', "{", "#TRANS 5010 {1 Nord} 10.00", "#TRANS 1930 {} -10.00", "}", ""];
    const bytes = enc(text.join(eol));
    for (const size of [1, 2, 3, 5, 1 << 20]) {
      const b = inChunks(bytes, size);
      expect([b.vouchers, b.transactions, b.lines, b.unbalanced.length]).toEqual([1, 2, 6, 0]);
      expect(b.postings.map((p) => [p.account, p.ore])).toEqual([
        ["5010", 1000],
        ["1930", -1000],
      ]);
    }
  });

  it("names the right line after CR-only line ends", () => {
    const r = readSie(enc("#FLAGGA 0\r#VER A 1 20240101\r{\r#TRANS 4010 {} 12,50\r}\r"));
    expect(r.ok ? "ok" : messageFor(r.error)).toContain("Rad 4");
  });
});

describe("Latin-1 under #FORMAT PC8", () => {
  it("detects ISO-8859-15 by byte statistics, reads names right and says so", () => {
    const cp = books(readSie(fixture(VISMA)));
    const latin = encodeLatin9(decodeCp437(fixture(VISMA)));
    expect(latin.indexOf(0xd6)).toBeGreaterThan(0); // Ö as Latin-1
    for (const size of [5, 1 << 20]) {
      const b = inChunks(latin, size);
      expect(b.encoding).toBe("iso-8859-15");
      expect(b.company).toBe("Övningsbolaget AB");
      expect(b.accounts.get("1090")).toBe("Övriga imm anl tillg");
      expect([...b.accounts]).toEqual([...cp.accounts]);
      expect(JSON.stringify(summarize(b).byObject)).toBe(JSON.stringify(summarize(cp).byObject));
      expect(b.warnings.some((w) => w.kind === "misdecoded")).toBe(false);
    }
    expect(summarize(inChunks(latin, 4096)).encoding).toBe("iso-8859-15");
  });

  it("keeps CP437 for real CP437 exports with a stray Latin-1 byte, and still warns about that line", () => {
    for (const name of [VISMA, BL, AVENDO, NORSTEDTS]) expect([name, books(readSie(fixture(name))).encoding]).toEqual([name, "cp437"]);
    expect(books(readSie(fixture(VISMA))).warnings.find((w) => w.kind === "misdecoded")).toMatchObject({ line: 7 });
  });

  it("decides on a Latin-1 line found after a long ASCII start", () => {
    const pad = Array.from({ length: 3000 }, (_, i) => `#KONTO ${1000 + i} "Konto ${i}"`).join("\n");
    const bytes = Buffer.concat([Buffer.from(`#FLAGGA 0\n${pad}\n`), Buffer.from(encodeLatin9('#FNAMN "Hälsocentralen Åre"\n'))]);
    const b = books(readSie(bytes));
    expect([b.encoding, b.company]).toEqual(["iso-8859-15", "Hälsocentralen Åre"]);
  });
});

describe("the same voucher twice", () => {
  const one = ['#VER A 1 20240105 "Hyra"', "{", "#TRANS 5010 {} 1000.00", "#TRANS 1930 {} -1000.00", "}"];
  const two = ['#VER A 2 20240106 "El"', "{", "#TRANS 5020 {} 300.00", "#TRANS 1930 {} -300.00", "}"];
  const sameNumberOtherDay = ['#VER A 2 20240201 "Ny period"', "{", "}"];
  const file = enc(["#FLAGGA 0", ...one, ...two, ...one, ...two, ...sameNumberOtherDay, '#VER B 1 20240107 ""', "{", "}"].join("\n"));

  it("lists repeated series and numbers and says both are summed", () => {
    const b = books(readSie(file));
    expect(b.duplicateVouchers).toEqual(["A 1", "A 2"]);
    expect(summarize(b).duplicateVouchers).toEqual(["A 1", "A 2"]);
    expect(totals(b).byAccount.get("5010")).toBe(200000);
    const w = b.warnings.find((x) => x.kind === "duplicateVouchers")!;
    expect(warningText(w)).toBe(
      "2 verifikationer förekommer två gånger (samma serie, nummer och datum, t.ex. A 1, A 2): båda är med i beloppen. Välj att bara läsa den första om filen är två sammanslagna exporter.",
    );
  });

  it("keeps the first only when asked", () => {
    const b = books(readSie(file, { duplicates: "first" }));
    expect(b.duplicateVouchers).toEqual(["A 1", "A 2"]);
    expect(totals(b).byAccount.get("5010")).toBe(100000);
    expect(totals(b).byAccount.get("1930")).toBe(-130000);
    expect([b.transactions, b.duplicateTransactionsSkipped]).toEqual([4, 4]);
    expect(warningText(b.warnings.find((x) => x.kind === "duplicateVouchers")!)).toContain("bara den första lästes in");
  });

  it("finds none in the real exports (BL's series # repeats number 1 every month, on different dates)", () => {
    for (const name of [VISMA, BL, AVENDO, NORSTEDTS]) expect([name, books(readSie(fixture(name))).duplicateVouchers]).toEqual([name, []]);
  });

  it("a real export concatenated with itself: every voucher listed, and keeping the first gives the export's own sums", () => {
    const bytes = fixture(VISMA);
    const joined = Buffer.concat([bytes, bytes]);
    const b = books(readSie(joined, { duplicates: "first" }));
    expect(b.duplicateCount).toBe(295);
    const naive = naiveParse(bytes);
    for (const [account, ore] of naive.byAccount) expect([account, BigInt(totals(b).byAccount.get(account)!)]).toEqual([account, ore]);
  });
});
