/** The import checked against the balances the accounting system wrote beside the vouchers (#IB, #UB, #RES). */
import { messageFor } from "../../../src/core/i18n";
import { encodeCp437 } from "../../../src/core/sie/cp437";
import { readSie } from "../../../src/core/sie/reader";
import { reconcile, reconciliationText, summarize } from "../../../src/core/sie/summary";
import type { SieBooks, SieResult } from "../../../src/core/sie/types";
import { ALL, AVENDO, BL, CORRUPTED, fixture, naiveBalances, naiveParse, NORSTEDTS, REAL09, VISMA } from "./fixtures";

function books(r: SieResult): SieBooks {
  if (!r.ok) throw new Error(messageFor(r.error));
  return r.books;
}

describe("reconciliation against the file's own balances", () => {
  it.each(ALL)("%s: every account with a year-0 balance is checked, and differs exactly where an independent sum differs", (name) => {
    const bytes = fixture(name);
    const naive = naiveParse(bytes);
    const bal = naiveBalances(bytes);
    const expected = [...bal]
      .map(([account, b]) => ({ account, trans: naive.byAccount.get(account) ?? 0n, balance: b.res ?? b.ub - b.ib }))
      .filter((x) => x.trans !== x.balance)
      .map((x) => x.account)
      .sort();
    const r = summarize(books(readSie(bytes))).reconciliation;
    expect(r.checked).toBe(bal.size);
    expect(r.differing.map((d) => d.account).sort()).toEqual(expected);
    // The real exports reconcile exactly where they carry balances.
    expect(r.differing).toEqual([]);
  });

  it("counts the accounts in the exports that carry balances, and says nothing could be checked for those without", () => {
    const checked = Object.fromEntries(ALL.map((n) => [n, summarize(books(readSie(fixture(n)))).reconciliation.checked]));
    expect(checked).toEqual({ [VISMA]: 85, [CORRUPTED]: 85, [AVENDO]: 82, [BL]: 45, [REAL09]: 0, [NORSTEDTS]: 92 });
    expect(reconciliationText(summarize(books(readSie(fixture(VISMA)))).reconciliation)).toBe(
      "Avstämning mot filens saldon: 85 av 85 konton stämmer",
    );
    expect(reconciliationText(summarize(books(readSie(fixture(REAL09)))).reconciliation)).toBe(
      "Avstämning mot filens saldon: filen har inga saldon för år 0 (#IB, #UB, #RES); inget kunde stämmas av.",
    );
  });

  it("a tampered copy: a #TRANS changed (voucher kept balanced) shows both accounts with both amounts", () => {
    const text = Buffer.from(fixture(VISMA)).toString("latin1");
    // Voucher A 1: move 100 kr from 7690 to 1910, so the voucher still balances.
    const [a, b] = ["1910", "7690"];
    const tampered = text
      .replace("#TRANS 1910 {} -195.00", "#TRANS 1910 {} -95.00")
      .replace("#TRANS 7690 {} 174.12", "#TRANS 7690 {} 74.12");
    expect(tampered).not.toBe(text);
    const bytes = Buffer.from(tampered, "latin1");
    const bk = books(readSie(bytes));
    expect(bk.unbalanced).toEqual([]);
    const r = reconcile(bk);
    expect(r.checked).toBe(85);
    expect(r.differing.map((d) => d.account).sort()).toEqual([a, b].sort());
    expect(r.differing).toEqual([
      { account: "1910", transactions: 1799, balance: 1699 },
      { account: "7690", transactions: 1529.26, balance: 1629.26 },
    ]);
    const txt = reconciliationText(r);
    expect(txt).toMatch(/^Avstämning mot filens saldon: 83 av 85 konton stämmer; 2 skiljer:\n/);
    expect(txt).toContain("1910: transaktionerna 1 799 kr, filens saldo 1 699 kr");
    expect(reconciliationText(r, "en")).toMatch(/^Reconciliation with the file's balances: 83 of 85 accounts agree; 2 differ:/);
  });

  it("a missing #IB counts as 0, #RES wins for result accounts, and an account without #TRANS sums to 0", () => {
    const text = [
      "#FLAGGA 0",
      "#UB 0 1930 -300.00",
      "#IB 0 1510 500",
      "#UB 0 1510 500",
      "#RES 0 5010 300.00",
      "#RES 0 6110 12.00",
      "#RES -1 5010 999",
      '#VER A 1 20240101 ""',
      "{",
      "#TRANS 5010 {} 300",
      "#TRANS 1930 {} -300",
      "}",
    ].join("\n");
    const r = reconcile(books(readSie(encodeCp437(text))));
    expect(r).toEqual({ checked: 4, differing: [{ account: "6110", transactions: 0, balance: 12 }] });
  });
});
