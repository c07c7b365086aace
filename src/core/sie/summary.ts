/** The file at a glance, as the CLI's --json and the pane's summary show it. Amounts in kronor, exact. */
import { fiscalYearLabel } from "./ledger";
import { compareDim } from "./reader";
import { objectKey, type SieBooks } from "./types";
import { formatNumber } from "../util/text";
import { warningText } from "./warnings";

/** Öre to kronor: an integer divided by 100 prints as its exact decimal (12345 → 123.45). */
export const kronor = (ore: number) => ore / 100;

export interface SieSummary {
  company: string | null;
  orgNumber: string | null;
  program: string | null;
  generated: string | null;
  currency: string | null;
  encoding: string;
  fiscalYears: { index: number; start: string; end: string }[];
  /** The År the ledger gets from this file (fiscal year of #RAR 0); "" when the file gives none. */
  ledgerYear: string;
  vouchers: number;
  transactions: number;
  skippedCorrections: number;
  /** Vouchers whose series and number occur more than once ("A 1"). */
  duplicateVouchers: string[];
  unbalancedVouchers: { series: string; number: string; date: string; line: number; amount: number }[];
  checksum: "ok" | "mismatch" | "absent";
  dimensions: { dim: string; name: string; objects: number; parent?: string }[];
  byObject: { dim: string; object: string; name: string | null; amount: number }[];
  byAccount: { account: string; name: string | null; amount: number }[];
  /** Year-0 #TRANS per account against the file's own #RES, or #UB − #IB, for every account that has them. */
  reconciliation: Reconciliation;
  /** Year-0 #PBUDGET summed over periods: accounts as a whole ({} rows) and per object. */
  budget: { byAccount: { account: string; amount: number }[]; byObject: { dim: string; object: string; amount: number }[] };
  warnings: string[];
}

export interface Reconciliation {
  /** Accounts with a #RES 0, #IB 0 or #UB 0. */
  checked: number;
  differing: { account: string; transactions: number; balance: number }[];
}

/**
 * Σ #TRANS per account against the balances the accounting system wrote: #RES 0 for a result account, or
 * #UB 0 − #IB 0 for a balance account (a missing one of the pair counts as 0). Kronor.
 */
export function reconcile(books: SieBooks, byAccount = totals(books).byAccount): Reconciliation {
  const differing: Reconciliation["differing"] = [];
  for (const [account, b] of books.balances) {
    const balance = b.res !== undefined ? b.res : (b.ub ?? 0) - (b.ib ?? 0);
    const trans = byAccount.get(account) ?? 0;
    if (trans !== balance) differing.push({ account, transactions: kronor(trans), balance: kronor(balance) });
  }
  differing.sort((a, b) => compareDim(a.account, b.account));
  return { checked: books.balances.size, differing };
}

/** Budget per account ({} rows) and per object (each object in a row's list gets the row's amount), öre. */
export function budgetTotals(rows: SieBooks["budget"]): { byAccount: Map<string, number>; byObject: Map<string, number> } {
  const byAccount = new Map<string, number>();
  const byObject = new Map<string, number>();
  for (const r of rows) {
    if (r.objects.length === 0) byAccount.set(r.account, (byAccount.get(r.account) ?? 0) + r.ore);
    for (const [d, c] of r.objects) byObject.set(objectKey(d, c), (byObject.get(objectKey(d, c)) ?? 0) + r.ore);
  }
  return { byAccount, byObject };
}

const money = (n: number, locale: "sv" | "en") => `${formatNumber(n, 2)}${locale === "sv" ? " kr" : " SEK"}`;

/** "Avstämning mot filens saldon: 80 av 80 konton stämmer", or the accounts that differ with both amounts. */
export function reconciliationText(r: Reconciliation, locale: "sv" | "en" = "sv"): string {
  const ok = r.checked - r.differing.length;
  const list = r.differing
    .slice(0, 20)
    .map((d) =>
      locale === "sv"
        ? `${d.account}: transaktionerna ${money(d.transactions, locale)}, filens saldo ${money(d.balance, locale)}`
        : `${d.account}: transactions ${money(d.transactions, locale)}, the file's balance ${money(d.balance, locale)}`,
    );
  const more =
    r.differing.length > 20 ? [locale === "sv" ? `… och ${r.differing.length - 20} till` : `… and ${r.differing.length - 20} more`] : [];
  if (locale === "en") {
    if (r.checked === 0)
      return "Reconciliation with the file's balances: the file has no year-0 balances (#IB, #UB, #RES); nothing could be checked.";
    const head = `Reconciliation with the file's balances: ${ok} of ${r.checked} accounts agree`;
    return r.differing.length ? `${head}; ${r.differing.length} differ:\n${[...list, ...more].join("\n")}` : head;
  }
  if (r.checked === 0) return "Avstämning mot filens saldon: filen har inga saldon för år 0 (#IB, #UB, #RES); inget kunde stämmas av.";
  const head = `Avstämning mot filens saldon: ${ok} av ${r.checked} konton stämmer`;
  return r.differing.length ? `${head}; ${r.differing.length} skiljer:\n${[...list, ...more].join("\n")}` : head;
}

/** Sums per account and per object (each object in a row's list gets the row's amount), in öre. */
export function totals(books: SieBooks): { byAccount: Map<string, number>; byObject: Map<string, number> } {
  const byAccount = new Map<string, number>();
  const byObject = new Map<string, number>();
  for (const p of books.postings) {
    byAccount.set(p.account, (byAccount.get(p.account) ?? 0) + p.ore);
    for (const [d, c] of p.objects) byObject.set(objectKey(d, c), (byObject.get(objectKey(d, c)) ?? 0) + p.ore);
  }
  return { byAccount, byObject };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function summarize(books: SieBooks, locale: "sv" | "en" = "sv"): SieSummary {
  const { byAccount, byObject } = totals(books);
  return {
    company: books.company,
    orgNumber: books.orgNumber,
    program: books.program,
    generated: books.generated,
    currency: books.currency,
    encoding: books.encoding,
    fiscalYears: books.fiscalYears.map((y) => ({ ...y })),
    ledgerYear: fiscalYearLabel(books),
    vouchers: books.vouchers,
    transactions: books.transactions,
    skippedCorrections: books.skippedCorrections,
    duplicateVouchers: [...books.duplicateVouchers],
    unbalancedVouchers: books.unbalanced.map((v) => ({
      series: v.series,
      number: v.number,
      date: v.date,
      line: v.line,
      amount: kronor(v.ore),
    })),
    checksum: books.checksum,
    dimensions: books.dimensions.map((d) => ({ dim: d.dim, name: d.name, objects: d.objects, ...(d.parent ? { parent: d.parent } : {}) })),
    byObject: [...byObject.entries()]
      .map(([k, ore]) => {
        const [dim, object] = k.split("\u0000");
        return { dim, object, name: books.objectNames.get(k) ?? null, amount: kronor(ore) };
      })
      .sort((a, b) => compareDim(a.dim, b.dim) || byText(a.object, b.object)),
    byAccount: [...byAccount.entries()]
      .map(([account, ore]) => ({ account, name: books.accounts.get(account) ?? null, amount: kronor(ore) }))
      .sort((a, b) => compareDim(a.account, b.account)),
    reconciliation: reconcile(books, byAccount),
    budget: (() => {
      const b = budgetTotals(books.budget);
      return {
        byAccount: [...b.byAccount.entries()]
          .map(([account, ore]) => ({ account, amount: kronor(ore) }))
          .sort((x, y) => compareDim(x.account, y.account)),
        byObject: [...b.byObject.entries()]
          .map(([k, ore]) => {
            const [dim, object] = k.split("\u0000");
            return { dim, object, amount: kronor(ore) };
          })
          .sort((x, y) => compareDim(x.dim, y.dim) || byText(x.object, y.object)),
      };
    })(),
    warnings: books.warnings.map((w) => warningText(w, locale)),
  };
}
