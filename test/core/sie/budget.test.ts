/** Year-0 #PBUDGET (and #PSALDO) summed over periods, per account and per object. */
import { messageFor } from "../../../src/core/i18n";
import { encodeCp437 } from "../../../src/core/sie/cp437";
import { readSie } from "../../../src/core/sie/reader";
import { summarize } from "../../../src/core/sie/summary";
import type { SieBooks, SieResult } from "../../../src/core/sie/types";
import { AVENDO, BL, fixture, oreOf, VISMA } from "./fixtures";

function books(r: SieResult): SieBooks {
  if (!r.ok) throw new Error(messageFor(r.error));
  return r.books;
}

/** Year-0 rows of a record with an empty object list, summed per account with regular expressions. */
function naive(bytes: Uint8Array, label: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const re = new RegExp(`^#${label}\\s+0\\s+\\d+\\s+"?(\\d+)"?\\s+\\{\\}\\s+(\\S+)`);
  for (const line of Buffer.from(bytes).toString("latin1").split(/\r?\n/)) {
    const m = re.exec(line.trim());
    if (m) out.set(m[1], (out.get(m[1]) ?? 0n) + oreOf(m[2]));
  }
  return out;
}

describe("budgets", () => {
  it.each([AVENDO, BL])("%s: year-0 #PBUDGET per account equals an independent sum over periods", (name) => {
    const bytes = fixture(name);
    const expected = naive(bytes, "PBUDGET");
    expect(expected.size).toBeGreaterThan(0);
    const s = summarize(books(readSie(bytes)));
    expect(new Map(s.budget.byAccount.map((a) => [a.account, oreOf(String(a.amount))]))).toEqual(expected);
    expect(s.budget.byObject).toEqual([]);
  });

  it("reads #PSALDO the same way, and a file without budget has an empty one", () => {
    const b = books(readSie(fixture(AVENDO)));
    const expected = naive(fixture(AVENDO), "PSALDO");
    const got = new Map<string, bigint>();
    for (const p of b.periodBalances) if (p.objects.length === 0) got.set(p.account, (got.get(p.account) ?? 0n) + BigInt(p.ore));
    expect(got).toEqual(expected);
    expect(summarize(books(readSie(fixture(VISMA)))).budget).toEqual({ byAccount: [], byObject: [] });
  });

  it("sums per object where the budget gives objects, ignores other years, and names an unreadable amount", () => {
    const text = [
      "#FLAGGA 0",
      '#DIM 6 "Projekt"',
      '#OBJEKT 6 "P1" "Mottagning"',
      "#PBUDGET 0 202401 4010 {} 1000.00",
      "#PBUDGET 0 202402 4010 {} 1500.50",
      '#PBUDGET 0 202401 4010 {6 "P1"} 400',
      "#PBUDGET 0 202402 4010 {6 P1 1 Nord} 600",
      "#PBUDGET 0 202402 5010 {1 Nord} 50",
      "#PBUDGET -1 202302 4010 {} 99999",
      "#PBUDGET 0 202403 4010 {} 12,5",
    ].join("\n");
    const b = books(readSie(encodeCp437(text)));
    expect(summarize(b).budget).toEqual({
      byAccount: [{ account: "4010", amount: 2500.5 }],
      byObject: [
        { dim: "1", object: "Nord", amount: 650 },
        { dim: "6", object: "P1", amount: 1000 },
      ],
    });
    expect(b.warnings.find((w) => w.kind === "unreadableLines")).toEqual({ kind: "unreadableLines", count: 1, line: 10 });
  });
});
