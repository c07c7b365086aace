/** The file at a glance, as the CLI's --json and the pane's summary show it. Amounts in kronor, exact. */
import { compareDim } from "./reader";
import { objectKey, type SieBooks } from "./types";
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
  warnings: string[];
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
    warnings: books.warnings.map((w) => warningText(w, locale)),
  };
}
